import { describe, expect, it } from 'vitest';
import { appRootUrl, embedUrl, fullMapUrl } from '../../../src/embed/embed-urls.ts';

describe('fullMapUrl', () => {
  it('drops embed mode and pym.js’s parameters, keeping story, language and view', () => {
    expect(
      fullMapUrl(
        'https://maps.example.com/news/index.html?story=ncg-2024&lang=ko&embed=1&initialWidth=680&childId=story-map&parentTitle=x&parentUrl=https%3A%2F%2Fnews.example.com#place=seoul-mnd&map=5/36/127.5',
      ),
    ).toBe(
      'https://maps.example.com/news/index.html?story=ncg-2024&lang=ko#place=seoul-mnd&map=5/36/127.5',
    );
  });
});

describe('embedUrl', () => {
  it('points at index.html of the app’s folder with the story, embed=1 and the current view', () => {
    expect(
      embedUrl(
        'https://maps.example.com/news/?story=ncg-2024#event=ncg-3&map=9/38.9/-77',
        'ncg-2024',
      ),
    ).toBe(
      'https://maps.example.com/news/index.html?story=ncg-2024&embed=1#event=ncg-3&map=9/38.9/-77',
    );
  });

  it('pins the language only when asked, and drops other parameters of the page', () => {
    expect(embedUrl('https://maps.example.com/index.html?story=a&lang=ja&debug=1', 'a', 'ja')).toBe(
      'https://maps.example.com/index.html?story=a&lang=ja&embed=1',
    );
  });
});

describe('appRootUrl', () => {
  it('is the folder the page is served from', () => {
    expect(appRootUrl('https://maps.example.com/news/index.html?story=a#x')).toBe(
      'https://maps.example.com/news/',
    );
  });
});
