// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import ExternalLink from '../../../components/ExternalLink';
import { expectAccessible } from '../helpers/check-accessibility';
import { tEn } from '../helpers/fixtures';

afterEach(cleanup);

describe('ExternalLink', () => {
  it.each(['https://elections.ca/', 'mailto:someone@elections.ca'])('links %s in a new tab', (href) => {
    render(<ExternalLink href={href} label="Elections Canada" t={tEn}>Elections Canada</ExternalLink>);
    expect(screen.getByRole('link', { name: 'Elections Canada (opens in a new tab)' }).getAttribute('target')).toBe('_blank');
  });

  it.each(['javascript:alert(1)', 'http://plain.example/', 'data:text/html,x'])('renders %s as plain text', (href) => {
    render(<ExternalLink href={href} label="x" t={tEn}>text</ExternalLink>);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('text')).toBeTruthy();
  });

  it('passes a11y checks', async () => {
    const { container } = render(<ExternalLink href="https://elections.ca/" label="Elections Canada" t={tEn}>Elections Canada</ExternalLink>);
    await expectAccessible(container);
  });
});
