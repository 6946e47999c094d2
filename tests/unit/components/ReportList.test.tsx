// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import ReportList from '../../../components/ReportList';
import type { Reporting } from '../../../lib/schema';
import { expectAccessible } from '../helpers/check-accessibility';
import { tEn, tFr } from '../helpers/fixtures';

afterEach(cleanup);

const entries: Reporting[] = [
  {
    id: 'report-cafc',
    categories: ['scam-phishing'],
    en: { name: 'Canadian Anti-Fraud Centre', when: 'Scams and phishing.', url: 'https://antifraudcentre-centreantifraude.ca/' },
    fr: { name: 'Centre antifraude du Canada', when: 'Arnaques et hameçonnage.', url: 'https://antifraudcentre-centreantifraude.ca/' },
  },
  { id: 'report-platform', categories: [], en: { name: 'The platform', when: 'Use its menu.', url: null }, fr: { name: 'La plateforme', when: 'Son menu.', url: null } },
];

describe('ReportList', () => {
  it('links each place to report, in the chosen language', () => {
    render(<ReportList entries={entries} lang="fr" t={tFr} />);
    expect(screen.getByRole('heading', { name: 'Où signaler' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Centre antifraude du Canada/ })).toBeTruthy();
    expect(screen.getByText('La plateforme')).toBeTruthy();
  });

  it('renders nothing with nothing to report to', () => {
    const { container } = render(<ReportList entries={[]} lang="en" t={tEn} />);
    expect(container.innerHTML).toBe('');
  });

  it('passes a11y checks', async () => {
    const { container } = render(<ReportList entries={entries} lang="en" t={tEn} />);
    await expectAccessible(container);
  });
});
