import { defineConfig } from 'vitest/config';
import { yamlVite } from './scripts/lib/yaml-plugin.mjs';

export default defineConfig({
  plugins: [yamlVite],
  test: {
    // Writes the generated sources (validators, Unicode ranges) that are not committed.
    globalSetup: ['./scripts/lib/vitest-setup.mjs'],
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      // The studio's front end runs in the browser: test/studio.browser.test.ts drives it in Chromium.
      exclude: ['**/*.test.ts', '**/*.test-helper.ts', '**/generated/**', 'packages/cli/src/cli.ts', '**/*.d.ts', 'packages/studio/src/app/**'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        lines: 85,
        functions: 85,
        branches: 75,
        statements: 85,
        'packages/core/src/**': { lines: 90, functions: 90, branches: 80, statements: 90 },
      },
    },
  },
});
