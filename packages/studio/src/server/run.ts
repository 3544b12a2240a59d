/**
 * `otvet studio` from start to stop: the server, the address printed (and opened with `--open`),
 * then serving until Ctrl-C (SIGINT) or SIGTERM, when it closes every connection and returns.
 */
import { spawn } from 'node:child_process';
import type { Lang } from '@otvet/core';
import { startStudio, type Studio, type StudioOptions } from './index.js';

const TEXTS: Record<'listening' | 'stop' | 'stopped', Record<Lang, string>> = {
  listening: { en: 'otvet studio is running at', zh: 'otvet studio 已启动，请在浏览器中打开：', ru: 'otvet studio работает по адресу' },
  stop: { en: 'Press Ctrl-C to stop it.', zh: '按 Ctrl-C 停止。', ru: 'Остановить: Ctrl-C.' },
  stopped: { en: 'otvet studio stopped.', zh: 'otvet studio 已停止。', ru: 'otvet studio остановлена.' },
};

/** Open `url` in the system's browser (best effort: a failure only leaves the URL to open by hand). */
function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser to start: the URL is printed
  }
}

export interface RunOptions extends StudioOptions {
  open?: boolean;
  stdout: (text: string) => void;
  /** Called once the studio listens (tests stop it from here). */
  started?: (studio: Studio) => void;
}

/** Serve until SIGINT or SIGTERM; rejects only when the server cannot start (EADDRINUSE). */
export async function serveUntilStopped(options: RunOptions): Promise<void> {
  const studio = await startStudio(options);
  options.stdout(`${TEXTS.listening[options.lang]} ${studio.url}\n${TEXTS.stop[options.lang]}\n`);
  if (options.open) openBrowser(studio.url);
  options.started?.(studio);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void studio.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  options.stdout(`${TEXTS.stopped[options.lang]}\n`);
}
