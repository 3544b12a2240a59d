import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fromCsv, fromTbx, toCsv, toTbx } from './exchange.js';
import { normalizeTerm, type GlossaryEntry } from './types.js';
import { base, tricky as trickyEntries } from './exchange.test-helper.js';

const tricky: GlossaryEntry[] = trickyEntries('старый', 'old');

describe('TBX', () => {
  it('export then import gives back the same term base', () => {
    expect(fromTbx(toTbx(base), 'x.tbx')).toEqual(base);
    expect(fromTbx(toTbx(tricky), 'x.tbx')).toEqual(tricky);
  });
  it('is well-formed XML with the TBX-Basic structure', () => {
    const xml = toTbx([...base, ...tricky]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    type Node = Record<string, unknown>;
    const kids = (node: unknown, name: string): Node[] => ((node as Node)[name] as Node[] | undefined) ?? [];
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (_name: string, _path: unknown, _leaf: boolean, attribute: boolean) => !attribute }).parse(xml) as Node;
    const martif = kids(doc, 'martif')[0]!;
    expect(martif['@_type']).toBe('TBX-Basic');
    expect(martif['@_xml:lang']).toBe('en');
    expect(kids(kids(kids(kids(martif, 'martifHeader')[0], 'fileDesc')[0], 'sourceDesc')[0], 'p')).toEqual(['otvet glossary']);
    const entries = kids(kids(kids(martif, 'text')[0], 'body')[0], 'termEntry');
    expect(entries).toHaveLength(base.length + tricky.length);
    const statuses = new Set(['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts']);
    for (const entry of entries) {
      expect(entry['@_id']).toMatch(/^[a-z0-9-]+$/);
      expect(kids(entry, 'langSet').length).toBeGreaterThan(0);
      for (const langSet of kids(entry, 'langSet')) {
        expect(['zh', 'ru', 'en']).toContain(langSet['@_xml:lang']);
        for (const tig of kids(langSet, 'tig')) {
          expect(String((tig.term as unknown[])[0]).length).toBeGreaterThan(0);
          for (const note of kids(tig, 'termNote')) {
            expect(note['@_type']).toBe('administrativeStatus');
            expect(statuses.has(String(note['#text']))).toBe(true);
          }
        }
      }
    }
  });
  it('reads TBX v3 (conceptEntry / langSec / termSec)', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="parcel"><langSec xml:lang="zh-CN"><termSec><term>包裹</term></termSec></langSec>
<langSec xml:lang="ru-RU"><termSec><term>посылка</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>пакет</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec></langSec></conceptEntry></body></text></tbx>`;
    expect(fromTbx(xml, 'v3.tbx')).toEqual([normalizeTerm({ id: 'parcel', zh: ['包裹'], ru: ['посылка'], forbidden: ['пакет'] })]);
  });
  it('reports broken XML at its line and column', () => {
    expect(() => fromTbx('<martif>\n<text>\n</martif>', 'bad.tbx')).toThrow(/Not well-formed XML/);
    try {
      fromTbx('<martif>\n<text>\n</martif>', 'bad.tbx');
    } catch (error) {
      expect((error as { format(l: string): string }).format('en')).toMatch(/^bad\.tbx:3:\d+: /);
    }
    expect(() => fromTbx('<html/>', 'x.tbx')).toThrow(/Not a TBX file/);
  });
});

describe('CSV', () => {
  it('has a BOM, CRLF and a header; export then import round-trips', () => {
    const csv = toCsv([...base, ...tricky]);
    expect(csv.startsWith('\uFEFFid,zh,ru,forbidden,en,translate,status,domain,note\r\n')).toBe(true);
    expect(fromCsv(csv, 'x.csv')).toEqual([...base, ...tricky]);
  });
  it('reads a hand-made CSV with some columns', () => {
    expect(fromCsv('ID,ZH,RU\r\nparcel,包裹,посылка | отправление\r\n', 'x.csv')).toEqual([normalizeTerm({ id: 'parcel', zh: ['包裹'], ru: ['посылка', 'отправление'] })]);
  });
  it('reports unknown columns and bad values with their row', () => {
    expect(() => fromCsv('id,colour\r\na,red\r\n', 'x.csv')).toThrow(/Unknown CSV column “colour”/);
    expect(() => fromCsv('zh\r\n包裹\r\n', 'x.csv')).toThrow(/id missing/);
    expect(() => fromCsv('id,status\r\na,final\r\n', 'x.csv')).toThrow(/Row 2: status “final”/);
    expect(() => fromCsv('id,translate\r\na,maybe\r\n', 'x.csv')).toThrow(/translate “maybe”/);
    expect(() => fromCsv('id\r\nBad Id\r\n', 'x.csv')).toThrow(/kebab-case/);
    expect(() => fromCsv('id,zh\r\na,"x\r\n', 'x.csv')).toThrow(/Cannot read the CSV/);
    expect(fromCsv('', 'x.csv')).toEqual([]);
  });
});
