/** Where the panel sits, as inline style values for a fixed-position host. */
export type Placement = Record<'top' | 'bottom' | 'left' | 'right' | 'max-height', string>;

export const PANEL_WIDTH = 380;
const GAP = 8;

type Rect = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'width' | 'height'>;

/**
 * Puts the panel next to the flagged thing, on the side with more room, and always inside the
 * viewport. With nothing to anchor to (a whole page, or a thing scrolled out of view) it takes the
 * top-right corner.
 */
export function placePanel(rect: Rect | null, viewport: { width: number; height: number }): Placement {
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * GAP);
  const visible = rect && rect.width + rect.height > 0 && rect.bottom > 0 && rect.top < viewport.height;
  if (!visible) {
    return { top: `${GAP * 2}px`, bottom: 'auto', left: 'auto', right: `${GAP * 2}px`, 'max-height': `${viewport.height - GAP * 4}px` };
  }
  const left = Math.max(GAP, Math.min(rect.left, viewport.width - width - GAP));
  const below = viewport.height - rect.bottom;
  if (below >= rect.top) {
    const top = Math.max(GAP, rect.bottom + GAP);
    return { top: `${top}px`, bottom: 'auto', left: `${left}px`, right: 'auto', 'max-height': `${viewport.height - top - GAP}px` };
  }
  const bottom = viewport.height - rect.top + GAP;
  return { top: 'auto', bottom: `${bottom}px`, left: `${left}px`, right: 'auto', 'max-height': `${viewport.height - bottom - GAP}px` };
}
