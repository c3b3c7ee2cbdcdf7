import { prepareSite, serveSite } from './scripts/bench/static-site.ts';
import { launchChromium } from './scripts/browser/chromium.ts';
import { measurePhonePopupPhotos } from './scripts/bench/media.ts';
prepareSite('dist', '/tmp/wm-site');
const site = await serveSite('/tmp/wm-site');
const browser = await launchChromium();
try {
  console.log(JSON.stringify(await measurePhonePopupPhotos(browser, site.baseUrl, 1)));
} finally {
  await browser.close();
  await site.close();
}
