// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import PopupApp, { type PopupAppProps } from '../../../components/PopupApp';
import { expectAccessible } from '../helpers/check-accessibility';
import { practice, suggestion, tEn } from '../helpers/fixtures';

afterEach(cleanup);

function createComponent(props: Partial<PopupAppProps> = {}) {
  return render(<PopupApp lastFlag={suggestion()} practices={[practice()]} names={{}} shortcut="Alt+Shift+F" t={tEn} {...props} />);
}

describe('PopupApp', () => {
  it("shows the tab's last flag with its tips and where to report", () => {
    createComponent();
    expect(screen.getByRole('heading', { name: 'Your last flag in this tab' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ask the election authority about ballot stories' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Where to report' })).toBeTruthy();
  });

  it('explains how to flag when nothing was flagged, with the shortcut', () => {
    createComponent({ lastFlag: null, shortcut: 'Ctrl+Shift+Y' });
    expect(screen.getByRole('heading', { name: 'Nothing flagged in this tab yet' })).toBeTruthy();
    expect(screen.getByText(/press Ctrl\+Shift\+Y/)).toBeTruthy();
  });

  it('says why the tips are in the popup when the page could not host the panel', () => {
    createComponent({ lastFlag: suggestion({ blocked: true }) });
    expect(screen.getByText(/cannot show the panel/)).toBeTruthy();
  });

  it('tells the person when storage is down or the extension was updated', () => {
    const { rerender } = createComponent({ notice: 'storage-down' });
    expect(screen.getByRole('status').textContent).toMatch(/Storage is unavailable/);
    rerender(<PopupApp lastFlag={null} practices={undefined} names={{}} shortcut="" t={tEn} notice="stale" />);
    expect(screen.getByRole('status').textContent).toMatch(/reopen/);
  });

  it('offers search once practices are loaded', () => {
    createComponent({ practices: undefined });
    expect(screen.queryByRole('searchbox')).toBeNull();
    cleanup();
    createComponent();
    expect(screen.getByRole('searchbox', { name: 'Search all tips' })).toBeTruthy();
  });

  it('passes a11y checks', async () => {
    const { container } = createComponent();
    await expectAccessible(container);
  });
});
