import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import wordListSchema from '../../rules/schema/word-list.schema.json';
import { Analyser, analyse, fileSource, getAnalyser, inflect, type Reading } from './index.js';
import { readIndexFile } from './index-file.js';

const INDEX = fileURLToPath(new URL('../data/ru-morph.bin', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const HOT_WORDS = fileURLToPath(new URL('./hot-words.yaml', import.meta.url));

/** A reading written as "lemma POS grammeme…" (grammemes in any order, a subset of the reading's). */
function matches(r: Reading, spec: string): boolean {
  const [lemma, ...grammemes] = spec.split(' ');
  return r.lemma === lemma && !r.predicted && grammemes.every((g) => r.tags.has(g));
}

/**
 * Word forms and their readings. A row lists readings that must all be found (" | " between
 * them); a row starting with "=" lists every reading the word has, no more.
 */
const TABLE: [string, string][] = [
  // Nouns: case and number, and the forms that coincide.
  ['заказ', 'заказ NOUN inan masc sing nomn | заказ NOUN masc sing accs'],
  ['заказа', '=заказ NOUN masc sing gent'],
  ['заказу', '=заказ NOUN masc sing datv'],
  ['заказом', '=заказ NOUN masc sing ablt'],
  ['заказе', '=заказ NOUN masc sing loct'],
  ['заказы', 'заказ NOUN plur nomn | заказ NOUN plur accs'],
  ['заказов', '=заказ NOUN plur gent'],
  ['заказам', '=заказ NOUN plur datv'],
  ['заказами', '=заказ NOUN plur ablt'],
  ['посылка', '=посылка NOUN inan femn sing nomn'],
  ['посылку', '=посылка NOUN femn sing accs'],
  ['посылки', 'посылка NOUN sing gent | посылка NOUN plur nomn | посылка NOUN plur accs'],
  ['посылкой', 'посылка NOUN femn sing ablt'],
  ['доставка', 'доставка NOUN femn sing nomn'],
  ['доставки', 'доставка NOUN sing gent | доставка NOUN plur nomn'],
  ['доставке', 'доставка NOUN sing datv | доставка NOUN sing loct'],
  ['товар', 'товар NOUN inan masc sing nomn | товар NOUN sing accs'],
  ['товара', 'товар NOUN sing gent'],
  ['товаров', 'товар NOUN plur gent'],
  ['товарах', 'товар NOUN plur loct'],
  ['магазином', '=магазин NOUN masc sing ablt'],
  ['магазине', 'магазин NOUN sing loct'],
  ['понимания', 'понимание NOUN neut sing gent | понимание NOUN plur nomn'],
  ['понимание', 'понимание NOUN neut sing nomn | понимание NOUN sing accs'],
  ['терпение', 'терпение NOUN neut sing nomn | терпение NOUN sing accs'],
  ['размер', 'размер NOUN masc sing nomn'],
  ['размеры', 'размер NOUN plur nomn'],
  ['цвет', 'цвет NOUN masc sing nomn'],
  ['возврат', 'возврат NOUN masc sing nomn'],
  ['возврата', 'возврат NOUN sing gent'],
  ['отзыв', 'отзыв NOUN masc sing nomn'],
  ['оплата', 'оплата NOUN femn sing nomn'],
  ['оплаты', 'оплата NOUN sing gent'],
  ['покупатель', 'покупатель NOUN anim masc sing nomn'],
  ['покупателя', 'покупатель NOUN anim sing gent | покупатель NOUN anim sing accs'],
  ['покупателей', 'покупатель NOUN plur gent | покупатель NOUN plur accs'],
  // The dictionary's own lemmas: «деньги» under «деньга», ordinals under their cardinal.
  ['деньги', 'деньга NOUN plur nomn | деньга NOUN sing gent'],
  ['денег', '=деньга NOUN plur gent'],
  ['людей', 'человек NOUN anim plur gent | человек NOUN plur accs'],
  ['дня', 'день NOUN masc sing gent'],
  ['дней', 'день NOUN plur gent'],
  ['часа', 'час NOUN sing gent'],
  ['чаю', 'чай NOUN sing gen2 | чай NOUN sing datv'],
  ['лесу', 'лес NOUN sing loc2 | лес NOUN sing datv'],
  ['пальто', 'пальто NOUN Fixd'],
  ['кофе', 'кофе NOUN Fixd'],
  ['время', 'время NOUN neut sing nomn | время NOUN sing accs'],
  ['имени', 'имя NOUN sing gent'],
  ['мать', 'мать NOUN anim femn sing nomn'],
  ['дочерью', 'дочь NOUN sing ablt'],
  // Adjectives, participles, pronominal adjectives, ordinals.
  ['новый', 'новый ADJF masc sing nomn | новый ADJF inan masc sing accs'],
  ['новом', 'новый ADJF masc sing loct | новый ADJF neut sing loct'],
  ['новым', 'новый ADJF masc sing ablt | новый ADJF plur datv'],
  ['новая', '=новый ADJF Qual femn sing nomn'],
  ['новой', 'новый ADJF femn sing gent | новый ADJF femn sing ablt | новый ADJF femn sing loct'],
  ['новы', 'новый ADJS plur'],
  ['нов', 'новый ADJS masc sing'],
  ['новее', 'новый COMP'],
  ['лучше', 'хороший COMP | лучше PRCL'],
  ['наилучший', 'хороший ADJF Supr masc sing nomn'],
  ['быстрая', 'быстрый ADJF femn sing nomn'],
  ['бесплатная', 'бесплатный ADJF femn sing nomn'],
  ['бесплатно', 'бесплатно ADVB | бесплатный ADJS neut sing'],
  ['нашем', 'наш ADJF Apro masc sing loct | наш ADJF Apro neut sing loct'],
  ['ваш', 'ваш ADJF Apro masc sing nomn'],
  ['вашего', 'ваш ADJF Apro masc sing gent'],
  ['свои', 'свой ADJF Apro plur nomn'],
  ['этой', 'этот ADJF Apro femn sing gent | этот ADJF Apro femn sing loct'],
  ['эти', 'этот ADJF Apro plur nomn'],
  ['весь', 'весь ADJF Apro masc sing nomn'],
  ['первый', 'один ADJF Anum masc sing nomn'],
  ['второго', 'два ADJF Anum masc sing gent'],
  ['отправленный', 'отправить PRTF perf pssv past masc sing nomn'],
  ['отправлен', 'отправить PRTS perf pssv masc sing'],
  ['доставлены', '=доставить PRTS perf past pssv plur'],
  ['оплаченный', 'оплатить PRTF pssv masc sing nomn'],
  ['работающий', 'работать PRTF actv pres masc sing nomn'],
  // Verbs: person, number, tense, aspect, mood; the вы- imperative against the future.
  ['отправим', 'отправить VERB perf 1per plur futr indc'],
  ['отправит', 'отправить VERB perf 3per sing futr'],
  ['отправили', 'отправить VERB perf plur past'],
  ['отправил', 'отправить VERB perf masc sing past'],
  ['отправила', 'отправить VERB perf femn sing past'],
  ['отправить', '=отправить INFN perf tran'],
  ['отправьте', 'отправить VERB perf plur impr'],
  ['отправляем', 'отправлять VERB impf 1per plur pres'],
  ['вышлите', '=выслать VERB perf tran plur impr excl'],
  ['вышлете', '=выслать VERB perf tran plur 2per futr indc'],
  ['выберите', 'выбрать VERB plur impr'],
  ['выберете', 'выбрать VERB plur 2per futr'],
  ['будут', 'быть VERB impf 3per plur futr'],
  ['будет', 'быть VERB 3per sing futr'],
  ['были', 'быть VERB plur past'],
  ['был', 'быть VERB masc sing past'],
  ['есть', 'быть VERB pres | есть INFN'],
  ['можем', 'мочь VERB impf 1per plur pres'],
  ['можете', 'мочь VERB 2per plur pres'],
  ['шёл', '=идти VERB impf intr masc sing past indc'],
  ['шел', '=идти VERB impf intr masc sing past indc'],
  ['пришлём', 'прислать VERB perf 1per plur futr'],
  ['получите', 'получить VERB perf 2per plur futr | получить VERB plur impr'],
  ['извините', 'извинить VERB plur impr'],
  ['стали', 'стать VERB plur past | сталь NOUN femn sing gent'],
  ['свяжемся', 'связаться VERB perf 1per plur futr'],
  ['отправляя', 'отправлять GRND impf pres'],
  // Pronouns, numerals, prepositions and other closed classes.
  ['мы', '=мы NPRO 1per plur nomn'],
  ['вы', '=вы NPRO 2per plur nomn'],
  ['вас', 'вы NPRO 2per plur gent | вы NPRO plur accs | вы NPRO plur loct'],
  ['вам', '=вы NPRO 2per plur datv'],
  ['нём', 'он NPRO masc 3per sing loct Af-p | оно NPRO neut sing loct'],
  ['нему', 'он NPRO sing datv Af-p'],
  ['его', 'он NPRO sing gent | он NPRO sing accs | его ADJF Apro'],
  ['два', 'два NUMR masc nomn | два NUMR inan accs'],
  ['двух', 'два NUMR gent | два NUMR loct'],
  ['пять', 'пять NUMR nomn | пять NUMR accs'],
  ['пяти', 'пять NUMR gent | пять NUMR datv'],
  ['о', 'о PREP | о INTJ'],
  ['об', 'о PREP Vpre'],
  ['с', 'с PREP'],
  ['для', 'для PREP | длить GRND'],
  ['без', 'без PREP'],
  ['и', 'и CONJ'],
  ['не', '=не PRCL'],
  ['уже', 'уже ADVB'],
  ['спасибо', 'спасибо PRCL'],
  ['пожалуйста', 'пожалуйста PRCL'],
  ['нужно', 'нужно PRED | нужный ADJS neut sing'],
  ['здравствуйте', 'здравствовать VERB impr'],
  // Proper names and abbreviations.
  ['москва', 'москва NOUN Geox femn sing nomn'],
  ['москве', 'москва NOUN Geox sing loct'],
  ['иван', 'иван NOUN anim Name masc sing nomn'],
  ['рф', 'рф NOUN Abbr Fixd'],
  ['мвд', 'мвд NOUN Abbr Fixd'],
];

describe('the analyser reads word forms as the OpenCorpora dictionary does', () => {
  it('has a table of at least 100 word forms', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(100);
  });
  for (const [word, row] of TABLE) {
    it(word, () => {
      const exact = row.startsWith('=');
      const specs = row.replace(/^=/, '').split(' | ');
      const readings = analyse(word);
      const shown = readings.map((r) => `${r.lemma} ${r.tag}${r.predicted ? ' (predicted)' : ''}`);
      for (const spec of specs) expect(readings.some((r) => matches(r, spec)), `${spec} in ${JSON.stringify(shown)}`).toBe(true);
      if (exact) expect(shown, 'no other reading').toHaveLength(specs.length);
    });
  }
});

describe('analyse', () => {
  it('reads any letter case, ё or е, soft hyphens and typographic hyphens alike', () => {
    const tags = (w: string): string[] => analyse(w).map((r) => `${r.lemma} ${r.tag}`);
    expect(tags('ЗАКАЗОМ')).toEqual(tags('заказом'));
    expect(tags('Заказом')).toEqual(tags('заказом'));
    expect(tags('пришлем')).toEqual(tags('пришлём'));
    expect(tags('за\u00adка\u00adзом')).toEqual(tags('заказом'));
    expect(tags('интернет\u2011магазина')).toEqual(tags('интернет-магазина'));
  });

  it('gives no reading to what is not a Cyrillic word', () => {
    for (const token of ['', 'order', '123', 'Wi-Fi', '-', 'заказ1', 'zakaz', '—', 'ро-', '-ка']) expect(analyse(token), token).toEqual([]);
  });

  it('reads a hyphenated word the dictionary lacks as its last part, known when every part is', () => {
    const readings = analyse('интернет-магазином');
    expect(readings.map((r) => `${r.lemma} ${r.tag}`)).toEqual(['интернет-магазин NOUN,inan,masc sing,ablt']);
    expect(readings[0]!.predicted).toBe(false);
    const odd = analyse('фывапр-магазином');
    expect(odd.length).toBeGreaterThan(0);
    expect(odd.every((r) => r.predicted && r.lemma === 'фывапр-магазин')).toBe(true);
  });

  it('predicts readings of an unknown word from its ending, and marks them', () => {
    const readings = analyse('кринжовая');
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.every((r) => r.predicted)).toBe(true);
    expect(readings.some((r) => r.pos === 'ADJF' && r.has('femn', 'sing', 'nomn') && r.lemma === 'кринжовый')).toBe(true);
    const verb = analyse('зашипперим');
    expect(verb.some((r) => r.predicted && r.pos === 'VERB' && r.has('1per', 'plur'))).toBe(true);
    expect(getAnalyser().isKnown('кринжовая')).toBe(false);
    expect(getAnalyser().isKnown('заказ')).toBe(true);
  });

  it('lists each reading once', () => {
    for (const word of ['стали', 'его', 'новым', 'понимания', 'кринжовый']) {
      const keys = analyse(word).map((r) => `${r.lemma} ${r.tag}`);
      expect(new Set(keys).size, word).toBe(keys.length);
    }
  });

  it('names the part of speech and answers has()', () => {
    const [r] = analyse('посылку');
    expect(r!.pos).toBe('NOUN');
    expect(r!.has('femn', 'accs')).toBe(true);
    expect(r!.has('femn', 'gent')).toBe(false);
    expect(r!.has()).toBe(true);
  });
});

