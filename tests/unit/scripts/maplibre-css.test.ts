/**
 * MapLibre's stylesheet trimmed to the controls the app adds (scripts/vite-plugin-maplibre-css.ts):
 * the unused controls' rules go, every other rule stays as MapLibre wrote it, and no map in the
 * source creates a control whose rules were trimmed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  trimMaplibreCss,
  UNUSED_CONTROL_CLASSES,
} from '../../../scripts/vite-plugin-maplibre-css.ts';

const original = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const trimmed = trimMaplibreCss(original);

/** Every rule as `<at-rules> { <selector> { <declarations> } }`, for comparing stylesheets. */
function ruleTexts(css: string): string[] {
  const texts: string[] = [];
  postcss.parse(css).walkRules((rule) => {
    const context: string[] = [];
    for (let parent = rule.parent; parent && parent.type === 'atrule'; parent = parent.parent) {
      const atRule = parent as postcss.AtRule;
      context.unshift(`@${atRule.name} ${atRule.params}`);
    }
    for (const selector of rule.selectors) {
      texts.push(`${context.join(' ')} ${selector} { ${rule.nodes.map(String).join('; ')} }`);
    }
  });
  return texts;
}

/** The app's source files (the reader, the editor and everything they share). */
function sourceFiles(folder = 'src'): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('trimMaplibreCss', () => {
  it('leaves out every rule of the controls the app never adds', () => {
    for (const name of UNUSED_CONTROL_CLASSES) {
      expect(original).toContain(`.maplibregl-${name}`);
      expect(trimmed).not.toContain(`.maplibregl-${name}`);
    }
    expect(trimmed).not.toContain('maplibregl-user-location-dot-pulse');
  });

  it('keeps the zoom buttons (forced colours too), attribution, gestures, popups and markers', () => {
    const kept = ruleTexts(trimmed);
    const zoomIcons = kept.filter((rule) =>
      /\.maplibregl-ctrl-zoom-(in|out) \.maplibregl-ctrl-icon \{ background-image/.test(rule),
    );
    // Plain, forced colours, forced colours on a light scheme: each for zoom in and zoom out.
    expect(zoomIcons).toHaveLength(6);
    for (const name of [
      'ctrl-attrib-button',
      'ctrl-attrib-inner',
      'cooperative-gesture-screen',
      'ctrl-group',
      'ctrl-top-right',
      'canvas-container',
      'boxzoom',
      'popup-tip',
      'marker',
    ]) {
      expect(trimmed, name).toContain(`.maplibregl-${name}`);
    }
  });

  it('keeps every other rule exactly as MapLibre wrote it', () => {
    const before = ruleTexts(original);
    const after = ruleTexts(trimmed);
    // The selectors naming an unused control, and the location dot's pulse.
    const unused = new RegExp(
      `\\.maplibregl-(${UNUSED_CONTROL_CLASSES.join('|')})|^@keyframes maplibregl-user-location`,
    );
    expect(after).toEqual(before.filter((rule) => !unused.test(rule.split(' { ')[0] ?? '')));
  });

  it('names the class it no longer finds, so a MapLibre upgrade is noticed', () => {
    const withoutGlobe = original.replaceAll('maplibregl-ctrl-globe', 'maplibregl-ctrl-planet');
    expect(() => trimMaplibreCss(withoutGlobe)).toThrow(
      'maplibre-gl.css has no rules for .maplibregl-ctrl-globe: update UNUSED_CONTROL_CLASSES',
    );
  });
});

describe('the maps in the source', () => {
  it('create none of the trimmed controls, and zoom buttons only without the compass', () => {
    const files = sourceFiles();
    const navigation: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /\b(Geolocate|Fullscreen|Terrain|Globe|Logo)Control\b|maplibreLogo:\s*true/,
      );
      for (const call of text.matchAll(/new maplibre\.NavigationControl\(([^)]*)\)/g)) {
        navigation.push(`${file}: ${call[1] ?? ''}`);
      }
    }
    // The reader's map and the editor's each add zoom buttons.
    expect(navigation.length).toBeGreaterThanOrEqual(2);
    for (const call of navigation) expect(call).toMatch(/showCompass: false/);
  });
});
