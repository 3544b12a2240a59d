/** Data files named in the config: their schemas' validators are loaded only when there are such files. */
import { catalog, loadResourceValidators } from '@otvet/rules';
import { describe, expect, it } from 'vitest';
import { useProjects } from './cli.test-helper.js';
import { loadConfig, loadResources } from './files.js';

const project = useProjects('resources');

const PHRASEBOOK = 'entries:\n  - id: fast\n    zh: [快]\n    patterns: ["быстрая доставка"]\n    better: [доставка за два дня]\n    why: { en: Vague., zh: 含糊。, ru: Расплывчато. }\n';

describe('loadResources', () => {
  it('does not load the validators for a config without data files', async () => {
    const dir = project({ 'otvet.config.yaml': 'target: ru\n' });
    const loaded = await loadConfig(dir, undefined, catalog);
    let calls = 0;
    const resources = await loadResources(dir, loaded, async () => {
      calls++;
      return loadResourceValidators();
    });
    expect(resources).toEqual({});
    expect(calls).toBe(0);
  });
  it('loads them for a phrasebook, and validates it with them', async () => {
    const dir = project({ 'otvet.config.yaml': 'phrasebooks: ["p.yaml"]\n', 'p.yaml': PHRASEBOOK });
    const loaded = await loadConfig(dir, undefined, catalog);
    let calls = 0;
    const resources = await loadResources(dir, loaded, async () => {
      calls++;
      return loadResourceValidators();
    });
    expect(calls).toBe(1);
    expect(resources.phrasebook).toHaveLength(1);
    const validators = await loadResourceValidators();
    expect(Object.keys(validators)).toContain('phrasebook');
    expect(validators.phrasebook!({ entries: [{ id: 'Bad Id' }] })).toBe(false);
  });
});
