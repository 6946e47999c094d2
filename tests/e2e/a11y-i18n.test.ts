import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../data/practices.fr.json';
import { flag, inPanel, panelSnapshot, popupText, select, start, type Harness } from './harness';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility in Chromium (English)', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await start('en');
    page = await h.context.newPage();
    await page.goto(`${h.origin}/`);
  });
  afterAll(async () => h?.stop());

  it('the panel, as rendered in the page, has no axe violations (contrast included)', async () => {
    await select(page, '#text-fraud');
    await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) });
    await panelSnapshot(page);
    // axe cannot enter a closed shadow root, so the panel's own markup and stylesheet are checked in a page of their own.
    const html = await inPanel<string>(page, 'function () { return this.innerHTML; }');
    const copy = await h.context.newPage();
    await copy.setContent(`<!doctype html><html lang="en"><head><title>Panel</title></head><body><main>${html}</main></body></html>`);
    expect(await axe(copy)).toEqual([]);
    await copy.close();
  });

  it('the panel is usable by keyboard: Tab moves inside it and reaches the close button, Escape closes', async () => {
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push((await inPanel<string>(page, 'function () { const a = this.activeElement; return a ? a.tagName + ":" + a.textContent.slice(0, 20) : "outside"; }')) ?? 'gone');
    }
    expect(order[0]).toBe('BUTTON:Close');
    expect(order.some((o) => o.startsWith('SUMMARY'))).toBe(true);
    expect(order.some((o) => o.startsWith('A:'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('ballot-guard-panel'))).toBeNull();
  });

  it('the popup has no axe violations, empty and with search results', async () => {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('searchbox').waitFor();
    expect(await axe(popup)).toEqual([]);
    await popup.getByRole('searchbox').fill('deepfake');
    await expect.poll(() => popup.locator('.tip').count()).toBeGreaterThan(0);
    expect(await popup.locator('[aria-live=polite]').innerText()).toMatch(/tips? found/);
    expect(await axe(popup)).toEqual([]);
    await popup.close();
  });

  it('the About page names the compendium and the dataset version, with no axe violations', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Where these tips come from' }).waitFor();
    const text = await options.locator('main').innerText();
    expect(text).toContain('Multi-Stakeholder Insights: A Compendium on Countering Election Interference');
    expect(text).toMatch(/Dataset version\s+[0-9a-f]{8}/);
    expect(await axe(options)).toEqual([]);
    await options.close();
  });

  it('the popup works at 320 px without horizontal scrolling', async () => {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 320, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByRole('searchbox').fill('vote');
    await expect.poll(() => popup.locator('.tip').count()).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await popup.close();
  });
});

describe('a French browser', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await start('fr');
    page = await h.context.newPage();
    await page.goto(`${h.origin}/`);
  });
  afterAll(async () => h?.stop());

  it('gets French tips and a French panel', async () => {
    await select(page, '#text-fr');
    await flag(h, page, { menuItemId: 'flag-selection', selectionText: await page.evaluate(() => getSelection()!.toString()) });
    const snap = await panelSnapshot(page);
    expect(snap?.heading).toBe('Conseils pour ce que vous avez signalé');
    expect(snap?.lang).toBe('fr');
    const titles = new Set(fr.map((p) => p.title));
    expect(snap?.tips).toHaveLength(3);
    for (const title of snap!.tips) expect(titles.has(title), title).toBe(true);
  });

  it('gets a French popup with the same tips', async () => {
    const snap = await panelSnapshot(page);
    const text = await popupText(h, page);
    expect(text).toContain('Votre dernier signalement dans cet onglet');
    for (const title of snap!.tips) expect(text).toContain(title);
  });

  it('names its context menus in French', async () => {
    const title = await h.worker.evaluate(() => chrome.i18n.getMessage('menuFlagSelection'));
    expect(title).toBe('Signaler la sélection comme douteuse');
  });
});
