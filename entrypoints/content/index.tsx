import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import Panel, { type PanelState } from '../../components/Panel';
import { placePanel, PANEL_WIDTH } from '../../lib/anchor';
import { withPageText, type FlaggedItem } from '../../lib/flag';
import type { MessageKey } from '../../lib/i18n';
import { parseToContent, type Reply } from '../../lib/messages';
import type { Suggestion } from '../../lib/suggest';
import { cleanText, MAX_TEXT } from '../../lib/text';
// Inlined rather than fetched: a runtime-registered script has no web-accessible CSS file that pages may load.
import panelCss from './panel.css?inline';

const t = (key: MessageKey, substitution?: string) => browser.i18n.getMessage(key, substitution);

// executeScript runs this file again on every flag; the isolated world keeps this mark between runs.
const INJECTED = Symbol.for('ballot-guard.content');

/** Finds the flagged element (a link by its URL, an image by its source) and what it says about itself. */
function locate(item: FlaggedItem): { rect: DOMRect | null; text?: string; alt?: string } {
  if (item.kind === 'selection') {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
    return { rect: range?.getBoundingClientRect() ?? null, text: selection?.toString() };
  }
  if (item.kind === 'link') {
    const link = [...document.links].find((a) => a.href === item.url);
    return { rect: link?.getBoundingClientRect() ?? null, text: link?.innerText };
  }
  if (item.kind === 'image') {
    const image = [...document.images].find((img) => img.currentSrc === item.url || img.src === item.url);
    const caption = image?.closest('figure')?.querySelector('figcaption')?.textContent;
    const alt = [image?.alt, image?.title, caption].filter(Boolean).join(' — ');
    return { rect: image?.getBoundingClientRect() ?? null, alt };
  }
  const main = document.querySelector('main, article, [role=main]') ?? document.body;
  return { rect: null, text: (main?.textContent ?? '').slice(0, MAX_TEXT * 2) };
}

/**
 * The keyboard command sends an empty selection: read it here, or fall back to the whole page. A
 * selection the menu already carries (one made inside a frame, which this top-frame script cannot
 * see) is kept as it is.
 */
function collect(item: FlaggedItem) {
  const found = locate(item);
  if (item.kind === 'selection' && !item.text && !cleanText(found.text)) {
    const page: FlaggedItem = { ...item, kind: 'page', text: '' };
    return { item: withPageText(page, locate(page)), rect: null };
  }
  if (item.kind === 'link' && !item.text) return { item: { ...item, text: cleanText(found.text, 1000) }, rect: found.rect };
  return { item: withPageText(item, found), rect: found.rect };
}

export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const marked = globalThis as { [INJECTED]?: boolean };
    if (marked[INJECTED]) return;
    marked[INJECTED] = true;

    let current: ShadowRootContentScriptUi<void> | undefined;
    let returnFocus: Element | null = null;

    const close = () => {
      current?.remove();
      current = undefined;
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
      returnFocus = null;
    };

    const open = async (flagged: FlaggedItem) => {
      const { item, rect } = collect(flagged);
      // Flagging again replaces the panel; focus still goes back to where the person was first.
      const previousFocus = current ? returnFocus : document.activeElement;
      current?.remove();
      returnFocus = previousFocus;
      let state: PanelState = { status: 'loading', item };
      let container: HTMLElement | undefined;
      let ui: ShadowRootContentScriptUi<void> | undefined;
      // Positioned inside the shadow root: WXT resets the host with `all: initial !important`, and
      // the shadow tree's important rules beat any inline style set on the host from outside.
      const place = { ...placePanel(rect, { width: innerWidth, height: innerHeight }), width: `${Math.min(PANEL_WIDTH, innerWidth - 16)}px` };
      const draw = () =>
        container &&
        render(
          <div class="anchor" style={place}>
            <Panel state={state} onClose={close} onPick={(picked) => void load(picked)} t={t} />
          </div>,
          container,
        );
      // Replies can overtake each other when the person ticks quickly: only the latest request counts.
      let requests = 0;
      const load = async (picked?: string[]) => {
        const request = ++requests;
        let next: PanelState;
        try {
          const reply = (await browser.runtime.sendMessage({ type: 'tips.for-item', item, ...(picked ? { picked } : {}) })) as Reply<Suggestion> | undefined;
          next = reply?.ok ? { status: 'ready', suggestion: reply.value } : { status: 'error', item };
        } catch (error) {
          console.warn('Ballot Guard could not get tips', error);
          next = { status: 'error', item };
        }
        if (request !== requests || current !== ui) return;
        state = next;
        draw();
      };
      ui = await createShadowRootUi(ctx, {
        name: 'ballot-guard-panel',
        css: panelCss,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'closed',
        isolateEvents: true,
        onMount(uiContainer) {
          container = uiContainer;
          draw();
        },
        onRemove() {
          if (container) render(null, container);
        },
      });
      current = ui;
      ui.mount();
      await load();
    };

    browser.runtime.onMessage.addListener((message, sender) => {
      // Only our own background may open the panel; pages and other extensions cannot.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const parsed = parseToContent(message);
      if (!parsed) return undefined;
      void open(parsed.item);
      return Promise.resolve({ ok: true, value: true });
    });
  },
});
