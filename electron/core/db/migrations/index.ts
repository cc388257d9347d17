import type { Migration } from '../migration';
import { initialSchema } from './0001-initial';
import { scaleSchema } from './0002-scale';

/** Every migration in order; a new one is appended here and never edited afterwards. */
export const migrations: readonly Migration[] = [initialSchema, scaleSchema];
