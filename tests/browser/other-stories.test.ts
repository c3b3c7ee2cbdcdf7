/**
 * Stories other than ncg-2024, in the built app: a second folder works with no code change, and a
 * broken one gets a readable list of its problems instead of a blank map while the others still work.
 */
import { describe, expect } from 'vitest';
import {
  appUrl,
  LOOK,
  moveCamera,
  POLL,
  screenshot,
  serveStory,
  storyFolder,
  test,
  waitForMapIdle,
} from './harness.ts';
import { mapCentre } from './map-view.ts';
import { ncg, readStory } from './story-data.ts';

const MINIMAL_FOLDER = 'tests/fixtures/stories/valid-minimal';
const minimal = readStory(MINIMAL_FOLDER);

describe('a second story folder', () => {
  test('is drawn and opened with no code change, lines across the antimeridian included', async ({
    openStory,
  }) => {
    const story = storyFolder('second', minimal.titles.en, MINIMAL_FOLDER);
    const { page, errors } = await openStory('?story=second', { story });
    expect(await page.locator('h1').innerText()).toBe(minimal.titles.en);
    expect(await page.locator('.places button').count()).toBe(minimal.places.length);

    // The route is drawn as two lines meeting at 180°; click it just west of the antimeridian…
    const route = minimal.places.find((place) => place.geometry.type.endsWith('LineString'));
    if (!route) throw new Error('the minimal story has no line');
    const dialog = page.getByRole('dialog');
    await moveCamera(page, { zoom: 5, lat: 39.01, lng: 170 });
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => dialog.locator('h2').innerText(LOOK), POLL).toBe(route.name);
    await screenshot(page, 'desktop-second-story-line');

    // …and just east of it, on the other half of the same place.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count(), POLL).toBe(0);
    await moveCamera(page, { zoom: 5, lat: 32.01, lng: -170 });
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => dialog.locator('h2').innerText(LOOK), POLL).toBe(route.name);
    expect(errors).toEqual([]);
  });
});

describe('a story with errors', () => {
  test('shows each problem with its file, pointer and fix, and links to the stories that work', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage();
    await serveStory(
      page,
      storyFolder('broken', 'Broken', 'tests/fixtures/stories/event-unknown-place'),
    );
    await page.goto(appUrl('?story=broken'));
    const panel = page.getByRole('alert');
    await expect
      .poll(() => panel.locator('h1').innerText(LOOK), POLL)
      .toBe('This story cannot be shown');
    const problem = await panel.locator('.problems li').first().innerText();
    expect(problem).toContain('broken/story.json');
    expect(problem).toContain('/events/1/places/0');
    expect(problem).toContain('did you mean "seoul"');
    await screenshot(page, 'desktop-broken-story');

    await panel.getByRole('link', { name: ncg.titles.en }).click();
    await waitForMapIdle(page);
    expect(await page.locator('h1').innerText()).toBe(ncg.titles.en);
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
  });

  test('names a story that does not exist and lists the ones that do', async ({ newPage }) => {
    const { page, errors } = await newPage();
    await page.goto(appUrl('?story=no-such-story'));
    const panel = page.getByRole('alert');
    await expect
      .poll(() => panel.innerText(LOOK), POLL)
      .toContain('There is no story called “no-such-story”');
    expect(await panel.innerText()).toContain(ncg.id);
    expect(errors).toEqual([]);
  });
});
