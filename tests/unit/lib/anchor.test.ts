import { describe, expect, it } from 'vitest';
import { placePanel } from '../../../lib/anchor';

const viewport = { width: 1280, height: 720 };
const rect = (top: number, left: number, height = 20, width = 200) => ({ top, left, height, width, bottom: top + height });

describe('placePanel', () => {
  it('goes below a thing near the top, aligned to its left', () => {
    expect(placePanel(rect(100, 300), viewport)).toMatchObject({ top: '128px', left: '300px', bottom: 'auto', 'max-height': '584px' });
  });

  it('goes above a thing near the bottom', () => {
    expect(placePanel(rect(600, 300), viewport)).toMatchObject({ top: 'auto', bottom: '128px', 'max-height': '584px' });
  });

  it('stays inside the right edge', () => {
    expect(placePanel(rect(100, 1200), viewport).left).toBe(`${1280 - 380 - 8}px`);
  });

  it('takes the top-right corner with nothing visible to anchor to', () => {
    expect(placePanel(null, viewport)).toMatchObject({ top: '16px', right: '16px', left: 'auto' });
    expect(placePanel(rect(-500, 10), viewport)).toMatchObject({ right: '16px' });
  });
});
