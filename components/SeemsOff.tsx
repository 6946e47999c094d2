import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

export type SeemsOffProps = {
  /** Every tactic id, in the order to list them: suggested ones first. */
  order: string[];
  /** The tactics currently counted as present. */
  checked: string[];
  names: Record<string, string>;
  onChange: (checked: string[]) => void;
  t: Translate;
};

/** "What seems off?": the person confirms or corrects the tactics, and the tips follow their choice. */
export default function SeemsOff({ order, checked, names, onChange, t }: SeemsOffProps) {
  // Quick successive ticks arrive before the tips (and so the props) come back: each tick builds
  // on the previous one, not on the last render.
  const latest = useRef(checked);
  const [ticked, setTicked] = useState(checked);
  const key = checked.join(',');
  useEffect(() => {
    latest.current = checked;
    setTicked(checked);
  }, [key]);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...latest.current.filter((c) => c !== id), id] : latest.current.filter((c) => c !== id);
    latest.current = next;
    setTicked(next);
    onChange(next);
  };
  return (
    <details class="seems-off">
      <summary>{t('seemsOffTitle')}</summary>
      <fieldset>
        <legend>{t('seemsOffHelp')}</legend>
        {order.map((id) => (
          <label key={id} class="choice">
            <input type="checkbox" checked={ticked.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
            {names[id] ?? id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
