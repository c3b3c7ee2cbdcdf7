/**
 * The static outputs drawn from the real ncg-2024 story and the built basemap (npm test runs
 * `prepare-data` first): the preview picture and the prerendered page.
 */
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  readPreviewBasemap,
  readStory,
  storyPageHtml,
  storyPreviewPng,
  storyPreviewSvg,
  withDefaultStory,
} from '../../../scripts/preview/story-outputs.ts';
import type { Story } from '../../../src/story/types.ts';
import { LIGHT_PALETTE } from '../../../src/style/palettes.ts';
import { REPO_ROOT } from '../story/fixtures.ts';

let story: Story;
let svg: string;
let png: PNG;

const hex = (colour: string) =>
  [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels of `png` within `columns` (fractions of the width) close to `colour`. */
function countColour(colour: string, columns: [number, number] = [0, 1]): number {
  const [r, g, b] = hex(colour);
  let count = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = Math.floor(columns[0] * png.width); x < columns[1] * png.width; x++) {
      const i = (y * png.width + x) * 4;
      const near =
        Math.abs((png.data[i] ?? 0) - r) < 20 &&
        Math.abs((png.data[i + 1] ?? 0) - g) < 20 &&
        Math.abs((png.data[i + 2] ?? 0) - b) < 20;
      if (near) count++;
    }
  }
  return count;
}

beforeAll(async () => {
  const loaded = await readStory(path.join(REPO_ROOT, 'geo/stories'), 'ncg-2024');
  if (!loaded) throw new Error('ncg-2024 does not load');
  story = loaded;
  svg = storyPreviewSvg(story, readPreviewBasemap(path.join(REPO_ROOT, 'geo/basemap')));
  png = PNG.sync.read(storyPreviewPng(svg, REPO_ROOT));
});

describe('the preview of ncg-2024', () => {
  it('is a 1200×675 picture of ocean, land and the story’s markers', () => {
    expect([png.width, png.height]).toEqual([1200, 675]);
    const pixels = png.width * png.height;
    expect(countColour(LIGHT_PALETTE.ocean)).toBeGreaterThan(pixels * 0.3);
    expect(countColour(LIGHT_PALETTE.land)).toBeGreaterThan(pixels * 0.1);
    expect(countColour(LIGHT_PALETTE.accent)).toBeGreaterThan(300);
  });

  it('frames the story across the Pacific: markers at both ends, open ocean in the middle', () => {
    expect(countColour(LIGHT_PALETTE.accent, [0, 0.3])).toBeGreaterThan(300);
    expect(countColour(LIGHT_PALETTE.accent, [0.8, 1])).toBeGreaterThan(100);
    expect(countColour(LIGHT_PALETTE.accent, [0.35, 0.65])).toBe(0);
  });

  it('names the places and credits the basemap, as text that is escaped', () => {
    for (const label of ['Seoul', 'Washington', 'Singapore', 'Basemap: Natural Earth']) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
  });
});

describe('the prerendered page', () => {
  it('holds the title, the summary and every event with its sources', () => {
    const html = storyPageHtml(story);
    expect(html).toContain('<h1>Nuclear talks');
    for (const event of story.events) {
      expect(html).toContain(`<h3>${event.title.replace(/"/g, '&quot;')}</h3>`);
      for (const source of event.sources)
        expect(html).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
    }
    expect(html).not.toContain('<script');
  });

  it('points og: and twitter: tags at the preview, absolute when SITE_URL is given', () => {
    const html = storyPageHtml(story, 'https://graphics.example.com/maps/');
    expect(html).toContain(
      '<meta property="og:image" content="https://graphics.example.com/maps/stories/ncg-2024/preview.png" />',
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(storyPageHtml(story)).toContain('<meta property="og:image" content="preview.png" />');
  });

  it('escapes story text, so a title is never markup', () => {
    const html = storyPageHtml({ ...story, title: 'A <b>bold</b> "claim"' });
    expect(html).toContain('<h1>A &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot;</h1>');
  });
});

describe('index.html with the default story', () => {
  let page: string;
  beforeAll(() => {
    page = withDefaultStory(
      '<html lang="en"><head><meta charset="utf-8" /><link rel="stylesheet" href="a.css"></head><body><div id="app"><noscript>PLACEHOLDER-TEXT</noscript></div></body></html>',
      story,
      { earlyScriptSrc: './assets/early-0123abcd.js' },
    );
  });

  it('prerenders the story in #app: title and the preview as the benchmark finds it', () => {
    const app = /<div id="app">([\s\S]*)<\/div>\s*<\/body>/.exec(page)?.[1] ?? '';
    expect(app).toMatch(/^\s*<div class="story page-shell" data-shell lang="en">/);
    expect(app).toContain(`<h1>${story.title}</h1>`);
    expect(app).toMatch(
      /<img class="preview" data-preview elementtiming="preview" fetchpriority="high" src="stories\/ncg-2024\/preview.svg" width="1200" height="675" alt="[^"]+">/,
    );
    expect(page).not.toContain('PLACEHOLDER-TEXT');
  });

  it('lists every event for readers without JavaScript, inside <noscript>', () => {
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(page)?.[1] ?? '';
    for (const event of story.events) expect(noscript).toContain(`id="event-${event.id}"`);
  });

  it('loads the early script before any stylesheet, and names the prerendered story', () => {
    expect(page).toContain('<html lang="en" data-prerendered-story="ncg-2024">');
    const script = page.indexOf('<script src="./assets/early-0123abcd.js"></script>');
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(page.indexOf('<link rel="stylesheet"'));
    expect(page).toContain('content="stories/ncg-2024/preview.png"');
  });
});

describe('a preview across the antimeridian (valid-minimal: a route split at 180°)', () => {
  it('draws the route as one continuous line over the Pacific, without a jump across the picture', async () => {
    const fixture = await readStory(
      path.join(REPO_ROOT, 'tests/fixtures/stories'),
      'valid-minimal',
    );
    if (!fixture) throw new Error('valid-minimal does not load');
    const picture = storyPreviewSvg(
      fixture,
      readPreviewBasemap(path.join(REPO_ROOT, 'geo/basemap')),
    );
    const route = /<path d="([^"]+)" fill="none" stroke="#b3261e"/.exec(picture)?.[1];
    if (!route) throw new Error('the route is not drawn');
    const parts = route.split('M').filter(Boolean);
    const points = parts.map((part) =>
      part.split('L').map((pair) => pair.split(',').map(Number) as [number, number]),
    );
    const xs = points.flat().map(([x]) => x);
    // From Korea on the left to Hawaii on the right…
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
    // …with no step longer than a few dozen pixels, and the two halves meeting at 180°.
    for (const line of points) {
      for (let i = 1; i < line.length; i++) {
        expect(Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0))).toBeLessThan(100);
      }
    }
    const end = points[0]?.at(-1);
    const start = points[1]?.[0];
    expect(
      Math.hypot((end?.[0] ?? 0) - (start?.[0] ?? 0), (end?.[1] ?? 0) - (start?.[1] ?? 0)),
    ).toBeLessThan(2);
  });
});
