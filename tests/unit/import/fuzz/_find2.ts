import { asImportSource, buildPdf, sampleArticle } from '../../../fixtures-builders';
import { mutate, seededRandom } from './mutations';
process.on('unhandledRejection', (e: any) => console.log('UNHANDLED', e?.name, e?.message));
const seed = await buildPdf(sampleArticle, { runningHeader: 'PARLEY WIRE', pageNumbers: 'page-n-of-m', hyphenate: true });
const { bytes } = mutate(seed, seededRandom(20261128 + 1740));
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const task = pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, disableAutoFetch: true, disableStream: true });
const doc = await task.promise; console.log('opened', doc.numPages);
for (let n = 1; n <= doc.numPages; n++) {
  try { const page = await doc.getPage(n); console.log('page', n); const tc = await page.getTextContent(); console.log('tc', tc.items.length); } catch (e: any) { console.log('page err', n, e.name, e.message); }
  await new Promise((r) => setTimeout(r, 20));
}
try { await doc.getMetadata(); console.log('meta ok'); } catch (e: any) { console.log('meta err', e.message); }
await new Promise((r) => setTimeout(r, 50));
console.log('destroy');
await task.destroy();
await new Promise((r) => setTimeout(r, 50));
