import { describe, expect, it } from 'vitest';
import { mboxParser } from '../../../../electron/core/import/formats/containers';
import { emlParser } from '../../../../electron/core/import/formats/documents';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildEml, buildMbox, expectedText, sampleArticle } from '../../../fixtures-builders';

function entriesOf(outcome: ParseOutcome) {
  if (outcome.kind !== 'container') throw new Error('expected a container');
  return outcome.entries;
}

const note = [
  'From: "Desk" <desk@parleywire.example>',
  'Subject: Note',
  'Date: Wed, 04 Mar 2026 09:00:00 +0000',
  '',
  'From the desk: the minister spoke at length about the talks in Geneva today.',
  '>From the archive: an older quote.',
  '',
].join('\n');

describe('opening a mailbox of news alerts', () => {
  it('splits it into its messages, each read as an e-mail, with "From " escapes undone', async () => {
    const mbox = buildMbox([buildEml(sampleArticle), note]);
    const entries = entriesOf(await mboxParser.parse(asImportSource('alerts.mbox', mbox), DEFAULT_IMPORT_LIMITS));
    expect(entries.map((e) => [e.path, e.name, e.depth])).toEqual([
      ['alerts.mbox/message-0001.eml', 'message-0001.eml', 1],
      ['alerts.mbox/message-0002.eml', 'message-0002.eml', 1],
    ]);
    expect(entries[0]!.modifiedAt?.toISOString()).toBe('2026-03-04T08:00:00.000Z');
    const second = new TextDecoder().decode(entries[1]!.bytes);
    expect(second).toContain('\nFrom the desk: the minister');
    expect(second).toContain('\n>From the archive');

    const first = await emlParser.parse(entries[0]!, DEFAULT_IMPORT_LIMITS);
    if (first.kind !== 'articles') throw new Error('expected articles');
    expect(first.articles[0]!.text).toBe(expectedText(sampleArticle));
  });

  it('does not split at a "From " line inside a paragraph', async () => {
    const raw = 'From a@b Wed Mar 04 08:00:00 2026\nSubject: One\n\nLine one\nFrom here the story goes on.\n\nFrom b@c Wed Mar 04 09:00:00 2026\nSubject: Two\n\nBody two\n';
    const entries = entriesOf(await mboxParser.parse(asImportSource('box.mbox', raw), DEFAULT_IMPORT_LIMITS));
    expect(entries).toHaveLength(2);
  });

  it('bounds the number of messages, and refuses what is not a mailbox', async () => {
    const many = buildMbox(Array.from({ length: 12 }, (_, i) => `Subject: ${i}\n\nBody ${i}\n`));
    const tooMany = await mboxParser.parse(asImportSource('big.mbox', many), { ...DEFAULT_IMPORT_LIMITS, maxEntries: 10 }).then(() => null, (e: unknown) => e);
    expect((tooMany as ImportFailure).code).toBe('too-many-entries');
    const notMbox = await mboxParser.parse(asImportSource('x.mbox', 'Subject: hi\n\nno separator'), DEFAULT_IMPORT_LIMITS).then(() => null, (e: unknown) => e);
    expect(notMbox).toBeInstanceOf(ImportFailure);
    expect((notMbox as ImportFailure).code).toBe('corrupt');
  });
});
