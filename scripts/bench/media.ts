/**
 * The photo budgets of issue 13: a story without photos asks for nothing about photos (no
 * `media.json`, no photo file), and a popup with photos fetches at most 150 KB of them on a
 * phone. The second opens the fixture story valid-media (ncg-2024 has no photos), built in memory
 * by the build's own functions and served beside the site (scripts/media/built-story.ts).
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { waitForMapIdle, waitUntil } from '../browser/story-page.ts';
import { buildStoryInMemory, serveBuiltStory } from '../media/built-story.ts';
import { judge, KB, type Budget, type Figure } from './budgets.ts';
import type { VisitResult } from './visit.ts';

export const MEDIA_BUDGETS = {
  noPhotoRequests: {
    id: 'no-photo-media-requests',
    label: 'story without photos: requests for photos or media.json',
    limit: 0,
    kind: 'at-most',
    unit: 'count',
  },
  phonePopupPhotoBytes: {
    id: 'phone-popup-photo-bytes',
    label: 'popup with a photo, phone (390 px wide, 3x pixels): photo bytes fetched',
    limit: 150 * KB,
    kind: 'at-most',
    unit: 'bytes',
  },
} as const satisfies Record<string, Budget>;

/** A request for anything made from photos. */
const PHOTO_REQUEST = /\/stories\/[^/]+\/media(\.json$|\/)/;

/** The most photo requests any visit of a story without photos made (budget: none). */
export function noPhotoFigures(visits: readonly VisitResult[]): Figure[] {
  const counts = visits.map(
    (visit) => visit.requests.filter((request) => PHOTO_REQUEST.test(request.url)).length,
  );
  return [
    judge(
      MEDIA_BUDGETS.noPhotoRequests.id,
      MEDIA_BUDGETS.noPhotoRequests.label,
      'count',
      counts.length > 0 ? Math.max(...counts) : null,
      { budget: MEDIA_BUDGETS.noPhotoRequests, note: `${counts.length} visits, popup opened` },
    ),
  ];
}

/** The fixture story with photos, and the event whose popup shows one. */
const MEDIA_STORY_FOLDER = 'tests/fixtures/stories/valid-media';
const MEDIA_EVENT = 'exercise';

/**
 * Opens the popup of an event with a photo at phone size and counts the bytes of the photo files
 * it fetched (the largest of `runs` visits).
 */
export async function measurePhonePopupPhotos(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<Figure[]> {
  const built = await buildStoryInMemory(path.resolve(MEDIA_STORY_FOLDER));
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('response', (response) => {
        if (/\/media\//.test(response.url())) {
          sizes.push(
            response.body().then(
              (body) => body.length,
              () => 0,
            ),
          );
        }
      });
      await serveBuiltStory(page, built);
      await page.goto(`${baseUrl}?story=${built.id}#event=${MEDIA_EVENT}`);
      await waitForMapIdle(page);
      await waitUntil(
        page,
        'the photo in the popup to load',
        () => {
          const img = document.querySelector<HTMLImageElement>('[role="dialog"] figure img');
          return img?.complete === true && img.naturalWidth > 0;
        },
        undefined,
      );
      const bytes = await Promise.all(sizes);
      totals.push(bytes.reduce((sum, size) => sum + size, 0));
    } finally {
      await context.close();
    }
  }
  return [
    judge(
      MEDIA_BUDGETS.phonePopupPhotoBytes.id,
      MEDIA_BUDGETS.phonePopupPhotoBytes.label,
      'bytes',
      totals.length > 0 ? Math.max(...totals) : null,
      {
        budget: MEDIA_BUDGETS.phonePopupPhotoBytes,
        note: `${built.id}#event=${MEDIA_EVENT}, largest of ${totals.length}`,
      },
    ),
  ];
}
