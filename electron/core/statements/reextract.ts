import type { Database } from 'better-sqlite3';
import type { ReextractOutcome } from '../../../shared/domain/archive';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import type { StatementStore } from './statement-store';

/**
 * What the user has touched is never replaced by a new extractor run: statements made by hand,
 * reviewed (confirmed, corrected, rejected), tagged, noted or cited in a briefing.
 */
const TOUCHED = `(s.origin = 'manual' OR s.review_state <> 'unreviewed'
  OR EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_id = s.id)
  OR EXISTS (SELECT 1 FROM notes n WHERE n.statement_id = s.id)
  OR EXISTS (SELECT 1 FROM briefing_citations c WHERE c.statement_id = s.id))`;

/** How close (in characters) a new finding must be to a reviewed statement to be flagged for review. */
const NEAR_CHARS = 200;

/** Runs the current extractor again over stored articles, keeping every manual edit and tag. */
export function createReextractor(
  db: Database,
  statements: StatementStore,
  extract: (text: string) => ExtractionResult,
  extractorVersion: string,
) {
  const stale = db.prepare<[string], { id: number }>(
    'SELECT id FROM articles WHERE extractor_version IS NOT ? ORDER BY id',
  );
  const textOf = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?');
  const keptSpans = db.prepare<[number], { start: number; end: number }>(
    `SELECT s.content_start AS start, s.content_end AS end FROM statements s
     WHERE s.article_id = ? AND s.anchor_state = 'anchored' AND ${TOUCHED}`,
  );
  const dropUntouched = db.prepare(`DELETE FROM statements AS s WHERE s.article_id = ? AND NOT ${TOUCHED}`);
  const markVersion = db.prepare('UPDATE articles SET extractor_version = ? WHERE id = ?');
  const lastId = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM statements');
  // A new finding near one the analyst reviewed may be a piece they judged already: ask them.
  const flagNearReviewed = db.prepare<[number, number, number, number, number]>(
    `UPDATE statements AS s SET flagged_for_review = 1
     WHERE s.article_id = ? AND s.id > ? AND EXISTS (
       SELECT 1 FROM statements k WHERE k.article_id = s.article_id AND k.id <= ?
         AND (k.origin = 'manual' OR k.review_state <> 'unreviewed') AND k.anchor_state = 'anchored'
         AND k.content_start < s.content_end + ? AND s.content_start < k.content_end + ?)`,
  );

  function reextractOne(articleId: number, outcome: ReextractOutcome, done?: ExtractionResult): void {
    const row = textOf.get(articleId);
    if (!row) return;
    const extraction = done ?? extract(row.text);
    const now = new Date().toISOString();
    db.transaction(() => {
      const before = lastId.get()?.id ?? 0;
      const kept = keptSpans.all(articleId);
      outcome.replaced += dropUntouched.run(articleId).changes;
      outcome.kept += kept.length;
      // A new finding over a span the user already handled would bring back what they settled.
      const fresh = extraction.statements.filter(
        (s) => !kept.some((k) => s.content.start < k.end && k.start < s.content.end),
      );
      statements.insertExtracted(articleId, fresh, now);
      flagNearReviewed.run(articleId, before, before, NEAR_CHARS, NEAR_CHARS);
      outcome.added += fresh.length;
      markVersion.run(extractorVersion, articleId);
    })();
    outcome.articles++;
  }

  return {
    /** Re-extracts one article (its text may just have changed), with its extraction when already done. */
    article(articleId: number, extraction?: ExtractionResult): ReextractOutcome {
      const outcome: ReextractOutcome = { articles: 0, replaced: 0, kept: 0, added: 0 };
      reextractOne(articleId, outcome, extraction);
      return outcome;
    },

    /** Articles given, or every article an older extractor (or none) processed. */
    run(articleIds?: readonly number[]): ReextractOutcome {
      const outcome: ReextractOutcome = { articles: 0, replaced: 0, kept: 0, added: 0 };
      const ids = articleIds ?? stale.all(extractorVersion).map((r) => r.id);
      for (const id of ids) reextractOne(id, outcome);
      return outcome;
    },
  };
}
