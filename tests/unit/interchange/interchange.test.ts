import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Database } from 'better-sqlite3';
import { createCore } from '../../../electron/core';
import { useTempDir } from '../../support/temp-dir';
import { PositionArchive } from '../positions/position-archive';

const SEED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seed', '000_c66d6e5135f1d8f5.txt');
/** The archive these tests export is built from the seed article, read from ../shared like the corpora. */
const seedPresent = existsSync(SEED);
if (!seedPresent) console.warn(`seed article not found at ${SEED}: skipping the interchange tests built on it`);
const withSeed = it.skipIf(!seedPresent);
const SCHEMA = readFileSync(join(import.meta.dirname, '..', '..', '..', 'resources', 'interchange', 'refi-qda-project.xsd'), 'utf8');

/** Everything the archive says, keyed by content rather than row ids, so two archives can be compared. */
function archiveContent(db: Database) {
  const articles = db
    .prepare(
      `SELECT content_hash, title, outlet, byline, published_at, language, url, dateline, original_name, format, text
       FROM articles ORDER BY content_hash`,
    )
    .all();
  const statements = db
    .prepare(
      `SELECT a.content_hash, s.kind, s.content_start, s.content_end, s.content_text, s.cue_start, s.cue_end, s.cue_text,
         s.speaker_start, s.speaker_end, s.speaker_text, s.speaker_name, s.speaker_role, s.speaker_organization, s.nation,
         s.confidence, s.origin, s.review_state, ac.name AS actor
       FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN actors ac ON ac.id = s.actor_id
       ORDER BY a.content_hash, s.content_start, s.content_end, s.content_text`,
    )
    .all();
  const topics = db
    .prepare(
      `WITH RECURSIVE tree(id, path) AS (SELECT id, name FROM topics WHERE parent_id IS NULL
         UNION ALL SELECT t.id, tree.path || '/' || t.name FROM topics t JOIN tree ON t.parent_id = tree.id)
       SELECT path FROM tree ORDER BY path`,
    )
    .all();
  const tags = db
    .prepare(
      `WITH RECURSIVE tree(id, path) AS (SELECT id, name FROM topics WHERE parent_id IS NULL
         UNION ALL SELECT t.id, tree.path || '/' || t.name FROM topics t JOIN tree ON t.parent_id = tree.id)
       SELECT a.content_hash, s.content_start, s.content_end, tree.path, st.stance
       FROM statement_topics st JOIN statements s ON s.id = st.statement_id JOIN articles a ON a.id = s.article_id
       JOIN tree ON tree.id = st.topic_id ORDER BY 1, 2, 3, 4`,
    )
    .all();
  return { articles, statements, topics, tags };
}

