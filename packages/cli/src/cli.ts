/**
 * Entry point of the bundled CLI (packages/cli/dist/otvet.cjs). The bin
 * (packages/cli/bin/otvet.cjs) loads the bundle with its code cache and calls
 * {@link main}; the build calls {@link run} to train that cache.
 */
import { parse } from 'node:path';
import { detectLang, t } from './i18n.js';
import { reportColumns, terminalColor, workingDirectory } from './io.js';
import { run } from './main.js';

/**
 * All of standard input, as bytes (decoded later as a template file is); reading stops one byte
 * past `limit` (`cat /dev/zero | otvet lint --stdin` would never end), and the caller refuses it.
 */
function readStdin(limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      if (size <= limit) return;
      process.stdin.off('data', onData);
      process.stdin.destroy();
      resolve(Buffer.concat(chunks).subarray(0, limit + 1));
    };
    process.stdin.on('data', onData);
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

export { run };
export { lintWorker } from './lint-worker.js';

/** Arguments that need no working directory (`otvet`, `otvet --version`, `otvet --help`). */
const NO_DIRECTORY_NEEDED = new Set(['--version', '-V', '--help', '-h', 'help']);

/** Run the CLI on this process's arguments and streams; sets the exit code. */
export async function main(): Promise<void> {
  // A reader that stops early (`otvet lint … | head`) closes the pipe: stop writing, quietly,
  // and keep the exit code of the run.
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    // The directory the shell is in was deleted (ENOENT from uv_cwd): nothing can be resolved,
    // but the version and the help need no directory (they are run from the file system's root).
    const args = process.argv.slice(2);
    if (args.every((a) => NO_DIRECTORY_NEEDED.has(a))) cwd = parse(process.execPath).root;
    else {
      const lang = detectLang(undefined, process.env);
      process.stderr.write(`${t(typeof lang === 'string' ? lang : 'en', 'no-working-directory')}\n`);
      process.exitCode = 2;
      return;
    }
  }
  const columns = reportColumns(process.stdout, process.env);
  process.exitCode = await run(process.argv.slice(2), {
    cwd: workingDirectory(process.env, cwd),
    env: process.env,
    stdout: (text) => void (closed || process.stdout.write(text)),
    stderr: (text) => void process.stderr.write(text),
    color: terminalColor(Boolean(process.stdout.isTTY), process.env),
    // The terminal's width, for a report that wraps to it: none into a pipe or a file, unless
    // COLUMNS says how wide (\`COLUMNS=100 otvet lint | less\`).
    ...(columns ? { columns } : {}),
    ...(process.stderr.isTTY ? { stderrIsTerminal: true } : {}),
    readStdin,
    streams: () => ({ input: process.stdin, output: process.stdout }),
  });
}
