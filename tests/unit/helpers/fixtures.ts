import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { FlaggedItem } from '../../../lib/flag';
import { translatorFrom } from '../../../lib/i18n';
import type { Practice } from '../../../lib/schema';
import type { Suggestion } from '../../../lib/suggest';

export const tEn = translatorFrom(en);
export const tFr = translatorFrom(fr);

export function practice(overrides: Partial<Practice> = {}): Practice {
  return {
    id: 'check-the-source',
    categories: ['impersonation'],
    title: 'Check who is really behind the account',
    summary: 'Open the profile and look at its history before you trust it.',
    steps: ['Open the profile.', 'Look at when it was created.'],
    why: 'Look-alike accounts borrow trust.',
    example: 'An account named @ElectionsCanadaHelp asks you to DM your address.',
    sources: [{ title: 'Fact sheet: Phishing', publisher: 'Get Cyber Safe', year: 2022, url: 'https://getcybersafe.gc.ca/en/resources/fact-sheet-phishing' }],
    ...overrides,
  };
}

export function item(overrides: Partial<FlaggedItem> = {}): FlaggedItem {
  return { kind: 'selection', text: 'Ballots were found in a dumpster', url: 'https://social.example/p/1', title: 'Feed', lang: 'en', ...overrides };
}

export function suggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    item: item(),
    categories: [{ id: 'fraud-claims', score: 0.9, evidence: [{ text: 'dumpster', in: 'text', start: 24, end: 32, weight: 1.5 }] }],
    candidates: [],
    tips: [
      { practice: practice({ id: 'trace-ballot-claims', categories: ['fraud-claims'], title: 'Ask the election authority about ballot stories' }), matched: ['fraud-claims'] },
      { practice: practice({ id: 'pause-before-sharing', categories: [], title: 'Pause before you share' }), matched: [] },
    ],
    reporting: [
      {
        id: 'report-platform',
        categories: [],
        en: { name: 'The platform', when: 'Use its Report menu.', url: null },
        fr: { name: 'La plateforme', when: 'Utilisez son menu Signaler.', url: null },
      },
    ],
    names: { 'fraud-claims': 'Election fraud claims', impersonation: 'Impersonation' },
    createdAt: 0,
    ...overrides,
  };
}