describe('inflect', () => {
  const first = (word: string, pos: string, ...grammemes: string[]): Reading => {
    const r = analyse(word).find((x) => x.pos === pos && x.has(...grammemes));
    if (!r) throw new Error(`${word}: no ${pos} ${grammemes.join(' ')}`);
    return r;
  };

  it('changes case, number and gender and keeps the rest', () => {
    expect(inflect(first('заказом', 'NOUN'), ['gent'])).toEqual(['заказа']);
    expect(inflect(first('заказом', 'NOUN'), ['plur', 'datv'])).toEqual(['заказам']);
    expect(inflect(first('посылка', 'NOUN'), ['accs'])).toEqual(['посылку']);
    expect(inflect(first('новом', 'ADJF', 'masc', 'loct'), ['ablt'])).toEqual(['новым']);
    expect(inflect(first('нашем', 'ADJF', 'masc', 'loct'), ['loct', 'femn'])).toEqual(['нашей']);
    expect(inflect(first('свои', 'ADJF', 'plur', 'nomn'), ['sing', 'femn', 'gent'])).toEqual(['своей']);
    expect(inflect(first('вышлите', 'VERB'), ['2per', 'futr', 'indc'])).toEqual(['вышлете']);
    expect(inflect(first('товаров', 'NOUN'), ['sing', 'gent'])).toEqual(['товара']);
    expect(inflect(first('пришлём', 'VERB'), ['3per'])).toEqual(['пришлют']);
  });

  it('drops the gender of a singular for its plural', () => {
    expect(inflect(first('отправила', 'VERB', 'past', 'femn'), ['plur'])).toEqual(['отправили']);
    expect(inflect(first('рада', 'ADJS', 'femn'), ['plur'])).toEqual(['рады']);
    expect(inflect(first('новый', 'ADJF', 'masc', 'nomn'), ['plur'])).toEqual(['новые']);
  });

  it('changes the part of speech when one is asked for: the finite forms of an infinitive', () => {
    expect(inflect(first('отправить', 'INFN'), ['VERB', 'indc', '1per', 'plur'])).toEqual(['отправим']);
    expect(inflect(first('прибыть', 'INFN'), ['VERB', 'indc', '3per', 'sing'])).toEqual(['прибудет']);
    // Without it, the infinitive has no such form.
    expect(inflect(first('отправить', 'INFN'), ['indc', '1per', 'plur'])).toEqual([]);
  });

  it('keeps the stem of a hyphenated word', () => {
    expect(inflect(first('интернет-магазина', 'NOUN'), ['ablt'])).toEqual(['интернет-магазином']);
  });

  it('returns nothing for a form the lexeme lacks or a reading of another analyser', () => {
    expect(inflect(first('ножницы', 'NOUN', 'Pltm'), ['sing'])).toEqual([]);
    const foreign: Reading = { lemma: 'x', pos: 'NOUN', tags: new Set(['NOUN']), tag: 'NOUN', predicted: false, has: () => true };
    expect(inflect(foreign, ['gent'])).toEqual([]);
  });
});

