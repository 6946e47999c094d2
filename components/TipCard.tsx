import type { Translate } from '../lib/i18n';
import type { Tip } from '../lib/pick';
import ExternalLink from './ExternalLink';

export type TipCardProps = {
  tip: Tip;
  /** Category display names in the tip's language. */
  names: Record<string, string>;
  t: Translate;
  /** Heading level of the tip title within the surrounding view. */
  level?: 3 | 4;
  /** Say why the tip was chosen: true for a flag's tips, false for search results. */
  explain?: boolean;
  /** Tactics named with confidence (or picked by the person); others in `matched` are only likely. */
  confident?: string[];
};

/** One practice: what to do, why it was chosen for this flag, how to check, and its source. */
export default function TipCard({ tip, names, t, level = 3, explain = true, confident = tip.matched }: TipCardProps) {
  const { practice, matched } = tip;
  const Heading = level === 3 ? 'h3' : 'h4';
  const sure = matched.filter((c) => confident.includes(c));
  const list = (ids: string[]) => ids.map((c) => names[c] ?? c).join(', ');
  const why = sure.length ? t('whyChosen', list(sure)) : matched.length ? t('whyPossible', list(matched)) : t('whyGeneral');
  return (
    <article class="tip" data-tip={practice.id}>
      <Heading class="tip-title">{practice.title}</Heading>
      <p class="tip-summary">{practice.summary}</p>
      {explain && <p class="tip-why-chosen">{why}</p>}
      <details class="tip-details">
        <summary>{t('stepsLabel')}</summary>
        <ol>
          {practice.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>
          <strong>{t('whyMatters')} </strong>
          {practice.why}
        </p>
      </details>
      <p class="tip-source">
        {t('sourceLabel')}{' '}
        {practice.sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 && '; '}
            <ExternalLink href={s.url} label={s.title} t={t}>
              {s.title}
            </ExternalLink>{' '}
            ({s.publisher}, {s.year})
          </span>
        ))}
      </p>
    </article>
  );
}
