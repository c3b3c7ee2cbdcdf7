/**
 * The preview of a story whose places all lie in one city (tests/fixtures/one-city-stories/
 * seoul-han: three places on both banks of the Han in Seoul): framed at city zoom with the places
 * spread across the picture, and drawn from detail tiles built from the real OpenStreetMap data
 * for this story, so the Han shows as water between the banks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDetailTiles } from '../../../scripts/basemap/detail-tiles.ts';
import { readPreviewDetail } from '../../../scripts/preview/detail-shapes.ts';
import { previewProjection, zoomOfScale } from '../../../scripts/preview/projection.ts';
import { DETAIL_CREDIT } from '../../../scripts/preview/render-svg.ts';
import {
  readPreviewBasemap,
  readStory,
  storyPreviewPng,
  storyPreviewSvg,
} from '../../../scripts/preview/story-outputs.ts';
import { boundsOf, type Bbox } from '../../../src/geo/bounds.ts';
import type { Story } from '../../../src/story/types.ts';
import { LIGHT_PALETTE } from '../../../src/style/palettes.ts';
import { REPO_ROOT } from '../story/fixtures.ts';

const STORIES = path.join(REPO_ROOT, 'tests/fixtures/one-city-stories');
const PADDING = { top: 70, right: 110, bottom: 70, left: 110 };
const temp = mkdtempSync(path.join(tmpdir(), 'one-city-preview-'));
let story: Story;
let svg: string;
let png: PNG;

beforeAll(async () => {
  const loaded = await readStory(STORIES, 'seoul-han');
  if (!loaded) throw new Error('seoul-han does not load');
  story = loaded;
  const detailDir = path.join(temp, 'detail');
  buildDetailTiles({
    storyDirs: [path.join(STORIES, 'seoul-han')],
    outDir: detailDir,
    root: REPO_ROOT,
  });
  const basemap = {
    ...readPreviewBasemap(path.join(REPO_ROOT, 'geo/basemap')),
    detail: readPreviewDetail(detailDir),
  };
  svg = storyPreviewSvg(story, basemap);
  png = PNG.sync.read(storyPreviewPng(svg, REPO_ROOT));
}, 180_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The bounds of the story's places, as the preview frames them. */
function storyBounds(): Bbox {
  const places = story.layers.flatMap((layer) => layer.features.features);
  const bounds = boundsOf(places.map((place) => place.geometry));
  if (!bounds) throw new Error('seoul-han has no places');
  return bounds;
}

const hex = (colour: string) =>
  [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];

/** Whether most pixels of the 5×5 square around the place `lngLat` are `colour`. */
function colourAt(lngLat: [number, number], colour: string): boolean {
  const projection = previewProjection(storyBounds(), png.width, png.height, PADDING);
  const [cx, cy] = (projection(lngLat) ?? [NaN, NaN]).map(Math.round) as [number, number];
  const [r, g, b] = hex(colour);
  let matches = 0;
  for (let y = cy - 2; y <= cy + 2; y++) {
    for (let x = cx - 2; x <= cx + 2; x++) {
      const i = (y * png.width + x) * 4;
      const near =
        Math.abs((png.data[i] ?? -99) - r) < 12 &&
        Math.abs((png.data[i + 1] ?? -99) - g) < 12 &&
        Math.abs((png.data[i + 2] ?? -99) - b) < 12;
      if (near) matches++;
    }
  }
  return matches > 20;
}

describe('the preview of a story in one city (seoul-han)', () => {
  it('is framed at city zoom, its places spread across the picture, not a cluster', () => {
    const markers = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="10" fill="#b3261e"/g)];
    expect(markers).toHaveLength(3);
    const xs = markers.map((match) => Number(match[1]));
    const ys = markers.map((match) => Number(match[2]));
    // The places fill the picture less its padding, one way or the other.
    const spreadX = (Math.max(...xs) - Math.min(...xs)) / (1200 - PADDING.left - PADDING.right);
    const spreadY = (Math.max(...ys) - Math.min(...ys)) / (675 - PADDING.top - PADDING.bottom);
    expect(Math.max(spreadX, spreadY)).toBeGreaterThan(0.95);
    const projection = previewProjection(storyBounds(), 1200, 675, PADDING);
    expect(zoomOfScale(projection.scale())).toBeGreaterThan(12);
  });

  it('draws the Han as water between Yeouido and Mapo, and the banks as land', () => {
    expect(colourAt([126.9397, 37.535], LIGHT_PALETTE.ocean)).toBe(true);
    expect(colourAt([126.96, 37.55], LIGHT_PALETTE.land)).toBe(true);
    expect(colourAt([126.925, 37.528], LIGHT_PALETTE.land)).toBe(true);
  });

  it('credits OpenStreetMap and GeoNames beside the basemap', () => {
    expect(svg).toContain(`Basemap: Natural Earth · ${DETAIL_CREDIT}</text>`);
  });
});

describe('the preview without detail tiles', () => {
  it('still frames the city and credits Natural Earth alone', () => {
    const plain = storyPreviewSvg(story, {
      ...readPreviewBasemap(path.join(REPO_ROOT, 'geo/basemap')),
      detail: null,
    });
    expect(plain).toContain('>Basemap: Natural Earth</text>');
    expect(plain).not.toContain('OpenStreetMap');
  });
});
