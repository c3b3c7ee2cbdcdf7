import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAMERA_WRITE_MS, PageUrl, type UrlWindow } from '../../../src/app/page-url.svelte.ts';

/** A window with a real-enough history: entries, Back, and the events a browser fires. */
function fakeWindow(start: string) {
  const entries = [start];
  let at = 0;
  const listeners = new Map<string, Set<() => void>>();
  const fire = (type: string) => listeners.get(type)?.forEach((listener) => listener());
  const resolve = (url: string | URL | null | undefined) => new URL(String(url), entries[at]).href;
  const window: UrlWindow = {
    location: {
      get href() {
        return entries[at] as string;
      },
    },
    history: {
      state: null,
      pushState(_state, _unused, url) {
        entries.splice(at + 1, Infinity, resolve(url));
        at++;
      },
      replaceState(_state, _unused, url) {
        entries[at] = resolve(url);
      },
    },
    addEventListener: (type, listener) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
    },
    removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
  };
  return {
    window,
    entries,
    /** Back, as a browser does it between entries that differ in their hash. */
    back() {
      at--;
      fire('popstate');
      fire('hashchange');
    },
    /** A hash typed into the address bar (or set by a script). */
    typeHash(hash: string) {
      entries[at] = `${(entries[at] as string).split('#')[0]}${hash}`;
      fire('hashchange');
    },
  };
}

const PAGE = 'https://maps.example/app/?story=ncg-2024';

describe('PageUrl', () => {
  it('reads the query once: story, language, theme and embed mode', () => {
    const url = new PageUrl(fakeWindow(`${PAGE}&lang=ko&theme=dark&embed=1#place=a`).window);
    expect(url.query).toEqual({ storyId: 'ncg-2024', language: 'ko', theme: 'dark', embed: true });
    expect(url.hash).toBe('#place=a');
    expect(url.search).toBe('?story=ncg-2024&lang=ko&theme=dark&embed=1');
  });

  it('records a choice as a new entry, with the camera in the entry it leaves and the new one', () => {
    const browser = fakeWindow(`${PAGE}#map=2/30/160`);
    const url = new PageUrl(browser.window);
    let camera = '3/35/127';
    url.connectCamera(() => camera);
    url.record({ place: 'seoul-mnd', event: undefined });
    expect(browser.entries).toEqual([
      `${PAGE}#map=3/35/127`,
      `${PAGE}#map=3/35/127&place=seoul-mnd`,
    ]);
    expect(url.href).toBe(`${PAGE}#map=3/35/127&place=seoul-mnd`);
    camera = '4/36/128';
    url.record({ from: '2024-06', to: '2024-06' });
    expect(browser.entries.at(-1)).toBe(
      `${PAGE}#map=4/36/128&place=seoul-mnd&from=2024-06&to=2024-06`,
    );
    expect(browser.entries).toHaveLength(3);
  });

  it('records nothing when the choice is what the URL holds already', () => {
    const browser = fakeWindow(`${PAGE}#place=seoul-mnd`);
    new PageUrl(browser.window).record({ place: 'seoul-mnd', event: undefined });
    expect(browser.entries).toEqual([`${PAGE}#place=seoul-mnd`]);
  });

  it('replaces the entry in an embed, which shares the article’s history', () => {
    const browser = fakeWindow(`${PAGE}&embed=1`);
    new PageUrl(browser.window).record({ event: 'ncg-3' });
    expect(browser.entries).toEqual([`${PAGE}&embed=1#event=ncg-3`]);
  });

  it('tells listeners of Back once, though the browser fires popstate and hashchange', () => {
    const browser = fakeWindow(PAGE);
    const url = new PageUrl(browser.window);
    const stop = url.start();
    const heard: [string, string][] = [];
    url.onNavigate((from, to) => heard.push([from, to]));
    url.record({ place: 'seoul-mnd' });
    browser.back();
    expect(heard).toEqual([[`${PAGE}#place=seoul-mnd`, PAGE]]);
    expect(url.href).toBe(PAGE);
    browser.typeHash('#from=2024');
    expect(heard.at(-1)).toEqual([PAGE, `${PAGE}#from=2024`]);
    stop();
    browser.typeHash('#from=2023');
    expect(heard).toHaveLength(2);
  });

  describe('writing the camera', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('writes the first move at once, then the latest camera once per interval', () => {
      const browser = fakeWindow(`${PAGE}#place=a`);
      const url = new PageUrl(browser.window);
      let camera = '2/30/160';
      url.connectCamera(() => camera);
      url.writeCamera();
      expect(browser.entries).toEqual([`${PAGE}#place=a&map=2/30/160`]);
      camera = '3/31/161';
      url.writeCamera();
      camera = '4/32/162';
      url.writeCamera();
      expect(url.href).toBe(`${PAGE}#place=a&map=2/30/160`);
      vi.advanceTimersByTime(CAMERA_WRITE_MS);
      expect(browser.entries).toEqual([`${PAGE}#place=a&map=4/32/162`]);
      expect(url.href).toBe(`${PAGE}#place=a&map=4/32/162`);
    });

    it('writes nothing once the map has disconnected (asleep, or gone)', () => {
      const browser = fakeWindow(PAGE);
      const url = new PageUrl(browser.window);
      const disconnect = url.connectCamera(() => '2/30/160');
      disconnect();
      url.writeCamera();
      vi.advanceTimersByTime(CAMERA_WRITE_MS);
      expect(browser.entries).toEqual([PAGE]);
    });
  });
});
