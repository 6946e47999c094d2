// Times the matcher in-process (median and p95 to score one item over the whole corpus) and
// prints the bytes its data adds to the bundle, raw and gzipped. Run with `npm run bench`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compiled } from '../lib/background';
import { matchItem } from '../lib/match';
import { loadCorpus } from './train';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = loadCorpus().train;
const items = corpus.map((it) => ({ kind: it.kind, text: it.text, url: it.url, title: it.title ?? '' }));

const t0 = performance.now();
const matcher = compiled();
const compileMs = performance.now() - t0;
// Warm up the JIT so that the timings are of steady state, as in a worker that has flagged before.
for (const item of items) matchItem(item, matcher);
const times: number[] = [];
for (let round = 0; round < 5; round++)
  for (const item of items) {
    const start = performance.now();
    matchItem(item, matcher);
    times.push(performance.now() - start);
  }
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
console.log(`score one item: median ${at(0.5)} ms, p95 ${at(0.95)} ms over ${times.length} runs (${items.length} corpus items); first compile ${compileMs.toFixed(1)} ms`);

const size = (path: string) => {
  const bytes = readFileSync(path);
  return `${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip`;
};
for (const file of ['data/lexicon.json', 'data/model.json', 'lib/match.ts', 'lib/model-codec.ts', 'lib/text.ts']) console.log(`${file.padEnd(20)} ${size(join(root, file))}`);
const background = join(root, '.output/chrome-mv3/background.js');
if (existsSync(background)) console.log(`${'background.js'.padEnd(20)} ${size(background)} (built ${statSync(background).mtime.toISOString()})`);
else console.log('background.js        not built (npx wxt build)');
