/**
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22) against the system Chromium, with
 * its default mobile settings: a Moto G Power-sized screen, and simulated throttling (Lantern:
 * 150 ms round trips, 1.6 Mbit/s down, a CPU 4× slower), applied to a trace recorded unthrottled.
 *
 * Each run starts its own headless Chromium with a fresh profile. `webgl: false` adds
 * `--disable-3d-apis`: the map cannot start, so the page's own JavaScript is all that counts
 * (SwiftShader would otherwise bill the GPU's work to the main thread; see docs/performance.md).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../browser/chromium.ts';

/** The figures taken from one Lighthouse run. */
export interface LighthouseFigures {
  /** Performance score, 0–100. */
  score: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  /** Lighthouse's own warnings and errors, if any. */
  warnings: string[];
}

/** Starts headless Chromium with a DevTools port; resolves once it is listening. */
async function startChromium(extraFlags: string[]) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      ...extraFlags,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) =>
      reject(new Error(`Chromium exited (${code}): ${text.slice(-500)}`)),
    );
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    // Chromium's helper processes can still be writing to the profile after the browser exits.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.error(`bench: could not remove ${profile}: ${String(error)}`);
    }
  };
  return { port, stop };
}

function numeric(audit: { numericValue?: number } | undefined): number | null {
  return typeof audit?.numericValue === 'number' ? audit.numericValue : null;
}

/** Runs Lighthouse's mobile performance audit of `url` once. */
export async function runLighthouse(
  url: string,
  options: {
    webgl: boolean;
    /** Where to write Lighthouse's whole report, for a closer look. */ reportPath?: string;
  },
): Promise<LighthouseFigures> {
  const chrome = await startChromium(options.webgl ? [] : ['--disable-3d-apis']);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      onlyCategories: ['performance'],
      logLevel: 'error',
    });
    if (!result) throw new Error('Lighthouse returned no result');
    if (options.reportPath) {
      mkdirSync(dirname(options.reportPath), { recursive: true });
      writeFileSync(options.reportPath, JSON.stringify(result.lhr));
    }
    const { audits, categories, runWarnings, runtimeError } = result.lhr;
    const score = categories['performance']?.score;
    return {
      score: typeof score === 'number' ? Math.round(score * 100) : null,
      lcpMs: numeric(audits['largest-contentful-paint']),
      tbtMs: numeric(audits['total-blocking-time']),
      cls: numeric(audits['cumulative-layout-shift']),
      fcpMs: numeric(audits['first-contentful-paint']),
      warnings: [...runWarnings.map(String), ...(runtimeError ? [runtimeError.message] : [])],
    };
  } finally {
    await chrome.stop();
  }
}
