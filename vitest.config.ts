import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/support/build-node-setup.ts'],
    testTimeout: 30_000,
  },
});
