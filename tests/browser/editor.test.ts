/**
 * The story editor in real Chromium against the real editor server (on loopback, over a temporary
 * copy of geo/stories): a complete story made through the UI alone and saved as files the
 * validator accepts; a reload mid-edit brings the draft back; a change on disk is caught before
 * saving; axe finds no violation. Screenshots go to test-output/screenshots/editor-*.png.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import type { ViteDevServer } from 'vite';
import { startEditor } from '../../scripts/editor/server.ts';
import { folderReader } from '../../scripts/lib/validate-cli.ts';
import { loadStory } from '../../src/story/index.ts';
import { expectNoAxeViolations } from './axe.ts';
import {
  DESKTOP,
  LOOK,
  POLL,
  screenshot,
  storyFolder,
  test,
  waitForMapIdle,
  waitUntil,
  watchPage,
} from './harness.ts';
import { ncg, readStory } from './story-data.ts';
import { listedEventIds } from './timeline-view.ts';

let server: { server: ViteDevServer; url: string };
let storiesDir: string;

test.beforeAll(async ({ browser }) => {
  storiesDir = join(mkdtempSync(join(tmpdir(), 'editor-test-')), 'stories');
  cpSync('geo/stories', storiesDir, { recursive: true });
  // Port 0: the system's choice of a free port, so two runs (or `npm run edit`) never collide.
  server = await startEditor({ storiesRoot: storiesDir, port: 0 });
  // The dev server's first page load bundles the editor's dependencies, which took over 45 s on
  // two busy cores: done once here, within the hook's time, so each test's load is a normal one.
  const warmUp = await watchPage(browser, { viewport: DESKTOP });
  await warmUp.page.goto(server.url, { timeout: 110_000 });
  await warmUp.context.close();
});

afterAll(async () => {
  await server?.server.close();
  if (storiesDir) rmSync(join(storiesDir, '..'), { recursive: true, force: true });
});

async function openEditor(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.url}${query}`);
}

/** How many drafts the editor has written to IndexedDB (the status counts them). */
async function drafts(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('.status')?.dataset['drafts'] ?? 0),
  );
}

/** Waits until the draft of the latest change is in IndexedDB. */
async function waitForDraft(page: Page, atLeast: number): Promise<void> {
  await waitUntil(
    page,
    `draft number ${atLeast} to be written to IndexedDB`,
    (n: number) =>
      Number(document.querySelector<HTMLElement>('.status')?.dataset['drafts'] ?? 0) >= n,
    atLeast,
  );
}

async function waitForMap(page: Page): Promise<void> {
  await waitUntil(
    page,
    "the editor's map to be ready",
    () => document.querySelector('.place-map[data-ready="true"]') !== null,
    undefined,
  );
}

/** Clicks the map canvas at fractions of its size, as a reporter drawing would. */
async function clickMap(page: Page, points: [number, number][]): Promise<void> {
  const box = await page.locator('.place-map canvas').boundingBox();
  if (!box) throw new Error('the map has no canvas');
  for (const [fx, fy] of points) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    // terra-draw takes each click on its own; a pause lets it tell clicks from a double-click.
    await page.waitForTimeout(350);
  }
}

async function saveAndWait(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await waitUntil(
    page,
    'the editor to say the story is saved',
    () => document.querySelector<HTMLElement>('.status')?.dataset['state'] === 'saved',
    undefined,
  );
}

async function nameSelectedPlace(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(name);
}

async function fillEvent(
  page: Page,
  event: {
    date: string;
    title: string;
    summary: string;
    places: string[];
    source: [string, string];
  },
): Promise<void> {
  await page.getByRole('button', { name: 'Add event' }).click();
  await page.getByLabel('Date (YYYY, YYYY-MM or YYYY-MM-DD)').fill(event.date);
  await page.getByLabel('Title', { exact: true }).fill(event.title);
  await page.getByLabel('Summary', { exact: true }).fill(event.summary);
  for (const place of event.places) await page.getByRole('checkbox', { name: place }).check();
  await page.getByLabel('Source title 1').fill(event.source[0]);
  await page.getByLabel('Source URL 1').fill(event.source[1]);
}

