import type { ExtractedSpeaker } from '../domain/extraction';
import { findNationCue } from './nation';
import { parseMention, type SpeakerParts } from './speaker';
import type { Token } from './tokens';

interface KnownEntity {
  parts: SpeakerParts;
  /** First and last words of the name, the forms a later short reference uses. */
  firstWord?: string;
  lastWord?: string;
  /** Character offset where the article first gives this entity. */
  at: number;
}

const RUN_CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'al', 'bin']);
const LOWER_ROLE_HEADS = new Set(['leader', 'president', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'chairman', 'director', 'ambassador', 'envoy', 'governor', 'senator', 'adviser', 'advisor', 'chief', 'official']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'i', 'who']);

/**
 * Remembers the people and institutions an article names, in order, so that later
 * surnames, pronouns and bare ministries resolve to the full name and nation given earlier.
 */
export class SpeakerResolver {
  private readonly people: KnownEntity[] = [];
  private readonly institutions: KnownEntity[] = [];
  private lastSpeaker: KnownEntity | null = null;

  constructor(text: string, tokens: Token[]) {
    // Capitalised runs ("North Korean Leader Kim Jong-un", "Ministry of Defense") are candidate names.
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i]!.cap || !tokens[i]!.word) {
        i++;
        continue;
      }
      let k = i + 1;
      while (k < tokens.length && k - i < 10) {
        const t = tokens[k]!;
        const gapOk = t.start - tokens[k - 1]!.end <= 1 && !text.slice(tokens[k - 1]!.end, t.start).includes('\n');
        if (!gapOk) break;
        if (t.word && t.cap) k++;
        else if (t.word && LOWER_ROLE_HEADS.has(t.lower) && tokens[k + 1]?.cap) k++;
        else if (t.word && RUN_CONNECTORS.has(t.lower) && tokens[k + 1]?.cap) k++;
        else if (t.text === '.' && tokens[k - 1]!.end === t.start && tokens[k + 1]?.cap && /^\p{Lu}[a-z]{0,3}$/u.test(tokens[k - 1]!.text)) k++;
        else break;
      }
      if (k - i >= 2) this.register(parseMention(text.slice(tokens[i]!.start, tokens[k - 1]!.end)), tokens[i]!.start);
      i = k;
    }
  }

  private register(parts: SpeakerParts, at: number): void {
    if (parts.kind === 'person' && parts.name && parts.name.includes(' ')) {
      // A later, barer mention ("Kim Jong-un’s meeting") keeps what an earlier one said about the person.
      const earlier = this.people.find((e) => e.parts.name === parts.name);
      if (earlier) {
        parts = {
          ...parts,
          role: earlier.parts.role ?? parts.role,
          organization: earlier.parts.organization ?? parts.organization,
          nation: parts.nationKnown ? parts.nation : earlier.parts.nation,
          nationKnown: parts.nationKnown || earlier.parts.nationKnown,
        };
      }
      const words = parts.name!.split(' ');
      this.people.push({ parts, at, firstWord: words[0], lastWord: words[words.length - 1] });
    }
    else if (parts.kind === 'institution' && parts.nationKnown) this.institutions.push({ parts, at });
  }

  private personBefore(word: string, at: number): KnownEntity | null {
    // The latest mention before `at` wins; mentions registered while resolving come out of order.
    let found: KnownEntity | null = null;
    for (const e of this.people) {
      if (e.at >= at || (found && e.at < found.at)) continue;
      if (e.firstWord === word || e.lastWord === word) found = e;
    }
    return found;
  }

  private nationOfOrganization(org: string, at: number): string | null | undefined {
    let found: string | null | undefined;
    for (const e of this.institutions) {
      if (e.at >= at) break;
      if (e.parts.organization?.endsWith(org)) found = e.parts.nation;
    }
    return found;
  }

  resolve(mention: { start: number; end: number; text: string } | null): ExtractedSpeaker {
    if (!mention) return { mention: null, name: null, role: null, organization: null, nation: null };
    const parts = parseMentionWithApposition(mention.text);
    let resolved: SpeakerParts = parts;
    let entity: KnownEntity | null = null;
    if (parts.kind === 'surname' && parts.name) {
      entity = this.personBefore(parts.name, mention.start);
      if (entity) resolved = entity.parts;
    } else if (parts.kind === 'pronoun') {
      if (PERSON_PRONOUNS.has(mention.text.toLowerCase()) && this.lastSpeaker) {
        entity = this.lastSpeaker;
        resolved = entity.parts;
      }
    } else if (parts.kind === 'person' && parts.name) {
      const words = parts.name.split(' ');
      const known = this.personBefore(words[words.length - 1]!, mention.start + 1);
      if (known && known.parts.name === parts.name) {
        resolved = {
          ...parts,
          role: parts.role ?? known.parts.role,
          organization: parts.organization ?? known.parts.organization,
          nation: parts.nationKnown ? parts.nation : known.parts.nation,
          nationKnown: parts.nationKnown || known.parts.nationKnown,
        };
      }
      entity = { parts: resolved, at: mention.start };
      if (resolved.name?.includes(' ')) this.register(resolved, mention.start);
    }
    if (!resolved.nationKnown && resolved.organization) {
      // "Ministry of Defense Spokesperson X" after the article named the South Korean ministry.
      const nation = this.nationOfOrganization(resolved.organization, mention.start);
      if (nation !== undefined) resolved = { ...resolved, nation, nationKnown: true };
    }
    if (!resolved.nationKnown && resolved.role) {
      const cue = findNationCue(resolved.role);
      if (cue) resolved = { ...resolved, nation: cue.code, nationKnown: true };
    }
    if (resolved.kind === 'person' || resolved.kind === 'surname') this.lastSpeaker = entity ?? { parts: resolved, at: mention.start };
    return {
      mention,
      name: resolved.kind === 'pronoun' || resolved.kind === 'anonymous' ? null : resolved.name,
      role: resolved.role,
      organization: resolved.organization,
      nation: resolved.nation,
    };
  }
}

const BRACKETS_RE = /\s*\([^)]*\)/g;
const APPOSITION_DETERMINER_RE = /^(?:a|an|the)\s+/i;

/**
 * "Will Doyle, a professor of higher education at Vanderbilt University," names a person
 * whose role follows the comma; "(D-Ga.)" after a name is a party tag, not part of it.
 */
function parseMentionWithApposition(text: string): SpeakerParts {
  const plain = text.replace(BRACKETS_RE, '').trim();
  const comma = plain.indexOf(',');
  if (comma === -1) return parseMention(plain);
  const head = parseMention(plain.slice(0, comma));
  const apposition = plain
    .slice(comma + 1)
    .replace(/,\s*$/, '')
    .trim()
    .replace(APPOSITION_DETERMINER_RE, '');
  if (head.kind !== 'person' && head.kind !== 'surname') return head;
  if (apposition.length === 0 || apposition.length > 80) return head;
  const nation = head.nationKnown ? null : findNationCue(apposition);
  return {
    ...head,
    kind: 'person',
    role: head.role ?? apposition,
    nation: head.nationKnown ? head.nation : nation?.code ?? null,
    nationKnown: head.nationKnown || nation !== null,
  };
}
