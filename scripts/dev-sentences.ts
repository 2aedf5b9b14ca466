// Development aid: sentence agreement of the text stage with the dev gold.
import { readFileSync } from 'node:fs';
import { buildTextDoc } from '../src/text/index.js';
for (const n of ['001_cca122dbbd997d32', '003_e33c5dcaacf570d7', '004_05e7af2fe15561fa']) {
  const t = readFileSync(`../shared/corpus/${n}.txt`, 'utf8');
  const g = JSON.parse(readFileSync(`../shared/gold/dev/${n}.json`, 'utf8'));
  const t0 = performance.now();
  const doc = buildTextDoc(t);
  const ms = performance.now() - t0;
  let ok = 0;
  for (const gs of g.sentences) {
    const hit = doc.sentences.find((s) => Math.abs(s.start - gs.start) <= 3 && Math.abs(s.end - gs.end) <= 3);
    if (hit) ok++;
    else if (process.argv.includes('-v')) {
      const near = doc.sentences.find((s) => s.start <= gs.end && gs.start <= s.end);
      console.log('MISS', JSON.stringify(t.slice(gs.start, gs.end).slice(0, 60)), '| got', near ? JSON.stringify(t.slice(near.start, near.end).slice(0, 60)) + ' … ' + JSON.stringify(t.slice(near.end - 15, near.end)) : null);
    }
  }
  console.log(n, `${ok}/${g.sentences.length}`, `${doc.sentences.length} sentences, ${doc.sections.length} sections, ${ms.toFixed(0)} ms`, JSON.stringify(doc.meta));
}
