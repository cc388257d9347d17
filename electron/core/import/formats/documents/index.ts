import type { FormatParser } from '../types';
import { docxParser } from './docx-parser';
import { emlParser } from './eml-parser';
import { odtParser } from './odt-parser';
import { pdfParser } from './pdf-parser';
import { rtfParser } from './rtf-parser';

export const documentParsers: FormatParser[] = [pdfParser, docxParser, odtParser, rtfParser, emlParser];

export { pdfParser } from './pdf-parser';
export { docxParser } from './docx-parser';
export { odtParser } from './odt-parser';
export { rtfParser } from './rtf-parser';
export { emlParser } from './eml-parser';
