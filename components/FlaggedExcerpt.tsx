import type { Evidence } from '../lib/match';

export type FlaggedExcerptProps = {
  /** The flagged text, untrusted: rendered as text nodes only. */
  text: string;
  /** Evidence found in `text`; its words are highlighted. */
  evidence: Evidence[];
  /** Longest excerpt shown, in characters. */
  max?: number;
};

/** Keeps a window of the text that starts near the first evidence, so the highlight is visible. */
function window(text: string, spans: Evidence[], max: number): [number, number] {
  if (text.length <= max) return [0, text.length];
  const first = Math.min(...spans.map((s) => s.start), text.length);
  const start = first > max / 2 ? first - Math.floor(max / 4) : 0;
  return [start, Math.min(text.length, start + max)];
}

/** The flagged text with the words that triggered a tactic marked, isolated from the panel's direction. */
export default function FlaggedExcerpt({ text, evidence, max = 400 }: FlaggedExcerptProps) {
  const spans = evidence
    .filter((e) => e.in === 'text' && e.end <= text.length)
    .sort((a, b) => a.start - b.start)
    .filter((e, i, all) => i === 0 || e.start >= all[i - 1]!.end);
  const [from, to] = window(text, spans, max);
  const parts = [];
  let at = from;
  for (const span of spans) {
    if (span.start < at || span.end > to) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  if (at < to) parts.push(text.slice(at, to));
  return (
    <blockquote class="excerpt">
      <bdi>
        {from > 0 && '… '}
        {parts}
        {to < text.length && ' …'}
      </bdi>
    </blockquote>
  );
}
