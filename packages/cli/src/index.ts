export { run, type Io } from './main.js';
export { buildJsonReport, formatJson } from './reporters/json.js';
