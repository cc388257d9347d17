/**
 * Document-level actor resolution: every mention of a speaker (full name with titles and
 * appositives, surname, pronoun, role noun such as "the envoy", institution) is tied to one
 * actor, and each statement gets that actor's name, role, organization and nation, with
 * the evidence the nation was read from.
 */
import type { ExtractedSpeaker, NationEvidence, NationEvidenceKind, TextSpan } from '../domain/extraction';
import { datelineOpeningLength, findDateline, type Dateline } from './dateline';
import { isJoinedParticleWord, NAME_PARTICLES } from './name-particles';
import { findNationCue } from './nation';
import { BASED_AFTER_RE, bodyOfficeHolderOwner, COMPANY_TRADE_BEFORE_RE, namesLooseGroup, namesStateOffice, nationOfPhrase, nationsIn, speakerCore, type PhraseNation } from './nation-evidence';
import { OFFICE_PREMODIFIERS } from './office-words';
import { congoSense, sharedNameNation } from './shared-country-names';
import { findAllNations, type NationMatch } from '../nations/index';
import { isHub, placeCountry, placeOf, type PlaceCountry } from '../nations/places';
import { hasNewline, type Sentence } from './sentences';
import { SEATED } from './sources';
import { BUILDING_WORDS, isOnlyANation, isRemitRegion, isSpelledCourtesy, isTitleOrOfficeWord, namesOfficeByTitle, parseMention, type SpeakerParts } from './speaker';
import { tokenIndexAt, type Token } from './tokens';
import { POSSESSIVE_DETERMINERS } from './word-classes';

type Gender = 'm' | 'f' | null;

interface Actor {
  parts: SpeakerParts;
  /** First and last words of the name, the forms a later short reference uses. */
  firstWord?: string;
  lastWord?: string;
  /**
   * A surname inside the name, also used alone: "Lula" in "Luiz Inacio Lula da Silva" (the word before a
   * particle), "Padrino" in "Vladimir Padrino Lopez" (the first of two Spanish surnames).
   */
  innerSurname?: string;
  /** Character offset of the latest mention. */
  at: number;
  /** Character offset of the first mention: later short forms may refer back from there on. */
  firstAt: number;
  /** The first mention and the words describing it, where the article introduced the actor. */
  first?: TextSpan;
  /** The words describing the first mention, as a span of the article (it may start before the mention). */
  described?: TextSpan;
  /** Registered from a capitalised run by its name alone; its titles are parsed when first read. */
  unparsed?: boolean;
  /** How many mentions have been read for their describing words. */
  read: number;
  /** Mentions whose surrounding words have not been read yet. */
  pending?: Array<{ start: number; end: number }>;
  /** Nation and where it was read; undefined while nothing has been said. */
  nation?: PhraseNation;
  gender: Gender;
  /** The words of the full mentions, for role nouns ("the envoy") to find it; see wordsOf. */
  words: Set<string>;
  /** Describing texts not yet split into `words`. */
  unsplit?: string[];
  isPerson: boolean;
}

/**
 * Every actor is made here with all its fields, in one order, so that all share one hidden
 * class: built as three different literals and then grown field by field, they took six, and
 * the loops over an article's actors read them through V8's slow megamorphic path.
 */
function newActor(parts: SpeakerParts, at: number, gender: Gender, words: Set<string>, isPerson: boolean, nation: PhraseNation | undefined): Actor {
  return {
    parts,
    firstWord: undefined,
    lastWord: undefined,
    innerSurname: undefined,
    at,
    firstAt: at,
    first: undefined,
    described: undefined,
    unparsed: false,
    read: 0,
    pending: undefined,
    nation,
    gender,
    words,
    unsplit: undefined,
    isPerson,
  };
}

