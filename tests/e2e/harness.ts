import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { callOnActiveTab, flagPage, launchWithExtension, panelShadowRoot, selectText, serveFolder, serviceWorker, type Launched } from '../../scripts/browser';
import type { MenuInfo } from '../../lib/flag';

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output-e2e/chrome-mv3');

export type Harness = Launched & {
  origin: string;
  /** Every URL any page or the worker requested, for the zero-network check. */
  requests: string[];
  stop: () => Promise<void>;
};

/** Starts Chromium with the E2E build and serves the demo page and fixtures from 127.0.0.1. */
export async function start(lang: 'en' | 'fr' = 'en'): Promise<Harness> {
  const demo = await serveFolder(resolve('scripts/demo'), {
    '/strict-csp.html': { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
  });
  const launched = await launchWithExtension(EXTENSION_DIR, { lang });
  const requests: string[] = [];
  launched.context.on('request', (r) => requests.push(r.url()));
  launched.context.on('serviceworker', (w) => w.on('console', () => undefined));
  return {
    ...launched,
    origin: demo.origin,
    requests,
    stop: async () => {
      await launched.close();
      demo.server.close();
    },
  };
}

/** Calls the same handler the context menu calls, for the tab showing `page`. */
export function flag(h: Harness, page: Page, info: Omit<MenuInfo, 'menuItemId'> & { menuItemId?: string }): Promise<string> {
  return flagPage(h.context, page, info as Record<string, string>);
}

/** Calls the same handler the keyboard command calls, for the tab showing `page`. */
export function pressCommand(h: Harness, page: Page): Promise<string> {
  return callOnActiveTab(h.context, page, 'command');
}

export const select = selectText;

/**
 * Runs a function with `this` bound to the panel's CLOSED shadow root. Page scripts cannot reach
 * it (that is the point), so the test goes through DevTools, which can.
 */
export async function inPanel<T>(page: Page, fn: string): Promise<T | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const shadow = await panelShadowRoot(cdp);
    if (shadow === undefined) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow });
    const result = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true, awaitPromise: true });
    return result.result.value as T;
  } finally {
    await cdp.detach();
  }
}

export type PanelSnapshot = { heading: string; tips: string[]; kind: string; marks: string[]; focused: string; text: string; lang: string | null };

export const SNAPSHOT = `function () {
  const tips = [...this.querySelectorAll('.tip-title')].map((e) => e.textContent);
  const active = this.activeElement;
  return {
    heading: this.querySelector('h2')?.textContent ?? '',
    tips,
    kind: this.querySelector('.flagged-kind')?.textContent ?? '',
    marks: [...this.querySelectorAll('mark')].map((e) => e.textContent),
    focused: active ? active.tagName + ':' + active.textContent : '',
    text: this.textContent,
    lang: this.querySelector('[role=dialog]')?.getAttribute('lang') ?? null,
  };
}`;

/** Waits until the panel shows its tips (or gives up), then returns what it shows. */
export async function panelSnapshot(page: Page, timeoutMs = 5000): Promise<PanelSnapshot | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const snap = await inPanel<PanelSnapshot>(page, SNAPSHOT);
    if ((snap && snap.tips.length > 0) || Date.now() > until) return snap;
    await page.waitForTimeout(50);
  }
}

/**
 * Opens the real toolbar popup (chrome.action.openPopup) and reads its text. The popup is not a
 * Playwright page, so this talks to its DevTools target directly.
 */
export async function popupText(h: Harness, page: Page): Promise<string> {
  await page.bringToFront();
  await (await serviceWorker(h.context)).evaluate(() => chrome.action.openPopup());
  const cdp = await h.context.newCDPSession(page);
  try {
    let target: { targetId: string } | undefined;
    for (let i = 0; i < 50 && !target; i++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      target = targetInfos.find((t) => t.url.endsWith('/popup.html'));
      if (!target) await page.waitForTimeout(50);
    }
    if (!target) throw new Error('the popup did not open');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let id = 0;
    const call = (method: string, params: object) =>
      new Promise<{ result: { value: unknown } }>((done) => {
        const mine = ++id;
        const listener = (event: { message: string }) => {
          const message = JSON.parse(event.message) as { id?: number; result: { result: { value: unknown } } };
          if (message.id !== mine) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          done(message.result);
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method, params }) });
      });
    // The popup renders, then fills in the tab's flag and the practices, in whichever order they
    // arrive: read it once both are there.
    for (let i = 0; i < 50; i++) {
      const { result } = await call('Runtime.evaluate', { expression: `document.querySelector('.search') && document.querySelector('.empty, [aria-labelledby=bg-last-heading]') ? document.body.innerText : ''`, returnByValue: true });
      if (result.value) return result.value as string;
      await page.waitForTimeout(50);
    }
    throw new Error('the popup did not finish rendering');
  } finally {
    await cdp.detach();
  }
}
