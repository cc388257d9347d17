import type { FormatParser } from '../types';

export const documentParsers: FormatParser[] = [];
