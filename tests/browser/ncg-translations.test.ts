/**
 * A Korean or Japanese reader of ncg-2024 reads Korean or Japanese: every place's popup, opened
 * with `lang=ko` and `lang=ja`, shows the place's translated description and its events'
 * translated summaries and notes, and no English sentence outside the source titles (which stay
 * as the sources wrote them). The places come from the story's own files.
 * Screenshots of a popup in each language, desktop and phone, Japanese in dark mode: the desktop
 * ones from the pages that check every popup (Japanese read in dark mode), so no page is opened
 * twice for the same view.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { LOOK, PHONE, POLL, screenshot, test } from './harness.ts';
import { asWritten, ncg, places } from './story-data.ts';

/**
 * A Latin-script sentence: three or more Latin-script words in a row, separated only by spaces
 * and punctuation. A word is a run of Latin letters, possibly joined by a hyphen, apostrophe or
 * full stop ("Seong-ryong", "D.C."). Names of one or two words (NCG, F-35, NATO, Natural Earth)
 * are proper nouns a translation keeps; three English words in a row are untranslated text.
 */
const WORD = String.raw`\p{Script=Latin}+(?:[-'’.]\p{Script=Latin}+)*\.?`;
const LATIN_SENTENCE = new RegExp(`${WORD}(?:[\\s,;:()]+${WORD}){2,}`, 'u');

/** The place whose popup the screenshots show. */
const SHOWN_PLACE = 'singapore-shangri-la';

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
    .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), {
      ...POLL,
      message: `the popup of ${placeId} opens`,
    })
    .toBe(heading);
}

describe('ncg-2024 in Korean and Japanese', () => {
  // story-data.ts gives the English name where a translation is missing: a translated one differs.
  test('has places to check, each with a name in both languages', () => {
    expect(places.length).toBeGreaterThan(5);
    for (const place of places) {
      expect(place.names.ko, place.id).not.toBe(place.name);
      expect(place.names.ja, place.id).not.toBe(place.name);
    }
  });

  test('the sentence test finds English and lets names through', () => {
    expect(LATIN_SENTENCE.test('Capital of South Korea.')).toBe(true);
    expect(LATIN_SENTENCE.test('워싱턴 D.C. 도심의 컨벤션 센터, 나토(NATO) 정상회의')).toBe(false);
    expect(LATIN_SENTENCE.test('F-35 스텔스 전투기, NCG, IISS')).toBe(false);
    expect(LATIN_SENTENCE.test('出典：KBS World Radio, Seoul')).toBe(true);
  });

  for (const [language, colorScheme] of [
    ['ko', 'light'],
    ['ja', 'dark'],
  ] as const) {
    test(`shows every place's popup in ${language}, without English sentences`, async ({
      openStory,
    }) => {
      const { page, errors } = await openStory(`?story=ncg-2024&lang=${language}`, {
        colorScheme,
      });
      for (const place of places) {
        await openPlace(page, place.id, place.names[language]);
        const text = await popupTextWithoutSources(page);
        // The translations are what the popup shows ...
        if (place.descriptions) expect(text).toContain(place.descriptions[language]);
        for (const event of ncg.eventsOf(place.id)) {
          expect(text, `${place.id}: ${event.id}`).toContain(
            asWritten(event, 'summary')?.[language],
          );
          const note = asWritten(event, 'note');
          if (note) expect(text, `${place.id}: ${event.id}`).toContain(note[language]);
        }
        // ... and nothing in it reads as English.
        expect(text.match(LATIN_SENTENCE)?.[0], `${place.id} in ${language}`).toBeUndefined();
        if (place.id === SHOWN_PLACE) {
          await screenshot(page, `desktop-ncg-popup-${language}-${colorScheme}`);
        }
      }
      expect(errors).toEqual([]);
    });
  }

  test('screenshots: Korean and Japanese popups on a phone, Japanese in dark mode', async ({
    openStory,
  }) => {
    const shots = [
      ['ko', 'light'],
      ['ja', 'dark'],
    ] as const;
    for (const [language, colorScheme] of shots) {
      const { page, errors } = await openStory(
        `?story=ncg-2024&lang=${language}#place=${SHOWN_PLACE}`,
        { viewport: PHONE, colorScheme },
      );
      await expect
        .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), {
          ...POLL,
          message: `the popup of ${SHOWN_PLACE} opens`,
        })
        .toBe(ncg.placeName(SHOWN_PLACE, language));
      await screenshot(page, `phone-ncg-popup-${language}-${colorScheme}`);
      expect(errors).toEqual([]);
    }
  });
});