describe('interchange', () => {
  const tempDir = useTempDir();
  const open: { close(): void }[] = [];
  afterEach(() => {
    for (const o of open.splice(0).reverse()) o.close();
  });

  /** The seed through the real import, plus tagged statements written row by row (one past an emoji). */
  async function buildArchive() {
    const path = join(tempDir(), 'archive.sqlite');
    const core = createCore({ archivePath: path });
    open.push(core);
    await core.importPaths([SEED]).done;
    const archive = new PositionArchive(path);
    open.push(archive);
    const text = 'Flags 🇺🇸 and 🇰🇷 flew. “We will stand, together,” she said; =SUM(A1) "quoted"\nline two.';
    const article = archive.article({ title: 'Flags, "quoted"', outlet: 'Daily', publishedAt: '2026-03-10', text });
    const start = text.indexOf('We will');
    archive.db
      .prepare(
        `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, cue_start, cue_end, cue_text,
           speaker_name, speaker_role, speaker_organization, nation, confidence, origin, review_state, created_at, updated_at)
         VALUES (?, 'direct', ?, ?, ?, ?, ?, 'said', 'Han Seo-yeon', 'Foreign Minister', 'Ministry: Foreign Affairs', 'KR', 0.8125,
           'automatic', 'corrected', '2026-03-10T00:00:00.000Z', '2026-03-10T00:00:00.000Z')`,
      )
      .run(article, start, start + 'We will stand, together,'.length, 'We will stand, together,', text.indexOf('said'), text.indexOf('said') + 4);
    const han = Number(archive.db.prepare(`INSERT INTO actors (name, nation, created_at) VALUES ('Han Seo-yeon', 'KR', '2026-03-10')`).run().lastInsertRowid);
    archive.db.prepare(`UPDATE statements SET actor_id = ? WHERE speaker_name = 'Han Seo-yeon'`).run(han);
    const quoted = archive.statement(article, { nation: 'US', speaker: 'Sabrina Singh', text: '=SUM(A1) "quoted"\nline two.', reviewState: 'rejected' });
    archive.db.prepare('UPDATE statements SET content_start = ?, content_end = ? WHERE id = ?').run(text.indexOf('=SUM'), text.length, quoted);
    const security = archive.topic('Security');
    const arms = archive.topic('Arms: transfers', security);
    const alliance = archive.topic('Alliances');
    const seedStatements = archive.db.prepare(`SELECT id, nation FROM statements WHERE article_id = 1 ORDER BY id`).all() as { id: number; nation: string }[];
    archive.tag(seedStatements[0]!.id, arms, 'opposes');
    archive.tag(seedStatements[0]!.id, alliance, 'supports');
    archive.tag(seedStatements.find((s) => s.nation === 'RU')!.id, arms, 'supports');
    archive.tag(seedStatements.find((s) => s.nation === 'KR')!.id, arms, null);
    const kr = Number(archive.db.prepare(`SELECT id FROM statements WHERE speaker_name = 'Han Seo-yeon'`).pluck().get());
    archive.tag(kr, alliance, 'ambiguous');
    return { core, archive, path };
  }

  withSeed('writes every statement as one CSV row with its topics, stances and review state, escaped', async () => {
    const { core } = await buildArchive();
    const csv = await core.handlers['interchange.statementsCsv']({});
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['article', 'outlet', 'date', 'speaker', 'role', 'organization', 'nation', 'kind', 'text', 'topics', 'stances', 'review state']);
    const total = (await core.handlers['archive.info']({})).statementCount;
    expect(parsed.data).toHaveLength(total);
    const singh = parsed.data.find((r) => r.speaker === 'Sabrina Singh' && r.outlet === 'Anadolu Agency')!;
    expect(singh).toMatchObject({ nation: 'US', kind: 'direct', topics: 'Alliances; Security › Arms: transfers', stances: 'Alliances: supports; Security › Arms: transfers: opposes' });
    const han = parsed.data.find((r) => r.speaker === 'Han Seo-yeon')!;
    expect(han).toMatchObject({ article: 'Flags, "quoted"', organization: 'Ministry: Foreign Affairs', 'review state': 'corrected', text: 'We will stand, together,' });
    // Quotes, commas and line breaks survive; a formula-looking cell is kept as text.
    const rejected = parsed.data.find((r) => r['review state'] === 'rejected')!;
    expect(rejected.text).toBe(`'=SUM(A1) "quoted"\nline two.`);
    expect(csv).toContain('"\'=SUM(A1) ""quoted""\nline two."');
  });

  withSeed('exports a REFI-QDA project that the schema accepts, and reads it back to the same archive', async () => {
    const { core, archive } = await buildArchive();
    const qdpx = await core.handlers['interchange.exportQdpx']({});
    const files = unzipSync(qdpx);
    const qde = strFromU8(files['project.qde']!);
    const validation = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [{ fileName: 'project.xsd', contents: SCHEMA }] });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    // The schema is not a rubber stamp: a selection without its GUID, or a coding pointing nowhere, fails.
    for (const broken of [qde.replace(/<PlainTextSelection guid="[^"]+"/, '<PlainTextSelection'), qde.replace(/<CodeRef targetGUID="[^"]+"/, '<CodeRef targetGUID="00000000-0000-4000-8000-000000000000"')]) {
      const refused = await validateXML({ xml: [{ fileName: 'project.qde', contents: broken }], schema: [{ fileName: 'project.xsd', contents: SCHEMA }] });
      expect(refused.valid).toBe(false);
    }
    // Articles as text sources with their text beside them; nations as cases; stances as a code branch.
    expect(Object.keys(files).filter((f) => f.startsWith('sources/'))).toHaveLength(2);
    expect(qde).toMatch(/<Case guid="[^"]+" name="South Korea">/);
    expect(qde).toMatch(/<Code guid="[^"]+" name="Stance" isCodable="false">/);
    expect(qde).toContain('name="Arms: transfers"');
    // Positions count characters: the selection after two flag emoji (8 astral characters) starts 4 places earlier.
    const text = 'Flags 🇺🇸 and 🇰🇷 flew. “We will';
    expect(qde).toContain(`startPosition="${[...text].length - 'We will'.length}"`);

    const copyPath = join(tempDir(), 'copy.sqlite');
    const copy = createCore({ archivePath: copyPath });
    open.push(copy);
    const outcome = await copy.handlers['interchange.importQdpx']({ name: 'archive.qdpx', bytes: new Uint8Array(qdpx) });
    expect(outcome).toMatchObject({ articles: 2, duplicates: 0, topics: 3, tags: 5 });
    const reread = new PositionArchive(copyPath);
    open.push(reread);
    expect(archiveContent(reread.db)).toEqual(archiveContent(archive.db));

    // Importing the same project again adds nothing.
    expect(await copy.handlers['interchange.importQdpx']({ name: 'archive.qdpx', bytes: new Uint8Array(qdpx) })).toMatchObject({ articles: 0, duplicates: 2, statements: 0 });
  });

  it('refuses a damaged project with the reason and changes nothing', async () => {
    const path = join(tempDir(), 'archive.sqlite');
    const core = createCore({ archivePath: path });
    open.push(core);
    await expect(core.handlers['interchange.importQdpx']({ name: 'bad.qdpx', bytes: strToU8('not a zip') })).rejects.toThrow(/bad\.qdpx/);
    const noProject = zipSync({ 'sources/a.txt': strToU8('x') });
    await expect(core.handlers['interchange.importQdpx']({ name: 'empty.qdpx', bytes: noProject })).rejects.toThrow('The project empty.qdpx has no project.qde.');
    const outside = zipSync({
      'project.qde': strToU8(
        '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>' +
          '<TextSource guid="00000000-0000-4000-8000-000000000001" name="One" plainTextPath="internal://one.txt">' +
          '<PlainTextSelection guid="00000000-0000-4000-8000-000000000002" startPosition="0" endPosition="3"/></TextSource>' +
          '<TextSource guid="00000000-0000-4000-8000-000000000003" name="Two" plainTextPath="file:///etc/passwd"/></Sources></Project>',
      ),
      'sources/one.txt': strToU8('One article text.'),
    });
    await expect(core.handlers['interchange.importQdpx']({ name: 'outside.qdpx', bytes: outside })).rejects.toThrow(/points outside the project/);
    expect((await core.handlers['archive.info']({})).articleCount).toBe(0);
  });
});
