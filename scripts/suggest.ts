// Reads flagged items as JSON Lines on stdin and writes the extension's answer for each, one line
// per item, through the same cleaning, matching and picking code the background worker runs.
// Contract: ../shared/design/ARCHITECTURE.md ("npm run --silent suggest").
// `--signals-only` drops the trained model, to measure what it adds over the lexicon alone.
import { createInterface } from 'node:readline';
import { parse } from 'valibot';
import lexiconJson from '../data/lexicon.json';
import { suggestFor } from '../lib/background';
import { FLAG_KINDS, safeUrl } from '../lib/flag';
import { uiLang } from '../lib/lang';
import { compileMatcher } from '../lib/match';
import { LexiconSchema } from '../lib/schema';
import { cleanText } from '../lib/text';

const matcher = process.argv.includes('--signals-only') ? compileMatcher(parse(LexiconSchema, lexiconJson)) : undefined;

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNo = 0;
for await (const line of lines) {
  lineNo++;
  if (!line.trim()) continue;
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(line) as Record<string, unknown>;
  } catch {
    console.error(`suggest: line ${lineNo} is not JSON`);
    process.exitCode = 1;
    continue;
  }
  const kind = FLAG_KINDS.find((k) => k === input.kind) ?? 'selection';
  const item = {
    kind,
    text: cleanText(input.text),
    url: safeUrl(input.url),
    title: cleanText(input.title, 300),
    lang: uiLang(typeof input.lang === 'string' ? input.lang : undefined),
  };
  const s = suggestFor(item, undefined, matcher);
  const answer = {
    id: input.id,
    categories: s.categories.map((c) => ({ id: c.id, score: c.score })),
    tips: s.tips.map((tip) => ({ id: tip.practice.id, categories: tip.practice.categories })),
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
