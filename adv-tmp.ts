import { readSources } from './electron/core/import/formats';
const cases: Record<string, string> = {
  capsLines: 'SOME HEADING HERE\n\n'.repeat(100_000),
  eq: '='.repeat(1_000_000),
  html: '<div>'.repeat(100_000) + 'text',
  htmlP: '<p>word </p>'.repeat(200_000),
  json: '['.repeat(100_000),
  csv: '"'.repeat(1_000_000),
  endDoc: 'x\nEnd of Document\n'.repeat(100_000),
  fieldCoded: 'HD\nT\nLP\nx\n'.repeat(100_000),
};
for (const [label, text] of Object.entries(cases)) {
  for (const ext of ['.txt', '.html', '.json', '.csv', '.jsonl', '.mhtml']) {
    const s = performance.now();
    let out = '';
    for await (const r of readSources({ path: 'x' + ext, name: 'x' + ext, bytes: new TextEncoder().encode(text), modifiedAt: new Date(), depth: 0 })) out = 'error' in r ? r.error.code : `${r.articles.length} art`;
    const ms = performance.now() - s;
    console.log(label, ext, Math.round(ms), 'ms', out);
  }
}
console.log('done');
