import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../data/practices.en.json';
import { EXTENSION_DIR, flag, inPanel, panelSnapshot, popupText, pressCommand, select, start, type Harness } from './harness';

let h: Harness;
let page: Page;
const titles = new Set(en.map((p) => p.title));

beforeAll(async () => {
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  h = await start('en');
  page = await h.context.newPage();
  await page.goto(`${h.origin}/`);
});

afterAll(async () => {
  await h?.stop();
});

describe('the built extension in Chromium', () => {
  it('ships no host permission and no content script in the real build', () => {
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, '../../.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('seeds IndexedDB with both languages on install', async () => {
    const seeded = await h.worker.evaluate(async () => {
      const test = (globalThis as unknown as { ballotGuardTest: { seeded: () => Promise<{ practices: number } | null> } }).ballotGuardTest;
      for (let i = 0; i < 50; i++) {
        const s = await test.seeded();
        if (s && s.practices > 0) return s;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(seeded?.practices).toBe(en.length * 2);
  });

  it('runs nothing on the page until the person flags', async () => {
    expect(await page.evaluate(() => document.querySelector('ballot-guard-panel'))).toBeNull();
  });

  it('flags a selection: the panel shows 3 tips near it, with the evidence marked', async () => {
    await page.focus('#link-phish');
    await select(page, '#text-fraud');
    expect(await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) })).toBe('panel');
    const snap = await panelSnapshot(page);
    expect(snap?.tips).toHaveLength(3);
    for (const title of snap!.tips) expect(titles.has(title)).toBe(true);
    expect(snap?.marks.length).toBeGreaterThan(0);
    expect(snap?.focused).toBe('H2:Tips for what you flagged');
    const box = await page.evaluate(() => {
      const text = document.querySelector('#text-fraud')!.getBoundingClientRect();
      return { textBottom: text.bottom };
    });
    const panelTop = await inPanel<number>(page, 'function () { return this.querySelector(".anchor").getBoundingClientRect().top; }');
    expect(panelTop).toBeGreaterThanOrEqual(box.textBottom);
    expect(panelTop! - box.textBottom).toBeLessThan(40);
  });

  it('hides its panel from page scripts (closed shadow root)', async () => {
    expect(await page.evaluate(() => document.querySelector('ballot-guard-panel')?.shadowRoot)).toBeNull();
  });

  it('closes on Escape and gives focus back to where the person was', async () => {
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('ballot-guard-panel'))).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link-phish');
  });

  it('shows the same tips in the toolbar popup', async () => {
    await select(page, '#text-fraud');
    await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) });
    const snap = await panelSnapshot(page);
    const popup = await popupText(h, page);
    expect(popup).toContain('Your last flag in this tab');
    for (const title of snap!.tips) expect(popup).toContain(title);
  });

  it('re-ranks the tips at once when the person ticks what seems off', async () => {
    await select(page, '#text-fraud');
    await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) });
    const before = await panelSnapshot(page);
    // Untick everything, then tick only "Scams and phishing", as a person would with the keyboard or mouse.
    await inPanel(page, `function () {
      this.querySelector('details.seems-off').open = true;
      for (const box of this.querySelectorAll('.seems-off input:checked')) box.click();
    }`);
    await page.waitForTimeout(100);
    await inPanel(page, `function () {
      const label = [...this.querySelectorAll('.seems-off label')].find((l) => l.textContent === 'Scams and phishing');
      label.querySelector('input').click();
    }`);
    await expect
      .poll(() => inPanel<string>(page, 'function () { return this.querySelector(".status").textContent; }'))
      .toContain('Tips updated for your choice.');
    const after = await panelSnapshot(page);
    expect(after?.tips).not.toEqual(before?.tips);
    const why = await inPanel<string[]>(page, 'function () { return [...this.querySelectorAll(".tip-why-chosen")].map((e) => e.textContent); }');
    expect(why?.[0]).toContain('Scams and phishing');
  });

  it('replaces the panel when flagging again rather than stacking another', async () => {
    await select(page, '#text-fr');
    await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) });
    await panelSnapshot(page);
    expect(await page.evaluate(() => document.querySelectorAll('ballot-guard-panel').length)).toBe(1);
  });

  it('flags a link, reading its text from the page', async () => {
    const url = await page.evaluate(() => (document.querySelector('#link-phish') as HTMLAnchorElement).href);
    expect(await flag(h, page, { menuItemId: 'flag-link', linkUrl: url })).toBe('panel');
    const snap = await panelSnapshot(page);
    expect(snap?.kind).toBe('You flagged: a link');
    expect(snap?.tips).toHaveLength(3);
    expect(snap?.text).toContain('verify your voter card');
  });

  it('flags an image, reading its description', async () => {
    const src = await page.evaluate(() => (document.querySelector('#image-deepfake') as HTMLImageElement).src);
    expect(await flag(h, page, { menuItemId: 'flag-image', srcUrl: src })).toBe('panel');
    const snap = await panelSnapshot(page);
    expect(snap?.kind).toBe('You flagged: an image');
    expect(snap?.tips).toHaveLength(3);
    expect(snap?.text).toContain('leaked audio');
  });

  it('flags the whole page', async () => {
    await page.evaluate(() => getSelection()!.removeAllRanges());
    expect(await flag(h, page, { menuItemId: 'flag-page' })).toBe('panel');
    const snap = await panelSnapshot(page);
    expect(snap?.kind).toBe('You flagged: this page');
    expect(snap?.tips).toHaveLength(3);
  });

  it('flags the selection with the keyboard command, or the page when nothing is selected', async () => {
    await select(page, '#text-fr');
    expect(await pressCommand(h, page)).toBe('panel');
    expect((await panelSnapshot(page))?.kind).toBe('You flagged: text');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await pressCommand(h, page);
    await page.waitForTimeout(100);
    expect((await panelSnapshot(page))?.kind).toBe('You flagged: this page');
  });

  it('shows hostile page text literally, never as markup', async () => {
    await select(page, '#text-hostile');
    await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) });
    const snap = await panelSnapshot(page);
    expect(snap?.text).toContain('<img src=x onerror=alert(1)>');
    expect(await inPanel<number>(page, 'function () { return this.querySelectorAll("img").length; }')).toBe(0);
  });

  it('keeps working after the browser stops the service worker', async () => {
    await h.worker.evaluate(() => void ((globalThis as { beforeStop?: boolean }).beforeStop = true));
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((done) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) done();
      });
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
    // The popup's first message wakes the worker: the round trip right after a stop is under test.
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('main').innerText()).toContain('Nothing flagged in this tab yet');
    await popup.close();
    expect(await h.worker.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop)).toBeUndefined();
    await select(page, '#text-fraud');
    expect(await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) })).toBe('panel');
    expect((await panelSnapshot(page))?.tips).toHaveLength(3);
  });

  it('answers in the popup where a page cannot be scripted', async () => {
    const settings = await h.context.newPage();
    await settings.goto('chrome://version');
    expect(await flag(h, settings, { menuItemId: 'flag-selection', selectionText: 'Vote by text: send your name to 45678' })).toBe('blocked');
    expect(await popupText(h, settings)).toContain('cannot show the panel');
    await settings.close();
  });

  it('handles a 5 MB selection: the stored text is capped and the panel still shows tips', async () => {
    const huge = `Share this before it is deleted! ${'ballots found in a dumpster '.repeat(190_000)}`;
    expect(await flag(h, page, { menuItemId: 'flag-selection', selectionText: huge })).toBe('panel');
    const snap = await panelSnapshot(page);
    expect(snap?.tips).toHaveLength(3);
    const stored = await h.worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      return Math.max(...Object.values(all).map((s) => (s as { item: { text: string } }).item.text.length));
    });
    expect(stored).toBeLessThanOrEqual(10_000);
  });

  it('shows a styled panel on a page with a strict CSP, right-to-left text, a hostile stylesheet and a max z-index overlay', async () => {
    const strict = await h.context.newPage();
    await strict.goto(`${h.origin}/strict-csp.html`);
    await select(strict, '#text-csp');
    expect(await flag(h, strict, { menuItemId: 'flag-selection', selectionText: await strict.evaluate(() => getSelection()!.toString()) })).toBe('panel');
    expect((await panelSnapshot(strict))?.tips).toHaveLength(3);
    const style = await inPanel<{ position: string; border: string; font: string }>(
      strict,
      'function () { const s = getComputedStyle(this.querySelector(".panel")); return { position: getComputedStyle(this.querySelector(".anchor")).position, border: s.borderTopWidth, font: s.fontSize }; }',
    );
    expect(style).toEqual({ position: 'fixed', border: '2px', font: '14px' });
    // The panel is the topmost thing where it sits, above the page's own max z-index overlay.
    const onTop = await inPanel<boolean>(strict, 'function () { const r = this.querySelector(".panel h2").getBoundingClientRect(); const hit = this.elementFromPoint(r.left + 5, r.top + 5); return !!hit && this.contains(hit); }');
    expect(onTop).toBe(true);
    await strict.close();
  });

  it('flags a selection made inside a cross-origin frame, showing the panel in the top page', async () => {
    const framed = await h.context.newPage();
    await framed.goto(`${h.origin}/framed.html`);
    // localhost and 127.0.0.1 are different origins: the frame is cross-origin to the page.
    const frameUrl = `${h.origin.replace('127.0.0.1', 'localhost')}/index.html`;
    await framed.evaluate((src) => void ((document.querySelector('#embed') as HTMLIFrameElement).src = src), frameUrl);
    await expect.poll(() => framed.frames().some((f) => f.url() === frameUrl)).toBe(true);
    const selectionText = 'They found 9,000 ballots in a dumpster behind the Lakeview count centre. The election was rigged.';
    expect(await flag(h, framed, { menuItemId: 'flag-selection', selectionText, frameUrl })).toBe('panel');
    const snap = await panelSnapshot(framed);
    expect(snap?.kind).toBe('You flagged: text');
    expect(snap?.text).toContain('9,000 ballots in a dumpster');
    expect(snap?.tips).toHaveLength(3);
    await framed.close();
  });

  it('lets a newer version upgrade the database while the popup holds it, and tells the person to reopen', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('searchbox').waitFor();
    const upgraded = await h.worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('ballot-guard', 2);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('upgraded');
          };
          request.onerror = () => resolve('error');
        }),
    );
    expect(upgraded).toBe('upgraded');
    await expect.poll(() => popup.getByRole('status').innerText()).toContain('reopen');
    await popup.close();
  });

  it('made no network request of its own', () => {
    const fixtures = [h.origin, h.origin.replace('127.0.0.1', 'localhost')];
    const foreign = h.requests.filter((url) => !fixtures.some((origin) => url.startsWith(origin)) && !/^(chrome-extension|data|blob|chrome):/.test(url));
    expect(foreign).toEqual([]);
    expect(h.requests.some((url) => url.startsWith(h.origin))).toBe(true);
  });
});
