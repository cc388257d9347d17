import type { Migration } from '../migration';
import { initialSchema } from './0001-initial';
import { deskSchema } from './0002-desk';
import { scaleSchema } from './0003-scale';
import { positionsSchema } from './0004-positions';
import { briefingVersions } from './0005-briefings';
import { nationEvidence } from './0006-nation-evidence';
import { positionNewest } from './0007-position-newest';
import { positionMultiTagged } from './0008-position-multi-tagged';

/** Every migration in order; a new one is appended here and never edited afterwards. */
export const migrations: readonly Migration[] = [initialSchema, deskSchema, scaleSchema, positionsSchema, briefingVersions, nationEvidence, positionNewest, positionMultiTagged];
