import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_MS, PageStages } from '../../../src/app/page-stages.svelte.ts';

describe('PageStages', () => {
  const window = new EventTarget();

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
    vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows nothing past the map until it has started, then the lists and the footer one task apart', () => {
    const stages = new PageStages();
    const stop = stages.start();
    vi.advanceTimersByTime(LATEST_MS - 1);
    expect([stages.lists, stages.footer]).toEqual([false, false]);
    stages.mapStarted();
    expect([stages.lists, stages.footer]).toEqual([false, false]);
    vi.advanceTimersToNextTimer();
    expect([stages.lists, stages.footer]).toEqual([true, false]);
    vi.advanceTimersToNextTimer();
    expect([stages.lists, stages.footer]).toEqual([true, true]);
    stop();
  });

  it('stops waiting for a map that takes longer than LATEST_MS', () => {
    const stages = new PageStages();
    const stop = stages.start();
    vi.advanceTimersByTime(LATEST_MS);
    vi.runAllTimers();
    expect([stages.lists, stages.footer]).toEqual([true, true]);
    stop();
  });

  it('shows everything at once before printing', () => {
    const stages = new PageStages();
    const stop = stages.start();
    window.dispatchEvent(new Event('beforeprint'));
    expect([stages.lists, stages.footer]).toEqual([true, true]);
    stop();
  });

  it('schedules nothing more once stopped (the page went away)', () => {
    const stages = new PageStages();
    const stop = stages.start();
    stages.mapStarted();
    stop();
    vi.runAllTimers();
    window.dispatchEvent(new Event('beforeprint'));
    expect([stages.lists, stages.footer]).toEqual([false, false]);
  });
});
