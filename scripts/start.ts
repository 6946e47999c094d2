// `npm start`: Chromium with the extension on the demo page. With a display, you flag things
// yourself (right-click, or Alt+Shift+F); without one, every demo example is flagged headless and
// a screenshot of each panel is written to screenshots/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { flagPage, launchWithExtension, requireChromium, selectText, serveFolder } from './browser';

requireChromium();

const extension = resolve('.output-e2e/chrome-mv3');
const { origin, server } = await serveFolder(resolve('scripts/demo'));
const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const lang = process.env.BALLOT_GUARD_LANG === 'fr' ? 'fr' : 'en';
const browser = await launchWithExtension(extension, { headless: !hasDisplay, lang });
const page = await browser.context.newPage();
await page.goto(`${origin}/`);

if (hasDisplay) {
  console.log(`Chromium is open on the demo page (${origin}/). Select a post and right-click "Flag selection as suspicious". Close the browser to stop.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  server.close();
} else {
  const out = resolve('screenshots');
  mkdirSync(out, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  type Info = Record<string, string>;
  const examples: [string, () => Promise<Info>][] = [
    ['selection-fraud', async () => ({ menuItemId: 'flag-selection', selectionText: await selectText(page, '#text-fraud') })],
    ['selection-french', async () => ({ menuItemId: 'flag-selection', selectionText: await selectText(page, '#text-fr') })],
    ['link-phishing', async () => ({ menuItemId: 'flag-link', linkUrl: await page.evaluate(() => (document.querySelector('#link-phish') as HTMLAnchorElement).href) })],
    ['image-deepfake', async () => ({ menuItemId: 'flag-image', srcUrl: await page.evaluate(() => (document.querySelector('#image-deepfake') as HTMLImageElement).src) })],
    ['page', async () => (await page.evaluate(() => getSelection()!.removeAllRanges()), { menuItemId: 'flag-page' })],
  ];
  for (const [name, info] of examples) {
    const result = await flagPage(browser.context, page, await info());
    await page.waitForTimeout(400);
    const file = resolve(out, `${lang}-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${name}: ${result}, screenshot ${file}`);
  }
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('searchbox').fill(lang === 'fr' ? 'hypertrucage' : 'deepfake');
  await popup.waitForTimeout(300);
  const file = resolve(out, `${lang}-popup-search.png`);
  await popup.screenshot({ path: file });
  console.log(`popup search: screenshot ${file}`);
  await browser.close();
  server.close();
}
