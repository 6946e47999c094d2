import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not apply the vite plugins of wxt.config.ts.
  plugins: [WxtVitest(), preact()],
  resolve: {
    alias: [
      // Under jsdom, wxt/testing pulls esbuild, which breaks on jsdom's TextEncoder; the fake browser is all we use.
      {
        find: /^wxt\/testing$/,
        replacement: fileURLToPath(new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
