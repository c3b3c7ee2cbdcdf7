/**
 * The map's pixels as the reader sees them (a screenshot of the map's box), and where a longitude
 * and latitude fall on them: Web Mercator with MapLibre's 512-pixel tiles, the camera's centre in
 * the middle of the map.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

/** `#rrggbb` as RGB. */
export function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Whether two colours are the same to within `tolerance` per channel (antialiasing, dithering). */
export function near(pixel: Rgb, colour: Rgb, tolerance = 10): boolean {
  return pixel.every((value, i) => Math.abs(value - (colour[i] ?? 0)) < tolerance);
}

export interface MapPixels {
  width: number;
  height: number;
  at: (x: number, y: number) => Rgb;
  png: PNG;
}

/** A screenshot of the map's box, with an RGB lookup. */
export async function mapPixels(page: Page): Promise<MapPixels> {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('the map is not on the page');
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const at = (x: number, y: number): Rgb => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  };
  return { width: png.width, height: png.height, at, png };
}

const mercatorX = (lng: number) => (lng + 180) / 360;
const mercatorY = (lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
};

/** The pixel of `[lng, lat]` on a map of `size` whose camera is `zoom` at `center`. */
export function pixelOf(
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

/** The colour of the 5×5 pixels round `(x, y)` that most of them share (a label's edge aside). */
export function dominantAround(pixels: MapPixels, x: number, y: number): Rgb {
  const counts = new Map<string, { colour: Rgb; n: number }>();
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      const colour = pixels.at(x + dx, y + dy);
      const key = colour.join(',');
      const entry = counts.get(key) ?? { colour, n: 0 };
      entry.n++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.colour ?? [0, 0, 0];
}
