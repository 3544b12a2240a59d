/**
 * Messages of the checks built into the loader: YAML syntax, schema, suppressions, config. The YAML
 * parser's own text (`{detail}`) exists in English only: the Chinese and Russian messages explain
 * the error in their language and cite the parser's words after it, in quotes, as a quotation.
 */
import type { Lang, Localized } from './i18n.js';

export const yamlMessages = {
  'unquoted-colon': {
    en: 'The text contains “: ”, which YAML reads as a new key. Put the whole text in quotes or write it as a block (`ru: |-` and the text on the next lines).',
    zh: '文本中含有“: ”（冒号加空格），YAML 会把它当成新的键。请把整段文本用引号括起来，或改用块格式（`ru: |-`，文本写在下一行）。',
    ru: 'В тексте есть «: », и YAML читает это как новый ключ. Возьмите весь текст в кавычки или запишите его блоком (`ru: |-`, текст — на следующих строках).',
  },
  'tab-indent': {
    en: 'Tabs are not allowed as indentation in YAML; indent with spaces.',
    zh: 'YAML 不允许用 Tab 缩进，请改用空格。',
    ru: 'В YAML нельзя делать отступы табуляцией; используйте пробелы.',
  },
  'duplicate-key': {
    en: 'Duplicate key “{key}”: the later value would silently replace the earlier one.',
    zh: '重复的键“{key}”：后面的值会悄悄覆盖前面的值。',
    ru: 'Повторяющийся ключ «{key}»: следующее значение незаметно заменит предыдущее.',
  },
  'missing-quote': {
    en: 'A quote opened here is never closed, so YAML would read the rest of the file as this text. Close the quote. (Parser: {detail}.)',
    zh: '这里的引号没有闭合，YAML 会把文件剩下的部分都当成这段文本。请补上结束引号。（解析器原文：“{detail}”）',
    ru: 'Открытая здесь кавычка не закрыта, и YAML прочитает весь остаток файла как этот текст. Закройте кавычку. (текст парсера: «{detail}»)',
  },
  'missing-char': {
    en: 'Something YAML needs is missing here: a “: ” and a value after a key, or a closing bracket. (Parser: {detail}.)',
    zh: '这里缺少 YAML 需要的内容：键后面的“: ”和值，或结束括号。（解析器原文：“{detail}”）',
    ru: 'Здесь не хватает того, что нужно YAML: «: » и значения после ключа или закрывающей скобки. (текст парсера: «{detail}»)',
  },
  'multiple-docs': {
    en: 'A template file holds one YAML document; remove the `---` separator or split the file.',
    zh: '一个模板文件只能包含一个 YAML 文档，请删除 `---` 分隔符或拆分文件。',
    ru: 'Файл шаблонов содержит один YAML-документ: уберите разделитель `---` или разделите файл.',
  },
  'bad-indent': {
    en: 'Wrong indentation: the items of one list or mapping start at the same column, and a [ or { is closed before the indentation goes back. (Parser: {detail}.)',
    zh: '缩进错误：同一个列表或映射中的各项必须从同一列开始，[ 或 { 必须在缩进退回之前闭合。（解析器原文：“{detail}”）',
    ru: 'Неверный отступ: элементы одного списка или словаря начинаются с одного столбца, а [ или { закрывается до того, как отступ уменьшится. (текст парсера: «{detail}»)',
  },
  'multiline-key': {
    en: 'A line here is read as a key that goes on over several lines: a text that continues on the next line must be indented under its key, or put in quotes. (Parser: {detail}.)',
    zh: '这里的一行被当成了跨行的键：延续到下一行的文本必须缩进到它的键之下，或者加上引号。（解析器原文：“{detail}”）',
    ru: 'Строка здесь читается как ключ на несколько строк: продолжение текста на следующей строке должно иметь отступ под своим ключом или весь текст — кавычки. (текст парсера: «{detail}»)',
  },
  unexpected: {
    en: 'YAML did not expect this here: most often text after a closing quote, or a line at the wrong indentation. Put the whole text in quotes, or check the indentation. (Parser: {detail}.)',
    zh: 'YAML 没想到这里会出现这些内容：最常见的原因是结束引号后面还有文字，或某行缩进不对。请把整段文本用引号括起来，或检查缩进。（解析器原文：“{detail}”）',
    ru: 'YAML не ожидал здесь этого: чаще всего это текст после закрывающей кавычки или строка с неверным отступом. Возьмите весь текст в кавычки или проверьте отступы. (текст парсера: «{detail}»)',
  },
  'bad-start': {
    en: 'A text cannot start with this character without quotes in YAML (@ and ` are reserved): put the whole text in quotes. (Parser: {detail}.)',
    zh: '在 YAML 中，不加引号的文本不能以这个字符开头（@ 和 ` 是保留字符）：请把整段文本用引号括起来。（解析器原文：“{detail}”）',
    ru: 'В YAML текст без кавычек не может начинаться с этого символа (@ и ` зарезервированы): возьмите весь текст в кавычки. (текст парсера: «{detail}»)',
  },
  'comment-after-text': {
    en: 'YAML reads “{comment}” as a comment, not as text: whatever follows “ #” on the line never reaches the buyer. If it belongs to the text, put the whole text in quotes; if it is a note, move it to a line of its own.',
    zh: 'YAML 会把“{comment}”当作注释而不是文本：同一行“ #”之后的内容买家永远看不到。如果它属于文本，请把整段文本用引号括起来；如果是备注，请把它单独写一行。',
    ru: 'YAML читает «{comment}» как комментарий, а не как текст: всё, что стоит в строке после « #», покупатель не увидит. Если это часть текста, возьмите весь текст в кавычки; если это заметка, перенесите её на отдельную строку.',
  },
  alias: {
    en: 'An alias (*{name}) in a template file: every value must be written out where it is used, so that it is checked and packed as it stands. Replace the alias with the value.',
    zh: '模板文件中使用了别名（*{name}）：每个值都必须在使用处完整写出，才能按原样检查和打包。请把别名替换为实际的值。',
    ru: 'Псевдоним (*{name}) в файле шаблонов: каждое значение нужно писать полностью там, где оно используется, чтобы его проверяли и упаковывали как есть. Замените псевдоним самим значением.',
  },
  anchor: {
    en: 'An anchor (&{name}) in a template file: YAML reads “&{name}” as a label, not as text, so it is missing from the text the buyer gets. If the “&” belongs to the text, put the whole text in quotes; otherwise remove “&{name}”.',
    zh: '模板文件中使用了锚点（&{name}）：YAML 把“&{name}”当作标记而不是文本，所以买家收到的文本里没有它。如果“&”是文本的一部分，请把整段文本用引号括起来；否则请删除“&{name}”。',
    ru: 'Якорь (&{name}) в файле шаблонов: YAML читает «&{name}» как метку, а не как текст, и в тексте, который получит покупатель, его нет. Если «&» — часть текста, возьмите весь текст в кавычки; иначе удалите «&{name}».',
  },
  'too-deep': {
    en: 'The file is nested more than {max} levels deep here, far deeper than a template file needs: check its indentation and brackets from this line on.',
    zh: '文件在此处的嵌套超过 {max} 层，远超模板文件所需：请从这一行起检查缩进和括号。',
    ru: 'Здесь вложенность файла больше {max} уровней, гораздо глубже, чем нужно файлу шаблонов: проверьте отступы и скобки начиная с этой строки.',
  },
  other: {
    en: 'The file is not valid YAML here; check the quotes and the indentation. (Parser: {detail}.)',
    zh: '文件在这里不是有效的 YAML，请检查引号和缩进。（解析器原文：“{detail}”）',
    ru: 'Здесь файл — не корректный YAML; проверьте кавычки и отступы. (текст парсера: «{detail}»)',
  },
  warning: {
    en: 'YAML warning: {detail}.',
    zh: 'YAML 警告（解析器原文）：“{detail}”。',
    ru: 'Предупреждение YAML (текст парсера): «{detail}».',
  },
} satisfies Record<string, Localized>;

