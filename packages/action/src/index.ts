export { runAction, readInputs, findOtvet, COMMANDS, type Inputs, type Context, type Otvet, type Command } from './run.js';
export { upsertComment, pullRequestNumber, escapeData, annotation, setOutput, appendSummary, COMMENT_MARKER, type PullRequest } from './github.js';
export { actionMessages, say } from './messages.js';
