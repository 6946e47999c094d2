import { describe, expect, it } from 'vitest';
import { itemFromMenu, safeUrl, withPageText } from '../../../lib/flag';
import { MAX_TEXT } from '../../../lib/text';

const tab = { url: 'https://news.example/a', title: 'A page' };

describe('itemFromMenu', () => {
  it('takes a selection, with the page URL', () => {
    expect(itemFromMenu({ menuItemId: 'flag-selection', selectionText: '  Vote  by text!  ', pageUrl: tab.url }, tab, 'en')).toEqual({
      kind: 'selection',
      text: 'Vote by text!',
      url: 'https://news.example/a',
      title: 'A page',
      lang: 'en',
    });
  });

  it('takes a link by its target', () => {
    const item = itemFromMenu({ menuItemId: 'flag-link', linkUrl: 'https://elections-canada-verify.info/login', linkText: 'Verify now' }, tab, 'fr');
    expect(item).toMatchObject({ kind: 'link', url: 'https://elections-canada-verify.info/login', text: 'Verify now', lang: 'fr' });
  });

  it('keeps an image URL but never a data: payload', () => {
    expect(itemFromMenu({ menuItemId: 'flag-image', srcUrl: 'https://img.example/x.png' }, tab, 'en')).toMatchObject({ kind: 'image', url: 'https://img.example/x.png' });
    expect(itemFromMenu({ menuItemId: 'flag-image', srcUrl: 'data:image/png;base64,AAAA' }, tab, 'en')).toMatchObject({ kind: 'image', url: '' });
  });

  it('falls back to the page, using its title as text', () => {
    expect(itemFromMenu({ menuItemId: 'flag-page', pageUrl: tab.url }, tab, 'en')).toMatchObject({ kind: 'page', text: 'A page', url: tab.url });
  });

  it('caps a huge selection', () => {
    const item = itemFromMenu({ menuItemId: 'flag-selection', selectionText: 'a'.repeat(5_000_000) }, tab, 'en');
    expect(item.text).toHaveLength(MAX_TEXT);
  });
});

describe('safeUrl', () => {
  it.each([
    ['javascript:alert(1)', ''],
    ['chrome://settings', ''],
    ['not a url', ''],
    ['https://user:pw@example.com/p', 'https://example.com/p'],
    ['http://example.com', 'http://example.com/'],
  ])('%s -> %s', (input, expected) => expect(safeUrl(input)).toBe(expected));
});

describe('withPageText', () => {
  it('labels an image with its alt text, cleaned', () => {
    const item = itemFromMenu({ menuItemId: 'flag-image', srcUrl: 'https://img.example/x.png' }, tab, 'en');
    expect(withPageText(item, { alt: 'Ballot\u202Ebox' }).text).toBe('Ballotbox');
  });

  it('uses collected page text for a page flag', () => {
    const item = itemFromMenu({ menuItemId: 'flag-page' }, tab, 'en');
    expect(withPageText(item, { text: ' Body text ' }).text).toBe('Body text');
  });

  it('keeps a selection the menu already gave', () => {
    const item = itemFromMenu({ menuItemId: 'flag-selection', selectionText: 'mine' }, tab, 'en');
    expect(withPageText(item, { text: 'other' }).text).toBe('mine');
  });
});
