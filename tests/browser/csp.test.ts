/**
 * The app under the Content-Security-Policy that docs/embedding.md documents (served by the test
 * server under /csp/): the map draws, and the browser reports no violation.
 */
import { describe, expect } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/embed/csp.ts';
import { appUrl, LOOK, moveCamera, POLL, test, waitForMapIdle } from './harness.ts';
import { ncg } from './story-data.ts';

describe('under the documented Content-Security-Policy', () => {
  test('renders the map, its labels and the finer basemap with no CSP violation', async ({
    newPage,
  }) => {
    const { page, errors } = await newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(appUrl('csp/index.html?story=ncg-2024#place=seoul-mnd'));
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await waitForMapIdle(page);
    // Zoom in far enough for the 50m basemap, and open a popup: the app's whole round trip.
    await moveCamera(page, { zoom: 5, lat: 36, lng: 127.5 });
    await expect
      .poll(() => page.getByRole('dialog').locator('h2').innerText(LOOK), POLL)
      .toBe(ncg.placeName('seoul-mnd'));
    expect(await page.locator('.story-map').getAttribute('data-state')).toBe('ready');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
