// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SeemsOff, { type SeemsOffProps } from '../../../components/SeemsOff';
import { expectAccessible } from '../helpers/check-accessibility';
import { tEn } from '../helpers/fixtures';

afterEach(cleanup);

const names = { 'scam-phishing': 'Scams and phishing', impersonation: 'Impersonation', conspiracy: 'Conspiracy narratives' };

function createComponent(props: Partial<SeemsOffProps> = {}) {
  const onChange = vi.fn();
  const view = render(<SeemsOff order={['scam-phishing', 'impersonation', 'conspiracy']} checked={['scam-phishing']} names={names} onChange={onChange} t={tEn} {...props} />);
  return { ...view, onChange };
}

describe('SeemsOff', () => {
  it('lists the tactics in the given order with the checked ones ticked', () => {
    createComponent();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.parentElement!.textContent)).toEqual(['Scams and phishing', 'Impersonation', 'Conspiracy narratives']);
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false]);
  });

  it('reports ticks and unticks', () => {
    const { onChange } = createComponent();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Conspiracy narratives' }));
    expect(onChange).toHaveBeenLastCalledWith(['scam-phishing', 'conspiracy']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Scams and phishing' }));
    expect(onChange).toHaveBeenLastCalledWith(['conspiracy']);
  });

  it('builds each tick on the previous one even before new props arrive', () => {
    const { onChange } = createComponent();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Scams and phishing' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Impersonation' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Conspiracy narratives' }));
    expect(onChange).toHaveBeenLastCalledWith(['impersonation', 'conspiracy']);
    expect((screen.getAllByRole('checkbox') as HTMLInputElement[]).map((b) => b.checked)).toEqual([false, true, true]);
  });

  it('passes a11y checks', async () => {
    const { container } = createComponent();
    await expectAccessible(container);
  });
});
