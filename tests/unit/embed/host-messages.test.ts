import { describe, expect, it } from 'vitest';
import {
  parentOrigin,
  parseHostCommand,
  parseMapAnswer,
  parseShowCommand,
  parseStep,
  sameCommand,
} from '../../../src/embed/host-messages.ts';

describe('parseShowCommand', () => {
  it('reads each kind of command', () => {
    expect(parseShowCommand({ type: 'storymap:show', event: 'ncg-3' })).toEqual({
      type: 'storymap:show',
      event: 'ncg-3',
    });
    expect(parseShowCommand({ type: 'storymap:show', place: 'seoul-mnd' })).toEqual({
      type: 'storymap:show',
      place: 'seoul-mnd',
    });
    expect(parseShowCommand({ type: 'storymap:show', from: '2024-06', to: '2024-07' })).toEqual({
      type: 'storymap:show',
      from: '2024-06',
      to: '2024-07',
    });
    expect(parseShowCommand({ type: 'storymap:show', reset: true })).toEqual({
      type: 'storymap:show',
      reset: true,
    });
  });

  it('takes a date range with one open end', () => {
    expect(parseShowCommand({ type: 'storymap:show', to: '2024' })).toEqual({
      type: 'storymap:show',
      to: '2024',
    });
  });

  it('ignores malformed messages without throwing', () => {
    const malformed: unknown[] = [
      null,
      undefined,
      42,
      'storymap:show',
      ['storymap:show'],
      {},
      { type: 'storymap:show' },
      { type: 'storymap:shown', event: 'ncg-3' },
      { type: 'other', event: 'ncg-3' },
      { type: 'storymap:show', event: 3 },
      { type: 'storymap:show', event: '' },
      { type: 'storymap:show', event: 'x'.repeat(201) },
      { type: 'storymap:show', event: 'ncg-3', place: 'seoul-mnd' },
      { type: 'storymap:show', place: 'seoul-mnd', from: '2024' },
      { type: 'storymap:show', reset: 'yes' },
      { type: 'storymap:show', reset: false },
      { type: 'storymap:show', from: 2024 },
      // pym.js and AMP height messages share the channel.
      'pymxPYMxstory-mapxPYMxheightxPYMx640',
      { sentinel: 'amp', type: 'embed-size', height: 640 },
    ];
    for (const data of malformed) expect(parseShowCommand(data), JSON.stringify(data)).toBeNull();
  });
});

describe('parseHostCommand', () => {
  it('reads hello and show, and nothing else', () => {
    expect(parseHostCommand({ type: 'storymap:hello' })).toEqual({ type: 'storymap:hello' });
    expect(parseHostCommand({ type: 'storymap:show', reset: true })).toEqual({
      type: 'storymap:show',
      reset: true,
    });
    expect(parseHostCommand({ type: 'storymap:ready', story: 'ncg-2024' })).toBeNull();
  });
});

describe('parseMapAnswer', () => {
  it('reads every answer the map sends', () => {
    expect(parseMapAnswer({ type: 'storymap:ready', story: 'ncg-2024' })).toEqual({
      type: 'storymap:ready',
      story: 'ncg-2024',
    });
    expect(parseMapAnswer({ type: 'storymap:ready', story: 'ncg-2024', mapTop: 212 })).toEqual({
      type: 'storymap:ready',
      story: 'ncg-2024',
      mapTop: 212,
    });
    expect(parseMapAnswer({ type: 'storymap:ready', story: 'ncg-2024', mapTop: -5 })).toEqual({
      type: 'storymap:ready',
      story: 'ncg-2024',
    });
    expect(parseMapAnswer({ type: 'storymap:shown', from: '2024-06', to: '2024-06' })).toEqual({
      type: 'storymap:shown',
      from: '2024-06',
      to: '2024-06',
    });
    expect(parseMapAnswer({ type: 'storymap:opened', place: 'seoul-mnd' })).toEqual({
      type: 'storymap:opened',
      place: 'seoul-mnd',
    });
    const command = { type: 'storymap:show', event: 'nope' };
    expect(parseMapAnswer({ type: 'storymap:error', message: 'no event "nope"', command })).toEqual(
      { type: 'storymap:error', message: 'no event "nope"', command },
    );
  });

  it('ignores answers with missing or wrong fields', () => {
    for (const data of [
      { type: 'storymap:ready' },
      { type: 'storymap:opened', place: 1 },
      { type: 'storymap:error', message: 'x' },
      { type: 'storymap:shown' },
      { type: 'storymap:show', event: 'ncg-3' },
      'storymap:ready',
    ]) {
      expect(parseMapAnswer(data), JSON.stringify(data)).toBeNull();
    }
  });
});

describe('parseStep', () => {
  it('reads events, places, dates and reset', () => {
    expect(parseStep('event:ncg-3')).toEqual({ type: 'storymap:show', event: 'ncg-3' });
    expect(parseStep(' place: seoul-mnd ')).toEqual({ type: 'storymap:show', place: 'seoul-mnd' });
    expect(parseStep('dates:2024-06/2024-07')).toEqual({
      type: 'storymap:show',
      from: '2024-06',
      to: '2024-07',
    });
    expect(parseStep('dates:2024-06/')).toEqual({ type: 'storymap:show', from: '2024-06' });
    expect(parseStep('dates:/2024')).toEqual({ type: 'storymap:show', to: '2024' });
    expect(parseStep('reset')).toEqual({ type: 'storymap:show', reset: true });
  });

  it('returns null for anything else', () => {
    for (const value of [
      null,
      '',
      'ncg-3',
      'event:',
      'photo:x',
      'dates:/',
      'dates:2024/2025/2026',
      ':ncg-3',
    ]) {
      expect(parseStep(value), String(value)).toBeNull();
    }
  });
});

describe('sameCommand', () => {
  it('compares what the commands ask for', () => {
    expect(sameCommand(parseStep('event:a'), parseStep('event:a'))).toBe(true);
    expect(sameCommand(parseStep('event:a'), parseStep('place:a'))).toBe(false);
    expect(sameCommand(null, parseStep('event:a'))).toBe(false);
  });
});

describe('parentOrigin', () => {
  it('prefers the ancestor origins, then the referrer', () => {
    expect(parentOrigin(['https://news.example'], 'https://other.example/a')).toBe(
      'https://news.example',
    );
    expect(parentOrigin(undefined, 'https://news.example/2024/story.html?x=1')).toBe(
      'https://news.example',
    );
  });

  it('knows none for an opaque parent or no referrer', () => {
    expect(parentOrigin(['null'], 'https://news.example/')).toBeNull();
    expect(parentOrigin(undefined, '')).toBeNull();
    expect(parentOrigin([], 'about:blank')).toBeNull();
  });
});