/** Files otvet refuses to turn into data (config, glossary, phrasebooks): exit 2. */
export const limitMessages = {
  'too-deep': {
    en: 'The file is nested more than {max} levels deep here; otvet does not read it. Check its indentation and brackets from this line on.',
    zh: '文件在此处的嵌套超过 {max} 层，otvet 不予读取。请从这一行起检查缩进和括号。',
    ru: 'Здесь вложенность файла больше {max} уровней, и otvet его не читает. Проверьте отступы и скобки начиная с этой строки.',
  },
  aliases: {
    en: 'The aliases (*{name} and others) expand to more than {max} values; otvet does not read the file. Write the values out instead of repeating them through aliases.',
    zh: '别名（*{name} 等）展开后超过 {max} 个值，otvet 不读取该文件。请直接写出这些值，不要通过别名重复引用。',
    ru: 'Псевдонимы (*{name} и другие) разворачиваются больше чем в {max} значений, и otvet не читает файл. Напишите значения явно, а не повторяйте их через псевдонимы.',
  },
} satisfies Record<string, Localized>;

export const schemaMessages = {
  empty: {
    en: 'The file is empty: a template file starts with `templates:` and a list of templates.',
    zh: '文件为空：模板文件应以 `templates:` 开头，后面是模板列表。',
    ru: 'Файл пуст: файл шаблонов начинается с `templates:` и списка шаблонов.',
  },
  'unknown-key': {
    en: 'Unknown field “{key}”{hint}: otvet does not read it. Correct its name, or remove it.',
    zh: '未知字段“{key}”{hint}：otvet 不会读取它。请改正字段名，或删除该字段。',
    ru: 'Неизвестное поле «{key}»{hint}: otvet его не читает. Исправьте имя поля или удалите его.',
  },
  'missing-key': {
    en: 'Missing required field “{key}”: add “{key}:” here.',
    zh: '缺少必填字段“{key}”：请在此处加上“{key}:”。',
    ru: 'Нет обязательного поля «{key}»: добавьте здесь «{key}:».',
  },
  'wrong-type': {
    en: 'Expected {expected} here.',
    zh: '此处应为{expected}。',
    ru: 'Здесь ожидается {expected}.',
  },
  'bad-id': {
    en: 'Template id “{value}” must use lowercase Latin letters, digits and hyphens (e.g. order-delayed).',
    zh: '模板 id“{value}”只能使用小写拉丁字母、数字和连字符（例如 order-delayed）。',
    ru: 'Идентификатор шаблона «{value}» должен состоять из строчных латинских букв, цифр и дефисов (например, order-delayed).',
  },
  'bad-value': {
    en: 'Invalid value: {detail}.',
    zh: '值无效：{detail}。',
    ru: 'Недопустимое значение: {detail}.',
  },
  'empty-reason': {
    en: 'A suppression needs a reason: say why the finding is acceptable here.',
    zh: '关闭规则必须写明理由：说明为什么这里可以接受。',
    ru: 'Для отключения правила нужна причина: объясните, почему здесь это допустимо.',
  },
  'duplicate-id': {
    en: 'Duplicate template id “{id}”: already used at {where}. Give this template an id of its own.',
    zh: '模板 id“{id}”重复：已在 {where} 使用。请给这个模板另起一个 id。',
    ru: 'Повторяющийся идентификатор шаблона «{id}»: уже используется в {where}. Дайте этому шаблону собственный идентификатор.',
  },
  'missing-target': {
    en: 'The template has no “{locale}” text: the target text is required. Add “{locale}:” with the reply.',
    zh: '该模板没有“{locale}”文本：目标语言文本为必填项。请加上“{locale}:”和回复文本。',
    ru: 'У шаблона нет текста «{locale}»: текст на целевом языке обязателен. Добавьте «{locale}:» с текстом ответа.',
  },
  'empty-text': {
    en: 'The “{locale}” text is empty: write the text, or remove “{locale}:”.',
    zh: '“{locale}”文本为空：请写上文本，或删除“{locale}:”。',
    ru: 'Текст «{locale}» пуст: напишите текст или удалите «{locale}:».',
  },
} satisfies Record<string, Localized>;

