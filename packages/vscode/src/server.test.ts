import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseServer, serverArgs } from './server.js';

const dir = mkdtempSync(join(tmpdir(), 'otvet-vscode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const touch = (path: string): string => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), '');
  return join(dir, path);
};
const bundled = '/ext/server/bin/otvet.cjs';

describe('which otvet the extension starts', () => {
  it('the workspace’s own, found upwards (a monorepo installs at its root)', () => {
    const bin = touch('mono/node_modules/otvet/bin/otvet.cjs');
    mkdirSync(join(dir, 'mono/apps/shop'), { recursive: true });
    expect(chooseServer(join(dir, 'mono/apps/shop'), undefined, bundled)).toEqual({ bin, source: 'workspace' });
  });
  it('the setting first: a package directory or its bin, relative to the folder', () => {
    const bin = touch('tools/otvet/bin/otvet.cjs');
    expect(chooseServer(join(dir, 'mono'), '../tools/otvet', bundled)).toEqual({ bin, source: 'setting' });
    expect(chooseServer(join(dir, 'mono'), join(dir, 'tools/otvet/bin/otvet.cjs'), bundled)).toEqual({ bin, source: 'setting' });
  });
  it('a setting that points at nothing, or no workspace: the workspace’s, else the bundled copy', () => {
    expect(chooseServer(join(dir, 'mono'), 'nowhere', bundled).source).toBe('workspace');
    expect(chooseServer(join(dir, 'empty'), undefined, bundled)).toEqual({ bin: bundled, source: 'bundled' });
    expect(chooseServer(undefined, undefined, bundled)).toEqual({ bin: bundled, source: 'bundled' });
    // Restricted Mode: neither the workspace's otvet nor the setting's path runs.
    expect(chooseServer(join(dir, 'mono/apps/shop'), undefined, bundled, false)).toEqual({ bin: bundled, source: 'bundled' });
    expect(chooseServer(join(dir, 'mono'), '../tools/otvet', bundled, false)).toEqual({ bin: bundled, source: 'bundled' });
  });
  it('passes the language only when it is one otvet speaks', () => {
    expect(serverArgs(undefined)).toEqual(['lsp', '--stdio']);
    expect(serverArgs('zh')).toEqual(['lsp', '--stdio', '--lang', 'zh']);
    expect(serverArgs('de')).toEqual(['lsp', '--stdio']);
  });
});
