/**
 * A reading's case, number and gender, and whether a modifier's reading agrees with a noun's:
 * what the syntax layer and the grammar rules ask of the grammemes of a reading.
 */
import type { Reading } from './analyser.js';

/** The case of a reading, the second genitive/locative and the vocative folded into their case. */
export function caseOf(r: Reading): string | undefined {
  for (const g of r.tags) {
    switch (g) {
      case 'nomn': case 'gent': case 'datv': case 'accs': case 'ablt': case 'loct': return g;
      case 'gen2': return 'gent';
      case 'loc2': return 'loct';
      case 'acc2': return 'accs';
      case 'voct': return 'nomn';
      default:
    }
  }
  return undefined;
}

export function numberOf(r: Reading): 'sing' | 'plur' | undefined {
  return r.tags.has('plur') ? 'plur' : r.tags.has('sing') ? 'sing' : undefined;
}

/** A reading's gender; common gender first: the dictionary tags «глава» (a head) both femn and Ms-f. */
export function genderOf(r: Reading): 'masc' | 'femn' | 'neut' | 'Ms-f' | undefined {
  for (const g of ['Ms-f', 'masc', 'femn', 'neut'] as const) if (r.tags.has(g)) return g;
  return undefined;
}

/**
 * Whether a modifier's reading agrees with a noun's: case, number (a plurale tantum noun is
 * plural), gender in the singular (a noun of common gender takes a masculine or feminine
 * modifier), animacy in the accusative.
 */
export function agrees(m: Reading, n: Reading): boolean {
  const c = caseOf(m);
  if (c === undefined || c !== caseOf(n)) return false;
  const num = numberOf(n) ?? (n.tags.has('Pltm') ? 'plur' : undefined);
  if (numberOf(m) !== num) return false;
  if (num === 'sing') {
    const g = genderOf(n);
    const mg = genderOf(m);
    if (g !== undefined && g !== 'Ms-f' && mg !== g) return false;
    if (g === 'Ms-f' && mg !== 'masc' && mg !== 'femn') return false;
  }
  if (c === 'accs' && (m.tags.has('anim') || m.tags.has('inan'))) {
    if (n.tags.has('anim') && m.tags.has('inan')) return false;
    if (n.tags.has('inan') && m.tags.has('anim')) return false;
  }
  return true;
}
