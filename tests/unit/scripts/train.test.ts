import { parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchItem } from '../../../lib/match';
import { LexiconSchema, ModelSchema } from '../../../lib/schema';
import { serialise, train, type CorpusItem } from '../../../scripts/train';

// An empty lexicon, so that what is named here comes from the learned model alone.
const lexicon = parse(LexiconSchema, { bias: -2, threshold: 0.5, terms: {}, counter: [], patterns: {}, url: {} });

const subjects = ['the count', 'the county', 'our riding', 'the city vote', 'the recount', 'the tally', 'the district', 'the election'];
const phrasings: Record<string, string[]> = {
  'fraud-claims': ['was rigged by poll workers', 'ballots were stuffed overnight', 'machines flipped the votes', 'the result was stolen', 'dead people voted twice'],
  'scam-phishing': ['claim your voter reward now', 'enter your password at the link', 'send your bank details today', 'your prize expires tonight', 'confirm your card number'],
  '': ['results will be posted after nine', 'volunteers served coffee to scrutineers', 'turnout was higher than last time', 'the hall opens at eight', 'the library hosts a debate'],
};
// Every subject with every phrasing: the model must learn the phrasings, as the subjects say nothing.
const corpus: CorpusItem[] = Object.entries(phrasings).flatMap(([category, list]) =>
  subjects.flatMap((subject, s) =>
    list.map((phrase, p) => ({
      id: `toy-${category || 'benign'}-${s}-${p}`,
      lang: 'en' as const,
      kind: 'selection' as const,
      text: `About ${subject}: ${phrase}.`,
      url: 'https://social.example/p/1',
      expect: category ? [category] : [],
      origin: 'written' as const,
    })),
  ),
);

describe('training', () => {
  const model = train(corpus, compileMatcher(lexicon));

  it('writes a model the schema accepts, the same bytes every time', () => {
    expect(() => parse(ModelSchema, model)).not.toThrow();
    expect(serialise(train(corpus, compileMatcher(lexicon)))).toBe(serialise(model));
  });

  it('learns to name each tactic on sentences it never saw, and nothing on ordinary ones', () => {
    const matcher = compileMatcher(lexicon, model);
    const named = (text: string) => matchItem({ kind: 'selection', text, url: 'https://social.example/p/2', title: '' }, matcher).categories.map((c) => c.id);
    expect(named('Everyone knows ballots were stuffed and the machines flipped the votes in the suburbs.')).toEqual(['fraud-claims']);
    expect(named('Last chance: enter your password at the link to claim your voter reward.')).toEqual(['scam-phishing']);
    expect(named('In the suburbs the hall opens at eight and results will be posted after nine.')).toEqual([]);
  });
});
