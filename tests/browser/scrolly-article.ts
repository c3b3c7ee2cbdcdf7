/**
 * A test article that tells the ncg-2024 story in paragraphs marked `data-storymap-step`: the
 * share panel's scrollytelling code (the map with pym.js, and `embed/storymap.js` from the map's
 * site) with its example step replaced by the story's paragraphs, as an editor would publish it.
 */
import type { Frame, Page } from 'playwright-core';
import { appRootUrl } from '../../src/embed/embed-urls.ts';
import { iframeSnippet, scrollySnippet } from '../../src/embed/snippets.ts';
import { embedSrc, filler } from './article.ts';
import { appUrl, LOOK } from './harness.ts';
import { events, ncg, type RawEvent } from './story-data.ts';

/** Events with one place each, at different places, spread over the story: one step each. */
export const stepEvents: RawEvent[] = (() => {
  const single = events.filter((event) => event.places.length === 1);
  const distinct = single.filter(
    (event, i) => single.findIndex((other) => other.places[0] === event.places[0]) === i,
  );
  return [0, Math.floor(distinct.length / 2), distinct.length - 1].flatMap(
    (i) => distinct[i] ?? [],
  );
})();

/** The place of the last step: a `place:` step after the events. */
export const stepPlace = ncg.places.find(
  (place) => !stepEvents.some((e) => e.places[0] === place.id),
);

/** The article's own look, light and dark (the cards follow `color-scheme`). */
const ARTICLE_STYLE = `<style>
  @media (prefers-color-scheme: dark) {
    :root { color-scheme: dark; }
    body { background: #15171a; color: #e8e6e3; }
    .filler { background: repeating-linear-gradient(#15171a 0 40px, #1d2024 40px 80px) !important; }
  }
</style>`;

function step(value: string, html: string): string {
  return `<p data-storymap-step="${value}" tabindex="0">${html}</p>`;
}

/**
 * The article's body: filler, the map and its steps in one section, the script, filler. With
 * `plainIframe`, the map is the plain iframe code (no inline script, for a strict policy).
 */
export function scrollyArticle({ plainIframe = false } = {}): string {
  const steps = stepEvents.map((event) =>
    step(`event:${event.id}`, `<strong>${event.date}.</strong> ${event.title}.`),
  );
  if (stepPlace) steps.push(step(`place:${stepPlace.id}`, `And then there is ${stepPlace.name}.`));
  const code = scrollySnippet({
    src: embedSrc(),
    appRoot: appRootUrl(appUrl()),
    title: 'Map: nuclear talks',
    storyId: 'ncg-2024',
  });
  const example = /<p data-storymap-step=[^\n]*<\/p>/;
  if (!example.test(code)) throw new Error('the scrollytelling code has no example step');
  let article = code.replace(example, steps.join('\n'));
  if (plainIframe) {
    article = article.replace(/<div id="story-map[^]*?<\/script>\n<script>[^\n]*<\/script>/, () =>
      iframeSnippet({ src: embedSrc(), appRoot: '', title: 'Map: nuclear talks', storyId: '' }),
    );
    if (article.includes('pym')) throw new Error('the pym.js code is still in the article');
  }
  return [ARTICLE_STYLE, filler(300), article, filler(900)].join('\n');
}

/** The step elements of the article, in order. */
export function stepLocators(page: Page) {
  return page.locator('[data-storymap-step]');
}

/** What the map's popup shows: its heading and the event it marks (empty when none). */
export async function popupShows(frame: Frame): Promise<string> {
  const dialog = frame.getByRole('dialog');
  if ((await dialog.count()) === 0) return '';
  const heading = await dialog.locator('h2').innerText(LOOK);
  const current = dialog.locator('.event[aria-current="true"] h3');
  return (await current.count()) > 0 ? `${heading} | ${await current.innerText(LOOK)}` : heading;
}

/** What the popup should show for an event step and for the place step. */
export function expectedForEvent(event: RawEvent): string {
  return `${ncg.placeName(event.places[0] ?? '')} | ${event.title}`;
}

/** A plain iframe of the test story with an id, for `data-storymap-for`. */
function mapIframe(id: string, title: string): string {
  const code = iframeSnippet({ src: embedSrc(), appRoot: '', title, storyId: '' });
  return code.replace('<iframe ', `<iframe id="${id}" `);
}

/**
 * An article with two maps, `map-a` and `map-b`, each in its own section with its steps, and one
 * step for the first map after the second: `data-storymap-for` must win over "the nearest map
 * before it". Returns the article and, per map, the steps that drive it in the article's order.
 */
export function twoMapArticle(): { body: string; stepsOf: Record<'map-a' | 'map-b', RawEvent[]> } {
  const [first, second, third] = stepEvents as [RawEvent, RawEvent, RawEvent];
  const line = (event: RawEvent) => `<strong>${event.date}.</strong> ${event.title}.`;
  const body = [
    ARTICLE_STYLE,
    filler(300),
    `<section>${mapIframe('map-a', 'Map A')}`,
    step(`event:${first.id}`, line(first)),
    '</section>',
    filler(600),
    `<section>${mapIframe('map-b', 'Map B')}`,
    `<div data-storymap-for="map-b">${step(`event:${second.id}`, line(second))}</div>`,
    '</section>',
    `<div data-storymap-for="map-a">${step(`event:${third.id}`, line(third))}</div>`,
    filler(900),
    `<script src="${appUrl('embed/storymap.js')}"></script>`,
  ].join('\n');
  return { body, stepsOf: { 'map-a': [first, third], 'map-b': [second] } };
}
