import { describe, expect, it } from 'vitest';
import { explainSourceUrl } from '../../../src/story/check-events.ts';

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
});
