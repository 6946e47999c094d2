import type { Translate } from '../lib/i18n';
import type { Lang, Reporting } from '../lib/schema';
import ExternalLink from './ExternalLink';

export type ReportListProps = {
  entries: Reporting[];
  lang: Lang;
  t: Translate;
};

/** Where to report what was flagged, limited to the places that handle its tactic. */
export default function ReportList({ entries, lang, t }: ReportListProps) {
  if (!entries.length) return null;
  return (
    <section class="report" aria-labelledby="bg-report-heading">
      <h3 id="bg-report-heading">{t('reportHeading')}</h3>
      <ul>
        {entries.map((entry) => {
          const { name, when, url } = entry[lang];
          return (
            <li key={entry.id} data-report={entry.id}>
              {url ? (
                <ExternalLink href={url} label={name} t={t}>
                  {name}
                </ExternalLink>
              ) : (
                <strong>{name}</strong>
              )}
              : {when}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
