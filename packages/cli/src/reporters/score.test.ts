import { describe, expect, it } from 'vitest';
import { formatScoreTable, type ScoreInput } from './score.js';

describe('formatScoreTable', () => {
  it('lays out a pack of 150,000 templates (column widths without spreading every row into one call)', () => {
    const templates = Array.from({ length: 150_000 }, (_, i) => ({ id: `t-${i}`, words: 12, penalty: 0, errorRate: 0, verdict: 'pass' as const, headroom: { revise: 1, reject: 1 } }));
    const input: ScoreInput = { files: [{ path: 'templates/big.yaml', checked: true, templates }], summary: { words: 1_800_000, penalty: 0, errorRate: 0, verdict: 'pass' } };
    const lines = formatScoreTable(input, 'en', { revise: 0.03, reject: 0.05 }).split('\n');
    expect(lines[2]).toMatch(/^templates\/big\.yaml +t-0 +12 +0 +0\.0 % +pass/);
    expect(lines.filter((l) => l.includes('t-149999'))).toHaveLength(1);
  });
});
