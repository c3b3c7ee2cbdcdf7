import { describe, expect, it } from 'vitest';
import { PageUrl, type UrlWindow } from '../../../src/app/page-url.svelte.ts';
import { ReaderState, type CameraRequest } from '../../../src/app/reader.svelte.ts';
import { embedUrl } from '../../../src/embed/embed-urls.ts';
import { loadStoryIndex } from '../ncg-story.ts';

const index = await loadStoryIndex();

/** A window whose history counts its entries. */
function countingWindow(start: string) {
  const entries = [start];
  const window: UrlWindow = {
    location: {
      get href() {
        return entries.at(-1) as string;
      },
    },
    history: {
      state: null,
      pushState: (_s, _u, url) => void entries.push(new URL(String(url), entries.at(-1)).href),
      replaceState: (_s, _u, url) => {
        entries[entries.length - 1] = new URL(String(url), entries.at(-1)).href;
      },
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  return { window, entries };
}

describe('following the scroll page’s cards', () => {
  it('records each card in the current history entry, not a new one', () => {
    const browser = countingWindow('https://maps.example/?story=ncg-2024&layout=scroll');
    const url = new PageUrl(browser.window);
    const reader = new ReaderState(index, url, { selection: {}, range: {} });
    const [first, second] = index.story.events;
    reader.followCard(first?.id ?? '');
    reader.followCard(second?.id ?? '');
    expect(browser.entries).toEqual([
      `https://maps.example/?story=ncg-2024&layout=scroll#event=${second?.id ?? ''}`,
    ]);
  });

  it('frames the card’s event, opens its first place without taking focus', () => {
    const moves: CameraRequest[] = [];
    const reader = new ReaderState(
      index,
      { record: () => undefined },
      { selection: {}, range: {} },
    );
    reader.onCameraRequest((move) => moves.push(move));
    const event = index.story.events.find((e) => e.places.length > 1);
    reader.followCard(event?.id ?? '');
    expect(reader.selection.eventId).toBe(event?.id);
    expect(reader.popupPlaces.map((place) => place.id)).toEqual([event?.places[0]]);
    expect(reader.popupTakesFocus).toBe(false);
    expect(moves.map((move) => move.kind)).toEqual(['frame']);
  });

  it('reads layout=scroll from the query, and nothing else as a layout', () => {
    expect(
      new PageUrl(countingWindow('https://m.example/?layout=scroll').window).query.layout,
    ).toBe('scroll');
    expect(
      new PageUrl(countingWindow('https://m.example/?layout=grid').window).query.layout,
    ).toBeUndefined();
  });

  it('keeps layout=scroll in the embed code of a scroll page', () => {
    const url = new URL(embedUrl('https://m.example/maps/?story=a&layout=scroll#event=x', 'a'));
    expect(url.searchParams.get('layout')).toBe('scroll');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(
      new URL(embedUrl('https://m.example/maps/?story=a', 'a')).searchParams.has('layout'),
    ).toBe(false);
  });
});
