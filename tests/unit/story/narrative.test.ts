import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory, type Problem } from '../../../src/story/index.ts';
import { FIXTURE_STORIES, memoryReader } from './fixtures.ts';

const FOLDER = path.join(FIXTURE_STORIES, 'valid-minimal');
const read = (name: string) => readFileSync(path.join(FOLDER, name), 'utf8');
const storyJson = JSON.parse(read('story.json')) as Record<string, unknown>;

/** valid-minimal (events exercise, meeting, talks, stopover) with `narrative` set to `value`. */
function loadWithNarrative(value: unknown) {
  const files = {
    'story.json': JSON.stringify({ ...storyJson, narrative: value }, null, 2),
    'cities.geojson': read('cities.geojson'),
    'areas.geojson': read('areas.geojson'),
  };
  return loadStory('s', memoryReader(files));
}

/** The problems as `pointer: message` lines, the way the CLI prints them after the file. */
const lines = (problems: Problem[]) =>
  problems.map((p) => `${p.file} ${p.pointer}: ${p.message} (${p.severity})`);

describe('story.json narrative', () => {
  it('keeps a valid narrative in the model, in its own order', async () => {
    const result = await loadWithNarrative(['meeting', 'exercise', 'stopover']);
    expect(result.problems).toEqual([]);
    expect(result.story?.narrative).toEqual(['meeting', 'exercise', 'stopover']);
  });

  it('leaves it out of the model when the story has none', async () => {
    const files = {
      'story.json': read('story.json'),
      'cities.geojson': read('cities.geojson'),
      'areas.geojson': read('areas.geojson'),
    };
    const result = await loadStory('s', memoryReader(files));
    expect(result.story).toBeDefined();
    expect(result.story && 'narrative' in result.story).toBe(false);
  });

  it('names a misspelt event id and suggests the right one', async () => {
    const result = await loadWithNarrative(['meeting', 'exercize']);
    expect(result.story).toBeUndefined();
    expect(lines(result.problems)).toEqual([
      's/story.json /narrative/1: unknown event "exercize": no event has this id; did you mean "exercise"? (error)',
    ]);
  });

  it('says what to use for an id that is nothing like any event', async () => {
    const result = await loadWithNarrative(['election-night']);
    expect(lines(result.problems)).toEqual([
      's/story.json /narrative/0: unknown event "election-night": no event has this id; use the "id" of one of the events (error)',
    ]);
  });

  it('points at the repeat of an event listed twice, naming the first', async () => {
    const result = await loadWithNarrative(['talks', 'meeting', 'talks']);
    expect(result.story).toBeUndefined();
    expect(lines(result.problems)).toEqual([
      's/story.json /narrative/2: event "talks" is already listed at /narrative/0: list each event once (error)',
    ]);
  });

  it('reports a misspelt id once even when it is also repeated', async () => {
    const result = await loadWithNarrative(['talkz', 'talkz']);
    expect(lines(result.problems)).toEqual([
      's/story.json /narrative/0: unknown event "talkz": no event has this id; did you mean "talks"? (error)',
      's/story.json /narrative/1: event "talkz" is already listed at /narrative/0: list each event once (error)',
    ]);
  });

  it('refuses an empty list', async () => {
    const result = await loadWithNarrative([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ pointer: '/narrative', severity: 'error' });
    expect(result.problems[0]?.message).toContain('lists no event');
  });

  it('refuses a narrative that is not a list', async () => {
    const result = await loadWithNarrative('meeting, talks');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ pointer: '/narrative', severity: 'error' });
    expect(result.problems[0]?.message).toMatch(/list|array/);
  });

  it('refuses an entry that is not a string, at its own pointer', async () => {
    const result = await loadWithNarrative(['meeting', 3]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ pointer: '/narrative/1', severity: 'error' });
  });

  it('names an event id written with capitals and suggests its spelling', async () => {
    const result = await loadWithNarrative(['Meeting']);
    expect(lines(result.problems)).toEqual([
      's/story.json /narrative/0: unknown event "Meeting": no event has this id; did you mean "meeting"? (error)',
    ]);
  });

  it('does not warn about narrative as an unknown field', async () => {
    const result = await loadWithNarrative(['meeting']);
    expect(result.problems.filter((p) => p.message.includes('unknown field'))).toEqual([]);
  });
});
