/**
 * Bring your own basemap: a newsroom's Protomaps PMTiles archive named in `basemap.json` is drawn
 * instead of the embedded basemap; a broken one (missing, refused, never answering) falls back to
 * the embedded basemap by itself. The archive is made by the test from the detail tiles of the
 * Busan region, its `land` layer renamed `earth` as the Protomaps schema calls it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { fromVectorTileJs } from '@maplibre/vt-pbf';
import { PbfReader } from 'pbf';
import { LIGHT as PROTOMAPS_LIGHT } from '@protomaps/basemaps';
import type { Page, Route } from 'playwright-core';
import { describe, expect } from 'vitest';
import { appUrl, loadStory, screenshot, test } from './harness.ts';
import { dominantAround, LIGHT, near, pixelsOf, pointOnMap, rgb } from './map-view.ts';
import { writePmtiles, type ArchiveTile } from './pmtiles-archive.ts';

const DETAIL_DIR = 'dist/basemap/detail';
const BUSAN: [number, number, number, number] = [128.95, 34.97, 129.26, 35.22];
/** Busan's harbour off the naval base, and Daeyeon-dong inland (as in basemap-detail.test.ts). */
const WATER_SPOT: [number, number] = [129.09, 35.09];
const LAND_SPOT: [number, number] = [129.1, 35.13];
const CAMERA = { zoom: 12, center: [129.095, 35.11] as [number, number] };
const STORY_AT_BUSAN = `?story=ncg-2024#map=${CAMERA.zoom}/${CAMERA.center[1]}/${CAMERA.center[0]}`;

/** Longitude and latitude of a tile's north-west corner. */
function tileCorner(z: number, x: number, y: number): [number, number] {
  const n = 2 ** z;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat];
}

/** The detail tiles touching `bounds`, with `land` renamed `earth` and nothing else. */
function protomapsTiles(bounds: [number, number, number, number]): ArchiveTile[] {
  const [west, south, east, north] = bounds;
  const tiles: ArchiveTile[] = [];
  for (const z of readdirSync(DETAIL_DIR).filter((name) => /^\d+$/.test(name))) {
    for (const x of readdirSync(join(DETAIL_DIR, z))) {
      for (const file of readdirSync(join(DETAIL_DIR, z, x))) {
        const y = Number(file.replace('.pbf', ''));
        const [w, n] = tileCorner(Number(z), Number(x), y);
        const [e, s] = tileCorner(Number(z), Number(x) + 1, y + 1);
        if (e < west || w > east || n < south || s > north) continue;
        const tile = new VectorTile(new PbfReader(readFileSync(join(DETAIL_DIR, z, x, file))));
        const land = tile.layers['land'];
        const layers: Parameters<typeof fromVectorTileJs>[0]['layers'] = land
          ? {
              earth: {
                name: 'earth',
                version: land.version,
                extent: land.extent,
                length: land.length,
                feature: (i: number) => land.feature(i),
              },
            }
          : {};
        tiles.push({ z: Number(z), x: Number(x), y, data: fromVectorTileJs({ layers }) });
      }
    }
  }
  return tiles;
}

/** Answers range requests for `bytes`, as a static host serves a PMTiles archive. */
function serveRanges(bytes: Uint8Array, ranges: string[]) {
  return (route: Route) => {
    const range = route.request().headers()['range'] ?? '';
    ranges.push(range);
    const match = /bytes=(\d+)-(\d+)/.exec(range);
    if (!match) return route.fulfill({ body: Buffer.from(bytes) });
    const start = Number(match[1]);
    const end = Math.min(Number(match[2]), bytes.length - 1);
    return route.fulfill({
      status: 206,
      headers: {
        'content-range': `bytes ${start}-${end}/${bytes.length}`,
        'accept-ranges': 'bytes',
        'content-type': 'application/octet-stream',
      },
      body: Buffer.from(bytes.subarray(start, end + 1)),
    });
  };
}

/** Serves `setting` as the site's basemap.json. */
async function setBasemap(page: Page, setting: Record<string, string>) {
  await page.route('**/basemap.json', (route) => route.fulfill({ json: setting }));
}

/** Basemap colours are flat fills: a tighter match than markers' anti-aliased edges need. */
const FILL_TOLERANCE = 10;