// Words that make a capitalised run an institution worth remembering with its nation.
const ORG_HINTS = new Set(['ministry', 'department', 'office', 'government', 'embassy', 'council', 'commission', 'agency', 'army', 'navy', 'guard', 'command', 'forces', 'presidency', 'palace', 'house', 'kremlin', 'pentagon']);
const RUN_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', ...NAME_PARTICLES]);
// "FRCT spokesman X": an office of a body named by its acronym.
const ACRONYM_OPENING_RE = /^\s*(?:[Tt]he\s+|[Aa]n?\s+)?(\p{Lu}{2,6})\s+\p{Ll}/u;
// The name before "(FRCT)", from its article on: "the rebel Front for Renewal and Concord in Chad ".
const ACRONYM_DEFINITION_RE = /\b((?:the|a|an)\s+[^,;.()“”"]+?)\s*$/iu;
const ACRONYM_DEFINITION_REACH = 90;
// "the JCS", "OCHA": a body's acronym, standing alone as the source.
const ACRONYM_RE = /^\s*(?:[Tt]he\s+)?(\p{Lu}{2,6})\s*$/u;
// How many times as often as the dateline's country (and at least how often) the body must name another for the story
// to be about that one: a short story names a neighbour two or three times.
const STORY_COUNTRY_LEAD = 4;
// How far into a body's mention its bracketed acronym may stand.
const BRACKETED_ACRONYM_REACH = 120;
// How far before a name its title's bracketed acronym may stand ("Chief Election Commissioner (CEC) A.K.M. X").
const TITLE_ACRONYM_REACH = 12;
// "Second Thomas Shoal", "the Aral Sea", "the Grand Ethiopian Renaissance Dam": a run ending in one of these names
// a place or a work, never a person a later "he" could mean.
const PLACE_HEADS = new Set(['shoal', 'reef', 'island', 'islands', 'strait', 'sea', 'bay', 'gulf', 'peninsula', 'canal', 'valley', 'province', 'district', 'dam', 'river', 'reservoir', 'pipeline', 'railway', 'basin', 'ocean', 'desert']);
// A government title before a full name: "National Security Adviser Eduardo Ano", "Foreign Minister X Y",
// "Unification ministry spokesperson Koo Byoung-sam", "Chemicals and Fertilisers Minister X". The name has two to four
// capitalised words, maybe with the particles of Iberian and Dutch names between them ("Joost van Rijckevorsel", "Rosa
// Quispe de la Cruz").
const HOME_TITLE_RE = new RegExp(
  String.raw`^(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}(?:(?:Minister|Secretary|Adviser|Advisor|[Aa]ide|President|Premier|Chancellor|Mayor|Governor|Senator|Speaker|Police\s+(?:Commissioner|Chief)|Attorney\s+General|Prosecutor(?:\s+General)?|Detective\s+(?:Chief\s+)?(?:Superintendent|Inspector))|(?:[Mm]inistry\s+)?[Ss]pokes(?:person|man|woman))` +
    String.raw`\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:${[...NAME_PARTICLES].join('|')})\s+){0,2}\p{Lu}[\p{L}'’-]+){1,3}$`,
  'u',
);
// "the town of", "the Honduran port of": the run after names a place.
const PLACE_NOUN_OF_RE = /\b(?:town|city|village|port|province|region|district|county|state|island|capital|municipality|border crossing|crossing)\s+of\s+(?:the\s+)?$/i;
const PLACE_NOUN_REACH = 40;

/** Whether tokens [from, to) are all set in capitals ("MILLION CAPTAGON PILLS"). */
function allCapitals(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!.text;
    if (t.length < 2 || t !== t.toUpperCase()) return false;
  }
  return true;
}

const FOREIGN_ARTICLES = new Set(['los', 'las', 'el', 'la', 'le', 'les', 'il', 'die', 'der', 'das', 'het']);
// "His Highness", "His Excellency": a courtesy before a name is no part of it.
const NOT_NAME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday the a an in on at by for from to with and but or as after before since when while if his her highness excellency majesty neither either both'.split(' '));
const LOWER_ROLE_HEADS = new Set(['leader', 'president', 'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'chairman', 'director', 'ambassador', 'envoy', 'governor', 'senator', 'adviser', 'advisor', 'chief', 'official', 'diplomat', 'mediator', 'commander', 'representative', 'host']);
const MALE_WORDS = new Set(['he', 'him', 'his', 'mr', 'mr.', 'spokesman', 'chairman', 'king', 'prince', 'congressman', 'businessman']);
const FEMALE_WORDS = new Set(['she', 'her', 'hers', 'ms', 'ms.', 'mrs', 'mrs.', 'spokeswoman', 'chairwoman', 'queen', 'princess', 'congresswoman', 'businesswoman']);
const INSTITUTION_PRONOUNS = new Set(['it', 'its']);
// Words too common in offices to show that a role noun refers back to a given actor.
const GENERIC_OFFICE_WORDS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'at', 'senior', 'ministry', 'minister', 'foreign', 'government', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'said', 'state', 'national', 'department', 'office', "'s", '’s']);
const ROLE_NOUN_REACH = 6;
const PARTY_WORDS = new Set(['republican', 'democratic', 'democrat', 'conservative', 'liberal', 'socialist', 'labour', 'labor']);
const SHORT_TITLES = new Map([['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['gen', 'general'], ['adm', 'admiral'], ['col', 'colonel'], ['cmdr', 'commander'], ['supt', 'superintendent']]);
// Cues whose object is the one addressed: "warned Addis Ababa", "urged Tokyo", "accused Nairobi".
// A phrase, its cue and at most a few words (when, to whom) closing the sentence: 'the ministry said.', 'the ministry told reporters.'.
const CLOSING_ATTRIBUTION_AFTER_RE = /^[^,]*?\s(?:said|says|told)(?:\s+[\p{L}\d]+){0,3}\s*\.(?:\s|$)/u;
const ENVOY_ABROAD_RE = /\b(?:[Aa]mbassador|[Ee]nvoy|[Ee]mbassy|[Cc]onsul(?:ate)?)\b/;
// "following mediation by", "brokered by", "at the request of": whose good offices made another country act.
const BROKERED_BY_RE = /\b(?:mediation|mediated|brokered|good offices|intervention|efforts|request)\s+(?:by|of)\s+(?:the\s+)?/i;
const BROKER_REACH = 40;
// "who represented Beijing", "representing Italy": whom the speaker's own clause says they stand for.
const REPRESENTING = String.raw`(?:who\s+(?:represents|represented|was\s+representing|is\s+representing)|representing)\s+`;
const REPRESENTED_AFTER_RE = new RegExp(String.raw`^,?\s+${REPRESENTING}`);
const REPRESENTED_IN_RE = new RegExp(String.raw`,\s+${REPRESENTING}`);
const REPRESENTED_REACH = 60;
// A reporting verb followed by what was said, not by when, where or to whom it was said.
const REPORTED_CLAUSE_BEFORE_RE = /^\s*(?:said|says|told|added|stated)\s+(?!(?:in|at|on|from|during|after|before|while|when|late|early|last|this|here|there|reporters|journalists)\b|(?:a|the)\s+(?:news|press)\b)[\p{L}"“]/u;
// "X said (that) …" right after the speaker: the clause a participle's statement shares its speaker with.
const SAID_AFTER_MENTION_RE = /^\s*(?:said|says)\s+(?:that\s+)?/;
const SAID_AFTER_REACH = 20;
// "its High Commission in Port Moresby": a mission a possessive gives its sender.
const ITS_MISSION_RE = /^\s*its\s+(?:[Hh]igh\s+[Cc]ommission|[Ee]mbassy|[Cc]onsulate|[Mm]ission)\b/;
// The head noun that tells one kind of state body from another sharing its portfolio.
const BODY_HEAD_RE = /\b(ministry|department|office|agency|commission|directorate|bureau)\b/i;
// States whose finance ministry is also called the Treasury.
const TREASURY_STATES = new Set(['GB', 'AU', 'NZ']);
// "The Zambian government will …": a government named by its people or country, and what it will or will not do.
const OWN_GOVERNMENT_OPENING_RE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+(?:government|cabinet|authorities)\s+(?:will|would|intends|plans|wants|is\s+ready|stands\s+ready|does\s+not|will\s+not|won['’]t|cannot)\b/u;
const OWN_GOVERNMENT_REACH = 80;
// "Montenegro closed three chapters of its EU accession talks, and Prime Minister X said": a clause's ", and" right before
// the title of a head of state or government ends the words describing them (not a portfolio list's: "Industry, and Supply").
const CLAUSE_AND_BEFORE_HEAD_RE = /,\s+and\s+(?=(?:Prime|President|Chancellor|King|Queen|Emir|Premier|Foreign)\b[^,]*$)/;
const HEAD_TITLE_REACH = 10;
// "Bolivia has asked the IMF for a program to ease a shortage of dollars and fuel, Economy Minister X announced": a
// clause ending in a lower-case word before a comma and a capitalised title tells what the holder said, not who they are.
const CLAUSE_BEFORE_TITLE_RE = /[\p{Ll}\d],\s+(?=(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Minister|Secretary|President|Spokesman|Spokeswoman|Spokesperson|Governor|Ambassador|Commissioner)\b)/gu;
const TITLE_AFTER_CLAUSE_REACH = 40;
const QUOTED_BY_AGENCY_RE = /^\s+was\s+quoted\s+by\s+((?:the\s+)?[^,]{0,40}?\b(?:news\s+)?agency\b[^,]{0,40}?)\s+as\s+saying\b/;
const RELATIVE_ASIDE_RE = /^\s*,\s+who\s[^,]{1,80},/;
const TOLD_THE_PRESS_RE = /^\s*(?:told|tells)\s+(?:reporters|journalists|(?:a|the)\s+(?:regular\s+|daily\s+|weekly\s+)?(?:press|news)\s+(?:briefing|conference)|state\s+(?:television|media|radio))\s+$/;
const ADDRESSEE_CUE_RE = /^\s*(?:warn(?:ed|s)?|urg(?:ed|es)|told|tells|ask(?:ed|s)|call(?:ed|s)?\s+on|accus(?:ed|es)|remind(?:ed|s)|cautioned)\s*$/i;
// "In Baku, Azerbaijan's foreign ministry …", "The Cuban government …": a country's government opening a sentence.
const GOVERNMENT_OPENING_RE = /^(?:In [^,]{1,40}, )?(?:[Tt]he )?([\p{Lu}][\p{L}.’' -]{1,30}?)(?:['’]s)?\s+(?:[Ff]oreign [Mm]inistry|[Mm]inistry of [Ff]oreign [Aa]ffairs|[Gg]overnment|[Pp]residency)\b/u;
const GOVERNMENT_OPENING_REACH = 120;
// "The Department of State of the United States": a capitalised name, with its function words, opening a sentence.
const NAMED_BODY_OPENING_RE = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}.-]*))*(?=\s+\p{Ll})/u;
const INTERNATIONAL_OPENING_REACH = 80;
// "In Moscow, ", "Back in Bishkek, ": a sentence opening with where it happens.
const SCENE_OPENING_RE = /^(?:Back in|In) \p{Lu}[\p{L}.’' -]{1,30},/u;
const SCENE_OPENING_REACH = 40;
// "On fertilisers, …", "On the grain corridor, …": a sentence opening on a topic, not a time.
const TOPIC_OPENING_RE = /^On\s+(?:the\s+)?\p{Ll}[\p{Ll} -]{2,40},\s/u;
const TOPIC_OPENING_REACH = 50;
// "India's minister of state for sports", "the Indian minister of state for sports": a country's office named before.
// Ending in a letter: "Russia to build a port in Myanmar's Dawei - Deputy Prime Minister" names no owner.
const OFFICE_OWNER_RE = /(\p{Lu}[\p{L}.’' -]{0,29}?[\p{L}.])(?:['’]s)?\s+$/u;
const OFFICE_OWNER_REACH = 32;
const FORMER_OWNER_RE = /\b(?:former|ex-|then-)\s*$/i;
const OFFICE_TITLE_MAX = 60;
// "ministers meeting in Kingston": a place right after a preposition, where something happens.
const PLACE_PREPOSITION_BEFORE_RE = /\b(?:in|at|from|to|of|near)\s+$/;
// ", where he has lived since 2021": a place the speaker lives in.
const LIVED_THERE_AFTER_RE = /^,\s+where\s+(?:he|she|they)\s+(?:has|have|had)\s+(?:lived|been\s+living|been\s+based)\b/;
const LIVED_THERE_REACH = 40;
// "days after reports in", "following talks in": a place of another event, between the cue and the place.
const EVENT_BETWEEN_RE = /\b(?:after|before|following|amid|despite|ahead\s+of)\s+(?:\p{L}+\s+){0,3}$|\b(?:days?|weeks?|hours?)\s+after\b/u;
// "His host, Foreign Minister X".
const HOST_RE = /^\s*(?:[Hh]is|[Hh]er|[Tt]heir)\s+hosts?\b/;
// "his counterpart in Lahore, " right before an office holder's title and name.
const COUNTERPART_IN_RE = /\bcounterparts?\s+(?:in|from)\s+(\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2}),\s*$/u;
const COUNTERPART_REACH = 60;
// "the Italian island of Lampedusa", "the Honduran port of San Lorenzo": a place the story gives its country.
const INTRODUCED_PLACE_RE = /\bthe\s+(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)\s+(?:island|town|city|port|village|province|region|county|district|resort|enclave)\s+of\s+(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){0,2})/gu;
// "In Zamboanga City, ", "Across the fence in Nogales, Sonora, ": the city a sentence opens in, and its state or province.
const CITY_OPENING_RE = /^(?:In|On|(?:Across|Back|Over|Down|Up|Farther|Further)(?: \p{Ll}+){0,3} in) (\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}),(?: (\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2}),)?/u;
// "The Tripoli-based Government of National Unity", "the Aden-based government": a government and the city it sits in.
const CITY_BASED_GOVERNMENT_RE = /\b(\p{Lu}[\p{L}’'.]+(?: \p{Lu}[\p{L}’'.]+)?)-based\s+(?:[Ii]nterim\s+|[Rr]ival\s+|[Tt]ransitional\s+)?(?:[Gg]overnment|[Aa]dministration|[Aa]uthorities)\b/u;
// "government in Aden", "the authorities in Port Sudan": an office placed in a city, closing the phrase.
// "Officials in Ca Mau province": the kind of place may follow its name.
// "Authorities in the Inner Mongolia Autonomous Region, where …,": the article and a relative clause may stand around it.
const CITY_IN_PHRASE_RE = /\s(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}?)(?:\s+(?:province|state|region|district|county|prefecture|governorate|[Aa]utonomous\s+[Rr]egion))?(?:,\s+(?:where|which)\s[^,]*)?[\s,]*$/u;
// How far past its subject the verb of a government's own plans is looked for.
const OWN_PLANS_REACH = 40;
// What a country does of its own accord after it opens a reported clause ("Seychelles could take in", "Spain will pay",
// "Djibouti remains"), unlike what others demand of it ("Russia must withdraw").
const SELF_CLAUSE_VERB_RE = /^\s+(?:(?:would|will|could|can|remains|remained|intends|intended|plans|planned|wants|wanted|hopes|hoped|fears|feared)\b|(?:does|did) not\b|won['’]t\b|(?:is|was|stands|stood) ready\b|(?:has|had)\s+(?:asked|requested|sought|applied)\b|is\s+seeking\b)/;
// How many sentences into a story its lead may stand (after a headline, a subheading and a byline).
const LEAD_REACH = 4;
const SENTENCE_CLOSE_RE = /[.!?]["”’]?\s*$/;
// Between two countries named together: "India, Iran", "Russia and China".
const JOINED_RE = /^(?:,|\s+and)\s+(?:the\s+)?$/;
// "The British High Commission", "the U.S. Embassy in Dhaka": a country's diplomatic mission right after its name.
const MISSION_AFTER_RE = /^['’]?s?\s+(?:[Hh]igh [Cc]ommission|[Ee]mbassy|[Cc]onsulate|[Mm]ission)\b/;
const MISSION_REACH = 20;
// "The Saudi delegation was led by", "the Iranian side by", "Russia's team, headed by": whose side a person leads.
const LED_DELEGATION_RE = /\b([\p{L}’'.]+(?:\s+[\p{L}’'.]+)?)\s+(?:delegation|side|team|negotiators)(?:\s*,)?\s+(?:(?:was|were|is|are|being)\s+)?(?:(?:led|headed)\s+)?by\s+$/u;
const LED_DELEGATION_REACH = 60;
const COMMAND_TAKEN_RE = /^,?\s+(?:(?:on|this|last)\s+\p{L}+\s+)?(?:took|takes|assumed|assumes|has taken|has assumed)\s+(?:over\s+)?(?:command|charge|the helm|the leadership)\s+of\s+([^.;]{2,80})/u;
const COMMAND_TAKEN_REACH = 120;
// A country opening the sentence, maybe with a clause in commas, then "was represented by".
const REPRESENTED_BY_RE = /^(\p{Lu}[\p{L}’'.]+(?:\s+\p{Lu}[\p{L}’'.]+)?)(?:,[^,;]{1,200},)?\s+(?:was|is|will\s+be|had\s+been)\s+represented\s+by\s+$/u;
// "X, who is leading Malaysia's delegation to the meetings,", "X, who led the Saudi delegation,": the side a person leads.
const LEADS_DELEGATION_AFTER_RE = /^,\s+(?:who\s+(?:is\s+|was\s+|has\s+been\s+)?)?(?:leading|led|leads|heads|headed|heading)\s+((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+)?)\s+(?:delegation|team|negotiators|side)\b/u;
// "An Indian Army officer familiar with the talks told PTI … According to the officer, …": unnamed sources referred back to.
const UNNAMED_BACK_RE = /^the\s+(?:officer|sources?|delegate)$/i;
const DESCRIBED_MENTIONS = 3;
// "In Oslo, …", "In neighbouring Rwanda, …".
// "Speaking by video link from Brasília,": where one speaks from is where one is.
const VENUE_BEFORE_RE = /\b(?:in|at)\s+(?:the\s+)?(?:neighbou?ring\s+)?$|\b(?:[Ss]peaking|link|telephone|phone|video)\s+from\s+$/i;
const VENUE_REACH = 24;
// "In Necocli, on Colombia's Caribbean coast,": a place, then the part of a country it is in.
const PLACE_THEN_PART_BEFORE_RE = /\p{Lu}[\p{L}\p{M}'’-]+,\s+(?:on|in)\s+$/u;
const COUNTRYS_PART_AFTER_RE =
  /^['’]s\s+(?:(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+|(?:Caribbean|Pacific|Atlantic|Baltic|Black Sea|Red Sea|Mediterranean|Gulf|Arctic)\s+)?(?:coast|border|frontier|region|province|highlands|interior|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b/u;
const DEMONYM_VENUE_RE = /^\s+(?:parliament|legislature|national assembly|senate|capital)\b/i;
const DEMONYM_VENUE_REACH = 20;
const EMBASSY_IN_BEFORE_RE = /\b(?:embassy|consulate|mission)\s+in\s+$/i;
const EMBASSY_AFTER_OWNER_RE = /^(?:['’]s)?\s+(?:embassy|consulate|mission)\s+in\s+$/i;
// "said in a statement issued in Port Sudan": where a statement was issued.
const STATEMENT_ISSUED_IN_RE = /^[^.;“”"]{0,30}\bstatement\s+(?:issued|released|published|sent)\s+(?:in|from)\s+(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)/u;
// "EU interior ministers met in", "a meeting of EU justice ministers in", "the NATO summit in": where ministers or
// leaders of several countries met.
const MEETING_HELD_IN_RE = /\b(?:(?:ministers|leaders|heads\s+of\s+state|delegates|delegations)\s+(?:\p{Ll}+\s+){0,2}(?:met|meet|meets|gathered|convened)\s+|(?:meeting|summit|session|conference)\s+of\s+(?:[\p{L}-]+\s+){1,5}|(summit)\s+)(?:in|at)\s+$/iu;
const MEETING_HELD_REACH = 80;
const AT_THE_BEFORE_RE = /(?:^|\s)[Aa]t\s+(?:the\s+)?$/;
// "In The Hague, …": nothing but "In" before the seat that opens the sentence.
const SEAT_OPENING_RE = /^In\s+$/;
const REACHED_IN_BEFORE_RE = /\b(?:[Jj]oined|[Rr]eached|[Cc]ontacted|[Ii]nterviewed)\s+by\s+(?:tele)?phone\s+in\s+$/;
const RESIDENCE_BEFORE_RE = /\b(?:lives|lived|living|resides|resided|residing|settled|exiled)\s+(?:in\s+exile\s+)?in\s+$/;
const CIVIC_BODY_RE = /\p{Lu}[\p{L}'’-]*\s+(Forum|Network|Foundation|Association|Society|Watch|Campaign)\s*$/u;
const REPRESENTS_MEMBERS_RE =
  /\bwhich\s+represents\s+(?:(?:about|some|more than|nearly|around|over)\s+)?(?:[\d,.]+\s+)?(?:[\p{L}-]+\s+){0,2}?(families|relatives|victims|members|companies|firms|businesses|workers|employees|farmers|growers|producers|exporters|manufacturers|truckers|employers|residents|journalists|doctors|retailers|importers|miners|fishermen|shipowners|investors|autoworkers|unions)\b/u;
const TRADE_NAMED_COMPANY_RE = /\p{Lu}[\p{L}'’-]*\s+(Energy|Mining|Minerals|Resources|Petroleum|Lithium|Motors|Steel|Airlines|Airways|Logistics|Technologies|Electronics|Pharmaceuticals)\s*$/u;
const BODY_SEAT_RE = /^['’]?s?\s+(?:headquarters|HQ|secretariat)\b/;
// "Israeli artillery", "Russian forces", "Chinese coast guard ships": the arm of a state that carried out an act.
const ARMED_FORCE_RE = /^\s+(?:artillery|forces|troops|soldiers|jets|fighter jets|warplanes|aircraft|drones|tanks|warships|gunboats|navy|army|military|coast guard(?: ships| vessels)?|border guards|border police|security forces)(?=\s)/;
// Right after a country opening a reported clause: an attack or incursion it made, which others report.
const HOSTILE_ACT_RE = /^\s+(?:\w+ly\s+|again\s+)?(?:fired|test-fired|attacked|shelled|struck|bombed|seized|violated|intruded|invaded|detained|captured|downed|shot down|removed|destroyed|boarded|opened fire|confiscated|launched\s+(?:\S+\s+){0,3}?(?:missiles?|rockets?|attacks?|strikes?|drones?|an offensive|an incursion)|sent (?:warships|troops|drones|aircraft|jets))\b/;
// "Asmara had moved troops": the auxiliary before what a country did.
const PERFECT_AUXILIARY_RE = /^\s+(?:had|has|have)\s+(?:\w+ly\s+)?/;
// "had moved "several mechanized divisions" toward the border", "has massed troops": a build-up against another country.
const BUILD_UP_RE = /^\s+(?:moved|massed|amassed|deployed|mobili[sz]ed)\b/;
// "munitions maker Nordvakt Defence", "state oil company Petrobras": the trade and its word right before a company's name.
const COMPANY_BEFORE_REACH = 24;
// "nuclear fuel group Orvane": a group named by its trade (a company, a party, a campaign) is no state.
const GROUP_BEFORE_RE = /\b(group)[ \t]+$/;
// "Huaxin Nuclear Power Group": the words that end a company's full name.
const COMPANY_NAME_END_RE = /^(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(Group|Corporation|Corp|Company|Holdings)\b/u;
// "Basra Governor X", "Florida Governor Y", "Ruse Mayor Z", "Ogun State Governor", "Sindh Chief Minister", "New South
// Wales Premier", "Jammu and Kashmir Chief Minister", "Kampot provincial police chief", "the West Bengal government": a
// place named before its own office.
const PLACE_OFFICE_RE =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s(?:and\s)?(?!(?:State|Province|Region|County|Prefecture)\b)\p{Lu}[\p{Ll}'’-]+){0,2})(?:\s+(State|Province|Region|County|Prefecture))?\s+(?:(?:provincial|state|district|regional|county|city)\s+)?(?:[Gg]overnor|Gov(?=\.)|[Mm]ayor|[Pp]remier|[Pp]olice [Cc]hief|[Cc]hief [Mm]inister|[Ss]uperintendent|[Gg]overnment|[Aa]dministration|[Cc]abinet|[Ll]egislature)\b/u;
// "Texas Agriculture Commissioner X", "Arizona Attorney General Y": a state's office with its portfolio between the two.
const PLACE_PORTFOLIO_OFFICE_RE = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{Ll}'’-]+\s){1,3})(?:Attorney General|Secretary of State|Lieutenant Governor|Lt\. Gov\.|Comptroller|Treasurer|Commissioner)\b/u;
// "the Oklahoma Republican who wrote the provision", "a Texas Democrat": a lawmaker's state and party.
const PLACE_PARTY_RE = /\b(?:an?|the)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)\s+(?:Republican|Democrat|Democratic\s+(?:senator|congressman|congresswoman|lawmaker|representative|governor))\b/u;
// "Sen. John Ames (R-Ariz.)", "Sen. Karen Ostby, D-Minn.,": a member of Congress's party and state, as US copy abbreviates them.
const PARTY_STATE_RE = /[(,]\s?(?:R|D|I)[-–](\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?=[),])/u;
// A governor or mayor by title alone ("Gov. X", "the Republican governor"), and what their statement may open with: a
// place as the subject of a plan or a claim ("Texas will add …", "that Sonora would install …").
const LOCAL_HEAD_RE = /\b(?:Gov\.|(?:[Gg]overnor|[Mm]ayor)\b)/;
const PLACE_SUBJECT_RE = /^(?:that\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:will|would|has|had|is|was|must|could|can|plans|intends|wants)\b/u;
const PLACE_SUBJECT_REACH = 60;
// "… operated by Blauwasser Hilfe, a charity based in Hamburg.", "Much of the east is held by the M23 rebel group.": a
// named body and what the sentence's last words call it.
// "The general contractor will be the St. Petersburg-based company X.": or the one it is; a period inside the sentence is an abbreviation's.
const DESCRIBED_BODY_CLOSING_RE = /(?:\p{Lu}[\p{L}'’&.-]*,\s+(an?\s+(?:[^,;.]|\.(?!\s*$)){3,60})|\b(?:by|of|from|with|be|is|was)\s+(the\s+(?:[^,;.]|\.(?!\s*$)){3,60}))\.?\s*$/u;
// "Sicily's regional president", "Saxony's state premier", "Nyeri county's deputy governor", "Balochistan's chief minister",
// "Baden-Württemberg's environment minister": an office a place's possessive owns.
const PLACES_OFFICE_RE =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*(?:\s\p{Lu}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)*)?)(?:\s+(?:state|province|region|district|county|prefecture|governorate))?['’]s\s+(?:(?:regional|provincial|state|district|county|deputy|chief)\s+)*(?:governor|mayor|premier|president|commissioner|administrator|police chief|(?:\p{Ll}+\s+){0,2}minister)\b/u;
// "of Pará state", "of central Quang Ngai province", "in Cox's Bazar", "from Quetta", "of the province of Puno": a place
// named after an office, its words capitalised (particles such as "do" and "de" inside).
const PLACE_AFTER_OFFICE_RE =
  /\b(?:of|for|in|from)\s+(?:the\s+)?(?:(?:state|province|region|district|county|prefecture|department|governorate|city|town|municipality)\s+of\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|coastal|border)\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]*|d[aeo]s?|del|di|du|la|al|el))*)/gu;
// What a place has of its own ("governor", "chief minister", "the People's Committee", "the president of Sardinia") or elects
// ("senator from Quetta").
const LOCAL_OFFICE_RE =
  /\b(?:governor|ruler|mayor|chief minister|premier|prefect|police|commissioner|administrator|committee|council|assembly|legislature|senator|lawmaker|legislator|deputy|congress(?:man|woman)|representative|MP|member of parliament|provincial|regional|municipal|administration|president)\b/i;
// A diplomat in a city speaks for the country that sent them ("the consul general in Mumbai").
const DIPLOMAT_RE = /\b(?:ambassador|consul|envoy|embassy|consulate|attach[eé]|mission|delegation|high commission)/i;
// "the ministry's spokesman": an office of a state body the story named by its kind.
const OWNING_BODY_KINDS = 'ministry|government|embassy|presidency|department|office|agency|army|navy|military|council|commission';
const OWNING_BODY_RE = new RegExp(`\\bthe (${OWNING_BODY_KINDS})['’]s\\b`, 'i');
// "The service's director, X", "the institute's director": and of a national service or institute, when no nationality
// after the name makes the holder a body's of several countries.
const SERVICE_KINDS = 'service|institute|directorate|bureau|regulator';
const STATE_BODY_OWNING_RE = new RegExp(`\\bthe (${OWNING_BODY_KINDS}|${SERVICE_KINDS})['’]s\\b`, 'i');
const OPENING_STATE_BODY_RE = new RegExp(`^\\s*the\\s+(?:${SERVICE_KINDS}|agency)['’]s\\s`, 'i');
// The kinds by which wire copy names a body it has named in full ("the bank" has readings of its own).
const BODY_KINDS = 'court|authority|commission|agency|council|fund|tribunal|secretariat|board|forum|league';
// A government named by a possessive before its office ("the rival administration's foreign minister").
const BODY_OWNS_OFFICE_RE = /\b(?:government|administration|authorities|junta|regime)['’]s?\s+\p{L}/iu;
// "the eastern-based government's", "the southern administration's": a government of one part of a country.
const REGIONAL_GOVERNMENT_RE = /\bthe\s+(east|west|north|south)(?:ern)?(?:-based)?\s+(?:government|administration|authorities)['’]s?\s/iu;
// "the bank's governor", "a spokesperson for the court": a body named by its kind.
const BODY_BY_KIND_RE = new RegExp(`\\b(?:the|its)\\s+(bank|${BODY_KINDS})(?:['’]s\\b|\\s*,?\\s*$)`, 'i');
// "The commission", "the centre": a body named by its kind alone.
const BODY_ALONE_RE = new RegExp(`^(?:[Tt]he|[Ii]ts)\\s+(${BODY_KINDS}|centre|center|institute|committee)$`);
// "Commission chairman X", "Court spokesman X", "Several Forum diplomats", "Party chairperson X": an office or the staff
// of a body named by its capitalised kind alone.
const BODY_OFFICE_RE = new RegExp(
  `^(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\\s+)?(?:senior\\s+)?(${BODY_KINDS.split('|').map((kind) => kind[0]!.toUpperCase() + kind.slice(1)).join('|')}|Party)\\s+(?:chair(?:man|woman|person)?|president|head|director|spokes(?:man|woman|person)|secretary|commissioner|officials?|diplomats?|sources?|delegates?|negotiators?|staff)\\b`,
);
// "The Forum's secretary-general, Samoan diplomat X": an office of a body named by its kind, opening the phrase.
// "Grossi, an Argentine diplomat", "Grossi, an Argentine": a name and, set off by a comma, only the bearer's nationality.
const NATIONALITY_APPOSITION_RE = /^[^,]+,\s+an?\s+\p{Lu}\p{Ll}+(?:\s+(?:diplomat|national|citizen|official|economist|lawyer|politician|career diplomat))?,?$/u;
const OPENING_BODY_BY_KIND_RE = new RegExp(`^\\s*(?:the|its)\\s+(?:bank|${BODY_KINDS})['’]s\\s`, 'i');
// "Forum Secretary General X", "Commission President Y": a body named by its kind, capitalised, before its office's title.
const BODY_KIND_BEFORE_TITLE_RE = /^(?:[Tt]he\s+)?(Court|Authority|Commission|Agency|Council|Fund|Tribunal|Secretariat|Board|Forum|Bank)\s+(?:Secretary[- ]General|(?:Vice[- ])?President|Chair(?:man|woman|person)?|Director(?:[- ]General)?|[Ss]pokes(?:man|woman|person)|[Cc]hief)\b/;
// "The envoy, Greek diplomat X", "The outgoing commander, Hungarian Major General X": an office's noun alone, then its holder.
// "… its administrator said. ¶ Administrator Ricardo Almengor told": the same office as a title, then its holder.
const ROLE_TITLED_RE = /^\s*(Administrator|Envoy|Commander|Mediator|Negotiator|Coordinator|Rapporteur)\s+\p{Lu}\p{Ll}/u;
const ROLE_APPOSED_RE = /^[Tt]he\s+(?:(?:outgoing|new|incoming|special|chief|senior|deputy)\s+)?(envoy|commander|head|chief|mediator|negotiator|representative|coordinator|rapporteur),\s+\p{Lu}/u;
const SPOKESPERSON_FOR_NAME_RE = /^(?:[Aa]n?|[Tt]he)\s+(?:spokes(?:man|woman|person)|representative)\s+for\s+(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3})$/u;
const FIRM_IN_CONTENT_RE = /^(?:that\s+)?(?:the|its)\s+(?:company|firm|group|carmaker|automaker|chipmaker|maker|lender|bank|airline|carrier|insurer|miner|operator)\b/i;
const DIPLOMATIC_TITLES = new Set(['ambassador', 'envoy', 'representative', 'consul', 'chargé', 'charge']);
// "Lieutenant Colonel X … the officer said": the ranks an officer holds.
const OFFICER_RANKS = new Set(['colonel', 'general', 'major', 'captain', 'lieutenant', 'commander', 'admiral', 'brigadier', 'commodore', 'superintendent', 'inspector']);
const EXILE_RE = /\bexiled\b|\bin exile\b/i;
// "South Korea's top diplomat": a foreign minister named by what the office does.
const TOP_DIPLOMAT_RE = /\b(?:top|chief)\s+diplomat\b/i;
// How far after a name its relative clause is read ("…, who co-leads the Social Democrats,").
const RELATIVE_CLAUSE_REACH = 80;
// A party's members in the plural, which close a run of capitals no person is named by ("the Social Democrats").
const PARTY_MEMBERS = new Set(['democrats', 'republicans', 'socialists', 'conservatives', 'liberals', 'greens', 'communists', 'nationalists']);
// After a venue opening the sentence, a meeting held there: "in Luxembourg on the sidelines of a meeting of …".
const MEETING_AFTER_VENUE_RE = /^\s+(?:on the (?:sidelines|margins) of|at an?\s+(?:[\p{L}-]+\s+){0,4}(?:meeting|summit|conference|forum|session|gathering)\b|for\s+(?:talks|an?\s+(?:[\p{L}-]+\s+){0,3}(?:meeting|summit|conference))\b|during an?\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour)\b)/u;
const MEETING_AFTER_REACH = 60;
// The last word of an agency's name that copy later calls "the agency" ("National Intelligence Service (NIS)").
const AGENCY_NAME_END_RE = /\s(?:service|bureau|administration)(?:\s+\([\p{Lu}\s]+\))?$/u;
// How far after a name its apposition is read ("…, Deputy Ruler of Fujairah,").
const APPOSITION_REACH = 80;
// How far after the courtesy the name it was given to may start ("His Highness Sheikh Khalid …").
const HONORED_NAME_REACH = 40;
// Right after a country opening what was said, its envoy summoned or expelled by the host.
const ENVOY_SUMMONED_RE = /^\s+(?:(?:deputy|acting|top)\s+)?(?:ambassadors?|envoys?|charg[eé]s? d['’]affaires|diplomats?|consuls?(?:\s+general)?)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:was|were|had been|has been|have been)\s+(?:summoned|called in|expelled|declared)\b/u;
// A sentence opening with whom its speaker speaks for ("Speaking for Poland, …", "On behalf of the Group of 77, …").
const SPEAKING_FOR_RE = /^\s*(?:(?:[Ss]peaking|[Tt]alking)\s+(?:for|on behalf of)|On behalf of)\s+(?:the\s+)?/;
const GROUP_SPOKEN_FOR_RE = /\b(?:group|bloc|countries|nations|states|members|coalition|alliance|union)\b|\bG-?\d+\b|\bGroup of\b/i;
// A party's leader or the leader of its lawmakers, named by a relative clause.
const PARTY_LEADER_RE =
  /\bwho\s+(?:co-)?(?:leads|heads|chairs)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:[Pp]arty|Democrats|Socialists|Conservatives|Greens|Liberals|Republicans|Rally|Front|League|Movement|deputies|lawmakers|senators|parliamentary group)\b/u;
// "the opposition", "Conservative justice critic X" (a portfolio's critic, not "a harsh critic of X").
const OPPOSITION_RE = /\bopposition\b|\b(?:affairs|safety|finance|health|defen[cs]e|immigration|trade|energy|environment|justice|security|economic|labou?r|education|transport|housing|agriculture|fisheries)\s+critic\b/i;
// "Tehran reacted with caution.", "Russia, whose pipeline …, is watching the project closely.": a capital or a country as
// the subject of a short sentence of its own.
const CAPITAL_REACTS_RE = /^\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?(?:,\s+(?:whose|which)\s[^,;]{1,100},)?\s+(?:reacted|responded|was|is|remained|appeared|struck|took)\b[^,;]{0,50}$/u;
// "X, the Chilean diplomat who heads the agency,": an office holder described by the body they head.
const HEADS_BODY_RE = /\bwho\s+(?:heads|leads|runs|chairs|directs)\s+the\s+(agency|organi[sz]ation|watchdog|body|commission|fund|bank|programme|program|mission|bloc|alliance|court|tribunal|council)\b/;
// "The kingdom's energy minister", "The Kingdom, which chaired the meeting,", "the Sultanate's Foreign Ministry": wire
// copy's name for a monarchy it has named.
const REALM_BY_KIND_RE = /^[Tt]he\s+(kingdom|sultanate|island)(?=['’]s\s|\s*,|\s*$)/i;
const REALMS: Record<string, Set<string>> = {
  kingdom: new Set(['SA', 'JO', 'MA', 'BH', 'TH', 'KH', 'ES', 'GB', 'NL', 'BE', 'NO', 'SE', 'DK', 'BT', 'LS', 'SZ', 'TO']),
  sultanate: new Set(['OM', 'BN']),
  // States wire copy calls "the island" ("… firms from Taiwan … The island's economic affairs authority said"); not those
  // that share their island, as Ireland, Haiti or the Dominican Republic.
  island: new Set('TW CY LK CU JM MT IS MG MU SG BH BB TT CV ST KM SC MV FJ WS TO NR PW MH KI TV VU SB BS LC VC GD AG KN DM BN'.split(' ')),
};
const CHAMBER_LISTENER_RE = /^\s*(?:told|addressed|said in|in|to)\s+(?:the\s+)?(\p{Lu}[^,;]{1,40}?)\s+(?:that\b|on\b|in\b|,|$)/u;
// How far back a body named by its kind may have been named in full.
const NAMED_BODY_REACH = 5000;
// "Justice Commissioner", "the commissioner for budget and administration", "EU Trade Commissioner" (not a high, police,
// county or election commissioner, nor a country's own: "Kenya's commissioner").
const EU_COMMISSIONER_RE = /^\s*(?:[Tt]he\s+)?(?:(?:European|EU|E\.U\.)\s+)?(?:(?!High\b|Police\b|County\b|Election\b|Assistant\b|Deputy\b)\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}\s+Commissioner\b|[Cc]ommissioner\s+(?:for|in\s+charge\s+of)\s+(?![Hh]uman\s+[Rr]ights|[Pp]olice)\p{L})/u;
// The European Union by the names a story gives it.
const EU_CUE_RE = /^(?:EU|E\.U\.|European Union|Brussels)$/;
// … and by its executive's ("the European Commission").
const EU_OR_COMMISSION_RE = /^(?:EU|E\.U\.|European Union|European Commission|Brussels)$/;
// Offices of a country's own regions and legislature.
const DOMESTIC_OFFICE_RE = /\b(?:Gov|Sen|Rep)\.(?=\s)|\b(?:[Gg]overnor|akim|[Pp]arliament(?:ary)? [Ss]peaker|[Ss]peaker of (?:the )?(?:[Pp]arliament|[Hh]ouse|[Nn]ational [Aa]ssembly)|[Ss]enator|[Mm]ayor|[Ll]awmakers?|[Ll]egislators?|[Pp]arliamentarians?|[Mm]embers? of (?:the )?[Pp]arliament|[Oo]pposition [Dd]eput(?:y|ies)|[Cc]ongress(?:wo)?man|MPs?)\b/;
// A town's office, held at home (see homeOrEarlier).
const MAYOR_RE = /\b[Mm]ayor\b/;
// How far after a place its "-headquartered" may reach.
const SEATED_AFTER_REACH = 14;
// "regional Governor X", "the provincial governor": a region's own office, with no region named.
const REGIONAL_GOVERNOR_RE = /^\s*(?:the\s+)?(?:regional|provincial)\s+[Gg]overnor\b/;
// "Her deputy, X", "his spokesman", "His Conservative shadow": one who works for or shadows the person meant (not "his
// counterpart", who holds the same office elsewhere).
const AIDE_OF_PRONOUN_RE = /^([Hh]is|[Hh]er)\s+(?:\p{L}+\s+)?(?:deputy|spokes(?:man|woman|person)|adviser|advisor|aide|chief of staff|shadow)\b/u;
// "Ambassador X", "the ambassador": a state's envoy abroad, named by the title alone.
const ENVOY_TITLE_RE = /^(?:[Tt]he\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé] d['’]affaires)\b/;
// How many sentences back a paragraph's opening scene still holds.
const SCENE_PARAGRAPH_REACH = 3;
// The listener and what it is: "Hungarian state media", "the Polish public broadcaster".
const PRESS_LISTENER = String.raw`(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(?:(?:state(?:-run)?|public|national|state-owned)\s+)?(?:media|television|TV|radio|broadcaster|newspaper|daily|reporters|journalists|press)\b`;
// "Speaking to Hungarian state media", "told Polish public television": a listener of the speaker's own country.
const PRESS_LISTENER_BEFORE_RE = new RegExp(String.raw`^(?:[Ss]peaking|[Tt]alking|[Ii]n an interview)\s+(?:to|with)\s+${PRESS_LISTENER}`, 'u');
// "traveled to Damascus, where he met ", "arrived in Hanoi, where she held talks with ": a visit, then whom it met.
const MET_WHERE_VISITED_RE = /\b(?:travell?ed|flew|went|arrived|came|moved on)\s+(?:on\s+)?(?:to|in)\s+(\p{Lu}[\p{L}.’' -]{1,30}?),\s+where\s+(?:he|she|they|the\s+\p{Ll}+)\s+(?:met|held\s+talks\s+with|talked\s+with|was\s+received\s+by)\s+$/u;
// An office one person holds, closing an unnamed speaker's phrase: "a JCS official", "the ministry spokesman".
const UNNAMED_HOLDER_RE = /\b(?:official|officer|spokes(?:man|woman|person)|diplomat|commander|envoy|aide|adviser|advisor)$/i;
// "At the United Nations, ": a sentence opening in a house, then the speaker.
const AT_BODY_OPENING_RE = /^At\s+(?:the\s+)?\p{Lu}[\p{L}. ]{1,40},\s+$/u;
// A capital after the phrase's first word: a name, or a body or country that places the office itself.
const UNNAMED_EXCEPT_OPENING_RE = /\s\p{Lu}/u;
// "Explaining China's abstention, …", "Defending Brazil's vote, …": a participle opening the sentence, then whose stand.
const POSITION_EXPLAINED_RE = /^(?:Explaining|Defending|Justifying)\s+(\p{Lu}[\p{L}.’' -]{1,30}?)['’]s\s+[\p{Ll} -]{1,40},\s+$/u;
const PRESS_LISTENER_AFTER_RE = new RegExp(String.raw`^\s*(?:told|tells)\s+${PRESS_LISTENER}`, 'u');
// An office one person holds, closing a phrase: "Angola's foreign minister", "the ministry spokeswoman".
const ONE_OFFICE_HOLDER_RE = /\b(?:minister|spokes(?:man|woman|person)|secretary|ambassador|envoy|president|premier|chancellor|governor|commander|mediator|adviser|advisor)$/i;
// "SeaBridge's head of mission, X": a capitalised owner, then the office it holds.
const OWNER_BEFORE_OFFICE_RE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})['’]s\s+\p{Ll}/u;
// "A senior official in Tully's department": someone inside the office of an owner named by a possessive.
const INSIDE_OWNERS_OFFICE_RE = /\b(?:in|at|from|within)\s+(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3})['’]s\s+(?:department|office|ministry|cabinet|government|administration|team|staff|entourage|delegation)\b/u;
// Titles a Treasury abroad gives and the US one does not ("Treasury Cabinet Secretary").
const FOREIGN_TREASURY_AFTER_RE = /^\s+(?:Cabinet|Principal|Permanent)\s+Secretary\b/;
// Words that make a speaker a visitor to the place named after them (see venueAfter).
const VISITOR_RE = /\b(?:counterparts?|visit|visiting)\b/i;
// "after meeting Saudi officials", "talks with his Vietnamese counterpart": whose officials a speaker met.
const MET_HOSTS_RE = /\b(?:meeting|met|meets|talks with|meeting with)\s+(?:(?:his|her|their|the|senior|top)\s+)?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(?:officials|counterparts?|leaders|ministers|authorities)\b/gu;
// "was in Washington for talks", "in Beijing on a state visit": a place the speaker visits, not the one they speak for.
const VISIT_AFTER_RE = /^\s+(?:for\s+(?:talks|a\s+visit|an?\s+official\s+visit|meetings|a\s+summit|a\s+meeting)|on\s+an?\s+(?:\w+\s+)?visit|to\s+attend|on\s+the\s+sidelines\s+of)\b/i;
// How far before a name its describing words may start, in characters.
const DESCRIBING_REACH = 160;
// Where the words describing a name stop, reading leftwards from it. A finite verb ends them
// too: "Washington is rolling out the red carpet for X" names a host, not X's country.
const PREFIX_BOUNDARIES = ['“', '”', '"', ';', ':', ' – ', ' — ', ' - ', ' -- ', '/.', ' said', ' told', ' that ', ' as saying', ' quoted', ' after ', ' when ', ' while ', ' between ', ' with ', ' alongside ', ' beside ', ' against ', ' by ', ' including ', ' met ', ' made ', ' urged ', ' called on ', ' is ', ' are ', ' was ', ' were ', ' has ', ' have ', ' had ', ' will ', ' would ', ', and the ', ', and its ', ', and his ', ', and her ', ', and their ', ", the country's ", ', the country’s '];
// Every place a boundary starts, overlapping ones included (a lookahead matches at each
// position; boundaries that start alike part before they end, so one alternative per position is enough).
// ", and its minister, X,": after a clause's ", and", a determiner opens the phrase of an office; so does ", the country's"
// after what the country did ("Equatorial Guinea has invited Russian companies …, the country's Minister of Mines X said").
// One pass of an expression instead of a lastIndexOf per boundary, for every speaker mention.
const PREFIX_BOUNDARY_RE = new RegExp(`(?=(${PREFIX_BOUNDARIES.map((m) => m.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')}))`, 'g');
// Boundaries that open a prepositional phrase: what follows them up to a comma is its object, not a title.
const PREPOSITION_BOUNDARIES: ReadonlySet<string> = new Set([' after ', ' when ', ' while ', ' between ', ' with ', ' alongside ', ' beside ', ' against ', ' by ', ' including ']);
// An office of the body or person just quoted, opening the sentence before its holder's name: "Its
// secretary-general, ", "Its chief in Sudan, ", "His spokesman, ", "The agency's spokeswoman, ". Not "Her counterpart, ",
// who holds the same office on the other side.
const ITS_OFFICE_RE = /^\s*(?:Its|Their|His|Her|The (?:agency|organi[sz]ation|body|mission)['’]s)\s+(?!(?:\p{Ll}+\s+)?(?:counterparts?|opposite numbers?|rivals?|opponents?)\b)[\p{Ll}\s-]{2,40}(?:\s(?:in|for|to)\s+\p{Lu}[\p{L}\s.'’-]{1,30})?,\s/u;
// After a nationality opening a sentence, the words that make it a state's voice ("Indian officials were more guarded.").
const STATE_VOICE_AFTER_RE = /^\s+(?:officials|authorities|government|diplomats|ministers|leaders|negotiators)\b/;
// "the country's climate envoy", "the nation's foreign minister", "the island's defence ministry", "the republic's
// ambassador": an office of the country just named.
const THE_COUNTRYS_RE = /^\s*the\s+(?:country|nation|island|republic)['’]s\s+\p{L}/iu;
// "The kingdom's Ministry of Defense", "the Sultanate's foreign minister": an office of the monarchy the story named last.
const THE_MONARCHYS_RE = /^\s*the\s+(kingdom|sultanate|emirate)['’]s\s+\p{L}/iu;
// The states wire copy calls "the kingdom", "the sultanate" or "the emirate".
const MONARCHIES: Readonly<Record<string, ReadonlySet<string>>> = {
  kingdom: new Set(['SA', 'JO', 'MA', 'BH', 'TH', 'KH', 'ES', 'GB', 'NL', 'BE', 'SE', 'NO', 'DK', 'LS', 'SZ', 'BT', 'TO']),
  sultanate: new Set(['OM', 'BN']),
  emirate: new Set(['QA', 'KW']),
};
// How many sentences back the monarchy may have been named.
const MONARCHY_REACH = 8;
// "Fire service spokeswoman X", "a civil protection official": a service that answers an emergency where it happens.
const EMERGENCY_SERVICE_RE = /\b(?:[Ff]ire (?:[Ss]ervice|[Bb]rigade|[Dd]epartment)|[Cc]ivil [Pp]rotection|[Cc]ivil [Dd]efen[cs]e|[Rr]escue [Ss]ervices?|[Aa]mbulance [Ss]ervice)\b/;
// "the Presidency of the Republic": translated copy's name for its own state's presidency.
const OWN_PRESIDENCY_RE = /^\s*(?:[Tt]he\s+)?Presidency\s+of\s+the\s+Republic\s*$/;
// "The federal immigration department", "the federal government", "a federal police spokesman": a federation's own office.
const FEDERAL_OFFICE_RE = /^\s*(?:[Tt]he\s+|[Aa]n?\s+)?[Ff]ederal\s+(?:[\p{Ll}-]+\s+){0,2}?(?:department|ministry|government|police|agency|prosecutors?|cabinet|authorities|minister|spokes(?:man|woman|person))\b/u;
// States whose central government wire copy calls "federal".
const FEDERATIONS: ReadonlySet<string> = new Set(['US', 'CA', 'MX', 'BR', 'AR', 'VE', 'DE', 'AT', 'CH', 'BE', 'RU', 'IN', 'PK', 'NP', 'MY', 'AU', 'NG', 'ET', 'SO', 'SS', 'IQ', 'AE', 'BA']);
// "The government's chief negotiator", "the government's spokesman", "The junta", "the regime's foreign minister": a
// government the story named before, or an office of it.
const THE_GOVERNMENTS_RE = /^\s*the\s+(?:government['’]s\s+\p{L}|(?:junta|regime)(?:['’]s\s+\p{L}|\s*(?:,|$)))/iu;
// "Yemen's government", "the Malian transitional government", "Sudan's army-led government", "Myanmar's military": a
// government named with its country.
const COUNTRYS_GOVERNMENT_RE = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s|the\s+\p{Lu}[\p{L}.-]*)\s+(?:[\p{L}-]+\s+){0,2}?(?:government|junta|regime|military)\b/gu;
// "… to the ambassador, Lorenzo Ferri": a bare envoy's title right before the name.
const BARE_ENVOY_BEFORE_NAME_RE = /\bthe\s+(ambassador|envoy|minister|chargé d['’]affaires|charge d['’]affaires)\s*,\s*$/i;
const BARE_ENVOY_REACH = 40;
// "Italy's ambassador", "the Italian ambassador", "Sri Lanka's Fisheries Minister": an envoy or minister the story gave a
// country.
const COUNTRYS_ENVOY_RE = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s|the\s+\p{Lu}[\p{L}.-]*)\s+(?:[\p{L}-]+\s+){0,2}?(ambassador|envoy|minister|chargé d['’]affaires|charge d['’]affaires)\b/giu;
const KOREAN_SIDE_RE = /\bthe\s+(North|South)['’]s\s+\p{Ll}/u;
const NORTH_KOREA_NAMED_RE = /\b(?:North Korea|Pyongyang|DPRK)\b/;
const SOUTH_KOREA_NAMED_RE = /\b(?:South Korea|Seoul)\b/;
const THE_REGIONS_RE = /^\s*the\s+region['’]s\s+\p{L}/iu;
const REGION_AFTER_RE = /^\s+region\b/;
const ISLANDS_RE = /^\s*the\s+island['’]s\s/i;
// The same office in apposition before its holder's name: "the country's climate envoy, ".
const THE_COUNTRYS_OFFICE_BEFORE_RE = /\bthe\s+(?:country|nation|island|republic)['’]s\s+[\p{Ll} -]{2,40},\s+$/iu;
// What may stand between a clause's start and its subject country: "Noting that the Marshall Islands …"; in the
// sentence before, only an article.
const OPENS_CLAUSE_BEFORE_RE = /(?:^|[,;:]\s+|\bthat\s+)(?:the\s+)?$/iu;
const OPENS_SENTENCE_BEFORE_RE = /^(?:the\s+)?$/iu;
// "Neighbouring Namibia faces a similar squeeze. Its mines minister …": a country opening a sentence may have a word describing it.
const COUNTRY_OPENING_BEFORE_RE = /^(?:(?:[Tt]he\s+)?(?!(?:In|At|On|From|To|For|With|By|After|Before|Unlike|Like|As|But|And|While|When|If)\s)\p{Lu}[\p{Ll}-]+\s+|[Tt]he\s+)?$/u;
// "At home, hardliners have kept up pressure …": the story turns back to where it is filed.
const AT_HOME_RE = /^At home\b/;
// "The bank said", "the bank has warned".
const THE_BANK_RE = /^\s*the\s+bank\s*$/i;
// "the ministry", "the foreign ministry": a body named again by its office noun.
const BODY_AGAIN_RE = /^the\s+(?:[a-z]+\s+)?(?:ministry|government|embassy|presidency|cabinet)$/i;
// An unnamed person or source, however a capitalised nationality makes it look like a body ("An Algerian diplomatic source").
const UNNAMED_VOICE_RE = /\b(?:sources?|officials?|officers?|spokes(?:man|woman|person)|diplomats?|advis[eo]rs?|aides?|negotiators?|analysts?|experts?)$/i;
// One unnamed person ("A senior army officer said ... 'Trust ...,' he said."): a later "he" or "she"
// may refer to them, as to a named one.
const ONE_UNNAMED_PERSON_RE = /^(?:(?:an?|the|one)\s+)?(?:[\p{L}-]+\s+){0,3}(?:official|officer|spokes(?:man|woman|person)|diplomat|adviser|advisor|aide|commander|envoy|negotiator|lawmaker|legislator|minister|ambassador|president|premier|chancellor|head\s+of\s+(?:state|government))(?:\s+(?:at|of|in|from|for|with)\s+(?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4})?$/iu;
const SOLE_HOLDER_RE = /^the\s+(?:\p{Lu}[\p{L}.-]*\s+){1,2}(?:president|premier|chancellor|prime\s+minister)$/u;
// What may stand before an institution opening a sentence ("The Elysee was more cautious."); a country
// after "The" ("The United States has ...") is more often the topic than the voice of the passage.
const AN_ARTICLE_RE = /^[Tt]he\s+$/;
const PORTFOLIO_BEFORE_RE = /\b(?:Minister|Secretary|Ministry|Department|Commissioner)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*$/u;
// "Hydrocarbons and Energy Minister": capitalised portfolios and a title after an "and".
const PORTFOLIOS_THEN_TITLE_RE = /^(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Minister|Ministry|Secretary)\b/u;
// "… congratulated Indonesia's president-elect ": a country's possessive and up to four lower-case title words, closing
// the words before a name.
const COUNTRYS_TITLE_BEFORE_NAME_RE = /(?:^|\s)(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}['’]s\s+(?:[\p{Ll}-]+\s+){1,4})$/u;
// "Kim Jong-un and Russian President …", "senior Belarusian officials and Washington's deputy special envoy …": an "and"
// before a second name, or before a place's or body's possessive, opens another's phrase.
const NAME_AND_RE = /(?:\p{Lu}[\p{L}\p{M}-]*,?\s+and\s+(?=\p{Lu}|(?:his|her|their)\s|$)|\s+and\s+(?=\p{Lu}[\p{L}\p{M}.-]*['’]s\s))/gu;
const RELAY_CUE_RE = /^(?:according|quot|report|cit|carr)/i;
const MEDIA_RE = /\b(?:news agency|agency|broadcaster|newspaper|television|radio|daily|outlet|wire|press|readout)\b/i;
const RELAY_TARGET_RE = /^\s*((?:(?:[\p{Lu}][\p{L}\p{M}’'.-]*|of|for|the|de|al)\s+){0,7}[\p{Lu}][\p{L}\p{M}’'.-]+)\s+(?:made|said|told|stated|announced|warned|added|issued|gave|noted)\b/u;
const QUOTED_WHEN_RE = /\s+(?:(?:early|late|on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)$/;
// Not "was quoted by KCNA as saying": there the one quoted is the cue's own subject. A full stop may close a title's
// abbreviation ("junta spokesman Brig. Gen. Aung Kyaw Myint", "a U.S. official").
const QUOTED_AS_SAYING_RE = /^\s+(?!by\s)((?:[^,.;“”"]|(?<=\b\p{Lu}\p{Ll}{0,4})\.(?=\s|\p{Lu})|,(?=[^,]{0,80},\s+as\s+saying))+?),?\s+as\s+saying\b/u;

// "Sen. Bernie Sanders on Saturday": when the speaker spoke, not who.
const TRAILING_DAY_RE = /[\s,]+(?:(?:on|early|late|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?[\s,]*$/;

const DESCRIPTION_START_RE = /^(?:the|a|an)\s/i;
const JOINED_SURNAME_RE = /^(al|el|ad|an|ar|as|ash|at|az)(-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
// "Southeast Asian foreign ministers", "Gulf leaders": the ministers or leaders of a region's states together.
const REGIONAL_PEERS_RE =
  /^(?:(?:Southeast|South-East|Central|Latin|East|West)\s+(?:Asian|American|African|European)|European|African|Arab|Nordic|Baltic|Gulf|Pacific|Caribbean|G7|G20|ASEAN|EU|NATO|BRICS|Commonwealth)\s+(?:(?:\p{Ll}+\s+){0,2}ministers|leaders|heads of (?:state|government))(?:\s+on\s+\p{Lu}\p{Ll}+day)?$/u;
// "the three European countries", "Several Western governments", "the Gulf states": states speaking
// together, for no single nation. Lower case only: "the United States" is one.
const STATES_TOGETHER_RE = /\b(?:countries|nations|governments|capitals|states|powers)$/;
// ", speaking in London,", ", speaking to reporters in Cairo,": where the speaker's phrase places them.
// ", speaking in …", ", speaking to reporters in …", ", speaking to the national broadcaster in …".
// "speaking at a weekly press briefing in Tehran": a briefing, which a government gives at home, may stand between
// "speaking at" and the place (not a conference, which may be abroad).
const SPEAKING_AT_RE =
  /,\s*speaking\s+(?:(?:to\s+(?:(?:the|a|an|state|local)\s+)?(?:\p{L}+\s+){0,2}?\p{L}+|later|earlier|separately)\s+)?(?:(?:at|during)\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}briefing\s+)?(?:in|at|from)\s+(?:the\s+)?/u;
// A document someone issued, named as the source of its own words.
const A_DOCUMENT_RE = /^\s*an?\s+(?:statement|communiqu[eé]|readout|declaration)\s*$/i;
const ISSUED_DOCUMENT_RE = /^\s*the\s+(?:statement|communiqu[eé]|readout|declaration)\s*$/i;
// "the OPEC+ statement", "the joint communiqué": a document named by its issuer.
const NAMED_DOCUMENT_RE = /^\s*the\s+\S.*\s(?:statement|communiqu[eé]|readout|declaration)\s*$/i;
// "said in a statement after the meeting that …", "said in a joint statement": the speaker issued a document.
const IN_A_STATEMENT_RE = /^[\s,]*(?:\p{L}+\s+){0,2}?in\s+(?:a|an|its|their|the)\s+(?:\p{L}+\s+)?(?:statement|communiqu[eé]|readout|declaration)\b/iu;
const STATEMENT_AFTER_CUE_REACH = 60;
// How many sentences back "the statement" may refer to one named "in a statement".
const STATEMENT_REACH = 10;
// A prepositional or participial phrase opening the sentence, up to its comma: "In Niamey,", "After talks
// with Xi,", "Speaking alongside his French counterpart in Paris,", "Flanked by generals,"; with what the place once
// was or is home to ("At Camp Geille, once the headquarters of French forces in West Africa,").
const CLAUSE_OPENER_RE =
  /^\s*(?:(?:In|At|From|During|After|Before|Following|Alongside|Beside|With|Without|Amid|On a visit to|According to|Asked about|Flanked by)\b|\p{Lu}\p{Ll}{2,}ing\s)[^,]*,\s*(?:(?:once|formerly|long|now|home to)\s[^,]*,\s*)*/u;

/** The venue or occasion opening `text` ("In Niamey, ", "Speaking alongside …, "), or null. */
function clauseOpener(text: string): string | null {
  const opening = CLAUSE_OPENER_RE.exec(text)?.[0] ?? null;
  // "Beijing officials, led by ...": a place ending in -ing opens no participle.
  if (!opening || findNationCue(opening.trim().split(/\s/)[0]!)) return null;
  // "At an emergency meeting requested by Washington, Tokyo and Seoul, ": a list of places goes on past the comma.
  const list = PLACE_LIST_RE.exec(text.slice(opening.length));
  const places = list ? list[0].replace(/,\s*$/, '').split(/,\s*|\s+and\s+/) : [];
  const allPlaces = places.length > 0 && places.every((p) => nationsIn(p).some((m) => m.start === 0 && m.end === p.length && (m.kind === 'capital' || m.kind === 'country')));
  return allPlaces ? opening + list![0] : opening;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?`;
const PLACE_LIST_RE = new RegExp(String.raw`^(?:${PLACE_NAME},\s*)*${PLACE_NAME},?\s+and\s+${PLACE_NAME},\s*`, 'u');

/** The speaker parts of a mention, with an appositive after a comma taken as the role. */
const appositionCache = new Map<string, SpeakerParts>();

function parseMentionWithApposition(text: string): SpeakerParts {
  let parts = appositionCache.get(text);
  if (!parts) {
    parts = parseMentionWithAppositionUncached(speakerCore(text));
    if (appositionCache.size >= 20_000) appositionCache.clear();
    appositionCache.set(text, parts);
  }
  return parts;
}

// What parseMention leaves as the organisation when it took a portfolio for a name: "Germany's minister of state for".
const PORTFOLIO_BEFORE_NAME_RE = /\b(?:minister|secretary|commissioner|envoy|representative|coordinator|undersecretary)\b.*\s(?:for|of)(?:\s+the)?$/i;

// An office whose name lists portfolios ("Minister of Industry, Trade and Supply"), then a comma and what follows it.
const PORTFOLIO_LIST_HEAD_RE = /^(.*?\b(?:[Mm]inist(?:er|ry)|[Ss]ecretary|[Dd]epartment|[Oo]ffice)\s+(?:of|for)\s+\p{Lu}[^,]*(?:,\s*\p{Lu}[^,]*)*\s(?:and|&)\s+\p{Lu}[^,]*),\s*\p{Lu}/u;

const SECOND_APPOSITION_RE = /^([^,]+),\s+(?:a|an|the|who|whose)\s/;

function parseMentionWithAppositionUncached(text: string): SpeakerParts {
  const trimmed = text.replace(/\s*\([^)]*\)/g, '').replace(TRAILING_DAY_RE, '').trim();
  // "WASHINGTON — Sen. X", "PARIS, May 2 - The spokesperson": a source read from a lead may open with its dateline.
  const plain = trimmed.slice(datelineOpeningLength(trimmed));
  // "Jordan's Minister of Industry, Trade and Supply, Khaled Obeidat": the list's commas are the office's.
  const listed = PORTFOLIO_LIST_HEAD_RE.exec(plain);
  const comma = listed ? listed[1]!.length : plain.indexOf(',');
  if (comma === -1) return parseMention(plain);
  const rest = plain.slice(comma + 1).replace(/,\s*$/, '').trim();
  // "Egyptian, Qatari and U.S. mediators": the comma lists nations; it sets off no apposition.
  if (/\band\b/.test(rest) && isOnlyANation(plain.slice(0, comma).trim())) {
    const group = parseMention(plain);
    return group.name ? { ...group, name: plain, organization: group.organization && plain } : group;
  }
  const head = parseMention(plain.slice(0, comma));
  // "The envoy, X, a former Colombian deputy foreign minister,": a second apposition describes the name after the first comma.
  const whole = parseMention(rest);
  const second = whole.kind === 'person' ? null : SECOND_APPOSITION_RE.exec(rest);
  const tail = second ? parseMention(second[1]!) : whole;
  // "Pakistan's foreign minister, Saima Durrani": the name follows the comma.
  // "The Fishermen's Association, based in the Honduran port of San Lorenzo,": where the body sits, not who speaks.
  if ((head.kind === 'anonymous' || head.kind === 'institution') && tail.kind === 'person' && tail.name && !SEATED.has(/^(\S+)\s/.exec(rest)?.[1] ?? '')) {
    // "The U.S. ambassador to the agency, Laura Holgate": an office, not an organisation.
    const office = head.kind === 'institution' && (listed !== null || namesOfficeByTitle(plain.slice(0, comma)));
    const role = tail.role ?? head.role ?? (office ? plain.slice(0, comma).replace(/^(?:the|a|an)\s+/i, '') : plain.slice(0, comma));
    return { ...tail, role, organization: tail.organization ?? (head.kind === 'institution' && !office ? head.organization : null) };
  }
  // "The company, Coastline Energy,": the institution the description names.
  if (head.kind === 'anonymous' && tail.kind === 'institution' && tail.name) return { ...tail, role: head.role };
  // "The head of the National Federation of Fishermen's Organisations, Barrie Deas": a head that opens
  // with an article describes; the full name after the comma is the person.
  if (head.kind === 'person' && DESCRIPTION_START_RE.test(plain) && tail.kind === 'person' && tail.name?.includes(' ') && !tail.role && !tail.organization) {
    return { ...tail, role: head.role ?? plain.slice(0, comma), organization: head.organization };
  }
  // "The commander of the European Union's naval operation Aspides, Greek Rear Admiral X": a one-word name closing
  // the description names what is commanded; the titled full name after the comma is the person.
  if (head.kind === 'person' && DESCRIPTION_START_RE.test(plain) && !head.name?.includes(' ') && tail.kind === 'person' && tail.name?.includes(' ') && tail.role) {
    return { ...tail, organization: tail.organization ?? plain.slice(0, comma).replace(/^(?:the|a|an)\s+/i, '') };
  }
  // "Germany's minister of state for Europe, Lena Hartwig": capitals after the office's "for" or "of" are its
  // portfolio, and the full name after the comma is the holder.
  if (head.kind === 'person' && PORTFOLIO_BEFORE_NAME_RE.test(head.organization ?? '') && tail.kind === 'person' && tail.name?.includes(' ') && !tail.role && !tail.organization) {
    return { ...tail, role: plain.slice(0, comma).replace(/^(?:the|a|an)\s+/i, '') };
  }
  if (head.kind !== 'person' && head.kind !== 'surname') return head;
  // "Speaking in Geneva, Iran's deputy foreign minister, Mehdi Rostami, said": one word before a full
  // description and name is where they spoke, not who.
  if (head.kind === 'surname' && rest.includes(',')) {
    const described = parseMentionWithAppositionUncached(rest);
    if (described.kind === 'person' && described.name?.includes(' ')) return described;
  }
  const apposition = rest.replace(/^(?:a|an|the)\s+/i, '');
  if (apposition.length === 0 || apposition.length > 80) return head;
  return { ...head, kind: 'person', role: head.role ?? apposition };
}

/**
 * "The minister, who spoke on condition of anonymity,": the words that point at the speaker, without
 * the clause that tells where or how they spoke (that clause still counts for the nation).
 */
function withoutDescribingClause(mention: TextSpan): TextSpan {
  if (!/,\s*$/.test(mention.text)) return mention;
  const core = speakerCore(mention.text);
  // One clause between two commas: "who, after ..., said" is the clause's own subject.
  if (core.length === mention.text.length || !/^,[^,]+,\s*$/.test(mention.text.slice(core.length))) return mention;
  const head = core.replace(/[\s,]+$/, '');
  return head.length === 0 ? mention : { start: mention.start, end: mention.start + head.length, text: head };
}

/**
 * The actor's role, unless the mention gives a longer form of it: a name met first in a run of capitals
 * ("... Mines and Energy Alexandre Silveira") keeps only the run's last title word ("Energy").
 */
function fullerRole(known: string | null, own: string | null): string | null {
  if (!known) return own;
  return own && own.length > known.length && own.endsWith(known) ? own : known;
}

/**
 * A mention's parts completed by what is known of its actor. "Foreign and Diaspora Affairs Cabinet Secretary Amos
 * Kiprop": an organisation the actor was given is dropped when the fuller title holds it.
 */
function withActorParts(parts: SpeakerParts, known: SpeakerParts): SpeakerParts {
  const role = fullerRole(known.role, parts.role);
  const organization = known.organization !== null && !(role ?? '').includes(known.organization) ? known.organization : parts.organization;
  return { ...parts, ...known, role, organization };
}

/** The span of `text`, which starts at `start`, without the white space around it. */
function trimmedSpan(start: number, text: string): TextSpan {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}

/** Whether `title` is `known` with more capitalised title words before it ("Transport and Logistics Minister" of "Logistics Minister"). */
function isFullerTitle(title: string | null, known: string | null): boolean {
  if (!title || !known || title.length <= known.length || !title.endsWith(` ${known}`)) return false;
  return TITLE_WORDS_RE.test(title.slice(0, -known.length - 1));
}

const TITLE_WORDS_RE = /^\p{Lu}[\p{L}-]*(?:\s+(?:and|&|of|for|the|\p{Lu}[\p{L}-]*))*$/u;

/** The other forms of a surname joined to its article: "al-Sudani" is also "Al-Sudani" and "Sudani". */
function joinedSurnameForms(surname: string): string[] {
  const joined = JOINED_SURNAME_RE.exec(surname);
  return joined ? [joined[1]!.charAt(0).toUpperCase() + joined[1]!.slice(1) + joined[2]!, joined[2]!.slice(1)] : [];
}

function isJoinedSurnameOf(surname: string | undefined, word: string): boolean {
  return surname !== undefined && surname !== word && joinedSurnameForms(surname).includes(word);
}

/** The actor's description words, split on first use. */
function wordsOf(actor: Actor): Set<string> {
  if (actor.unsplit?.length) {
    for (const text of actor.unsplit) for (const w of wordSet(text)) actor.words.add(w);
    actor.unsplit.length = 0;
  }
  return actor.words;
}

function genderOf(words: string[]): Gender {
  for (const w of words) {
    const lower = w.toLowerCase();
    if (MALE_WORDS.has(lower)) return 'm';
    if (FEMALE_WORDS.has(lower)) return 'f';
  }
  return null;
}

/**
 * The gender the words around a name give: "Ms.", "spokesman" or "she" before it, anything after it.
 * A possessive before the name is someone else's ("her Brazilian counterpart, Marcos Teixeira").
 */
function describedGender(before: string[], after: string[]): Gender {
  return genderOf(before.filter((w) => !POSSESSIVE_DETERMINERS.has(w.toLowerCase()))) ?? genderOf(after);
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{M}-]+/gu) ?? []);
}

// Two to five words, each a capitalised word or a particle: not "Korea Minerals Reserve Corp.".
const PERSONAL_NAME_RE = new RegExp(String.raw`^\p{Lu}[\p{Ll}\p{M}'’-]+(?: (?:(?:${[...NAME_PARTICLES].join('|')}) )?\p{Lu}[\p{Ll}\p{M}'’-]+){1,4}$`, 'u');

/**
 * The phrase with a person's name written over in placeholder letters, offsets kept: a name is no nation's
 * word ("Washington Echenique, an opposition senator", "Santiago Peña", "Chad Wolf").
 */
function withNameMasked(text: string, name: string | null | undefined): string {
  // Most names hold no nation's word; the gazetteer's cached answer says so before any pattern runs.
  if (!name || findNationCue(name) === null) return text;
  const at = PERSONAL_NAME_RE.test(name) && !isOnlyANation(name) ? text.indexOf(name) : -1;
  if (at === -1) return text;
  return text.slice(0, at) + name.replace(/\p{Lu}/gu, 'X').replace(/[\p{Ll}\p{M}]/gu, 'x') + text.slice(at + name.length);
}

/** A person named in full ("Vladimir Putin"), as against a surname or a single name. */
function isFullName(parts: SpeakerParts): boolean {
  return parts.kind === 'person' && !!parts.name && parts.name.includes(' ');
}

interface ContextNation {
  nation: PhraseNation;
  kind: NationEvidenceKind;
}

/** "United Arab Emirates", "South Korea", "Addis Ababa": a run that is a country's or a capital's whole name. */
function isCountryName(name: string): boolean {
  let known = countryNames.get(name);
  if (known === undefined) {
    const place = findAllNations(name);
    known = isOnlyANation(name) || (place.length === 1 && place[0]!.kind === 'capital' && place[0]!.cue === name);
    if (countryNames.size >= COUNTRY_NAME_CACHE_LIMIT) countryNames.clear();
    countryNames.set(name, known);
  }
  return known;
}

// Runs of capitals repeat within and across articles (people's names above all).
const COUNTRY_NAME_CACHE_LIMIT = 20_000;
const countryNames = new Map<string, boolean>();

/** The nation a side's words name ("The Saudi", "Malaysia's") at article offset `at`, or null. */
function sideNation(side: string, at: number): PhraseNation | null {
  const matches = nationsIn(side);
  // "Dhaka was represented by …": a capital standing alone for its government is the side too.
  const cue = firstStateCue(matches) ?? matches.find((m) => m.code !== null && m.kind === 'capital' && m.cue === side.trim());
  return cue ? { code: cue.code, kind: 'organization', start: at + cue.start, end: at + cue.end } : null;
}

/** The first cue that names a state by its country or its people ("Malaysia's", "The Saudi"). */
const CONTINENTAL_ADJECTIVES = new Set(['European', 'African', 'Asian', 'Arab', 'Nordic', 'Baltic', 'Eurasian', 'Atlantic', 'Pacific']);

function opensWithPeoplesAdjective(name: string): boolean {
  const first = name.split(' ')[0]!;
  return CONTINENTAL_ADJECTIVES.has(first) || nationsIn(first)[0]?.kind === 'demonym';
}

function firstStateCue(matches: NationMatch[]): NationMatch | undefined {
  return matches.find((m) => m.code !== null && (m.kind === 'demonym' || m.kind === 'country'));
}

/** A nation read from the words around a speaker, at [start, end): an organization's voice. */
/** A cue that names a state itself: its name, its people or its capital. */
function namesState(m: NationMatch): boolean {
  return m.code !== null && (m.kind === 'country' || m.kind === 'demonym' || m.kind === 'capital');
}

function organizationAt(code: string | null, start: number, end: number): ContextNation {
  return { nation: { code, kind: 'organization', start, end }, kind: 'organization' };
}

/** The longest run of a place's opening words that names a known place ("Quang Ngai" of "Quang Ngai Province"). */
function knownPlaceOpening(words: string): { place: PlaceCountry; length: number } | null {
  const parts = words.split(' ');
  for (let n = Math.min(parts.length, 5); n > 0; n--) {
    const name = parts.slice(0, n).join(' ').replace(/['’]s$|[.,]$/u, '');
    const place = placeOf(name);
    if (place) return { place, length: name.length };
  }
  return null;
}

/** Whether `word` occurs in `text` with no letter right before or after it. */
function standsAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!LETTER_RE.test(text[i - 1] ?? '') && !LETTER_RE.test(text[i + word.length] ?? '')) return true;
  }
  return false;
}

const LETTER_RE = /\p{L}/u;

/** Where a match's group starts in the article, for a match made in a text starting at `at`. */
function groupStart(at: number, match: RegExpExecArray, group: string): number {
  return at + match.index + match[0].indexOf(group);
}

function evidence(text: string, n: PhraseNation, kind: NationEvidenceKind = n.kind): NationEvidence {
  return { kind, span: { start: n.start, end: n.end, text: text.slice(n.start, n.end) } };
}

export class SpeakerResolver {
  private readonly actors: Actor[] = [];
  private readonly dateline: Dateline | null;
  private lastSpeaker: Actor | null = null;
  private lastPerson: Actor | null = null;
  /** Per sentence, the nation of the last statement resolved there (for the next sentences). */
  private readonly sentenceNation = new Map<number, PhraseNation>();
  /** Sentences where a foreign envoy spoke, in the country the story is filed from. */
  private readonly envoySentences = new Set<number>();
  /** Sentences whose nation spoken for is a body's ("China said", "the foreign ministry said"). */
  private readonly spokenByBody = new Set<number>();
  /** The latest speaker said to speak "in a statement", whom "the statement" later refers to. */
  private statementIssuer: { actor: Actor; sentence: number } | null = null;
  /** The country of a national news agency that spoke in a sentence (it speaks for none itself). */
  private readonly sentenceAgency = new Map<number, PhraseNation>();
  /** The content of every statement resolved so far: a place inside one is what was said, not where. */
  private readonly contents: TextSpan[] = [];
  /** The nation read for each source span ("start:end"): one speaker, one nation, however many statements. */
  private readonly mentionNations = new Map<string, ContextNation | null>();
  private readonly sentenceStarts: number[];
  /** The text in lower case, made on first need (few articles have a title to look back for). */
  private lowerText: string | undefined;
  private introducedPlaces: Map<string, string> | undefined;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly sentences: Sentence[] = [],
    /** Per sentence, 1 for a headline, subheading or tag set in capitals (the frame context's `skip`). */
    private readonly headings: Uint8Array = new Uint8Array(0),
  ) {
    this.dateline = findDateline(text);
    this.sentenceStarts = sentences.map((s) => tokens[s.first]?.start ?? 0);
    this.registerNamedRuns();
  }

  /** Capitalised runs ("North Korean Leader Kim Jong-un", "Ministry of Defense") are candidate actors. */
  private registerNamedRuns(): void {
    const { tokens, text } = this;
    // "the Black Sea. Foreign Minister Hakan Fidan": a period that ends a sentence ends the run too,
    // unless it closes a title the sentence splitter took for a word ("Cmdr. Lena Holt").
    const opensSentence = new Set(this.sentences.map((s) => s.first));
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i]!.cap || !tokens[i]!.word) {
        i++;
        continue;
      }
      let k = i + 1;
      while (k < tokens.length && k - i < 10) {
        const t = tokens[k]!;
        const gapOk = t.start - tokens[k - 1]!.end <= 1 && !hasNewline(text, tokens[k - 1]!.end, t.start);
        if (!gapOk) break;
        if (t.word && t.cap) k++;
        else if (t.word && LOWER_ROLE_HEADS.has(t.lower) && tokens[k + 1]?.cap) k++;
        else if (t.word && RUN_CONNECTORS.has(t.lower) && (tokens[k + 1]?.cap || (NAME_PARTICLES.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.cap))) k++;
        // "Mubarak al-Tayeb Osman": a joined particle inside a name.
        else if (t.word && isJoinedParticleWord(t.text) && tokens[k + 1]?.cap && tokens[k + 1]!.word) k++;
        else if (t.text === '.' && tokens[k - 1]!.end === t.start && tokens[k + 1]?.cap && (!opensSentence.has(k + 1) || isTitleOrOfficeWord(tokens[k - 1]!.lower)) && /^\p{Lu}[a-z]{0,3}$/u.test(tokens[k - 1]!.text)) k++;
        else break;
      }
      if (k - i >= 2) this.registerRun(i, k);
      i = k;
    }
  }

  /** Whether tokens [from, to) are the end of the name of someone already met. */
  private endsKnownName(from: number, to: number): boolean {
    let words = this.tokens[from]!.text;
    for (let k = from + 1; k < to; k++) words += ` ${this.tokens[k]!.text}`;
    return (this.byWord.get(this.tokens[to - 1]!.text) ?? []).some((a) => a.parts.name === words || a.parts.name?.endsWith(` ${words}`));
  }

  /** Whether the token before `at` belongs to the name ending there: a capitalised word, or a particle after one ("von der Leyen"). */
  private nameWordBefore(at: number, first: number): boolean {
    const t = this.tokens[at - 1]!;
    if (!t.word) return false;
    if (t.cap) return !isTitleOrOfficeWord(t.lower);
    if (isJoinedParticleWord(t.text)) return at - 1 > first;
    return NAME_PARTICLES.has(t.lower) && at - 2 >= first && (this.tokens[at - 2]!.cap || NAME_PARTICLES.has(this.tokens[at - 2]!.lower));
  }

  /**
   * A run ending in two or more name words is a person, registered by name and read only when
   * a statement needs it; a run holding a nation cue may be an institution ("the Ministry of
   * External Affairs"). Parsing every run in full would cost more than the rest of the extractor.
   */
  private registerRun(first: number, last: number): void {
    const { tokens, text } = this;
    // "Trump Wednesday", "On Tuesday": a day or a sentence-opening word is no part of a name.
    let nameEnd = last;
    while (nameEnd > first && NOT_NAME_WORDS.has(tokens[nameEnd - 1]!.lower)) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > first && this.nameWordBefore(nameStart, first)) nameStart--;
    while (nameStart < nameEnd && NOT_NAME_WORDS.has(tokens[nameStart]!.lower)) nameStart++;
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    // "Prime Minister of Mongolia Gombojavyn Naranbaatar", "Minister for Europe Harriet Linwood": a country or region
    // after "of" or "for" closes the title; the name follows it.
    if (nameStart > first && (tokens[nameStart - 1]!.lower === 'of' || tokens[nameStart - 1]!.lower === 'for')) {
      for (let n = Math.min(3, nameEnd - nameStart - 2); n >= 1; n--) {
        const place = text.slice(tokens[nameStart]!.start, tokens[nameStart + n - 1]!.end);
        if (!isCountryName(place) && !(tokens[nameStart - 1]!.lower === 'for' && isRemitRegion(place))) continue;
        nameStart += n;
        break;
      }
    }
    const afterConnector = nameStart > first && RUN_CONNECTORS.has(tokens[nameStart - 1]!.lower);
    // "Los Hijos de Trump", "Las Vegas": a run opening with an article names a group or a place, not a
    // person, unless it ends in the name of someone already met ("Marine Le Pen ... Le Pen said"); so
    // does one ending in a place word ("Green Bay") or named as a place ("the town of Kapiri Mposhi").
    // "the Social Democrats", "Christian Democrats": a party's members, named in the plural, are no person either.
    const titled =
      (FOREIGN_ARTICLES.has(tokens[nameStart]?.lower ?? '') && !this.endsKnownName(nameStart, nameEnd)) ||
      PLACE_HEADS.has(tokens[nameEnd - 1]?.lower ?? '') ||
      PARTY_MEMBERS.has(tokens[nameEnd - 1]?.lower ?? '') ||
      BUILDING_WORDS.has(tokens[nameStart]?.lower ?? '');
    // "… SEIZES 3 MILLION CAPTAGON PILLS": words set in capitals (a headline, a dateline) are no name. The text
    // before the run is read last, only for a run that would otherwise be registered: every article has many.
    if (nameEnd - nameStart >= 2 && !afterConnector && !titled && !allCapitals(tokens, nameStart, nameEnd) && !this.afterPlaceNoun(start)) {
      let name = tokens[nameStart]!.text;
      for (let k = nameStart + 1; k < nameEnd; k++) name += ` ${tokens[k]!.text}`;
      // A possessive is no part of the name ("Kim Jong-un's").
      if (name.endsWith("'s") || name.endsWith('’s')) name = name.slice(0, -2);
      // "the Ministry of Foreign Affairs of the United Arab Emirates": a country's name is nobody's; nor is a place's
      // ("New Hampshire", "South Carolina"), which a later "he" would otherwise take for a man.
      // "the opposition European Choice faction", "Georgian Dream": a people's or continent's adjective opens a party's
      // name, not a person's.
      if (!isCountryName(name) && placeOf(name) === null && !opensWithPeoplesAdjective(name)) {
        this.registerPerson({ kind: 'person', name, role: null, organization: null, nation: null, nationKnown: false }, start, end, false, true);
        return;
      }
    }
    if (last - nameStart < 2 && tokens.slice(first, last).some((t) => ORG_HINTS.has(t.lower))) {
      const parts = parseMention(text.slice(start, end));
      if (parts.kind === 'institution' && parts.nationKnown && parts.nation !== null) this.registerInstitution(parts, start, end);
    }
  }

  /** "the Zambian town of Kapiri Mposhi", "the port of San Lorenzo": a run named as a place. */
  private afterPlaceNoun(start: number): boolean {
    return PLACE_NOUN_OF_RE.test(this.text.slice(Math.max(0, start - PLACE_NOUN_REACH), start));
  }

  private sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentenceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.sentenceStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private readonly sentenceMatches = new Map<number, NationMatch[]>();

  /** The nation cues of sentence `s` lying in [from, to), with article offsets. */
  private cuesIn(s: number, from: number, to: number): NationMatch[] {
    let all = this.sentenceMatches.get(s);
    if (!all) {
      const span = this.sentenceSpan(s);
      all = findAllNations(this.text.slice(span.start, span.end), span.start);
      this.sentenceMatches.set(s, all);
    }
    return all.filter((m) => m.start >= from && m.end <= to);
  }

  /** Whether sentence `s` is a heading set in capitals ("CORUMBÁ FEARS"), which closes the scene before it. */
  private isHeading(s: number): boolean {
    return this.headings[s] === 1;
  }

  /** The nation a body (not a person) spoke for in sentence `s`, if one did. */
  private bodyNationIn(s: number): PhraseNation | undefined {
    return this.spokenByBody.has(s) ? this.sentenceNation.get(s) : undefined;
  }

  /** Whether `opening`, a country opening sentence `s`, is joined to another by a comma or "and". */
  private opensWithTwoCountries(s: number, opening: NationMatch): boolean {
    const span = this.sentenceSpan(s);
    const next = this.cuesIn(s, opening.end, span.end)[0];
    return next !== undefined && next.code !== opening.code && next.kind === 'country' && JOINED_RE.test(this.text.slice(opening.end, next.start));
  }

  private sentenceSpan(s: number): { start: number; end: number } {
    const sentence = this.sentences[s];
    if (!sentence) return { start: 0, end: this.text.length };
    return { start: this.tokens[sentence.first]!.start, end: this.tokens[sentence.last - 1]?.end ?? this.text.length };
  }

  /**
   * The words around a name that describe its bearer: titles before it back to the clause
   * start ("The UN's special representative ..., Ghanaian diplomat") and an appositive after
   * it (", the U.S. special envoy for the Horn of Africa,").
   */
  private describingPhrase(start: number, end: number): { start: number; text: string } {
    const sentence = this.sentenceSpan(this.sentenceAt(start));
    // "Seoul, Sept 6 (IPN) U.S. President X": the dateline opening the sentence describes no one.
    const holdsDateline = this.dateline !== null && this.dateline.start >= sentence.start && this.dateline.start < start;
    const clauseStart = holdsDateline ? sentence.start + datelineOpeningLength(this.text.slice(sentence.start, start)) : sentence.start;
    const windowStart = Math.max(clauseStart, start - DESCRIBING_REACH);
    let prefix = this.text.slice(windowStart, start);
    let cut = -1;
    let afterPreposition = false;
    for (const m of prefix.matchAll(PREFIX_BOUNDARY_RE)) {
      const at = m.index + m[1]!.length;
      if (at > cut) {
        cut = at;
        afterPreposition = PREPOSITION_BOUNDARIES.has(m[1]!);
      }
    }
    // "…, Bambang Wirayudha, and Malaysia's Minister …": two named people, two phrases.
    if (prefix.includes('and')) {
      for (const m of prefix.matchAll(NAME_AND_RE)) {
        // "Minister of Mines and Energy Alexandre Silveira": the "and" joins a portfolio, not two people.
        if (PORTFOLIO_BEFORE_RE.test(prefix.slice(0, m.index))) continue;
        // "Bolivia's Hydrocarbons and Energy Minister Marcelo Quispe": the "and" joins two portfolios before the title.
        // "… Seo Min-jae and Japanese Prime Minister Ryo Kitagawa": not when a nationality opens the title.
        const next = this.text.slice(windowStart + m.index + m[0].length, end);
        if (PORTFOLIOS_THEN_TITLE_RE.test(next) && !nationsIn(next).some((n) => n.start === 0 && n.code !== null && (n.kind === 'demonym' || n.kind === 'country'))) continue;
        if (m.index + m[0].length > cut) {
          cut = m.index + m[0].length;
          afterPreposition = false;
        }
      }
    }
    // The title may open the phrase read here or stand inside it.
    const clauseAnd = CLAUSE_AND_BEFORE_HEAD_RE.exec(this.text.slice(windowStart, start + HEAD_TITLE_REACH));
    let clauseEnd = clauseAnd ? clauseAnd.index + clauseAnd[0].length : -1;
    for (const m of this.text.slice(windowStart, start + TITLE_AFTER_CLAUSE_REACH).matchAll(CLAUSE_BEFORE_TITLE_RE)) {
      if (m.index + m[0].length <= prefix.length) clauseEnd = Math.max(clauseEnd, m.index + m[0].length);
    }
    if (clauseEnd > cut) {
      cut = clauseEnd;
      afterPreposition = false;
    }
    let phraseStart = windowStart + Math.max(0, cut);
    prefix = this.text.slice(phraseStart, start);
    // "alongside his French counterpart in Paris, British Foreign Secretary ...": the preposition's object
    // ends at its comma; the counterpart's nation is not the speaker's.
    // But "a call with his Japanese counterpart, Takeshi Iwaya.": a name right after that comma and
    // closing the phrase is the object's apposition, and the object describes it.
    const comma = afterPreposition && !this.closesApposition(prefix, end) ? prefix.lastIndexOf(', ') : -1;
    if (comma !== -1) {
      phraseStart += comma + 2;
      prefix = prefix.slice(comma + 2);
    }
    // A sentence-opening venue or occasion ("In Niamey, ...", "Speaking alongside his French counterpart,
    // ...") belongs to the clause, not to the name: the nations it names are not the speaker's.
    // A boundary may fall inside a long opening ("Emphasizing that Iran hosts more than 4 million Afghans, X stated"):
    // the opening is read from the sentence's start. Not after a preposition, whose object may be the name's apposition
    // ("Speaking … with his Tunisian counterpart, Kamel Ben Amor, Renzetti said").
    const fromSentence = phraseStart > sentence.start && !afterPreposition ? clauseOpener(this.text.slice(sentence.start, start)) : null;
    if (fromSentence && sentence.start + fromSentence.length > phraseStart) {
      prefix = prefix.slice(sentence.start + fromSentence.length - phraseStart);
      phraseStart = sentence.start + fromSentence.length;
    }
    const opener = clauseOpener(prefix);
    if (opener) {
      phraseStart += opener.length;
      prefix = prefix.slice(opener.length);
    }
    // "Turkish President X congratulated Indonesia's president-elect Y": a country's possessive and a title right
    // before the name describe that name, whoever the clause before it names.
    const own = COUNTRYS_TITLE_BEFORE_NAME_RE.exec(prefix);
    if (own && own.index > 0 && firstStateCue(nationsIn(own[1]!))) {
      const at = groupStart(0, own, own[1]!);
      phraseStart += at;
      prefix = prefix.slice(at);
    }
    let appositive = '';
    // "X, Moldova's deputy prime minister, met …": or a possessive.
    const after = /^,\s*((?:the|a|an|his|her|its)\s+[^,.;“”"]{2,90}|[a-z][^,.;“”"]{2,90}|\p{Lu}[\p{L}.-]*['’]s\s+[^,.;“”"]{2,90}|who\s[^,.;“”"]{2,120})(?=,|\.|\s+(?:said|told|says))/u.exec(this.text.slice(end, end + 150));
    // "… will meet Prime Minister Abiy Ahmed, the ministry said.": a phrase whose cue then closes the sentence speaks itself.
    const closing = after !== null && CLOSING_ATTRIBUTION_AFTER_RE.test(after[1]! + this.text.slice(end + after[0].length, end + after[0].length + 60));
    // "X, who heads Egypt's water ministry,", "X, who has led Tanzania's health ministry since 2022,": a clause naming the
    // office held describes the speaker as a title would; a verb of the sentence ("…, led by X, met Taiwan's president")
    // does not.
    if (after && !closing && !/^(?:who(?!\s+(?:heads|leads|chairs|runs|directs|oversees|has\s+(?:long\s+)?(?:led|headed|chaired|run|directed|overseen))\s)|which|whose(?![^,]*\b(?:seats?|party)\b)|speaking|on|in|at|said|says|told|tells|added|adds|warned|noted|stated|claimed|argued|urged|called|insisted|announced|[a-z]+ed|met|held|made|took|gave|went|left|sent|won|lost|kept)\b/.test(after[1]!)) appositive = `, ${after[1]}`;
    return { start: phraseStart, text: prefix + this.text.slice(start, end) + appositive };
  }

  /** Whether a name just after the prefix's last comma ends its phrase (", Takeshi Iwaya."). */
  private closesApposition(prefix: string, end: number): boolean {
    // Not one a cue follows: "According to a statement carried by the Alborz news agency, the army's spokesman, X, said".
    return /,\s*$/.test(prefix) && /^\s*(?:[.;]|,(?!\s+(?:who|which|said|says|told|tells|added|warned|noted|stated)\b)|$)/.test(this.text.slice(end, end + 16));
  }

  /** What the latest registered mention's own describing words said about its person's nation. */
  private describedNation: { actor: Actor; nation: PhraseNation | null } | null = null;
  private readonly byName = new Map<string, Actor>();
  /** People by the first and last words of their names, the forms a surname reference uses. */
  private readonly byWord = new Map<string, Actor[]>();

  /** A named person, described only when a statement needs it (most names in an article never speak). */
  private registerPerson(parts: SpeakerParts, start: number, end: number, describeNow: boolean, unparsed = false): Actor {
    let actor = this.byName.get(parts.name!);
    if (actor) {
      actor.at = Math.max(actor.at, start);
      // Most repeated mentions add nothing; the parts are then kept as they are.
      const role = actor.parts.role ?? parts.role;
      const organization = actor.parts.organization ?? parts.organization;
      if (role !== actor.parts.role || organization !== actor.parts.organization) actor.parts = { ...actor.parts, role, organization };
    } else {
      const name = parts.name!;
      actor = newActor(parts, start, null, new Set(), true, undefined);
      actor.first = { start, end, text: this.text.slice(start, end) };
      actor.firstWord = name.includes(' ') ? name.slice(0, name.indexOf(' ')) : name;
      actor.lastWord = name.slice(name.lastIndexOf(' ') + 1);
      actor.pending = [];
      actor.unparsed = unparsed;
      this.byName.set(parts.name!, actor);
      this.indexByWord(actor.firstWord!, actor);
      if (actor.lastWord !== actor.firstWord) this.indexByWord(actor.lastWord!, actor);
      // "al-Sudani" is "Al-Sudani" opening a sentence, and often plain "Sudani".
      for (const alias of joinedSurnameForms(actor.lastWord!)) this.indexByWord(alias, actor);
      const words = name.split(' ');
      const particle = words.findIndex((w) => NAME_PARTICLES.has(w));
      // "Rubén Darío Benítez Sosa": of two names and two surnames, the first surname is used alone.
      const inner = particle > 1 ? words[particle - 1]! : (words.length === 3 || words.length === 4) && particle === -1 && /^\p{Lu}\p{Ll}/u.test(words[words.length - 2]!) ? words[words.length - 2]! : undefined;
      if (inner) {
        actor.innerSurname = inner;
        this.indexByWord(inner, actor);
      }
      this.actors.push(actor);
    }
    actor.pending!.push({ start, end });
    if (describeNow) this.describedNation = { actor, nation: this.describe(actor) };
    return actor;
  }

  private indexByWord(word: string, actor: Actor): void {
    const known = this.byWord.get(word);
    if (known) known.push(actor);
    else this.byWord.set(word, [actor]);
  }

  /** Reads the words around each mention not read yet; returns what the last one said about the nation. */
  private describe(actor: Actor): PhraseNation | null {
    let last: PhraseNation | null = null;
    if (actor.unparsed && actor.first) {
      actor.unparsed = false;
      const parts = parseMention(actor.first.text);
      if (parts.kind !== 'person') actor.isPerson = false;
      else actor.parts = { ...parts, name: actor.parts.name };
    }
    const pending = actor.pending ?? [];
    for (let n = 0; n < pending.length; n++) {
      // The article introduces a person in the first few mentions; later ones are only read for
      // their own words (the current statement's mention, last in the list).
      if (actor.read >= DESCRIBED_MENTIONS && n < pending.length - 1) continue;
      const { start, end } = pending[n]!;
      actor.read++;
      const described = this.describingPhrase(start, end);
      last =
        this.commandTakenAfter(described.start + described.text.length) ??
        // Before the phrase's own words: "… conveyed Spain's displeasure to the ambassador, X" names the envoy by title alone.
        (actor.isPerson ? this.envoyNamedBefore(described.start, start) : null) ??
        nationOfPhrase(withNameMasked(described.text, actor.parts.name), described.start) ??
        this.ledDelegationNation(described.start) ??
        this.delegationLedAfter(described.start + described.text.length) ??
        // "His Highness Sheikh X, Deputy Ruler of Fujairah,": a place's own office the apposition names.
        (actor.isPerson ? this.placedByApposition(described.start, described.start + described.text.length) : null);
      actor.described ??= trimmedSpan(described.start, described.text);
      if (!actor.nation && last) actor.nation = last;
      const nameAt = start - described.start;
      actor.gender ??= describedGender(described.text.slice(0, nameAt).split(/\s+/), described.text.slice(nameAt).split(/\s+/)) ?? this.genderFromSentence(start, end);
      (actor.unsplit ??= []).push(described.text);
    }
    pending.length = 0;
    return last;
  }

  /**
   * "Turkish Major General X on Friday took command of the NATO-led Kosovo Force (KFOR)": whoever takes command of an
   * international body speaks for it, not for the nationality the phrase gave.
   */
  private commandTakenAfter(at: number): PhraseNation | null {
    const took = COMMAND_TAKEN_RE.exec(this.text.slice(at, at + COMMAND_TAKEN_REACH));
    if (!took) return null;
    const bodyAt = at + took.index + took[0].length - took[1]!.length;
    const body = nationsIn(took[1]!).find((m) => m.code === null && m.kind === 'international');
    return body ? { code: null, kind: 'organization', start: bodyAt + body.start, end: bodyAt + body.end } : null;
  }

  /** "The Saudi delegation was led by Deputy Foreign Minister X and the Iranian side by Y": the nation of the side led. */
  private ledDelegationNation(at: number): PhraseNation | null {
    const sentence = this.sentenceSpan(this.sentenceAt(at));
    const before = this.text.slice(Math.max(sentence.start, at - LED_DELEGATION_REACH), at);
    if (!before.endsWith('by ')) return null;
    const led = LED_DELEGATION_RE.exec(before);
    if (led) return sideNation(led[1]!, at - led[0].length + led[0].indexOf(led[1]!));
    // "Myanmar, whose generals have been barred since 2021, was represented by the Foreign Ministry's permanent secretary, X".
    const opening = this.text.slice(sentence.start, at);
    const represented = REPRESENTED_BY_RE.exec(opening);
    return represented ? sideNation(represented[1]!, sentence.start) : null;
  }

  /** "Second Finance Minister X, who is leading Malaysia's delegation to the meetings, said": the nation of the side led. */
  private delegationLedAfter(at: number): PhraseNation | null {
    const led = LEADS_DELEGATION_AFTER_RE.exec(this.text.slice(at, at + LED_DELEGATION_REACH));
    if (!led) return null;
    const sideAt = at + led[0].indexOf(led[1]!);
    // "who led the Congolese delegation": in the sense of the Congo the story names.
    return sideNation(led[1]!, sideAt) ?? this.sharedNameOf({ start: sideAt, end: sideAt + led[1]!.length, text: `${led[1]!} delegation` });
  }

  /** "the Ministry of External Affairs": an institution whose own words give its nation. */
  private registerInstitution(parts: SpeakerParts, start: number, end: number): void {
    const nation = nationOfPhrase(this.text.slice(start, end), start);
    if (!nation || nation.code === null) return;
    this.actors.push(newActor(parts, start, null, wordSet(this.text.slice(start, end)), false, nation));
  }

  /** "…, told reporters that her country …": a possessive right after a lone name tells the gender. */
  private genderFromSentence(start: number, end: number): Gender {
    const sentence = this.sentenceSpan(this.sentenceAt(start));
    const rest = this.text.slice(end, Math.min(sentence.end, end + 160));
    const m = /\b(his|her|he|she)\b/i.exec(rest);
    return m ? genderOf([m[1]!]) : null;
  }

  private personBefore(word: string, at: number): Actor | null {
    let found: Actor | null = null;
    let titled: Actor | null = null;
    for (const a of this.byWord.get(word) ?? []) {
      if (!a.isPerson || a.firstAt >= at) continue;
      // "Former Mexican President Calderon" after "Felipe Calderon": the full name is the person.
      if (!isFullName(a.parts)) {
        if (!titled || a.at > titled.at) titled = a;
        continue;
      }
      if ((a.firstWord === word || a.lastWord === word || a.innerSurname === word || isJoinedSurnameOf(a.lastWord, word)) && (!found || a.at > found.at)) {
        if (a.unparsed) this.describe(a);
        if (a.isPerson) found = a;
      }
    }
    return found ?? titled;
  }

  /**
   * "Spain summoned Italy's ambassador … He had conveyed Spain's displeasure to the ambassador, Lorenzo Ferri.": an envoy
   * (or a minister) named by the bare title is the one the story gave a country before.
   */
  private envoyNamedBefore(phraseStart: number, nameStart: number): PhraseNation | null {
    const title = BARE_ENVOY_BEFORE_NAME_RE.exec(this.text.slice(Math.max(phraseStart, nameStart - BARE_ENVOY_REACH), nameStart));
    if (!title) return null;
    let last: PhraseNation | null = null;
    for (const m of this.text.slice(0, nameStart - title[0].length).matchAll(COUNTRYS_ENVOY_RE)) {
      if (m[2]!.toLowerCase() !== title[1]!.toLowerCase()) continue;
      const own = nationOfPhrase(m[1]!, m.index);
      if (own?.code) last = own;
    }
    return last;
  }

  /** "His Highness Sheikh X, Deputy Ruler of Fujairah,": a place's own office in the apposition right after a name. */
  private placedByApposition(start: number, end: number): PhraseNation | null {
    const after = this.text.slice(end, end + APPOSITION_REACH);
    const close = after.startsWith(', ') ? after.indexOf(',', 2) : -1;
    if (close === -1) return null;
    return this.placeOfOffice(trimmedSpan(start, this.text.slice(start, end + close)))?.nation ?? null;
  }

  /** "His Highness affirmed": the latest person the story gave that courtesy before their name. */
  private honoredBefore(mention: TextSpan): Actor | null {
    const courtesy = `${mention.text.trim()} `;
    // lastIndexOf reads a negative position as 0, so the search stops by itself only after a find at 0.
    for (let at = this.text.lastIndexOf(courtesy, mention.start - 1); at >= 0; at = at === 0 ? -1 : this.text.lastIndexOf(courtesy, at - 1)) {
      let found: Actor | null = null;
      for (const a of this.actors) if (a.isPerson && a.firstAt >= at && a.firstAt <= at + HONORED_NAME_REACH && a.firstAt < mention.start && (!found || a.firstAt < found.firstAt)) found = a;
      // "His Majesty the King received …": a title given the courtesy, with no name.
      found ??= this.actors.find((a) => a.firstAt === at) ?? null;
      if (found?.pending?.length) this.describe(found);
      if (found) return found;
    }
    return null;
  }

  /** "The First Minister said … Her deputy, X, argued": an aide or deputy of the person the pronoun means speaks for their nation. */
  private aideOfPronounTarget(mention: TextSpan, described: string): ContextNation | null {
    // The office may be in the words that introduced the speaker ("Her deputy, X, whose party …, argued").
    const aide = AIDE_OF_PRONOUN_RE.exec(mention.text) ?? AIDE_OF_PRONOUN_RE.exec(described);
    if (!aide) return null;
    const target = this.pronounTarget(mention.start, genderOf([aide[1]!]));
    return target?.nation && target.nation.code !== null ? { nation: target.nation, kind: 'earlier-mention' } : null;
  }

  /** "he" after two men goes to the one the passage is about, or stays unresolved. */
  private pronounTarget(at: number, gender: Gender): Actor | null {
    const s = this.sentenceAt(at);
    const windowStart = this.sentenceSpan(Math.max(0, s - 1)).start;
    const fits = (a: Actor) => {
      if (a.pending?.length || a.unparsed) this.describe(a);
      return a.isPerson && (gender === null || a.gender === null || a.gender === gender);
    };
    const inWindow: Actor[] = [];
    for (const a of this.actors) if (a.isPerson && a.at >= windowStart && a.at < at && !inWindow.includes(a)) inWindow.push(a);
    // "Russia will require ..., Deputy Prime Minister X said. According to him, ...": a person
    // pronoun skips the institutions quoted in between.
    const last = this.lastSpeaker?.isPerson ? this.lastSpeaker : this.lastPerson;
    // The speaker the passage is about, when no one else was named since: the common case, read cheaply.
    if (last && last.isPerson && (inWindow.length === 0 || (inWindow.length === 1 && inWindow[0] === last)) && fits(last)) return last;
    const candidates = inWindow.filter(fits);
    if (last && candidates.includes(last)) return last;
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length > 1) {
      // Only one of them with a known, matching gender: that one.
      const sure = candidates.filter((a) => gender !== null && a.gender === gender);
      return sure.length === 1 ? sure[0]! : null;
    }
    if (last && last.isPerson && inWindow.length === 0 && fits(last)) return last;
    // '"…," the official said. The man was unarmed, he added.': an unnamed office holder who just spoke, with no one
    // named since.
    const unnamed = this.lastSpeaker;
    if (unnamed && !unnamed.isPerson && inWindow.length === 0 && unnamed.at >= windowStart && UNNAMED_HOLDER_RE.test(unnamed.parts.organization ?? unnamed.parts.role ?? '')) return unnamed;
    // "Liberal opposition leader Jang Hye-rin has won … ¶ Jang, 58, was sworn in … she said": a person named earlier
    // whose surname alone the passage uses.
    return inWindow.length === 0 ? this.surnameInWindow(windowStart, at, fits) : null;
  }

  /**
   * The latest person named before `from` whose family name stands alone as a word in [from, to): the last word of the
   * name, or the first ("Jang" of "Jang Hye-rin", as Korean and Chinese names are written).
   */
  private surnameInWindow(from: number, to: number, fits: (a: Actor) => boolean): Actor | null {
    const passage = this.text.slice(from, to);
    let found: Actor | null = null;
    for (const a of this.actors) {
      const words = a.isPerson && a.firstAt < from ? (a.parts.name?.split(' ') ?? []) : [];
      if (words.length < 2 || (found && found.firstAt > a.firstAt)) continue;
      if ([words[0]!, words[words.length - 1]!].some((w) => w.length >= 3 && standsAlone(passage, w)) && fits(a)) found = a;
    }
    return found;
  }

  /**
   * "Okinawa Governor Denny Tamaki, who has criticised the central government, ...": the phrase of the
   * person named right before ", who" in the same sentence, from the start of its run of capitals.
   * "China, which insists it is a developing country,": the run of capitals right before ", which".
   */
  private relativeAntecedent(relative: TextSpan): TextSpan | null {
    const pronoun = relative.text.toLowerCase();
    if (pronoun !== 'who' && pronoun !== 'which') return null;
    // "Graham—who had endorsed Bush—said": a dash sets the clause off as a comma does.
    const before = /[,—–]\s*$/.exec(this.text.slice(Math.max(0, relative.start - 4), relative.start));
    if (!before) return null;
    const comma = relative.start - before[0].length;
    const sentenceStart = this.sentenceSpan(this.sentenceAt(relative.start)).start;
    const capitals = this.capitalsEndingAt(this.text.slice(0, comma).trimEnd().length, sentenceStart);
    if (pronoun === 'which') return capitals;
    let found: Actor | null = null;
    for (const a of this.actors) if (a.isPerson && a.at >= sentenceStart && a.at < comma && (!found || a.at > found.at)) found = a;
    // "Sanders has long admired Pope Francis, who preaches": the name right before the comma, when the person found
    // earlier in the sentence is someone else; "Barkley, who": a surname alone, met in an earlier sentence.
    const foundHere = found && comma - found.at <= ANTECEDENT_REACH && (!capitals || found.parts.name?.split(' ').includes(capitals.text.split(' ').pop()!));
    if (foundHere) return { start: found!.at, end: comma, text: this.text.slice(found!.at, comma) };
    return capitals;
  }

  /** The capitalised words ending right before `end` ("The European Union", "In Taipei" gives "Taipei"). */
  private capitalsEndingAt(end: number, sentenceStart: number): TextSpan | null {
    const { tokens } = this;
    const last = tokenIndexAt(tokens, end) - 1;
    if (last < 0 || tokens[last]!.end !== end || !tokens[last]!.cap) return null;
    let first = last;
    while (first - 1 >= 0 && tokens[first - 1]!.start >= sentenceStart && last - first < 5 && tokens[first - 1]!.word && (tokens[first - 1]!.cap || tokens[first - 1]!.lower === 'of')) first--;
    while (first < last && NOT_NAME_WORDS.has(tokens[first]!.lower)) first++;
    const start = tokens[first]!.start;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** "Egypt said ..., and it warned": the institution that opened the sentence. */
  private sentenceSubject(at: number, content: TextSpan | null = null): Actor | null {
    const sentence = this.sentenceSpan(this.sentenceAt(at));
    let found: Actor | null = null;
    for (const a of this.actors) {
      if (a.isPerson || a.at < sentence.start || a.at >= at) continue;
      // "All the servicemen will be treated at institutions of the Russian Defense Ministry, it added": a body
      // named inside what was said is not the "it" that said it.
      if (content && a.at >= content.start && a.at < content.end) continue;
      if (!found || a.at < found.at) found = a;
    }
    return found;
  }

  /** "The official", "the envoy", "the ministry": the latest actor whose description holds the noun. */
  private roleNounTarget(words: string[], at: number): Actor | null {
    // "The foreign ministry said" does not refer back to the Ministry of Commerce.
    // "The Republican governor denied …": the party is said of the office holder, not part of the office.
    const keys = words.map((w) => w.toLowerCase()).filter((w) => (!GENERIC_OFFICE_WORDS.has(w) || /^(official|envoy|ministry|spokes|foreign)/.test(w)) && !PARTY_WORDS.has(w));
    if (keys.length === 0) return null;
    let found: Actor | null = null;
    // A role noun refers back a few sentences at most.
    const horizon = this.sentenceSpan(Math.max(0, this.sentenceAt(at) - ROLE_NOUN_REACH)).start;
    for (const a of this.actors) {
      if (a.firstAt >= at || a.at < horizon) continue;
      if (a.pending?.length) this.describe(a);
      const aw = wordsOf(a);
      // "Russia's permanent representative …, X, warned … The diplomat said": a diplomat by any of a diplomat's titles.
      // "Gov. X … The governor said": a title written short.
      if (keys.every((k) => aw.has(k) || [...aw].some((w) => w.startsWith(k.replace(/(woman|man|person)$/, '')) || (k === 'diplomat' && DIPLOMATIC_TITLES.has(w)) || (k === 'officer' && OFFICER_RANKS.has(w)) || SHORT_TITLES.get(w) === k))) {
        if (!found || a.at > found.at) found = a;
      }
    }
    return found;
  }

  /**
   * The nation of a state office whose own words name none ("Foreign Ministry spokesman X"):
   * a venue opening the sentence, an actor of the same office met earlier, a country opening
   * the reported clause, the speakers of the sentences just before, and last the dateline.
   */
  private contextNation(mention: TextSpan, content: TextSpan | null, officeWords: string[], named = false, described = mention.text): ContextNation | null {
    // "Summit host President X": the host speaks for the country the story is filed from.
    if (/\bhost\b/i.test(mention.text) && this.dateline) return this.datelineNation(this.dateline);
    // "Opposition senator X": an opposition is at home, where the story is filed (or the country it is about, see
    // storyCountry), unless the sentence places it.
    // (Across 26 batches of new wire stories, the dateline beat the government that spoke just before, 9 statements to 5.)
    // With no dateline we know, the country the story opens with ("ALEXANDROUPOLIS, … - Greece will extend …").
    // "Conservative justice critic X": a critic shadows a portfolio from the opposition benches.
    const home = OPPOSITION_RE.test(described) || PARTY_LEADER_RE.test(described) ? (this.dateline ? this.storyCountry(this.dateline) : this.leadCountry()) : null;
    // "In Vilnius, exiled opposition politician X … warned that the Kremlin would …": an exile speaks from abroad, for the
    // state the sentence names apart from where the exile is, or else for the country the story is about.
    if (home && EXILE_RE.test(described)) return this.exilesCountry(mention) ?? home;
    if (home) {
      const s = this.sentenceAt(mention.start);
      // "In Ankara, X, a lawmaker of the main opposition party, said": the venue opening the sentence first; then a
      // place in the phrase or after the cue ("X, campaigning in Bamenda,", "X said in Caracas": an opposition speaks at
      // home); then the section's heading ("BUCHAREST SEES … ¶ Opposition senator X said").
      return (
        this.venueBefore(s, this.sentenceSpan(s).start, mention.start, content) ??
        this.cityOpening(s, this.sentenceSpan(s).start, mention.start) ??
        this.silentScene(s) ??
        this.placeOfOffice(mention, true) ??
        this.legislatureListener(mention, content) ??
        this.venueAfter(mention, content, s, this.sentenceSpan(s).end) ??
        this.sectionHeading(s) ??
        home
      );
    }
    // Each reading below is its own small method: V8 optimises a small function sooner and
    // more cheaply than one large one, which counts on a fresh worker's first articles.
    const s = this.sentenceAt(mention.start);
    const sentence = this.sentenceSpan(s);
    // "The eastern-based government’s interior minister": the office is that body's, not the one another country's
    // interior minister held earlier in the story.
    const ownerNamed = BODY_OWNS_OFFICE_RE.test(described);
    return (
      this.representedAfter(mention) ??
      this.ownMission(mention, content) ??
      this.ownPressListener(mention, content, sentence.start) ??
      this.ownPositionExplained(mention, sentence.start) ??
      this.counterpartIn(mention, sentence.start) ??
      this.unnamedAtInternationalBody(mention, s, sentence.start) ??
      this.metWhereVisited(mention, sentence.start) ??
      this.venueBefore(s, sentence.start, mention.start, content) ??
      this.cityOpening(s, sentence.start, mention.start) ??
      this.silentScene(s) ??
      this.relayingAgency(mention, sentence) ??
      this.ownGovernmentSpeaking(content) ??
      (ownerNamed ? null : this.officeOfCountryBefore(mention, described)) ??
      this.venueInPhrase(mention) ??
      this.cityInPhrase(mention) ??
      this.owningBody(mention) ??
      this.namedBodyBefore(mention) ??
      this.placeThere(mention, s) ??
      this.venueAfter(mention, content, s, sentence.end) ??
      (ownerNamed ? null : this.sameOfficeEarlier(mention, officeWords, named)) ??
      this.aideOfPronounTarget(mention, described) ??
      this.regionalOfficeAtHome(mention.text) ??
      this.clauseSubject(content, sentence.start, mention.start) ??
      this.answerSubject(mention, content) ??
      this.reportingSpeaker(mention, s) ??
      this.ownCapitalAfter(mention, content) ??
      this.ownCountryAfter(mention, content) ??
      (ownerNamed ? this.regionalGovernmentCountry(described) : null) ??
      this.homeOrEarlier(mention, s, described) ??
      this.sectionHeading(s) ??
      (this.dateline ? this.datelineNation(this.dateline) : namesStateOffice(described) ? this.headlineCountry() : null)
    );
  }
  /**
   * "Amazon deforestation falls to record low as Brazil presses rich nations to pay up ¶ …, Environment Minister Helena
   * Barcellos said": with no dateline, a state's office holder no sentence places speaks for the country the headline names first.
   */
  private headlineCountry(): ContextNation | null {
    const span = this.sentences.length > 0 ? this.sentenceSpan(0) : null;
    if (!span || SENTENCE_CLOSE_RE.test(this.text.slice(span.start, span.end))) return null;
    const first = firstStateCue(findAllNations(this.text.slice(span.start, span.end), span.start));
    return first ? organizationAt(first.code, first.start, first.end) : null;
  }

  /**
   * "PARIS PROMISES "PROPORTIONATE" RESPONSE ¶ … Interior Minister X told …": a subheading after the dateline that
   * names one country, by its name, its capital or its people, heads the section where a title-only holder speaks.
   */
  private sectionHeading(s: number): ContextNation | null {
    if (!this.dateline) return null;
    for (let h = s - 1; h >= 0; h--) {
      if (!this.isHeading(h)) continue;
      const span = this.sentenceSpan(h);
      if (span.start <= this.dateline.start) return null;
      return this.onlyStateOf(h);
    }
    return null;
  }

  /**
   * "boat departures from eastern Libya … The eastern-based government’s interior minister": a government of one part
   * of a country is of the country the story named with that part.
   */
  private regionalGovernmentCountry(described: string): ContextNation | null {
    const side = REGIONAL_GOVERNMENT_RE.exec(described)?.[1]!.toLowerCase();
    if (!side) return null;
    for (const m of this.text.matchAll(new RegExp(`\\b${side}ern\\s+(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)`, 'gu'))) {
      const country = nationsIn(m[1]!).find((c) => c.start === 0 && c.kind === 'country' && c.code !== null);
      if (country) return { nation: { code: country.code, kind: 'organization', start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length - m[1]!.length + country.end }, kind: 'earlier-mention' };
    }
    return null;
  }

  /**
   * A title-only holder goes on for a government that spoke just before; a governor, senator, mayor or lawmaker
   * holds the story's own office ("Hokkaido Governor X" after Moscow's statements in a TOKYO story), so the
   * dateline decides for them; other speakers take the nation of the sentences before.
   */
  private homeOrEarlier(mention: TextSpan, s: number, described: string): ContextNation | null {
    // The office may be in the words that introduced the speaker ("The governor of X, Name, whose state …").
    const domestic = DOMESTIC_OFFICE_RE.test(mention.text) || DOMESTIC_OFFICE_RE.test(described);
    // "TOKYO: ISLETS "NOT AFFECTED" ¶ … Gov. X of Shimane Prefecture told …": a section's country holds its regions' offices.
    const section = domestic ? this.sectionHeading(s) : null;
    if (section) return section;
    // "The mayor of Isaccea, X, told": a town's mayor the story does not place is of the country it is filed from,
    // whoever spoke before.
    if (this.dateline && MAYOR_RE.test(described)) return this.datelineNation(this.dateline);
    // "For its part, the Presidency of the Republic affirmed": translated copy's name for its own state's presidency,
    // whoever spoke before.
    if (this.dateline && OWN_PRESIDENCY_RE.test(mention.text)) return this.datelineNation(this.dateline);
    if (!this.holdsHomeTitle(mention)) {
      // "The Russian Embassy in Copenhagen warned … Ambassador X said": an envoy goes on for the mission that spoke before.
      const earlier = this.earlierSentences(s, domestic, ENVOY_TITLE_RE.test(mention.text));
      // "Minister of Foreign Affairs X held talks with his Egyptian counterpart": not of the counterpart's country.
      if (earlier?.nation.code && this.dateline && earlier.nation.code !== this.dateline.code && this.metHostsOf(earlier.nation.code, mention.start)) return this.datelineNation(this.dateline);
      return earlier;
    }
    return domestic ? null : this.governmentJustBefore(s, mention.start);
  }

  /**
   * "LONDON (Reuters) - ... Paris has granted 180 licences. Environment Secretary Thomas Hale said ...":
   * wire copy names its own country's office holders by title alone, so neither a sentence that opens with
   * another country nor that country's people quoted before make such a holder that country's
   * ("MOSCOW … Pezeshkian said … Deputy Foreign Minister Andrei Rudenko told Sever-Press" is Russian).
   */
  private holdsHomeTitle(mention: TextSpan): boolean {
    // "President Emmanuel Macron, speaking on the sidelines of a summit in Brussels,": the title and name alone.
    return this.dateline !== null && HOME_TITLE_RE.test(speakerCore(mention.text).replace(/[\s,]+$/, ''));
  }

  private datelineNation(dateline: Dateline): ContextNation {
    return { nation: { code: dateline.code, kind: 'dateline', start: dateline.start, end: dateline.end }, kind: 'dateline' };
  }

  /**
   * "At the United Nations, a spokesperson for the secretary-general said": an unnamed office holder in the house of an
   * international body that opens the sentence is the body's.
   */
  private unnamedAtInternationalBody(mention: TextSpan, s: number, sentenceStart: number): ContextNation | null {
    if (UNNAMED_EXCEPT_OPENING_RE.test(mention.text)) return null;
    const opening = AT_BODY_OPENING_RE.exec(this.text.slice(sentenceStart, mention.start));
    if (!opening) return null;
    const body = this.cuesIn(s, sentenceStart, sentenceStart + opening[0].length)[0];
    return body && body.code === null && body.kind === 'international' ? organizationAt(null, body.start, body.end) : null;
  }

  /** "Pierce then traveled to Damascus, where he met Foreign Minister X": one met where a visitor went is the host. */
  private metWhereVisited(mention: TextSpan, sentenceStart: number): ContextNation | null {
    const visit = MET_WHERE_VISITED_RE.exec(this.text.slice(sentenceStart, mention.start));
    if (!visit) return null;
    const place = nationsIn(visit[1]!)[0];
    if (!place || place.code === null || place.start !== 0 || (place.kind !== 'capital' && place.kind !== 'country')) return null;
    const start = sentenceStart + groupStart(0, visit, visit[1]!);
    return organizationAt(place.code, start, start + place.end);
  }

  /** "Explaining China's abstention, deputy permanent representative X said": one explains their own country's stand. */
  private ownPositionExplained(mention: TextSpan, sentenceStart: number): ContextNation | null {
    const opening = POSITION_EXPLAINED_RE.exec(this.text.slice(sentenceStart, mention.start));
    if (!opening) return null;
    const owner = nationsIn(opening[1]!)[0];
    if (!owner || owner.code === null || owner.start !== 0 || owner.end !== opening[1]!.length || (owner.kind !== 'country' && owner.kind !== 'capital')) return null;
    const start = sentenceStart + opening[0].indexOf(opening[1]!);
    return organizationAt(owner.code, start, start + owner.end);
  }

  /**
   * "Speaking to Hungarian state media in Luxembourg, Foreign Minister X said", "X told Polish television that": an
   * office holder speaks to their own country's press, wherever they are.
   */
  private ownPressListener(mention: TextSpan, content: TextSpan | null, sentenceStart: number): ContextNation | null {
    const before = PRESS_LISTENER_BEFORE_RE.exec(this.text.slice(sentenceStart, mention.start));
    const gapEnd = content && content.start >= mention.end ? content.start : mention.end;
    const after = before ? null : PRESS_LISTENER_AFTER_RE.exec(this.text.slice(mention.end, gapEnd));
    const found = before ?? after;
    if (!found) return null;
    const people = nationsIn(found[1]!)[0];
    if (!people || people.code === null || people.kind !== 'demonym' || people.start !== 0) return null;
    const start = groupStart(before ? sentenceStart : mention.end, found, found[1]!);
    return organizationAt(people.code, start, start + people.end);
  }

  /** "Opposition lawmaker X told the Dewan Rakyat that …": the chamber a lawmaker addresses is of the lawmaker's country. */
  private legislatureListener(mention: TextSpan, content: TextSpan | null): ContextNation | null {
    if (!content || content.start < mention.end) return null;
    const gap = this.text.slice(mention.end, content.start);
    const told = CHAMBER_LISTENER_RE.exec(gap);
    const chamber = told ? nationsIn(told[1]!)[0] : undefined;
    if (!chamber || chamber.start !== 0 || chamber.code === null || chamber.kind !== 'institution') return null;
    const start = groupStart(mention.end, told!, told![1]!);
    return organizationAt(chamber.code, start, start + chamber.end);
  }

  /** "In Oslo, Foreign Minister ...", "At a regular briefing in Beijing, ...". */
  private venueBefore(s: number, sentenceStart: number, mentionStart: number, content: TextSpan | null): ContextNation | null {
    let previous: NationMatch | null = null;
    for (const m of this.cuesIn(s, sentenceStart, mentionStart)) {
      const owner = previous;
      previous = m;
      if (this.insideStatement(m.start)) continue;
      const before = this.text.slice(Math.max(sentenceStart, m.start - VENUE_REACH), m.start);
      // "Speaking at the Qatari embassy in Moscow, the minister said": the embassy's country, not its host's.
      if (EMBASSY_IN_BEFORE_RE.test(before)) {
        if (owner?.code && (owner.kind === 'demonym' || owner.kind === 'country') && EMBASSY_AFTER_OWNER_RE.test(this.text.slice(owner.end, m.start))) return organizationAt(owner.code, owner.start, owner.end);
        continue;
      }
      // "At NATO headquarters in Brussels, a spokesperson said": the body's own house, whose staff speak for no state.
      if (m.code === null) {
        if (m.kind === 'international' && BODY_SEAT_RE.test(this.text.slice(m.end, m.end + DEMONYM_VENUE_REACH)) && VENUE_BEFORE_RE.test(before)) return organizationAt(null, m.start, m.end);
        continue;
      }
      // "In the Turkish parliament, X said", "In the Greek capital, …": a state's own house or capital as the scene;
      // "At the Quai d'Orsay, a spokesperson said", "At Prague Castle, …": so is a building that stands for its government.
      // "In The Hague, Energy Minister X told parliament": a seat of government opening the sentence is the scene.
      const house =
        (m.kind === 'demonym' && DEMONYM_VENUE_RE.test(this.text.slice(m.end, m.end + DEMONYM_VENUE_REACH))) ||
        (m.kind === 'institution' && (AT_THE_BEFORE_RE.test(before) || SEAT_OPENING_RE.test(this.text.slice(sentenceStart, m.start))));
      if (m.kind !== 'capital' && m.kind !== 'country' && !house) continue;
      // "Joined by telephone in Paris, the opposition candidate X": where a speaker was reached, not whom they speak for.
      if (REACHED_IN_BEFORE_RE.test(before)) continue;
      // "Speaking in Paris, where he has lived since 2021, opposition leader X": nor where they live.
      if (LIVED_THERE_AFTER_RE.test(this.text.slice(m.end, m.end + LIVED_THERE_REACH))) continue;
      // "... U.S. missiles in Germany, Deputy Foreign Minister X said": a place in what X said is not where X is.
      if (content && m.start >= content.start && m.start < content.end) continue;
      // "In Necocli, on Colombia's Caribbean coast, the town's mayor": a town placed in a part of a country.
      const partOfCountry = m.kind === 'country' && PLACE_THEN_PART_BEFORE_RE.test(before) && COUNTRYS_PART_AFTER_RE.test(this.text.slice(m.end, m.end + DEMONYM_VENUE_REACH + 10));
      if (!VENUE_BEFORE_RE.test(before) && !partOfCountry) continue;
      // "Speaking in Luxembourg on the sidelines of a meeting of euro zone finance ministers, Economy Minister X": where a
      // meeting is held, ministers come to from abroad.
      if (MEETING_AFTER_VENUE_RE.test(this.text.slice(m.end, Math.min(mentionStart, m.end + MEETING_AFTER_REACH)))) continue;
      // "… as EU interior ministers met in Luxembourg. ¶ In Luxembourg, Interior Minister X stressed": so is a place the
      // story named as where a meeting was held, unless it is filed from there.
      if (this.meetingHeldBefore(this.text.slice(m.start, m.end), m.code, sentenceStart)) continue;
      return organizationAt(m.code, m.start, m.end);
    }
    return null;
  }

  /** "According to Russia's Sever-Press news agency, Deputy Foreign Minister X said": a national agency relays its own officials. */
  private relayingAgency(mention: TextSpan, sentence: { start: number; end: number }): ContextNation | null {
    const before = this.text.slice(sentence.start, mention.start);
    // "Russia's Vostok-Info news agency quoted Deputy Energy Minister X as saying", "The state-run Asmara Herald quoted",
    // "North Korea's state media quoted the National Aerospace Technology Administration", "The official Hanoi Daily quoted",
    // "Eritrea's state broadcaster Radio Dahlak quoted Information Minister X":
    // so does a national news agency or a state's outlet that quotes them; not any outlet ("Norway's public
    // broadcaster Nordlys quoted a Northern Fleet spokesman").
    // "X was quoted by the Greek news agency Aegean Press as saying": so does the passive.
    const relay =
      /\baccording to ([^,]{2,80}),/i.exec(before) ??
      /\baccording to (.{2,80})$/i.exec(this.text.slice(mention.end, sentence.end)) ??
      /^(.{0,80}?\b(?:[Aa]gency|state-run|state-owned|state (?:media|television|TV|radio|broadcaster)|[Tt]he official)\b.{0,40}?)\s+quoted\s+$/.exec(before) ??
      // "Colombian broadcaster Canal Andino quoted Attorney General X as saying": any national outlet, when it quotes a
      // title and a name as its own country's copy writes them.
      (this.holdsHomeTitle(mention) ? /^(.{0,80}?\b(?:broadcaster|newspaper|daily|television|radio)\b.{0,40}?)\s+quoted\s+$/.exec(before) : null) ??
      QUOTED_BY_AGENCY_RE.exec(this.text.slice(mention.end, sentence.end));
    if (!relay) return null;
    const offset = groupStart(relay.input === before ? sentence.start : mention.end, relay, relay[1]!);
    const cue = nationsIn(relay[1]!).find((m) => m.code !== null);
    return cue ? organizationAt(cue.code, offset + cue.start, offset + cue.end) : null;
  }

  /** "The ministry's spokesman": the nation of the body met earlier. */
  private owningBody(mention: TextSpan, owners = OWNING_BODY_RE): ContextNation | null {
    const owner = owners.exec(mention.text);
    if (!owner) return null;
    const target = this.roleNounTarget([owner[1]!], mention.start);
    return target?.nation && target.nation.code !== null ? { nation: target.nation, kind: 'earlier-mention' } : null;
  }

  /**
   * "The envoy, Greek diplomat X", "the coordinator, Jonathan Pryce,": an office named by its noun alone, then its
   * holder, is the office of that noun that spoke just before; the nation (or none) it had.
   */
  private roleNamedAgain(mention: TextSpan): PhraseNation | null {
    const role = ROLE_APPOSED_RE.exec(mention.text) ?? ROLE_TITLED_RE.exec(mention.text);
    const target = role ? this.roleNounTarget([role[1]!], mention.start) : null;
    return target?.nation ?? null;
  }

  private stateRoleNamedAgain(mention: TextSpan): ContextNation | null {
    const again = this.roleNamedAgain(mention);
    return again && again.code !== null ? { nation: again, kind: 'earlier-mention' } : null;
  }

  /**
   * "The Central Bank of West African States will …, the bank's governor said", "A spokesperson for the court": a
   * body named by its kind is the last one the story named with that word, whose nation (or none) it keeps.
   */
  private namedBodyBefore(mention: TextSpan, kindNoun?: string): ContextNation | null {
    const noun = kindNoun ?? BODY_BY_KIND_RE.exec(mention.text)?.[1]!.toLowerCase();
    if (!noun) return null;
    const from = Math.max(0, mention.start - NAMED_BODY_REACH);
    // Sentence by sentence, through the cues each sentence already had read: the whole stretch as one text
    // would also fill the shared phrase cache with long keys, article after article.
    for (let s = this.sentenceAt(mention.start); s >= 0 && this.sentenceSpan(s).end > from; s--) {
      const named = this.cuesIn(s, from, mention.start);
      for (let n = named.length - 1; n >= 0; n--) {
        const m = named[n]!;
        if ((m.kind !== 'institution' && m.code !== null) || !this.text.slice(m.start, m.end).toLowerCase().split(/\s+/).includes(noun)) continue;
        return { nation: { code: m.code, kind: 'organization', start: m.start, end: m.end }, kind: 'organization' };
      }
    }
    return null;
  }

  /**
   * "Hungary says it has met EU conditions as Commission keeps billions frozen … A Commission official said": in a story
   * about the European Union, the Commission capitalised and alone is the European Commission.
   */
  private europeanCommission(kind: string, at: number): ContextNation | null {
    return kind === 'commission' ? this.europeanUnionBefore(at, EU_CUE_RE) : null;
  }

  /** The first name of the European Union (as `names` reads it) that the story gives before `at`, as a body of no nation. */
  private europeanUnionBefore(at: number, names: RegExp): ContextNation | null {
    for (let s = 0; s < this.sentences.length && this.sentenceSpan(s).start < at; s++) {
      const span = this.sentenceSpan(s);
      const eu = this.cuesIn(s, span.start, Math.min(span.end, at)).find((m) => m.code === null && names.test(this.text.slice(m.start, m.end)));
      if (eu) return { nation: { code: null, kind: 'organization', start: eu.start, end: eu.end }, kind: 'organization' };
    }
    return null;
  }

  /** The latest body that spoke before `at` whose name ends in `noun` ("commission", "court"), with the nation it had. */
  private bodySpokenBefore(noun: string, at: number): ContextNation | null {
    for (let n = this.actors.length - 1; n >= 0; n--) {
      const a = this.actors[n]!;
      if (a.isPerson || a.firstAt >= at || !a.nation) continue;
      const name = (a.parts.organization ?? a.parts.name ?? '').toLowerCase();
      // "State Committee for National Security (GKNB)": the kind is the head its modifiers follow.
      if (name.endsWith(` ${noun}`) || name === noun || name.includes(` ${noun} for `) || name.includes(` ${noun} of `)) return { nation: a.nation, kind: 'earlier-mention' };
      // "South Korea's National Intelligence Service (NIS) … according to the agency": an agency named a service or bureau.
      if (noun === 'agency' && AGENCY_NAME_END_RE.test(name)) return { nation: a.nation, kind: 'earlier-mention' };
    }
    return null;
  }

  /**
   * "South Korea's state arms procurement agency signed a contract …, the agency said": a body named by its kind after
   * what it said is the body that opens it, of the nation that opens it.
   */
  private bodyOpeningContent(noun: string, content: TextSpan, at: number): ContextNation | null {
    if (content.end > at) return null;
    const subject = new RegExp(`^[^,;:"“]{0,60}?\\b${noun}\\b`, 'i').exec(content.text);
    if (!subject || nationsIn(subject[0]).some((m) => m.code === null)) return null;
    const sentence = this.sentenceSpan(this.sentenceAt(at));
    return this.clauseSubject(content, sentence.start, at);
  }

  /** "Officials there said": the place the sentence before named. */
  private placeThere(mention: TextSpan, s: number): ContextNation | null {
    if (!/\bthere\b/i.test(mention.text) || s === 0) return null;
    const prev = this.sentenceSpan(s - 1);
    const place = this.cuesIn(s - 1, prev.start, prev.end).find((m) => m.code !== null);
    return place ? organizationAt(place.code, place.start, place.end) : null;
  }

  /**
   * The latest earlier actor whose description shares a distinctive office word. For a named office holder,
   * not another named person: two people with the same portfolio are counterparts of two states as often as
   * colleagues ("Environment Minister Inês Carvalhal Mota … Secretary of State for Environment Álvaro Quintanilla Roig").
   */
  private sameOfficeEarlier(mention: TextSpan, officeWords: string[], named: boolean): ContextNation | null {
    const lower = officeWords.map((w) => w.toLowerCase());
    // "The army-led government, which froze its IGAD membership,": the office's own words, not its relative clause's.
    const core = speakerCore(mention.text).toLowerCase();
    const distinctive = lower.filter((w) => w.length > 2 && !GENERIC_OFFICE_WORDS.has(w) && !STATE_WORDS.has(w) && core.includes(w));
    // "South Korea's top diplomat on Saturday urged … ¶ Foreign Minister X told": the lead's unnamed top diplomat is the
    // foreign minister the story names next.
    const foreignChief = lower.includes('foreign') && (lower.includes('minister') || lower.includes('secretary'));
    if (distinctive.length === 0 && !foreignChief) return null;
    let found: Actor | null = null;
    for (const a of this.actors) {
      if (a.at >= mention.start || !a.nation) continue;
      if (foreignChief && !a.isPerson && TOP_DIPLOMAT_RE.test(a.parts.organization ?? a.parts.name ?? '') && a.nation.code !== null && (!found || a.at > found.at)) {
        found = a;
        continue;
      }
      if (named && a.isPerson && isFullName(a.parts)) continue;
      // "The European Commission said ... Commission spokesperson X": an international body met
      // earlier speaks for no nation, and neither does its office.
      if (a.nation.code === null && (a.isPerson || !a.parts.organization)) continue;
      // "The World Health Organization said ... The health ministry said": a body's modifier is not its office.
      if (a.nation.code === null && !distinctive.includes(a.parts.organization!.split(/\s+/).at(-1)!.toLowerCase())) continue;
      if (distinctive.some((w) => wordsOf(a).has(w)) && (!found || a.at > found.at)) found = a;
    }
    if (!found?.nation) return null;
    // "Saudi Arabia's energy ministry said … ¶ Oman … said it would keep its output. "…," Energy and Minerals Minister X
    // told state television": a government that spoke in the sentence just before outranks an office met further back.
    const s = this.sentenceAt(mention.start);
    const before = s > 0 ? this.bodyNationIn(s - 1) : undefined;
    if (!found.isPerson && before?.code && before.code !== found.nation.code && this.sentenceAt(found.at) < s - 1) return null;
    return { nation: found.nation, kind: 'earlier-mention' };
  }

  /** "Russia will require ..., Deputy Prime Minister X said": the clause's subject is the speaker's country. */
  private clauseSubject(content: TextSpan | null, sentenceStart: number, mentionStart: number): ContextNation | null {
    if (!content || content.end > mentionStart) return null;
    // "GENEVA, May 14 (Reuters) - China has launched ..., the ministry said": the clause opens after the dateline.
    const clauseStart = sentenceStart + datelineOpeningLength(this.text.slice(sentenceStart, content.start + 1));
    if (content.start > clauseStart + 2) return null;
    const openings = nationsIn(this.text.slice(content.start, Math.min(content.end, content.start + 40)));
    const opening = openings[0];
    // "Russia and Ukraine each released 150 prisoners …, the ministry said": two countries together are neither's voice.
    const joined = openings[1];
    if (opening && joined && joined.code !== opening.code && /^\s+and\s+(?:the\s+)?$/.test(this.text.slice(content.start + opening.end, content.start + joined.start))) return null;
    // "The Philippines summoned ...": a country's name may take its article; '"Djibouti remains …," X said': a
    // quotation its mark.
    const atStart = opening && (opening.start === 0 || /^(?:[Tt]he\s+|["“‘'])$/.test(this.text.slice(content.start, content.start + opening.start)));
    if (!opening || !atStart || opening.code === null || opening.kind === 'media') return null;
    // "The Sierra Leone-flagged Dawn Mariner left Rajin …": a country joined by a hyphen describes what opens the clause.
    if (this.text[content.start + opening.end] === '-') return null;
    // "North Korea fired a ballistic missile …, the Joint Chiefs of Staff said": a country's hostile act is reported
    // by those it was aimed at, unlike its own plans ("Russia will require …, the deputy prime minister said").
    // "Israeli artillery shelled …": so is one its forces carried out.
    if (HOSTILE_ACT_RE.test(this.text.slice(content.start + opening.end, content.end).replace(ARMED_FORCE_RE, ''))) return null;
    // "The Russian charge d'affaires was summoned to the Foreign Ministry …, the ministry said": the host summons.
    if (ENVOY_SUMMONED_RE.test(this.text.slice(content.start + opening.end, content.end))) return null;
    if (this.metHostsOf(opening.code, mentionStart)) return null;
    return this.mediatorAtHome(content) ?? organizationAt(opening.code, content.start + opening.start, content.start + opening.end);
  }

  /**
   * "MUSCAT … Iran has released the crew following mediation by the Sultanate of Oman, the Foreign Ministry announced":
   * the country the story is filed from, named as the one that brokered what another did, is the one telling it.
   */
  private mediatorAtHome(content: TextSpan): ContextNation | null {
    if (!this.dateline) return null;
    const broker = BROKERED_BY_RE.exec(content.text);
    if (!broker) return null;
    const at = content.start + broker.index + broker[0].length;
    const who = nationsIn(this.text.slice(at, Math.min(content.end, at + BROKER_REACH)))[0];
    return who && who.start === 0 && who.code === this.dateline.code ? organizationAt(who.code, at + who.start, at + who.end) : null;
  }

  /**
   * "Saudi Arabia has agreed to roll over a deposit …, Finance Minister X said … ¶ X, speaking in Riyadh after meeting
   * Saudi officials, said": a speaker the story has meet a country's officials or counterpart, in this sentence or the
   * next, is not of that country.
   */
  private metHostsOf(code: string, at: number): boolean {
    const s = this.sentenceAt(at);
    const end = this.sentenceSpan(Math.min(s + 1, this.sentences.length - 1)).end;
    for (const m of this.text.slice(at, end).matchAll(MET_HOSTS_RE)) if (nationsIn(m[1]!).some((n) => n.code === code)) return true;
    return false;
  }

  /**
   * "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference ... A: China firmly opposes ...": a
   * briefer named in a transcript's title speaks for the country their answer opens with.
   */
  private answerSubject(mention: TextSpan, content: TextSpan | null): ContextNation | null {
    if (!content || this.sentenceAt(mention.start) !== 0 || mention.end > content.start) return null;
    const lineStart = this.text.lastIndexOf('\n', content.start - 1) + 1;
    if (!/^[A-Z]:\s*$/.test(this.text.slice(lineStart, content.start))) return null;
    return this.clauseSubject(content, content.start, content.end);
  }

  /**
   * "Environment Secretary Tom Hughes said London had issued licences": an office holder names their own
   * government by its capital, and others' by their countries, when the reported clause opens with it.
   */
  private ownCapitalAfter(mention: TextSpan, content: TextSpan | null): ContextNation | null {
    const clause = this.reportedClauseOpening(mention, content);
    const opening = clause?.opening;
    if (!opening || opening.start !== 0 || opening.kind !== 'capital' || opening.code === null) return null;
    // "Foreign Minister X wrote that Asmara had moved "several mechanized divisions" toward the border": what another
    // capital did against them.
    if (this.hostileActAfter(clause.from + opening.end)) return null;
    return organizationAt(opening.code, clause.from, clause.from + opening.end);
  }

  /** "Blue Economy Minister X said Seychelles could take in the vessels": a country that is the subject of what they said. */
  private ownCountryAfter(mention: TextSpan, content: TextSpan | null): ContextNation | null {
    const clause = this.reportedClauseOpening(mention, content);
    const opening = clause?.opening;
    if (!opening || !/^(?:[Tt]he\s+)?$/.test(this.text.slice(clause.from, clause.from + opening.start)) || opening.kind !== 'country' || opening.code === null) return null;
    const { from } = clause;
    const after = this.ownPlansAfter(from, opening, clause.end);
    if (after === null || this.hostileActAfter(from + opening.end)) return null;
    return organizationAt(opening.code, from + opening.start, from + opening.end);
  }

  /** Whether the words at `at`, after a country or capital, tell an attack, an incursion or a build-up it made. */
  private hostileActAfter(at: number): boolean {
    const after = this.text.slice(at, at + OWN_PLANS_REACH).replace(PERFECT_AUXILIARY_RE, ' ').replace(ARMED_FORCE_RE, '');
    return HOSTILE_ACT_RE.test(after) || BUILD_UP_RE.test(after);
  }

  /** The words after a subject opening what was said at `from`, when they tell its own plans ("would supply"); else null. */
  private ownPlansAfter(from: number, opening: NationMatch, contentEnd: number): string | null {
    const after = this.text.slice(from + opening.end, Math.min(contentEnd, from + opening.end + OWN_PLANS_REACH));
    return SELF_CLAUSE_VERB_RE.test(after) ? after : null;
  }

  /**
   * The first nation cue of a reported clause that follows its cue right after the speaker ("said [that] London …"),
   * where the clause starts; null for an appeal's addressee ("Fathy warned Addis Ababa against …").
   */
  private reportedClauseOpening(mention: TextSpan, content: TextSpan | null): { from: number; opening: NationMatch | undefined; end: number } | null {
    if (!content) return null;
    // "Noting that …, Minister X said Tokyo would …": the participle's statement comes first; the clause after "said" is
    // the same speaker's.
    if (content.start < mention.end) {
      const said = content.end <= mention.start ? SAID_AFTER_MENTION_RE.exec(this.text.slice(mention.end, mention.end + SAID_AFTER_REACH)) : null;
      if (!said) return null;
      const from = mention.end + said[0].length;
      const end = this.sentenceSpan(this.sentenceAt(mention.start)).end;
      return { from, opening: nationsIn(this.text.slice(from, Math.min(end, from + 30)))[0], end };
    }
    // "A foreign ministry official, who asked not to be named, said Seoul …": a relative clause says nothing of whom.
    const gap = this.text.slice(mention.end, content.start).replace(RELATIVE_ASIDE_RE, '');
    // "X told a regular press briefing that Seoul …": a gathering or the press heard it, no government.
    if ((gap.length > 12 && !TOLD_THE_PRESS_RE.test(gap)) || ADDRESSEE_CUE_RE.test(gap)) return null;
    return { ...this.contentOpening(content), end: content.end };
  }

  /** Where what was said starts, past a "that", and the first nation cue of its opening words. */
  private contentOpening(content: TextSpan): { from: number; opening: NationMatch | undefined } {
    const from = this.pastThat(content);
    return { from, opening: nationsIn(this.text.slice(from, Math.min(content.end, from + 30)))[0] };
  }

  /** Where what was said starts, past a "that" opening it. */
  private pastThat(content: TextSpan): number {
    return content.start + (/^that\s/.test(this.text.slice(content.start, content.start + 5)) ? 5 : 0);
  }

  /** "Foreign Secretary David Lammy, speaking in London,": where the speaker's own phrase places them. */
  private venueInPhrase(mention: TextSpan): ContextNation | null {
    const speaking = SPEAKING_AT_RE.exec(mention.text);
    if (!speaking) return null;
    const from = speaking.index + speaking[0].length;
    const after = nationsIn(mention.text.slice(from));
    const place = after[0];
    if (!place || place.start !== 0 || place.code === null || (place.kind !== 'capital' && place.kind !== 'country')) return null;
    // "speaking in Bishkek after talks with Kyrgyz officials": the hosts named beside the place make the speaker a visitor;
    // so does a meeting there ("speaking in Cairo on the sidelines of an Arab League meeting").
    if (after.some((m) => m !== place && m.code === place.code)) return null;
    if (VISIT_AFTER_RE.test(mention.text.slice(from + place.end, from + place.end + VENUE_REACH))) return null;
    return organizationAt(place.code, mention.start + from, mention.start + from + place.end);
  }

  /** Whether the story named `place`, of country `code`, as where a meeting was held before `before` (the dateline's city only as a summit's). */
  private meetingHeldBefore(place: string, code: string | null, before: number): boolean {
    if (!code) return false;
    for (let at = this.text.indexOf(place); at !== -1 && at + place.length <= before; at = this.text.indexOf(place, at + 1)) {
      const held = MEETING_HELD_IN_RE.exec(this.text.slice(Math.max(0, at - MEETING_HELD_REACH), at));
      // "LISBON — … on the sidelines of the NATO summit in Lisbon": a summit's city, even the one filed from.
      if (held && (code !== this.dateline?.code || held[1])) return true;
    }
    return false;
  }

  /** A known place's country, or that of a place the story introduced ("the Italian island of Lampedusa"). */
  private placeCountryInStory(place: string): string | null {
    const known = placeCountry(place);
    if (known) return known;
    if (!this.introducedPlaces) {
      this.introducedPlaces = new Map();
      for (const m of this.text.matchAll(INTRODUCED_PLACE_RE)) {
        const people = nationsIn(m[1]!).find((c) => c.start === 0 && c.end === m[1]!.length && c.code !== null && (c.kind === 'demonym' || c.kind === 'country'));
        if (people && !this.introducedPlaces.has(m[2]!)) this.introducedPlaces.set(m[2]!, people.code!);
      }
    }
    return this.introducedPlaces.get(place) ?? null;
  }

  /**
   * "In Zamboanga City, Western Mindanao Command spokesperson X said": a sentence opening in a known place (our dateline
   * cities or the generated places; a country's city, not a hub such as Geneva) places the office holder there.
   */
  private cityOpening(s: number, sentenceStart: number, mentionStart: number): ContextNation | null {
    const opening = CITY_OPENING_RE.exec(this.text.slice(sentenceStart, Math.min(mentionStart, sentenceStart + SCENE_OPENING_REACH)));
    if (!opening) return null;
    // "in Nogales, Sonora,": the state or province settles a city's name that more than one country has.
    const region = opening[2] ? this.placeCountryInStory(opening[2]) : null;
    const place = region ? opening[2]! : opening[1]!;
    const code = region ?? this.placeCountryInStory(opening[1]!);
    if (!region && this.meetingHeldBefore(opening[1]!, code, sentenceStart)) return null;
    // The city ends at the opening's first comma; its state or province closes the opening.
    const start = sentenceStart + (region ? opening[0].lastIndexOf(place) : opening[0].indexOf(',') - place.length);
    return code ? organizationAt(code, start, start + place.length) : null;
  }

  /**
   * "In Bogotá, Venezuela's foreign minister … said … ¶ His host, Foreign Minister X, insisted": the host is of the
   * country where the visitor who spoke last was, not the visitor's.
   */
  private hostOfVisitor(mention: TextSpan, s: number): ContextNation | null {
    if (!HOST_RE.test(mention.text)) return null;
    const visitor = this.lastSpeaker?.nation?.code;
    for (let back = s; back >= Math.max(0, s - 1); back--) {
      const span = this.sentenceSpan(back);
      const places = this.cuesIn(back, span.start, Math.min(span.end, mention.start)).filter(
        (m) => m.code !== null && m.code !== visitor && (m.kind === 'capital' || m.kind === 'country') && VENUE_BEFORE_RE.test(this.text.slice(Math.max(span.start, m.start - VENUE_REACH), m.start)),
      );
      const place = places[places.length - 1];
      if (place) return organizationAt(place.code, place.start, place.end);
    }
    return null;
  }

  /** "Across the border, his counterpart in Lahore, Chief Minister X, said": the office is where the counterpart sits. */
  private counterpartIn(mention: TextSpan, sentenceStart: number): ContextNation | null {
    const lead = COUNTERPART_IN_RE.exec(this.text.slice(Math.max(sentenceStart, mention.start - COUNTERPART_REACH), mention.start));
    if (!lead) return null;
    const place = lead[1]!;
    const code = placeCountry(place) ?? nationsIn(place).find((m) => m.start === 0 && m.end === place.length && m.code !== null && (m.kind === 'capital' || m.kind === 'country'))?.code;
    const start = mention.start - lead[0].length + lead[0].lastIndexOf(place);
    return code ? organizationAt(code, start, start + place.length) : null;
  }

  /**
   * "India's minister of state for sports watched the final … ¶ Minister of State for Sports X told reporters": a title
   * of two words or more that the story gave a country's possessive or people before is that country's office.
   */
  private officeOfCountryBefore(mention: TextSpan, described: string): ContextNation | null {
    const role = parseMention(described).role;
    if (!role || !role.includes(' ') || role.length > OFFICE_TITLE_MAX) return null;
    const title = role.toLowerCase();
    // "Japan's industry minister … Economy, Trade and Industry Minister X": the last of joined portfolios may stand for them all.
    const joined = title.lastIndexOf(' and ');
    const lastPortfolio = joined === -1 ? '' : title.slice(joined + 5);
    return this.titleOwnedBefore(title, mention.start) ?? (lastPortfolio.includes(' ') ? this.titleOwnedBefore(lastPortfolio, mention.start) : null);
  }

  /** The country whose possessive or people last stood before `title` (lower case) ahead of `before`. */
  private titleOwnedBefore(title: string, before: number): ContextNation | null {
    const lower = (this.lowerText ??= this.text.toLowerCase());
    for (let at = lower.lastIndexOf(title, before - title.length); at > 0; at = lower.lastIndexOf(title, at - 1)) {
      const lead = this.text.slice(Math.max(0, at - OFFICE_OWNER_REACH), at);
      const owner = OFFICE_OWNER_RE.exec(lead);
      // "Lamin Ceesay Jallow, a former Gambian foreign minister": an office once held names no one's country now.
      if (owner && FORMER_OWNER_RE.test(lead.slice(0, owner.index))) continue;
      const cue = owner ? nationsIn(owner[1]!).find((m) => m.code !== null && (m.kind === 'country' || m.kind === 'demonym')) : undefined;
      if (cue) return organizationAt(cue.code, at - owner![0].length + cue.start, at - owner![0].length + cue.end);
    }
    return null;
  }

  /** "The internationally recognised government in Aden": an office the phrase places in a known city. */
  private cityInPhrase(mention: TextSpan): ContextNation | null {
    // "The Tripoli-based Government of National Unity": a government is of the country whose city it sits in.
    const based = CITY_BASED_GOVERNMENT_RE.exec(mention.text);
    const city = based ? nationsIn(based[1]!).find((m) => m.kind === 'capital' && m.end === based[1]!.length) : undefined;
    if (city?.code) return organizationAt(city.code, mention.start + based!.index + city.start, mention.start + based!.index + city.end);
    const town = based ? based[1]!.split(' ').at(-1)! : '';
    const townCode = town ? placeCountry(town) : null;
    if (townCode) return organizationAt(townCode, mention.start + based!.index + based![1]!.length - town.length, mention.start + based!.index + based![1]!.length);
    const placed = CITY_IN_PHRASE_RE.exec(mention.text);
    const code = placed ? placeCountry(placed[1]!) : null;
    if (!code || !namesStateOffice(mention.text.slice(0, placed!.index)) || DIPLOMAT_RE.test(mention.text)) return null;
    // The match may run on past the place over a closing comma ("a group based in Philadelphia,").
    const start = mention.start + placed!.index + placed![0].lastIndexOf(placed![1]!);
    return organizationAt(code, start, start + placed![1]!.length);
  }

  /** "... told a news conference in Cairo": where an office holder speaks, outside the reported words. */
  private venueAfter(mention: TextSpan, content: TextSpan | null, s: number, sentenceEnd: number): ContextNation | null {
    // "X accused Minsk of … and said the migrants had arrived in Belarus": past what X said comes another clause, not X's venue.
    const end = content && content.start >= mention.end ? Math.min(sentenceEnd, content.start) : sentenceEnd;
    for (const m of this.cuesIn(s, mention.end, end)) {
      if (m.code === null || (m.kind !== 'capital' && m.kind !== 'country')) continue;
      if ((content && m.start >= content.start && m.start < content.end) || this.insideStatement(m.start)) continue;
      if (VISIT_AFTER_RE.test(this.text.slice(m.end, m.end + VENUE_REACH))) continue;
      // "X said after talks with her Vietnamese counterpart in Hanoi": the counterpart is at home there, X visiting;
      // "X, who is on an official visit to China, told reporters in Beijing": so is one the sentence says visits.
      if (VISITOR_RE.test(this.text.slice(mention.start, m.start))) continue;
      // "Noting that …, Minister X said Tokyo would raise the issue at an APEC meeting in Lima": past the cue, what was
      // said has begun (its content may not be read yet when the participle's statement asks).
      if (REPORTED_CLAUSE_BEFORE_RE.test(this.text.slice(mention.end, m.start))) continue;
      // "MOSCOW … Russia and Myanmar have signed …, Deputy Prime Minister X told reporters in Naypyitaw": wire copy names
      // its own country's office holders by title alone, wherever they speak of what it does (not "WASHINGTON … Minister
      // X said in Santo Domingo that Dominican mills had met U.S. standards").
      if (this.dateline && m.code !== this.dateline.code && this.holdsHomeTitle(mention) && this.opensWithDatelineCountry(content)) continue;
      // "Mr. X, who lives in Paris since 2021,": where a person lives is not whom they speak for.
      if (RESIDENCE_BEFORE_RE.test(this.text.slice(Math.max(mention.end, m.start - VENUE_REACH), m.start))) continue;
      if (!VENUE_BEFORE_RE.test(this.text.slice(Math.max(mention.end, m.start - VENUE_REACH), m.start))) continue;
      // "…, the government spokesman said on Tuesday, days after reports in Moscow of a deployment": the place of what
      // happened before or after, not where the speaker spoke.
      if (EVENT_BETWEEN_RE.test(this.text.slice(mention.end, m.start))) continue;
      // "X, speaking on the sidelines of a meeting of EU justice ministers in Luxembourg, said": where ministers of several
      // countries met.
      if (MEETING_HELD_IN_RE.test(this.text.slice(Math.max(mention.end, m.start - MEETING_HELD_REACH), m.start)) || this.meetingHeldBefore(this.text.slice(m.start, m.end), m.code, mention.start)) continue;
      // "X said in Havana that Moscow would supply …": a visitor, who tells what their own government will do.
      const own = this.governmentSpeakingOfItself(content);
      return own && own.nation.code !== m.code ? own : organizationAt(m.code, m.start, m.end);
    }
    // "The army-led government … said in a statement issued in Port Sudan": a government issues its statements at home.
    const issued = STATEMENT_ISSUED_IN_RE.exec(this.text.slice(mention.end, end));
    const place = issued && namesStateOffice(speakerCore(mention.text)) ? issued[1]! : null;
    const code = place && !isHub(place) ? (placeCountry(place) ?? nationsIn(place).find((m) => m.kind === 'capital' && m.start === 0 && m.end === place.length)?.code) : null;
    if (!code) return null;
    const at = mention.end + issued!.index + issued![0].length - place!.length;
    return organizationAt(code, at, at + place!.length);
  }

  /** Whether what was said opens with the dateline's country, its capital or its people ("Russia and Myanmar have signed …"). */
  private opensWithDatelineCountry(content: TextSpan | null): boolean {
    const code = this.dateline?.code;
    if (!code || !content) return false;
    const { from, opening } = this.contentOpening(content);
    return opening !== undefined && opening.code === code && (opening.kind === 'country' || opening.kind === 'capital' || opening.kind === 'demonym') && /^(?:[Tt]he\s+)?$/.test(this.text.slice(from, from + opening.start));
  }

  /** "… that Moscow would supply", "… Bratislava would oppose": a capital or country opening what was said, as the subject of its own plans. */
  private governmentSpeakingOfItself(content: TextSpan | null): ContextNation | null {
    if (!content) return null;
    const { from, opening } = this.contentOpening(content);
    // "The Republic of the Congo will use …": a country's name may open with its article.
    const opensContent = opening !== undefined && (opening.start === 0 || /^[Tt]he\s+$/.test(this.text.slice(from, from + opening.start)));
    if (!opening || !opensContent || opening.code === null || (opening.kind !== 'capital' && opening.kind !== 'country')) return null;
    if (this.ownPlansAfter(from, opening, content.end) === null) return null;
    return organizationAt(opening.code, from, from + opening.end);
  }

  /**
   * Whether an offset lies inside a statement already resolved: "criticized the accord
   * reached in Paris, saying ...", where "in Paris" belongs to the first statement.
   */
  private insideStatement(at: number): boolean {
    for (const c of this.contents) if (at >= c.start && at < c.end) return true;
    return false;
  }

  /**
   * "North Korea's state news agency said leader Kim had overseen the test": an office holder first
   * named inside what someone reported is taken to be of the reporting speaker's nation, nearer
   * evidence than the sentences before.
   */
  private reportingSpeaker(mention: TextSpan, s: number): ContextNation | null {
    if (!this.insideStatement(mention.start)) return null;
    // "KCNA said leader Kim Jong-un oversaw the test": a national agency names its own country's leaders by title.
    const spoken = this.sentenceNation.get(s);
    const said = spoken?.code ? spoken : this.sentenceAgency.get(s);
    return said && said.code !== null ? { nation: said, kind: 'organization' } : null;
  }

  /**
   * "China ... said it would not accept obligations. Vice Environment Minister Zhao Yingmin said ...": a
   * government that spoke earlier in the same sentence or in the one just before goes on through its office
   * holders, as does one that opens the sentence before, whatever it did there. A person or an unnamed source
   * who spoke there does not ("Pezeshkian said ... Deputy Foreign Minister Andrei Rudenko told Sever-Press";
   * "An Algerian diplomatic source said ... President Emmanuel Macron called").
   */
  private governmentJustBefore(s: number, mentionStart: number): ContextNation | null {
    // "Tunis has repeatedly rejected proposals …, and President Kais Saied said": a government earlier in the same sentence.
    const same = this.bodyNationIn(s);
    if (same && same.code !== null && same.end <= mentionStart) return { nation: same, kind: 'organization' };
    const said = s > 0 ? this.bodyNationIn(s - 1) : undefined;
    if (said && said.code !== null && !this.namesMission(said)) return { nation: said, kind: 'organization' };
    if (s === 0) return null;
    // "In Moscow, the spokeswoman said … ¶ On fertilisers, Chemicals and Fertilisers Minister X told IPN": a new topic
    // leaves the scene before.
    const span = this.sentenceSpan(s);
    if (TOPIC_OPENING_RE.test(this.text.slice(span.start, Math.min(mentionStart, span.start + TOPIC_OPENING_REACH)))) return this.governmentOpening(s - 1);
    return this.governmentOpening(s - 1) ?? this.sceneBefore(s - 1) ?? this.sceneOfParagraph(s - 1);
  }

  /**
   * "…, Angola's foreign minister said. ¶ "We have made progress," Tomás Kiala Neto told reporters": a full name the story
   * gives no words of its own, first met right after an unnamed office holder spoke, names that office holder.
   */
  private namedAfterUnnamedOffice(mention: TextSpan, parts: SpeakerParts, actor: Actor | null): ContextNation | null {
    const last = this.lastSpeaker;
    const office = last && (last.parts.kind === 'anonymous' || last.parts.kind === 'institution') ? (last.parts.role ?? last.parts.organization ?? '') : '';
    if (!last?.nation || last.nation.code === null || !ONE_OFFICE_HOLDER_RE.test(office)) return null;
    if (parts.kind !== 'person' || !isFullName(parts) || mention.text.trim() !== parts.name || actor?.first?.start !== mention.start) return null;
    // "said Paul Maslin, a Democratic pollster": words of its own describe someone else.
    if ((actor.described?.text ?? parts.name) !== parts.name || /^\s*,\s*\p{Ll}/u.test(this.text.slice(mention.end, mention.end + 4))) return null;
    // The next sentence, or the next paragraph's quotation however many sentences it holds.
    const sentences = this.sentenceAt(mention.start) - this.sentenceAt(last.at);
    if (sentences < 1 || (sentences > 1 && this.text.slice(last.at, mention.start).split('\n\n').length !== 2)) return null;
    return { nation: last.nation, kind: 'earlier-mention' };
  }

  /** "The British High Commission in Freetown said …": a government's mission abroad, whose country holds no office of the story's own. */
  private namesMission(cue: { end: number }): boolean {
    return MISSION_AFTER_RE.test(this.text.slice(cue.end, cue.end + MISSION_REACH));
  }

  /**
   * "In Moscow, Kremlin spokesman X told reporters … Foreign Ministry spokeswoman Y went further": a sentence
   * opening in a capital whose speaker spoke for that capital's nation sets the scene for the next one.
   */
  private sceneBefore(s: number): ContextNation | null {
    const place = this.scenePlace(s);
    if (!place || this.sentenceNation.get(s)?.code !== place.code) return null;
    return organizationAt(place.code, place.start, place.end);
  }

  /** The capital or country of an "In Moscow, " opening sentence `s`, or null. */
  private scenePlace(s: number): NationMatch | null {
    const span = this.sentenceSpan(s);
    const opening = SCENE_OPENING_RE.exec(this.text.slice(span.start, Math.min(span.end, span.start + SCENE_OPENING_REACH)));
    const place = opening ? this.cuesIn(s, span.start, span.start + opening[0].length)[0] : undefined;
    return place && place.code !== null && (place.kind === 'capital' || place.kind === 'country') ? place : null;
  }

  /** The capital or country opening sentence `s` as the subject of a short sentence ("Tehran reacted …"), or null. */
  private reactingPlace(s: number): NationMatch | null {
    const span = this.sentenceSpan(s);
    const subject = CAPITAL_REACTS_RE.exec(this.text.slice(span.start, span.end));
    const place = subject ? this.cuesIn(s, span.start, span.start + subject[0].length)[0] : undefined;
    return place && place.code !== null && (place.kind === 'capital' || place.kind === 'country') && place.start === span.start ? place : null;
  }

  /**
   * "In Belgrade, the reaction was cooler. Defence Minister X said": a sentence just before that opens in a capital or a
   * country and reports no one's words sets the scene for an office holder.
   */
  private silentScene(s: number): ContextNation | null {
    if (s === 0 || this.sentenceNation.has(s - 1)) return null;
    const span = this.sentenceSpan(s - 1);
    if (this.contents.some((c) => c.end > span.start && c.start < span.end)) return null;
    // "Tehran reacted with caution. Foreign Ministry spokesman X told …", "Russia, whose pipeline …, is watching the project
    // closely. Deputy Prime Minister X was quoted …": so does a short one a capital or a country opens as its subject.
    const place = this.scenePlace(s - 1) ?? this.reactingPlace(s - 1);
    return place ? organizationAt(place.code, place.start, place.end) : null;
  }

  /**
   * "A spokesman for Daesung Semicon … said the company was reviewing the rules": a name the content calls a company
   * is one, of no nation.
   */
  private firmSpokenFor(mention: TextSpan, content: TextSpan): ContextNation | null {
    const named = SPOKESPERSON_FOR_NAME_RE.exec(speakerCore(mention.text).trim());
    if (!named || !FIRM_IN_CONTENT_RE.test(this.text.slice(content.start, content.end))) return null;
    const start = mention.start + mention.text.indexOf(named[1]!);
    return organizationAt(null, start, start + named[1]!.length);
  }

  /**
   * An American office's name that another country's office bears: "LIMA, Peru — … Congress President X said" (a
   * Congress filed from another country is that country's), "NAIROBI … Treasury Cabinet Secretary X" (a Treasury under
   * a title the US does not give), "Back in Bishkek, … The White House said" (Kyrgyzstan's seat of government).
   */
  private namesakeAbroad(own: PhraseNation, at: number): ContextNation | null {
    const cue = this.text.slice(own.start, own.end);
    // "LONDON … A Treasury official said": Britain, Australia and New Zealand call their finance ministries the Treasury too.
    const treasuryAtHome = cue === 'Treasury' && TREASURY_STATES.has(this.dateline?.code ?? '');
    if (this.dateline && this.dateline.code !== 'US' && (cue === 'Congress' || treasuryAtHome || this.foreignTreasury(own))) return this.datelineNation(this.dateline);
    return cue === 'White House' ? this.kyrgyzScene(at) : null;
  }

  /** Kyrgyzstan, where the story is filed from Bishkek or the sentence or the one before names it. */
  private kyrgyzScene(at: number): ContextNation | null {
    if (this.dateline?.code === 'KG') return this.datelineNation(this.dateline);
    const s = this.sentenceAt(at);
    for (let back = s; back >= Math.max(0, s - 1); back--) {
      const span = this.sentenceSpan(back);
      const named = this.cuesIn(back, span.start, Math.min(span.end, at)).find((m) => m.code === 'KG' && m.kind !== 'media');
      if (named) return organizationAt(named.code, named.start, named.end);
    }
    return null;
  }

  /**
   * "In Vilnius, exiled opposition politician X … warned that the Kremlin would …": the state the exile's sentence
   * names apart from where the exile is (the venue opening it, or the dateline).
   */
  private exilesCountry(mention: TextSpan): ContextNation | null {
    const s = this.sentenceAt(mention.start);
    const span = this.sentenceSpan(s);
    const venue = this.venueBefore(s, span.start, mention.start, null) ?? this.cityOpening(s, span.start, mention.start);
    const abroad = new Set([venue?.nation.code, this.dateline?.code]);
    // "From Paris, exiled opposition leader X said": where the exile speaks from is no more theirs than where they live.
    const whereFrom = (m: NationMatch) => m.start < mention.start && m.kind === 'capital' && /\b(?:[Ff]rom|[Ii]n|[Aa]t)\s+$/.test(this.text.slice(Math.max(span.start, m.start - VENUE_REACH), m.start));
    const state = this.cuesIn(s, span.start, span.end).find((m) => m.code !== null && !abroad.has(m.code) && m.kind !== 'media' && !whereFrom(m) && (m.start < mention.start || m.start >= mention.end));
    return state ? organizationAt(state.code, state.start, state.end) : null;
  }

  /**
   * "The kingdom's energy minister, X", "The Sultanate said": the kingdom (or sultanate) the story is filed from, or else
   * the last one it named; whatever else the phrase names ("The Kingdom's ambassador to Yemen").
   */
  private realmByKind(mention: TextSpan): ContextNation | null {
    const kind = REALM_BY_KIND_RE.exec(mention.text)?.[1]!.toLowerCase();
    if (!kind) return null;
    const realms = REALMS[kind]!;
    if (this.dateline && realms.has(this.dateline.code ?? '')) return this.datelineNation(this.dateline);
    const s = this.sentenceAt(mention.start);
    for (let back = s; back >= 0; back--) {
      const span = this.sentenceSpan(back);
      const named = this.cuesIn(back, span.start, Math.min(span.end, mention.start)).filter((m) => m.code !== null && realms.has(m.code) && m.kind !== 'media');
      const last = named[named.length - 1];
      if (last) return organizationAt(last.code, last.start, last.end);
    }
    return null;
  }

  /**
   * "In Paris, the Quai d'Orsay said … An official at the ministry said … ¶ Transport Minister X, visiting …": the scene
   * a paragraph opens with goes on to its last sentence `s`, and from there to a title-only holder just after it.
   */
  private sceneOfParagraph(s: number): ContextNation | null {
    let first = s;
    while (first > 0 && s - first < SCENE_PARAGRAPH_REACH && !this.isHeading(first - 1) && !this.paragraphBreakBefore(first)) first--;
    return first < s && this.paragraphBreakBefore(first) ? this.sceneBefore(first) : null;
  }

  /** "Ambassador X, who represented Beijing at the ceremony,": the country or capital the relative clause says they represent. */
  private representedAfter(mention: TextSpan): ContextNation | null {
    // The source may hold the clause ("Ambassador X, who represented Beijing at the ceremony,") or stop before it.
    const inside = REPRESENTED_IN_RE.exec(mention.text);
    const clause = inside ?? REPRESENTED_AFTER_RE.exec(this.text.slice(mention.end, mention.end + REPRESENTED_REACH));
    if (!clause) return null;
    const at = (inside ? mention.start : mention.end) + clause.index + clause[0].length;
    const own = nationsIn(this.text.slice(at, at + REPRESENTED_REACH))[0];
    return own && own.start === 0 && own.code !== null && (own.kind === 'country' || own.kind === 'capital') ? organizationAt(own.code, at, at + own.end) : null;
  }

  /**
   * "Australia, which paid for the roll, will deploy 40 observers, its High Commission in Port Moresby said": a mission
   * that "its" gives to the country opening what it said is that country's, wherever it sits.
   */
  private ownMission(mention: TextSpan, content: TextSpan | null): ContextNation | null {
    if (!content || content.end > mention.start || !ITS_MISSION_RE.test(mention.text)) return null;
    const { from, opening } = this.contentOpening(content);
    if (!opening || opening.code === null || opening.start !== 0 || (opening.kind !== 'country' && opening.kind !== 'capital')) return null;
    return organizationAt(opening.code, from, from + opening.end);
  }

  /**
   * "The Zambian government will keep its ban …, Agriculture Minister X told lawmakers": a government opening what was
   * said, with what it will or will not do, is the speaker's own, before the office another country's minister held.
   */
  private ownGovernmentSpeaking(content: TextSpan | null): ContextNation | null {
    if (!content) return null;
    const from = this.pastThat(content);
    const opening = OWN_GOVERNMENT_OPENING_RE.exec(this.text.slice(from, Math.min(content.end, from + OWN_GOVERNMENT_REACH)));
    const own = opening ? nationsIn(opening[1]!)[0] : undefined;
    if (!own || own.code === null || own.start !== 0 || own.end !== opening![1]!.length || (own.kind !== 'demonym' && own.kind !== 'country')) return null;
    const at = from + opening![0].indexOf(opening![1]!);
    return organizationAt(own.code, at, at + own.end);
  }

  /** Whether a blank line separates sentence `s` from the one before it. */
  private paragraphBreakBefore(s: number): boolean {
    const prev = this.sentences[s - 1];
    const sentence = this.sentences[s];
    if (!prev || !sentence) return true;
    return this.text.slice(this.tokens[prev.last - 1]!.end, this.tokens[sentence.first]!.start).includes('\n\n');
  }

  /** The capital, country or seat of government opening the sentence before the one `mention` opens, as its subject. */
  private stateOpeningSentenceBefore(mention: TextSpan): ContextNation | null {
    const s = this.sentenceAt(mention.start);
    if (s === 0 || this.sentenceSpan(s).start !== mention.start) return null;
    const span = this.sentenceSpan(s - 1);
    const opening = this.cuesIn(s - 1, span.start, span.end)[0];
    if (!opening || opening.code === null || !/^(?:[Tt]he\s+)?$/.test(this.text.slice(span.start, opening.start))) return null;
    if (opening.kind !== 'institution' && opening.kind !== 'capital' && opening.kind !== 'country') return null;
    // "The Santiago-based environmental group X said …": where the subject sits, not the subject.
    if (BASED_AFTER_RE.test(this.text.slice(opening.end, opening.end + SEATED_AFTER_REACH))) return null;
    return { nation: { code: opening.code, kind: 'organization', start: opening.start, end: opening.end }, kind: 'earlier-mention' };
  }

  /** "In Baku, Azerbaijan's foreign ministry rejected the accusations.": a government opening sentence `s`, whatever it did. */
  private governmentOpening(s: number): ContextNation | null {
    const span = this.sentenceSpan(s);
    const text = this.text.slice(span.start, Math.min(span.end, span.start + GOVERNMENT_OPENING_REACH));
    const m = GOVERNMENT_OPENING_RE.exec(text);
    if (!m) return null;
    const at = groupStart(span.start, m, m[1]!);
    const cue = nationsIn(m[1]!).find((c) => c.code !== null && (c.kind === 'country' || c.kind === 'demonym'));
    return cue ? organizationAt(cue.code, at + cue.start, at + cue.end) : null;
  }

  /** The nation spoken for, or a country opening the sentence, in the three sentences before. */
  private earlierSentences(s: number, domestic = false, envoy = false): ContextNation | null {
    for (let back = s - 1; back >= Math.max(0, s - 3); back--) {
      // "CORUMBÁ FEARS ¶ The governor of Mato Grosso do Sul, X, warned": a governor or a legislator after a
      // subheading is the story's own, not of the country the section before was about.
      if (domestic && this.isHeading(back)) return null;
      // "At home, hardliners have kept up pressure …": the story turns back to the country it is filed from.
      if (this.dateline && AT_HOME_RE.test(this.text.slice(this.sentenceSpan(back).start, this.sentenceSpan(back).start + 8))) return this.datelineNation(this.dateline);
      const said = this.sentenceNation.get(back);
      if (said && said.code !== null && (envoy || !this.envoySentences.has(back))) return { nation: said, kind: 'organization' };
      // "Russia is ready to help …, Russian Ambassador X told …": nor is the country opening what the envoy said.
      if (!envoy && this.envoySentences.has(back)) continue;
      // "Russia and China voted against. ¶ X, a member of parliament's security committee, told PNA": a country
      // that acted is no sign of which country's legislature a member sits in; only one that spoke is.
      if (domestic) continue;
      const span = this.sentenceSpan(back);
      const opening = this.cuesIn(back, span.start, span.end)[0];
      // "India, Iran sign 10-year deal on Chabahar port": two countries opening together are neither's voice.
      if (opening && this.opensWithTwoCountries(back, opening)) continue;
      if (opening && opening.code !== null && (opening.start === span.start || (opening.kind === 'institution' && AN_ARTICLE_RE.test(this.text.slice(span.start, opening.start)))) && opening.kind !== 'media' && (opening.kind !== 'demonym' || STATE_VOICE_AFTER_RE.test(this.text.slice(opening.end, opening.end + 24)))) {
        return organizationAt(opening.code, opening.start, opening.end);
      }
    }
    return null;
  }

  /** "According to Yonhap, Spokesperson Jeon made a statement", "Nordlys quoted X as saying": the relayed speaker. */
  private relayedMention(mention: TextSpan, cue: TextSpan | null, content: TextSpan | null): TextSpan | null {
    if (!cue || !RELAY_CUE_RE.test(cue.text)) return null;
    // "quoted X as saying", "cited X as saying": X speaks, whoever quotes them (an agency, a newspaper, "an early tweet").
    if (/^(?:quot|cit)(?:ed|ing)$/i.test(cue.text)) {
      const m = QUOTED_AS_SAYING_RE.exec(this.text.slice(cue.end, cue.end + 200));
      if (m) {
        const start = cue.end + m[0].indexOf(m[1]!);
        // "quoted the National Aerospace Technology Administration (NATA) early Wednesday as saying": when, not who.
        const who = m[1]!.replace(QUOTED_WHEN_RE, '');
        return { start, end: start + who.length, text: who };
      }
    }
    const media = nationsIn(mention.text).some((m) => m.kind === 'media');
    const lead = this.text.slice(Math.max(this.sentenceSpan(this.sentenceAt(mention.start)).start, mention.start - 40), mention.end);
    if (!media && !MEDIA_RE.test(lead)) return null;
    if (content) {
      const m = RELAY_TARGET_RE.exec(this.text.slice(content.start, content.start + 120));
      if (m) {
        const parts = parseMention(m[1]!);
        if (parts.kind === 'person' && parts.name) {
          const start = content.start + m[0].indexOf(m[1]!);
          return { start, end: start + m[1]!.length, text: m[1]! };
        }
      }
    }
    return null;
  }

  resolve(given: TextSpan | null, cue: TextSpan | null = null, content: TextSpan | null = null): ExtractedSpeaker {
    if (!given) return { mention: null, name: null, role: null, organization: null, nation: null, nationEvidence: null };
    // The steps are small methods of their own: V8 optimises a small function sooner and more
    // cheaply than one large one, which counts on a fresh worker's first articles.
    // "X, who has criticised ...": the statement is X's; its source stays "who", as PolNeAR marks it.
    const antecedent = this.relativeAntecedent(given);
    const mention = antecedent ?? this.relayedMention(given, cue, content) ?? given;
    const parts = parseMentionWithApposition(mention.text);
    const words = mention.text.split(/\s+/).filter(Boolean);
    const lowerFirst = words[0]?.toLowerCase() ?? '';
    let actor = this.mentionedActor(mention, parts, lowerFirst, content);
    // "Turkey will not join sanctions not approved by the UN Security Council, Foreign Minister Hakan Fidan
    // has said": words describing the name never reach back into what the speaker said.
    const insideContent = (n: PhraseNation | null | undefined) => !!n && !!content && content.end <= mention.start && n.start >= content.start && n.start < content.end;
    // "… his Tunisian counterpart, Kamel Ben Amor, Renzetti said … Ben Amor said": only the words that described this
    // mention's own person.
    const describedHere = this.describedNation !== null && this.describedNation.actor === actor ? this.describedNation.nation : null;
    const described = isFullName(parts) && !insideContent(describedHere) ? describedHere : null;
    if (actor && insideContent(actor.nation)) actor.nation = undefined;
    const phrase = nationOfPhrase(parts.kind === 'person' ? withNameMasked(mention.text, parts.name) : mention.text, mention.start);
    // "the United Nations’ resident coordinator in Kingston, Peruvian diplomat Inés Carranza": the body whose office
    // opens the phrase outranks the nationality its appositive describes.
    const forBody = phrase?.code === null && described?.code != null && phrase.start < described.start && described.end <= mention.end;
    // "The Forum's secretary-general, Samoan diplomat X": so does an international body named by its kind.
    const titled = BODY_KIND_BEFORE_TITLE_RE.exec(mention.text);
    const bodyByKind = OPENING_BODY_BY_KIND_RE.test(mention.text) ? this.namedBodyBefore(mention) : titled ? this.namedBodyBefore(mention, titled[1]!.toLowerCase()) : null;
    // "The Commission's chief negotiator, Dutch official X": so does any body's office, whatever the body.
    const dualRole = forBody || (described?.code != null && bodyOfficeHolderOwner(mention.text) !== null);
    // "IAEA chief Rafael Grossi … Grossi, an Argentine diplomat, said": a nationality told later leaves the body he speaks for.
    const bodyHeld = actor?.nation?.code === null && NATIONALITY_APPOSITION_RE.test(mention.text) ? actor.nation : null;
    // "… the European Union's envoy said. ¶ The envoy, Greek diplomat X, told reporters": the office that spoke before.
    // When that office was an international body's, its nation (none) outranks the nationality.
    // "The envoy, X, a former Colombian deputy foreign minister,": so does one whose office the description only says was held.
    const againHeld = phrase === null || phrase.kind === 'explicit' ? this.roleNamedAgain(mention) : null;
    const roleHeld = bodyHeld ?? (againHeld?.code === null ? againHeld : null);
    // "Economy Commissioner X, a former Spanish finance minister", "the commissioner for budget, Polish economist Y": in a
    // story about the European Union, a commissioner is the European Commission's, whatever their country.
    const commissioner = EU_COMMISSIONER_RE.test(speakerCore(mention.text)) ? this.europeanUnionBefore(mention.start, EU_OR_COMMISSION_RE)?.nation : undefined;
    // "the Guatemalan Migration Institute said … the institute's director, X": the state body named before, which its kind
    // alone ("institute", read as a think tank's) does not tell.
    const stateBodyBefore = phrase?.code === null && !dualRole && OPENING_STATE_BODY_RE.test(mention.text) ? this.owningBody(mention, STATE_BODY_OWNING_RE)?.nation : undefined;
    const own = commissioner ?? stateBodyBefore ?? (bodyByKind?.nation.code === null ? bodyByKind.nation : (roleHeld ?? (dualRole ? phrase : described) ?? phrase ?? this.sharedNameOf(mention) ?? this.premodifierNation(mention) ?? this.companyBefore(mention)));
    if (!actor && /^the$/i.test(lowerFirst) && own?.code !== null && (namesStateOffice(mention.text) || UNNAMED_BACK_RE.test(mention.text))) actor = this.roleNounActor(mention, words, own);

    let resolved: SpeakerParts = actor ? withActorParts(parts, actor.parts) : parts;
    // "X said ..., calling ...": a second statement from the same words keeps the first one's
    // nation, not one its own content or position happens to bring in.
    const key = `${mention.start}:${mention.end}`;
    let found = this.mentionNations.get(key);
    if (found === undefined) {
      found = this.speakerNation(mention, content, parts, resolved, actor, own, words, lowerFirst);
      this.mentionNations.set(key, found);
    }
    if (content) this.contents.push(content);
    const nation = found?.nation ?? null;
    actor = this.rememberSpeaker(mention, parts, resolved, actor, nation, words);
    // "said in a statement after the meeting", "the OPEC+ statement said": whose statement "the statement" means later.
    if (actor && cue && (NAMED_DOCUMENT_RE.test(mention.text) || IN_A_STATEMENT_RE.test(this.text.slice(cue.end, cue.end + STATEMENT_AFTER_CUE_REACH)))) {
      this.statementIssuer = { actor, sentence: this.sentenceAt(cue.start) };
    }
    resolved = nation ? { ...resolved, nation: nation.code, nationKnown: true } : { ...resolved, nation: null, nationKnown: false };
    const unresolvedPronoun = parts.kind === 'pronoun' && !actor;
    return {
      mention: antecedent ? given : withoutDescribingClause(mention),
      name: unresolvedPronoun || resolved.kind === 'pronoun' || resolved.kind === 'anonymous' ? null : resolved.name,
      role: resolved.role,
      organization: resolved.organization,
      nation: resolved.nation,
      nationEvidence: found ? evidence(this.text, found.nation, found.kind) : null,
    };
  }

  /**
   * "The German charity SeaBridge said … ¶ SeaBridge's head of mission, Jonas Adler, told": an office of a body (or an aide
   * of a person) that spoke before speaks as the body did, for a nation or for none.
   */
  private ownerSpokenBefore(mention: TextSpan): ContextNation | null {
    const owner = OWNER_BEFORE_OFFICE_RE.exec(mention.text) ?? INSIDE_OWNERS_OFFICE_RE.exec(mention.text);
    if (!owner) return null;
    const name = owner[1]!;
    for (let k = this.actors.length - 1; k >= 0; k--) {
      const actor = this.actors[k]!;
      if (!actor.nation || actor.at >= mention.start) continue;
      const known = actor.parts.name ?? actor.parts.organization ?? '';
      if (known !== name && !known.endsWith(` ${name}`)) continue;
      // "Grayson's spokeswoman": a person's aide takes the person's country, not the lack of one.
      const someone = actor.isPerson && known.includes(' ');
      if (someone && actor.nation.code === null) return null;
      // "The Syrian Interior Ministry said … ¶ In Baghdad, the Interior Ministry's spokesman said": a venue opening the
      // sentence names another country's body of that name.
      const s = this.sentenceAt(mention.start);
      const venue = actor.nation.code !== null ? this.venueBefore(s, this.sentenceSpan(s).start, mention.start, null) : null;
      return venue && venue.nation.code !== actor.nation.code ? null : { nation: actor.nation, kind: 'earlier-mention' };
    }
    // "Tianyuan's vice president" of "Chinese enterprise Tianyuan New Energy Group": a company's office.
    return this.companyNamedAs(name, mention.start);
  }

  /**
   * "Speaking for Poland, which hosts almost a million refugees, Ambassador X said": the sentence opens with whom the
   * speaker speaks for, a country or a group of them ("On behalf of the Group of 77, Pakistan's envoy").
   */
  private speakingFor(mention: TextSpan): ContextNation | null {
    const sentence = this.sentenceSpan(this.sentenceAt(mention.start));
    const before = this.text.slice(sentence.start, mention.start);
    const opening = SPEAKING_FOR_RE.exec(before);
    if (!opening) return null;
    const comma = before.indexOf(',', opening[0].length);
    if (comma === -1) return null;
    const start = sentence.start + opening[0].length;
    const phrase = this.text.slice(start, sentence.start + comma);
    const named = nationsIn(phrase);
    if (named.length === 1 && !GROUP_SPOKEN_FOR_RE.test(phrase)) return organizationAt(named[0]!.code, start + named[0]!.start, start + named[0]!.end);
    return named.length > 1 || GROUP_SPOKEN_FOR_RE.test(phrase) ? organizationAt(null, start, start + phrase.length) : null;
  }

  /** "Treasury Cabinet Secretary", "National Treasury": a Treasury with a title or a name the US one does not have. */
  private foreignTreasury(own: PhraseNation): boolean {
    return this.text.slice(own.start, own.end) === 'Treasury' && (FOREIGN_TREASURY_AFTER_RE.test(this.text.slice(own.end, own.end + 24)) || /\bNational\s+$/.test(this.text.slice(Math.max(0, own.start - 10), own.start)));
  }

  /** "Congolese Foreign Minister X" in a story that says which Congo it means. */
  private sharedNameOf(mention: TextSpan): PhraseNation | null {
    if (!mention.text.includes('Congo')) return null;
    if (this.congo === undefined) this.congo = congoSense(this.text);
    return this.congo ? sharedNameNation(mention.text, mention.start, this.congo) : null;
  }

  private congo: 'CD' | 'CG' | null | undefined;

  /**
   * "… operated by French nuclear fuel group Orvane … ¶ Orvane said", "China's Huaxin Nuclear Power Group said … ¶ Huaxin
   * Nuclear said": a name the story gave a company earlier, by its trade or in full, speaks as that company did.
   */
  private companyNamedBefore(mention: TextSpan): ContextNation | null {
    // "Orvane, which is majority-owned by the French state,": the name before its appositive or clause.
    return this.companyNamedAs(mention.text.trim().replace(/^(?:the|a|an)\s+/i, '').split(',')[0]!.trim(), mention.start);
  }

  /** Whether the story named `name` as a company before `before`: after its trade, or as its full name's start. */
  private companyNamedAs(name: string, before: number): ContextNation | null {
    if (!/^\p{Lu}/u.test(name)) return null;
    for (let at = this.text.indexOf(name); at !== -1 && at < before; at = this.text.indexOf(name, at + name.length)) {
      const trade = this.tradeBefore(at, COMPANY_TRADE_BEFORE_RE) ?? this.tradeBefore(at, GROUP_BEFORE_RE);
      if (trade) return trade;
      const head = COMPANY_NAME_END_RE.exec(this.text.slice(at + name.length, at + name.length + COMPANY_BEFORE_REACH));
      if (head) return organizationAt(null, at + name.length + head[0].length - head[1]!.length, at + name.length + head[0].length);
    }
    return null;
  }

  /** "Norwegian-Finnish munitions maker Nordvakt Defence": a company named by its trade right before the name speaks for no nation. */
  private companyBefore(mention: TextSpan): PhraseNation | null {
    if (!/^\p{Lu}/u.test(mention.text)) return null;
    return this.tradeBefore(mention.start, COMPANY_TRADE_BEFORE_RE)?.nation ?? null;
  }

  /** The trade word `trade` finds right before offset `at` ("munitions maker"), as a company's voice of no nation. */
  private tradeBefore(at: number, trade: RegExp): ContextNation | null {
    const found = trade.exec(this.text.slice(Math.max(0, at - COMPANY_BEFORE_REACH), at));
    if (!found) return null;
    const start = at - found[0].length + found[0].indexOf(found[1]!);
    return organizationAt(null, start, start + found[1]!.length);
  }

  /**
   * "Japan's chief cabinet secretary said": the cue's source may keep only the head noun
   * ("secretary") when office words run before it, leaving the country word outside. The
   * office words are read back to a capitalised possessive or nationality ("Japan's",
   * "South Korea's", "the French"), whose nation is the speaker's own: it then stands
   * before any place the rest of the sentence or the dateline names.
   */
  private premodifierNation(mention: TextSpan): PhraseNation | null {
    const { tokens } = this;
    const first = this.tokenStartingAt(mention.start);
    if (first <= 0 || tokens[first]!.cap || !OFFICE_PREMODIFIERS.has(tokens[first]!.lower)) return null;
    const sentenceFirst = this.sentences[this.sentenceAt(mention.start)]?.first ?? 0;
    const adjacent = (k: number) => k >= sentenceFirst && !hasNewline(this.text, tokens[k]!.end, tokens[k + 1]!.start);
    let k = first;
    while (first - k < PREMODIFIER_REACH && adjacent(k - 1) && tokens[k - 1]!.word && !tokens[k - 1]!.cap && OFFICE_PREMODIFIERS.has(tokens[k - 1]!.lower)) k--;
    let capitalised = k;
    while (k - capitalised < 3 && adjacent(capitalised - 1) && tokens[capitalised - 1]!.word && tokens[capitalised - 1]!.cap) capitalised--;
    if (capitalised === k) return null;
    const start = tokens[capitalised]!.start;
    const found = nationOfPhrase(this.text.slice(start, mention.end), start);
    return found && found.end <= tokens[k - 1]!.end ? found : null;
  }

  /** The index of the token starting at `offset`, or -1. */
  private tokenStartingAt(offset: number): number {
    const k = tokenIndexAt(this.tokens, offset);
    return this.tokens[k]?.start === offset ? k : -1;
  }

  /** The actor a pronoun, surname or full name refers to; a full name is registered (and described) here. */
  private mentionedActor(mention: TextSpan, parts: SpeakerParts, lowerFirst: string, content: TextSpan | null): Actor | null {
    // "“…,” the statement said": the statement is the one someone was said to issue, else the last speaker's own.
    if (this.lastSpeaker && ISSUED_DOCUMENT_RE.test(mention.text)) return this.recentStatementIssuer(mention.start) ?? this.lastSpeaker;
    // "a ministry spokesman said in a statement posted on its website": the statement the speaker just named.
    if (this.lastSpeaker && A_DOCUMENT_RE.test(mention.text) && this.sentenceAt(this.lastSpeaker.at) === this.sentenceAt(mention.start)) return this.lastSpeaker;
    const acronym = ACRONYM_RE.exec(mention.text);
    const spelled = acronym ? this.acronymActor(acronym[1]!, mention.start) : null;
    if (spelled) return spelled;
    if (parts.kind === 'pronoun') {
      // "His Highness affirmed": a Gulf state agency's courtesy standing alone for the one it was given to.
      const honored = isSpelledCourtesy(mention.text) ? this.honoredBefore(mention) : null;
      if (honored) return honored;
      if (INSTITUTION_PRONOUNS.has(lowerFirst)) return this.sentenceSubject(mention.start, content) ?? (this.lastSpeaker && !this.lastSpeaker.isPerson ? this.lastSpeaker : null);
      if (lowerFirst !== 'they' && lowerFirst !== 'we' && lowerFirst !== 'i' && lowerFirst !== 'who') return this.pronounTarget(mention.start, genderOf([lowerFirst]));
      return null;
    }
    if (isFullName(parts)) {
      // "Foreign Minister Ahmad Razali Hamzah … Ahmad Razali told Bernama": the first words of a longer name met before.
      const longer = this.longerNameBefore(parts.name!, mention.start) ?? this.givenNameBefore(parts.name!, mention.start) ?? this.endingNameBefore(parts.name!, mention.start);
      const known = this.byName.get(parts.name!);
      if (longer && (!known || longer.firstAt < known.firstAt)) return longer;
      const nameAt = this.text.indexOf(parts.name!, mention.start);
      return this.registerPerson(parts, nameAt >= 0 ? nameAt : mention.start, nameAt >= 0 ? nameAt + parts.name!.length : mention.end, true);
    }
    if ((parts.kind === 'surname' || parts.kind === 'person') && parts.name) {
      const actor = this.personBefore(parts.name, mention.start);
      if (actor?.pending?.length) this.describe(actor);
      return actor;
    }
    return null;
  }

  /** "Sidi Mohamed Ould Ahmedou … Ould Ahmedou said": a person met before `at` whose longer full name ends with `name`. */
  private endingNameBefore(name: string, at: number): Actor | null {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    for (const a of this.byWord.get(last) ?? []) {
      if (!a.isPerson || a.firstAt >= at || a.lastWord !== last || !a.parts.name?.endsWith(` ${name}`)) continue;
      if (a.pending?.length) this.describe(a);
      return a;
    }
    return null;
  }

  /** A person met before `at` whose full name opens with `name` and runs one word longer. */
  private longerNameBefore(name: string, at: number): Actor | null {
    const first = name.slice(0, name.indexOf(' '));
    for (const a of this.byWord.get(first) ?? []) {
      if (!a.isPerson || a.firstAt >= at || !a.parts.name?.startsWith(`${name} `) || a.parts.name.slice(name.length + 1).includes(' ')) continue;
      if (a.pending?.length) this.describe(a);
      return a;
    }
    return null;
  }

  /**
   * "Bank of Mexico Deputy Governor X told a forum … The bank has warned": "the bank" after a state's bank is that
   * bank, whose nation the one named with it had (a company word alone gives no nation).
   */
  private stateBankBefore(at: number): ContextNation | null {
    let found: Actor | null = null;
    for (const a of this.actors) {
      if (a.firstAt >= at || !a.nation || a.nation.code === null || !a.parts.organization || !/\bBank\b/.test(a.parts.organization)) continue;
      if (!found || a.at > found.at) found = a;
    }
    return found?.nation ? { nation: found.nation, kind: 'earlier-mention' } : null;
  }

  /** "Environment Minister Inês Carvalhal Mota … Carvalhal Mota said": a person met before `at` whose two surnames follow one given name. */
  private givenNameBefore(surnames: string, at: number): Actor | null {
    const last = surnames.slice(surnames.lastIndexOf(' ') + 1);
    for (const a of this.byWord.get(last) ?? []) {
      const name = a.parts.name;
      if (!a.isPerson || a.firstAt >= at || !name?.endsWith(` ${surnames}`) || name.slice(0, -surnames.length - 1).includes(' ')) continue;
      if (a.pending?.length) this.describe(a);
      return a;
    }
    return null;
  }

  /** The speaker of a statement named a few sentences before `at`: "the statement" refers back no further. */
  private recentStatementIssuer(at: number): Actor | null {
    const issuer = this.statementIssuer;
    return issuer && this.sentenceAt(at) - issuer.sentence <= STATEMENT_REACH ? issuer.actor : null;
  }

  /**
   * "Chad's government and the rebel Front for Renewal and Concord in Chad (FRCT) agreed … FRCT spokesman X said": an
   * office of a body the story spelled out before its acronym, when that name speaks for no nation.
   */
  private bodyOfAcronym(mention: TextSpan): ContextNation | null {
    const acronym = ACRONYM_OPENING_RE.exec(mention.text)?.[1];
    if (!acronym) return null;
    const given = this.text.lastIndexOf(`(${acronym})`, mention.start);
    if (given < 0) {
      // "The Joint Chiefs of Staff said … JCS spokesman Col. X told a briefing": an office of the body the story named in
      // full (not "A UN spokesperson", whose acronym names its own body).
      const spelled = nationsIn(acronym).length === 0 ? this.acronymActor(acronym, mention.start) : null;
      return spelled && !spelled.isPerson && spelled.nation ? { nation: spelled.nation, kind: 'earlier-mention' } : null;
    }
    const lead = ACRONYM_DEFINITION_RE.exec(this.text.slice(Math.max(0, given - ACRONYM_DEFINITION_REACH), given));
    const body = lead ? nationOfPhrase(lead[1]!, given - lead[0].length) : null;
    return body && body.code === null && body.kind === 'organization' ? { nation: body, kind: 'organization' } : null;
  }

  /** "South Korea's Joint Chiefs of Staff said ... the JCS said": the latest body met earlier whose last words the acronym spells or that it was given with. */
  private acronymActor(acronym: string, at: number): Actor | null {
    let found: Actor | null = null;
    for (const a of this.actors) {
      if (a.firstAt >= at || (found && a.at <= found.at)) continue;
      // "Chief Election Commissioner (CEC) A.K.M. Nurul Absar Chowdhury … the CEC said": an office's acronym given with its holder.
      if (a.isPerson) {
        const sentenceStart = this.sentenceSpan(this.sentenceAt(a.firstAt)).start;
        if (this.text.slice(Math.max(sentenceStart, a.firstAt - TITLE_ACRONYM_REACH), a.firstAt).includes(`(${acronym}) `)) found = a;
        continue;
      }
      const initials = (a.parts.organization ?? a.parts.name ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length > acronym.length && initials.endsWith(acronym)) found = a;
      else if (initials === acronym) found = a;
      // "State Committee for National Security (GKNB)": an acronym given with the name, whatever language it spells.
      else if (a.words.has(acronym.toLowerCase()) && this.givenInBrackets(acronym, a.firstAt)) found = a;
    }
    return found;
  }

  /** Whether the mention starting at `at` gave the acronym in brackets ("State Committee for National Security (GKNB)"). */
  private givenInBrackets(acronym: string, at: number): boolean {
    const bracket = this.text.indexOf(`(${acronym})`, at);
    return bracket !== -1 && bracket - at <= BRACKETED_ACRONYM_REACH && !/[.;:”"]/.test(this.text.slice(at, bracket));
  }

  /** "The official added", "The U.S. envoy added": a role noun refers back. */
  private roleNounActor(mention: TextSpan, words: string[], own: PhraseNation | null): Actor | null {
    const target = this.roleNounTarget(words.slice(1).filter((w) => !findNationCue(w)), mention.start);
    if (!target || (own && target.nation && target.nation.code !== own.code)) return null;
    // "the Ministry of Foreign Affairs spokeswoman … The Department of Foreign Affairs said": two bodies of two kinds.
    const mine = BODY_HEAD_RE.exec(mention.text)?.[1]!.toLowerCase();
    const theirs = BODY_HEAD_RE.exec(target.parts.organization ?? target.parts.name ?? '')?.[1]!.toLowerCase();
    if (mine && theirs && mine !== theirs) return null;
    // "In Taipei, ..., the foreign ministry said": a venue opening the sentence names another country's office.
    const s = this.sentenceAt(mention.start);
    const venue = target.nation?.code ? this.venueBefore(s, this.sentenceSpan(s).start, mention.start, null) : null;
    return venue && venue.nation.code !== target.nation!.code ? null : target;
  }

  /** The nation the speaker speaks for and the kind of evidence it was read from. */
  private speakerNation(mention: TextSpan, content: TextSpan | null, parts: SpeakerParts, resolved: SpeakerParts, actor: Actor | null, own: PhraseNation | null, words: string[], lowerFirst: string): ContextNation | null {
    const realm = this.realmByKind(mention);
    if (realm) return realm;
    // "X, the Chilean diplomat who heads the agency,": the head of a body the story named speaks for the body.
    const headed = HEADS_BODY_RE.exec(mention.text);
    const headedBody = headed ? this.namedBodyBefore(mention, headed[1]!.toLowerCase()) : null;
    if (headedBody?.nation.code === null) return headedBody;
    const firm = content && own === null ? this.firmSpokenFor(mention, content) : null;
    if (firm) return firm;
    const hostOrAcronym = this.hostOfVisitor(mention, this.sentenceAt(mention.start)) ?? this.bodyOfAcronym(mention);
    if (hostOrAcronym) return hostOrAcronym;
    const body = this.officeOfLastBody(mention) ?? this.officeOfCountryJustNamed(mention) ?? this.officeOfGovernmentNamed(mention) ?? this.officeOfMonarchyNamed(mention) ?? this.federalOfficeAtHome(mention) ?? this.serviceAtTheScene(mention) ?? this.officeOfRegionJustNamed(mention) ?? this.koreaBySide(mention);
    if (body) return body;
    const bank = own?.code === null && THE_BANK_RE.test(mention.text) ? this.stateBankBefore(mention.start) : null;
    if (bank) return bank;
    // "Oman's Maritime Security Centre said … The centre said": a body named by its kind alone is the one that spoke before.
    const bodyNoun = BODY_ALONE_RE.exec(mention.text.trim()) ?? BODY_OFFICE_RE.exec(mention.text.trim());
    // "Pacific Islands Forum leaders called … Several Forum diplomats said": or the last the story named with that word.
    const kind = bodyNoun?.[1]!.toLowerCase();
    const spokeBefore = kind ? (this.bodySpokenBefore(kind, mention.start) ?? this.namedBodyBefore(mention, kind) ?? this.europeanCommission(kind, mention.start)) : null;
    if (spokeBefore) return spokeBefore;
    const subjectBody = kind && content ? this.bodyOpeningContent(kind, content, mention.start) : null;
    if (subjectBody) return subjectBody;
    const behalf = this.speakingFor(mention);
    if (behalf) return behalf;
    const abroad = own?.code === 'US' ? this.namesakeAbroad(own, mention.start) : null;
    if (abroad) {
      // The person's later mentions ("Kiprono said") keep it too.
      if (actor?.nation?.code === 'US') actor.nation = abroad.nation;
      return abroad;
    }
    if (own) return { nation: own, kind: own.kind };
    // "Bavaria and neighbouring Baden-Württemberg said": a state or province that speaks is its government (not a place
    // after a preposition: "ministers meeting in Kingston on Friday urged").
    const place = actor?.isPerson || PLACE_PREPOSITION_BEFORE_RE.test(this.text.slice(Math.max(0, mention.start - 6), mention.start)) ? null : placeOf(mention.text.trim());
    if (place && this.plausiblePlace(place)) return { nation: { code: place.code, kind: 'metonym', start: mention.start, end: mention.end }, kind: 'metonym' };
    // "The Commission's chief negotiator, Dutch official X": the holder of a body's office speaks for the body, which
    // speaks for no nation unless the story gave it one; the nationality the description adds is no evidence.
    const owner = bodyOfficeHolderOwner(mention.text);
    if (owner) return this.owningBody(mention) ?? organizationAt(null, mention.start + owner.start, mention.start + owner.end);
    if (actor?.nation) {
      const sameSentence = this.sentenceAt(actor.nation.start) === this.sentenceAt(mention.start);
      return { nation: actor.nation, kind: sameSentence || actor.nation.kind === 'dateline' ? actor.nation.kind : 'earlier-mention' };
    }
    if (actor?.first && actor.described && actor.first.start < mention.start) {
      // A surname or pronoun for an office holder the article placed where it introduced them.
      const first = actor.described;
      const placed = this.placeOfOffice(first);
      if (placed) return { nation: placed.nation, kind: 'earlier-mention' };
      // "Katrin Oberle, who co-leads the Social Democrats, struck a more cautious tone. She said": or the relative clause
      // after the name leads a party.
      const clause = this.text.slice(first.start, Math.min(this.sentenceSpan(this.sentenceAt(first.start)).end, first.start + first.text.length + RELATIVE_CLAUSE_REACH));
      const party = PARTY_LEADER_RE.test(clause);
      if (namesStateOffice(first.text) || party) {
        const found = this.contextNation(first, null, first.text.split(/\s+/).filter((w) => !actor.parts.name?.includes(w)), actor.isPerson && isFullName(actor.parts), party ? clause : first.text);
        return found ? { nation: found.nation, kind: 'earlier-mention' } : null;
      }
    }
    // "La Moneda declared a state of catastrophe … It said": "it" with no speaker before is the state opening the sentence before.
    const subjectBefore = !actor && lowerFirst === 'it' ? this.stateOpeningSentenceBefore(mention) : null;
    if (subjectBefore) return subjectBefore;
    // "The Panama Canal will cut …, its administrator said": "its" is the subject of what was said before it.
    const itsSubject = /^its$/i.test(lowerFirst) ? this.clauseSubject(content, this.sentenceSpan(this.sentenceAt(mention.start)).start, mention.start) : null;
    if (itsSubject) return itsSubject;
    if (/^its$/i.test(lowerFirst) && this.lastSpeaker?.nation && !this.lastSpeaker.isPerson) return { nation: this.lastSpeaker.nation, kind: 'earlier-mention' };
    const ownersNation = this.ownerSpokenBefore(mention);
    if (ownersNation) return ownersNation;
    // A lone capitalised word no person was named by reads as a surname; it may be a company's name.
    const company = parts.kind === 'institution' || (parts.kind === 'surname' && !actor?.isPerson) ? this.companyNamedBefore(mention) : null;
    if (company) return company;
    const described = actor?.described?.text ?? mention.text;
    const core = speakerCore(mention.text);
    // "Mathilde Garnier, who leads the far-right National Rally's deputies": a party's leader is a politician at home.
    const office = namesStateOffice(core) || namesStateOffice(described) || parts.kind === 'institution' || PARTY_LEADER_RE.test(described);
    const group = namesLooseGroup(mention.text) || STATES_TOGETHER_RE.test(core.trim()) || REGIONAL_PEERS_RE.test(core.trim());
    if (group) return null;
    // "The Homecoming Families Forum", "the Kivu Rights Network": a civic body speaks for its members, not for the state
    // of the place the passage is in.
    // "Kestrel Energy said", "Kitakami Mining said": so does a company its name calls by its trade.
    // "The Free Them Now campaign, which represents families of Americans detained abroad,": so does a body that
    // represents people or firms.
    const civic = parts.kind === 'institution' ? (CIVIC_BODY_RE.exec(core) ?? TRADE_NAMED_COMPANY_RE.exec(core) ?? REPRESENTS_MEMBERS_RE.exec(mention.text)) : null;
    if (civic && !namesStateOffice(core)) {
      const at = mention.text.lastIndexOf(civic[1]!);
      return organizationAt(null, mention.start + at, mention.start + at + civic[1]!.length);
    }
    const placed = this.placeOfOffice(mention) ?? this.placeGovernedInContent(mention, content);
    if (placed) return placed;
    // "The commission's chairman": an office no word of which is a state's still belongs to the body it names.
    // "… the U.S. special coordinator for the project said. ¶ … the coordinator, Jonathan Pryce, told": an office named
    // by its noun alone before its holder is the one that spoke just before.
    if (!office) return this.owningBody(mention, STATE_BODY_OWNING_RE) ?? this.namedAfterUnnamedOffice(mention, parts, actor) ?? this.stateRoleNamedAgain(mention) ?? this.aideOfPronounTarget(mention, described);
    const nameWords = new Set(resolved.name?.split(/\s+/) ?? []);
    return this.contextNation(mention, content, [...(resolved.organization?.split(/\s+/) ?? []), ...(resolved.role?.split(/\s+/) ?? []), ...words].filter((w) => !nameWords.has(w)), isFullName(resolved), described);
  }

  /**
   * A place on our own list, or one whose country the article names somewhere (by name, people, capital or
   * institution): a generated place's name may be a small place elsewhere too ("Black River" in Jamaica and
   * Mauritius), and a story about a place names its country.
   */
  private plausiblePlace(place: PlaceCountry): boolean {
    if (place.listed) return true;
    if (!this.countriesNamed) {
      // Through each sentence's cues, which the other readings share, rather than a second pass over the article.
      this.countriesNamed = new Set();
      for (let s = 0; s < Math.max(1, this.sentences.length); s++) {
        const span = this.sentenceSpan(s);
        for (const m of this.cuesIn(s, span.start, span.end)) if (m.code !== null && m.kind !== 'media') this.countriesNamed.add(m.code);
      }
    }
    return this.countriesNamed.has(place.code);
  }

  private countriesNamed: Set<string> | null = null;

  /**
   * "Florida Governor X", "The governor of Pará state, X", "X, chairman of the People's Committee of central Quang Ngai
   * province", "an opposition senator from Quetta": an office a place has of its own, or a seat it elects, is its country's.
   */
  private placeOfOffice(mention: TextSpan, anyOffice = false): ContextNation | null {
    const text = mention.text;
    let before = PLACE_OFFICE_RE.exec(text);
    // "Koshi Province Chief Minister X": the place may be named with its kind.
    let beforePlace = before ? (placeOf(before[1]!) ?? (before[2] ? placeOf(`${before[1]!} ${before[2]}`) : null)) : null;
    // "Balochistan's chief minister" also fits the pattern without a possessive, its name read with the "'s".
    if (!beforePlace) {
      before = PLACES_OFFICE_RE.exec(text);
      beforePlace = before ? placeOf(before[1]!) : null;
    }
    if (beforePlace && this.plausiblePlace(beforePlace)) {
      const start = groupStart(mention.start, before!, before![1]!);
      return organizationAt(beforePlace.code, start, start + before![1]!.length);
    }
    const portfolio = PLACE_PORTFOLIO_OFFICE_RE.exec(text) ?? PLACE_PARTY_RE.exec(text);
    const portfolioPlace = portfolio ? knownPlaceOpening(portfolio[1]!.trim()) : null;
    if (portfolioPlace && this.plausiblePlace(portfolioPlace.place)) {
      const start = groupStart(mention.start, portfolio!, portfolio![1]!);
      return organizationAt(portfolioPlace.place.code, start, start + portfolioPlace.length);
    }
    const party = PARTY_STATE_RE.exec(text);
    if (party) {
      const start = groupStart(mention.start, party, party[1]!);
      return organizationAt('US', start, start + party[1]!.length);
    }
    if (DIPLOMAT_RE.test(text)) return null;
    for (const m of text.matchAll(PLACE_AFTER_OFFICE_RE)) {
      // The office may stand on either side: "the governor of X", "vice chairman of the X provincial People's Committee",
      // or be the body the place's name opens ("the president of the Tigray Interim Regional Administration").
      const beside = anyOffice || LOCAL_OFFICE_RE.test(text.slice(0, m.index)) || LOCAL_OFFICE_RE.test(text.slice(m.index + m[0].length));
      if (!beside && !LOCAL_OFFICE_RE.test(m[1]!)) continue;
      const found = knownPlaceOpening(m[1]!);
      if (!found || (!beside && !LOCAL_OFFICE_RE.test(m[1]!.slice(found.length))) || !this.plausiblePlace(found.place)) continue;
      const start = mention.start + m.index + m[0].length - m[1]!.length;
      return organizationAt(found.place.code, start, start + found.length);
    }
    return null;
  }

  /**
   * "Texas will add another mile of buoys, Gov. X announced": a governor or mayor the phrase gives no place speaks for
   * the state or city their statement opens with as its subject.
   */
  private placeGovernedInContent(mention: TextSpan, content: TextSpan | null): ContextNation | null {
    if (!content || !LOCAL_HEAD_RE.test(mention.text)) return null;
    const subject = PLACE_SUBJECT_RE.exec(this.text.slice(content.start, content.start + PLACE_SUBJECT_REACH));
    const found = subject ? knownPlaceOpening(subject[1]!) : null;
    if (!found || found.length !== subject![1]!.length || !this.plausiblePlace(found.place)) return null;
    const start = groupStart(content.start, subject!, subject![1]!);
    return organizationAt(found.place.code, start, start + found.length);
  }

  /**
   * "The Organization of American States said ... Its secretary-general, Luis Ortega, a Uruguayan,
   * urged ...": the holder of the body's office speaks for the body, not for their own country.
   */
  private officeOfLastBody(mention: TextSpan): ContextNation | null {
    // "The organisation's secretary general, Romanian diplomat X": a holder whose nationality is told speaks for a body
    // that has none, whoever spoke last.
    if (bodyOfficeHolderOwner(mention.text)) return null;
    const s = this.sentenceAt(mention.start);
    const opening = ITS_OFFICE_RE.exec(this.text.slice(this.sentenceSpan(s).start, mention.end));
    // The office ends where the name starts, inside the mention or before it.
    if (s === 0 || !opening || this.sentenceSpan(s).start + opening[0].length > mention.end) return null;
    const said = this.sentenceNation.get(s - 1);
    // "Vietnam's Foreign Ministry summoned the Indonesian ambassador. Its spokeswoman, X, told …": a government
    // that acted there without a word quoted is the body.
    // "The OAS has kept an office … Its director, Chilean diplomat X,": or an international body opening the sentence;
    // "Albania, whose bid …, has opened five clusters. Its chief negotiator, X,": or a country that is its subject.
    // "The Department of State of the United States imposed visa restrictions … Its spokesman, X,": or a state body named in full.
    return said
      ? { nation: said, kind: 'organization' }
      : (this.governmentOpening(s - 1) ?? this.internationalOpening(s - 1) ?? this.countryOpening(s - 1) ?? this.stateBodyOpening(s - 1) ?? this.nonStateBodyClosing(s - 1));
  }

  /**
   * "… is operated by Blauwasser Hilfe, a charity based in Hamburg. Its head of mission, X, said": a body the sentence
   * closes on, described as a charity, company or group, speaks for no nation, and neither does its office.
   */
  private nonStateBodyClosing(s: number): ContextNation | null {
    const span = this.sentenceSpan(s);
    const closing = DESCRIBED_BODY_CLOSING_RE.exec(this.text.slice(span.start, span.end));
    if (!closing) return null;
    const body = closing[1] ?? closing[2]!;
    const start = groupStart(span.start, closing, body);
    const described = nationOfPhrase(body, start);
    return described?.code === null && described.kind === 'organization' ? organizationAt(null, described.start, described.end) : null;
  }

  /** "The Ministry of Foreign Affairs of Peru said …": a state body named in full, with its country, opening sentence `s`. */
  private stateBodyOpening(s: number): ContextNation | null {
    const span = this.sentenceSpan(s);
    const run = NAMED_BODY_OPENING_RE.exec(this.text.slice(span.start, Math.min(span.end, span.start + GOVERNMENT_OPENING_REACH)));
    if (!run || !namesStateOffice(run[0])) return null;
    const own = nationOfPhrase(run[0], span.start);
    return own && own.code !== null ? organizationAt(own.code, own.start, own.end) : null;
  }

  /**
   * "ADDIS ABABA (Wire) - The African Union … kept Guinea suspended …": the dateline's country, unless the body names
   * another country (by its name, capital or people) four times as often; then the story is about that one.
   */
  private storyCountry(dateline: Dateline): ContextNation {
    // The same for every statement of the article: counted once.
    this.story ??= this.countStoryCountry(dateline);
    return this.story;
  }

  private story: ContextNation | undefined;

  private countStoryCountry(dateline: Dateline): ContextNation {
    const counts = new Map<string, number>();
    let top: NationMatch | null = null;
    for (let s = 0; s < this.sentences.length; s++) {
      const span = this.sentenceSpan(s);
      for (const m of this.cuesIn(s, span.start, span.end)) {
        if (m.code === null || m.end <= dateline.end || (m.kind !== 'country' && m.kind !== 'capital' && m.kind !== 'demonym')) continue;
        const n = (counts.get(m.code) ?? 0) + 1;
        counts.set(m.code, n);
        if (!top || (top.code !== m.code && n > counts.get(top.code!)!)) top = m;
      }
    }
    const own = counts.get(dateline.code) ?? 0;
    return top && top.code !== dateline.code && counts.get(top.code!)! >= STORY_COUNTRY_LEAD * Math.max(1, own) ? organizationAt(top.code, top.start, top.end) : this.datelineNation(dateline);
  }

  /** The country opening the story's first sentence (past any headline or byline), or null. */
  private leadCountry(): ContextNation | null {
    for (let s = 0; s < Math.min(this.sentences.length, LEAD_REACH); s++) {
      const span = this.sentenceSpan(s);
      if (this.isHeading(s) || !SENTENCE_CLOSE_RE.test(this.text.slice(span.start, span.end))) continue;
      return this.countryOpening(s);
    }
    return null;
  }

  /** The country that opens sentence `s` as its subject ("Albania, whose bid …, has opened …"), past any dateline. */
  private countryOpening(s: number): ContextNation | null {
    const span = this.sentenceSpan(s);
    const clauseStart = span.start + datelineOpeningLength(this.text.slice(span.start, span.end));
    const first = this.cuesIn(s, clauseStart, Math.min(span.end, clauseStart + INTERNATIONAL_OPENING_REACH))[0];
    return first && first.code !== null && first.kind === 'country' && COUNTRY_OPENING_BEFORE_RE.test(this.text.slice(clauseStart, first.start)) ? organizationAt(first.code, first.start, first.end) : null;
  }

  /**
   * "The OAS has kept an office …", "The Gang Suppression Force, authorised by the UN Security Council, …": the
   * first nation cue of sentence `s`, near its start, names an international body.
   */
  private internationalOpening(s: number): ContextNation | null {
    const span = this.sentenceSpan(s);
    const first = this.cuesIn(s, span.start, Math.min(span.end, span.start + INTERNATIONAL_OPENING_REACH))[0];
    return first && first.code === null && first.kind === 'international' ? organizationAt(null, first.start, first.end) : null;
  }

  /**
   * "… in Moldova's breakaway Transnistria region …, the region's de facto authorities said": the region named last, in
   * this sentence or the one before, speaks through its offices; a breakaway region for no nation, another for its country.
   */
  private officeOfRegionJustNamed(mention: TextSpan): ContextNation | null {
    if (!THE_REGIONS_RE.test(mention.text)) return null;
    const s = this.sentenceAt(mention.start);
    for (const back of [s, s - 1]) {
      if (back < 0) break;
      const span = this.sentenceSpan(back);
      const named = this.cuesIn(back, span.start, Math.min(span.end, mention.start)).filter((m) => REGION_AFTER_RE.test(this.text.slice(m.end, m.end + 10)));
      const last = named[named.length - 1];
      if (last) return organizationAt(last.code, last.start, last.end);
    }
    return null;
  }

  /**
   * "a spokesperson for the North's foreign ministry": Korean copy names each Korea "the North" and "the South" once the
   * story has named it in full.
   */
  private koreaBySide(mention: TextSpan): ContextNation | null {
    const side = KOREAN_SIDE_RE.exec(mention.text);
    if (!side) return null;
    const north = side[1] === 'North';
    const named = (north ? NORTH_KOREA_NAMED_RE : SOUTH_KOREA_NAMED_RE).test(this.text.slice(0, mention.start));
    const start = groupStart(mention.start, side, side[1]!);
    return named ? organizationAt(north ? 'KP' : 'KR', start, start + side[1]!.length) : null;
  }

  /**
   * "Noting that the Marshall Islands had met its target, the country's climate envoy, Rhea Lanki, said"; "Lao
   * police have seized … near the border with Thailand, the country's Ministry of Public Security announced": the
   * country is the subject of a clause of the sentence (or else the one the sentence before opens with), not any
   * country it names.
   */
  private officeOfCountryJustNamed(mention: TextSpan): ContextNation | null {
    const s = this.sentenceAt(mention.start);
    const sentenceStart = this.sentenceSpan(s).start;
    if (!THE_COUNTRYS_RE.test(mention.text) && !THE_COUNTRYS_OFFICE_BEFORE_RE.test(this.text.slice(Math.max(sentenceStart, mention.start - 60), mention.start))) return null;
    for (const back of [s, s - 1]) {
      if (back < 0) break;
      const span = this.sentenceSpan(back);
      const clauseStart = span.start + datelineOpeningLength(this.text.slice(span.start, span.end));
      const country = this.cuesIn(back, clauseStart, Math.min(span.end, mention.start)).find(
        // "Kigali offered to send a team …, the country's health minister said": a capital opening the clause stands for its country.
        (m) => namesState(m) && (back === s ? OPENS_CLAUSE_BEFORE_RE : OPENS_SENTENCE_BEFORE_RE).test(this.text.slice(clauseStart, m.start)),
      );
      if (country) return organizationAt(country.code, country.start, country.end);
    }
    // "TAIPEI (…) -- … The island's Ministry of National Defense said": an island named by no clause is the story's own.
    if (ISLANDS_RE.test(mention.text)) return this.dateline ? this.datelineNation(this.dateline) : null;
    // "… grows about half of Vietnam's rice. Salt water has pushed …, the country's disaster agency said": else the one
    // country the sentence before names, when this one names none.
    if (s === 0 || this.cuesIn(s, sentenceStart, mention.start).some(namesState)) return null;
    return this.onlyStateOf(s - 1);
  }

  /** The one state sentence `s` names, by its name, its people or its capital (once or more), or null. */
  private onlyStateOf(s: number): ContextNation | null {
    const span = this.sentenceSpan(s);
    const named = this.cuesIn(s, span.start, span.end).filter(namesState);
    return named.length > 0 && named.every((m) => m.code === named[0]!.code) ? organizationAt(named[0]!.code, named[0]!.start, named[0]!.end) : null;
  }

  /**
   * "Yemen's government and the Houthi rebels have agreed … ¶ The government's chief negotiator, X, said", "… fuel to
   * Myanmar's military … ¶ The junta called the sanctions …": the government the story last named with its country.
   */
  private officeOfGovernmentNamed(mention: TextSpan): ContextNation | null {
    if (!THE_GOVERNMENTS_RE.test(mention.text)) return null;
    let last: PhraseNation | null = null;
    for (const m of this.text.slice(0, mention.start).matchAll(COUNTRYS_GOVERNMENT_RE)) {
      const own = nationOfPhrase(m[1]!, m.index);
      if (own?.code && own.kind !== 'organization') last = own;
    }
    return last && { nation: last, kind: 'earlier-mention' };
  }

  /**
   * "… between Sanaa, Aden and the Saudi city of Abha. … The kingdom's Ministry of Defense said": an office of the last
   * monarchy of that kind the story named (the dateline's Oman is a sultanate).
   */
  private officeOfMonarchyNamed(mention: TextSpan): ContextNation | null {
    const title = THE_MONARCHYS_RE.exec(mention.text)?.[1]!.toLowerCase();
    if (!title) return null;
    const states = MONARCHIES[title]!;
    const s = this.sentenceAt(mention.start);
    for (let back = s; back >= Math.max(0, s - MONARCHY_REACH); back--) {
      const named = this.cuesIn(back, this.sentenceSpan(back).start, Math.min(this.sentenceSpan(back).end, mention.start)).filter((m) => m.code !== null && states.has(m.code));
      const last = named[named.length - 1];
      if (last) return organizationAt(last.code, last.start, last.end);
    }
    return this.dateline && states.has(this.dateline.code) ? this.datelineNation(this.dateline) : null;
  }

  /**
   * "KALININGRAD … - Lithuania's new restrictions … amount to a partial blockade of the Russian exclave, regional Governor X
   * said": the governor of a region the story names none of is the governor where it is filed, whichever country the
   * sentence opens with.
   */
  private regionalOfficeAtHome(mentionText: string): ContextNation | null {
    return this.dateline && REGIONAL_GOVERNOR_RE.test(mentionText) ? this.datelineNation(this.dateline) : null;
  }

  /**
   * "OTTAWA (…) - Senegal lodged a protest …, with Dakar calling … ¶ The federal immigration department said": an office
   * the story calls federal is the federation's it is filed from, whoever spoke before.
   */
  private federalOfficeAtHome(mention: TextSpan): ContextNation | null {
    return this.dateline && FEDERATIONS.has(this.dateline.code) && FEDERAL_OFFICE_RE.test(mention.text) ? this.datelineNation(this.dateline) : null;
  }

  /**
   * "KUALA LUMPUR … in the wildfire north of the Greek capital … ¶ The fire … broke out near Varnavas, about 35 km north
   * of Athens. ¶ Fire service spokeswoman X said": a service answering an emergency is of the one country the sentence
   * before places it in.
   */
  private serviceAtTheScene(mention: TextSpan): ContextNation | null {
    // Not "the president of the Indiana state firefighters union": a phrase with evidence of its own keeps it.
    if (!EMERGENCY_SERVICE_RE.test(mention.text) || nationsIn(mention.text).length > 0 || nationOfPhrase(mention.text, mention.start) !== null) return null;
    const s = this.sentenceAt(mention.start);
    return s === 0 ? null : this.onlyStateOf(s - 1);
  }

  /** Keeps the speaker (a new actor if none was known) and its nation for the mentions that follow. */
  private rememberSpeaker(mention: TextSpan, parts: SpeakerParts, resolved: SpeakerParts, actor: Actor | null, nation: PhraseNation | null, words: string[]): Actor | null {
    // "The High Representative …, Austrian diplomat Klaus Steindl, said": the body he spoke for, not the nationality
    // his description gave, is what "Steindl told reporters" speaks for.
    // "the institute's director, X": a nation read anew from the same words replaces the one they were first given.
    const rereadHere = (n: PhraseNation) => n.start >= mention.start && n.end <= mention.end;
    if (nation && actor && (!actor.nation || (nation.code === null && nation.kind === 'organization' && actor.nation.code !== null) || (actor.nation.code === null && nation.code !== null && rereadHere(actor.nation)))) actor.nation = nation;
    if (!actor && (parts.kind === 'institution' || parts.kind === 'anonymous' || (parts.kind === 'person' && parts.name))) {
      const nameAt = resolved.name ? words.indexOf(resolved.name.split(' ')[0]!) : -1;
      const gender = nameAt > 0 ? describedGender(words.slice(0, nameAt), words.slice(nameAt)) : genderOf(words);
      // "A French fisheries ministry spokeswoman": a body's word before her does not make her the body,
      // though only a word that gives her gender tells a later "she" apart from the body's others.
      const core = speakerCore(mention.text).trim();
      const unnamedOne = ONE_UNNAMED_PERSON_RE.test(core);
      // "the Philippine president": a title only one person holds at a time is that person.
      const someone = parts.kind === 'person' || (unnamedOne && (parts.kind === 'anonymous' || (parts.kind === 'institution' && (gender !== null || SOLE_HOLDER_RE.test(core)))));
      actor = newActor(resolved, mention.start, gender, wordSet(mention.text), someone, nation ?? undefined);
      this.actors.push(actor);
      // "Russian Foreign Minister Lavrov said ... Lavrov added": a title and one name is a
      // person the surname alone refers back to, as a full name is.
      if (parts.kind === 'person' && parts.role && !parts.name!.includes(' ') && mention.text.trimEnd().endsWith(`${parts.role} ${parts.name}`) && !this.byName.has(parts.name!)) {
        actor.firstWord = actor.lastWord = parts.name!;
        actor.first = mention;
        this.byName.set(parts.name!, actor);
        this.indexByWord(parts.name!, actor);
      }
    } else if (actor) {
      actor.at = Math.max(actor.at, mention.start);
      // "Transport and Logistics Minister Kwame Asante … Asante said": a fuller title, once given, is the one kept.
      if (isFullerTitle(resolved.role, actor.parts.role)) actor.parts = { ...actor.parts, role: resolved.role, organization: resolved.organization };
    }
    if (actor) this.lastSpeaker = actor;
    if (actor?.isPerson) this.lastPerson = actor;
    const sentenceIndex = this.sentenceAt(mention.start);
    // A bare nationality ("a Venezuelan claim") is no government speaking for the passage.
    // The cheap tests first: the Unicode pattern only matters for an explicit nation.
    const bareNationality = nation?.kind === 'explicit' && parts.kind !== 'person' && /^an?\s+[\p{Lu}][\p{L}\p{M}.’'-]*s?$/u.test(mention.text.trim());
    // A news agency (of no nation, or a state's: "the IRNA news agency") relays what others say; it is no government.
    const agency = nation !== null && parts.kind !== 'person' ? nationsIn(mention.text).find((m) => m.kind === 'media' && m.code !== null) : undefined;
    if (nation && !bareNationality && !this.sentenceNation.has(sentenceIndex)) {
      this.sentenceNation.set(sentenceIndex, nation);
      // "Chinese Ambassador Han Jing said in Lusaka … ¶ Transport Minister X said": an envoy speaks abroad, and the
      // office holder after him is no more of his country than of the one the story is filed from.
      if (this.dateline && nation.code !== this.dateline.code && ENVOY_ABROAD_RE.test(actor?.described?.text ?? mention.text)) this.envoySentences.add(sentenceIndex);
      // "the ministry said": a body named again by its office noun speaks as the body did.
      const body =
        parts.kind === 'institution' ? !UNNAMED_VOICE_RE.test(speakerCore(mention.text).trim()) : parts.kind === 'anonymous' && BODY_AGAIN_RE.test(speakerCore(mention.text).trim());
      if (body && !agency) this.spokenByBody.add(sentenceIndex);
    }
    if (agency && !this.sentenceAgency.has(sentenceIndex)) {
      this.sentenceAgency.set(sentenceIndex, { code: agency.code, kind: 'organization', start: mention.start + agency.start, end: mention.start + agency.end });
    }
    return actor;
  }
}

// How far before ", who" the person's name may start ("Okinawa Governor Denny Tamaki, who").
const ANTECEDENT_REACH = 80;
// How many office words may stand between the country word and the source.
const PREMODIFIER_REACH = 4;

// Words naming a state office in general rather than a particular one.
const STATE_WORDS = new Set(['president', 'presidency', 'presidential', 'prime', 'secretary', 'ambassador', 'embassy', 'envoy', 'army', 'military', 'command', 'commander', 'general', 'spokesperson', 'spokespeople', 'affairs', 'cabinet', 'administration', 'senior', 'top', 'chief', 'vice', 'host', 'summit', 'communications', 'defence', 'defense', 'says', 'told', 'added']);
