/**
 * JSON Schemas of the story files, generated from the validator's own valibot schemas
 * (`src/story/schema.ts`), so editors get completion and errors in their editor through
 * `"$schema"`. They describe shape only; `npm run validate` checks what values mean.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { LayerFileSchema, StoryFileSchema } from '../../src/story/schema.ts';

/** File names of the generated schemas, in `schema/` (committed) and `dist/schema/` (built). */
export const SCHEMA_FILES = ['story.schema.json', 'layer.schema.json'] as const;
export type SchemaFileName = (typeof SCHEMA_FILES)[number];

const DRAFT = 'http://json-schema.org/draft-07/schema#';

/** The JSON Schema of story.json. */
export function storyJsonSchema(): Record<string, unknown> {
  return {
    $schema: DRAFT,
    title: 'story.json of a story map',
    description:
      'A story: its title, summary, GeoJSON layers and dated events. Run "npm run validate -- <folder>" for the checks a schema cannot make (real dates, known places, unique ids).',
    ...toJsonSchema(StoryFileSchema, { errorMode: 'throw' }),
  };
}

/** The JSON Schema of a layer file (a GeoJSON FeatureCollection of places). */
export function layerJsonSchema(): Record<string, unknown> {
  return {
    $schema: DRAFT,
    title: 'Layer file of a story map',
    description:
      'An RFC 7946 GeoJSON FeatureCollection; every feature has a string "id" and "properties.name".',
    ...toJsonSchema(LayerFileSchema, { errorMode: 'throw' }),
  };
}

/** The text of each schema file, as written to disk. */
export function schemaFileTexts(): Record<SchemaFileName, string> {
  const text = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
  return {
    'story.schema.json': text(storyJsonSchema()),
    'layer.schema.json': text(layerJsonSchema()),
  };
}
