import { useEffect, useRef } from 'preact/hooks';
import type { FlaggedItem } from '../lib/flag';
import type { MessageKey, Translate } from '../lib/i18n';
import type { Suggestion } from '../lib/suggest';
import FlaggedExcerpt from './FlaggedExcerpt';
import ReportList from './ReportList';
import TipCard from './TipCard';

export type PanelState =
  | { status: 'loading'; item: FlaggedItem }
  | { status: 'ready'; suggestion: Suggestion }
  | { status: 'error'; item: FlaggedItem };

export type PanelProps = {
  state: PanelState;
  onClose: () => void;
  t: Translate;
};

const KIND: Record<FlaggedItem['kind'], MessageKey> = {
  selection: 'kindSelection',
  link: 'kindLink',
  image: 'kindImage',
  page: 'kindPage',
};

/** The in-page panel: a non-modal dialog that names the tactics it saw and shows the tips for them. */
export default function Panel({ state, onClose, t }: PanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const item = state.status === 'ready' ? state.suggestion.item : state.item;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div class="panel" role="dialog" aria-labelledby="bg-panel-title" lang={item.lang} onKeyDown={onKeyDown}>
      <header class="panel-header">
        <h2 id="bg-panel-title" tabIndex={-1} ref={heading}>
          {t('panelTitle')}
        </h2>
        <button type="button" class="close" onClick={onClose}>
          {t('panelClose')}
        </button>
      </header>
      <p class="flagged-kind">
        {t('panelFlagged')}: {t(KIND[item.kind])}
        {item.kind === 'image' && !item.text && ` (${t('imageNoDescription')})`}
      </p>
      <div aria-live="polite" class="status">
        {state.status === 'loading' && t('panelLoading')}
        {state.status === 'error' && <span class="error">{t('errorTips')}</span>}
      </div>
      {state.status === 'ready' && <Body suggestion={state.suggestion} t={t} />}
    </div>
  );
}

function Body({ suggestion, t }: { suggestion: Suggestion; t: Translate }) {
  const { item, categories, tips, names, reporting } = suggestion;
  return (
    <>
      {item.text && <FlaggedExcerpt text={item.text} evidence={categories.flatMap((c) => c.evidence)} />}
      {categories.length ? (
        <section aria-labelledby="bg-detected-heading">
          <h3 id="bg-detected-heading">{t('panelDetected')}</h3>
          <ul class="detected">
            {categories.map((c) => (
              <li key={c.id} data-category={c.id}>
                <strong>{names[c.id] ?? c.id}</strong>
                {c.evidence.length > 0 && (
                  <span class="signals"> — {t('evidenceLabel', c.evidence.map((e) => `“${e.text}”`).join(', '))}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>{t('panelNoMatch')}</p>
      )}
      <div class="tips">
        {tips.map((tip) => (
          <TipCard key={tip.practice.id} tip={tip} names={names} t={t} />
        ))}
      </div>
      <ReportList entries={reporting} lang={item.lang} t={t} />
    </>
  );
}
