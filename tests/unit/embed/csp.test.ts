import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/embed/csp.ts';
import { REPO_ROOT } from '../story/fixtures.ts';

describe('the documented Content-Security-Policy', () => {
  it('is the one docs/embedding.md gives to hosts', () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'embedding.md'), 'utf8');
    expect(doc).toContain(`\n${CONTENT_SECURITY_POLICY}\n`);
  });

  it('allows nothing from another origin', () => {
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) {
      const sources = directive.split(' ').slice(1);
      expect(sources.every((source) => ["'self'", "'none'", 'data:'].includes(source))).toBe(true);
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'/);
  });
});
