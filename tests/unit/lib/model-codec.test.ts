import { describe, expect, it } from 'vitest';
import { packWeights, unpackWeights } from '../../../lib/model-codec';

describe('model weights codec', () => {
  it('round-trips sparse weights within one quantisation step, with gaps over 127', () => {
    const weights = new Map([[0, 1.5], [3, -0.75], [200, 3], [20_000, -3], [20_001, 0.01]]);
    const packed = packWeights(weights);
    const back = new Map(unpackWeights(packed));
    expect([...back.keys()]).toEqual([0, 3, 200, 20_000]);
    for (const [index, w] of back) expect(Math.abs(w - weights.get(index)!)).toBeLessThanOrEqual(packed.scale / 2 + 1e-9);
  });

  it('drops zero weights and packs an empty output', () => {
    expect(unpackWeights(packWeights(new Map([[5, 0]])))).toEqual([]);
    expect(unpackWeights(packWeights(new Map()))).toEqual([]);
  });
});
