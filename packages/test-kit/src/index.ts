export { lintLines, lintString, lintStrings, messageLines, messageIdLines, messageReports, dataJson, catalogOf, placeOf, type LintStringOptions } from './lint.js';
export {
  testRule, runCase, caseToYaml, comparableLines, expectedLineProblem, isMessageIdLine, outputProblem, renderProblems, coverageProblems,
  type RuleTests, type InvalidCase, type ValidCase, type TextCase, type CaseResult,
} from './rule-tester.js';
export { parseReadmeExamples, testReadme, type ReadmeExample } from './readme.js';
export { testFixtures, type FixtureOptions } from './fixtures.js';
export { scalarStyleFiles, lineColumn, type StyledFile } from './styles.js';
