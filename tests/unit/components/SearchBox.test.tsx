// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import SearchBox from '../../../components/SearchBox';
import { bundledData } from '../../../lib/dataset';
import { expectAccessible } from '../helpers/check-accessibility';
import { tEn, tFr } from '../helpers/fixtures';

afterEach(cleanup);

const data = bundledData();
const names = Object.fromEntries(data.categories.map((c) => [c.id, c.en.name]));

function type(query: string) {
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: query } });
}

describe('SearchBox', () => {
  it('finds practices by a word of their title and announces the count', () => {
    render(<SearchBox practices={data.practices.en} names={names} t={tEn} />);
    type('phishing');
    const count = screen.getAllByRole('article').length;
    expect(count).toBeGreaterThan(0);
    expect(screen.getByText(count === 1 ? '1 tip found' : new RegExp(`^\\d+ tips found$`))).toBeTruthy();
  });

  it('ignores accents and finds French words by prefix', () => {
    render(<SearchBox practices={data.practices.fr} names={names} t={tFr} />);
    type('hameco');
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });

  it('forgives a small typo', () => {
    render(<SearchBox practices={data.practices.en} names={names} t={tEn} />);
    type('deepfke');
    expect(screen.getAllByRole('article').length).toBeGreaterThan(0);
  });

  it('says so when nothing matches', () => {
    render(<SearchBox practices={data.practices.en} names={names} t={tEn} />);
    type('zzzyxw qqqq');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('No tip matches your search.')).toBeTruthy();
  });

  it('passes a11y checks', async () => {
    const { container } = render(<SearchBox practices={data.practices.en} names={names} t={tEn} />);
    type('vote');
    await expectAccessible(container);
  });
});
