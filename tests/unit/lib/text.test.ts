import { describe, expect, it } from 'vitest';
import { fold, stem, tokenize } from '../../../lib/text';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('text normalisation', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('ÉLECTION')).toBe('election');
    expect(fold('Œuvre')).toBe('oeuvre');
  });

  it('drops French elision so the noun matches on its own', () => {
    expect(norms("l'élection d’urgence qu'il")).toEqual(['election', 'urgenc', 'il']);
  });

  it('gives plurals and inflections one form', () => {
    expect(stem('ballots')).toBe(stem('ballot'));
    expect(stem('voted')).toBe(stem('votes'));
    expect(norms('truquées')).toEqual(norms('truqué'));
  });

  it('reads look-alike and invisible characters as the plain word', () => {
    expect(norms('vоte')).toEqual(norms('vote')); // Cyrillic о
    expect(norms('ＶＯＴＥ 𝐯𝐨𝐭𝐞 vo\u200Bte')).toEqual(norms('vote vote vote'));
    expect(norms('выборы')).toEqual(['выборы']);
  });

  it('keeps offsets into the original text', () => {
    const text = "Voir l'ÉLECTION";
    const [, token] = tokenize(text);
    expect(text.slice(token!.start, token!.end)).toBe('ÉLECTION');
  });
});
