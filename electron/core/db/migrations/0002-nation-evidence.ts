import type { Migration } from '../migration';

/**
 * Why a statement's nation was chosen: the kind of evidence (explicit, organization,
 * metonym, earlier-mention, dateline) and the span of the article it was read from.
 * Rows written before this migration have none, which reads as "not recorded".
 */
export const nationEvidence: Migration = {
  version: 2,
  name: 'nation-evidence',
  up(db) {
    db.exec(`
      ALTER TABLE statements ADD COLUMN nation_evidence_kind TEXT
        CHECK (nation_evidence_kind IN ('explicit', 'organization', 'metonym', 'earlier-mention', 'dateline'));
      ALTER TABLE statements ADD COLUMN nation_evidence_start INTEGER;
      ALTER TABLE statements ADD COLUMN nation_evidence_end INTEGER;
      ALTER TABLE statements ADD COLUMN nation_evidence_text TEXT;
    `);
  },
};
