import { describe, expect, it } from 'vitest';
import { explainListingUrl, explainSourceUrl } from '../../../src/story/source-urls.ts';

describe('explainSourceUrl', () => {
  it('accepts http and https addresses', () => {
    expect(explainSourceUrl('https://example.com/a?b=c#d')).toBeUndefined();
    expect(explainSourceUrl('http://example.com')).toBeUndefined();
  });

  it('rejects other schemes and relative addresses', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'ftp://example.com/a',
      'mailto:a@b.c',
    ]) {
      expect(explainSourceUrl(url), url).toContain('which is not allowed');
    }
    for (const url of ['/news/1', 'example.com/news', '', 'https://']) {
      expect(explainSourceUrl(url), url).toContain('is not a full web address');
    }
  });

  it('refuses credentials without repeating them, and shows the address without them', () => {
    const message = explainSourceUrl('https://ed:s3cret@example.org/news/1?a=b');
    expect(message).toBe(
      '"url" holds a user name or password (before "@"), which would be published with the link: remove it and write "https://example.org/news/1?a=b"',
    );
    expect(explainSourceUrl('https://ed@example.org/')).toContain('user name or password');
  });

  it('refuses spaces anywhere and control characters', () => {
    for (const url of [
      ' https://example.com/a',
      'https://example.com/a ',
      'https://example.com/a b',
      'https://example.com/\u00a0',
    ]) {
      expect(explainSourceUrl(url), url).toContain('"url" holds a space');
    }
    expect(explainSourceUrl('https://example.com/\u0000')).toContain('(U+0000)');
    expect(explainSourceUrl('https://example.com/\u0085')).toContain('(U+0085)');
    expect(explainSourceUrl('https://example.com/\r\n')).toContain('(U+000D)');
  });
});

describe('explainListingUrl', () => {
  it('warns about front pages, section listings and searches', () => {
    const cases: [string, string][] = [
      ['https://www.defense.gov/', 'is the front page of www.defense.gov'],
      ['https://www.defense.gov', 'is the front page of www.defense.gov'],
      ['https://www.example.com/en/index.html', 'is the front page of www.example.com'],
      ['https://www.defense.gov/News/Releases/', 'looks like a listing page (/News/Releases/)'],
      ['https://www.mofa.go.jp/press/release/index.html', 'looks like a listing page'],
      ['https://example.com/tag/nuclear/', ''],
      ['https://www.example.com/search/?x=1', 'looks like a search page (/search/)'],
      ['https://www.example.com/?q=ncg', 'looks like a search page (q=ncg)'],
      ['https://www.navalnews.com/?s=Freedom+Edge', 'looks like a search page (s=Freedom Edge)'],
    ];
    for (const [url, words] of cases) {
      const message = explainListingUrl(url);
      if (words === '') expect(message, url).toBeUndefined();
      else expect(message, url).toContain(words);
    }
  });

  it('leaves pages of one item alone, ids in the path or in the query', () => {
    for (const url of [
      'https://www.example.com/ncg-3',
      'https://www.defense.gov/News/Releases/Release/Article/3801234/joint-statement/',
      'https://eng.president.go.kr/briefing/Sf7k2w7Q',
      'https://www.koreaherald.com/view.php?ud=20240610050667',
      'https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185972',
      'https://www.taipeitimes.com/News/world/archives/2024/06/30/2003820121',
      'https://www.example.com/news/?id=5',
      'https://www.example.com/search-and-rescue-drill-2024',
      'https://mnd.go.kr/user/boardList.action?boardId=I_8576246&command=view&search=null',
    ]) {
      expect(explainListingUrl(url), url).toBeUndefined();
    }
  });
});
