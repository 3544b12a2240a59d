export * from './types.js';
export * from './stem.js';
export * from './match.js';
export * from './load.js';
export { glossaryMessages, type GlossaryProblemCode } from './messages.js';
export { validateGlossary } from './generated/validators.js';
export * from './exchange.js';