async function spotColours(page: Page) {
  const pixels = await pixelsOf(page);
  const colourAt = (spot: [number, number]) => {
    const { x, y } = pointOnMap(spot, CAMERA, pixels);
    return dominantAround(pixels, x, y);
  };
  return { water: colourAt(WATER_SPOT), land: colourAt(LAND_SPOT) };
}

describe('a newsroom’s own basemap', () => {
  let archive: Uint8Array;
  test.beforeAll(() => {
    archive = writePmtiles(protomapsTiles(BUSAN), {
      bounds: BUSAN,
      metadata: { name: 'Busan test extract', vector_layers: [{ id: 'earth', fields: {} }] },
    });
  });

  test('draws a PMTiles archive named in basemap.json, with Protomaps’ colours and credit', async ({
    newPage,
  }) => {
    const watched = await newPage();
    const { page, requests, errors } = watched;
    const ranges: string[] = [];
    const archiveUrl = appUrl('own/busan.pmtiles');
    await setBasemap(page, { pmtiles: archiveUrl });
    await page.route('**/own/busan.pmtiles', serveRanges(archive, ranges));
    await loadStory(watched, STORY_AT_BUSAN);
    await screenshot(page, 'own-basemap-pmtiles-busan');
    const { water, land } = await spotColours(page);
    // Protomaps' light flavour: its earth on land; the archive has no water layer, so the sea
    // shows its background. Neither is a colour of the embedded basemap.
    expect(near(land, rgb(PROTOMAPS_LIGHT.earth), FILL_TOLERANCE)).toBe(true);
    expect(near(water, rgb(PROTOMAPS_LIGHT.background), FILL_TOLERANCE)).toBe(true);
    expect(near(land, LIGHT.land, FILL_TOLERANCE)).toBe(false);
    expect(ranges.length).toBeGreaterThan(1);
    expect(ranges.every((range) => range.startsWith('bytes='))).toBe(true);
    // No embedded tiles (the detail index is read anyway, for a fallback).
    expect(requests.filter((url) => url.endsWith('.pbf'))).toEqual([]);
    const credit = await page.locator('.maplibregl-ctrl-attrib').innerText();
    expect(credit).toContain('Protomaps');
    expect(credit).toContain('OpenStreetMap');
    expect(errors).toEqual([]);
  });

  const failures: {
    name: string;
    setting: Record<string, string>;
    route: (r: Route) => unknown;
  }[] = [
    {
      name: 'a missing archive (404)',
      setting: { pmtiles: 'own/missing.pmtiles' },
      route: (route) => route.fulfill({ status: 404, body: 'not found' }),
    },
    {
      name: 'a refused request (as CORS or the CSP refuse it)',
      setting: { pmtiles: 'own/refused.pmtiles' },
      route: (route) => route.abort('accessdenied'),
    },
    {
      name: 'an archive that never answers',
      setting: { pmtiles: 'own/silent.pmtiles' },
      // Never fulfilled: the map must stop waiting by itself.
      route: () => undefined,
    },
    {
      name: 'a style URL that is not there',
      setting: { style: 'own/style.json' },
      route: (route) => route.fulfill({ status: 404, body: 'not found' }),
    },
  ];

  for (const failure of failures) {
    test(`falls back to the embedded basemap for ${failure.name}`, async ({ newPage }) => {
      const watched = await newPage();
      const { page, errors } = watched;
      await setBasemap(page, failure.setting);
      await page.route('**/own/**', failure.route);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await loadStory(watched, STORY_AT_BUSAN);
      await screenshot(page, `own-basemap-fallback-${failure.name.replace(/\W+/g, '-')}`);
      const { water, land } = await spotColours(page);
      expect(near(land, LIGHT.land, FILL_TOLERANCE)).toBe(true);
      expect(near(water, LIGHT.ocean, FILL_TOLERANCE)).toBe(true);
      expect(warnings.some((text) => text.includes('drawing the embedded basemap'))).toBe(true);
      // The browser's own line about a failed load is the only error.
      expect(errors.filter((text) => !text.includes('Failed to load resource'))).toEqual([]);
    });
  }

  test('costs a reader nothing when the site names none: no PMTiles code, no archive', async ({
    openStory,
  }) => {
    const { requests } = await openStory(STORY_AT_BUSAN);
    expect(requests.some((url) => url.endsWith('/basemap.json'))).toBe(true);
    expect(requests.filter((url) => /own-basemap|pmtiles|protomaps/i.test(url))).toEqual([]);
  });
});
