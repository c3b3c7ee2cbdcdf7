/**
 * A Korean or Japanese reader of ncg-2024 reads Korean or Japanese: every place's popup, opened
 * with `lang=ko` and `lang=ja`, shows the place's translated description and its events'
 * translated summaries and notes, and no English sentence outside the source titles (which stay
 * as the sources wrote them). The places come from the story's own files.
 * Screenshots of a popup in each language, desktop and phone, Japanese in dark mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  DESKTOP,
  launchChromium,
  openPage,
  PHONE,
  screenshot,
  waitForMapIdle,
} from './chromium.ts';

const FOLDER = 'geo/stories/ncg-2024';
type Language = 'ko' | 'ja';
type Fields = Record<string, unknown>;

const story = JSON.parse(readFileSync(join(FOLDER, 'story.json'), 'utf8')) as {
  layers: { file: string }[];
  events: (Fields & { id: string; places: string[] })[];
};
const places = story.layers.flatMap(
  ({ file }) =>
    (
      JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as {
        features: { id: string; properties: Fields }[];
      }
    ).features,
);

/**
 * A Latin-script sentence: three or more Latin-script words in a row, separated only by spaces
 * and punctuation. A word is a run of Latin letters, possibly joined by a hyphen, apostrophe or
 * full stop ("Seong-ryong", "D.C."). Names of one or two words (NCG, F-35, NATO, Natural Earth)
 * are proper nouns a translation keeps; three English words in a row are untranslated text.
 */
const WORD = String.raw`\p{Script=Latin}+(?:[-'’.]\p{Script=Latin}+)*\.?`;
const LATIN_SENTENCE = new RegExp(`${WORD}(?:[\\s,;:()]+${WORD}){2,}`, 'u');

/** The dialog's text without its source titles, as the reader sees it. */
function popupTextWithoutSources(page: Page): Promise<string> {
  return page.getByRole('dialog').evaluate((dialog) => {
    const copy = dialog.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('ul.sources').forEach((list) => list.remove());
    // innerText needs layout: the copy is measured off-screen, then removed.
    copy.style.position = 'absolute';
    copy.style.left = '-10000px';
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

/** Opens `place` through the URL hash (as a shared link does) and waits for its popup. */
async function openPlace(page: Page, placeId: string, heading: string): Promise<void> {
  await page.evaluate((id) => {
    location.hash = `place=${id}`;
  }, placeId);
  await expect
    .poll(() => page.getByRole('dialog').locator('h2').innerText(), {
      message: `the popup of ${placeId} opens`,
      timeout: 20_000,
    })
    .toBe(heading);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('ncg-2024 in Korean and Japanese', () => {
  it('has places to check, each with a name in both languages', () => {
    expect(places.length).toBeGreaterThan(5);
    for (const place of places) {
      expect(place.properties['name_ko'], place.id).toEqual(expect.any(String));
      expect(place.properties['name_ja'], place.id).toEqual(expect.any(String));
    }
  });

  it('the sentence test finds English and lets names through', () => {
    expect(LATIN_SENTENCE.test('Capital of South Korea.')).toBe(true);
    expect(LATIN_SENTENCE.test('워싱턴 D.C. 도심의 컨벤션 센터, 나토(NATO) 정상회의')).toBe(false);
    expect(LATIN_SENTENCE.test('F-35 스텔스 전투기, NCG, IISS')).toBe(false);
    expect(LATIN_SENTENCE.test('出典：KBS World Radio, Seoul')).toBe(true);
  });

  for (const language of ['ko', 'ja'] as const) {
    it(`shows every place's popup in ${language}, without English sentences`, async () => {
      const { page, errors } = await openPage(browser, DESKTOP);
      try {
        await page.goto(appUrl(`?story=ncg-2024&lang=${language}`));
        await waitForMapIdle(page);
        for (const place of places) {
          const name = place.properties[`name_${language}`] as string;
          await openPlace(page, place.id, name);
          const text = await popupTextWithoutSources(page);
          // The translations are what the popup shows ...
          const description = place.properties[`description_${language}`];
          if (place.properties['description'] !== undefined) expect(text).toContain(description);
          for (const event of story.events.filter((each) => each.places.includes(place.id))) {
            expect(text, `${place.id}: ${event.id}`).toContain(event[`summary_${language}`]);
            if (event['note'] !== undefined) {
              expect(text, `${place.id}: ${event.id}`).toContain(event[`note_${language}`]);
            }
          }
          // ... and nothing in it reads as English.
          expect(text.match(LATIN_SENTENCE)?.[0], `${place.id} in ${language}`).toBeUndefined();
        }
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('screenshots: Korean and Japanese popups, desktop and phone, Japanese in dark mode', async () => {
    const shots: [Language, typeof DESKTOP, 'light' | 'dark', string][] = [
      ['ko', DESKTOP, 'light', 'desktop'],
      ['ko', PHONE, 'light', 'phone'],
      ['ja', DESKTOP, 'dark', 'desktop'],
      ['ja', PHONE, 'dark', 'phone'],
    ];
    for (const [language, viewport, theme, device] of shots) {
      const { page, errors } = await openPage(browser, viewport, { colorScheme: theme });
      try {
        await page.goto(appUrl(`?story=ncg-2024&lang=${language}#place=singapore-shangri-la`));
        await waitForMapIdle(page);
        await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
        await screenshot(page, `${device}-ncg-popup-${language}-${theme}`);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });
});
