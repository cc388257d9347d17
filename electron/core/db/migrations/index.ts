import type { Migration } from '../migration';
import { initialSchema } from './0001-initial';
import { nationEvidence } from './0002-nation-evidence';

/** Every migration in order; a new one is appended here and never edited afterwards. */
export const migrations: readonly Migration[] = [initialSchema, nationEvidence];
