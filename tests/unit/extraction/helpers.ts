import { expect } from 'vitest';
import type { ExtractedStatement, ExtractionResult } from '../../../shared/domain/extraction';

/** Every span the extractor returns must be the exact slice of the article it points at. */
export function expectSpansToMatch(text: string, result: ExtractionResult): void {
  for (const s of result.statements) {
    for (const span of [s.content, s.cue, s.speaker.mention]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
}

export function statementContaining(result: ExtractionResult, words: string): ExtractedStatement {
  const found = result.statements.find((s) => s.content.text.includes(words));
  if (!found) {
    const listed = result.statements.map((s) => `  [${s.speaker.name}] ${s.content.text}`).join('\n');
    throw new Error(`no statement contains "${words}"; found:\n${listed}`);
  }
  return found;
}
