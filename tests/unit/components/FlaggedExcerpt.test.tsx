// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import FlaggedExcerpt from '../../../components/FlaggedExcerpt';
import type { Evidence } from '../../../lib/match';
import { expectAccessible } from '../helpers/check-accessibility';

afterEach(cleanup);

const ev = (text: string, start: number): Evidence => ({ text, in: 'text', start, end: start + text.length, weight: 1 });

describe('FlaggedExcerpt', () => {
  it('marks each evidence span once, in order, ignoring overlaps and URL evidence', () => {
    const text = 'Share this before it is deleted: the vote was rigged';
    const { container } = render(
      <FlaggedExcerpt text={text} evidence={[ev('rigged', 46), ev('Share this', 0), ev('this', 6), { ...ev('login page', 0), in: 'url' }]} />,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Share this', 'rigged']);
    expect(container.textContent).toBe(text);
  });

  it('shows a window around late evidence in a long text', () => {
    const text = `${'filler '.repeat(200)}rigged${' tail'.repeat(50)}`;
    const { container } = render(<FlaggedExcerpt text={text} evidence={[ev('rigged', 1400)]} max={200} />);
    expect(container.querySelector('mark')?.textContent).toBe('rigged');
    expect(container.textContent!.startsWith('… ')).toBe(true);
    expect(container.textContent!.length).toBeLessThan(210);
  });

  it('isolates the text direction', () => {
    const { container } = render(<FlaggedExcerpt text="مرحبا vote" evidence={[]} />);
    expect(container.querySelector('bdi')).not.toBeNull();
  });

  it('passes a11y checks', async () => {
    const { container } = render(<FlaggedExcerpt text="the vote was rigged" evidence={[ev('rigged', 13)]} />);
    await expectAccessible(container);
  });
});