describe('the index', () => {
  it('refuses a file that is not an index, or a truncated one', () => {
    expect(() => new Analyser(new Uint8Array(64))).toThrow(/not an otvet morphological index \(version 5\)/);
    const bytes = readFileSync(INDEX);
    expect(() => new Analyser(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
  });

  it('keeps its tables sorted, with every paradigm in range', () => {
    const index = readIndexFile(readFileSync(INDEX));
    const { meta, stems, endings } = index;
    const paradigms = { length: index.paradigmCount };
    const suffixes = Array.from({ length: index.suffixCount }, (_, i) => index.suffix(i));
    expect(suffixes.every((s, i) => index.suffixId(s) === i)).toBe(true);
    expect([...suffixes].sort()).toEqual(suffixes);
    expect(meta.source).toMatch(/OpenCorpora/);
    for (const table of [stems, endings]) {
      let previous: string | undefined;
      let count = 0;
      for (const [key, values] of table.entries()) {
        if (previous !== undefined) expect(key > previous, `${previous} < ${key}`).toBe(true);
        previous = key;
        count++;
        if (table === stems) for (const v of values) expect(v).toBeLessThan(paradigms.length);
        if (count > 3000) break;
      }
      expect(count).toBeGreaterThan(1000);
    }
    expect(stems.get('заказ')?.length).toBeGreaterThan(0);
    expect(stems.get('ъъъъ')).toBeUndefined();
    expect(stems.get('abc')).toBeUndefined();
  });

  it('finds every key of its tables, and nothing for a string that is not one', () => {
    const { stems, endings, splits } = readIndexFile(readFileSync(INDEX));
    for (const table of [endings, splits, stems]) {
      const all = new Map<string, string>();
      for (const [key, values] of table.entries()) {
        all.set(key, [...values].join(','));
        if (all.size >= 10_000) break;
      }
      const last = [...all.keys()].at(-1)!;
      for (const key of all.keys()) {
        for (const query of [key, `${key}я`, key.slice(0, -1), `а${key}`]) {
          // Beyond the last key read, a string's absence from the map proves nothing.
          if (query > last && !all.has(query)) continue;
          const got = table.get(query);
          expect(got && [...got].join(','), query).toBe(all.get(query));
        }
      }
    }
  });

  it('reads every frequent word as the split search does, in the same order', () => {
    const bytes = readFileSync(INDEX);
    const fast = new Analyser(bytes, { hotWords: false });
    const slow = new Analyser(bytes, { frequentWords: false, hotWords: false });
    const { stems } = readIndexFile(bytes);
    // The frequent table's words are not listed anywhere else: take a spread of dictionary forms and everyday words.
    const words = ['и', 'в', 'не', 'на', 'я', 'что', 'он', 'с', 'вы', 'мы', 'заказ', 'заказа', 'товар', 'доставка', 'стали', 'его', 'людей', 'шел', 'лучше', 'наилучший', 'было', 'есть', 'может', 'только', 'свои'];
    let frequentHits = 0;
    for (const [stem] of stems.entries()) if (stem.length > 3 && words.length < 2000) words.push(stem);
    for (const w of words) {
      const a = fast.analyse(w).map((r) => `${r.lemma} ${r.tag} ${r.predicted}`);
      const b = slow.analyse(w).map((r) => `${r.lemma} ${r.tag} ${r.predicted}`);
      expect(a, w).toEqual(b);
      if (readIndexFile(bytes).frequent(w.replaceAll('ё', 'е'))) frequentHits++;
    }
    expect(frequentHits).toBeGreaterThan(20);
  });

  it('reads every hot word exactly as it reads it without the hot section', () => {
    const bytes = readFileSync(INDEX);
    const hot = new Analyser(bytes);
    const plain = new Analyser(bytes, { hotWords: false });
    const index = readIndexFile(bytes);
    const listed = (YAML.parse(readFileSync(HOT_WORDS, 'utf8')) as { groups: { words: string[] }[] }).groups.flatMap((g) => g.words);
    /** Everything a reading holds, inflection data included. */
    const full = (r: Reading): string => JSON.stringify(r, ['lemma', 'tag', 'predicted', 'paradigm', 'form', 'stem', 'head']);
    let stored = 0;
    for (const word of listed) {
      if (!index.hot(word)) continue;
      stored++;
      expect(hot.analyse(word).map(full), word).toEqual(plain.analyse(word).map(full));
    }
    // Most of the list is stored (the rest are fragments of patterns, names, words with a predicted reading).
    expect(stored).toBeGreaterThan(listed.length * 0.8);
    expect(index.hot('заказ')?.map((r) => r.lemma)).toContain('заказ');
    // A word outside the list, and words the dictionary lacks, are not in the section.
    expect(index.hot('кринжовая')).toBeUndefined();
    expect(index.hot('ъъъ')).toBeUndefined();
    expect(listed).not.toContain('лжесвидетельствовавшими');
    expect(index.hot('лжесвидетельствовавшими')).toBeUndefined();
    // Inflection of a hot reading goes through its paradigm, as for any other.
    expect(hot.inflect(hot.analyse('заказом')[0]!, ['gent'])).toEqual(['заказа']);
  });

  it('reads a reply of hot words with a handful of reads of the file', () => {
    const file = fileSource(INDEX);
    let reads = 0;
    const counted = { size: file.size, read: (position: number, length: number) => (reads++, file.read(position, length)) };
    const analyser = new Analyser(counted);
    const words = 'здравствуйте спасибо за заказ мы отправим посылку завтра пожалуйста проверьте адрес доставки и напишите нам если у вас есть вопросы'.split(' ');
    for (const w of words) expect(analyser.analyse(w).length, w).toBeGreaterThan(0);
    // The header, the meta data, the hot section and the tags: no stem, paradigm or bucket.
    expect(reads).toBeLessThanOrEqual(4);
    const plain = new Analyser(counted, { hotWords: false });
    const before = reads;
    for (const w of words) plain.analyse(w);
    expect(reads - before).toBeGreaterThan(20);
  });

  it('writes the hot-word list from the project\'s texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'otvet-hot-'));
    try {
      const out = join(dir, 'hot-words.yaml');
      execFileSync(process.execPath, [join(ROOT, 'scripts/hot-words.mjs'), '--out', out], { stdio: 'pipe' });
      const data = YAML.parse(readFileSync(out, 'utf8')) as { groups: { words: string[] }[] };
      const ajv = new Ajv({ allErrors: true });
      expect(ajv.validate(wordListSchema, data), ajv.errorsText()).toBe(true);
      const words = data.groups.flatMap((g) => g.words);
      expect(words).toEqual([...new Set(words)].sort());
      expect(words).toContain('заказ');
      expect(words.every((w) => /^[а-я]+$/.test(w))).toBe(true);
      // --check tells a stale file from a fresh one.
      execFileSync(process.execPath, [join(ROOT, 'scripts/hot-words.mjs'), '--check', '--out', out], { stdio: 'pipe' });
      writeFileSync(out, readFileSync(out, 'utf8').replace('      - заказ\n', ''));
      expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts/hot-words.mjs'), '--check', '--out', out], { stdio: 'pipe' })).toThrow(/out of date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is read in parts from the file, with the readings it gives from memory', () => {
    const file = fileSource(INDEX);
    let read = 0;
    const counted = { size: file.size, read: (position: number, length: number) => ((read += length), file.read(position, length)) };
    const paged = new Analyser(counted);
    const whole = new Analyser(readFileSync(INDEX));
    const words = ['заказ', 'посылку', 'мы', 'во', 'вышлите', 'интернет-магазином', 'кринжовая', 'наилучший', 'его', 'Здравствуйте'];
    for (const w of words) expect(paged.analyse(w).map((r) => `${r.lemma} ${r.tag} ${r.predicted}`), w).toEqual(whole.analyse(w).map((r) => `${r.lemma} ${r.tag} ${r.predicted}`));
    expect(paged.inflect(paged.analyse('заказом')[0]!, ['gent'])).toEqual(['заказа']);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(file.size / 4);
  });

  it('is rebuilt byte for byte from the dictionary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'otvet-morph-'));
    try {
      const out = join(dir, 'ru-morph.bin');
      execFileSync(process.execPath, [join(ROOT, 'scripts/build-morph.mjs'), '--out', out], { stdio: 'pipe' });
      expect(readFileSync(out).equals(readFileSync(INDEX))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
