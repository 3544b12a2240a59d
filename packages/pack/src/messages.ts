/** Messages of pack building and verification, in every language. */
import type { Localized } from '@otvet/core';

export const packMessages = {
  'blocked-finding': {
    en: '{where} {rule}: {message}',
    zh: '{where} {rule}：{message}',
    ru: '{where} {rule}: {message}',
  },
  'blocked-verdict': {
    en: 'template “{id}” ({path}): error rate {rate} — {verdict}',
    zh: '模板“{id}”（{path}）：错误率 {rate} — {verdict}',
    ru: 'шаблон «{id}» ({path}): доля ошибок {rate} — {verdict}',
  },
  'blocked-unchecked-file': {
    en: '{path}: not checked — the file (or an entry of its template list) could not be read as templates; fix the YAML or schema errors above',
    zh: '{path}：未检查 — 无法把该文件（或其模板列表中的某一项）读取为模板；请先修正上面的 YAML 或结构错误',
    ru: '{path}: не проверен — файл (или элемент его списка шаблонов) не удалось прочитать как шаблоны; исправьте ошибки YAML или схемы, указанные выше',
  },
  'blocked-unchecked-template': {
    en: 'template “{id}” ({path}): not checked — its entry does not match the template format; fix the schema errors above',
    zh: '模板“{id}”（{path}）：未检查 — 该条目不符合模板格式；请先修正上面的结构错误',
    ru: 'шаблон «{id}» ({path}): не проверен — запись не соответствует формату шаблона; исправьте ошибки схемы, указанные выше',
  },
  'blocked-length': {
    en: 'template “{id}” ({path}): {length} characters when sent, over maxLength {max}',
    zh: '模板“{id}”（{path}）：发送时 {length} 个字符，超过 maxLength {max}',
    ru: 'шаблон «{id}» ({path}): {length} символов в отправленном виде, больше maxLength {max}',
  },
  'blocked-target': {
    en: 'template “{id}” ({path}): no “{target}” text to publish',
    zh: '模板“{id}”（{path}）：没有可发布的“{target}”文本',
    ru: 'шаблон «{id}» ({path}): нет текста «{target}» для публикации',
  },
  'blocked-empty': {
    en: 'the pack has no templates',
    zh: '模板包中没有模板',
    ru: 'в наборе нет шаблонов',
  },
  'verify-missing': {
    en: '{file}: listed in the manifest but missing',
    zh: '{file}：清单中列出，但文件不存在',
    ru: '{file}: указан в манифесте, но отсутствует',
  },
  'verify-checksum': {
    en: '{file}: sha256 {actual} does not match the manifest ({expected})',
    zh: '{file}：sha256 {actual} 与清单（{expected}）不一致',
    ru: '{file}: sha256 {actual} не совпадает с манифестом ({expected})',
  },
  'verify-extra': {
    en: '{file}: not listed in the manifest',
    zh: '{file}：清单中没有列出',
    ru: '{file}: не указан в манифесте',
  },
  'verify-unlisted': {
    en: '{file}: every pack has this file, but the manifest does not list it',
    zh: '{file}：每个模板包都有这个文件，但清单中没有列出',
    ru: '{file}: этот файл есть в каждом наборе, но манифест его не указывает',
  },
  'verify-unknown': {
    en: '{file}: listed in the manifest, but a pack has no such file (only templates.csv, templates.json, templates.xlsx and {zip}); not read',
    zh: '{file}：清单中列出，但模板包中不应有此文件（只有 templates.csv、templates.json、templates.xlsx 和 {zip}）；未读取',
    ru: '{file}: указан в манифесте, но такого файла в наборе быть не может (только templates.csv, templates.json, templates.xlsx и {zip}); не прочитан',
  },
  'verify-unsafe': {
    en: '{file}: the manifest names a path outside the pack (absolute, “..”, a backslash, a drive letter or NUL); not read',
    zh: '{file}：清单中的路径指向模板包之外（绝对路径、“..”、反斜杠、盘符或 NUL）；未读取',
    ru: '{file}: манифест указывает путь за пределами набора (абсолютный, «..», обратная косая черта, буква диска или NUL); не прочитан',
  },
  'verify-not-file': {
    en: '{file}: not a regular file (a link, a directory or a device); not read',
    zh: '{file}：不是普通文件（链接、目录或设备）；未读取',
    ru: '{file}: не обычный файл (ссылка, каталог или устройство); не прочитан',
  },
  'verify-too-large': {
    en: '{file}: larger than {limit} bytes; not read',
    zh: '{file}：超过 {limit} 字节；未读取',
    ru: '{file}: больше {limit} байт; не прочитан',
  },
  'verify-unreadable': {
    en: '{file}: cannot be read ({detail})',
    zh: '{file}：无法读取（{detail}）',
    ru: '{file}: не читается ({detail})',
  },
  'verify-json': {
    en: '{file}: not valid JSON ({detail})',
    zh: '{file}：不是有效的 JSON（{detail}）',
    ru: '{file}: это не корректный JSON ({detail})',
  },
  'verify-zip-broken': {
    en: '{file}: not a readable zip ({detail})',
    zh: '{file}：不是可读取的 zip 文件（{detail}）',
    ru: '{file}: не читается как zip ({detail})',
  },
  'verify-zip-missing': {
    en: '{file}: the zip has no {entry}',
    zh: '{file}：zip 中没有 {entry}',
    ru: '{file}: в zip нет {entry}',
  },
  'verify-zip-extra': {
    en: '{file}: the zip holds “{entry}”, which is not a file of a pack',
    zh: '{file}：zip 中有“{entry}”，它不属于模板包',
    ru: '{file}: в zip есть «{entry}», а такого файла в наборе нет',
  },
  'verify-zip-duplicate': {
    en: '{file}: the zip holds {entry} more than once',
    zh: '{file}：zip 中的 {entry} 出现了不止一次',
    ru: '{file}: {entry} встречается в zip больше одного раза',
  },
  'verify-zip-size': {
    en: '{file}: the zip says its {entry} has {declared} bytes, the pack’s {entry} has {actual}; not unpacked',
    zh: '{file}：zip 声明其中的 {entry} 有 {declared} 字节，而模板包中的 {entry} 有 {actual} 字节；未解压',
    ru: '{file}: по данным zip, {entry} в нём занимает {declared} байт, а {entry} в наборе — {actual}; не распакован',
  },
  'verify-zip-over': {
    en: '{file}: its {entry} unpacks to more than the {limit} bytes of the pack’s {entry}; unpacking stopped there',
    zh: '{file}：其中的 {entry} 解压后超过模板包中 {entry} 的 {limit} 字节；已在此处停止解压',
    ru: '{file}: {entry} из zip распаковывается больше чем в {limit} байт (размер {entry} в наборе); распаковка остановлена',
  },
  'verify-zip-differs': {
    en: '{file}: its {entry} differs from the pack’s {entry}',
    zh: '{file}：其中的 {entry} 与模板包中的 {entry} 不一致',
    ru: '{file}: {entry} в zip отличается от {entry} в наборе',
  },
  'verify-count': {
    en: 'templates.json holds {actual} templates, the manifest says {expected}',
    zh: 'templates.json 中有 {actual} 个模板，清单中写的是 {expected}',
    ru: 'в templates.json шаблонов: {actual}, а в манифесте: {expected}',
  },
  'bad-manifest': {
    en: '{path}: not a pack manifest ({detail})',
    zh: '{path}：不是有效的模板包清单（{detail}）',
    ru: '{path}: это не манифест набора ({detail})',
  },
  'no-manifest': {
    en: 'No pack at {path}: manifest.json is missing or unreadable.',
    zh: '{path} 不是模板包：manifest.json 不存在或无法读取。',
    ru: 'По пути {path} нет набора: manifest.json отсутствует или не читается.',
  },
  'write-not-dir': {
    en: 'Cannot write the pack into {path}: {file} is a file, not a directory. Give --out-dir a directory, or move that file away.',
    zh: '无法把模板包写入 {path}：{file} 是文件而不是目录。请为 --out-dir 指定一个目录，或移走该文件。',
    ru: 'Не удалось записать набор в {path}: {file} — файл, а не каталог. Укажите в --out-dir каталог или уберите этот файл.',
  },
  'write-denied': {
    en: 'Cannot write the pack into {path}: no permission to write {file} ({code}). Make the directory writable or choose another --out-dir.',
    zh: '无法把模板包写入 {path}：没有写入 {file} 的权限（{code}）。请让该目录可写，或用 --out-dir 指定其他目录。',
    ru: 'Не удалось записать набор в {path}: нет прав на запись {file} ({code}). Разрешите запись в каталог или укажите другой --out-dir.',
  },
  'write-full': {
    en: 'Cannot write the pack into {path}: the disk is full ({code}) while writing {file}; the previous pack is unchanged. Free some space and run again.',
    zh: '无法把模板包写入 {path}：写入 {file} 时磁盘已满（{code}）；原有模板包未改动。请释放空间后重新运行。',
    ru: 'Не удалось записать набор в {path}: диск заполнен ({code}) при записи {file}; прежний набор не изменён. Освободите место и запустите снова.',
  },
  'write-failed': {
    en: 'Cannot write the pack into {path}: {file}: {code}. Check the directory and run again.',
    zh: '无法把模板包写入 {path}：{file}：{code}。请检查该目录后重新运行。',
    ru: 'Не удалось записать набор в {path}: {file}: {code}. Проверьте каталог и запустите снова.',
  },
  'epoch-range': {
    en: 'SOURCE_DATE_EPOCH {value} is out of range: zip timestamps go from 1980 to 2099, so use 0 to 4102444799 (2099-12-31 23:59:59 UTC).',
    zh: 'SOURCE_DATE_EPOCH {value} 超出范围：zip 时间戳只能在 1980 年到 2099 年之间，请使用 0 到 4102444799（2099-12-31 23:59:59 UTC）之间的值。',
    ru: 'SOURCE_DATE_EPOCH {value} вне допустимого диапазона: время в zip — с 1980 по 2099 год, укажите значение от 0 до 4102444799 (2099-12-31 23:59:59 UTC).',
  },
  'lock-held': {
    en: '{file} has been held for {seconds} s by process {pid} on {host}. If no otvet pack is running, remove {file} and run again.',
    zh: '{file} 已被 {host} 上的进程 {pid} 占用 {seconds} 秒。如果没有正在运行的 otvet pack，请删除 {file} 后重新运行。',
    ru: '{file} уже {seconds} с занят процессом {pid} на {host}. Если otvet pack не запущен, удалите {file} и запустите снова.',
  },
  'bad-lock-timeout': {
    en: 'OTVET_LOCK_TIMEOUT must be a number of seconds, got “{value}”.',
    zh: 'OTVET_LOCK_TIMEOUT 必须是秒数，收到的是“{value}”。',
    ru: 'OTVET_LOCK_TIMEOUT должен быть числом секунд, получено «{value}».',
  },
} satisfies Record<string, Localized>;

/** templates.xlsx (`pack --xlsx`): its sheet's name and column headers, in the run's language. */
export const xlsxLabels = {
  sheet: { en: 'templates', zh: '模板', ru: 'шаблоны' },
  id: { en: 'ID', zh: 'ID', ru: 'ID' },
  title: { en: 'Title', zh: '标题', ru: 'Заголовок' },
  tags: { en: 'Tags', zh: '标签', ru: 'Теги' },
  source: { en: 'Source ({locale})', zh: '原文（{locale}）', ru: 'Оригинал ({locale})' },
  target: { en: 'Translation ({locale})', zh: '译文（{locale}）', ru: 'Перевод ({locale})' },
  example: { en: 'As the buyer reads it ({locale})', zh: '买家看到的文本（{locale}）', ru: 'Как прочтёт покупатель ({locale})' },
  verdict: { en: 'Verdict', zh: '结论', ru: 'Вердикт' },
  rate: { en: 'Error rate', zh: '错误率', ru: 'Доля ошибок' },
  length: { en: 'Characters when sent', zh: '发送时字符数', ru: 'Символов при отправке' },
  file: { en: 'File', zh: '文件', ru: 'Файл' },
} satisfies Record<string, Localized>;
