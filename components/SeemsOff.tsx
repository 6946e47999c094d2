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
  const toggle = (id: string, on: boolean) => onChange(on ? [...checked, id] : checked.filter((c) => c !== id));
  return (
    <details class="seems-off">
      <summary>{t('seemsOffTitle')}</summary>
      <fieldset>
        <legend>{t('seemsOffHelp')}</legend>
        {order.map((id) => (
          <label key={id} class="choice">
            <input type="checkbox" checked={checked.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
            {names[id] ?? id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
