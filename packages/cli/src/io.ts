/** What a command reads from and writes to: the working directory, the environment and the output streams. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a colour terminal (or colour is forced: {@link terminalColor}). */
  color: boolean;
  /** The width of the terminal stdout is, in columns; absent for a pipe or a file. */
  columns?: number;
  /** Whether stderr is a terminal (a progress line goes there, never into a pipe or a CI log). */
  stderrIsTerminal?: boolean;
  /** All of standard input (`lint --stdin`), or its first `limit` + 1 bytes; without it, standard input is empty. */
  readStdin?: (limit: number) => Promise<Buffer>;
  /**
   * The process's standard streams themselves, for `otvet lsp --stdio` (JSON-RPC over them). A
   * function: merely touching `process.stdin` sets up a stream (and, for a file, loads some of
   * Node's fs modules), which a lint does not need.
   */
  streams?: () => { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
}

/**
 * The width a report may wrap to: `COLUMNS` when it is a positive number (a terminal's own width
 * passed on through a pipe), else the terminal's width when stdout is one, else none.
 */
export function reportColumns(stdout: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number | undefined {
  const given = env.COLUMNS;
  if (given !== undefined && /^[1-9]\d{0,4}$/.test(given)) return Number(given);
  return stdout.isTTY && stdout.columns && stdout.columns > 0 ? stdout.columns : undefined;
}

/**
 * Whether to colour the report by default, as Node.js decides for its own output: `FORCE_COLOR`
 * set to anything but `0` or `false` turns colour on, even into a pipe (CI logs that show
 * colour); else a non-empty `NO_COLOR` turns it off (https://no-color.org); else colour only on a
 * terminal. `--color` and `--no-color` override all of these.
 */
export function terminalColor(isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}

/**
 * The directory a command works in. This repository's own `otvet` script (`pnpm otvet …` in
 * package.json) runs in the repository, wherever it was started: `pnpm --dir <otvet> otvet init`
 * from a seller's project would scaffold into otvet itself. npm and pnpm keep the directory a
 * script was started from in INIT_CWD, and for that script it is the one meant. Any other way of
 * running otvet (its bin, npx, a project's own scripts) works in the process's directory.
 */
export function workingDirectory(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.npm_lifecycle_event === 'otvet' && env.npm_package_name === 'otvet-workspace' && env.INIT_CWD ? env.INIT_CWD : cwd;
}
