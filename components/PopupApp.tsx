import type { Translate } from '../lib/i18n';
import type { Practice } from '../lib/schema';
import type { Suggestion } from '../lib/suggest';
import ReportList from './ReportList';
import SearchBox from './SearchBox';
import TipCard from './TipCard';

export type PopupAppProps = {
  /** The current tab's last flag: undefined while loading, null when there is none. */
  lastFlag: Suggestion | null | undefined;
  /** All practices in the interface language, once loaded. */
  practices: Practice[] | undefined;
  names: Record<string, string>;
  /** The keyboard shortcut the person has set for flagging, if any. */
  shortcut: string;
  /** A problem with local storage the person should know about. */
  notice?: 'stale' | 'storage-down';
  t: Translate;
};

/** The toolbar popup: the tips of this tab's last flag (or how to flag), then search over all tips. */
export default function PopupApp({ lastFlag, practices, names, shortcut, notice, t }: PopupAppProps) {
  return (
    <main class="popup">
      <h1 class="visually-hidden">{t('extShortName')}</h1>
      {notice && (
        <p class="notice" role="status">
          {t(notice === 'stale' ? 'popupStale' : 'popupStorageDown')}
        </p>
      )}
      {lastFlag === null && (
        <section class="empty" aria-labelledby="bg-empty-heading">
          <h2 id="bg-empty-heading">{t('popupEmptyTitle')}</h2>
          <p>{t('popupEmptyHow', shortcut || 'Alt+Shift+F')}</p>
        </section>
      )}
      {lastFlag && (
        <section aria-labelledby="bg-last-heading">
          <h2 id="bg-last-heading">{t('popupLastFlag')}</h2>
          {lastFlag.blocked && <p class="notice">{t('popupBlocked')}</p>}
          {lastFlag.tips.map((tip) => (
            <TipCard key={tip.practice.id} tip={tip} names={lastFlag.names} t={t} />
          ))}
          <ReportList entries={lastFlag.reporting} lang={lastFlag.item.lang} t={t} />
        </section>
      )}
      {practices && <SearchBox practices={practices} names={names} t={t} />}
    </main>
  );
}
