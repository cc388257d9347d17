import type { FormatParser } from '../types';
import { withImportFailures } from './parse-guard';

/** Reads a Word document; mammoth and the XML reader load with the first one (see docx-reader). */
export const docxParser: FormatParser = {
  format: 'docx',
  extensions: ['.docx'],
  parse: (source, limits) => withImportFailures(`The Word file ${source.name}`, 'corrupt', async () => (await import('./docx-reader')).readDocx(source, limits)),
};
