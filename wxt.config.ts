import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Pressure Points',
    description: 'Highlights the levers of trade disputes in the article you read: who holds them and which way they are pulled.',
    permissions: ['storage'],
  },
  vite: () => ({
    build: {
      // Chromium refuses content scripts that are not valid UTF-8; Dexie carries raw U+FFFF, so emit ASCII only.
      rollupOptions: { output: { generatedCode: 'es2015' } },
    },
    esbuild: { charset: 'ascii' },
  }),
});
