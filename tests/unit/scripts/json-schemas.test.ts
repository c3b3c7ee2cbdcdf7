import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SCHEMA_FILES,
  schemaFileTexts,
  storyJsonSchema,
} from '../../../scripts/lib/json-schemas.ts';
import { REPO_ROOT } from '../story/fixtures.ts';

describe('JSON Schemas for editors', () => {
  for (const name of SCHEMA_FILES) {
    it(`the committed schema/${name} matches the validator's schema (run "npm run schema" if not)`, () => {
      const committed = readFileSync(path.join(REPO_ROOT, 'schema', name), 'utf8');
      expect(committed).toBe(schemaFileTexts()[name]);
    });
  }

  it('lists the required story fields and the event id pattern', () => {
    const schema = storyJsonSchema() as {
      required: string[];
      properties: { events: { items: { properties: { id: { pattern: string } } } } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'title',
        'summary',
        'language',
        'updated',
        'credit',
        'layers',
        'events',
      ]),
    );
    expect(schema.required).not.toContain('$schema');
    expect(schema.properties.events.items.properties.id.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });

  it('the ncg-2024 story points at the committed schema', () => {
    const story = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'geo/stories/ncg-2024/story.json'), 'utf8'),
    ) as { $schema?: string };
    const resolved = path.resolve(REPO_ROOT, 'geo/stories/ncg-2024', story.$schema ?? '');
    expect(resolved).toBe(path.join(REPO_ROOT, 'schema', 'story.schema.json'));
  });
});