describe('the story editor', () => {
  test(
    'makes a complete story from nothing through the UI alone, saved as valid files',
    { timeout: 240_000 },
    async ({ newPage, openStory }) => {
      const { page, errors } = await newPage({ viewport: DESKTOP });
      await openEditor(page);
      await page
        .getByLabel('Story id (lowercase letters, digits and hyphens)')
        .fill('harbour-2026');
      await page.getByRole('button', { name: 'Create' }).click();
      await waitForMap(page);

      // The scaffold's example event and place go first: the story is made from nothing.
      await page.getByRole('button', { name: 'Events', exact: true }).click();
      await page.getByRole('button', { name: /What happened, in one line/ }).click();
      await page.getByRole('button', { name: 'Delete event' }).click();
      // The deletion's notice offers an undo; closed, it leaves the editor as a reporter works in it.
      const notice = page.getByText('Event deleted.');
      await notice.waitFor();
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      await notice.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Places', exact: true }).click();
      await page.getByRole('button', { name: /Example place/ }).click();
      await page.getByRole('button', { name: 'Delete place' }).click();
      await page.getByRole('button', { name: /Example place/ }).waitFor({ state: 'detached' });

      // A point, typed by keyboard.
      await page.getByLabel('Longitude').fill('126.978');
      await page.getByLabel('Latitude').fill('37.5665');
      await page.getByRole('button', { name: 'Add point', exact: true }).click();
      await nameSelectedPlace(page, 'City Hall');

      // A line, drawn on the map: a click on its last point ends it.
      await page.getByRole('button', { name: 'Draw line' }).click();
      await clickMap(page, [
        [0.3, 0.3],
        [0.45, 0.4],
        [0.6, 0.35],
        [0.6, 0.35],
      ]);
      await nameSelectedPlace(page, 'Ferry route');

      // A polygon, drawn on the map: a click on its first point closes it.
      await page.getByRole('button', { name: 'Draw polygon' }).click();
      await clickMap(page, [
        [0.3, 0.6],
        [0.5, 0.6],
        [0.5, 0.8],
        [0.3, 0.8],
        [0.3, 0.6],
      ]);
      await nameSelectedPlace(page, 'Harbour zone');

      await page.getByRole('button', { name: 'Events', exact: true }).click();
      const typed = [
        {
          date: '2026-03-01',
          title: 'Harbour closes',
          summary: 'The port authority closes the harbour to traffic.',
          places: ['Harbour zone'],
          source: ['Port authority notice, 1 March 2026', 'https://example.org/notice-1'],
        },
        {
          date: '2026-03-02',
          title: 'Ferries stop',
          summary: 'The ferry between the two piers stops running.',
          places: ['Ferry route'],
          source: ['Ferry operator, 2 March 2026', 'https://example.org/ferry'],
        },
        {
          date: '2026-03-03',
          title: 'City hall statement',
          summary: 'The mayor explains the closure at city hall.',
          places: ['City Hall', 'Harbour zone'],
          source: ['City press office, 3 March 2026', 'https://example.org/statement'],
        },
      ] satisfies Parameters<typeof fillEvent>[1][];
      for (const event of typed) await fillEvent(page, event);

      // Two more events from a CSV file, previewed before they are added.
      await page.getByRole('button', { name: 'Import events (CSV/TSV)' }).click();
      const csv =
        '\uFEFFDate,Title,Summary,Places,Source Title,Source URL\n' +
        '2026-03-04,Harbour reopens,"Ships return, slowly.",harbour-zone,"Port authority, 4 March",https://example.org/reopen\n' +
        '2026-03-05,Ferries resume,The ferry runs again.,Ferry route,"Ferry operator, 5 March",https://example.org/resume\n';
      await page
        .locator('#import-file')
        .setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect
        .poll(() => page.locator('.import-preview tbody tr').count(), {
          ...POLL,
          message: 'the import preview lists the two rows',
        })
        .toBe(2);
      expect(await page.locator('.import-preview tbody').textContent()).not.toMatch(/unknown|not/i);
      await page.getByRole('button', { name: 'Add 2 events' }).click();

      await page.getByRole('button', { name: /^Problems/ }).click();
      await page.getByText('No problems: the story is ready to publish.').waitFor();
      await expectNoAxeViolations(page, 'editor, problems tab');
      await saveAndWait(page);
      // The preview beside the editor reloads with what was just saved.
      const preview = page.frameLocator('.preview-pane iframe');
      await expect
        .poll(() => preview.locator('.event-list li').count(), {
          ...POLL,
          message: "the editor's preview lists the five saved events",
        })
        .toBe(5);
      const previewFrame = page.frames().find((frame) => frame.url().includes('/?story='));
      if (!previewFrame) throw new Error("the editor's preview has no frame");
      await waitForMapIdle(previewFrame);
      await screenshot(page, 'editor-desktop');

      const result = await loadStory(
        'harbour-2026',
        folderReader(join(storiesDir, 'harbour-2026')),
      );
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const story = result.story;
      expect(story?.events.map((e) => e.title)).toEqual([
        'Harbour closes',
        'Ferries stop',
        'City hall statement',
        'Harbour reopens',
        'Ferries resume',
      ]);
      const geometries = story?.layers.flatMap((l) =>
        l.features.features.map((f) => f.geometry.type),
      );
      expect(geometries).toEqual(['Point', 'LineString', 'Polygon']);
      expect(errors).toEqual([]);

      // The reader's preview, served by the same editor from the same folder, tells the saved story.
      const saved = readStory(join(storiesDir, 'harbour-2026'));
      const reader = (await newPage({ viewport: DESKTOP })).page;
      await reader.goto(new URL('/?story=harbour-2026', server.url).href);
      await waitForMapIdle(reader);
      expect(await reader.locator('h1').innerText(LOOK)).toBe(saved.titles.en);
      expect(await listedEventIds(reader)).toEqual(saved.events.map((event) => event.id));
      await screenshot(reader, 'editor-preview-desktop');

      // The built reader, given the saved folder as published files, opens every place's popup
      // with that place's events.
      for (const place of saved.places) {
        const published = await openStory(`?story=harbour-2026#place=${place.id}`, {
          story: storyFolder('harbour-2026', saved.titles.en, join(storiesDir, 'harbour-2026')),
        });
        const dialog = published.page.getByRole('dialog');
        await expect
          .poll(
            () =>
              dialog
                .locator('h2')
                .innerText(LOOK)
                .catch(() => ''),
            {
              ...POLL,
              message: `the built reader's popup of ${place.id}`,
            },
          )
          .toBe(saved.placeName(place.id));
        expect(await dialog.locator('.event h3').allInnerTexts()).toEqual(
          saved.eventsOf(place.id).map((event) => event.title),
        );
        expect(published.errors).toEqual([]);
      }
    },
  );

  test('brings back the draft after a reload mid-edit', async ({ newPage }) => {
    const { page } = await newPage({ viewport: DESKTOP });
    await openEditor(page, '?story=ncg-2024');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const before = await drafts(page);
    await page.getByLabel('Title', { exact: true }).fill('A title typed, then the tab reloaded');
    await waitForDraft(page, before + 1);
    await page.reload();
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(
      'A title typed, then the tab reloaded',
    );
    await page.getByText('Your unsaved draft was restored.').waitFor();
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue(LOOK), {
        ...POLL,
        message: 'the title as the story files have it, once the draft is discarded',
      })
      .toBe(ncg.titles.en);
  });

  test('says the files changed on disk before saving over them', async ({ newPage }) => {
    const { page } = await newPage({ viewport: DESKTOP });
    await openEditor(page, '?story=ncg-2024');
    await waitForMap(page);
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    await page.getByLabel('Credit', { exact: true }).fill('Map: the desk, edited here');
    const file = join(storiesDir, 'ncg-2024', 'story.json');
    const theirs = readFileSync(file, 'utf8').replace('"title": "', '"title": "Pulled: ');
    writeFileSync(file, theirs);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The files changed on disk' });
    await alert.waitFor();
    // Nothing was written over theirs.
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    await page.getByRole('button', { name: 'Reload theirs' }).click();
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue(LOOK), {
        ...POLL,
        message: 'the title as the files on disk now have it',
      })
      .toBe(`Pulled: ${ncg.titles.en}`);
  });

  test('speaks Korean, and axe finds no violation on the story list', async ({ newPage }) => {
    const { page } = await newPage({ viewport: DESKTOP, locale: 'ko-KR' });
    await openEditor(page);
    await page.getByRole('heading', { name: '스토리 편집기' }).waitFor();
    await expectNoAxeViolations(page, 'story list, Korean');
    await page.getByRole('button', { name: /ncg-2024/ }).click();
    await waitForMap(page);
    await page.getByRole('button', { name: '사건', exact: true }).click();
    await page.locator('.item-list button').first().click();
    await screenshot(page, 'editor-korean');
    await expectNoAxeViolations(page, 'editor, events tab, Korean');
  });
});
