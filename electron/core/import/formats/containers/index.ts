import type { FormatParser } from '../types';

export const containerParsers: FormatParser[] = [];
