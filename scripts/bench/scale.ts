/**
 * The scale half of the bench: writes the synthetic story to a git-ignored folder, times its
 * validation in fresh Node processes, and serves it to Chromium as one more story beside the built
 * ones (through request routes, so nothing synthetic ever enters geo/stories/).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { serveStoryFiles } from '../browser/story-page.ts';

const run = promisify(execFile);

/** Writes a story folder's files (name → text) to `dir`, replacing what was there. */
export function writeStoryFolder(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** One validation, timed in its own process. */
export interface TimedValidation {
  /** Wall-clock time. */
  ms: number;
  /**
   * CPU time of the process while it validated: what validation costs, whatever else the shared
   * machine is running (other processes stretch wall-clock time, not this).
   */
  cpuMs: number;
  errors: number;
  warnings: number;
}

/** Validates `folder` `runs` times, each in a fresh Node process (cold code, as an editor runs it). */
export async function timeValidation(folder: string, runs: number): Promise<TimedValidation[]> {
  const results: TimedValidation[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/bench/validate-timed.ts',
      folder,
    ]);
    results.push(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as TimedValidation);
  }
  return results;
}

/**
 * Routes that add a story to the site as an editor's folder would: listed in
 * `stories/index.json`, its files served under `stories/<id>/`.
 */
export function serveExtraStory(
  id: string,
  title: string,
  files: Record<string, string>,
): (page: Page) => Promise<void> {
  return (page) => serveStoryFiles(page, { id, title, read: (name) => files[name] });
}
