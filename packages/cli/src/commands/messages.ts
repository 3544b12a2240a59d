/** Messages of `pack`, `verify` and `init`, in every language. */
import { localize, type Lang, type Localized } from '@otvet/core';

export const commandMessages = {
  'pack-refused': {
    en: 'The pack was not built, and nothing was written. Problems in the way: {count}.',
    zh: '未生成模板包：有 {count} 个问题阻止发布（没有写入任何文件）。',
    ru: 'Набор не собран: мешают проблемы ({count}); ничего не записано.',
  },
  'pack-refused-hint': {
    en: 'Run “otvet lint” for details, fix the templates and run “otvet pack” again.',
    zh: '运行“otvet lint”查看详情，修改模板后重新运行“otvet pack”。',
    ru: 'Подробности — в «otvet lint»; исправьте шаблоны и снова запустите «otvet pack».',
  },
  'pack-written': {
    en: 'Pack written: {path} ({templates}, {files}; error rate {rate}).',
    zh: '模板包已生成：{path}（{templates}，{files}；错误率 {rate}）。',
    ru: 'Набор записан: {path} ({templates}, {files}; доля ошибок {rate}).',
  },
  'pack-config': {
    en: 'otvet pack needs the pack’s name and version in {path}: add “pack: {name: my-shop, version: 1.0.0}”.',
    zh: 'otvet pack 需要在 {path} 中写明模板包的名称和版本：添加“pack: {name: my-shop, version: 1.0.0}”。',
    ru: 'Для otvet pack укажите имя и версию набора в {path}: добавьте «pack: {name: my-shop, version: 1.0.0}».',
  },
  'bad-epoch': {
    en: 'SOURCE_DATE_EPOCH must be a whole number of seconds, got “{value}”.',
    zh: 'SOURCE_DATE_EPOCH 必须是整数秒，收到的是“{value}”。',
    ru: 'SOURCE_DATE_EPOCH должен быть целым числом секунд, получено «{value}».',
  },
  'changes-heading': {
    en: 'Changes since {old} ({unchanged} unchanged)',
    zh: '自 {old} 以来的变更（{unchanged} 个未变）',
    ru: 'Изменения с {old} (без изменений: {unchanged})',
  },
  'changes-added': { en: 'Added', zh: '新增', ru: 'Добавлены' },
  'changes-removed': { en: 'Removed', zh: '删除', ru: 'Удалены' },
  'changes-changed': { en: 'Changed', zh: '修改', ru: 'Изменены' },
  'changes-none': { en: 'No changes.', zh: '没有变更。', ru: 'Изменений нет.' },
  'verify-ok': {
    en: 'Pack {path} is intact: {files} checked against the manifest ({name} {version}).',
    zh: '模板包 {path} 完好：{files}与清单一致（{name} {version}）。',
    ru: 'Набор {path} цел: файлов, совпадающих с манифестом: {count} ({name} {version}).',
  },
  'verify-failed': {
    en: 'Pack {path} does NOT match its manifest: {problems}.',
    zh: '模板包 {path} 与清单不一致：{problems}。',
    ru: 'Набор {path} НЕ совпадает с манифестом: проблем — {count}.',
  },
  'init-created': { en: 'created {path}', zh: '已创建 {path}', ru: 'создан {path}' },
  'init-kept': {
    en: 'kept {path} (it exists; not overwritten)',
    zh: '保留 {path}（文件已存在，未覆盖）',
    ru: 'оставлен {path} (уже существует, не перезаписан)',
  },
  'init-next': {
    en: 'Next: run “otvet lint”, then “otvet pack”. To lint staged templates before each commit: git config core.hooksPath .githooks (pre-commit, lint-staged, husky and simple-git-hooks: see the otvet README).',
    zh: '下一步：运行“otvet lint”，然后运行“otvet pack”。要在每次提交前检查暂存的模板：git config core.hooksPath .githooks（pre-commit、lint-staged、husky、simple-git-hooks 的用法见 otvet 的 README）。',
    ru: 'Дальше: запустите «otvet lint», затем «otvet pack». Чтобы проверять шаблоны перед каждым коммитом: git config core.hooksPath .githooks (pre-commit, lint-staged, husky и simple-git-hooks — см. README otvet).',
  },
} satisfies Record<string, Localized>;

export type CommandMessageId = keyof typeof commandMessages;

export function say(lang: Lang, id: CommandMessageId, data: Record<string, string | number> = {}): string {
  return localize(commandMessages[id], lang, data);
}
