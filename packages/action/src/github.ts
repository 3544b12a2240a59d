/**
 * What the action tells GitHub: workflow commands on standard output (`::error::`), the job
 * summary and step outputs (files named by GITHUB_STEP_SUMMARY and GITHUB_OUTPUT), and a
 * comment on the pull request through the REST API.
 */
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

/** A workflow command's message, escaped as the runner expects (%, CR and LF). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export const annotation = (level: 'error' | 'warning' | 'notice', message: string): string => `::${level}::${escapeData(message)}\n`;

/** Append to the job summary; without GITHUB_STEP_SUMMARY (not in a job) nothing is written. */
export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
}

/** Set a step output (a heredoc with a random delimiter, so that any value is safe). */
export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string): void {
  if (!env.GITHUB_OUTPUT) return;
  const delimiter = `otvet_${randomUUID()}`;
  appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** The hidden line that marks the action's comment, so a later run edits it instead of adding one. */
export const COMMENT_MARKER = '<!-- otvet-action: pack changes -->';

export interface PullRequest {
  /** e.g. https://api.github.com */
  api: string;
  /** owner/name */
  repository: string;
  number: number;
  token: string;
}

/** The pull request a `pull_request` or `pull_request_target` event is about, if any. */
export function pullRequestNumber(event: unknown): number | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const pr = (event as { pull_request?: { number?: unknown } }).pull_request;
  return typeof pr?.number === 'number' && Number.isInteger(pr.number) && pr.number > 0 ? pr.number : undefined;
}

type Fetch = typeof fetch;

/**
 * Post `body` as the action's comment on the pull request, or edit the comment an earlier run
 * posted (found by COMMENT_MARKER). Throws an Error with the HTTP status on failure.
 * @returns the comment's URL
 */
export async function upsertComment(pr: PullRequest, body: string, fetchImpl: Fetch = fetch): Promise<string> {
  const headers = {
    Accept: 'application/vnd.github+json',
    Authorization: `Bearer ${pr.token}`,
    'X-GitHub-Api-Version': '2022-11-28',
    'User-Agent': 'otvet-action',
    'Content-Type': 'application/json',
  };
  const base = `${pr.api.replace(/\/+$/, '')}/repos/${pr.repository}`;
  const call = async (method: string, url: string, payload?: unknown): Promise<unknown> => {
    const response = await fetchImpl(url, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) });
    if (!response.ok) throw new Error(`${method} ${new URL(url).pathname}: HTTP ${response.status}`);
    return response.json();
  };
  const text = `${COMMENT_MARKER}\n${body}`;
  // At most 1,000 comments are looked through (10 pages of 100).
  for (let page = 1; page <= 10; page++) {
    const comments = (await call('GET', `${base}/issues/${pr.number}/comments?per_page=100&page=${page}`)) as { id: number; body?: string }[];
    const ours = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(COMMENT_MARKER));
    if (ours) return ((await call('PATCH', `${base}/issues/comments/${ours.id}`, { body: text })) as { html_url: string }).html_url;
    if (comments.length < 100) break;
  }
  return ((await call('POST', `${base}/issues/${pr.number}/comments`, { body: text })) as { html_url: string }).html_url;
}
