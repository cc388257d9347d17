import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/support/build-node-setup.ts'],
    testTimeout: 30_000,
    // Clean-ups remove temp archives a killed import may still be closing; on a busy machine that outlasts 10 s.
    hookTimeout: 60_000,
  },
});
