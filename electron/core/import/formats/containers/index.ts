import type { FormatParser } from '../types';
import { mboxParser } from './mbox-parser';
import { zipParser } from './zip-parser';

export const containerParsers: FormatParser[] = [zipParser, mboxParser];

export { zipParser, readZipArchive } from './zip-parser';
export { mboxParser, splitMailbox } from './mbox-parser';
export { refusedEntries, type ContainerOutcome, type RefusedEntry } from './container-outcome';
