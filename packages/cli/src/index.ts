export { run } from './main.js';
export type { Io } from './io.js';
export { buildJsonReport, formatJson } from './reporters/json.js';
