export { lintString, lintStrings, messageLines, catalogOf, placeOf, type LintStringOptions } from './lint.js';
export { testRule, runCase, caseToYaml, type RuleTests, type InvalidCase, type ValidCase, type TextCase } from './rule-tester.js';
export { parseReadmeExamples, testReadme, type ReadmeExample } from './readme.js';
export { testFixtures, type FixtureOptions } from './fixtures.js';
export { scalarStyleFiles, lineColumn, type StyledFile } from './styles.js';
