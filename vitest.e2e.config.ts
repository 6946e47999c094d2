import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time (2-core CI), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
