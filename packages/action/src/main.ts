/** The action's entry point (bundled to action/action.cjs on the release branch). */
import { dirname } from 'node:path';
import { runAction } from './run.js';

// The script lies in <action>/action/action.cjs; GITHUB_ACTION_PATH is <action> too.
const actionPath = process.env.GITHUB_ACTION_PATH || dirname(__dirname);
runAction({ env: process.env, actionPath, stdout: (text) => process.stdout.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error::otvet action: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
