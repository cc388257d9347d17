import type { Database } from 'better-sqlite3';
import type { QdpxImportOutcome } from '../../../shared/domain/interchange';
import { contentKey } from '../articles/article-store';
import { inflateZipEntry, listZipEntries, type ZipEntryInfo } from '../import/formats/containers/zip-reader';
import { childElements, parseXml, type XmlNode } from '../import/formats/documents/xml-text';
import { offsetConverter } from './code-points';
import { NATION_CODE_VARIABLE, STANCE_BRANCH, type ARTICLE_VARIABLES } from './qdpx-export';
import { readStatementDescription } from './statement-description';

/** Largest single part of a project Parley inflates (the project file or one source text). */
const MAX_PART_BYTES = 512 * 1024 * 1024;
const KINDS = new Set(['direct', 'indirect', 'mixed']);
const REVIEW_STATES = new Set(['unreviewed', 'confirmed', 'corrected', 'rejected']);
const ORIGINS = new Set(['automatic', 'manual']);

/** A project Parley cannot read, with the reason. */
export class ProjectFileError extends Error {
  override readonly name = 'ProjectFileError';
}

/** The element's name without a namespace prefix. */
function nameOf(node: XmlNode): string {
  const name = node.nodeName;
  return name.slice(name.indexOf(':') + 1);
}

function* children(node: XmlNode, name: string): Generator<XmlNode> {
  for (const child of childElements(node)) if (nameOf(child) === name) yield child;
}

function child(node: XmlNode, name: string): XmlNode | null {
  for (const found of children(node, name)) return found;
  return null;
}

const attribute = (node: XmlNode, name: string) => node.getAttribute?.(name) ?? null;

interface CodeInfo {
  topicPath?: string[];
  stance?: string;
}

/**
 * Reads a REFI-QDA project (.qdpx) into the archive: text sources become articles, codes become topics
 * (the "Stance" branch becomes stances), coded selections become statements and cases name their
 * nations. Sources whose text the archive holds already are left alone. All or nothing: one transaction.
 */
