import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium (Debian's package) with the built extension; one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
