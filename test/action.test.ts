/**
 * The GitHub Action (packages/action/action.yml on the release branch), its step run as GitHub's
 * runner would: the release branch's tree as GITHUB_ACTION_PATH, the inputs put into the step's
 * environment as action.yml maps them, a template repository as GITHUB_WORKSPACE with a pull
 * request from a feature branch, the job summary and outputs in files, and a fake GitHub API on
 * localhost that records what the action asks of it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageRelease } from '../scripts/release-pack.mjs';
import { ROOT } from './helpers.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: { id: string; shell: string; run: string; env: Record<string, string> }[] };
}

const work = mkdtempSync(join(tmpdir(), 'otvet-action-'));
const actionPath = join(work, 'action');
const repo = join(work, 'shop');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tmpl = (id: string, ru: string): string => `  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`;
const gitEnv = { GIT_CONFIG_NOSYSTEM: '1', HOME: work, GIT_AUTHOR_NAME: 'Copywriter', GIT_AUTHOR_EMAIL: 'copy@example.com', GIT_COMMITTER_NAME: 'Copywriter', GIT_COMMITTER_EMAIL: 'copy@example.com' };
function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...gitEnv } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
function write(path: string, content: string): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

/** The fake GitHub API: the requests it got, and comments it holds per pull request. */
interface Recorded {
  method: string;
  url: string;
  auth: string | undefined;
  body: string;
}
const requests: Recorded[] = [];
const comments: { id: number; body: string }[] = [];
let server: Server;
let api = '';
const read = (req: IncomingMessage): Promise<string> =>
  new Promise((done) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => done(body));
  });

