/** Project word lists for spelling: `dictionaries:` in the config and the rule's `words` option. */
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from './cli.test-helper.js';

const project = useProjects('words');

const TEXT = 'templates:\n  - id: a\n    text:\n      ru: Даркстор и селлерский склад. Ромашково — наш склад.\n';

describe('project word lists', () => {
  it('reports unknown words without them', async () => {
    const dir = project({ 't.yaml': TEXT });
    const r = await cli(['lint', 't.yaml', '-f', 'json'], dir);
    const report = JSON.parse(r.stdout) as { files: { messages: { ruleId: string; actual: string }[] }[] };
    expect(report.files[0]!.messages.map((m) => `${m.ruleId} ${m.actual}`)).toEqual(['spelling Даркстор', 'spelling селлерский', 'spelling Ромашково']);
    expect(r.code).toBe(1);
  });
  it('accepts the words of dictionaries: files (relative to the config) and of the words option', async () => {
    const dir = project({
      'config/otvet.config.yaml': 'dictionaries: ["words/*.dic"]\nrules:\n  spelling: [error, { words: [селлерский] }]\n',
      'config/words/shop.dic': '2\n# our shop\nдаркстор\tpo:noun\nРомашково\n',
      't.yaml': TEXT,
    });
    expect(await cli(['lint', 't.yaml', '--config', 'config/otvet.config.yaml'], dir)).toMatchObject({ code: 0, stderr: '' });
  });
  it('reports a bad word list line by line with exit 2, in the user’s language', async () => {
    const dir = project({
      'otvet.config.yaml': 'dictionaries: ["words.txt"]\n',
      'words.txt': 'фулфилмент\r\n  пункт выдачи\r\nслово/AB\r\n',
      't.yaml': TEXT,
    });
    const r = await cli(['lint', 't.yaml'], dir);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(
      'words.txt:2:3: “пункт выдачи” is not one word: write one word per line (each word of a phrase on its own line).\n' +
        'words.txt:3:1: “слово/AB” has hunspell affix flags, which cannot be expanded without the affix file: list every form of the word on its own line.\n',
    );
    expect((await cli(['lint', 't.yaml', '--lang', 'ru'], dir)).stderr).toMatch(/^words\.txt:2:3: «пункт выдачи» — не одно слово/);
  });
  it('reports a glob that matches nothing, a bad words option and a bad key', async () => {
    const none = project({ 'otvet.config.yaml': 'dictionaries: ["none/*.dic"]\n', 't.yaml': TEXT });
    expect(await cli(['lint', 't.yaml'], none)).toMatchObject({ code: 2, stderr: 'No files match none/*.dic (dictionaries in the config).\n' });
    const option = project({ 'otvet.config.yaml': 'rules:\n  spelling: [error, { words: [ok, "два слова"] }]\n', 't.yaml': TEXT });
    const r = await cli(['lint', 't.yaml'], option);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^otvet\.config\.yaml:2:35: .*spelling.*words\/1: does not have the expected form/);
    const key = project({ 'otvet.config.yaml': 'dictionary: [a.dic]\n', 't.yaml': TEXT });
    expect((await cli(['lint', 't.yaml'], key)).stderr).toMatch(/^otvet\.config\.yaml:1:1: .*dictionary.*dictionaries/);
  });
});
