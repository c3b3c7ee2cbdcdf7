/**
 * What `npm run build` publishes besides the app (npm test builds first): per story a preview
 * picture and a prerendered page, the default story in index.html, the JSON Schemas and the
 * host scripts for embed snippets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { schemaFileTexts } from '../../scripts/lib/json-schemas.ts';
import { LIGHT_PALETTE } from '../../src/style/palettes.ts';
import { events } from '../browser/story-data.ts';

const read = (path: string) => readFileSync(`dist/${path}`, 'utf8');
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('dist/stories/ncg-2024/preview.png', () => {
  it('is 1200×675 and shows ocean, land and the story’s markers, not a blank image', () => {
    const png = PNG.sync.read(readFileSync('dist/stories/ncg-2024/preview.png'));
    expect([png.width, png.height]).toEqual([1200, 675]);
    const colours = new Map<string, number>();
    for (let i = 0; i < png.data.length; i += 4) {
      // Bucket colours coarsely, so anti-aliasing does not count as variety.
      const key = [0, 1, 2].map((c) => (png.data[i + c] ?? 0) >> 4).join(',');
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
    const bucket = (hex: string) =>
      [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) >> 4).join(',');
    const pixels = png.width * png.height;
    expect(colours.get(bucket(LIGHT_PALETTE.ocean)) ?? 0).toBeGreaterThan(pixels * 0.3);
    expect(colours.get(bucket(LIGHT_PALETTE.land)) ?? 0).toBeGreaterThan(pixels * 0.1);
    expect(colours.get(bucket(LIGHT_PALETTE.accent)) ?? 0).toBeGreaterThan(300);
  });

  it('has the same picture as SVG beside it', () => {
    expect(read('stories/ncg-2024/preview.svg')).toMatch(/^<svg [^>]*width="1200" height="675"/);
  });
});

describe('dist/stories/ncg-2024/index.html', () => {
  it('holds every event title of the story, and social tags for the preview', () => {
    const page = read('stories/ncg-2024/index.html');
    for (const event of events) expect(page).toContain(`<h3>${html(event.title)}</h3>`);
    expect(page).toContain('<meta property="og:image" content="preview.png" />');
    expect(page).toContain('<link rel="stylesheet" href="../story-page.css" />');
    expect(existsSync('dist/stories/story-page.css')).toBe(true);
  });
});

describe('dist/index.html', () => {
  it('tells the default story in <noscript>', () => {
    const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(read('index.html'))?.[1] ?? '';
    for (const event of events) expect(noscript).toContain(`<h3>${html(event.title)}</h3>`);
  });
});

describe('dist/schema and dist/embed', () => {
  it('publishes the JSON Schemas and the pym.js and Sidechain host scripts', () => {
    for (const [name, text] of Object.entries(schemaFileTexts())) {
      expect(read(`schema/${name}`)).toBe(text);
    }
    expect(read('embed/pym.v1.min.js')).toContain('pym');
    expect(read('embed/sidechain.js')).toContain('side-chain');
  });
});

describe('dist/index.html: MapLibre asked for at the preview’s paint', () => {
  it('preloads the very chunk the app imports MapLibre from', () => {
    const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+)"/.exec(
      read('index.html'),
    )?.[1];
    expect(entry).toMatch(/^index-.*\.js$/);
    // src/boot/preload-maplibre.ts, its URL as the build wrote it (vite-plugin-maplibre-chunk-url).
    const preloaded = /new URL\(`([^`]+)`,import\.meta\.url\)/.exec(read(`assets/${entry}`))?.[1];
    expect(preloaded).toMatch(/^maplibre-gl-[\w-]+\.js$/);
    // src/map/load-maplibre.ts's `import('maplibre-gl')` (not its worker's URL), wherever it is.
    const imported = new Set(
      readdirSync('dist/assets')
        .filter((name) => name.endsWith('.js'))
        .flatMap((name) =>
          [
            ...read(`assets/${name}`).matchAll(
              /import\(`\.\/(maplibre-gl-(?!worker)[\w-]+\.js)`\)/g,
            ),
          ].map((match) => match[1]),
        ),
    );
    expect([...imported]).toEqual([preloaded]);
    expect(read(`assets/${preloaded}`).length).toBeGreaterThan(500_000);
  });
});