beforeAll(async () => {
  stageRelease(actionPath);
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  write('otvet.config.yaml', 'templates: ["templates/**/*.yaml"]\npack: { name: shop, version: 1.0.0 }\n');
  write('templates/replies.yaml', `templates:\n${tmpl('thanks', 'Спасибо за заказ!')}`);
  git('add', '-A');
  git('commit', '-q', '-m', 'start');
  git('switch', '-q', '-c', 'feature');
  write('templates/replies.yaml', `templates:\n${tmpl('thanks', 'Спасибо за ваш заказ!')}${tmpl('late', 'Заказ задерживается, приносим извинения.')}`);
  git('add', '-A');
  git('commit', '-q', '-m', 'late');
  server = createServer((req, res) => {
    void read(req).then((body) => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body });
      res.setHeader('Content-Type', 'application/json');
      if (req.method === 'GET' && /^\/repos\/seller\/shop\/issues\/7\/comments\?per_page=100&page=1$/.test(req.url ?? '')) return res.end(JSON.stringify(comments));
      if (req.method === 'POST' && req.url === '/repos/seller/shop/issues/7/comments') {
        comments.push({ id: 501, body: (JSON.parse(body) as { body: string }).body });
        res.statusCode = 201;
        return res.end(JSON.stringify({ id: 501, html_url: 'https://github.test/seller/shop/pull/7#issuecomment-501' }));
      }
      if (req.method === 'PATCH' && req.url === '/repos/seller/shop/issues/comments/501') {
        comments[0]!.body = (JSON.parse(body) as { body: string }).body;
        return res.end(JSON.stringify({ id: 501, html_url: 'https://github.test/seller/shop/pull/7#issuecomment-501' }));
      }
      res.statusCode = 404;
      res.end('{"message":"Not Found"}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const action = (): ActionYml => parse(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as ActionYml;

interface Step {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Run the action's step as the runner does: `${{ inputs.* }}` filled in, GitHub's variables set. */
async function runStep(inputs: Record<string, string>, github: Record<string, string> = {}): Promise<Step> {
  const yml = action();
  expect(yml.runs.using).toBe('composite');
  const [step] = yml.runs.steps;
  const values = Object.fromEntries(Object.entries(yml.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(step!.env)) {
    // Only `${{ inputs.<name> }}` is used in the step's environment (and so evaluated here).
    env[key] = value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
      expect(name in values, `input ${name}`).toBe(true);
      return values[name]!;
    });
    expect(env[key]).not.toContain('${{');
  }
  const run = mkdtempSync(join(work, 'run-'));
  const files = { summary: join(run, 'summary.md'), output: join(run, 'output'), event: join(run, 'event.json') };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  writeFileSync(files.event, JSON.stringify({ pull_request: { number: 7, base: { ref: 'main' } } }));
  const child = spawn(step!.shell, ['-e', '-c', step!.run], {
    cwd: repo,
    env: {
      PATH: process.env.PATH ?? '',
      ...gitEnv,
      LANG: 'C.UTF-8',
      ...env,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: repo,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_BASE_REF: 'main',
      GITHUB_REPOSITORY: 'seller/shop',
      GITHUB_API_URL: api,
      RUNNER_TEMP: run,
      ...github,
    },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { code, stdout, summary: readFileSync(files.summary, 'utf8'), outputs };
}

describe('GitHub Action', () => {
  it('pack on a pull request: lints, packs, compares with the base branch, verifies, reports on the summary and in one comment', async () => {
    const first = await runStep({ command: 'pack', token: 'ghs_test' });
    expect(first.stdout).toContain('otvet 0.1.0, bundled with the action');
    expect(first.code).toBe(0);
    expect(first.outputs['exit-code']).toBe('0');
    expect(first.outputs['pack-dir']).toBe(join(repo, 'dist/shop-1.0.0'));
    expect(first.stdout).toContain('Pack dist/shop-1.0.0 is intact');
    // The lint's summary (otvet lint --format github: the pack's rate), then what changed since
    // the base branch's pack, as Markdown, on the job summary.
    expect(first.summary).toMatch(/^## otvet: lint\n\nError rate 0\.0 % over \d+ words — pass\.\n[\s\S]*\n## otvet: pack dist\/shop-1\.0\.0\n/);
    const packSection = first.summary.slice(first.summary.indexOf('## otvet: pack'));
    expect(first.summary).toContain('late');
    expect(first.summary).toMatch(/thanks[\s\S]*\*\*ваш\*\*/);
    // One comment, posted with the token, then edited by the next run instead of a second one.
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(requests[1]!.auth).toBe('Bearer ghs_test');
    expect(comments[0]!.body).toContain('<!-- otvet-action: pack changes -->');
    expect(comments[0]!.body).toContain(packSection.trim());
    expect(first.stdout).toContain('What changed is on pull request #7.');
    const second = await runStep({ command: 'pack', token: 'ghs_test' });
    expect(second.code).toBe(0);
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'PATCH']);
    expect(comments).toHaveLength(1);
    // The base branch's worktree is gone again.
    expect(git('worktree', 'list').split('\n')).toHaveLength(1);
  }, 120_000);

  it('without a token there is no comment; a base branch missing from the checkout only warns', async () => {
    const before = requests.length;
    const r = await runStep({ command: 'pack' }, { GITHUB_BASE_REF: 'gone' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('::warning::The base revision origin/gone is not in the checkout');
    expect(r.summary).toContain('No earlier pack to compare with.');
    expect(requests.length).toBe(before);
  }, 60_000);

  it('lint annotates the faulty template and fails the step with exit code 1', async () => {
    write('templates/bad.yaml', `templates:\n${tmpl('wait', 'Подождите немного~')}`);
    try {
      const r = await runStep({ command: 'lint', lang: 'zh' });
      expect(r.code).toBe(1);
      expect(r.outputs['exit-code']).toBe('1');
      expect(r.stdout).toMatch(/::error file=templates\/bad\.yaml,line=5,[^\n]*波浪号/);
      // pack refuses it too, and says so on the summary.
      const pack = await runStep({ command: 'pack' });
      expect(pack.code).toBe(1);
      expect(pack.summary).toContain('the pack was not built');
    } finally {
      rmSync(join(repo, 'templates/bad.yaml'));
    }
  }, 60_000);

  it('verify checks the packs it is given; a changed file fails it', async () => {
    const ok = await runStep({ command: 'verify', paths: 'dist/shop-1.0.0' });
    expect(ok.code).toBe(0);
    writeFileSync(join(repo, 'dist/shop-1.0.0/templates.csv'), 'changed\n');
    const bad = await runStep({ command: 'verify', paths: 'dist/shop-1.0.0' });
    expect(bad.code).toBe(1);
  }, 60_000);

  it('bad inputs: an error annotation in the language asked for, exit code 2', async () => {
    const command = await runStep({ command: 'publish', lang: 'ru' });
    expect(command.code).toBe(2);
    expect(command.stdout).toContain('::error::Неизвестная команда «publish»: используйте lint, pack или verify.');
    const lang = await runStep({ lang: 'fr' });
    expect(lang.stdout).toContain('::error::Unknown language “fr”: use en, zh or ru.');
    expect(lang.outputs['exit-code']).toBe('2');
    const verify = await runStep({ command: 'verify', lang: 'zh' });
    expect(verify.stdout).toContain('::error::verify 需要要检查的包');
    const dir = await runStep({ 'working-directory': 'nowhere' });
    expect(dir.stdout).toContain('::error::working-directory “nowhere” is not a directory of the repository.');
  }, 60_000);

  it("uses the project's own otvet when it is installed there", async () => {
    cpSync(join(actionPath, 'bin'), join(repo, 'node_modules/otvet/bin'), { recursive: true });
    cpSync(join(actionPath, 'dist'), join(repo, 'node_modules/otvet/dist'), { recursive: true });
    writeFileSync(join(repo, 'node_modules/otvet/package.json'), JSON.stringify({ name: 'otvet', version: '9.9.9' }));
    try {
      const r = await runStep({ command: 'lint' });
      expect(r.stdout).toContain('otvet 9.9.9, installed in the project (node_modules/otvet)');
      expect(r.code).toBe(0);
    } finally {
      rmSync(join(repo, 'node_modules'), { recursive: true });
    }
  }, 60_000);

  it('the release branch carries action.yml and its script; the workflow in docs/ci uses them', () => {
    const yml = action();
    expect(yml.runs.steps[0]!.run).toBe('node "$GITHUB_ACTION_PATH/action/action.cjs"');
    expect(Object.keys(yml.outputs)).toEqual(['pack-dir', 'exit-code']);
    const workflow = parse(readFileSync(join(ROOT, 'docs/ci/publish-pack.yml'), 'utf8')) as { jobs: { pack: { steps: { id?: string; uses?: string; with?: Record<string, unknown> }[] } } };
    const steps = workflow.jobs.pack.steps;
    const otvet = steps.find((s) => /\/otvet@v\d+$/.test(s.uses ?? ''));
    expect(otvet?.with).toMatchObject({ command: 'pack' });
    for (const name of Object.keys(otvet!.with!)) expect(yml.inputs, name).toHaveProperty(name);
    expect(steps.at(-1)!.uses).toMatch(/^actions\/upload-artifact@/);
    expect(JSON.stringify(steps.at(-1)!.with)).toContain(`steps.${otvet!.id}.outputs.pack-dir`);
  });
});
