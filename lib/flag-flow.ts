import type { FlaggedItem } from './flag';
import type { Suggestion } from './suggest';

/** The browser operations a flag needs; the background passes real ones, tests pass fakes. */
export type FlagDeps = {
  /** Runs the content script in the tab's top frame (it guards against running twice). */
  inject: (tabId: number) => Promise<void>;
  /** Asks the content script to open its panel for the item. */
  openPanel: (tabId: number, item: FlaggedItem) => Promise<void>;
  suggest: (item: FlaggedItem) => Suggestion;
  /** Keeps the tab's last flag for the popup; it must survive the worker being stopped. */
  remember: (tabId: number, suggestion: Suggestion) => Promise<void>;
  /** Tells the person, on the toolbar button, that the tips are in the popup. */
  markBlocked: (tabId: number) => Promise<void>;
};

/**
 * Injects the panel into the flagged tab and hands it the item. Pages that cannot be scripted
 * (browser pages, web stores, PDF viewers) still get their flag answered, in the popup.
 */
export async function flagInTab(tabId: number, item: FlaggedItem, deps: FlagDeps): Promise<'panel' | 'blocked'> {
  try {
    await deps.inject(tabId);
    await deps.openPanel(tabId, item);
    return 'panel';
  } catch (error) {
    console.info('The panel cannot run on this page; the tips go to the popup.', error);
    await deps.remember(tabId, { ...deps.suggest(item), blocked: true });
    await deps.markBlocked(tabId);
    return 'blocked';
  }
}
