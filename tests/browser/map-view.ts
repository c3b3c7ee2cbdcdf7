/**
 * What the reader sees of the map, read back by the browser tests: the camera in the URL, the
 * map's box on the page, its pixels, and colours of the map's own palettes (src/style/palettes.ts),
 * so a test looks for water where the water is in whatever colour the style gives it.
 */
import type { Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../src/style/palettes.ts';

export type Rgb = [number, number, number];
export type Box = { x: number; y: number; width: number; height: number };

/** `#rrggbb` as RGB. */
export function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export const LIGHT = {
  accent: rgb(LIGHT_PALETTE.accent),
  ocean: rgb(LIGHT_PALETTE.ocean),
  land: rgb(LIGHT_PALETTE.land),
};
export const DARK = {
  accent: rgb(DARK_PALETTE.accent),
  ocean: rgb(DARK_PALETTE.ocean),
  land: rgb(DARK_PALETTE.land),
};

/** Whether each channel of `pixel` is within `tolerance` of `colour`'s. */
export function near(pixel: Rgb, colour: Rgb, tolerance = 24): boolean {
  return pixel.every((value, i) => Math.abs(value - (colour[i] ?? 0)) < tolerance);
}

/** The parameters of the URL hash, e.g. `{ place: 'seoul-mnd', map: '5/36/127.5' }`. */
export function hashParams(page: Page | Frame): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));
}

/** The map's camera as the URL's `map=zoom/lat/lng` gives it (NaN for what is missing). */
export async function cameraOf(
  page: Page | Frame,
): Promise<{ zoom: number; lat: number; lng: number }> {
  const [zoom, lat, lng] = ((await hashParams(page))['map'] ?? '').split('/').map(Number);
  return { zoom: zoom ?? NaN, lat: lat ?? NaN, lng: lng ?? NaN };
}

/** The camera as the map last reported it, during MapLibre's own move event (`data-camera`). */
export function liveCamera(page: Page | Frame): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLElement>('.story-map')?.dataset['camera']);
}

/** Camera `move` events the map has fired so far (`data-camera-moves`). */
export function cameraMoves(page: Page | Frame): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('.story-map')?.dataset['cameraMoves'] ?? 0),
  );
}

/** Where the map is on the page. */
export async function mapBoxOf(page: Page | Frame): Promise<Box> {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  return box;
}

/** The middle of the map, where a camera centred on a place puts it. */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await mapBoxOf(page);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A screenshot of a region as an RGB lookup. */
export interface Pixels {
  width: number;
  height: number;
  at: (x: number, y: number) => Rgb;
}

/** A screenshot of a region (the map by default) as an RGB lookup. */
export async function pixelsOf(page: Page, clip?: Box): Promise<Pixels> {
  const png = PNG.sync.read(await page.screenshot({ clip: clip ?? (await mapBoxOf(page)) }));
  const at = (x: number, y: number): Rgb => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  };
  return { width: png.width, height: png.height, at };
}

const mercatorX = (lng: number) => (lng + 180) / 360;
const mercatorY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
};

/**
 * Where `[lng, lat]` falls on the map's pixels when its camera is `zoom` at `center` (Web
 * Mercator with MapLibre's 512-pixel tiles, the centre in the middle of the map).
 */
export function pointOnMap(
  point: [number, number],
  camera: { zoom: number; center: [number, number] },
  size: { width: number; height: number },
): { x: number; y: number } {
  const world = 512 * 2 ** camera.zoom;
  return {
    x: size.width / 2 + (mercatorX(point[0]) - mercatorX(camera.center[0])) * world,
    y: size.height / 2 + (mercatorY(point[1]) - mercatorY(camera.center[1])) * world,
  };
}

/** The colour most of the 5×5 pixels round `(x, y)` share: a label's edge or a road aside. */
export function dominantAround(pixels: Pixels, x: number, y: number): Rgb {
  const counts = new Map<string, { colour: Rgb; n: number }>();
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const colour = pixels.at(x + dx, y + dy);
      const entry = counts.get(colour.join(',')) ?? { colour, n: 0 };
      entry.n++;
      counts.set(colour.join(','), entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.colour ?? [0, 0, 0];
}

/** How many pixels of a region (the map by default) are near `colour`. */
export async function countColour(page: Page, colour: Rgb, clip?: Box): Promise<number> {
  const pixels = await pixelsOf(page, clip);
  let count = 0;
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) if (near(pixels.at(x, y), colour)) count++;
  }
  return count;
}

/** The left and right halves of a box. */
export function halves(box: Box): { west: Box; east: Box } {
  const half = { y: box.y, width: box.width / 2, height: box.height };
  return { west: { ...half, x: box.x }, east: { ...half, x: box.x + box.width / 2 } };
}
