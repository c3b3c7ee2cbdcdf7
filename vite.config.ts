import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { basemapTiles } from './scripts/vite-plugin-basemap-tiles.ts';
import { embedScript } from './scripts/vite-plugin-embed-script.ts';
import { maplibreCss } from './scripts/vite-plugin-maplibre-css.ts';
import { maplibreChunkUrl } from './scripts/vite-plugin-maplibre-chunk-url.ts';
import { pageFonts } from './scripts/vite-plugin-page-fonts.ts';
import { siteBasemap } from './scripts/vite-plugin-site-basemap.ts';
import { storyAssets } from './scripts/vite-plugin-story-assets.ts';

/**
 * The app's own Vite settings (its base and plugins), shared by the build and by the editor's dev
 * server (scripts/editor/server.ts), which serves the stories from the folder it edits.
 */
export function appConfig(options: { storiesDir?: string } = {}): UserConfig {
  return {
    base: './',
    plugins: [
      svelte(),
      maplibreCss(),
      maplibreChunkUrl(),
      basemapTiles(),
      storyAssets({ storiesDir: options.storiesDir }),
      pageFonts(),
      siteBasemap(),
      embedScript(),
    ],
  };
}

export default defineConfig({
  ...appConfig(),
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files, even tiny ones: a data: URL would need `font-src data:` in the CSP.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  test: {
    // A test that checks nothing fails instead of passing silently.
    expect: { requireAssertions: true },
    // Both cores (Vitest would take one on a two-core machine): the Node projects run beside the
    // browser files, and two browser files run at once, each worker with its own Chromium.
    maxWorkers: 2,
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
        // Real Chromium against dist/ (tests/browser/harness.ts). Files are not isolated, so a
        // worker keeps its Chromium (a worker-scoped fixture) and its loaded modules from one file
        // to the next; each test still gets fresh browser contexts.
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // A backstop: the waits inside a test (a map 45 s, a poll 30 s, a Playwright action 20 s)
          // fail first and say what they waited for. Two page loads at a load average of 40
          // took over a minute, hence two.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A poll waits for what a page does after an action; SwiftShader on two shared cores is
          // slow, so it may take seconds. Each poll's failure names what it waited for.
          expect: { requireAssertions: true, poll: { timeout: 30_000, interval: 100 } },
          isolate: false,
        },
      },
    ],
  },
});
