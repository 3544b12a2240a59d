/**
 * The studio stays out of the CLI's start-up: its server is dist/otvet-studio.cjs, required by the
 * bundle only in `otvet studio`, and its front end is static files in dist/studio/ that load
 * nothing from the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const DIST = join(ROOT, 'packages/cli/dist');

describe('the studio in the build', () => {
  it('is a file of its own beside the bundle, which requires it in one place', () => {
    const bundle = readFileSync(join(DIST, 'otvet.cjs'), 'latin1');
    expect([...bundle.matchAll(/require\("\.\/otvet-studio\.cjs"\)/gu)]).toHaveLength(1);
    // The server's code (its security headers, its routes) is not in the bundle.
    for (const text of ['Content-Security-Policy', '/api/overview', 'x-otvet-token']) expect(bundle).not.toContain(text);
    const server = readFileSync(join(DIST, 'otvet-studio.cjs'), 'latin1');
    expect(server).toContain('/api/overview');
    // It takes the engine from the bundle: no second copy of the lint engine or the rules.
    expect(server.length).toBeLessThan(60_000);
  });

  it('serves a front end that loads nothing from the network', () => {
    expect(readdirSync(join(DIST, 'studio')).sort()).toEqual(['app.css', 'app.js', 'index.html']);
    const html = readFileSync(join(DIST, 'studio/index.html'), 'utf8');
    expect(html.match(/(?:src|href)="[^"]*"/gu)).toEqual(['href="data:,"', 'href="/app.css"', 'src="/app.js"']);
    const css = readFileSync(join(DIST, 'studio/app.css'), 'utf8');
    expect(css).not.toMatch(/@import|url\(\s*["']?https?:/u);
    const js = readFileSync(join(DIST, 'studio/app.js'), 'utf8');
    expect(js).not.toMatch(/fetch\(\s*["'`]https?:|import\(\s*["'`]https?:/u);
  });
});
