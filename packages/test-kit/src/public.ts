/**
 * `@otvet/test-kit` as published beside `otvet`: what a plugin's tests need. The rest of this
 * package (the helpers otvet's own tests use) is not part of it.
 */
export { testRule, type InvalidCase, type RuleTests, type TextCase, type ValidCase } from './rule-tester.js';
export { testReadme } from './readme.js';
export { testFixtures, type FixtureOptions } from './fixtures.js';
export { lintLines, type LintStringOptions } from './lint.js';
