/**
 * Nation accuracy: over gold statements whose speaker speaks for a nation, the share whose
 * matched prediction names that nation (a gold statement no prediction matched counts as
 * wrong); and per hard case (nation-cases.json), the share of statements given the right
 * nation or the right null.
 */
import type { ExtractedStatement } from '../../../shared/domain/extraction';
import type { JsonGoldStatement } from './json-gold';

export interface NationCaseLine {
  case: string;
  statements: number;
  right: number;
}

export interface NationError {
  document: string;
  content: string;
  goldSpeaker: string | null;
  goldNation: string | null;
  /** Null when no prediction matched the statement. */
  predictedNation: string | null;
  predictedSpeaker: string | null;
  matched: boolean;
  /** The evidence the extractor gave, as "kind: span". */
  evidence: string | null;
}

export interface NationScores {
  /** Gold statements with a nation (optional ones left out). */
  withNation: number;
  withNationRight: number;
  accuracy: number;
  /** Gold statements whose nation is null, and how many of those the extractor left null. */
  nullGold: number;
  nullRight: number;
  cases: NationCaseLine[];
  errors: NationError[];
}

export class NationTally {
  private withNation = 0;
  private withNationRight = 0;
  private nullGold = 0;
  private nullRight = 0;
  private readonly cases = new Map<string, NationCaseLine>();
  private readonly errors: NationError[] = [];

  add(
    document: string,
    gold: JsonGoldStatement,
    prediction: ExtractedStatement | null,
    cases: string[],
    describe: (p: ExtractedStatement) => string | null,
    content: string,
  ): void {
    if (gold.optional) return;
    const predicted = prediction ? prediction.speaker.nation : null;
    const right = prediction !== null && predicted === gold.nation;
    if (gold.nation === null) {
      this.nullGold++;
      if (right) this.nullRight++;
    } else {
      this.withNation++;
      if (right) this.withNationRight++;
    }
    for (const c of cases.length > 0 ? cases : ['(none)']) {
      const line = this.cases.get(c) ?? { case: c, statements: 0, right: 0 };
      line.statements++;
      if (right) line.right++;
      this.cases.set(c, line);
    }
    if (!right) {
      const ev = prediction?.speaker.nationEvidence;
      this.errors.push({
        document,
        content,
        goldSpeaker: gold.speaker,
        goldNation: gold.nation,
        predictedNation: predicted,
        predictedSpeaker: prediction ? describe(prediction) : null,
        matched: prediction !== null,
        evidence: ev ? `${ev.kind}: ${ev.span.text}` : null,
      });
    }
  }

  result(): NationScores {
    return {
      withNation: this.withNation,
      withNationRight: this.withNationRight,
      accuracy: this.withNation === 0 ? 0 : this.withNationRight / this.withNation,
      nullGold: this.nullGold,
      nullRight: this.nullRight,
      cases: [...this.cases.values()].sort((a, b) => a.case.localeCompare(b.case)),
      errors: this.errors,
    };
  }
}
