/**
 * The page's entry: its stylesheets (render-blocking, so the prerendered story paints laid out),
 * then the app, requested only once the static preview is on screen: the preview's bytes are not
 * shared with the app's, and MapLibre (which the app loads) comes after it (docs/performance.md).
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './ui/global.css';
import './ui/page-layout.css';
import './ui/static-story.css';
import { preloadMaplibreChunk } from './boot/preload-maplibre.ts';
import { previewPainted } from './boot/preview-painted.ts';
import { loadLanguageNamesFont } from './fonts/page-fonts.ts';

/** How long the app waits for the language switcher's tiny font before it starts anyway. */
const NAMES_FONT_WAIT_MS = 1000;

const target = document.getElementById('app');
if (target) {
  const shell = target.querySelector<HTMLElement>('[data-shell]');
  await previewPainted(shell?.querySelector('img[data-preview]') ?? null);
  // The story, the basemap's settings and MapLibre, fetched beside the app's chunk, not after it.
  void import('./boot/prefetch.ts').then(({ prefetchPage }) => prefetchPage());
  // A page's map is on screen from the start; an embed loads MapLibre only near the screen. After
  // the import above, so the prefetch chunk is on its way while the WebGL2 probe blocks.
  if (document.documentElement.dataset['embed'] === undefined) preloadMaplibreChunk();
  const namesFont = Promise.race([
    loadLanguageNamesFont(),
    new Promise((resolve) => setTimeout(resolve, NAMES_FONT_WAIT_MS)),
  ]);
  const [{ startApp }] = await Promise.all([import('./start.ts'), namesFont]);
  await startApp(target, shell);
}
