/**
 * `otvet studio`'s server: node:http on 127.0.0.1, the front end's static files (built into
 * `assets`) and a JSON API over the pack (see workspace.ts). Every request is checked by
 * security.ts: the studio's own Host and Origin, and for the API the session's token.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import type { Lang } from '@otvet/core';
import type { LintRequest, SaveRequest, StudioLang, TermInput } from '../api-types.js';
import type { StudioEngine } from './engine.js';
import { MAX_UPLOAD } from './host.js';
import { serverText } from './messages.js';
import { newToken, requestToken, sameSite, tokenMatches } from './security.js';
import { NotFound, Workspace } from './workspace.js';

export type * from '../api-types.js';
export type { StudioEngine, StudioProject, WriteRefusal } from './engine.js';
export { editTexts, valueChange, valueIndex } from './edit.js';
export { createEngine, type HostAddOptions, type HostIo, type StudioHost } from './host.js';
export { serveUntilStopped, type RunOptions } from './run.js';

export interface StudioOptions {
  engine: StudioEngine;
  /** 0: a free port. */
  port: number;
  /** The language the page opens in. */
  lang: Lang;
  /** The directory of the built front end (index.html, app.js, app.css). */
  assets: string;
  /** The session token (default: a new random one). */
  token?: string;
}

export interface Studio {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

/** The largest request body taken (a template's texts). */
const MAX_BODY = 4 << 20;

const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // The token is in the page's address: never sent on as a referrer.
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

const isLang = (value: unknown): value is StudioLang => value === 'zh' || value === 'en' || value === 'ru';

class BadRequest extends Error {}
/** A body over the limit: said (413) once it has been read to its end, never stored. */
class TooLarge extends Error {
  constructor(readonly limit: number) {
    super('too large');
  }
}
/** Beyond this, a body is not even read to its end: the connection is closed. */
const DRAIN_LIMIT = 64 << 20;

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const type = req.headers['content-type'] ?? '';
    // JSON only: a form of another site cannot send it without asking first (CORS preflight).
    if (!/^application\/json\b/iu.test(type)) return reject(new BadRequest('content-type'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT) {
        reject(new TooLarge(MAX_BODY));
        req.destroy();
      } else if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return reject(new TooLarge(MAX_BODY));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new BadRequest('json'));
      }
    });
    req.on('error', reject);
  });
}

function lintRequest(body: unknown, lang: Lang): LintRequest {
  if (typeof body !== 'object' || body === null) throw new BadRequest('body');
  const b = body as Record<string, unknown>;
  const texts = b.texts;
  if (typeof b.file !== 'string' || typeof b.index !== 'number' || !Number.isInteger(b.index) || typeof texts !== 'object' || texts === null) throw new BadRequest('fields');
  if (!Object.values(texts).every((v) => typeof v === 'string')) throw new BadRequest('texts');
  return { file: b.file, index: b.index, texts: texts as Record<string, string>, lang: isLang(b.lang) ? b.lang : lang };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean) : []);
const STATUSES = ['approved', 'draft', 'deprecated'] as const;

function termRequest(body: unknown, lang: Lang): { entry: TermInput; lang: Lang } {
  if (typeof body !== 'object' || body === null) throw new BadRequest('body');
  const b = body as { entry?: unknown; lang?: unknown };
  if (typeof b.entry !== 'object' || b.entry === null) throw new BadRequest('entry');
  const e = b.entry as Record<string, unknown>;
  if (typeof e.id !== 'string') throw new BadRequest('id');
  const status = STATUSES.find((s) => s === e.status) ?? 'approved';
  const entry: TermInput = { id: e.id.trim(), zh: strings(e.zh), ru: strings(e.ru), forbidden: strings(e.forbidden), en: strings(e.en), translate: e.translate !== false, status };
  if (typeof e.domain === 'string' && e.domain.trim()) entry.domain = e.domain.trim();
  if (typeof e.note === 'string' && e.note.trim()) entry.note = e.note.trim();
  return { entry, lang: isLang(b.lang) ? b.lang : lang };
}

const record = (body: unknown): Record<string, unknown> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest('body');
  return body as Record<string, unknown>;
};

