/**
 * Trims MapLibre's stylesheet (`maplibre-gl/dist/maplibre-gl.css`) to the controls the app adds.
 * Of its 10.1 KB gzip, about three quarters are icons (inline SVG, again for forced-colours modes)
 * of controls no map of this project creates: the logo, geolocation, fullscreen, the compass,
 * terrain and globe. Every reader downloads the stylesheet before the map's first view, inside the
 * 600 KB budget (docs/performance.md, "The map's stylesheet").
 *
 * The app's maps add only the zoom buttons (`NavigationControl` with `showCompass: false`), the
 * attribution, cooperative gestures and their own reset button; popups and markers are kept.
 * tests/unit/scripts/maplibre-css.test.ts fails if the source starts creating a trimmed control.
 */
import postcss from 'postcss';
import type { Plugin } from 'vite';

/** MapLibre's class names (after `maplibregl-`) of controls the app never adds. */
export const UNUSED_CONTROL_CLASSES = [
  'ctrl-logo',
  'ctrl-geolocate',
  'user-location',
  'ctrl-fullscreen',
  'ctrl-shrink',
  'pseudo-fullscreen',
  'ctrl-compass',
  'ctrl-terrain',
  'ctrl-globe',
] as const;

/** A selector naming one of those classes, or one made from it (`…-geolocate-active`). */
const UNUSED_SELECTOR = new RegExp(
  `\\.maplibregl-(?:${UNUSED_CONTROL_CLASSES.join('|')})(?:-[a-z-]+)?(?![a-z-])`,
);

/** Keyframes only those controls animate (the location dot's pulse). */
const UNUSED_KEYFRAMES = /^maplibregl-user-location/;

/**
 * `css` without the rules of unused controls: a selector list loses the selectors that name one,
 * a rule left with none goes, and so does an at-rule left empty. Everything else stays as it is.
 * Throws when a class name matched nothing, so a MapLibre upgrade that renames one is noticed
 * rather than silently trimming less.
 */
export function trimMaplibreCss(css: string): string {
  const root = postcss.parse(css);
  const matched = new Set<string>();
  root.walkAtRules(/keyframes$/, (atRule) => {
    if (UNUSED_KEYFRAMES.test(atRule.params)) atRule.remove();
  });
  root.walkRules((rule) => {
    // Keyframe steps (`0%`, `to`) are not selectors of elements.
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name))
      return;
    const kept = rule.selectors.filter((selector) => {
      const unused = UNUSED_SELECTOR.exec(selector);
      if (unused) matched.add(unused[0]);
      return !unused;
    });
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  const missing = UNUSED_CONTROL_CLASSES.filter(
    (name) => ![...matched].some((selector) => selector.startsWith(`.maplibregl-${name}`)),
  );
  if (missing.length > 0) {
    throw new Error(
      `maplibre-gl.css has no rules for ${missing.map((name) => `.maplibregl-${name}`).join(', ')}: ` +
        'update UNUSED_CONTROL_CLASSES in scripts/vite-plugin-maplibre-css.ts to this MapLibre version',
    );
  }
  return root.toString();
}

/** Vite plugin: serves and bundles `maplibre-gl.css` trimmed (see `trimMaplibreCss`). */
export function maplibreCss(): Plugin {
  return {
    name: 'maplibre-css',
    // Before Vite's own CSS handling, which then bundles the trimmed text as usual.
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(?:\?|$)/.test(id)) return null;
      return { code: trimMaplibreCss(code), map: null };
    },
  };
}
