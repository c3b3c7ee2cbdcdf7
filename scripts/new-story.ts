/**
 * `npm run new-story -- <id>`: creates `geo/stories/<id>/` with a valid story.json and one layer
 * file to edit. Refuses to overwrite an existing folder. Exit 0, or 1 with one line saying why.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainStoryId, scaffoldStory } from './lib/scaffold-story.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((arg) => arg !== '--');

function fail(message: string): never {
  process.stderr.write(`new-story: ${message}\n`);
  process.exit(1);
}

if (args.length !== 1) fail('usage: npm run new-story -- <story-id>   (e.g. flood-2025)');
const id = args[0] as string;
const problem = explainStoryId(id);
if (problem) fail(problem);
const folder = path.join(repoRoot, 'geo', 'stories', id);
const shown = path.relative(process.cwd(), folder) || '.';
if (existsSync(folder)) fail(`${shown} already exists: pick another id, or edit that folder`);

mkdirSync(folder, { recursive: true });
const files = scaffoldStory(id, new Date().toISOString().slice(0, 10));
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
console.log(`new-story: created ${shown}/ with ${Object.keys(files).join(' and ')}`);
console.log(`  next: edit them, then npm run validate -- ${shown}`);
console.log(`  preview: npm run dev, then open http://localhost:5173/?story=${id}`);