function stringField(b: Record<string, unknown>, key: string): string {
  const value = b[key];
  if (typeof value !== 'string') throw new BadRequest(key);
  return value;
}

function indexField(b: Record<string, unknown>): number {
  const value = b.index;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new BadRequest('index');
  return value;
}

const MB = (bytes: number): number => Math.round(bytes / (1 << 20));

export async function startStudio(options: StudioOptions): Promise<Studio> {
  const token = options.token ?? newToken();
  const workspace = new Workspace(options.engine);
  let port = options.port;
  /** The zip of the last pack built here, for its download. */
  let lastZip: string | undefined;

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const queryLang = url.searchParams.get('lang');
    const lang: Lang = isLang(queryLang) ? queryLang : options.lang;
    const route = `${req.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
      case 'GET /api/overview':
        return sendJson(res, 200, await workspace.overview(lang));
      case 'GET /api/template': {
        const file = url.searchParams.get('file');
        const index = Number(url.searchParams.get('index'));
        if (file === null || !Number.isInteger(index)) throw new BadRequest('query');
        return sendJson(res, 200, await workspace.template(file, index, lang));
      }
      case 'POST /api/lint': {
        const body = await readBody(req);
        const request = lintRequest(body, lang);
        const base = typeof (body as { base?: unknown }).base === 'string' ? (body as { base: string }).base : '';
        return sendJson(res, 200, await workspace.lint(request.file, request.index, request.texts, base, request.lang));
      }
      case 'POST /api/save': {
        const body = await readBody(req);
        const request = lintRequest(body, lang);
        const base = (body as { base?: unknown }).base;
        if (typeof base !== 'string') throw new BadRequest('base');
        const saved = await workspace.save({ ...request, base } satisfies SaveRequest);
        return sendJson(res, saved.status === 'conflict' ? 409 : saved.status === 'error' ? 422 : 200, saved);
      }
      case 'GET /api/glossary':
        return sendJson(res, 200, await workspace.glossary(lang, url.searchParams.get('q') ?? undefined));
      case 'POST /api/glossary/check': {
        const body = await readBody(req);
        const { entry, lang: asked } = termRequest(body, lang);
        const replacing = (body as { replacing?: unknown }).replacing;
        return sendJson(res, 200, { problems: await options.engine.checkTerm(entry, asked, typeof replacing === 'string' ? replacing : undefined) });
      }
      case 'POST /api/glossary/update':
      case 'POST /api/glossary/delete': {
        const body = record(await readBody(req));
        const id = stringField(body, 'id');
        const base = stringField(body, 'base');
        const asked = isLang(body.lang) ? body.lang : lang;
        const entry = route.endsWith('update') ? termRequest(body, lang).entry : undefined;
        const written = await options.engine.writeTerm(id, entry, base, asked);
        return sendJson(res, written.status === 'saved' ? 200 : written.status === 'conflict' ? 409 : 422, written);
      }
      case 'POST /api/glossary/import': {
        const body = record(await readBody(req));
        const asked = isLang(body.lang) ? body.lang : lang;
        const name = stringField(body, 'name');
        const data = stringField(body, 'data');
        if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(data)) throw new BadRequest('data');
        const bytes = Buffer.from(data, 'base64');
        if (bytes.length > MAX_UPLOAD) return sendJson(res, 413, { status: 'error', message: serverText(asked, 'too-large', { limit: MB(MAX_UPLOAD) }) });
        const file = typeof body.file === 'string' && body.file !== '' ? body.file : undefined;
        const imported = await options.engine.importTerms(name, bytes, file, asked);
        return sendJson(res, imported.status === 'saved' ? 200 : 422, imported);
      }
      case 'GET /api/glossary/export': {
        const format = url.searchParams.get('format') ?? 'tbx';
        const exported = await options.engine.exportTerms(format, lang);
        if ('message' in exported) return sendJson(res, 422, { error: 'user-error', message: exported.message });
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': exported.type, 'Content-Length': exported.bytes.length, 'Content-Disposition': `attachment; filename="${exported.name}"` });
        res.end(exported.bytes);
        return;
      }
      case 'POST /api/templates/create':
      case 'POST /api/templates/duplicate':
      case 'POST /api/templates/delete': {
        const body = record(await readBody(req));
        const asked = isLang(body.lang) ? body.lang : lang;
        const file = stringField(body, 'file');
        const base = stringField(body, 'base');
        const kind = route.slice('POST /api/templates/'.length);
        let texts: Record<string, string> | undefined;
        if (kind === 'create') {
          const t = body.texts;
          if (typeof t !== 'object' || t === null || !Object.values(t).every((v) => typeof v === 'string')) throw new BadRequest('texts');
          texts = t as Record<string, string>;
        }
        const changed = await workspace.changeTemplates({
          file,
          base,
          lang: asked,
          ...(kind === 'create' ? {} : { index: indexField(body) }),
          ...(kind === 'delete' ? {} : { id: stringField(body, 'id').trim() }),
          ...(texts ? { texts } : {}),
        });
        return sendJson(res, changed.status === 'saved' ? 200 : changed.status === 'conflict' ? 409 : 422, changed);
      }
      case 'GET /api/pack/diff':
        return sendJson(res, 200, await workspace.packDiff(lang));
      case 'POST /api/glossary/add': {
        const body = await readBody(req);
        const { entry, lang: asked } = termRequest(body, lang);
        const file = (body as { file?: unknown }).file;
        const added = await options.engine.addTerm(entry, typeof file === 'string' && file !== '' ? file : undefined, asked);
        return sendJson(res, added.ok ? 200 : 422, added);
      }
      case 'POST /api/pack/build': {
        const body = await readBody(req);
        const b = (typeof body === 'object' && body !== null ? body : {}) as { zip?: unknown; lang?: unknown };
        const { zipPath, ...built } = await options.engine.buildPack(b.zip === true, isLang(b.lang) ? b.lang : lang);
        lastZip = zipPath;
        return sendJson(res, 200, built);
      }
      case 'GET /api/pack/zip': {
        // The zip the last build wrote, and nothing else: no path comes from the request.
        if (lastZip === undefined) return sendJson(res, 404, { error: 'not-found' });
        let bytes: Buffer;
        try {
          bytes = readFileSync(lastZip);
        } catch {
          return sendJson(res, 404, { error: 'not-found' });
        }
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/zip', 'Content-Length': bytes.length, 'Content-Disposition': `attachment; filename="${basename(lastZip).replace(/[^\w.-]/gu, '_')}"` });
        res.end(bytes);
        return;
      }
      default:
        return sendJson(res, 404, { error: 'not-found' });
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!sameSite(req.headers, port)) return sendJson(res, 403, { error: 'forbidden' });
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(requestToken(req.headers, url), token)) return sendJson(res, 403, { error: 'forbidden' });
      api(req, res, url).catch((error: unknown) => {
        if (res.headersSent) return;
        const lang = isLang(url.searchParams.get('lang')) ? (url.searchParams.get('lang') as Lang) : options.lang;
        if (error instanceof TooLarge) return sendJson(res, 413, { error: 'too-large', message: serverText(lang, 'too-large', { limit: MB(error.limit) }) });
        if (error instanceof BadRequest) return sendJson(res, 400, { error: 'bad-request', message: serverText(lang, 'bad-request', { detail: error.message }) });
        if (error instanceof NotFound) return sendJson(res, 404, { error: 'not-found', message: error.message });
        const message = options.engine.userError(error, lang);
        if (message !== undefined) return sendJson(res, 422, { error: 'user-error', message });
        sendJson(res, 500, { error: 'internal', message: error instanceof Error ? error.message : String(error) });
      });
      return;
    }
    const asset = req.method === 'GET' || req.method === 'HEAD' ? STATIC[url.pathname] : undefined;
    if (!asset) return sendJson(res, 404, { error: 'not-found' });
    let body: Buffer;
    try {
      body = readFileSync(join(options.assets, asset.file));
    } catch {
      return send(res, 500, 'The studio’s front end is not built (packages/cli/dist/studio).', 'text/plain; charset=utf-8');
    }
    send(res, 200, body, asset.type);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?token=${token}&lang=${options.lang}`;
  return {
    port,
    token,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
