/**
 * Entry point of the bundled CLI (packages/cli/dist/otvet.cjs). The bin
 * (packages/cli/bin/otvet.cjs) loads the bundle with its code cache and calls
 * {@link main}; the build calls {@link run} to train that cache.
 */
import { run } from './main.js';

export { run };

/** Run the CLI on this process's arguments and streams; sets the exit code. */
export async function main(): Promise<void> {
  // A reader that stops early (`otvet lint … | head`) closes the pipe: stop writing, quietly,
  // and keep the exit code of the run.
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void (closed || process.stdout.write(text)),
    stderr: (text) => void process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
}
