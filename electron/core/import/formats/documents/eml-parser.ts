import type { FormatParser } from '../types';
import { withImportFailures } from './parse-guard';

/**
 * Reads an e-mail message (a news alert or newsletter); mailparser and the page reader load with the
 * first one (see eml-reader).
 */
export const emlParser: FormatParser = {
  format: 'eml',
  extensions: ['.eml'],
  parse: (source, limits) => withImportFailures(`The e-mail ${source.name}`, 'corrupt', async () => (await import('./eml-reader')).readEml(source, limits)),
};
