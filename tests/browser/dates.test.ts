/**
 * Choosing dates on the timeline in real Chromium: a period's label, the two date fields, a drag
 * across the axis, and a story dated only by years and months. The list, the count, the URL and
 * the map's pixels follow the range.
 */
import { describe, expect } from 'vitest';
import { idleCount, POLL, screenshot, storyFolder, test, waitForMapIdle } from './harness.ts';
import { countColour, halves, hashParams, LIGHT, mapBoxOf } from './map-view.ts';
import { events, ncg, readStory } from './story-data.ts';
import { clickPeriod, listedEventIds, shownCount } from './timeline-view.ts';

const PACIFIC_FOLDER = 'tests/fixtures/timeline-stories/pacific-years';
const pacific = readStory(PACIFIC_FOLDER);

describe('choosing dates', () => {
  test('answers “what happened in June 2024, and where?” with one click on the axis', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const { west, east } = halves(await mapBoxOf(page));
    const june2024 = ncg.eventIdsBetween('2024-06-01', '2024-06-30');
    // The story's Washington places (east of the Pacific) have no event that month.
    const eastern = new Set(
      ncg.places.filter((place) => place.id.startsWith('washington')).map((place) => place.id),
    );
    expect(
      june2024.some((id) =>
        ncg.events.find((e) => e.id === id)?.places.some((p) => eastern.has(p)),
      ),
    ).toBe(false);
    const washingtonBefore = await countColour(page, LIGHT.accent, east);
    expect(washingtonBefore).toBeGreaterThan(40);

    const before = await idleCount(page);
    await clickPeriod(page, '2024-06');
    expect(await hashParams(page)).toMatchObject({ from: '2024-06', to: '2024-06' });
    expect(await listedEventIds(page)).toEqual(june2024);
    expect(await shownCount(page)).toBe(`${june2024.length} of ${events.length} events`);
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2024-06-01');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2024-06-30');

    // Where: Washington had no event in June 2024, so its markers fade; Asia's stay strong.
    await waitForMapIdle(page, before);
    expect(await countColour(page, LIGHT.accent, east)).toBeLessThan(washingtonBefore / 4);
    expect(await countColour(page, LIGHT.accent, west)).toBeGreaterThan(40);
    await screenshot(page, 'desktop-timeline-june-2024');
    expect(errors).toEqual([]);
  });

  test('chooses dates with the two date fields, and shows every date again in one click', async ({
    openStory,
  }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    await page.locator('input[name="from"]').fill('2023-07-01');
    await page.locator('input[name="to"]').fill('2023-12-31');
    const second = ncg.eventIdsBetween('2023-07-01', '2023-12-31');
    expect(second.length).toBeGreaterThan(0);
    expect(second.length).toBeLessThan(events.length);
    await expect.poll(() => listedEventIds(page), POLL).toEqual(second);
    expect(await shownCount(page)).toBe(`${second.length} of ${events.length} events`);
    expect(await hashParams(page)).toMatchObject({ from: '2023-07-01', to: '2023-12-31' });

    await page.getByRole('button', { name: 'Show all dates' }).click();
    expect(await listedEventIds(page)).toEqual(events.map((e) => e.id));
    expect(await shownCount(page)).toBe(`${events.length} of ${events.length} events`);
    const hash = await hashParams(page);
    expect(hash['from']).toBeUndefined();
    expect(hash['to']).toBeUndefined();
    expect(await page.getByRole('button', { name: 'Show all dates' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('chooses the days under a drag across the axis', async ({ openStory }) => {
    const { page, errors } = await openStory('?story=ncg-2024');
    const may = await page.locator('.axis .label[data-period="2024-05"]').boundingBox();
    const august = await page.locator('.axis .label[data-period="2024-08"]').boundingBox();
    if (!may || !august) throw new Error('May and August 2024 have labels on the axis');
    await page.mouse.move(may.x + 4, may.y + 4);
    await page.mouse.down();
    await page.mouse.move((may.x + august.x) / 2, may.y + 4, { steps: 4 });
    await page.mouse.move(august.x + 4, may.y + 4, { steps: 4 });
    await page.mouse.up();
    const { from, to } = await hashParams(page);
    expect(from).toMatch(/^2024-05-0\d$/);
    expect(to).toMatch(/^2024-08-0\d$/);
    expect(await listedEventIds(page)).toEqual(ncg.eventIdsBetween(from ?? '', to ?? ''));
    expect(errors).toEqual([]);
  });

  test('works for a story dated only by years and months', async ({ openStory }) => {
    const { page, errors } = await openStory(`?story=${pacific.id}`, {
      story: storyFolder(pacific.id, pacific.titles.en, PACIFIC_FOLDER),
    });
    // Partial dates are written as partial: a year, a month and year, a span of months.
    expect(await page.locator('.event-list .date').allInnerTexts()).toEqual([
      '2021',
      'March 2022',
      'March 2022',
      'June – August 2022',
      '2023',
    ]);
    const years = [...new Set(pacific.events.map((e) => e.date.slice(0, 4)))];
    expect(await page.locator('.axis .label .year').allInnerTexts()).toEqual(years);
    // The month of 2022-03 events covers all of March: a range of days inside it finds them.
    await page.locator('input[name="from"]').fill('2022-03-15');
    await page.locator('input[name="to"]').fill('2022-06-01');
    const expected = pacific.eventIdsBetween('2022-03-15', '2022-06-01');
    await expect.poll(() => listedEventIds(page), POLL).toEqual(expected);
    expect(await shownCount(page)).toBe(`${expected.length} of ${pacific.events.length} events`);
    await screenshot(page, 'desktop-timeline-years-and-months');
    expect(errors).toEqual([]);
  });
});
