/**
 * Photos in events and places, as readers see them: in the popup (inside its dialog), in the
 * list of every event where the map cannot run, in the prerendered page and on paper, each with
 * its alt text and credit, lazily loaded, in sizes that keep a phone's popup light.
 *
 * ncg-2024 has no photos, so the fixture story valid-media is served beside the built stories:
 * its checked copy, media.json, made files and prerendered page come from the same functions the
 * build uses (scripts/media/, scripts/preview/story-outputs.ts), made here in Node.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import {
  buildStoryInMemory,
  serveBuiltStory,
  type BuiltStory,
} from '../../scripts/media/built-story.ts';
import { axeViolations } from './axe.ts';
import { appUrl, DESKTOP, LOOK, PHONE, POLL, screenshot, test, waitForMapIdle } from './harness.ts';

const ID = 'valid-media';
/** The budget of issue 13: photos a phone-width popup fetches. */
const PHONE_POPUP_PHOTO_BYTES = 150_000;

const SHIP = {
  alt: 'A grey warship on a dark sea under an orange evening sky',
  credit: 'Test drawing, made with sharp for this fixture',
  caption: 'Ships sail south of Jeju.',
};

let built: BuiltStory;
beforeAll(async () => {
  built = await buildStoryInMemory(path.resolve('tests/fixtures/stories', ID));
});

/** Serves valid-media beside the built stories, as a build that held it would. */
function serveMediaStory(page: Page): Promise<void> {
  return serveBuiltStory(page, built);
}

/** Serves the photo story to `page`, opens it at `path` (under the app) and waits for its map. */
async function openMediaStory(page: Page, path: string): Promise<void> {
  await serveMediaStory(page);
  await page.goto(appUrl(path));
  await waitForMapIdle(page);
}

/** The first `<img>` matching `selector` has loaded: its natural width (0 until then). */
function loadedWidth(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate(imageWidth, undefined, LOOK);
}

/** Bytes of the photos (`/media/` files) the page has received so far. */
function photoBytes(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/media/'))
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
  );
}

describe('a popup with a photo', () => {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`shows it in the dialog with alt text, caption and credit (${name}, ${colorScheme})`, async ({
        newPage,
      }) => {
        const { page, errors, requests } = await newPage({ viewport, colorScheme });
        // Under the documented Content-Security-Policy: img-src 'self' must let the photos in.
        await openMediaStory(page, `csp/index.html?story=${ID}#event=exercise`);
        const dialog = page.getByRole('dialog');
        const img = dialog.locator('figure.event-media img');
        await expect.poll(() => img.getAttribute('alt', LOOK), POLL).toBe(SHIP.alt);
        await expect
          .poll(() => loadedWidth(page, '[role="dialog"] figure img'), POLL)
          .toBeGreaterThan(0);
        const caption = dialog.locator('figure.event-media figcaption');
        expect(await caption.innerText(LOOK)).toBe(`${SHIP.caption} ${SHIP.credit}`);
        expect(await caption.locator('.credit').isVisible()).toBe(true);
        expect(await img.getAttribute('loading')).toBe('lazy');
        expect(await img.getAttribute('decoding')).toBe('async');
        // Width and height are written out, so nothing moves when the photo arrives.
        expect(await img.getAttribute('width')).toBe('1024');
        expect(await img.getAttribute('height')).toBe('640');
        // A WebP from the srcset, not the JPEG fallback, and never the original.
        expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.webp$/);
        expect(requests.some((url) => /ship-at-sea\.jpg$/.test(url))).toBe(false);
        if (name === 'phone') {
          expect(await photoBytes(page)).toBeGreaterThan(0);
          expect(await photoBytes(page)).toBeLessThanOrEqual(PHONE_POPUP_PHOTO_BYTES);
        }
        // The popup scrolls its own body: bring the photo and its credit into the picture.
        await caption.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        await screenshot(page, `media-popup-${name}-${colorScheme}`);
        expect(errors).toEqual([]);
      });
    }
  }

  test("a place's own photo shows in its popup", async ({ newPage }) => {
    const { page, errors } = await newPage({ viewport: DESKTOP });
    await openMediaStory(page, `?story=${ID}#place=washington`);
    const figure = page.getByRole('dialog').locator('figure.event-media').first();
    await expect
      .poll(() => figure.locator('img').getAttribute('alt', LOOK), POLL)
      .toBe('A columned hall with a grey roof');
    expect(await figure.locator('figcaption').innerText(LOOK)).toBe(
      `Where the talks were held. ${SHIP.credit}`,
    );
    expect(errors).toEqual([]);
  });
});

