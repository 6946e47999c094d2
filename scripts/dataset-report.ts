// `npm run dataset:report`: practices per category and language, general ones, sources and the
// dataset version, from the same validated bundle the extension seeds IndexedDB with.
import { bundledData } from '../lib/dataset';
import { CATEGORY_IDS } from '../lib/schema';

const data = bundledData();
const { en, fr } = data.practices;
const count = (list: typeof en, id: string) => list.filter((p) => p.categories.includes(id)).length;
const main = (list: typeof en, id: string) => list.filter((p) => p.categories[0] === id).length;

console.log(`datasetVersion ${data.version}`);
console.log(`practices      en ${en.length}, fr ${fr.length}`);
console.log('');
console.log(`${'category'.padEnd(24)} ${'en'.padStart(4)} ${'fr'.padStart(4)} ${'main'.padStart(5)}`);
for (const id of CATEGORY_IDS) console.log(`${id.padEnd(24)} ${String(count(en, id)).padStart(4)} ${String(count(fr, id)).padStart(4)} ${String(main(en, id)).padStart(5)}`);
console.log(`${'general (no category)'.padEnd(24)} ${String(en.filter((p) => !p.categories.length).length).padStart(4)} ${String(fr.filter((p) => !p.categories.length).length).padStart(4)}`);
console.log('');
const sources = new Map<string, number>();
for (const p of en) for (const s of p.sources) sources.set(s.publisher, (sources.get(s.publisher) ?? 0) + 1);
console.log('citations by publisher:');
for (const [publisher, n] of [...sources].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${publisher}`);
console.log('');
console.log(`where to report: ${data.reporting.map((r) => r.id).join(', ')}`);