export const suppressionMessages = {
  unused: {
    en: 'Unused suppression of “{rule}”: the rule reports nothing here. Remove it.',
    zh: '对“{rule}”的关闭无效：该规则在此处没有报告任何问题，请删除。',
    ru: 'Лишнее отключение «{rule}»: правило здесь ничего не находит. Удалите его.',
  },
  'unknown-rule': {
    en: 'Unknown rule “{rule}”{hint}.',
    zh: '未知规则“{rule}”{hint}。',
    ru: 'Неизвестное правило «{rule}»{hint}.',
  },
  'missing-reason': {
    en: 'Give a reason after “--”: # otvet-disable-next-line {rule} -- why it is acceptable.',
    zh: '请在“--”后写明理由：# otvet-disable-next-line {rule} -- 为什么可以接受。',
    ru: 'Укажите причину после «--»: # otvet-disable-next-line {rule} -- почему это допустимо.',
  },
} satisfies Record<string, Localized>;

export const hints = {
  didYouMean: { en: ' (did you mean “{name}”?)', zh: '（您是不是想写“{name}”？）', ru: ' (возможно, «{name}»?)' },
} satisfies Record<string, Localized>;

export const typeNames: Record<string, Localized> = {
  string: { en: 'a text', zh: '文本', ru: 'текст' },
  number: { en: 'a number', zh: '数字', ru: 'число' },
  integer: { en: 'a whole number', zh: '整数', ru: 'целое число' },
  object: { en: 'a mapping (key: value)', zh: '映射（键: 值）', ru: 'словарь (ключ: значение)' },
  array: { en: 'a list', zh: '列表', ru: 'список' },
  boolean: { en: 'true or false', zh: 'true 或 false', ru: 'true или false' },
  null: { en: 'nothing', zh: '空值', ru: 'пустое значение' },
};

