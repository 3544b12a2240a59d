/**
 * The report formats, one entry each, as ESLint's formatter manifest: the format's name, the
 * commands that offer it, what it is for in every language, and how the CLI treats its output.
 * `--format`'s choices and help, and the format list of docs/cli.md (checked by a test), come from
 * here. A format's code is loaded only when it is chosen (the stylish and JSON reports, which a
 * pre-commit hook uses, are in the CLI itself).
 */
import type { Lang, LintResult, Localized, RuleCatalog, Thresholds } from '@otvet/core';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

/** What a format gets to write its report from. */
export interface ReportInput {
  result: LintResult;
  lang: Lang;
  /** `--quiet`: error messages only. */
  quiet: boolean;
  color: boolean;
  /** The terminal's width, when the report goes to one. */
  columns?: number;
  /** Every rule the run could report, with its meta (a plugin's too). */
  catalog: RuleCatalog;
  /** Where the report's paths are relative to, from the git work tree's root (`''`: the same). */
  base: string;
  /** otvet's version. */
  version: string;
  /** The thresholds the error rates are judged by. */
  thresholds: Thresholds;
  /** The run: the exit code it ends with, when it started and ended. */
  run: { exitCode: number; start: Date; end: Date };
}

export type ReportCommand = 'lint' | 'score';

export interface Reporter {
  name: string;
  commands: readonly ReportCommand[];
  description: Localized;
  render(input: ReportInput): Promise<string>;
  /** `--fix-dry-run`'s diff goes to stdout before the report (a person reads both); else to stderr. */
  diffOnStdout?: boolean;
  /** Notes besides the report (what `--fix` fixed, too many warnings) are left out: stderr too is read by a program. */
  noNotes?: boolean;
  /** Paths relative to the git work tree's root, as GitHub resolves annotations and SARIF results (JUnit: a case's `file`). */
  repositoryPaths?: boolean;
  /** With `GITHUB_STEP_SUMMARY` set (a GitHub Actions step), Markdown to add to the job's summary. */
  jobSummary?(input: ReportInput): Promise<string>;
}

export const REPORTERS: readonly Reporter[] = [
  {
    name: 'stylish',
    commands: ['lint'],
    description: {
      en: 'for a terminal: findings by file, then the error rate and the templates over the thresholds (the default)',
      zh: '终端显示：按文件列出问题，然后是错误率和超过阈值的模板（默认）',
      ru: 'для терминала: находки по файлам, затем доля ошибок и шаблоны сверх порогов (по умолчанию)',
    },
    diffOnStdout: true,
    render: (input) => formatStylish(input.result, input),
  },
  {
    name: 'table',
    commands: ['score'],
    description: {
      en: 'the error-rate table: words, penalty, rate, verdict and errors left before each threshold, per template (the default of score)',
      zh: '错误率表：每个模板的词数、扣分、错误率、结论以及距各阈值还剩的错误数（score 的默认格式）',
      ru: 'таблица доли ошибок: слова, штраф, доля, вердикт и запас до каждого порога по шаблонам (по умолчанию для score)',
    },
    render: async (input) => (await import('./score.js')).formatScoreTable(input.result, input.lang, input.thresholds),
  },
  {
    name: 'json',
    commands: ['lint', 'score'],
    description: {
      en: 'the JSON report (every finding, score and verdict; schema/report.schema.json)',
      zh: 'JSON 报告（所有问题、评分和结论；schema/report.schema.json）',
      ru: 'отчёт JSON (все находки, оценки и вердикты; schema/report.schema.json)',
    },
    noNotes: true,
    render: async (input) => formatJson(input.result, input.quiet),
  },
  {
    name: 'sarif',
    commands: ['lint'],
    description: {
      en: 'SARIF 2.1.0 for code scanning (GitHub: upload-sarif), with each rule’s help',
      zh: '用于代码扫描的 SARIF 2.1.0（GitHub：upload-sarif），附每条规则的说明',
      ru: 'SARIF 2.1.0 для code scanning (GitHub: upload-sarif), со справкой по каждому правилу',
    },
    repositoryPaths: true,
    render: async (input) => (await import('./sarif.js')).formatSarif(input.result, input),
  },
  {
    name: 'github',
    commands: ['lint'],
    description: {
      en: 'GitHub Actions annotations on the pull request’s lines, and the job summary',
      zh: 'GitHub Actions 注释（显示在拉取请求的行上）和作业摘要',
      ru: 'аннотации GitHub Actions на строках pull request и сводка задания',
    },
    repositoryPaths: true,
    render: async (input) => (await import('./github.js')).formatGithub(input.result, input),
    jobSummary: async (input) => (await import('./github.js')).githubSummary(input.result, input),
  },
  {
    name: 'junit',
    commands: ['lint'],
    description: {
      en: 'JUnit XML for CI test reports (GitLab, Jenkins, Azure Pipelines): a case per template',
      zh: 'JUnit XML，供 CI 测试报告使用（GitLab、Jenkins、Azure Pipelines）：每个模板一个用例',
      ru: 'JUnit XML для отчётов CI (GitLab, Jenkins, Azure Pipelines): по тесту на шаблон',
    },
    repositoryPaths: true,
    render: async (input) => (await import('./junit.js')).formatJunit(input.result, input),
  },
  {
    name: 'html',
    commands: ['lint'],
    description: {
      en: 'one self-contained page for a browser or a CI artifact: the verdict, a chart against the thresholds, each template’s text with its findings marked, filters and search',
      zh: '一个独立的网页，可在浏览器中打开或作为 CI 附件：结论、对照阈值的图表、每个模板标出问题的文本、筛选和搜索',
      ru: 'одна самодостаточная страница для браузера или артефакта CI: вердикт, график относительно порогов, текст каждого шаблона с отмеченными находками, фильтры и поиск',
    },
    render: async (input) => (await import('./html.js')).formatHtml(input.result, input),
  },
];

/** The formats a command offers, in the registry's order. */
export const reportersOf = (command: ReportCommand): Reporter[] => REPORTERS.filter((r) => r.commands.includes(command));

/** The format of that name that the command offers. */
export const reporterOf = (command: ReportCommand, name: string): Reporter | undefined => reportersOf(command).find((r) => r.name === name);
