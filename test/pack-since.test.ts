/** `otvet pack --since`: the change summary names the base pack without its absolute path and diffs Russian by words. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, type Project } from './helpers.js';

const projects: Project[] = [];
const dirs: string[] = [];
afterAll(() => {
  projects.forEach((p) => p.remove());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const CONFIG = 'source: zh\ntarget: ru\npack: { name: shop, version: 1.0.0 }\n';
const templates = (ru: string): string => `templates:\n  - id: thanks\n    title: thanks\n    text:\n      zh: 谢谢\n      ru: ${ru}\n`;

describe('otvet pack --since', () => {
  it('writes Markdown with whole Russian words and without the absolute path of the base pack', () => {
    const p = makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': templates('Спасибо за покупку, ждём Вас снова.') });
    projects.push(p);
    expect(otvet(['pack'], p.dir).code).toBe(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'otvet-since-base-'));
    dirs.push(elsewhere);
    const base = join(elsewhere, 'shop-1.0.0');
    cpSync(join(p.dir, 'dist/shop-1.0.0'), base, { recursive: true });
    p.write('templates/a.yaml', templates('Спасибо за покупку, будем ждать Вас снова.'));
    const md = otvet(['pack', '--since', base, '--since-format', 'markdown'], p.dir);
    expect(md.code).toBe(0);
    expect(md.stdout).not.toContain(elsewhere);
    expect(md.stdout).toContain('### Changes since shop-1.0.0 (0 unchanged)\n');
    expect(md.stdout).toContain('  - text.ru: Спасибо за покупку, ~~ждём~~**будем ждать** Вас снова.\n');
    // A base pack inside the project is named relative to it.
    const inside = otvet(['pack', '--since', join(p.dir, 'dist/shop-1.0.0')], p.dir);
    expect(inside.stdout.split('\n')[0]).toBe('Changes since dist/shop-1.0.0 (1 unchanged)');
  });
});
