// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Panel, { type PanelProps } from '../../../components/Panel';
import { expectAccessible } from '../helpers/check-accessibility';
import { item, suggestion, tEn, tFr } from '../helpers/fixtures';

afterEach(cleanup);

function createComponent(props: Partial<PanelProps> = {}) {
  const onClose = vi.fn();
  const onPick = vi.fn();
  const view = render(<Panel state={{ status: 'ready', suggestion: suggestion() }} onClose={onClose} onPick={onPick} t={tEn} {...props} />);
  return { ...view, onClose, onPick };
}

describe('Panel', () => {
  it('is a labelled dialog whose heading takes focus', () => {
    createComponent();
    const dialog = screen.getByRole('dialog', { name: 'Tips for what you flagged' });
    expect(dialog.getAttribute('lang')).toBe('en');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('shows each tip with why it was chosen and its source', () => {
    createComponent();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByText('Why this tip: it fits Election fraud claims.')).toBeTruthy();
    expect(screen.getByText('Why this tip: it is a check that works on any claim.')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /Fact sheet: Phishing \(opens in a new tab\)/ })).toHaveLength(2);
  });

  it('names the detected tactic and highlights its evidence in the flagged text', () => {
    const { container } = createComponent();
    expect(container.querySelector('.detected')?.textContent).toBe('Election fraud claims — Signals: “dumpster”');
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['dumpster']);
  });

  it('names a URL cue in the reader’s language', () => {
    const cue = { text: 'cueShortener', in: 'url' as const, start: 0, end: 6, weight: 1 };
    const { container } = createComponent({
      state: { status: 'ready', suggestion: suggestion({ item: item({ lang: 'fr' }), categories: [{ id: 'scam-phishing', score: 0.9, evidence: [cue] }] }) },
      t: tFr,
    });
    expect(container.querySelector('.detected')?.textContent).toContain('un lien raccourci qui cache sa destination');
  });

  it('closes on Escape and on its close button', () => {
    const { onClose } = createComponent();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1"> vote <b>now</b>';
    const { container } = createComponent({ state: { status: 'ready', suggestion: suggestion({ item: item({ text: hostile }), categories: [] }) } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it('says it is loading, then shows an error it can recover from', () => {
    const { rerender, onClose } = createComponent({ state: { status: 'loading', item: item() } });
    expect(screen.getByText('Finding tips…')).toBeTruthy();
    rerender(<Panel state={{ status: 'error', item: item() }} onClose={onClose} onPick={vi.fn()} t={tEn} />);
    expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  });

  it('offers likely tactics as such, and says their tips only may fit', () => {
    const base = suggestion();
    createComponent({
      state: {
        status: 'ready',
        suggestion: suggestion({ categories: [], candidates: [{ id: 'fraud-claims', score: 0.3, evidence: [] }] }),
      },
    });
    expect(screen.getByText('Might also be: Election fraud claims')).toBeTruthy();
    expect(screen.getByText(/No tactic stands out clearly/)).toBeTruthy();
    expect(screen.getByText('Why this tip: it may fit Election fraud claims.')).toBeTruthy();
    expect(base.tips).toHaveLength(2);
  });

  it('lets the person pick what seems off, detected tactics ticked first', () => {
    const { onPick } = createComponent();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes[0]!.parentElement!.textContent).toBe('Election fraud claims');
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Impersonation' }));
    expect(onPick).toHaveBeenCalledWith(['fraud-claims', 'impersonation']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Election fraud claims' }));
    expect(onPick).toHaveBeenLastCalledWith(['impersonation']);
  });

  it('announces that the tips follow the person’s choice', () => {
    createComponent({ state: { status: 'ready', suggestion: suggestion({ picked: ['impersonation'] }) } });
    expect(screen.getByText('Tips updated for your choice.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Impersonation' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Election fraud claims' })).toHaveProperty('checked', false);
  });

  it('labels an image without a description', () => {
    createComponent({ state: { status: 'loading', item: item({ kind: 'image', text: '' }) } });
    expect(screen.getByText('You flagged: image (no description)')).toBeTruthy();
  });

  it('speaks French for a French item', () => {
    createComponent({ state: { status: 'ready', suggestion: suggestion({ item: item({ lang: 'fr' }) }) }, t: tFr });
    expect(screen.getByRole('dialog', { name: 'Conseils pour ce que vous avez signalé' }).getAttribute('lang')).toBe('fr');
  });

  it('passes a11y checks', async () => {
    const { container } = createComponent();
    await expectAccessible(container);
  });
});
