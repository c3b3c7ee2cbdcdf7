import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { basemapTiles } from './scripts/vite-plugin-basemap-tiles.ts';
import { pageFonts } from './scripts/vite-plugin-page-fonts.ts';
import { siteBasemap } from './scripts/vite-plugin-site-basemap.ts';
import { storyAssets } from './scripts/vite-plugin-story-assets.ts';

export default defineConfig({
  base: './',
  plugins: [svelte(), basemapTiles(), storyAssets(), pageFonts(), siteBasemap()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files, even tiny ones: a data: URL would need `font-src data:` in the CSP.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  test: {
    // A test that checks nothing fails instead of passing silently.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        // Checks of what `npm run build` wrote to dist/ (npm test builds first).
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium with SwiftShader per file already uses both cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
