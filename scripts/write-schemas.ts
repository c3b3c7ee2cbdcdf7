/**
 * `npm run schema`: rewrites `schema/*.schema.json` from the validator's schemas. Run it after
 * changing `src/story/schema.ts`; a unit test fails while the committed copies are stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFileTexts } from './lib/json-schemas.ts';

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const [name, text] of Object.entries(schemaFileTexts())) {
  writeFileSync(join(schemaDir, name), text);
}
console.log(`schema: wrote ${Object.keys(schemaFileTexts()).join(', ')} in schema/`);
