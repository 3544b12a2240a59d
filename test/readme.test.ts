import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, ROOT } from './helpers.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('begins with exactly two commands: set-up plus lint of the example pack, and the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n') ?? [];
    expect(firstBlock).toHaveLength(2);
    expect(firstBlock[0]).toMatch(/^npm i -g pnpm@12\.4\.2 && .*pnpm otvet lint templates$/);
    expect(firstBlock[1]).toBe('pnpm test');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    for (const part of firstBlock[0]!.split(' && ')) expect(ci).toContain(part);
    expect(ci).toContain('pnpm test');
  });

  const project = makeProject();
  afterAll(() => project.remove());
  it('shows the output the CLI really prints', () => {
    const yaml = /```yaml\n# wait\.yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    // As in a terminal of the width COLUMNS gives (the report wraps to it).
    const consoleBlock = /```console\n\$ (?:COLUMNS=(\d+) )?pnpm otvet (.*)\n([\s\S]*?)```/.exec(readme);
    expect(yaml).toBeDefined();
    expect(consoleBlock).not.toBeNull();
    project.write('wait.yaml', yaml!);
    const result = otvet(consoleBlock![2]!.split(' '), project.dir, consoleBlock![1] ? { COLUMNS: consoleBlock![1] } : {});
    expect(result.stdout).toBe(consoleBlock![3]);
    expect(result.code).toBe(1);
  });
});
