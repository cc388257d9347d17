import { readdirSync, readFileSync } from 'node:fs';
import { readNewsMetadata } from './shared/news-metadata';
const root = '../shared/corpora/polnear/';
const meta = new Map(readFileSync(root + 'metadata.tsv', 'utf8').split('\n').slice(1).map((l) => l.split('\t')).map((c) => [c[1], c]));
let titleOk = 0, n = 0; const datelines = new Map<string, number>(); const outlets = new Map<string, number>(); const bylines: string[] = []; const subs: string[] = []; const badTitles: string[] = [];
for (const f of readdirSync(root + 'train/text')) {
  const text = readFileSync(root + 'train/text/' + f, 'utf8');
  const m = readNewsMetadata(text, { fileDate: new Date(2016, 5, 1) });
  const row = meta.get(f.replace(/\.txt$/, ''));
  n++;
  const gold = (row?.[7] ?? '').trim();
  const norm = (x: string) => x.replace(/[.’”'\s]+$/, ''); if (m.title && gold && norm(m.title) === norm(gold)) titleOk++; else if (badTitles.length < 15) badTitles.push(`${m.title} || ${gold}`);
  if (m.dateline) datelines.set(m.dateline, (datelines.get(m.dateline) ?? 0) + 1);
  if (m.outlet) outlets.set(m.outlet, (outlets.get(m.outlet) ?? 0) + 1);
  if (m.byline) bylines.push(m.byline);
  for (const r of m.subheadings) subs.push(text.slice(r.start, r.end));
}
console.log({ n, titleOk });
console.log(badTitles);
console.log([...datelines].sort((a, b) => b[1] - a[1]).slice(0, 40));
console.log([...outlets].sort((a, b) => b[1] - a[1]));
console.log(bylines.slice(0, 20));
console.log(subs.length, subs.slice(0, 40));
