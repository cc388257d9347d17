import { readSources } from './electron/core/import/formats';
const cases: Record<string, string> = {
  caps: 'A'.repeat(2_000_000),
  capsSpace: 'AB '.repeat(700_000),
  parens: '('.repeat(1_000_000),
  slashes: '/A'.repeat(1_000_000),
  dashes: ' -'.repeat(1_000_000),
  by: 'By ' + 'Jane '.repeat(400_000),
  manyLines: 'WASHINGTON\n'.repeat(300_000),
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
    if ((label === 'html' || label === 'htmlP') !== (ext === '.html') && ext === '.html' && label !== 'caps') continue;
    const s = performance.now();
    let out = '';
    for await (const r of readSources({ path: 'x' + ext, name: 'x' + ext, bytes: new TextEncoder().encode(text), modifiedAt: new Date(), depth: 0 })) out = 'error' in r ? r.error.code : `${r.articles.length} art`;
    const ms = performance.now() - s;
    if (ms > 300) console.log(label, ext, Math.round(ms), 'ms', out);
  }
}
console.log('done');
