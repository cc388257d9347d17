import { readFileSync } from 'node:fs';
import { pdfParser } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildPdf, sampleArticle } from '../../../fixtures-builders';
import { threadId } from 'node:worker_threads';
process.on('unhandledRejection', (e: any) => console.log('UNHANDLED in main', e?.message));
const t = Date.now();
try { const o: any = await pdfParser.parse(asImportSource('bad.pdf', new Uint8Array(readFileSync('/tmp/pz/bad1740.pdf'))), DEFAULT_IMPORT_LIMITS); console.log('ok', o.articles[0].text.slice(0, 50)); } catch (e: any) { console.log('fail', e.code, e.message); }
console.log(Date.now() - t);
const o: any = await pdfParser.parse(asImportSource('good.pdf', await buildPdf(sampleArticle)), DEFAULT_IMPORT_LIMITS);
console.log('good', o.articles[0].title, Date.now() - t, threadId);
