#!/usr/bin/env node
// Commits the release branch (`pnpm release:branch` builds first): a commit on the branch
// `release` whose tree is the npm package `otvet` (scripts/release-pack.mjs: package.json with
// the `otvet` bin and no dependencies, bin/, dist/, schema/) plus `.pre-commit-hooks.yaml`
// (packages/cli/pre-commit-hooks.yaml), `action.yml` and `action/action.cjs` (packages/action),
// so that the repository at a tag of this branch is a hook repository of the pre-commit
// framework and a GitHub Action (`uses: <owner>/otvet@v0`), both carrying the built CLI.
//
// Why a branch of its own: pre-commit installs a `language: node` hook by running, in a clone of
// the hook repository at `rev:`, `npm install`, `npm pack` and `npm install -g` of the result. On
// `main` that would install the workspace's development tools from the network and still find no
// built CLI (the build output is not committed). On this branch there is nothing to install and
// the CLI is already built: the hook installs offline in seconds.
//
// The commit is made with git's plumbing, in a temporary index: the working tree, the index and
// the checked-out branch of the repository are not touched. The branch moves only if it still
// points where it did when the commit was made (a concurrent release is not overwritten), and not
// at all when the package is unchanged.
//
// Usage: node scripts/release-branch.mjs [--repo DIR] [--branch NAME] [--tag]
//   --repo DIR     the repository to commit to (default: this one)
//   --branch NAME  the branch (default: release)
//   --tag          also tag the commit v<version> (fails if that tag exists) and move the major
//                  version's tag (v<major>, what `uses: <owner>/otvet@v0` names) to it
// Prints the commit and what to push; exit 2 when the CLI is not built or git fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { missingFiles, packageManifest, stageRelease } from './release-pack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {string} repo
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string }} [options]
 */
const git = (repo, args, options = {}) =>
  execFileSync('git', ['-C', options.cwd ?? repo, ...args], { encoding: 'utf8', env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** A ref's commit, or undefined when there is no such ref. */
function resolveRef(repo, ref) {
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
}

/** Who the commit is by: the repository's user, or otvet's release script where none is set. */
function identity(repo) {
  const get = (key) => {
    try {
      return git(repo, ['config', key]);
    } catch {
      return '';
    }
  };
  const name = process.env.GIT_AUTHOR_NAME || get('user.name') || 'otvet release';
  const email = process.env.GIT_AUTHOR_EMAIL || get('user.email') || 'release@otvet.invalid';
  return { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name, GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email };
}

/**
 * Commit the hook repository's tree on `branch` of `repo`.
 * @returns {{ commit: string, changed: boolean, version: string, tagged: boolean }}
 */
export function releaseBranch({ repo, branch = 'release', tag = false }) {
  const stage = mkdtempSync(join(tmpdir(), 'otvet-release-'));
  const index = mkdtempSync(join(tmpdir(), 'otvet-release-index-'));
  try {
    stageRelease(stage);
    const gitDir = resolve(repo, git(repo, ['rev-parse', '--git-dir']));
    const env = { ...process.env, GIT_INDEX_FILE: join(index, 'index'), GIT_DIR: gitDir, GIT_WORK_TREE: stage };
    git(repo, ['add', '--all', '--force', '.'], { env, cwd: stage });
    const tree = git(repo, ['write-tree'], { env, cwd: stage });
    const parent = resolveRef(repo, `refs/heads/${branch}`);
    const { version } = packageManifest();
    if (parent && git(repo, ['rev-parse', `${parent}^{tree}`]) === tree) return { commit: parent, changed: false, version, tagged: false };
    const source = resolveRef(root, 'HEAD');
    const dirty = source && git(root, ['status', '--porcelain', '--untracked-files=no']) !== '';
    const message = `otvet ${version}: the npm package and the pre-commit hook, built\n\nBuilt from ${source ?? 'a tree outside git'}${dirty ? ' with uncommitted changes' : ''}.`;
    const commit = git(repo, ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message], { env: { ...process.env, ...identity(repo) } });
    // Moves the branch only from where it was: a release made meanwhile is not overwritten.
    git(repo, ['update-ref', '-m', `release-branch: otvet ${version}`, `refs/heads/${branch}`, commit, parent ?? '']);
    if (tag) {
      git(repo, ['tag', `v${version}`, commit]);
      // Actions are named by their major version; that tag follows the newest release.
      git(repo, ['tag', '--force', `v${version.split('.')[0]}`, commit]);
    }
    return { commit, changed: true, version, tagged: tag };
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(index, { recursive: true, force: true });
  }
}

function main() {
  const { values } = parseArgs({ options: { repo: { type: 'string' }, branch: { type: 'string' }, tag: { type: 'boolean' } } });
  const missing = missingFiles();
  if (missing.length) {
    process.stderr.write(`release-branch: missing ${missing.join(', ')}: run \`pnpm build\` first.\n`);
    process.exit(2);
  }
  const branch = values.branch ?? 'release';
  try {
    const result = releaseBranch({ repo: resolve(values.repo ?? root), branch, tag: values.tag ?? false });
    const tagName = `v${result.version}`;
    process.stdout.write(
      `${result.changed ? 'committed' : 'unchanged'}: ${branch} at ${result.commit} (otvet ${result.version})\n` +
        `publish: git push origin ${branch}${result.tagged ? ` ${tagName} && git push --force origin v${result.version.split('.')[0]}` : ''}\n` +
        `projects use it with repo: <this repository's URL>, rev: ${result.tagged ? tagName : result.commit}, hooks: [{ id: otvet }]\n`,
    );
  } catch (error) {
    const detail = error && typeof error === 'object' && 'stderr' in error && error.stderr ? String(error.stderr).trim() : error instanceof Error ? error.message : String(error);
    process.stderr.write(`release-branch: ${detail}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
