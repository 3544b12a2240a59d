import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirectories } from './directories.js';

const dir = mkdtempSync(join(tmpdir(), 'otvet-dirs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('makeDirectories', () => {
  it('creates the missing directories, and accepts ones that exist', () => {
    makeDirectories(join(dir, 'a/b/c'));
    expect(statSync(join(dir, 'a/b/c')).isDirectory()).toBe(true);
    makeDirectories(join(dir, 'a/b/c'));
    makeDirectories(dir);
  });
  it('fails with ENOTDIR where a file stands in the way, creating nothing', () => {
    writeFileSync(join(dir, 'file'), '');
    expect(() => makeDirectories(join(dir, 'file/x/y'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    // The file itself: an error shaped as Node.js's own (pack names the file from it).
    expect(() => makeDirectories(join(dir, 'file'))).toThrow(expect.objectContaining({ code: 'ENOTDIR', syscall: 'mkdir', path: join(dir, 'file') }));
    expect(existsSync(join(dir, 'file/x'))).toBe(false);
  });
  it.skipIf(!existsSync('/proc/self'))('returns with an error where the file system refuses every child (Node.js’s recursive mkdir spins there)', () => {
    expect(() => makeDirectories('/proc/otvet-no/such')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
