/**
 * The language server's libraries, in one module: in the built CLI this is a file of its own,
 * `dist/otvet-lsp.cjs`, which the bundle requires only when `otvet lsp` runs (scripts/build.mjs),
 * so that no other command reads or compiles them.
 */
export * from 'vscode-languageserver/node';
export { TextDocument } from 'vscode-languageserver-textdocument';
