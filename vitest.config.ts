import { defineConfig } from 'vitest/config';
import './tests/map-group-by.ts';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { phraseDataVite } from './lib/checker/data/plugins';


// Unit tests: the checker, the CLI, settings. Browser end-to-end tests have their own config.
export default defineConfig({
  plugins: [WxtVitest(), phraseDataVite(import.meta.dirname)],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    // tests/unit/linear.test.ts collects garbage before it measures, so a collection does not land in one timing.
    execArgv: ['--expose-gc'],
  },
});
