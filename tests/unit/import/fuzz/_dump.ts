import { writeFileSync } from 'node:fs';
import { buildPdf, sampleArticle } from '../../../fixtures-builders';
import { mutate, seededRandom } from './mutations';
const seed = await buildPdf(sampleArticle, { runningHeader: 'PARLEY WIRE', pageNumbers: 'page-n-of-m', hyphenate: true });
writeFileSync('/tmp/pz/bad1740.pdf', mutate(seed, seededRandom(20261128 + 1740)).bytes);
