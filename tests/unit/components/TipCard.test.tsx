// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import TipCard, { type TipCardProps } from '../../../components/TipCard';
import { expectAccessible } from '../helpers/check-accessibility';
import { practice, tEn } from '../helpers/fixtures';

afterEach(cleanup);

function createComponent(props: Partial<TipCardProps> = {}) {
  return render(<TipCard tip={{ practice: practice(), matched: ['impersonation'] }} names={{ impersonation: 'Impersonation' }} t={tEn} {...props} />);
}

describe('TipCard', () => {
  it('shows title, summary and the steps in a disclosure', () => {
    const { container } = createComponent();
    expect(screen.getByRole('heading', { name: 'Check who is really behind the account' })).toBeTruthy();
    expect(container.querySelector('details summary')?.textContent).toBe('How to check');
    expect(container.querySelectorAll('details li')).toHaveLength(2);
  });

  it('links its source safely, with publisher and year', () => {
    createComponent();
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://getcybersafe.gc.ca/en/resources/fact-sheet-phishing');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText(/Get Cyber Safe, 2022/)).toBeTruthy();
  });

  it('can leave out why it was chosen (search results)', () => {
    createComponent({ explain: false });
    expect(screen.queryByText(/Why this tip/)).toBeNull();
  });

  it('passes a11y checks', async () => {
    const { container } = createComponent();
    await expectAccessible(container);
  });
});
