import { defineConfig } from 'vitest/config';
import './tests/map-group-by.ts';
import { fileURLToPath } from 'node:url';

// Browser end-to-end tests: the built extension in Debian's Chromium, driven by playwright-core.
// No WxtVitest here: these tests talk to a real browser, not to fakes.

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
