import type { FormatParser } from '../types';
import { withImportFailures } from './parse-guard';

/** Reads an OpenDocument text file; the XML reader loads with the first one (see odt-reader). */
export const odtParser: FormatParser = {
  format: 'odt',
  extensions: ['.odt'],
  parse: (source, limits) =>
    withImportFailures(`The OpenDocument file ${source.name}`, 'corrupt', async () => (await import('./odt-reader')).readOdt(source, limits)),
};
