// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { parse } from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import about from '../../../data/about.json';
import AboutView, { type AboutViewProps } from '../../../components/AboutView';
import { AboutSchema } from '../../../lib/schema';
import { expectAccessible } from '../helpers/check-accessibility';
import { tEn, tFr } from '../helpers/fixtures';

afterEach(cleanup);

const content = parse(AboutSchema, about);

function createComponent(props: Partial<AboutViewProps> = {}) {
  return render(
    <AboutView text={content.en} compendiumUrl={content.compendium.url.en} version="0a1b2c3d" updated={content.updated} practiceCount={94} t={tEn} {...props} />,
  );
}

describe('AboutView', () => {
  it('names the compendium, its co-leads and its three goals', () => {
    const { container } = createComponent();
    expect(container.textContent).toContain('Multi-Stakeholder Insights: A Compendium on Countering Election Interference');
    for (const lead of ['Government of Canada', 'Microsoft', 'Alliance for Securing Democracy']) expect(container.textContent).toContain(lead);
    expect(container.querySelectorAll('ol li')).toHaveLength(3);
  });

  it('links the compendium and shows the dataset version and date', () => {
    createComponent();
    expect(screen.getByRole('link').getAttribute('href')).toBe(content.compendium.url.en);
    expect(screen.getByText('0a1b2c3d')).toBeTruthy();
    expect(screen.getByText(content.updated).getAttribute('datetime')).toBe(content.updated);
  });

  it('speaks French with the French title of the compendium', () => {
    const { container } = createComponent({ text: content.fr, compendiumUrl: content.compendium.url.fr, t: tFr });
    expect(container.textContent).toContain("L'approche multipartite : Recueil sur la défense des processus électoraux");
    expect(container.textContent).toContain('renforcer la résilience des citoyens');
  });

  it('passes a11y checks', async () => {
    const { container } = createComponent();
    await expectAccessible(container);
  });
});
