import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The built UI is embedded in the app and served by Tauri; nothing is fetched from a network.
export default defineConfig({
  plugins: [svelte()],
  base: './',
  clearScreen: false,
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend 5 is written with @import and Sass's global functions; its deprecation
        // warnings are about Sass 3, not about anything DP Hub can fix.
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'if-function', 'slash-div'],
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // One bundle, nothing to preload; and the preload polyfill would bring a fetch() into the app.
    modulePreload: false,
  },
});
