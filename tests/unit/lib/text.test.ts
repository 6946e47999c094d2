import { describe, expect, it } from 'vitest';
import { cleanText, fold, MAX_TEXT, stem, tokenize } from '../../../lib/text';

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

describe('cleanText', () => {
  it.each([
    ['NUL and other controls', 'a\u0000b\u0007c', 'abc'],
    ['bidi overrides and isolates', 'vote\u202Eetov\u2066x\u2069', 'voteetovx'],
    ['lone surrogates', 'ok\uD800 then \uDC00done', 'ok then done'],
    ['runs of white space', '  a \n\n\t b  ', 'a b'],
    ['combining marks composed to NFC', 'e\u0301lection', 'élection'],
    ['anything that is not a string', 42, ''],
  ])('removes or normalises %s', (_, input, expected) => expect(cleanText(input)).toBe(expected));

  it('keeps a ZWJ emoji whole when cutting at the cap', () => {
    const family = '👨‍👩‍👧';
    const text = `${'a'.repeat(8)}${family}`;
    expect(cleanText(text, 10)).toBe('a'.repeat(8));
    expect(cleanText(text, 8 + family.length)).toBe(text);
  });

  it('cuts a 5 MB text to the cap', () => {
    const huge = 'x'.repeat(5_000_000);
    expect(cleanText(huge)).toHaveLength(MAX_TEXT);
  });
});
