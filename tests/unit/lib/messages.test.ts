import { describe, expect, it, vi } from 'vitest';
import { route, type BackgroundApi } from '../../../lib/background';
import { parseToBackground, parseToContent, senderRole } from '../../../lib/messages';
import { item } from '../helpers/fixtures';

const RUNTIME = 'ext-id';
const ORIGIN = 'chrome-extension://ext-id/';
const fromPopup = { id: RUNTIME, url: `${ORIGIN}popup.html` };
const fromTab = { id: RUNTIME, url: 'https://news.example/', tab: { id: 7 } };

function api(): BackgroundApi {
  return {
    runtimeId: RUNTIME,
    extensionOrigin: ORIGIN,
    locale: () => 'en-CA',
    inject: vi.fn(),
    openPanel: vi.fn(),
    suggest: vi.fn(),
    remember: vi.fn(async () => undefined),
    recall: vi.fn(async () => null),
    markBlocked: vi.fn(),
  };
}

describe('senderRole', () => {
  it('tells extension pages from tabs, and refuses strangers', () => {
    expect(senderRole(fromPopup, RUNTIME, ORIGIN)).toBe('page');
    expect(senderRole(fromTab, RUNTIME, ORIGIN)).toBe('tab');
    expect(senderRole({ ...fromPopup, id: 'other-extension' }, RUNTIME, ORIGIN)).toBeNull();
    expect(senderRole({ id: RUNTIME, url: 'https://evil.example/' }, RUNTIME, ORIGIN)).toBeNull();
  });
});

describe('route', () => {
  it('answers a tab asking for tips, and remembers them for the popup', async () => {
    const a = api();
    const reply = await route({ type: 'tips.for-item', item: item() }, fromTab, a);
    expect(reply.ok).toBe(true);
    expect(a.remember).toHaveBeenCalledWith(7, expect.objectContaining({ item: item() }));
  });

  it('refuses the last flag of a tab to a tab sender (a forged content script)', async () => {
    const a = api();
    expect(await route({ type: 'tab.last-flag', tabId: 1 }, fromTab, a)).toEqual({ ok: false, error: 'forbidden' });
    expect(a.recall).not.toHaveBeenCalled();
  });

  it('gives the popup the last flag of a tab', async () => {
    const a = api();
    expect(await route({ type: 'tab.last-flag', tabId: 3 }, fromPopup, a)).toEqual({ ok: true, value: null });
    expect(a.recall).toHaveBeenCalledWith(3);
  });

  it('answers unknown or malformed messages with ok:false and never throws', async () => {
    const a = api();
    const junk: unknown[] = [null, 42, 'x', [], {}, { type: 'journal.export' }, { type: 'tips.for-item' }, { type: 'tips.for-item', item: { ...item(), kind: 'video' } },
      { type: 'tab.last-flag', tabId: -1 }, { type: 'tips.for-item', item: { ...item(), text: 'a'.repeat(20_000) } }, { type: 'tips.for-item', item: item(), __proto__: { x: 1 } }];
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const values = [null, true, 0, -1, 1e300, '', 'tips.for-item', [], {}];
    for (let i = 0; i < 300; i++) {
      const message: Record<string, unknown> = {};
      for (const key of ['type', 'item', 'tabId', 'picked', 'extra']) if (random() < 0.6) message[key] = values[Math.floor(random() * values.length)];
      junk.push(message);
    }
    for (const message of junk) {
      const reply = await route(message, fromTab, a);
      expect(reply.ok, JSON.stringify(message)).toBe(false);
    }
  });

  it('ignores picked ids that are not categories', async () => {
    const reply = await route({ type: 'tips.for-item', item: item(), picked: ['nope', 'scam-phishing'] }, fromTab, api());
    expect(reply.ok && (reply.value as { picked: string[] }).picked).toEqual(['scam-phishing']);
  });
});

describe('parseToContent', () => {
  it('accepts only panel.open with a well-formed item', () => {
    expect(parseToContent({ type: 'panel.open', item: item() })).not.toBeNull();
    expect(parseToContent({ type: 'panel.open', item: { ...item(), url: 5 } })).toBeNull();
    expect(parseToContent({ type: 'tips.for-item', item: item() })).toBeNull();
    expect(parseToBackground({ type: 'panel.open', item: item() })).toBeNull();
  });
});
