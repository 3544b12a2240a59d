/**
 * The formats' registry: its entries, the formats each command offers, and what comes from it:
 * `--format`'s help and the error for an unknown format (in process), and the format list of
 * docs/cli.md (a format added to the registry must be documented there).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from '../cli.test-helper.js';
import { REPORTERS, reporterOf, reportersOf, type ReportCommand } from './registry.js';

const project = useProjects('registry');
const COMMANDS: readonly ReportCommand[] = ['lint', 'score'];
const names = (command: ReportCommand): string[] => reportersOf(command).map((r) => r.name);

describe('REPORTERS', () => {
  it('has unique names, each offered by at least one command', () => {
    const all = REPORTERS.map((r) => r.name);
    expect(new Set(all).size).toBe(all.length);
    for (const r of REPORTERS) {
      expect(r.name, r.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(r.commands.length, r.name).toBeGreaterThan(0);
      expect(new Set(r.commands).size, r.name).toBe(r.commands.length);
      for (const c of r.commands) expect(COMMANDS, r.name).toContain(c);
    }
  });

  it('describes every format in English, Chinese and Russian', () => {
    for (const r of REPORTERS) {
      expect(Object.keys(r.description).sort(), r.name).toEqual(['en', 'ru', 'zh']);
      for (const lang of ['en', 'zh', 'ru'] as const) expect(r.description[lang].trim(), `${r.name} ${lang}`).not.toBe('');
      // Each in its own language, not a copy of the English.
      expect(r.description.zh, r.name).toMatch(/\p{Script=Han}/u);
      expect(r.description.ru, r.name).toMatch(/\p{Script=Cyrillic}/u);
      expect(r.description.en, r.name).not.toMatch(/\p{Script=Han}|\p{Script=Cyrillic}/u);
    }
  });

  it('offers stylish, json, sarif, github, junit, html to lint and table, json to score, in the registry’s order', () => {
    expect(names('lint')).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'html']);
    expect(names('score')).toEqual(['table', 'json']);
    for (const command of COMMANDS) {
      expect(reportersOf(command)).toEqual(REPORTERS.filter((r) => r.commands.includes(command)));
      for (const r of reportersOf(command)) expect(reporterOf(command, r.name)).toBe(r);
    }
    // A format only for the other command, or none at all, is not offered.
    expect(reporterOf('score', 'sarif')).toBeUndefined();
    expect(reporterOf('lint', 'table')).toBeUndefined();
    expect(reporterOf('lint', 'nope')).toBeUndefined();
    expect(reporterOf('lint', 'JSON')).toBeUndefined();
  });
});

describe('--format', () => {
  /** The help of `-f, --format` in `otvet <command> --help`, its wrapped lines joined. */
  async function formatHelp(command: ReportCommand): Promise<string> {
    const r = await cli([command, '--help'], project({}));
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const start = lines.findIndex((l) => /^\s*-f, --format <format>\s/.test(l));
    expect(start, r.stdout).toBeGreaterThan(-1);
    // The option's description runs until the next option.
    const end = lines.findIndex((l, i) => i > start && /^ {2}-/.test(l));
    return lines
      .slice(start, end === -1 ? undefined : end)
      .join(' ')
      .replace(/\s+/g, ' ');
  }

  for (const command of COMMANDS) {
    it(`otvet ${command} --help lists each format ${command} offers with its English description, in order`, async () => {
      const help = await formatHelp(command);
      let at = -1;
      for (const r of reportersOf(command)) {
        const entry = `${r.name} (${r.description.en})`;
        const next = help.indexOf(entry);
        expect(next, `${entry}\nin: ${help}`).toBeGreaterThan(at);
        at = next;
      }
      // Not the other command's formats.
      for (const r of REPORTERS.filter((x) => !x.commands.includes(command))) expect(help).not.toContain(`${r.name} (`);
    });

    it(`otvet ${command} with an unknown format exits 2, naming the formats ${command} offers`, async () => {
      const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 'templates/a.yaml': 'templates:\n  - id: late\n    text:\n      zh: 您好\n      ru: Посылка задерживается~\n' });
      const other = REPORTERS.find((r) => !r.commands.includes(command))!;
      for (const format of ['nope', other.name]) {
        const r = await cli([command, '--format', format], dir);
        expect(r.code, format).toBe(2);
        expect(r.stdout, format).toBe('');
        expect(r.stderr, format).toBe(`Unknown format “${format}”: use ${names(command).join(', ')}.\n`);
      }
      // Each format it offers is accepted.
      for (const name of names(command)) expect((await cli([command, '-f', name], dir)).code, name).toBe(1);
    });
  }
});

describe('docs/cli.md', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../../../docs/cli.md', import.meta.url)), 'utf8');
  const section = /^## Formats\n([\s\S]*?)(?=^## )/m.exec(doc)?.[1] ?? '';
  /** The section's bullets that start with a name in backticks: the name and the bullet's text (with its continuation lines). */
  const bullets = [...section.matchAll(/^- `([^`]+)`(.*(?:\n {2,}\S.*)*)/gm)].map((m) => ({ name: m[1]!, text: m[2]!.replace(/\s+/g, ' ') }));

  it('has a “## Formats” section', () => {
    expect(section).not.toBe('');
  });

  it('lists exactly the formats lint offers, in the registry’s order', () => {
    // The last bullet is the score command's.
    const formats = bullets.filter((b) => b.name !== 'score').map((b) => b.name);
    const missing = names('lint').filter((n) => !formats.includes(n));
    expect(missing, `docs/cli.md “## Formats” has no bullet “- \`name\`” for: ${missing.join(', ')}`).toEqual([]);
    const extra = formats.filter((n) => !names('lint').includes(n));
    expect(extra, `docs/cli.md “## Formats” lists formats that lint does not offer: ${extra.join(', ')}`).toEqual([]);
    expect(formats).toEqual(names('lint'));
  });

  it('mentions each format of score', () => {
    const score = bullets.find((b) => b.name === 'score');
    expect(score, 'docs/cli.md “## Formats” has no “- `score`” bullet').toBeDefined();
    for (const name of names('score')) expect(score!.text, `the score bullet of docs/cli.md does not mention “${name}”`).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
