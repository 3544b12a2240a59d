/**
 * A progress line for long runs: on stderr, only when stderr is a terminal and not in CI, only
 * after half a second (a pre-commit hook's lint is over before), at most ten times a second, and
 * erased when the run is done, so that nothing of it is left in the terminal, a pipe or a log.
 */
import type { Lang } from '@otvet/core';
import { t } from './i18n.js';
import type { Io } from './io.js';

/** How long a run goes before the line appears, and how often it changes (milliseconds). */
const DELAY = 500;
const INTERVAL = 100;

export interface Progress {
  /** `done` of the run's files are linted (a fraction: part of the next one too). */
  update(done: number): void;
  /** The run is over: erase the line, if it was shown. */
  end(): void;
}

/** Whether the environment is a CI job (most CI services set CI). */
const inCi = (env: NodeJS.ProcessEnv): boolean => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

export function progressLine(io: Io, lang: Lang, total: number, now: () => number = Date.now): Progress | undefined {
  if (!io.stderrIsTerminal || inCi(io.env) || total < 1) return undefined;
  const start = now();
  let last = 0;
  let shown = false;
  return {
    update(done) {
      const at = now();
      if (at - start < DELAY || at - last < INTERVAL || done >= total) return;
      last = at;
      shown = true;
      const percent = Math.floor((100 * done) / total);
      io.stderr(`\r${total === 1 ? t(lang, 'progress-one', { percent }) : t(lang, 'progress', { done: Math.floor(done), total, percent })}\u001B[K`);
    },
    end() {
      if (shown) io.stderr('\r\u001B[K');
    },
  };
}
