import type { Migration } from '../migration';
import { initialSchema } from './0001-initial';
import { deskSchema } from './0002-desk';
import { positionsSchema } from './0003-positions';
import { briefingVersions } from './0004-briefings';

/** Every migration in order; a new one is appended here and never edited afterwards. */
export const migrations: readonly Migration[] = [initialSchema, deskSchema, positionsSchema, briefingVersions];
