/**
 * The page's own Latin font (Noto Sans from @fontsource) without a layout shift: the prerendered
 * story paints before any script runs, and a font that arrives after that paint and swaps in
 * reflows its text (CLS 0.03 in Lighthouse, docs/performance.md). So:
 * - fontsource's `font-display: swap` becomes `optional` for the page: the browser waits up to
 *   about 100 ms for the font, then keeps the fallback for this page view (the file is cached
 *   for the next one). MapLibre loads the same files for map labels by itself, unaffected.
 * - index.html preloads the two Latin files the first view uses, so they arrive with the
 *   stylesheet, well within that wait, wherever the network is quick enough.
 */
import type { Plugin } from 'vite';

/** The fontsource stylesheets the page imports (src/main.ts). */
const PAGE_FONT_CSS = /\/@fontsource\/noto-sans\/(400|700)\.css$/;
/** The files the first view's text needs: Latin, regular and bold. */
const PRELOADED_FONT = /^assets\/noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

export function pageFonts(): Plugin {
  return {
    name: 'page-fonts',
    transform(code, id) {
      if (!PAGE_FONT_CSS.test(id)) return null;
      return { code: code.replaceAll('font-display: swap', 'font-display: optional'), map: null };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        return Object.keys(context.bundle)
          .filter((fileName) => PRELOADED_FONT.test(fileName))
          .sort()
          .map((fileName) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              href: `./${fileName}`,
            },
            injectTo: 'head',
          }));
      },
    },
  };
}
