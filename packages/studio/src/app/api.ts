/// <reference lib="dom" />
/** Calls to the studio's server, with the session token of the page's address. */
import type { GlossaryOverview, GlossaryWriteResponse, LintRequest, Overview, PackBuild, PackDiff, SaveRequest, SaveResponse, StudioLang, TemplateChangeResponse, TemplateView, TermInput } from '../api-types.js';

const params = new URLSearchParams(location.search);
export const token = params.get('token') ?? '';
const asked = params.get('lang');
export const initialLang: StudioLang = asked === 'zh' || asked === 'en' || asked === 'ru' ? asked : 'zh';

/** A failed call: `forbidden` (a wrong token), `offline` (no server), or the server's message. */
export class ApiFailure extends Error {
  constructor(readonly kind: 'forbidden' | 'offline' | 'server', message: string = kind) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}, ok: (status: number) => boolean = (s) => s < 300): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { 'X-Otvet-Token': token, ...(init.body ? { 'Content-Type': 'application/json' } : {}) } });
  } catch {
    throw new ApiFailure('offline');
  }
  if (res.status === 403) throw new ApiFailure('forbidden');
  const body = (await res.json().catch(() => ({}))) as T & { message?: string };
  if (!ok(res.status)) throw new ApiFailure('server', body.message ?? `HTTP ${res.status}`);
  return body;
}

export const getOverview = (lang: StudioLang): Promise<Overview> => call(`/api/overview?lang=${lang}`);

export const getTemplate = (file: string, index: number, lang: StudioLang): Promise<TemplateView> =>
  call(`/api/template?file=${encodeURIComponent(file)}&index=${index}&lang=${lang}`);

export const lintTemplate = (request: LintRequest & { base: string }): Promise<TemplateView | { error: string }> =>
  call('/api/lint', { method: 'POST', body: JSON.stringify(request) });

/** A conflict (409) and a refusal (422) are answers, not failures. */
export const saveTemplate = (request: SaveRequest): Promise<SaveResponse> =>
  call('/api/save', { method: 'POST', body: JSON.stringify(request) }, (s) => s < 300 || s === 409 || s === 422);

export const buildPack = (zip: boolean, lang: StudioLang): Promise<PackBuild> => call('/api/pack/build', { method: 'POST', body: JSON.stringify({ zip, lang }) });

/** The address of the last built zip (a link cannot send a header: the token goes in the query). */
export const zipUrl = (): string => `/api/pack/zip?token=${encodeURIComponent(token)}`;

export const getGlossary = (lang: StudioLang, query = ''): Promise<GlossaryOverview> => call(`/api/glossary?lang=${lang}${query ? `&q=${encodeURIComponent(query)}` : ''}`);

export const checkTerm = (entry: TermInput, lang: StudioLang): Promise<{ problems: string[] }> => call('/api/glossary/check', { method: 'POST', body: JSON.stringify({ entry, lang }) });

/** A refused addition (422) is an answer with its message. */
export const addTerm = (entry: TermInput, file: string, lang: StudioLang): Promise<{ ok: boolean; message: string }> =>
  call('/api/glossary/add', { method: 'POST', body: JSON.stringify({ entry, file, lang }) }, (s) => s < 300 || s === 422);

/** A refusal (409, 413, 422) is an answer with its message. */
const answered = (s: number): boolean => s < 300 || s === 409 || s === 413 || s === 422;

export const checkEdit = (entry: TermInput, replacing: string, lang: StudioLang): Promise<{ problems: string[] }> =>
  call('/api/glossary/check', { method: 'POST', body: JSON.stringify({ entry, replacing, lang }) });

export const updateTerm = (id: string, entry: TermInput, base: string, lang: StudioLang): Promise<GlossaryWriteResponse> =>
  call('/api/glossary/update', { method: 'POST', body: JSON.stringify({ id, entry, base, lang }) }, answered);

export const deleteTerm = (id: string, base: string, lang: StudioLang): Promise<GlossaryWriteResponse> =>
  call('/api/glossary/delete', { method: 'POST', body: JSON.stringify({ id, base, lang }) }, answered);

/** The file's bytes as base64 (in pieces: a large file would overflow the arguments of one call). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export const importTerms = async (file: File, target: string, lang: StudioLang): Promise<GlossaryWriteResponse> =>
  call('/api/glossary/import', { method: 'POST', body: JSON.stringify({ name: file.name, data: base64(new Uint8Array(await file.arrayBuffer())), file: target, lang }) }, answered);

/** The address of the glossary's export in `format` (a link: the token goes in the query). */
export const exportUrl = (format: 'csv' | 'tbx' | 'xlsx', lang: StudioLang): string => `/api/glossary/export?format=${format}&lang=${lang}&token=${encodeURIComponent(token)}`;

export const changeTemplates = (kind: 'create' | 'duplicate' | 'delete', body: { file: string; base: string; index?: number; id?: string; texts?: Record<string, string> }, lang: StudioLang): Promise<TemplateChangeResponse> =>
  call(`/api/templates/${kind}`, { method: 'POST', body: JSON.stringify({ ...body, lang }) }, answered);

export const getPackDiff = (lang: StudioLang): Promise<PackDiff> => call(`/api/pack/diff?lang=${lang}`);