test('printed, the photos are loaded and on paper, each with its alt text and credit', async ({
  newPage,
}) => {
  const { page, errors } = await newPage({ viewport: DESKTOP });
  await openMediaStory(page, `?story=${ID}`);
  const print = page.locator('.print-events');
  await expect.poll(() => print.locator('figure.event-media img').count(), POLL).toBe(2);
  // Built once idle, its photos wait, lazy, in a list hidden on screen: none has loaded yet.
  expect(await print.locator('img').evaluateAll(loadedWidths)).toEqual([0, 0]);
  // Printing as Ctrl+P does, with screen media: `beforeprint`, the print layout, the PDF.
  const pdf = await page.pdf();
  expect(await print.locator('img').evaluateAll(loadedWidths)).not.toContain(0);
  // On paper: the fixture's preview is a vector picture, so each raster image is a photo.
  const photoFiles = await print
    .locator('img')
    .evaluateAll((imgs) => new Set(imgs.map((img) => (img as HTMLImageElement).currentSrc)).size);
  expect(imageObjects(pdf)).toBe(photoFiles);
  await page.emulateMedia({ media: 'print' });
  const ship = print.locator(`img[alt="${SHIP.alt}"]`);
  // Visible once the print layout applies (the list is hidden on screen).
  await expect.poll(() => ship.isVisible(), POLL).toBe(true);
  expect(
    await print.locator('img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt'))),
  ).toEqual(['A columned hall with a grey roof', SHIP.alt]);
  const credits = await print.locator('figure .credit').allInnerTexts();
  expect(credits).toEqual([SHIP.credit, SHIP.credit]);
  await screenshot(page, 'media-print', { fullPage: true });
  expect(errors).toEqual([]);
});

/** An image's loaded width, 0 until it has loaded: for `evaluate` in the page. */
function imageWidth(img: HTMLImageElement): number {
  return img.complete ? img.naturalWidth : 0;
}

/** Each image's loaded width, 0 for one not (yet) loaded: for `evaluateAll`. */
function loadedWidths(imgs: Element[]): number[] {
  return imgs.map((img) =>
    (img as HTMLImageElement).complete ? (img as HTMLImageElement).naturalWidth : 0,
  );
}

/** The image objects in a PDF (Chromium's writes each decoded picture once, uncompressed dictionary). */
function imageObjects(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Subtype\s*\/Image\b/g)?.length ?? 0;
}

