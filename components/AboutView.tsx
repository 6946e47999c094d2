import type { Translate } from '../lib/i18n';
import type { AboutText } from '../lib/schema';
import ExternalLink from './ExternalLink';

export type AboutViewProps = {
  text: AboutText;
  /** The compendium's announcement page in the view's language. */
  compendiumUrl: string;
  /** The dataset fingerprint in use, and the date the dataset was last edited. */
  version: string;
  updated: string;
  /** How many practices the dataset has, per language. */
  practiceCount: number;
  t: Translate;
};

/** Says in plain words where the practices come from, who published the compendium, and what it aims at. */
export default function AboutView({ text, compendiumUrl, version, updated, practiceCount, t }: AboutViewProps) {
  return (
    <section class="about" aria-labelledby="bg-about-heading">
      <h2 id="bg-about-heading">{text.title}</h2>
      <p>{text.intro}</p>
      <p>{text.compendium}</p>
      <p>
        <ExternalLink href={compendiumUrl} label={t('aboutCompendiumLink')} t={t}>
          {t('aboutCompendiumLink')}
        </ExternalLink>
      </p>
      <p>{text.goalsIntro}</p>
      <ol>
        {text.goals.map((goal) => (
          <li key={goal}>{goal}</li>
        ))}
      </ol>
      <p>{text.citizens}</p>
      <ul>
        {text.sources.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
      <p>{text.ownWords}</p>
      <p>{text.privacy}</p>
      <dl class="dataset">
        <dt>{t('aboutPractices')}</dt>
        <dd>{practiceCount}</dd>
        <dt>{t('aboutVersion')}</dt>
        <dd>
          <code>{version}</code>
        </dd>
        <dt>{t('aboutUpdated')}</dt>
        <dd>
          <time dateTime={updated}>{updated}</time>
        </dd>
      </dl>
    </section>
  );
}
