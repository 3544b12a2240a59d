import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BENCH_CONFIG, DEFECTS, generatePack, generateSmall, generateTemplates, mulberry32, SMALL_TEMPLATES, TEMPLATES_PER_FILE } from './bench-data.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'packages/cli/bin/otvet.cjs');
/** The bundle the bin runs (`pnpm build`; `pnpm test` builds first). */
const BUNDLE = join(ROOT, 'packages/cli/dist/otvet.cjs');

interface ParsedTemplate {
  id: string;
  title: string;
  tags: string[];
  placeholders?: Record<string, { type?: string; example: string | number }>;
  text: { zh: string; ru: string };
}

const templatesOf = (yamlText: string): ParsedTemplate[] => (parse(yamlText) as { templates: ParsedTemplate[] }).templates;

describe('bench data', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generatePack({ templates: 700, seed: 7 })).toEqual(generatePack({ templates: 700, seed: 7 }));
    expect(generatePack({ templates: 700, seed: 7 })).not.toEqual(generatePack({ templates: 700, seed: 8 }));
  });

  it('splits the pack into files of 500 templates with unique sequential ids', () => {
    const pack = generatePack({ templates: 1201, seed: 1 });
    expect(Object.keys(pack)).toEqual(['pack/part-001.yaml', 'pack/part-002.yaml', 'pack/part-003.yaml']);
    const all = Object.values(pack).flatMap(templatesOf);
    expect(Object.values(pack).map((text) => templatesOf(text).length)).toEqual([TEMPLATES_PER_FILE, TEMPLATES_PER_FILE, 201]);
    expect(all.map((t) => t.id)).toEqual(Array.from({ length: 1201 }, (_, i) => `t-${String(i + 1).padStart(5, '0')}`));
  });

  it('the small file is the first 20 templates of the pack', () => {
    const small = generateSmall({ seed: 3 });
    expect(Object.keys(small)).toEqual(['small.yaml']);
    const first = templatesOf(generatePack({ templates: 100, seed: 3 })['pack/part-001.yaml'] ?? '').slice(0, SMALL_TEMPLATES);
    expect(templatesOf(small['small.yaml'] ?? '')).toEqual(first);
  });

  it('writes YAML that reads back to the generated templates, in every scalar style', () => {
    const pack = generatePack({ templates: 1000, seed: 5 });
    const parsed = Object.values(pack).flatMap(templatesOf);
    const generated = generateTemplates(5, 0, 1000);
    expect(parsed).toEqual(
      generated.map((t) => ({
        id: t.id,
        title: t.title,
        tags: t.tags,
        ...(Object.keys(t.placeholders).length ? { placeholders: t.placeholders } : {}),
        text: t.text,
      })),
    );
    const text = Object.values(pack).join('\n');
    expect(text).toMatch(/^ {6}ru: >-$/m);
    expect(text).toMatch(/^ {6}ru: \|-$/m);
    expect(text).toMatch(/^ {6}ru: "/m);
    expect(text).toMatch(/^ {6}ru: [А-Я]/m);
  });

  it('uses capital «Вы» and complete ICU plurals in clean templates', () => {
    for (const t of generateTemplates(1, 0, 2000).filter((x) => x.defects.length === 0)) {
      expect(t.text.ru).not.toMatch(/(?<![А-Яа-яЁё])(?:вы|вам|ваш[а-я]*)(?![А-Яа-яЁё])/);
      expect(t.text.ru).not.toMatch(/\{days\}/);
    }
  });

  it('sprinkles defects at about the configured rates', () => {
    const templates = generateTemplates(1, 0, 10_000);
    const tilde = templates.filter((t) => t.defects.includes('tilde')).length / templates.length;
    expect(tilde).toBeGreaterThan(DEFECTS.tilde.rate * 0.7);
    expect(tilde).toBeLessThan(DEFECTS.tilde.rate * 1.3);
    expect(templates.some((t) => t.defects.includes('barePlural'))).toBe(true);
    expect(templates.some((t) => t.defects.includes('undeclared'))).toBe(true);
  });

  // End to end with the built CLI (`pnpm test` builds it first): findings only where a defect
  // was planted, and always the expected rule. Without a build this fails; it is never skipped.
  it('the linter reports exactly the planted defects', () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run pnpm build`).toBe(true);
    const seed = 2;
    const count = 1000;
    const dir = mkdtempSync(join(tmpdir(), 'otvet-bench-data-'));
    try {
      for (const [path, text] of Object.entries({ 'otvet.config.yaml': BENCH_CONFIG, ...generatePack({ templates: count, seed }) })) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', 'pack'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout) as { files: { messages: { ruleId: string; templateId?: string }[] }[] };
      const found = new Map<string, Set<string>>();
      for (const m of report.files.flatMap((f) => f.messages)) {
        const id = m.templateId ?? '(file)';
        found.set(id, (found.get(id) ?? new Set()).add(m.ruleId));
      }
      const expected = new Map<string, Set<string>>();
      for (const t of generateTemplates(seed, 0, count)) {
        if (t.defects.length) expected.set(t.id, new Set(t.defects.map((d) => DEFECTS[d].rule)));
      }
      expect(expected.size).toBeGreaterThan(0);
      expect(found).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
