/**
 * The model's weights travel as text in data/model.json, which the background bundles: per output,
 * its non-zero weights as [gap to previous feature index, weight quantised to one signed byte],
 * varint-coded and base64'd. About 3 bytes a weight instead of about 12 as JSON numbers.
 */
export type PackedWeights = { scale: number; data: string };

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Packs sparse weights (feature index -> weight, any order); the scale maps ±127 to the largest magnitude. */
export function packWeights(weights: Map<number, number>): PackedWeights {
  const entries = [...weights].filter(([, w]) => w !== 0).sort((a, b) => a[0] - b[0]);
  const largest = Math.max(0, ...entries.map(([, w]) => Math.abs(w)));
  const scale = largest ? Math.round((largest / 127) * 1e6) / 1e6 : 1;
  const bytes: number[] = [];
  let previous = 0;
  for (const [index, w] of entries) {
    const q = Math.max(-127, Math.min(127, Math.round(w / scale)));
    if (q === 0) continue;
    let gap = index - previous;
    previous = index;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap, q & 0xff);
  }
  return { scale, data: toBase64(Uint8Array.from(bytes)) };
}

/** Unpacks to [feature index, weight] pairs, in index order. */
export function unpackWeights({ scale, data }: PackedWeights): [number, number][] {
  const bytes = fromBase64(data);
  const out: [number, number][] = [];
  let index = 0;
  for (let at = 0; at < bytes.length; ) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++]!;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    index += gap;
    const q = bytes[at++]!;
    out.push([index, (q > 127 ? q - 256 : q) * scale]);
  }
  return out;
}
