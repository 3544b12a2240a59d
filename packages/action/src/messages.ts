/** What the action itself says (otvet's own reports speak for themselves), in zh, en and ru. */
import { localize, type Lang, type Localized } from '@otvet/core/i18n';

export const actionMessages = {
  'bad-command': {
    en: 'Unknown command “{value}”: use lint, pack or verify.',
    zh: '未知命令“{value}”：请使用 lint、pack 或 verify。',
    ru: 'Неизвестная команда «{value}»: используйте lint, pack или verify.',
  },
  'bad-zip': {
    en: 'zip must be true or false, not “{value}”.',
    zh: 'zip 只能是 true 或 false，而不是“{value}”。',
    ru: 'zip может быть только true или false, а не «{value}».',
  },
  'bad-lang': {
    en: 'Unknown language “{value}”: use en, zh or ru.',
    zh: '未知语言“{value}”：请使用 en、zh 或 ru。',
    ru: 'Неизвестный язык «{value}»: используйте en, zh или ru.',
  },
  'no-directory': {
    en: 'working-directory “{path}” is not a directory of the repository.',
    zh: 'working-directory“{path}”不是仓库中的目录。',
    ru: 'working-directory «{path}» — не каталог репозитория.',
  },
  'verify-no-paths': {
    en: 'verify needs the packs to check: list their directories (or zips) in paths.',
    zh: 'verify 需要要检查的包：请在 paths 中列出包的目录（或 zip 文件）。',
    ru: 'verify нужно знать, какие пакеты проверять: перечислите их каталоги (или zip) в paths.',
  },
  'node-too-old': {
    en: 'otvet needs Node.js 20.10 or later; this job runs {version}. Add actions/setup-node with node-version: 20 before this step.',
    zh: 'otvet 需要 Node.js 20.10 或更高版本；此任务使用的是 {version}。请在此步骤之前添加 actions/setup-node，并设置 node-version: 20。',
    ru: 'otvet нужен Node.js 20.10 или новее, а в этой задаче {version}. Добавьте перед этим шагом actions/setup-node с node-version: 20.',
  },
  using: {
    en: 'otvet {version}, {source}',
    zh: 'otvet {version}，{source}',
    ru: 'otvet {version}, {source}',
  },
  'source-project': {
    en: 'installed in the project ({path})',
    zh: '使用项目中安装的版本（{path}）',
    ru: 'установленный в проекте ({path})',
  },
  'source-action': {
    en: 'bundled with the action',
    zh: '使用 Action 自带的版本',
    ru: 'из поставки Action',
  },
  'since-bad': {
    en: 'since: “{value}” is neither an older pack (a directory, a zip or a templates.json) nor a git revision.',
    zh: 'since：“{value}”既不是旧的包（目录、zip 或 templates.json），也不是 git 版本。',
    ru: 'since: «{value}» — не старый пакет (каталог, zip или templates.json) и не ревизия git.',
  },
  'since-missing': {
    en: 'The base revision {rev} is not in the checkout, so the pack is not compared with it: check out with fetch-depth: 0.',
    zh: '检出的代码中没有基准版本 {rev}，因此无法与之比较：请在 actions/checkout 中设置 fetch-depth: 0。',
    ru: 'Базовой ревизии {rev} нет в выгруженном репозитории, поэтому пакет с ней не сравнивается: используйте checkout с fetch-depth: 0.',
  },
  'since-no-pack': {
    en: 'The templates of {rev} do not make an approved pack (otvet pack refused them), so there is nothing to compare the new pack with.',
    zh: '{rev} 中的模板无法生成通过审核的包（otvet pack 拒绝了它们），因此没有可比较的旧包。',
    ru: 'Шаблоны ревизии {rev} не дают одобренного пакета (otvet pack их отклонил), поэтому новый пакет сравнивать не с чем.',
  },
  'summary-title': {
    en: 'otvet: pack {pack}',
    zh: 'otvet：包 {pack}',
    ru: 'otvet: пакет {pack}',
  },
  'summary-no-since': {
    en: 'No earlier pack to compare with.',
    zh: '没有可比较的旧包。',
    ru: 'Сравнивать не с чем: более раннего пакета нет.',
  },
  'summary-refused': {
    en: 'otvet: the pack was not built. The templates have errors or error rates over the thresholds: see the annotations and the job log.',
    zh: 'otvet：未生成包。模板中有错误或错误率超过阈值：请查看注释和任务日志。',
    ru: 'otvet: пакет не собран. В шаблонах есть ошибки или доля ошибок выше порогов: см. аннотации и журнал задачи.',
  },
  'pack-not-found': {
    en: 'otvet pack exited 0, but no pack directory with a manifest.json was written in {dir}.',
    zh: 'otvet pack 以 0 退出，但在 {dir} 中没有写入带 manifest.json 的包目录。',
    ru: 'otvet pack завершился с кодом 0, но в {dir} не записан каталог пакета с manifest.json.',
  },
  'comment-failed': {
    en: 'Could not comment on the pull request ({detail}); what changed is on the job summary.',
    zh: '无法在拉取请求中发表评论（{detail}）；变更内容已写入任务摘要。',
    ru: 'Не удалось оставить комментарий в pull request ({detail}); изменения есть в сводке задачи.',
  },
  'comment-written': {
    en: 'What changed is on pull request #{number}.',
    zh: '变更内容已发布到拉取请求 #{number}。',
    ru: 'Изменения опубликованы в pull request #{number}.',
  },
} satisfies Record<string, Localized>;

export type ActionMessageId = keyof typeof actionMessages;

export function say(lang: Lang, id: ActionMessageId, data: Record<string, string | number> = {}): string {
  return localize(actionMessages[id], lang, data);
}
