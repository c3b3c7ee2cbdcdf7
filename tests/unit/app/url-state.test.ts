import { describe, expect, it } from 'vitest';
import {
  cameraParam,
  cameraParamOf,
  parseCameraParam,
  parseHashRange,
  parseHashSelection,
  parseQuery,
  pickLanguage,
  pickTheme,
  queryForStory,
  sameParams,
  urlForLanguage,
  withHashRange,
  withHashSelection,
} from '../../../src/app/url-state.ts';

describe('parseQuery', () => {
  it('reads story, language and embed mode', () => {
    expect(parseQuery('?story=ncg-2024&lang=ko&embed=1')).toEqual({
      storyId: 'ncg-2024',
      language: 'ko',
      embed: true,
    });
  });

  it('ignores a language it does not speak and an empty story', () => {
    expect(parseQuery('?story=&lang=fr')).toEqual({ embed: false });
  });
});

describe('parseHashSelection', () => {
  it('reads place and event beside MapLibre’s camera', () => {
    expect(parseHashSelection('#map=2.5/30/160&place=seoul-mnd&event=ncg-3')).toEqual({
      place: 'seoul-mnd',
      event: 'ncg-3',
    });
  });

  it('returns nothing for an empty hash', () => {
    expect(parseHashSelection('')).toEqual({});
  });
});

describe('withHashSelection', () => {
  it('keeps the camera and replaces the selection', () => {
    expect(withHashSelection('#map=2.5/30/160&place=a', { event: 'ncg-3' })).toBe(
      '#map=2.5/30/160&event=ncg-3',
    );
  });

  it('drops the selection, leaving no bare #', () => {
    expect(withHashSelection('#place=a', {})).toBe('');
  });
});

describe('parseHashRange', () => {
  it('reads from and to of any precision beside the selection and camera', () => {
    expect(parseHashRange('#map=2.5/30/160&event=ncg-3&from=2024-06&to=2024-06-30')).toEqual({
      from: '2024-06',
      to: '2024-06-30',
    });
    expect(parseHashRange('#from=2023&to=2024')).toEqual({ from: '2023', to: '2024' });
  });

  it('ignores a bad date and keeps the other end', () => {
    expect(parseHashRange('#from=2024-13&to=2024-06')).toEqual({ to: '2024-06' });
    expect(parseHashRange('#from=2024-06&to=tomorrow')).toEqual({ from: '2024-06' });
    expect(parseHashRange('#from=2024-02-30')).toEqual({});
  });

  it('swaps ends given the wrong way round', () => {
    expect(parseHashRange('#from=2025&to=2023-04')).toEqual({ from: '2023-04', to: '2025' });
  });

  it('returns all dates for a hash without a range', () => {
    expect(parseHashRange('#map=2/30/160&place=seoul-mnd')).toEqual({});
  });
});

describe('withHashRange', () => {
  it('adds the range after the camera and selection, keeping their order and slashes', () => {
    expect(withHashRange('#map=2.5/30/160&event=ncg-3', { from: '2024-06', to: '2024-06' })).toBe(
      '#map=2.5/30/160&event=ncg-3&from=2024-06&to=2024-06',
    );
  });

  it('replaces one end and drops the other', () => {
    expect(withHashRange('#from=2023&to=2024&place=a', { to: '2025-01' })).toBe(
      '#to=2025-01&place=a',
    );
  });

  it('round-trips through parseHashRange', () => {
    const range = { from: '2024-05-31', to: '2024-06' };
    expect(parseHashRange(withHashRange('#map=1/2/3', range))).toEqual(range);
  });

  it('leaves no bare # when the range was all there was', () => {
    expect(withHashRange('#from=2023', {})).toBe('');
  });
});

