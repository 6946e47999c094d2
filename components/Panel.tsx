import { useEffect, useRef } from 'preact/hooks';
import type { FlaggedItem } from '../lib/flag';
import type { MessageKey, Translate } from '../lib/i18n';
import type { Suggestion } from '../lib/suggest';
import FlaggedExcerpt from './FlaggedExcerpt';
import ReportList from './ReportList';
import SeemsOff from './SeemsOff';
import TipCard from './TipCard';

export type PanelState =
  | { status: 'loading'; item: FlaggedItem }
  | { status: 'ready'; suggestion: Suggestion }
  | { status: 'error'; item: FlaggedItem };

export type PanelProps = {
  state: PanelState;
  onClose: () => void;
  /** The person ticked or unticked tactics in "What seems off?". */
  onPick: (picked: string[]) => void;
  t: Translate;
};

const KIND: Record<FlaggedItem['kind'], MessageKey> = {
  selection: 'kindSelection',
  link: 'kindLink',
  image: 'kindImage',
  page: 'kindPage',
};

/** The in-page panel: a non-modal dialog that names the tactics it saw and shows the tips for them. */
export default function Panel({ state, onClose, onPick, t }: PanelProps) {
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
        {t('panelFlagged', item.kind === 'image' && !item.text ? t('imageNoDescription') : t(KIND[item.kind]))}
      </p>
      <div aria-live="polite" class="status">
        {state.status === 'loading' && t('panelLoading')}
        {state.status === 'error' && <span class="error">{t('errorTips')}</span>}
        {state.status === 'ready' && state.suggestion.picked && t('panelUpdated')}
      </div>
      {state.status === 'ready' && <Body suggestion={state.suggestion} onPick={onPick} t={t} />}
    </div>
  );
}

function Body({ suggestion, onPick, t }: { suggestion: Suggestion; onPick: (picked: string[]) => void; t: Translate }) {
  const { item, categories, candidates, picked, tips, names, reporting } = suggestion;
  const confident = picked ?? categories.map((c) => c.id);
  const suggested = [...categories, ...candidates].map((c) => c.id);
  const order = [...new Set([...(picked ?? []), ...suggested, ...Object.keys(names)])];
  return (
    <>
      {item.text && <FlaggedExcerpt text={item.text} evidence={categories.flatMap((c) => c.evidence)} />}
      <section aria-labelledby="bg-why-heading">
        <h3 id="bg-why-heading">{t('panelWhy')}</h3>
        {categories.length > 0 && (
          <ul class="detected">
            {categories.map((c) => (
              <li key={c.id} data-category={c.id}>
                <strong>{names[c.id] ?? c.id}</strong>
                {c.evidence.length > 0 && <span class="signals"> — {t('evidenceLabel', c.evidence.map((e) => (e.in === 'url' ? t(e.text as MessageKey) : t('quoted', e.text))).join(', '))}</span>}
              </li>
            ))}
          </ul>
        )}
        {categories.length === 0 && <p>{t(candidates.length ? 'panelUnsure' : 'panelNoMatch')}</p>}
        {candidates.length > 0 && <p class="possible">{t('panelPossible', candidates.map((c) => names[c.id] ?? c.id).join(', '))}</p>}
      </section>
      <SeemsOff order={order} checked={confident} names={names} onChange={onPick} t={t} />
      <div class="tips">
        {tips.map((tip) => (
          <TipCard key={tip.practice.id} tip={tip} names={names} confident={confident} t={t} />
        ))}
      </div>
      <ReportList entries={reporting} lang={item.lang} t={t} />
    </>
  );
}
