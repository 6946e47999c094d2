import { describe, expect, it } from 'vitest';
import type { CategoryScore } from '../../../lib/match';
import { pickTips } from '../../../lib/pick';
import { practice } from '../helpers/fixtures';

const scored = (...ids: string[]): CategoryScore[] => ids.map((id, i) => ({ id, score: 0.9 - i / 10, evidence: [] }));
const practices = [
  practice({ id: 'scam-1', categories: ['scam-phishing'] }),
  practice({ id: 'scam-2', categories: ['scam-phishing', 'impersonation'] }),
  practice({ id: 'imp-1', categories: ['impersonation'] }),
  practice({ id: 'imp-2', categories: ['impersonation', 'scam-phishing'] }),
  practice({ id: 'fraud-1', categories: ['fraud-claims'] }),
  practice({ id: 'general-1', categories: [] }),
  practice({ id: 'general-2', categories: [] }),
];

describe('pickTips', () => {
  it('takes one tip per tactic in turn rather than three for the strongest', () => {
    expect(pickTips(scored('scam-phishing', 'fraud-claims'), practices).map((t) => t.practice.id)).toEqual(['scam-1', 'fraud-1', 'scam-2']);
  });

  it('within a tactic, prefers a practice that also answers the other detected tactics', () => {
    expect(pickTips(scored('scam-phishing', 'impersonation', 'fraud-claims'), practices).map((t) => t.practice.id)).toEqual(['scam-2', 'imp-2', 'fraud-1']);
  });

  it('prefers practices whose main tactic is the one detected', () => {
    expect(pickTips(scored('impersonation'), practices).map((t) => t.practice.id)).toEqual(['imp-1', 'imp-2', 'scam-2']);
  });

  it('fills with general practices when the tactics run out', () => {
    expect(pickTips(scored('fraud-claims'), practices).map((t) => t.practice.id)).toEqual(['fraud-1', 'general-1', 'general-2']);
  });

  it('gives only general practices when nothing was detected, tagged with no tactic', () => {
    const tips = pickTips([], practices);
    expect(tips.map((t) => t.practice.id)).toEqual(['general-1', 'general-2']);
    expect(tips.every((t) => t.matched.length === 0)).toBe(true);
  });

  it('says which of the ranked tactics each tip answers', () => {
    const [first] = pickTips(scored('scam-phishing', 'impersonation'), practices.slice(1));
    expect(first?.matched).toEqual(['scam-phishing', 'impersonation']);
  });
});
