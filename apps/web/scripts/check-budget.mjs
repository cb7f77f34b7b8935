// Bundle budget of issue 5: the JavaScript the first view needs (the entry and what it preloads) stays
// within 200 KB gzipped. Lazily loaded views and the chart library are listed but not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length / 1024;

const initialKb = initial.reduce((sum, file) => sum + gz(file), 0);
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
for (const file of initial) console.log(`initial  ${gz(file).toFixed(1).padStart(7)} KB gz  ${file}`);
for (const file of lazy) console.log(`lazy     ${gz(`assets/${file}`).toFixed(1).padStart(7)} KB gz  assets/${file}`);
console.log(`initial route JavaScript: ${initialKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (initial.length === 0) {
  console.error('no entry script found in dist/index.html');
  process.exit(1);
}
if (initialKb > BUDGET_KB) {
  console.error(`over budget by ${(initialKb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
