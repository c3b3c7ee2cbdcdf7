import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BENCH_EMBEDS_PAGE,
  countEmbedFrames,
  embedsArticleHtml,
  EMBEDS_WANTED,
  findEmbedsPage,
  writeEmbedsArticle,
} from '../../../scripts/bench/embeds.ts';

const frame = (src: string) => `<iframe title="Map" src="${src}" loading="lazy"></iframe>`;
const article = (count: number, src = 'index.html?story=ncg-2024&amp;embed=1') =>
  `<!doctype html><main>${Array.from({ length: count }, () => `<p>Text</p>${frame(src)}`).join('')}</main>`;

describe('countEmbedFrames', () => {
  it('counts iframes of the app in embed mode, with escaped or plain ampersands', () => {
    expect(countEmbedFrames(article(8))).toBe(8);
    expect(countEmbedFrames(frame('./?embed=1&story=ncg-2024') + frame('/?embed=true'))).toBe(2);
  });

  it('leaves out iframes that are not embeds of the map', () => {
    expect(
      countEmbedFrames(frame('index.html?story=ncg-2024') + frame('https://video.example/')),
    ).toBe(0);
  });
});

describe('findEmbedsPage', () => {
  const site = mkdtempSync(join(tmpdir(), 'bench-embeds-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('finds no page on a site with none of eight embeds', () => {
    writeFileSync(join(site, 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(join(site, 'three.html'), article(3));
    expect(findEmbedsPage(site)).toBeNull();
  });

  it('finds the page with eight embeds wherever it is, by its content', () => {
    mkdirSync(join(site, 'demo'), { recursive: true });
    writeFileSync(join(site, 'demo', 'article.html'), article(8));
    expect(findEmbedsPage(site)).toBe('demo/article.html');
  });
});

describe('embedsArticleHtml', () => {
  it("holds eight of the share panel's iframe snippets, which findEmbedsPage then finds", () => {
    const html = embedsArticleHtml('ncg-2024', 'A "story" & more');
    expect(countEmbedFrames(html)).toBe(EMBEDS_WANTED);
    expect(html).toContain('src="./index.html?story=ncg-2024&amp;embed=1"');
    expect(html).toContain('title="Map 8: A &quot;story&quot; &amp; more"');
    const dir = mkdtempSync(join(tmpdir(), 'bench-embeds-'));
    try {
      expect(findEmbedsPage(dir)).toBeNull();
      expect(writeEmbedsArticle(dir, 'ncg-2024', 'Title')).toBe(BENCH_EMBEDS_PAGE);
      expect(findEmbedsPage(dir)).toBe(BENCH_EMBEDS_PAGE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
