import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { STANCES } from '../../../shared/domain/archive';
import { nationName } from '../../../shared/nations';
import { STANCE_COLOURS } from '../../../shared/positions/stance-style';
import { xmlText } from '../../../shared/positions/xml-text';
import type { ArchiveReader } from './archive-content';
import { offsetConverter } from './code-points';
import { describeStatement } from './statement-description';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** The branch of the codebook that holds the stance vocabulary. */
export const STANCE_BRANCH = 'Stance';
/** Article metadata travels as source variables. */
export const ARTICLE_VARIABLES = ['Title', 'Outlet', 'Published', 'Byline', 'URL', 'Language', 'Dateline', 'File name', 'Format'] as const;
export const NATION_CODE_VARIABLE = 'Nation code';

/** The same archive row gets the same GUID in every export, so two exports can be compared. */
function guidOf(kind: string, key: string | number): string {
  const hex = createHash('sha256').update(`parley:${kind}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const attr = (name: string, value: string | number | null | undefined) => (value === null || value === undefined ? '' : ` ${name}="${xmlText(String(value))}"`);
const element = (name: string, text: string | null) => (text === null ? '' : `<${name}>${xmlText(text)}</${name}>`);

/**
 * The archive as a REFI-QDA project: articles as text sources (their text in sources/), topics as
 * codes, statements as coded selections, nations as cases, stances as a code branch.
 */
export function exportQdpx(reader: ArchiveReader, projectName = 'Parley archive'): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const now = new Date().toISOString();
  const user = guidOf('user', 'parley');

  const topics = reader.topics();
  const topicGuid = new Map(topics.map((t) => [t.id, guidOf('topic', t.path)]));
  const topicPath = new Map(topics.map((t) => [t.id, t.path]));
  const stanceGuid = new Map(STANCES.map((s) => [s as string, guidOf('stance', s)]));
  const variableGuid = new Map([...ARTICLE_VARIABLES, NATION_CODE_VARIABLE].map((v) => [v as string, guidOf('variable', v)]));
  const children = new Map<number | null, typeof topics>();
  for (const t of topics) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t]);

  const codeTree = (parentId: number | null): string =>
    (children.get(parentId) ?? [])
      .map((t) => `<Code guid="${topicGuid.get(t.id)}"${attr('name', t.name)} isCodable="true">${codeTree(t.id)}</Code>`)
      .join('');
  const stanceBranch =
    `<Code guid="${guidOf('stance', 'branch')}" name="${STANCE_BRANCH}" isCodable="false">` +
    '<Description>How a statement stands on the topics it is coded with (Parley stance vocabulary).</Description>' +
    STANCES.map((s) => `<Code guid="${stanceGuid.get(s)}" name="${s}" isCodable="true" color="${STANCE_COLOURS[s]}"/>`).join('') +
    '</Code>';

  const sources: string[] = [];
  const nationSelections = new Map<string, string[]>();
  for (const article of reader.articles()) {
    const sourceGuid = guidOf('article', article.contentHash);
    const textFile = `${sourceGuid}.txt`;
    files[`sources/${textFile}`] = strToU8(article.text);
    const positions = offsetConverter(article.text);
    const tags = reader.tagsOf(article.id);
    const selections = reader.statementsOf(article.id).map((s) => {
      const selectionGuid = guidOf('statement', `${article.contentHash}:${s.contentStart}:${s.contentEnd}:${s.id}`);
      if (s.nation) nationSelections.set(s.nation, [...(nationSelections.get(s.nation) ?? []), selectionGuid]);
      const own = tags.get(s.id) ?? [];
      const stances = own.map((t) => ({ path: topicPath.get(t.topicId) ?? '', stance: t.stance === 'mixed' ? 'ambiguous' : t.stance }));
      const codes = [
        ...own.map((t) => topicGuid.get(t.topicId)!),
        ...[...new Set(stances.map((t) => t.stance).filter((x): x is string => !!x))].map((x) => stanceGuid.get(x)!).filter(Boolean),
      ];
      const codings = codes
        .map((code) => `<Coding guid="${guidOf('coding', `${selectionGuid}:${code}`)}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding>`)
        .join('');
      return (
        `<PlainTextSelection guid="${selectionGuid}"${attr('name', s.speakerName ?? 'Unattributed statement')}` +
        ` startPosition="${positions.toCodePoints(s.contentStart)}" endPosition="${positions.toCodePoints(s.contentEnd)}"` +
        ` creatingUser="${user}" creationDateTime="${isoDateTime(s.createdAt, now)}">` +
        `${element('Description', describeStatement(s, stances))}${codings}</PlainTextSelection>`
      );
    });
    const values: [string, string | null][] = [
      ['Title', article.title],
      ['Outlet', article.outlet],
      ['Published', article.publishedAt],
      ['Byline', article.byline],
      ['URL', article.url],
      ['Language', article.language],
      ['Dateline', article.dateline],
      ['File name', article.originalName],
      ['Format', article.format],
    ];
    const variableValues = values
      .filter((v): v is [string, string] => v[1] !== null)
      .map(([name, value]) => `<VariableValue><VariableRef targetGUID="${variableGuid.get(name)}"/><TextValue>${xmlText(value)}</TextValue></VariableValue>`)
      .join('');
    sources.push(
      `<TextSource guid="${sourceGuid}"${attr('name', article.title ?? article.originalName)} plainTextPath="internal://${textFile}"` +
        ` creatingUser="${user}" creationDateTime="${isoDateTime(article.importedAt, now)}">${selections.join('')}${variableValues}</TextSource>`,
    );
  }

  const cases = [...nationSelections.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([code, selections]) =>
        `<Case guid="${guidOf('nation', code)}"${attr('name', nationName(code))}>` +
        `<VariableValue><VariableRef targetGUID="${variableGuid.get(NATION_CODE_VARIABLE)}"/><TextValue>${xmlText(code)}</TextValue></VariableValue>` +
        selections.map((g) => `<SelectionRef targetGUID="${g}"/>`).join('') +
        '</Case>',
    );
  const variables = [...variableGuid.entries()].map(([name, guid]) => `<Variable guid="${guid}"${attr('name', name)} typeOfVariable="Text"/>`);

  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${QDE_NAMESPACE}"${attr('name', projectName)} origin="Parley" creatingUserGUID="${user}" creationDateTime="${now}">`,
    `<Users><User guid="${user}" name="Parley"/></Users>`,
    `<CodeBook><Codes>${codeTree(null)}${stanceBranch}</Codes></CodeBook>`,
    `<Variables>${variables.join('')}</Variables>`,
    cases.length ? `<Cases>${cases.join('\n')}</Cases>` : '',
    sources.length ? `<Sources>\n${sources.join('\n')}\n</Sources>` : '',
    `<Description>Exported from Parley on ${now.slice(0, 10)}.</Description>`,
    '</Project>',
    '',
  ].join('\n');
  files['project.qde'] = strToU8(xml);
  return zipSync(files, { level: 6 });
}

/** xsd:dateTime wants a full timestamp; archive rows always have one, older ones fall back to the export time. */
function isoDateTime(value: string, fallback: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value) ? value : fallback;
}
