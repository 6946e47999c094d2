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
  /** Normalised form: lower case, no accents, light plural stemming. */
  norm: string;
  /** Offsets into the text that was tokenised, for highlighting evidence. */
  start: number;
  end: number;
};

// French elided articles and pronouns (l', d', qu'…) are dropped so "l'élection" matches "élection".
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/** Lower case, strip accents, map look-alike letters to ASCII where Unicode compatibility does. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/** Drops a plural ending so "ballots"/"ballot" and "bulletins"/"bulletin" share one form. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’ʼ][\p{L}\p{N}]+)*/gu;

/** Splits text into normalised word tokens that keep their offsets in the original. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let offset = m.index;
    for (const part of m[0].split(/[-'’ʼ]/)) {
      const folded = fold(part);
      const start = offset;
      offset += part.length + 1;
      if (!folded) continue;
      if (ELIDED.has(folded) && offset <= m.index + m[0].length) continue;
      tokens.push({ norm: stem(folded), start, end: start + part.length });
    }
  }
  return tokens;
}
