import { describe, expect, it } from 'vitest';
import type { StoredStatement } from '../../../shared/domain/archive';
import { speakerName, speakerSummary } from '../../../renderer/src/features/reader/speaker-label';

function statement(speaker: Partial<StoredStatement>): StoredStatement {
  return {
    id: 1,
    articleId: 1,
    kind: 'direct',
    content: { start: 40, end: 60, text: '"We will respond."' },
    cue: null,
    speakerMention: null,
    speakerName: null,
    speakerRole: null,
    speakerOrganization: null,
    actorId: null,
    nation: null,
    nationEvidence: null,
    confidence: 0.9,
    origin: 'automatic',
    reviewState: 'unreviewed',
    ...speaker,
  };
}

describe('what a hover over a highlighted statement says about its speaker', () => {
  it('gives name, role and organization', () => {
    const s = statement({ speakerName: 'Sabrina Singh', speakerRole: 'Deputy Spokesperson', speakerOrganization: 'Pentagon' });
    expect(speakerSummary(s)).toBe('Sabrina Singh, Deputy Spokesperson, Pentagon');
  });

  it('leaves out a missing role or organization without a stray comma', () => {
    expect(speakerSummary(statement({ speakerName: 'Sabrina Singh', speakerOrganization: 'Pentagon' }))).toBe('Sabrina Singh, Pentagon');
    expect(speakerSummary(statement({ speakerName: 'Sabrina Singh', speakerRole: 'Deputy Spokesperson' }))).toBe(
      'Sabrina Singh, Deputy Spokesperson',
    );
    expect(speakerSummary(statement({ speakerName: 'Sabrina Singh', speakerRole: '', speakerOrganization: '' }))).toBe('Sabrina Singh');
  });

  it('uses the words of the text when the speaker has no resolved name', () => {
    const s = statement({ speakerMention: { start: 0, end: 15, text: 'a senior official' }, speakerRole: 'official' });
    expect(speakerName(s)).toBe('a senior official');
    expect(speakerSummary(s)).toBe('a senior official, official');
  });

  it('prefers the resolved name over the mention', () => {
    const s = statement({ speakerName: 'Antony Blinken', speakerMention: { start: 0, end: 2, text: 'he' } });
    expect(speakerName(s)).toBe('Antony Blinken');
  });

  it('says "Unknown speaker" when nothing is known', () => {
    expect(speakerName(statement({}))).toBe('Unknown speaker');
    expect(speakerSummary(statement({ speakerOrganization: 'Kremlin' }))).toBe('Unknown speaker, Kremlin');
  });
});
