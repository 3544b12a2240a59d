import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotation, appendSummary, COMMENT_MARKER, escapeData, pullRequestNumber, setOutput, upsertComment } from './github.js';
import { readInputs } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'otvet-action-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Call {
  method: string;
  url: string;
  body?: string;
}
/** A fetch that answers from `routes` ("METHOD path?query" → [status, json]) and records the calls. */
function fakeFetch(routes: Record<string, [number, unknown]>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    calls.push({ method, url: url.pathname + url.search, body: typeof init?.body === 'string' ? init.body : undefined });
    const [status, json] = routes[`${method} ${url.pathname}${url.search}`] ?? [404, { message: 'Not Found' }];
    return new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch: impl as typeof fetch, calls };
}

const pr = { api: 'https://api.github.test/', repository: 'seller/shop', number: 12, token: 't' };
const page = (n: number) => `GET /repos/seller/shop/issues/12/comments?per_page=100&page=${n}`;

describe('the pull-request comment', () => {
  it('posts a new comment when none of the action is there, with the marker first', async () => {
    const { fetch, calls } = fakeFetch({ [page(1)]: [200, [{ id: 1, body: 'LGTM' }]], 'POST /repos/seller/shop/issues/12/comments': [201, { html_url: 'u1' }] });
    expect(await upsertComment(pr, '## changes', fetch)).toBe('u1');
    expect(calls.map((c) => c.method)).toEqual(['GET', 'POST']);
    expect(JSON.parse(calls[1]!.body!)).toEqual({ body: `${COMMENT_MARKER}\n## changes` });
  });
  it('edits its earlier comment, looking through every page of comments', async () => {
    const full = Array.from({ length: 100 }, (_, i) => ({ id: i + 10, body: `comment ${i}` }));
    const { fetch, calls } = fakeFetch({
      [page(1)]: [200, full],
      [page(2)]: [200, [{ id: 777, body: `${COMMENT_MARKER}\nold` }]],
      'PATCH /repos/seller/shop/issues/comments/777': [200, { html_url: 'u777' }],
    });
    expect(await upsertComment(pr, 'new', fetch)).toBe('u777');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([page(1), page(2), 'PATCH /repos/seller/shop/issues/comments/777']);
  });
  it('fails with the method, path and HTTP status', async () => {
    const { fetch } = fakeFetch({ [page(1)]: [403, { message: 'Resource not accessible by integration' }] });
    await expect(upsertComment(pr, 'x', fetch)).rejects.toThrow('GET /repos/seller/shop/issues/12/comments: HTTP 403');
  });
  it('knows the pull request of an event, and only of a pull request event', () => {
    expect(pullRequestNumber({ pull_request: { number: 3 } })).toBe(3);
    for (const event of [{}, null, 'x', { pull_request: { number: '3' } }, { pull_request: { number: 0 } }, { issue: { number: 3 } }]) expect(pullRequestNumber(event)).toBeUndefined();
  });
});

describe('workflow commands, summary and outputs', () => {
  it('escapes what would end or break a workflow command', () => {
    expect(escapeData('50 %\r\nnext')).toBe('50 %25%0D%0Anext');
    expect(annotation('warning', 'a\nb')).toBe('::warning::a%0Ab\n');
  });
  it('appends to the summary and writes outputs that survive any value', () => {
    const env = { GITHUB_STEP_SUMMARY: join(dir, 'summary'), GITHUB_OUTPUT: join(dir, 'output') };
    writeFileSync(env.GITHUB_STEP_SUMMARY, '# before\n');
    appendSummary(env, 'after');
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# before\nafter\n');
    setOutput(env, 'pack-dir', 'line one\nEOF\nline three');
    const text = readFileSync(env.GITHUB_OUTPUT, 'utf8');
    const m = /^pack-dir<<(\S+)\n([\s\S]*)\n\1\n$/.exec(text);
    expect(m?.[2]).toBe('line one\nEOF\nline three');
    // Outside a job, nothing is written (and nothing fails).
    appendSummary({}, 'x');
    setOutput({}, 'x', 'y');
  });
});

describe('inputs', () => {
  it('reads the defaults, and paths one per line', () => {
    expect(readInputs({})).toEqual({ command: 'lint', paths: [], format: 'github', since: '', token: '', zip: false, workingDirectory: '.', lang: 'en' });
    expect(readInputs({ OTVET_ACTION_COMMAND: ' pack ', OTVET_ACTION_PATHS: 'a b.yaml\r\n\n  templates/*.yaml  \n', OTVET_ACTION_ZIP: 'true', OTVET_ACTION_LANG: 'zh' })).toMatchObject({ command: 'pack', paths: ['a b.yaml', 'templates/*.yaml'], zip: true, lang: 'zh' });
  });
  it('refuses a bad command, zip or language, in the language asked for where it is known', () => {
    expect(() => readInputs({ OTVET_ACTION_ZIP: 'yes', OTVET_ACTION_LANG: 'ru' })).toThrow(expect.objectContaining({ id: 'bad-zip', lang: 'ru' }));
    expect(() => readInputs({ OTVET_ACTION_LANG: 'de' })).toThrow(expect.objectContaining({ id: 'bad-lang', lang: 'en' }));
    expect(() => readInputs({ OTVET_ACTION_COMMAND: 'deploy' })).toThrow(expect.objectContaining({ id: 'bad-command' }));
  });
});
