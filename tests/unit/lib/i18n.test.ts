import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import lexicon from '../../../data/lexicon.json';
import { translatorFrom } from '../../../lib/i18n';

describe('locales', () => {
  it('have the same keys and placeholders in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const other = fr[key as keyof typeof fr] as { placeholders?: object };
      expect(Object.keys(other.placeholders ?? {}), key).toEqual(Object.keys((entry as { placeholders?: object }).placeholders ?? {}));
    }
  });

  it('keep Chrome limits: short name ≤ 12 characters, name ≤ 75, description ≤ 132', () => {
    for (const file of [en, fr]) {
      expect(file.extShortName.message.length).toBeLessThanOrEqual(12);
      expect(file.extName.message.length).toBeLessThanOrEqual(75);
      expect(file.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('name every URL cue of the lexicon, in both languages', () => {
    for (const cues of Object.values(lexicon.url)) {
      for (const cue of cues) {
        const key = String(cue[2]);
        expect(Object.keys(en), key).toContain(key);
        expect(Object.keys(fr), key).toContain(key);
      }
    }
  });

  it('fill placeholders the way browser.i18n does', () => {
    expect(translatorFrom(en)('searchResults', '4')).toBe('4 tips found');
    expect(translatorFrom(fr)('searchResults', '4')).toBe('4 conseils trouvés');
  });
});