/** What a JSON Schema check needs to say about a value (an ajv error's keyword and parameters). */
export interface SchemaCheck {
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

const COMPARISON: Record<string, string> = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' };

/**
 * An ajv error as words in every language: what the value must be. The validator writes English
 * only; for a check not named here, its words are quoted after an explanation, as the YAML
 * parser's are.
 */
export function schemaDetail(e: SchemaCheck): Localized {
  const p = e.params;
  const all = (en: string, zh: string, ru: string): Localized => ({ en, zh, ru });
  switch (e.keyword) {
    case 'enum': {
      const list = (p.allowedValues as unknown[]).map(String).join(', ');
      return all(`must be one of: ${list}`, `只能是以下值之一：${list}`, `допустимые значения: ${list}`);
    }
    case 'const':
      return all(`must be ${String(p.allowedValue)}`, `只能是 ${String(p.allowedValue)}`, `допустимо только ${String(p.allowedValue)}`);
    case 'type': {
      const names = String(p.type).split(',').map((t) => typeNames[t] ?? all(t, t, t));
      return all(`must be ${names.map((n) => n.en).join(' or ')}`, `应为${names.map((n) => n.zh).join('或')}`, `должно быть: ${names.map((n) => n.ru).join(' или ')}`);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = `${COMPARISON[e.keyword]} ${String(p.limit)}`;
      return all(`must be ${bound}`, `必须 ${bound}`, `должно быть ${bound}`);
    }
    case 'minLength':
      if (Number(p.limit) === 1) return all('must not be empty', '不能为空', 'не может быть пустым');
      return all(`must have at least ${String(p.limit)} characters`, `至少需要 ${String(p.limit)} 个字符`, `нужно не меньше ${String(p.limit)} символов`);
    case 'maxLength':
      return all(`must have at most ${String(p.limit)} characters`, `最多 ${String(p.limit)} 个字符`, `допустимо не больше ${String(p.limit)} символов`);
    case 'minItems':
      if (Number(p.limit) === 1) return all('must list at least one item', '至少需要一项', 'нужен хотя бы один элемент');
      return all(`must list at least ${String(p.limit)} items`, `至少需要 ${String(p.limit)} 项`, `нужно не меньше ${String(p.limit)} элементов`);
    case 'maxItems':
      return all(`must list at most ${String(p.limit)} items`, `最多 ${String(p.limit)} 项`, `допустимо не больше ${String(p.limit)} элементов`);
    case 'minProperties':
      if (Number(p.limit) === 1) return all('must have at least one key', '至少需要一个键', 'нужен хотя бы один ключ');
      return all(`must have at least ${String(p.limit)} keys`, `至少需要 ${String(p.limit)} 个键`, `нужно не меньше ${String(p.limit)} ключей`);
    case 'uniqueItems':
      return all(`lists the same item twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1})`, `同一项出现了两次（第 ${Number(p.j) + 1} 项和第 ${Number(p.i) + 1} 项）`, `один и тот же элемент дважды (элементы ${Number(p.j) + 1} и ${Number(p.i) + 1})`);
    case 'required': {
      const key = String(p.missingProperty);
      return all(`the key “${key}” is missing`, `缺少键“${key}”`, `нет ключа «${key}»`);
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return all(`unknown key “${key}”`, `未知的键“${key}”`, `неизвестный ключ «${key}»`);
    }
    case 'pattern':
      return all(`does not have the expected form (${String(p.pattern)})`, `格式不符合要求（${String(p.pattern)}）`, `не того вида (${String(p.pattern)})`);
    default: {
      const words = e.message ?? e.keyword;
      return all(words, `校验器原文：“${words}”`, `текст проверки: «${words}»`);
    }
  }
}

/** Texts in every language joined, each language's with its own (a plain string is the same in all). */
export function joinLocalized(...parts: (Localized | string)[]): Localized {
  const text = (lang: Lang): string => parts.map((p) => (typeof p === 'string' ? p : p[lang])).join('');
  return { en: text('en'), zh: text('zh'), ru: text('ru') };
}

/**
 * `message` with the slots named in `slots` filled in each language from that language's text;
 * other slots stay for {@link localize} to fill.
 */
export function fillSlots(message: Localized, slots: Record<string, Localized | string>): Localized {
  const fill = (lang: Lang): string => message[lang].replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = slots[name];
    return value === undefined ? whole : typeof value === 'string' ? value : value[lang];
  });
  return { en: fill('en'), zh: fill('zh'), ru: fill('ru') };
}

/** `message` with its `{detail}` filled in each language from `detail`'s text in that language, `prefix` before it. */
export function withDetail(message: Localized, detail: Localized, prefix = ''): Localized {
  return fillSlots(message, { detail: joinLocalized(prefix, detail) });
}