describe('the event list beside the map', () => {
  test('shows an event’s photo in its row as a small thumbnail, with alt text and credit', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage({ viewport: DESKTOP });
    await openMediaStory(page, `?story=${ID}`);
    const row = page.locator('section.events li[data-event-id="exercise"]');
    const img = row.locator('figure.event-media img');
    await expect.poll(() => img.getAttribute('alt', LOOK), POLL).toBe(SHIP.alt);
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate(imageWidth, undefined, LOOK), {
        ...POLL,
        message: 'the thumbnail loaded',
      })
      .toBeGreaterThan(0);
    // The credit, without the caption (the popup has it), visible in the row.
    const credit = row.locator('figure.event-media figcaption');
    expect(await credit.innerText(LOOK)).toBe(SHIP.credit);
    expect(await credit.isVisible()).toBe(true);
    expect(await img.getAttribute('loading')).toBe('lazy');
    expect(await img.getAttribute('width')).toBe('1024');
    expect(await img.getAttribute('height')).toBe('640');
    // Small, from the smallest size built, inside its row.
    expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/-320\.webp$/);
    const [thumb, button] = await Promise.all([
      img.boundingBox(),
      row.locator('button').boundingBox(),
    ]);
    expect(thumb && thumb.width <= 80 && thumb.height <= 80).toBe(true);
    expect(
      thumb && button && thumb.y >= button.y && thumb.y + thumb.height <= button.y + button.height,
    ).toBe(true);
    // Only the rows of events with photos have one.
    expect(
      await page
        .locator(
          'section.events li:not([data-event-id="exercise"], [data-event-id="meeting"]) figure',
        )
        .count(),
    ).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => page.locator('html').getAttribute('data-theme', LOOK), POLL)
        .toBe(scheme);
      await screenshot(page, `media-event-list-desktop-${scheme}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    // A click on the photo chooses its event, like one on the row (the button takes it).
    const box = await img.boundingBox();
    if (!box) throw new Error('the thumbnail has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(
        () => page.getByRole('dialog').locator('[aria-current="true"] h3').innerText(LOOK),
        POLL,
      )
      .toBe('Three-day exercise');
    // At phone width, the row keeps its thumbnail and credit beside the text.
    await page.setViewportSize(PHONE);
    const meeting = page.locator('section.events li[data-event-id="meeting"]');
    await meeting.scrollIntoViewIfNeeded();
    const hall = meeting.locator('figure.event-media img');
    await expect
      .poll(() => hall.evaluate(imageWidth, undefined, LOOK), {
        ...POLL,
        message: 'the phone row’s thumbnail loaded',
      })
      .toBeGreaterThan(0);
    expect(await hall.getAttribute('alt')).toBe('A columned hall with a grey roof');
    expect(await meeting.locator('figcaption').innerText(LOOK)).toBe(SHIP.credit);
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => page.locator('html').getAttribute('data-theme', LOOK), POLL)
        .toBe(scheme);
      await screenshot(page, `media-event-list-phone-${scheme}`);
    }
    expect(errors).toEqual([]);
  });
});

test('without WebGL, the list of every event shows the photos with alt text and credit', async ({
  newPage,
  noWebglBrowser,
}) => {
  const { page, errors } = await newPage({ viewport: PHONE, browser: noWebglBrowser });
  await serveMediaStory(page);
  await page.goto(appUrl(`?story=${ID}`));
  const list = page.locator('.event-list');
  const ship = list.locator(`figure.event-media img[alt="${SHIP.alt}"]`);
  await ship.scrollIntoViewIfNeeded();
  await expect
    .poll(() => loadedWidth(page, `.event-list img[alt="${SHIP.alt}"]`), POLL)
    .toBeGreaterThan(0);
  const figure = list.locator(`figure.event-media:has(img[alt="${SHIP.alt}"])`);
  expect(await figure.locator('figcaption').innerText(LOOK)).toBe(`${SHIP.caption} ${SHIP.credit}`);
  await screenshot(page, 'media-no-webgl-phone');
  expect(errors).toEqual([]);
});

describe('the scrolling story page', () => {
  test('a card shows its photo with alt text, caption and credit; on a phone its popup does not repeat it', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage({ viewport: PHONE });
    await openMediaStory(page, `?story=${ID}&layout=scroll#event=exercise`);
    const card = page.locator('.card[data-event-id="exercise"]');
    const figure = card.locator(`figure.event-media:has(img[alt="${SHIP.alt}"])`);
    await expect
      .poll(() => loadedWidth(page, `.card[data-event-id="exercise"] img[alt="${SHIP.alt}"]`), {
        ...POLL,
        message: 'the card’s photo loaded',
      })
      .toBeGreaterThan(0);
    expect(await figure.locator('figcaption').innerText(LOOK)).toBe(
      `${SHIP.caption} ${SHIP.credit}`,
    );
    expect(await figure.locator('.credit').isVisible()).toBe(true);
    // The popup over the map names the place; the photo is on screen once, in the card.
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), POLL)
      .toBe('Exercise area');
    expect(await page.getByRole('dialog').locator('figure').count()).toBe(0);
    await figure.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'media-scroll-card-phone');
    expect(errors).toEqual([]);
  });

  test('without WebGL, the cards show their photos beside the map’s picture', async ({
    newPage,
    noWebglBrowser,
  }) => {
    const { page, errors } = await newPage({
      viewport: DESKTOP,
      browser: noWebglBrowser,
      colorScheme: 'dark',
    });
    await serveMediaStory(page);
    await page.goto(appUrl(`?story=${ID}&layout=scroll`));
    await expect
      .poll(() => page.getByTestId('map-fallback').count(), { ...POLL, message: 'the fallback' })
      .toBe(1);
    for (const [id, alt] of [
      ['meeting', 'A columned hall with a grey roof'],
      ['exercise', SHIP.alt],
    ] as const) {
      const img = page.locator(`.card[data-event-id="${id}"] figure.event-media img`);
      await img.scrollIntoViewIfNeeded();
      expect(await img.getAttribute('alt')).toBe(alt);
      await expect
        .poll(() => loadedWidth(page, `.card[data-event-id="${id}"] figure.event-media img`), {
          ...POLL,
          message: `${id}’s photo loaded`,
        })
        .toBeGreaterThan(0);
      expect(
        await page.locator(`.card[data-event-id="${id}"] figure .credit`).innerText(LOOK),
      ).toBe(SHIP.credit);
    }
    await screenshot(page, 'media-scroll-no-webgl-desktop-dark');
    expect(errors).toEqual([]);
  });
});

test('the prerendered page shows the photos with alt text and credit, without JavaScript', async ({
  newPage,
}) => {
  const { page, errors } = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  await serveMediaStory(page);
  await page.goto(appUrl(`stories/${ID}/index.html`));
  const ship = page.locator(`figure.event-media img[alt="${SHIP.alt}"]`);
  await ship.scrollIntoViewIfNeeded();
  await expect.poll(() => loadedWidth(page, `img[alt="${SHIP.alt}"]`), POLL).toBeGreaterThan(0);
  expect(await ship.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\.webp$/);
  const figure = page.locator(`figure.event-media:has(img[alt="${SHIP.alt}"])`);
  expect(await figure.locator('figcaption').innerText(LOOK)).toBe(`${SHIP.caption} ${SHIP.credit}`);
  expect(errors).toEqual([]);
});

test('a story without photos asks for nothing about photos, popup open', async ({ openStory }) => {
  const { page, requests, errors } = await openStory('?story=ncg-2024#place=seoul-mnd');
  await expect.poll(() => page.getByRole('dialog').locator('h2').count(), POLL).toBe(1);
  expect(await page.locator('figure.event-media').count()).toBe(0);
  expect(requests.filter((url) => /\/media(\.json|\/)/.test(url))).toEqual([]);
  expect(errors).toEqual([]);
});
