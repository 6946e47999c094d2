import { describe, expect, it, vi } from 'vitest';
import { flagInTab, type FlagDeps } from '../../../lib/flag-flow';
import { item, suggestion } from '../helpers/fixtures';

function deps(overrides: Partial<FlagDeps> = {}): FlagDeps {
  return {
    inject: vi.fn(async () => undefined),
    openPanel: vi.fn(async () => undefined),
    suggest: vi.fn(() => suggestion()),
    remember: vi.fn(async () => undefined),
    markBlocked: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('flagInTab', () => {
  it('injects first, then opens the panel with the item', async () => {
    const order: string[] = [];
    const d = deps({ inject: vi.fn(async () => void order.push('inject')), openPanel: vi.fn(async () => void order.push('open')) });
    expect(await flagInTab(4, item(), d)).toBe('panel');
    expect(order).toEqual(['inject', 'open']);
    expect(d.openPanel).toHaveBeenCalledWith(4, item());
    expect(d.remember).not.toHaveBeenCalled();
  });

  it('answers in the popup when the page cannot be scripted', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const d = deps({ inject: vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL'))) });
    expect(await flagInTab(4, item(), d)).toBe('blocked');
    expect(d.remember).toHaveBeenCalledWith(4, expect.objectContaining({ blocked: true }));
    expect(d.markBlocked).toHaveBeenCalledWith(4);
  });

  it('treats a missing receiver like a blocked page rather than an unhandled rejection', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const d = deps({ openPanel: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist.'))) });
    await expect(flagInTab(4, item(), d)).resolves.toBe('blocked');
  });
});
