/**
 * The body of a worker thread of `--concurrency` (bin/lint-worker.cjs runs it): lint the chunk of
 * files it was given and answer with their cache entries (see parallel.ts). Any failure answers
 * with none: the main thread then lints those files itself and reports what it meets there.
 */
import { createRequire } from 'node:module';
import type { ChunkEntries, PackState, WorkerData } from './parallel.js';

export async function lintWorker(): Promise<void> {
  // Loaded here, not at the top: every start of the CLI loads this module with the bundle.
  const { parentPort, receiveMessageOnPort, workerData } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  if (!parentPort) throw new Error('lintWorker runs in a worker thread');
  const { job, progress, slot, news } = workerData as WorkerData;
  const { lintChunk } = await import('./parallel.js');
  // The latest pack-wide state the main thread told since the last look, read without waiting.
  const latest = (): PackState | undefined => {
    let state: PackState | undefined;
    for (let m = receiveMessageOnPort(news); m; m = receiveMessageOnPort(news)) state = m.message as PackState;
    return state;
  };
  let entries: ChunkEntries | undefined;
  try {
    entries = lintChunk(job, latest, (done) => Atomics.store(progress, slot, Math.round(done * 1000)));
  } catch {
    entries = undefined;
  }
  parentPort.postMessage({ entries });
}