export function importQdpx(db: Database, name: string, bytes: Uint8Array, extractorVersion: string): QdpxImportOutcome {
  const describe = `The project ${name}`;
  const entries = new Map<string, ZipEntryInfo>();
  for (const entry of listZipEntries(bytes, describe)) entries.set(entry.name, entry);
  const read = (path: string): string => {
    const entry = entries.get(path);
    if (!entry) throw new ProjectFileError(`${describe} has no ${path}.`);
    return new TextDecoder('utf-8').decode(inflateZipEntry(bytes, entry, MAX_PART_BYTES, `${describe} (${path})`)).replace(/^\uFEFF/, '');
  };
  const document = parseXml(read('project.qde'));
  const project = [...childElements(document)].find((n) => nameOf(n) === 'Project');
  if (!project) throw new ProjectFileError(`${describe}: project.qde holds no REFI-QDA Project.`);

  const codes = new Map<string, CodeInfo>();
  const walkCodes = (node: XmlNode, path: string[], inStanceBranch: boolean) => {
    for (const code of children(node, 'Code')) {
      const codeName = attribute(code, 'name') ?? '';
      const guid = attribute(code, 'guid') ?? '';
      const isStanceBranch = path.length === 0 && codeName === STANCE_BRANCH && attribute(code, 'isCodable') === 'false';
      if (inStanceBranch) codes.set(guid, { stance: codeName });
      else if (!isStanceBranch) codes.set(guid, { topicPath: [...path, codeName] });
      walkCodes(code, isStanceBranch ? [] : [...path, codeName], inStanceBranch || isStanceBranch);
    }
  };
  const codebook = child(project, 'CodeBook');
  const codeList = codebook && child(codebook, 'Codes');
  if (codeList) walkCodes(codeList, [], false);

  const variables = new Map<string, string>();
  for (const variable of children(child(project, 'Variables') ?? project, 'Variable')) {
    variables.set(attribute(variable, 'guid') ?? '', attribute(variable, 'name') ?? '');
  }
  const valuesOf = (node: XmlNode): Map<string, string> => {
    const values = new Map<string, string>();
    for (const value of children(node, 'VariableValue')) {
      const ref = child(value, 'VariableRef');
      const variable = ref && variables.get(attribute(ref, 'targetGUID') ?? '');
      const text = [...childElements(value)].find((n) => nameOf(n) !== 'VariableRef')?.textContent;
      if (variable && text != null) values.set(variable, text);
    }
    return values;
  };

  // A case names a nation by its code variable; its selections are that nation's statements.
  const nationOfSelection = new Map<string, string>();
  for (const kase of children(child(project, 'Cases') ?? project, 'Case')) {
    const code = valuesOf(kase).get(NATION_CODE_VARIABLE);
    if (!code || !/^[A-Z]{2}$/.test(code)) continue;
    for (const ref of children(kase, 'SelectionRef')) nationOfSelection.set(attribute(ref, 'targetGUID') ?? '', code);
  }

  const now = new Date().toISOString();
  const outcome: QdpxImportOutcome = { articles: 0, duplicates: 0, statements: 0, topics: 0, tags: 0 };
  const findTopic = db.prepare<[number, string], { id: number }>('SELECT id FROM topics WHERE coalesce(parent_id, 0) = ? AND name = ?');
  const insertTopic = db.prepare('INSERT INTO topics (parent_id, name, created_at) VALUES (?, ?, ?)');
  const topicIds = new Map<string, number>();
  const topicFor = (path: string[]): number => {
    const key = path.join('\u0000');
    const known = topicIds.get(key);
    if (known) return known;
    let parent: number | null = null;
    for (const part of path) {
      const found = findTopic.get(parent ?? 0, part);
      if (found) parent = found.id;
      else {
        parent = Number(insertTopic.run(parent, part, now).lastInsertRowid);
        outcome.topics++;
      }
    }
    topicIds.set(key, parent!);
    return parent!;
  };
  const existing = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insertArticle = db.prepare(
    `INSERT INTO articles (title, outlet, byline, published_at, language, url, dateline, original_name, format, content_hash, text,
       extractor_version, imported_at)
     VALUES (@title, @outlet, @byline, @publishedAt, @language, @url, @dateline, @originalName, @format, @contentHash, @text, @extractorVersion, @now)`,
  );
  const findActor = db.prepare<[string, string], { id: number }>(`SELECT id FROM actors WHERE name = ? AND coalesce(nation, '') = ?`);
  const insertActor = db.prepare('INSERT INTO actors (name, role, organization, nation, created_at) VALUES (?, ?, ?, ?, ?)');
  const insertStatement = db.prepare(
    `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, cue_start, cue_end, cue_text,
       speaker_start, speaker_end, speaker_text, speaker_name, speaker_role, speaker_organization, actor_id, nation,
       confidence, origin, review_state, created_at, updated_at)
     VALUES (@articleId, @kind, @contentStart, @contentEnd, @contentText, @cueStart, @cueEnd, @cueText,
       @speakerStart, @speakerEnd, @speakerText, @speakerName, @speakerRole, @speakerOrganization, @actorId, @nation,
       @confidence, @origin, @reviewState, @now, @now)`,
  );
  const insertTag = db.prepare(
    `INSERT INTO statement_topics (statement_id, topic_id, stance, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (statement_id, topic_id) DO NOTHING`,
  );
  const tag = (statementId: number, topicId: number, stance: string | null): number => {
    try {
      return insertTag.run(statementId, topicId, stance, now).changes;
    } catch (error) {
      // Archives from before the stance vocabulary was widened call "ambiguous" "mixed".
      if (stance === 'ambiguous') return insertTag.run(statementId, topicId, 'mixed', now).changes;
      throw error;
    }
  };

  db.transaction(() => {
    for (const source of children(child(project, 'Sources') ?? project, 'TextSource')) {
      const sourceName = attribute(source, 'name');
      const text = sourceText(source, read, describe);
      const values = valuesOf(source);
      const value = (key: (typeof ARTICLE_VARIABLES)[number]) => values.get(key) ?? null;
      // Parley writes a title only when the article has one; another program's source is named by its name.
      const title = values.has('Title') || values.has('File name') ? value('Title') : sourceName;
      const key = contentKey(text, title);
      if (existing.get(key)) {
        outcome.duplicates++;
        continue;
      }
      const articleId = Number(
        insertArticle.run({
          title,
          outlet: value('Outlet'),
          byline: value('Byline'),
          publishedAt: value('Published'),
          language: value('Language'),
          url: value('URL'),
          dateline: value('Dateline'),
          originalName: value('File name') ?? sourceName ?? 'source.txt',
          format: value('Format') ?? 'text',
          contentHash: key,
          text,
          extractorVersion,
          now,
        }).lastInsertRowid,
      );
      outcome.articles++;
      const positions = offsetConverter(text);
      for (const selection of children(source, 'PlainTextSelection')) {
        const start = positions.fromCodePoints(Number(attribute(selection, 'startPosition')));
        const end = positions.fromCodePoints(Number(attribute(selection, 'endPosition')));
        if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
          throw new ProjectFileError(`${describe}: a selection in "${sourceName ?? 'a source'}" lies outside its text.`);
        }
        const details = readStatementDescription(child(selection, 'Description')?.textContent ?? '');
        const nation = details.nation ?? nationOfSelection.get(attribute(selection, 'guid') ?? '') ?? null;
        const spanText = (span: { start: number; end: number } | null) =>
          span && span.end > span.start && span.end <= text.length ? text.slice(span.start, span.end) : null;
        const cue = spanText(details.cue) === null ? null : details.cue;
        const mention = spanText(details.speakerMention) === null ? null : details.speakerMention;
        let actorId: number | null = null;
        if (details.speakerName) {
          actorId =
            findActor.get(details.speakerName, nation ?? '')?.id ??
            Number(insertActor.run(details.speakerName, details.speakerRole, details.speakerOrganization, nation, now).lastInsertRowid);
        }
        const statementId = Number(
          insertStatement.run({
            articleId,
            kind: KINDS.has(details.kind) ? details.kind : 'direct',
            contentStart: start,
            contentEnd: end,
            contentText: text.slice(start, end),
            cueStart: cue?.start ?? null,
            cueEnd: cue?.end ?? null,
            cueText: spanText(cue),
            speakerStart: mention?.start ?? null,
            speakerEnd: mention?.end ?? null,
            speakerText: spanText(mention),
            speakerName: details.speakerName,
            speakerRole: details.speakerRole,
            speakerOrganization: details.speakerOrganization,
            actorId,
            nation,
            confidence: details.confidence,
            origin: ORIGINS.has(details.origin) ? details.origin : 'manual',
            reviewState: REVIEW_STATES.has(details.reviewState) ? details.reviewState : 'unreviewed',
            now,
          }).lastInsertRowid,
        );
        outcome.statements++;

        const coded = [...children(selection, 'Coding')].map((c) => codes.get(attribute(child(c, 'CodeRef') ?? c, 'targetGUID') ?? ''));
        const codedStances = [...new Set(coded.flatMap((c) => (c?.stance ? [c.stance] : [])))];
        for (const code of coded) {
          if (!code?.topicPath) continue;
          const path = code.topicPath.join(' › ');
          // The description says which stance goes with which topic; a lone stance code applies to every topic.
          const stance = details.stances.has(path) ? details.stances.get(path) || null : codedStances.length === 1 ? codedStances[0]! : null;
          try {
            outcome.tags += tag(statementId, topicFor(code.topicPath), stance);
          } catch (error) {
            throw new ProjectFileError(`${describe}: the stance "${stance}" on ${path} is not one this archive knows.`, { cause: error });
          }
        }
      }
    }
  })();
  return outcome;
}

function sourceText(source: XmlNode, read: (path: string) => string, describe: string): string {
  const inline = child(source, 'PlainTextContent');
  if (inline) return inline.textContent ?? '';
  const path = attribute(source, 'plainTextPath');
  if (path?.startsWith('internal://')) return read(`sources/${path.slice('internal://'.length)}`);
  throw new ProjectFileError(
    `${describe}: the source "${attribute(source, 'name') ?? '?'}" points outside the project (${path ?? 'no text'}); only internal sources can be read.`,
  );
}
