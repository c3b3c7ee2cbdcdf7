/**
 * The one way this project starts Chromium, for the browser tests and the bench alike: the
 * system's own browser (Debian's `chromium`, or CHROMIUM_PATH) driven by playwright-core, with
 * WebGL2 through SwiftShader, so the map draws on a machine without a GPU.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for every Chromium this project starts: WebGL2 through SwiftShader, no background work. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // SwiftShader draws on the CPU: on two cores shared with a build and another browser, one heavy
  // frame can outlast the GPU watchdog, which then kills the GPU process and every page's WebGL
  // context with it. The maps come back (src/map/MapHost.svelte), but their popups are made anew,
  // which undid a "Show all" click in one CI run. A slow frame is not a hang here.
  '--disable-gpu-watchdog',
];

/** Added to CHROMIUM_FLAGS for a reader whose browser has no WebGL at all. */
export const NO_WEBGL_FLAGS = ['--disable-3d-apis'];

/** The system Chromium, or the one CHROMIUM_PATH names. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** Debian's `chromium-headless-shell`: the same Blink, V8 and SwiftShader as `chromium`. */
const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * The browser for the tests: the headless shell when it is installed (and CHROMIUM_PATH does not
 * name another), else the system Chromium. The shell lacks the full browser's UI layer, and a
 * map page loads in about two thirds of the time (2.0 s against 3.3 s for ncg-2024 on this
 * machine), which is most of what the browser tests spend. The bench keeps the full browser, as
 * a reader has.
 */
export function testChromiumPath(): string {
  if (process.env['CHROMIUM_PATH'] === undefined && existsSync(HEADLESS_SHELL_PATH)) {
    return HEADLESS_SHELL_PATH;
  }
  return chromiumPath();
}

/** Starts Chromium in this process: the system browser, or the one `executablePath` names. */
export function launchChromium(
  extraFlags: string[] = [],
  executablePath = chromiumPath(),
): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}