describe('sameParams', () => {
  it('matches the same values whatever their order, and an undefined value to none', () => {
    expect(sameParams({ from: '2024', to: '2025' }, { to: '2025', from: '2024' })).toBe(true);
    expect(sameParams({ place: 'a', event: undefined }, { place: 'a' })).toBe(true);
    expect(sameParams({}, {})).toBe(true);
  });

  it('tells a changed, added or removed value apart', () => {
    expect(sameParams({ from: '2024' }, { from: '2024-06' })).toBe(false);
    expect(sameParams({ from: '2024' }, { from: '2024', to: '2024' })).toBe(false);
    expect(sameParams({ place: 'a' }, {})).toBe(false);
  });
});

describe('pickLanguage', () => {
  it('prefers the language in the URL', () => {
    expect(pickLanguage('ja', ['ko-KR'])).toBe('ja');
  });

  it('falls back to the first browser language it speaks', () => {
    expect(pickLanguage(undefined, ['fr-FR', 'ko-KR', 'en-US'])).toBe('ko');
  });

  it('falls back to English', () => {
    expect(pickLanguage(undefined, ['de'])).toBe('en');
  });
});

describe('queryForStory', () => {
  it('switches story and keeps language and embed mode', () => {
    expect(queryForStory('?story=a&lang=ko&embed=1', 'b')).toBe('?story=b&lang=ko&embed=1');
  });
});

describe('theme in the URL', () => {
  it('reads theme=light|dark and ignores other values', () => {
    expect(parseQuery('?theme=dark').theme).toBe('dark');
    expect(parseQuery('?theme=LIGHT').theme).toBe('light');
    expect(parseQuery('?theme=sepia').theme).toBeUndefined();
  });

  it('lets the URL override the reader’s colour-scheme preference', () => {
    expect(pickTheme('light', true)).toBe('light');
    expect(pickTheme(undefined, true)).toBe('dark');
    expect(pickTheme(undefined, false)).toBe('light');
  });
});

describe('urlForLanguage', () => {
  it('changes only the language, keeping the story, embed mode and the hash', () => {
    expect(
      urlForLanguage('?story=ncg-2024&lang=en&embed=1', '#map=3/30/160&place=seoul-mnd', 'ko'),
    ).toBe('?story=ncg-2024&lang=ko&embed=1#map=3/30/160&place=seoul-mnd');
  });

  it('adds the language to a URL that had none', () => {
    expect(urlForLanguage('', '', 'ja')).toBe('?lang=ja');
  });
});

describe('cameraParam', () => {
  it('writes zoom/lat/lng with as many decimals as MapLibre’s hash at that zoom', () => {
    expect(cameraParam(1.6234, 21.70123, -166.60987)).toBe('1.62/21.7/-166.6');
    expect(cameraParam(9.0049, 38.888049, -77.03951)).toBe('9/38.888/-77.0395');
  });
});

describe('cameraParamOf', () => {
  it("reads the hash's map= camera, wherever it stands among the other parameters", () => {
    expect(cameraParamOf('https://x.org/?story=a#map=2/30/160&place=seoul')).toBe('2/30/160');
    expect(cameraParamOf('https://x.org/#from=2024&to=2024&map=4.5/-12.3/170.25')).toBe(
      '4.5/-12.3/170.25',
    );
  });

  it('is null without a camera or a hash, so two such URLs count as the same camera', () => {
    expect(cameraParamOf('https://x.org/?story=a#place=seoul')).toBeNull();
    expect(cameraParamOf('https://x.org/?map=2/30/160')).toBeNull();
  });
});

describe('parseCameraParam', () => {
  it('reads zoom/lat/lng, and ignores a bearing and pitch after them', () => {
    expect(parseCameraParam('4/36.5/128')).toEqual({ zoom: 4, lat: 36.5, lng: 128 });
    expect(parseCameraParam('2.5/-10/170.25/30/10')).toEqual({ zoom: 2.5, lat: -10, lng: 170.25 });
  });

  it('is null for anything that is not three numbers, as MapLibre ignored it', () => {
    for (const bad of ['banana', '4/36.5', '4//128', '4/x/128', '']) {
      expect(parseCameraParam(bad), bad).toBeNull();
    }
    expect(parseCameraParam(null)).toBeNull();
  });
});
