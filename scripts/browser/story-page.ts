/**
 * Driving the story page in Chromium, for the browser tests and the bench alike: waiting for the
 * map (its `data-idle-count` and `data-state` hooks on `.story-map`), moving the camera the way a
 * shared link does, and serving one more story beside the built ones through request routes.
 * Every wait here names what it waited for when it times out.
 */
import type { Frame, Page } from 'playwright-core';

/** A page or an embed's frame: both can be waited on and evaluated in. */
export type PageOrFrame = Page | Frame;

/** How long a wait for the map may take by default: SwiftShader on two shared cores is slow. */
export const MAP_TIMEOUT_MS = 45_000;

/**
 * `waitForFunction` whose timeout says what it waited for, e.g. "the map to go idle", and where,
 * instead of Playwright's bare "Timeout exceeded".
 */
export async function waitUntil<Arg>(
  target: PageOrFrame,
  what: string,
  condition: (arg: Arg) => unknown,
  arg: Arg,
  options: { timeoutMs?: number; pollingMs?: number } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? MAP_TIMEOUT_MS;
  try {
    // Playwright passes `arg` to the page as JSON: plain values only, as callers give it.
    await target.waitForFunction(condition as (arg: unknown) => unknown, arg as unknown, {
      timeout: timeoutMs,
      ...(options.pollingMs !== undefined && { polling: options.pollingMs }),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/timeout/i.test(message)) throw error;
    throw new Error(`waited ${timeoutMs / 1000} s for ${what} on ${target.url()}`, {
      cause: error,
    });
  }
}

/** How many times the map has gone idle so far (0 before it first draws). */
export function idleCount(target: PageOrFrame): Promise<number> {
  return target.evaluate(() =>
    Number(document.querySelector<HTMLElement>('.story-map')?.dataset['idleCount'] ?? 0),
  );
}

/**
 * Waits until the map has drawn everything it is waiting for (MapLibre's `idle`) more than `after`
 * times, so a wait after an action does not return on the idle before it. A map that fails to
 * start (`data-state="failed"`) ends the wait at once: an error, unless `acceptFailed` (the bench
 * measures such pages too).
 */
export async function waitForMapIdle(
  target: PageOrFrame,
  after = 0,
  options: { timeoutMs?: number; acceptFailed?: boolean; pollingMs?: number } = {},
): Promise<void> {
  await waitUntil(
    target,
    after === 0 ? 'the map to draw' : `the map to go idle again (after idle ${after})`,
    (previous: number) => {
      const map = document.querySelector<HTMLElement>('.story-map');
      return (
        map?.dataset['state'] === 'failed' || Number(map?.dataset['idleCount'] ?? 0) > previous
      );
    },
    after,
    options,
  );
  if (options.acceptFailed) return;
  const state = await target.evaluate(
    () => document.querySelector('.story-map')?.getAttribute('data-state') ?? null,
  );
  if (state === 'failed') throw new Error(`the map failed to start on ${target.url()}`);
}

/**
 * Moves the camera through the URL hash (`map=zoom/lat/lng`), as a shared link would, and waits
 * until the map has moved and then gone idle. It watches the map's own hooks in order (a move
 * writes `data-camera`, each idle bumps `data-idle-count`), so an idle that was already on its way
 * (fonts, the finer basemap) cannot pass for the one after the move: a click right after this lands
 * on the new view. The rest of the hash stays, unless `onlyCamera` (a link with nothing else: no
 * place, event or dates) in one change of the hash.
 */
export async function moveCamera(
  target: PageOrFrame,
  camera: { zoom: number; lat: number; lng: number },
  options: { timeoutMs?: number; onlyCamera?: boolean } = {},
): Promise<void> {
  const map = `${camera.zoom}/${camera.lat}/${camera.lng}`;
  await target.evaluate(
    ([value, only]) => {
      const host = document.querySelector<HTMLElement>('.story-map');
      if (!host) throw new Error('the page has no map (.story-map)');
      const progress = { moved: false, settled: false };
      (window as unknown as { __cameraMove: typeof progress }).__cameraMove = progress;
      const watcher = new MutationObserver((records) => {
        for (const record of records) {
          if (record.attributeName === 'data-camera') progress.moved = true;
          else if (progress.moved) progress.settled = true;
        }
        if (progress.settled) watcher.disconnect();
      });
      watcher.observe(host, { attributeFilter: ['data-camera', 'data-idle-count'] });
      const params = new URLSearchParams(only ? '' : location.hash.slice(1));
      params.set('map', value);
      location.hash = params.toString().replace(/%2F/g, '/');
    },
    [map, options.onlyCamera === true] as const,
  );
  await waitUntil(
    target,
    `the camera to move to map=${map} and the map to go idle there`,
    () => (window as unknown as { __cameraMove?: { settled: boolean } }).__cameraMove?.settled,
    undefined,
    options,
  );
}

/** The files of a story served beside the built ones: name → text, undefined for none. */
export type StoryFileReader = (name: string) => string | undefined;

/**
 * Serves one more story from its files' text, as if an editor had dropped its folder into
 * geo/stories/: it is listed in stories/index.json and its files are served under
 * stories/<id>/. A story folder that was never built has no preview picture: `blankPreview` stands
 * in an empty one rather than a 404 the page would log as an error.
 */
export async function serveStoryFiles(
  page: Page,
  story: { id: string; title: string; read: StoryFileReader },
  options: { blankPreview?: boolean } = {},
): Promise<void> {
  const { id, title, read } = story;
  await page.route('**/stories/index.json', async (route) => {
    const response = await route.fetch();
    const stories = (await response.json()) as { id: string; title: string }[];
    await route.fulfill({ response, json: [...stories, { id, title }] });
  });
  await page.route(`**/stories/${id}/*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const text = read(name);
    if (text !== undefined) {
      return route.fulfill({
        body: text,
        contentType: /\.(geo)?json$/.test(name) ? 'application/json' : 'text/plain',
      });
    }
    if (name === 'preview.svg' && options.blankPreview) {
      return route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"/>',
      });
    }
    return route.fulfill({ status: 404, body: 'not found' });
  });
}
