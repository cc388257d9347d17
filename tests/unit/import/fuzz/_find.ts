import { pdfParser } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildPdf, sampleArticle } from '../../../fixtures-builders';
import { mutate, seededRandom } from './mutations';
let current = -1;
process.on('unhandledRejection', (e: any) => console.log('UNHANDLED at case', current, e?.name, e?.message, e?.stack?.split('\n').slice(0, 12).join('\n')));
const seed = await buildPdf(sampleArticle, { runningHeader: 'PARLEY WIRE', pageNumbers: 'page-n-of-m', hyphenate: true });
for (let index = 0; index < 2400; index += 15) {
  current = index;
  const { bytes } = mutate(seed, seededRandom(20261128 + index));
  try { await pdfParser.parse(asImportSource('a.pdf', bytes), DEFAULT_IMPORT_LIMITS); } catch {}
  await new Promise((r) => setTimeout(r, 5));
}
