/** Longest text we keep from a flag: enough for any post, small enough to score and store at once. */
export const MAX_TEXT = 10_000;

// C0/C1 controls (except tab and newlines), bidi overrides/isolates and lone surrogates: page text
// can carry any of them, and they only ever hide or reorder what the person sees.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** Makes untrusted page text safe to score, store and show: NFC, no control or bidi characters, capped on a grapheme boundary. */
export function cleanText(input: unknown, max = MAX_TEXT): string {
  if (typeof input !== 'string') return '';
  // Cut well above the cap first so that a 5 MB selection costs no more than a 10 kB one.
  const rough = input.length > max * 2 ? input.slice(0, max * 2) : input;
  const clean = rough.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  if (!segmenter) return clean.slice(0, max);
  let end = 0;
  for (const { index, segment } of segmenter.segment(clean)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return clean.slice(0, end);
}

export type Token = {
  /** Normalised form: lower case, no accents, light suffix stemming. */
  norm: string;
  /** Offsets into the text that was tokenised, for highlighting evidence. */
  start: number;
  end: number;
};

// French elided articles and pronouns (l', d', qu'…) are dropped so "l'élection" matches "élection".
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

// Invisible characters that pages (and people dodging filters) slip inside words.
const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

// Cyrillic and Greek letters that look Latin; mapped only inside words that also hold Latin
// letters, so "vоte" with a Cyrillic о still reads as "vote" while real Russian or Greek stays.
const CONFUSABLE: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v',
  ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
const CONFUSABLES = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');

/** Lower case, strip accents and invisible characters, map look-alike letters to ASCII. */
export function fold(word: string): string {
  let out = word.normalize('NFKD').replace(/\p{M}+/gu, '').replace(INVISIBLE, '').toLowerCase();
  if (/[a-z]/.test(out)) out = out.replace(CONFUSABLES, (c) => CONFUSABLE[c] ?? c);
  return out.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/**
 * Strips plural and common inflection endings (EN and FR) so that "ballots"/"ballot",
 * "voted"/"voting"/"votes" and "truquée"/"truqués" share one form. Deliberately crude: the same
 * function runs on the lexicon, the model's features and the flagged text, so it only has to be
 * consistent, and a word is never cut below three letters.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && /[sx]$/.test(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length >= 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length >= 6 && w.endsWith('ee')) w = w.slice(0, -2);
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Hyphens and apostrophes join parts of one word; each part becomes a token.
const JOINER_CHARS = "-'’ʼ‘";
const JOINER = new RegExp(`[${JOINER_CHARS}]`);
const PART = `[\\p{L}\\p{N}${INVISIBLE_CHARS}]+`;
const WORD = new RegExp(`${PART}(?:[${JOINER_CHARS}]${PART})*`, 'gu');

/** Splits text into normalised word tokens that keep their offsets in the original. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    let start = m.index;
    for (const part of m[0].split(JOINER)) {
      const folded = fold(part);
      const partStart = start;
      start += part.length + 1;
      if (!folded) continue;
      if (ELIDED.has(folded) && start <= end) continue;
      tokens.push({ norm: stem(folded), start: partStart, end: partStart + part.length });
    }
  }
  return tokens;
}
