/**
 * What a speaker's own words say about the nation they speak for: a country word in the
 * noun phrase or appositive, an institution or capital standing for a government, an
 * international body, company or armed group that speaks for no nation, or nothing.
 * Place words that are not about the speaker ("Tromsø-based", "in Yokosuka, Japan",
 * "envoy for Sudan", "who was in London") are set aside.
 */
import type { NationEvidenceKind } from '../domain/extraction';
import { findAllNations, type NationMatch } from '../nations/index';
import { placeOf } from '../nations/places';

export interface PhraseNation {
  /** ISO code, or null for a body that speaks for no nation. */
  code: string | null;
  kind: NationEvidenceKind;
  /** Offsets into the article of the words the nation was read from. */
  start: number;
  end: number;
}

// A company named by its trade: "munitions maker Nordvakt Defence", "Chinese carmaker Xingchen Auto".
const COMPANY_TRADES = 'maker manufacturer producer company firm operator miner refiner exporter builder shipbuilder contractor conglomerate giant startup lender insurer broker retailer forwarder';

// "the private Iraqi carrier Sumer Wings": an airline or shipping line named after its trade (a state's flag carrier aside).
const CARRIER_BEFORE_NAME_RE = /(?<!\b(?:state|national|flag)\s)\bcarrier(?=\s+\p{Lu})/u;

/** A trade word right before a name ("carrier" only there: "state carrier Air Lanka", but "the carrier" alone may be a warship). */
export const COMPANY_TRADE_BEFORE_RE = new RegExp(`\\b(${COMPANY_TRADES.replaceAll(' ', '|')}|carrier)[ \\t]+$`);

// Words that mark a company, a research body or an NGO: they speak for no nation even
// when a country word stands next to them ("Chinese carmaker Xingchen Auto").
const NON_STATE_WORDS = wordLexicon(
  `${COMPANY_TRADES} developer charities shipowners carmaker automaker steelmaker chipmaker drugmaker planemaker insurers brokers holdings church churches diocese archdiocese companies corporation corp inc ltd plc bank banks banker bankers markets exporters importer importers operators producers association society cooperative collective institute centre center foundation think-tank university college ngo charity consultancy research researcher analyst economist professor scholar expert experts studies lobby union shipping airline ceo investor investors trader traders newspaper broadcaster creditors bondholders hauliers truckers observatory watchdog advocacy securities brokerage lawyer lawyers activist activists campaigner campaigners environmentalists executives consortium militia militias rebel rebels insurgents guerrillas separatist separatists secessionist jihadist jihadists gang gangs creditor church churches congregations network growers binational syndicate federation coach coaches athlete athletes footballer footballers fisherfolk smelter engineering`,
  ['red cross', 'red crescent', 'chamber of commerce', 'chambers of commerce', 'chamber of industry', 'chamber of mines', 'business chamber', 'trade chamber', 'industry chamber', 'cargo chamber', 'transport chamber', 'mining chamber', 'exporters chamber', 'joint venture', 'liberation army', 'liberation front', 'labour congress', 'labor congress', 'think tank', 'chief executive', 'executive director', 'general manager', 'news agency', 'rights group', 'rights groups', 'episcopal conference', "bishops' conference", 'bishops’ conference', 'student organisers', 'student organizers', 'protest organisers', 'protest organizers', 'aid groups', 'aid agencies', 'aid agency', 'aid group', 'aid officials', 'aid workers', 'aid worker', 'relief workers', 'humanitarian officials', 'humanitarian workers', 'environmental group', 'environmental groups', 'campaign group', 'campaign groups', 'civil society', 'armed group', 'armed groups', 'rebel group', 'rebel groups', 'monitoring group', 'monitoring groups', 'pressure group', 'civic group', 'industry group', 'industry groups', 'trade group', 'trade groups', 'business group', 'business groups', 'lobby group', 'lobby groups', 'farm group', 'farm groups', 'militant group', 'militant groups', 'insurgent group', 'insurgent groups', 'jihadist group', 'jihadist groups', 'labor council', 'labour council', 'trade council', 'business council', 'olympic committee', 'paralympic committee', 'sports confederation', 'football association', 'football federation', 'football confederation', 'sports federation', 'umbrella group', 'umbrella body', 'umbrella organisation', 'umbrella organization', 'dissident group', 'dissident groups', 'dissident faction', 'farmers league', 'peasant coordinator', 'peasant movement', 'civic assembly', 'civic committee'],
  // "the central bank" is a state body, and so are "Dhaka North City Corporation", an "Emergency Operations Centre" and
  // the Russian Federation (a farmers' or a football federation is not).
  { bank: 'central', banks: 'central', corporation: 'city', centre: 'operations', center: 'operations', federation: 'russian' },
);
// "A senior administration official": English news copy calls the U.S. government "the administration".
const ADMINISTRATION_OFFICIAL_RE = /\badministration (?:officials?|sources?|aides?|spokes(?:man|woman|person))\b/i;
// The country's offices after "Georgia's" that the US state has none of.
const GEORGIAN_OFFICE_RE = /\bGeorgia['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:ministry|minister|prime minister|president|parliament|foreign|defen[cs]e|interior|ruling)\b/iu;
// A state's central bank ("the People's Bank of China", "Bulgarian National Bank Governor X", "the Bank of
// Russia", "the Reserve Bank of India"); "the Bank of America" and the commercial Banks of China, Ireland,
// Scotland and Cyprus are companies.
const CENTRAL_BANK_RE = /\b(?:[Nn]ational|[Rr]eserve|People['’]s) Bank\b|\bBank of (?!America\b|China\b|Ireland\b|Scotland\b|Cyprus\b)(?:the )?\p{Lu}/u;
// "X-based", "Jakarta-listed", "Dubai-registered": where a company or think tank sits or trades, never a government's voice.
export const BASED_AFTER_RE = /^[-‐–](?:based|listed|registered|headquartered)\b/;
const BORN_AFTER_RE = /^[-‐–]born\b/;
const BASED_ANY_RE = /[\p{L}][-‐–](?:based|listed|registered|headquartered)\b/u;
// The Holy See's envoy and mission, wherever sent ("the apostolic nuncio in Colombia", "the Apostolic Nunciature"): read
// here rather than by the gazetteer, whose cues start with a capital.
const NUNCIO_RE = /\b(?:apostolic|papal)\s+nunci(?:o|ature)\b/i;
// A destination rather than a sender: "envoy for Sudan", "ambassador to Australia".
const DESTINATION_BEFORE_RE = /\b(?:envoy|ambassador|nuncio|affaires|mission|delegation|representative|mediator|coordinator|adviser|advisor|commissioner|rapporteur|visit|trip|counterpart|talks|relations|policy)\s+(?:[\p{L}-]+\s+){0,2}?(?:for|to|with|on|in)\s+(?:the\s+)?$/iu;
// A venue: "in Yokosuka, Japan", "at the talks in Jeddah"; a place, not the speaker's nation.
const VENUE_BEFORE_RE = /\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?$/i;
// Where someone inside a body is: "at", "in", "within" (not "outside" or "near" it).
const MEMBERSHIP_BEFORE_RE = /\b(?:in|at|inside|within|from)\s+(?:the\s+)?$/i;
const AFTER_PLACE_COMMA_RE = /\p{L}[,]\s*$/u;
// Groups with no single nation: "Diplomats in N'Djamena", "analysts", "observers".
// "Freight analysts", "Energy analysts in Kuwait": a trade before analysts, experts or observers.
const GROUP_HEAD_RE = /^(?:the\s+|some\s+|several\s+|many\s+|two\s+|three\s+|four\s+|five\s+|western\s+|foreign\s+)?(?:diplomatic\s+|[\p{L}-]+\s+(?=(?:analysts|experts|observers|economists)\b))?(?:diplomats|analysts|observers|experts|sources|officials from|witnesses|residents|delegates|negotiators from|migrants|refugees|asylum seekers|survivors|villagers|passengers)\b/iu;
// A clause or participle after the head that says where the speaker is, not who: cut there.
const TRAILING_CLAUSE_RE = /,\s*(?:who|which|whose|[a-z]+ing|asked|quoted|cited|(?:was|were|is|are|had been|has been)\s+(?:quoted|cited)|according to|on a visit|while|after|during|in (?:an?|the|his|her|their|its)|on (?:his|her|their|its)|at a|at the)\b|\s(?:who|which|whose)\s/;
// A clause saying which office the speaker holds: "X, who heads Egypt's water ministry,".
// "X, whose Serb Civic Union holds all ten seats reserved for Serbs in Kosovo's parliament,": a party seated in a chamber.
const SEATS_CLAUSE_RE = /\bwhose\s+[^,;()“”"]{2,60}?\b(?:seats?|lawmakers|deputies|members)\b[^,;()“”"]{0,40}?\s(?:in|of)\s+((?:the\s+)?[^,;()“”"]{2,40}?\b(?:parliament|assembly|legislature|congress|senate))\b/i;
const WHOSE_PARTY_RE = /,\s*whose\s+(?:[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}’'-]*\s+){1,4})[Pp]arty\b/u;
// "X, who represents Britain,": an office clause naming whom the speaker represents.
const REPRESENTS_RE = /\brepresents\s/i;
// "the government in Aden", "the authorities in Tripoli": a government named by the place it sits in.
const GOVERNMENT_SEATED_RE = /^(?:the\s+)?(?:government|authorities|administration)\s+(?:in|of)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;

/**
 * "X, who represents Buenos Aires at the U.N.,", "X, who represents Britain, the council's penholder on Yemen,", "X, who
 * represents the government in Aden at the league,": the state the speaker represents, named first in what they represent.
 */
function representedState(represented: string): PhraseNation | null {
  const first = nationsIn(represented)[0];
  if (first && first.code !== null && (first.kind === 'country' || first.kind === 'capital') && /^(?:the\s+)?$/.test(represented.slice(0, first.start))) {
    return { code: first.code, kind: first.kind === 'country' ? 'explicit' : 'metonym', start: first.start, end: first.end };
  }
  const seated = GOVERNMENT_SEATED_RE.exec(represented);
  const place = seated ? placeOf(seated[1]!) : null;
  if (!place?.listed) return null;
  const start = seated!.index + seated![0].length - seated![1]!.length;
  return { code: place.code, kind: 'organization', start, end: start + seated![1]!.length };
}

// "his country's delegation to the IMO": a delegation, mission or representation sent to a body, up to the body.
const DELEGATION_TO_RE = /\b(?:delegation|mission|representation)\s+(?:to|at)\s+(?:the\s+)?$/i;
// The office ends where a second clause begins ("who leads the opposition party and also sits in the European Parliament").
const OFFICE_CLAUSE_RE = /\bwho\s+(?:heads|leads|chairs|runs|directs|oversees|represents|speaks for|took\s+over|has\s+(?:long\s+)?(?:led|headed|chaired|run|directed|overseen))\s+([^,;()“”"]+?)(?:\s+since\s+[^,;()“”"]+)?(?=$|[,;()“”"]|\s+and\s+(?:also\s+)?(?:sits|serves|heads|leads|chairs|is|was|has)\b)/i;
// "from one of the Nordic delegations": one of several, none named.
const ONE_OF_MANY_RE = /\bfrom\s+(one\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:delegations|countries|states|governments|nations|capitals))\b/iu;
// "A diplomat from a South American country", "an official of one Gulf state": a country the copy does not name.
const UNNAMED_COUNTRY_RE = /\b(?:from|of)\s+(?:an?|one|another)\s+((?:[\p{L}-]+\s+){0,2}(?:country|nation|state|government))\b/iu;
// One speaker or a group that stands for several nations or none in particular: "a Western
// diplomat", "Arab officials", "West African leaders", "both governments", "the two leaders" (not "a South African diplomat",
// nor "regional officials", who in wire copy are a province's).
const NO_SINGLE_NATION_RE = /^(?:(?:an?|the|some|several|many|two|three)\s+)?(?:((?:(?:west|east|north|south(?!\s+african)|central|southern|northern|eastern|southeast)\s+)?(?:western|european|arab|african|asian|gulf|foreign|regional(?!\s+(?:officials?|sources?)\b)|international|council)|(?:latin|south|central)\s+american)\s+(?:diplomats?|officials?|envoys?|sources?|negotiators?|mediators?|observers?|leaders|ministers|governments|heads of state)|(both|the two|the three)\s+(?:governments|sides|countries|leaders|nations|capitals|ministers|delegations|presidents|foreign ministers|prime ministers))\b/i;

// "The Saudi-led coalition", "Russian-backed separatists", "the Kurdish-led administration": a group another
// leads or backs speaks for neither that backer nor any one state.
const SPONSORED_GROUP_RE =
  /[\p{L}.]+-(?:led|backed|aligned|allied|sponsored|supported|funded)\s+(?:[\p{L}-]+\s+){0,3}?(?:coalition|forces|factions?|militias?|separatists|rebels|groups?|administration|fighters|alliance|movement|authorities)\b|\b(?:coalition|allies|alliance|forces|groups?|bloc|separatists|rebels|militias|fighters|countries)\s+(?:led|backed)\s+by\b/iu;

/** Cues that only say where someone is or goes, dropped before the nation is read. */
function isDecoy(phrase: string, m: NationMatch, base: number): boolean {
  const before = phrase.slice(Math.max(0, m.start - base - 30), m.start - base);
  const after = phrase.slice(m.end - base, m.end - base + 8);
  if (BASED_AFTER_RE.test(after)) return true;
  // "an Indian-born lawmaker": where someone was born is not whom they speak for.
  if (BORN_AFTER_RE.test(after)) return true;
  if (m.code !== null && DESTINATION_BEFORE_RE.test(before)) return true;
  // "Forum Secretary General Baron Waqa, a former president of Nauru": an office once held there speaks for it no more.
  if (m.code !== null && FORMER_OFFICE_OF_RE.test(before)) return true;
  // "the Tehran Convention", "the Minsk agreements": a treaty named for where it was signed is no state's voice.
  if (m.kind === 'capital' && TREATY_AFTER_RE.test(phrase.slice(m.end - base, m.end - base + 14))) return true;
  return false;
}

// "officials on both sides", "diplomats from the two countries": a group drawn from several states.
const BOTH_SIDES_RE = /\b(?:on|from|of)\s+(both|the two)\s+(?:sides|countries|governments|delegations|capitals)\b/i;
const UNRECOGNISED_RE = /\b(?:self-styled|self-proclaimed|self-declared|breakaway)\b/i;
const TREATY_AFTER_RE = /^\s+(?:Convention|Protocol|Agreements?|Accords?|Treaty|Format|Process|Declaration|agreements?|accords?|format|process)\b/;

const FORMER_OFFICE_OF_RE = /\b(?:former|ex-)\s*(?:\p{L}+\s+){1,3}of\s+(?:the\s+)?$/iu;

function isVenue(phrase: string, m: NationMatch, base: number): boolean {
  // "the Mogadishu office of the Turkish aid agency TIKA": where a body keeps an office, not whose it is.
  if (m.kind === 'capital' && BRANCH_OF_RE.test(phrase.slice(m.end - base, m.end - base + 20))) return true;
  const before = phrase.slice(Math.max(0, m.start - base - 30), m.start - base);
  if (!VENUE_BEFORE_RE.test(before) && !AFTER_PLACE_COMMA_RE.test(before)) return false;
  // "a senior official from South Africa's National Treasury": a country's possessive names whose body it is.
  // "Hsu Li-wen, Taipei’s top representative in Washington": so does a capital's, set in commas after a name.
  const possessor = m.kind === 'country' || (m.kind === 'capital' && !VENUE_BEFORE_RE.test(before));
  if (possessor && /^['’]s\b/.test(phrase.slice(m.end - base, m.end - base + 2))) return false;
  // "sources in the Turkish Foreign Ministry", "Sources at La Moneda": inside a state body is membership, not a place.
  if (m.kind === 'institution' && MEMBERSHIP_BEFORE_RE.test(before)) return false;
  return !(m.kind === 'demonym' && namesStateOffice(QUALIFIED_RE.exec(phrase.slice(m.end - base))![0]));
}

const BRANCH_OF_RE = /^\s+(?:office|bureau|branch)\s+of\s/;
// The words of the phrase before "of (the)" that a country word completes.
const OFFICE_OF_RE = /([^,;()“”"]*)\bof\s+(?:the\s+)?$/u;
// What may follow such a country: a place ("in London", "to Argentina") or a second office ("and chair of ...").
const PLACE_AFTER_RE = /^\s+(?:in|to|at|on|and)\s/;
// What a country word qualifies, up to the next comma or bracket.
const QUALIFIED_RE = /^[^,;()“”"]{0,60}/;
const SPOKEN_WHEN_RE = /^\s+(?:(?:on|early|late|earlier|later)\s+)*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s*$/;
// Where an envoy is sent, up to the word read: "envoy to the peace talks with holdout rebel groups".
const ENVOY_DESTINATION_RE = /\b(?:envoy|ambassador|nuncio|mediator|negotiator|representative|delegation|mission)\s+(?:to|with)\s+[^,;]*$/i;
// "the opposition Union for Dialogue": the opposition, then up to two words of its name.
const OPPOSITION_BEFORE_RE = /\bopposition\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
// After a country word: "-administered Kashmir", "-occupied Zaporizhzhia".
const ADMINISTERED_RE = /^[-‐–](?:administered|controlled|held|occupied|run)\s+\p{Lu}/u;
// After a country's name: "'s federal water agency".
// "Finland's Transport and Communications Agency": so is one whose name is capitalised.
const COUNTRYS_BODY_RE = /^[’']s\s+(?:[\p{L}-]+\s+){0,4}(?:[Aa]gency|[Aa]uthority|[Cc]ommission|[Bb]oard|[Ss]ervice|[Rr]egulator|[Ww]atchdog|[Bb]ody)\b/u;

const COUNTRYS_REGION_RE = /^['’]s\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|autonomous|semi-autonomous|restive|remote)\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:region|province|state|district|county|governorate|prefecture)\b/u;
const COUNTRYS_STATES_RE = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:states|provinces|regions|länder|cantons)\b/u;
const STATE_HEADS_OF_RE = /\b(?:premiers|governors|chief ministers|ministers|presidents|heads)\s+of\s+$/i;
const FORMER_BEFORE_RE = /\b(?:former|ex-|retired)\s*$/i;
const FORMER_AFFILIATION_RE = /\b(?:former|ex-|retired)[^,;]*$/i;
const FORMER_REACH = 30;
const GOVERNMENT_BEFORE_RE = /\bgovernment\s+$/i;
const STATE_TASK_BEFORE_RE = /\b(?:Migration|Immigration|Statistics|Statistical|Electoral|Meteorological|Seismological|Volcanological|Geological|Social Security|Customs)\s+$/;
const STATE_TASK_REACH = 20;
const STATE_AID_RE = /^(?:aid|relief|humanitarian)\s/i;
const WATCHDOG_RE = /^watchdog\b/i;
const COUNTRYS_WORDS_RE = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const STATE_AID_GAP_RE = /^(?:['’]s)?\s+$/;
const NATIONALITY_AFTER_NAME_RE = /\p{Lu}\p{Ll}+,\s+an?\s+$/u;

/** "X, a Czech,": a nationality told of a named person is the bearer's, not that of any office the name holds. */
function bareNationalityOfName(core: string, m: NationMatch, qualified?: string): boolean {
  return m.kind === 'demonym' && NATIONALITY_AFTER_NAME_RE.test(core.slice(0, m.start)) && (qualified ?? QUALIFIED_RE.exec(core.slice(m.end))![0]).trim() === '';
}

const ETHNIC_BEFORE_RE = /\bethnic(?:ally)?\s+$/i;
const REMIT_FOR_RE = /\bfor\s+(?:the\s+)?$/i;
const REMIT_AFFAIRS_RE = /^\s+affairs\b/i;
// The bodies beyond any one state whose office holders' nationality is no evidence: one that calls itself international,
// the mission or force a story names by its kind, and one whose name ends in a word for a body of several members.
// "The president of the General Assembly, Senegalese diplomat X": the UN's assembly of all its members; "The
// secretary-general of the AES, Burkinabe diplomat X": a body named by its acronym alone.
const NAMED_BODY_BEYOND_STATES = '(?:mission|force|operation)\\b|(?:(?:UN|U\\.N\\.|United Nations)\\s+)?General\\s+Assembly\\b|\\p{Lu}{2,6}\\b(?=,)|(?:\\p{Lu}[\\p{L}-]*\\s+){1,5}(?:Organi[sz]ation|Alliance|Forum|Secretariat|Treaty|Initiative|Partnership)\\b';
// "The executive secretary of the commission, Nigerien hydrologist X": a commission or council the story named before.
const BODY_OF_MEMBERS_BY_KIND = '(?:commission|council|secretariat|tribunal)\\b';
const BODY_OWNED_BEYOND_STATES = `(?:the\\s+|an\\s+)?(?:international|multinational)\\s+[^,;]{1,50}|the\\s+\\p{L}+-led\\s+(?:mission|force|coalition|operation)|the\\s+(?:${NAMED_BODY_BEYOND_STATES}|${BODY_OF_MEMBERS_BY_KIND})`;
// "EUFOR's commander, Austrian Major General X": a body's abbreviation as its owner; "The head of the international
// observation mission, Norwegian parliamentarian X": an office of a body that calls itself international; "The head of
// the mission, Spanish Lt. Gen. X": of a mission or force the story named before; "The secretary-general of the Amazon
// Cooperation Treaty Organization, Bolivian diplomat X": of a body whose name calls it an organisation of several.
// "The leader of the Parliament’s Socialist group, Spanish MEP X": a group of a parliament of several nations.
const PARLIAMENT_GROUP = `the\\s+(?:European\\s+)?Parliament['’]s\\s+[^,;]{1,40}?\\bgroup`;
const BODY_OFFICE_APPOSED_RE = new RegExp(
  `^(?:(?:[Ii]ts|[Tt]he\\s+\\p{L}+['’]s|\\p{Lu}{2,}['’]s)\\s+\\p{Ll}[^,;]{1,60}|[Tt]he\\s+\\p{Ll}[\\p{Ll}-]*(?:\\s+\\p{Ll}[\\p{Ll}-]*)?\\s+of\\s+(?:${BODY_OWNED_BEYOND_STATES}|${PARLIAMENT_GROUP})),\\s*(?:the\\s+)?$`,
  'u',
);

// "head of a Greek fire service rescue team", "a Jordanian military medical unit": a state's emergency or armed unit sent abroad.
// "a spokesman for the Rwandan contingent": an armed contingent sent abroad needs no such word.
const STATE_UNIT_RE = /^\s+(?:(?:(?:fire|rescue|search|emergency|disaster|medical|relief|military|police|army|naval|navy|border|coast guard|civil protection|service)\s+){1,3}(?:team|teams|unit|units|service|crew|crews|contingent|brigade|battalion|squad)|(?:contingent|battalion|peacekeepers|troops)(?!\s+of\b))\b/i;
// "An Egyptian security source", "Israeli military sources": unnamed officials described by their country.
const STATE_SOURCE_RE = /^\s+(?:(?:senior|security|military|diplomatic|government|intelligence|defen[cs]e|police|judicial|official)\s+)*sources?\b/i;

/**
 * A country word speaks for the speaker when it qualifies an office, a state body or the
 * speaker itself ("Saudi Foreign Minister", "China's military", "Egypt said"), not when it
 * qualifies something else in the phrase ("a contestant on a Spanish reality show").
 */
function governsSpeaker(core: string, m: NationMatch): boolean {
  if (m.kind !== 'country' && m.kind !== 'demonym') return true;
  // "Rutte, a former Dutch prime minister,": an office held once; its country is not the one spoken for now.
  if (FORMER_BEFORE_RE.test(core.slice(Math.max(0, m.start - 12), m.start))) return false;
  // "leader of the largest ethnic Albanian opposition party", "an ethnic Greek mayor": a people, not the state spoken for.
  if (ETHNIC_BEFORE_RE.test(core.slice(Math.max(0, m.start - 12), m.start))) return false;
  // "Its commander, Kenyan police general X", "The commission's executive secretary, Kenyan fisheries scientist X": the
  // nationality of a body's office holder, who speaks for the body.
  if (m.kind === 'demonym' && BODY_OFFICE_APPOSED_RE.test(core.slice(0, m.start))) return false;
  const qualified = QUALIFIED_RE.exec(core.slice(m.end))![0];
  if (bareNationalityOfName(core, m, qualified)) return false;
  // "The director for U.S. affairs at the Cuban foreign ministry": the country an office deals with is its remit.
  if (REMIT_AFFAIRS_RE.test(qualified) && REMIT_FOR_RE.test(core.slice(Math.max(0, m.start - 8), m.start))) return false;
  // "North Korea on Tuesday lashed out …, calling …": the day the country spoke qualifies nothing.
  if (qualified.trim() === '' || /^[’']s?\s*$/.test(qualified) || SPOKEN_WHEN_RE.test(qualified)) return true;
  // "The Chinese side said", "his Australian counterpart said", "her Latvian colleague said": diplomatic shorthand for a government;
  // "the prime minister of Pakistan-administered Kashmir": the offices of a land a country administers are its own.
  if (ADMINISTERED_RE.test(qualified)) return true;
  // "The Central Water Commission, India's federal water agency": a body a country's possessive owns.
  if (m.kind === 'country' && COUNTRYS_BODY_RE.test(qualified)) return true;
  // "The U.S. Mission in Nigeria": a country's diplomatic mission; "The acting U.S. representative" at a council: its envoy.
  // "Norway's representative in the process": so is one the country's possessive sends; "the Russian observer mission":
  // so is a mission it sends to watch; "a Gabonese officer": so is an officer named by the country alone (not "the Swiss
  // chief executive officer").
  if (namesStateOffice(qualified) || /^(?:[’']s)?\s+(?:side|counterparts?|colleagues?|(?:(?:election\s+)?(?:observer|observation|monitoring)\s+)?[Mm]ission|representatives?|officers?)\b/.test(qualified)) return true;
  if (STATE_SOURCE_RE.test(qualified) || STATE_UNIT_RE.test(qualified)) return true;
  // "The governor of Somalia's Gedo region", "of Moldova's autonomous Gagauzia region": a country's region is that country's.
  if (m.kind === 'country' && COUNTRYS_REGION_RE.test(qualified)) return true;
  // "The premiers of Germany's five eastern states": the heads of a country's own states are that country's.
  if (m.kind === 'country' && COUNTRYS_STATES_RE.test(qualified) && STATE_HEADS_OF_RE.test(core.slice(0, m.start))) return true;
  // "the ambassador of Brazil in Buenos Aires", "the government of Côte d'Ivoire in Abidjan":
  // a country named in full completes the office before it, and a place or a second office may follow. Not a
  // country word inside a longer name ("the Business Council of British Columbia").
  if (m.kind === 'country' && PLACE_AFTER_RE.test(qualified)) {
    const owner = OFFICE_OF_RE.exec(core.slice(Math.max(0, m.start - 60), m.start));
    if (owner && namesStateOffice(owner[1]!)) return true;
  }
  // "Romanian MEP X", "British MPs": a country's elected members, in the European Parliament too.
  if (m.kind === 'demonym' && /^\s+(?:MEP|MP|MLA|MSP)s?\b/.test(qualified)) return true;
  // "Ghanaian diplomat Kwame ...", "Russian Vladimir Putin", "Argentina's Javier Milei": a name right after the country word.
  return /^(?:[’']s)?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(qualified) && !/\b(?:show|film|company|team|club|league|newspaper|magazine|series)\b/i.test(qualified);
}

// The bloc, the alliance: a union of states that wire copy names by its kind alone.
// Lower case only: "Bloc Québécois" and "Democratic Alliance" are parties, not unions of states.
const UNION_OF_STATES_RE = /^(?:[Tt]he\s+|[Aa]n?\s+)?(bloc|alliance)(?:['’]s\b|\s+(?=\p{Ll})|\s*$)/u;
// "Swedish Rear Admiral X, deputy commander of the alliance's Allied Maritime Command": an office in the union.
// "a spokesman for the alliance": so is the office of the union itself.
const OFFICE_OF_UNION_RE = /\b(?:commander|head|chief|director|secretary|president|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman|envoy|representative|coordinator)\s+(?:of|at|for|in)\s+the\s+(alliance|bloc)(?:['’]s\s|\b(?!['’]))/u;
// A head of state or government named with the country's possessive: "Zambia's President X".
const COUNTRYS_HEAD_RE = /['’]s\s+(?:President|Prime Minister|King|Queen|Emir|Chancellor|Premier)\b/u;

/**
 * "The incoming chair of the bloc, Zambia's President X": a bloc's rotating chair is a head of state, who speaks for
 * the country the phrase names.
 */
function chairsForOwnState(core: string, office: string, matches: readonly NationMatch[]): boolean {
  return /^(?:chair|chairman|chairwoman|president)\b/i.test(office) && COUNTRYS_HEAD_RE.test(core) && matches.some((m) => m.kind === 'country' && m.code !== null);
}

/** The nouns for a group some states make up ("the Quint group of …", "the troika of …"). */
export const GROUPS_OF_STATES: readonly string[] = ['group', 'coalition', 'grouping', 'troika', 'quartet', 'quintet', 'bloc', 'alliance', 'club'];
const GROUP_OF_RE = new RegExp(`\\b(${GROUPS_OF_STATES.join('|')})\\s+of\\s+(?:the\\s+)?`, 'i');
// Between two coordinated country words: "French and German", "U.S., British and French".
// After "a group of": how many members, before some of them are named.
const COUNTED_MEMBERS_RE = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some)\s+(?:countries|states|nations|governments|members)\b/i;
// "the group's", "the paramilitary's": an armed or other group's possessive before a lower-case office.
const GROUPS_OFFICE_RE = /\b(?:group|paramilitary|militia|rebels|insurgents)['’]s?(?=\s+\p{Ll})/u;
// "the International Cricket Council", "International Olympic Committee": a body that names itself international, or
// by the region whose states it joins ("the Baltic Council of Ministers", "the Nordic Council").
// "the Joint Rivers Commission": a commission two states keep jointly.
const INTERGOVERNMENTAL_RE = /\bIntergovernmental\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}(?:Conference|Council|Committee|Commission|Authority|Organi[sz]ation|Panel)\b/u;
const INTERNATIONAL_BODY_RE = /\b(?:International|Baltic|Nordic|Arctic|Pan-African|Inter-American|Inter-Parliamentary)\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Council|Committee|Federation|Association|Organi[sz]ation|Union|Agency|Court|Tribunal|Fund|Institute|Centre|Center|Commission)\b|\bJoint\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}Commission\b/u;
// "co-chaired by China and France", "led by the United States and Britain": the states that run a body.
const CHAIRED_BY_RE = /\b(?:co-?)?(?:chaired|led|headed|hosted)\s+by\s+(?:the\s+)?/i;
// "the China-Afghanistan-Pakistan Foreign Ministers' Dialogue": a hyphen joins the countries of a body too.
const COORDINATION_RE = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+|[-‐–])(?:the\s+)?$/;

/**
 * "French and German diplomats", "Chinese and Russian officials": speakers of two or more
 * nations at once, a group with no single nation. The country words must open the phrase
 * and be joined by a comma or "and", so "the Russian embassy in Washington" is no such group.
 */
function sharedBetweenNations(core: string, matches: NationMatch[]): { start: number; end: number } | null {
  const first = matches[0];
  if (!first || first.code === null || !/^(?:(?:the|some|several|many|two|three)\s+)?$/i.test(core.slice(0, first.start))) return null;
  let last = first;
  let other: NationMatch | null = null;
  for (const m of matches.slice(1)) {
    const joint = core.slice(last.end, m.start);
    if (m.code === null || !COORDINATION_RE.test(joint)) break;
    if (m.code !== first.code) other = m;
    last = m;
    // "China, Pakistan's closest ally,": a comma alone sets off an apposition; a list ends with "and" or "or", or is
    // countries joined by hyphens (not "Mexican-American", a people).
    if (other && (/\b(?:and|or)\b/.test(joint) || (/^[-‐–]$/.test(joint) && first.kind === 'country' && m.kind === 'country'))) return { start: first.start, end: m.end };
  }
  return null;
}

/**
 * Where "The Commission's chief negotiator, Dutch official X" names the body whose office X holds, before the
 * nationality set after it (a dual role: X speaks for the body), or null.
 */
export function bodyOfficeHolderOwner(phrase: string): { start: number; end: number } | null {
  const core = speakerCore(phrase);
  if (!nationsIn(core).some((m) => m.kind === 'demonym' && BODY_OFFICE_APPOSED_RE.test(core.slice(0, m.start)))) return null;
  const owner = BODY_OWNER_RE.exec(core);
  // "The secretary-general of the AES, Burkinabe diplomat X": an acronym the gazetteer knows as a state's ("the UAE") is no body.
  if (!owner || (ACRONYM_RE.test(owner[0]) && nationsIn(owner[0]).some((m) => m.code !== null))) return null;
  return { start: owner.index, end: owner.index + owner[0].length };
}

const ACRONYM_RE = /^\p{Lu}{2,6}$/u;
const BODY_OWNER_RE = new RegExp(`\\p{L}+(?=['’]s\\s)|[Ii]ts\\b|\\b(?:international|multinational)\\b|\\b\\p{L}+-led\\s+(?:mission|force|coalition|operation)\\b|(?<=\\bof\\s+the\\s+)(?:${NAMED_BODY_BEYOND_STATES}|${BODY_OF_MEMBERS_BY_KIND})`, 'u');

/** The phrase without trailing relative clauses and participles ("who was in London ..."). */
export function speakerCore(phrase: string): string {
  const cut = TRAILING_CLAUSE_RE.exec(phrase);
  return cut ? phrase.slice(0, cut.index) : phrase;
}

const DETERMINER_RE = /^(?:the|a|an)\s+/i;
// A capitalised word standing alone before a name, as a given name does ("Takeshi Nomura", not "the bank Nomura").
const GIVEN_NAME_BEFORE_RE = /(?:^|[\s,])(?!(?:The|A|An)\s)\p{Lu}\p{Ll}+\s$/u;
const HEAD_BEFORE_APPOSITIVE_RE = /^\s*(?:the\s+)?$/i;

/**
 * The nation a speaker's phrase gives, read at article offset `at`. `officialHead` says the
 * phrase names a state office ("A senior official in Berlin"): only then does a venue count.
 */
export function nationOfPhrase(phrase: string, at: number): PhraseNation | null {
  let found = phraseCache.get(phrase);
  if (found === undefined) {
    found = nationOfPhraseAt0(phrase);
    if (phraseCache.size >= CACHE_LIMIT) phraseCache.clear();
    phraseCache.set(phrase, found);
  }
  return found && { ...found, start: found.start + at, end: found.end + at };
}

// Speaker phrases repeat within and across articles ("Trump", "the White House").
const CACHE_LIMIT = 20_000;
const phraseCache = new Map<string, PhraseNation | null>();
const matchCache = new Map<string, NationMatch[]>();

/** Every nation cue in a short text, remembered: speaker phrases and sentences are read more than once. */
export function nationsIn(text: string): NationMatch[] {
  let found = matchCache.get(text);
  if (found === undefined) {
    found = findAllNations(text);
    if (matchCache.size >= CACHE_LIMIT) matchCache.clear();
    matchCache.set(text, found);
  }
  return found;
}

// "Britain's U.N. ambassador", "Russia's deputy U.N. ambassador": a country's envoy to a body; "Hungary's
// minister for EU affairs": a country's office for its dealings with one (not "the African Union mission in Somalia",
// the body's own).
const ENVOY_AFTER_RE = /^\s+(?:ambassador|envoy|representative|mission(?!\s+(?:in|to help)\b)|delegation|delegate|affairs)\b/i;

/** Whether international body `m` is where a country named before it sends the speaker. */
function sentToBody(core: string, matches: NationMatch[], m: NationMatch): boolean {
  // "A Turkish diplomat at the Council of Europe": a state's envoy accredited to the body, not the body's staff.
  const accredited = ENVOY_AT_BODY_RE.test(core.slice(Math.max(0, m.start - 40), m.start));
  return (accredited || ENVOY_AFTER_RE.test(core.slice(m.end))) && matches.some((c) => c.code !== null && c.end <= m.start && (c.kind === 'country' || c.kind === 'demonym'));
}

/** "A German diplomat in Brussels": a country's envoy where the body sits, not the body's staff. */
function stationedAtBody(core: string, matches: NationMatch[], m: NationMatch): boolean {
  return isVenue(core, m, 0) && matches.some((c) => c.code !== null && c.end <= m.start && (c.kind === 'country' || c.kind === 'demonym') && governsSpeaker(core, c));
}

const ENVOY_AT_BODY_RE = /\b(?:diplomats?|envoys?|ambassadors?|delegates?|delegation)\s+(?:at|to)\s+(?:the\s+)?$/;

/**
 * "Thailand's Office of the Narcotics Control Board (ONCB) Secretary-General X": a title the gazetteer gives the
 * United Nations, after a country's possessive, is the title of that country's body.
 */
function nationalTitle(core: string, matches: NationMatch[], m: NationMatch): boolean {
  if (!TITLE_ONLY_CUE_RE.test(m.cue)) return false;
  // "Secretary-General of the Presidency of the Republic, General X": the title of a state's own office.
  if (OF_STATE_OFFICE_AFTER_RE.test(core.slice(m.end))) return true;
  return matches.some((c) => c.code !== null && c.end <= m.start && (c.kind === 'country' || c.kind === 'demonym') && /^['’]s\s/.test(core.slice(c.end)));
}

const OF_STATE_OFFICE_AFTER_RE = /^\s+of\s+the\s+(?:Presidency|Government|Prime Minister|Ministry|National Assembly|Senate)\b/;

const TITLE_ONLY_CUE_RE = /^Secretary[- ]General$/;

const STATE_BODY_AFTER_RE = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:Board|Authority|Commission|Agency|Directorate)\b/u;
const STATE_BODY_REACH = 16;
// "Minister of State for Ports, ": a minister's title listing portfolios, up to the word read.
const MINISTER_FOR_BEFORE_RE = /\b(?:[Mm]inist(?:er|ry)|[Ss]ecretary)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:,\s+|\s+and\s+|\s+))*$/u;
const PORTFOLIO_LIST_REACH = 60;
const KNOWN_OF_BEFORE_RE = /\b(?:familiar with|briefed on|with knowledge of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;
const UNION_GOVERNMENT_RE = /^Union\s+(?:[\p{L}-]+\s+){0,2}(?:[Mm]inistry|[Mm]inister|[Gg]overnment|[Cc]abinet)\b/u;
const PORTFOLIO_HEAD_RE = /^\s+(?:ministry|ministries|minister|ministers|department)\b/i;

function nationOfPhraseAt0(phrase: string): PhraseNation | null {
  const at = 0;
  const core = speakerCore(phrase);
  // "Japan's ambassador, Takeshi Nomura,": a company's one-word name after a given name is a surname.
  const matches = nationsIn(core).filter((m) => m.kind !== 'non-state' || m.cue.includes(' ') || !GIVEN_NAME_BEFORE_RE.test(core.slice(0, m.start)));
  // "Lithuania, Latvia and Estonia": several countries together speak for none of them.
  const shared = sharedBetweenNations(core, matches);
  if (shared) return { code: null, kind: 'organization', start: at + shared.start, end: at + shared.end };
  // "The British-Irish Intergovernmental Conference": a body of governments together.
  const intergovernmental = INTERGOVERNMENTAL_RE.exec(core);
  if (intergovernmental) return { code: null, kind: 'organization', start: at + intergovernmental.index, end: at + intergovernmental.index + intergovernmental[0].length };
  // "The Quint group of France, Germany, Italy, Britain and the United States": a group the countries make up.
  const group = matches.length > 1 ? GROUP_OF_RE.exec(core) : null;
  if (group) {
    const listed = core.slice(group.index + group[0].length);
    // "a group of 11 countries including South Korea, the United States and Japan": a count of members, then some of them.
    if (sharedBetweenNations(listed, nationsIn(listed)) || COUNTED_MEMBERS_RE.test(listed)) return { code: null, kind: 'organization', start: at + group.index, end: at + group.index + group[1]!.length };
  }
  // "Egypt, one of the largest importers of wheat,": a country standing alone as the head speaks for
  // itself, whatever its appositive calls it ("Malaysia, the current chair of ASEAN,").
  const head = matches[0];
  if (head && head.code !== null && head.kind !== 'demonym' && head.kind !== 'media' && HEAD_BEFORE_APPOSITIVE_RE.test(core.slice(0, head.start)) && /^\s*,/.test(core.slice(head.end))) {
    return { code: head.code, kind: head.kind === 'country' ? 'explicit' : 'metonym', start: at + head.start, end: at + head.end };
  }
  // "X, a Czech diplomat who has led the EU mediation since last year,", "X, a Swedish diplomat who took over the IAEA in
  // 2023,": a national leading what an international body does speaks for the body (not "who leads the Chinese
  // delegation to the UN talks").
  const officeClause = OFFICE_CLAUSE_RE.exec(phrase);
  const ledFirst = officeClause ? nationsIn(officeClause[1]!)[0] : undefined;
  // Not "who heads his country's delegation to the IMO" nor "who represents the government in Aden at the Arab League":
  // one sent to a body is a state's.
  const beforeLed = ledFirst !== undefined ? officeClause![1]!.slice(0, ledFirst.start) : '';
  const delegationSent = DELEGATION_TO_RE.test(beforeLed) || (REPRESENTS_RE.test(officeClause?.[0] ?? '') && /\b(?:at|to|before)\s+(?:the\s+)?$/.test(beforeLed));
  if (ledFirst && ledFirst.code === null && ledFirst.kind === 'international' && !delegationSent) {
    const offset = officeClause!.index + officeClause![0].indexOf(officeClause![1]!);
    return { code: null, kind: 'organization', start: at + offset + ledFirst.start, end: at + offset + ledFirst.end };
  }
  // "The apostolic nuncio in Colombia", "the Apostolic Nuncio to Greece": the Holy See's envoy, wherever sent.
  const nuncio = NUNCIO_RE.exec(core);
  if (nuncio) return { code: 'VA', kind: 'metonym', start: at + nuncio.index, end: at + nuncio.index + nuncio[0].length };
  // "Director for EU Affairs X", "EU Affairs Minister X": a country's office for its dealings with the body, whichever country.
  const intl = matches.find(
    (m) =>
      m.code === null &&
      // "envoy to the Organization of American States (OAS)": a bracketed acronym goes with the name before it.
      !matches.some((n) => n.code === null && n.end <= m.start && /^\s*\($/.test(core.slice(n.end, m.start))) &&
      !DESTINATION_BEFORE_RE.test(core.slice(Math.max(0, m.start - 30), m.start)) &&
      !atMeetingOf(core, matches, m) &&
      !sentToBody(core, matches, m) &&
      !nationalTitle(core, matches, m) &&
      !REMIT_AFFAIRS_RE.test(core.slice(m.end)) &&
      !stationedAtBody(core, matches, m),
  );
  if (intl) return { code: null, kind: 'organization', start: at + intl.start, end: at + intl.end };
  // "International Cricket Council chairman X, a former Sri Lankan Test captain": a body named as international.
  const named = INTERNATIONAL_BODY_RE.exec(core);
  if (named && (matches.length === 0 || matches[0]!.start > named.index)) return { code: null, kind: 'organization', start: at + named.index, end: at + named.index + named[0].length };
  // "The region's self-styled foreign minister", "the breakaway region's leader": an office no state holds.
  const unrecognised = UNRECOGNISED_RE.exec(core);
  if (unrecognised) return { code: null, kind: 'organization', start: at + unrecognised.index, end: at + unrecognised.index + unrecognised[0].length };
  // "the group's military spokesman", "head of the group's economic committee": an office of a group the story named
  // (an armed group, a company, a campaign), no state's.
  const groups = GROUPS_OFFICE_RE.exec(core);
  if (groups && !KNOWN_OF_BEFORE_RE.test(core.slice(0, groups.index))) return { code: null, kind: 'organization', start: at + groups.index, end: at + groups.index + groups[0].length };
  // "The bloc's foreign policy chief", "an alliance spokesman": a union of states, no one nation.
  const union = UNION_OF_STATES_RE.exec(core) ?? OFFICE_OF_UNION_RE.exec(core);
  if (union && !chairsForOwnState(core, union[0], matches)) {
    const start = union.index + union[0].indexOf(union[1]!);
    return { code: null, kind: 'organization', start: at + start, end: at + start + union[1]!.length };
  }
  const several = NO_SINGLE_NATION_RE.exec(core) ?? BOTH_SIDES_RE.exec(core);
  if (several) {
    const words = several[1] ?? several[2]!;
    const start = several.index + several[0].indexOf(words);
    return { code: null, kind: 'organization', start: at + start, end: at + start + words.length };
  }
  // "A diplomat from a South American country": a country the copy does not name.
  const unnamed = UNNAMED_COUNTRY_RE.exec(core);
  if (unnamed && matches.every((m) => m.code === null)) {
    const start = unnamed.index + unnamed[0].indexOf(unnamed[1]!);
    return { code: null, kind: 'organization', start: at + start, end: at + start + unnamed[1]!.length };
  }
  // "A diplomat from one of the Nordic delegations": one of several, none named.
  const oneOfMany = ONE_OF_MANY_RE.exec(core);
  if (oneOfMany) {
    const start = oneOfMany.index + oneOfMany[0].indexOf(oneOfMany[1]!);
    return { code: null, kind: 'organization', start: at + start, end: at + start + oneOfMany[1]!.length };
  }
  // "The official creditor committee, co-chaired by China and France,": a body several countries chair.
  const chairs = core.includes(' by ') ? CHAIRED_BY_RE.exec(core) : null;
  if (chairs) {
    const chairing = matches.filter((m) => m.start >= chairs.index + chairs[0].length);
    const shared = chairing.length >= 2 ? sharedBetweenNations(core.slice(chairing[0]!.start), nationsIn(core.slice(chairing[0]!.start))) : null;
    if (shared) return { code: null, kind: 'organization', start: at + chairing[0]!.start, end: at + chairing[0]!.start + shared.end };
  }
  const proxy = core.includes('-') || core.includes(' by ') ? SPONSORED_GROUP_RE.exec(core) : null;
  if (proxy) return { code: null, kind: 'organization', start: at + proxy.index, end: at + proxy.index + proxy[0].length };
  // "Libya's Tripoli-based Government of National Unity", "the eastern-based House of Representatives": a government
  // or parliament sits somewhere as a company does, and stays a state's.
  const seatedState = SEATED_STATE_BODY_RE.test(core);
  // "Iran's ambassador to the Vienna-based agency": where an envoy is sent is not whom they speak for.
  const sentTo = (at: number) => ENVOY_DESTINATION_RE.test(core.slice(0, at));
  const based = seatedState ? undefined : matches.find((m) => BASED_AFTER_RE.test(core.slice(m.end, m.end + 8)) && !sentTo(m.start));
  const basedMatch = seatedState ? null : BASED_ANY_RE.exec(core);
  const basedAny = basedMatch && !sentTo(basedMatch.index) ? basedMatch : null;
  const carrier = CARRIER_BEFORE_NAME_RE.exec(core);
  const found =
    findLexiconWord(withoutBodies(core, matches), NON_STATE_WORDS) ??
    (basedAny ? { index: basedAny.index, length: basedAny[0].length } : null) ??
    (carrier ? { index: carrier.index, length: carrier[0].length } : null) ??
    namedGroup(core);
  // "President Javier Milei, a libertarian economist who …": what the appositive calls a state's office holder is no employer.
  // "Justice Department lawyers", "a State Department analyst": a state's institution before the word employs them.
  // "Chinese government experts": so does a government.
  // "British aid officials", "Japan's relief workers": a government's own aid staff (not "aid officials" alone).
  const employedByState =
    found !== null &&
    (matches.some((m) => m.code !== null && m.end <= found.index && (m.kind === 'institution' ? /^\s*$/ : STATE_AID_GAP_RE).test(core.slice(m.end, found.index)) && (m.kind === 'institution' || STATE_AID_RE.test(core.slice(found.index)))) ||
      // "Russia's agricultural watchdog": a country's own regulator, unlike "a rights watchdog".
      (WATCHDOG_RE.test(core.slice(found.index)) && matches.some((m) => m.code !== null && m.kind === 'country' && m.end <= found.index && COUNTRYS_WORDS_RE.test(core.slice(m.end, found.index)))) ||
      GOVERNMENT_BEFORE_RE.test(core.slice(0, found.index)));
  // "the shipping ministry", "the oil minister": the trade a ministry is for is no company; "the chief executive of
  // the Ghana Cocoa Board": nor is the head of a state's board or authority.
  const after = found ? core.slice(found.index + found.length) : '';
  const stateBody = found !== null && STATE_BODY_AFTER_RE.test(after) && matches.some((m) => m.code !== null && (m.kind === 'country' || m.kind === 'demonym') && m.start > found.index && m.start < found.index + found.length + STATE_BODY_REACH);
  // "India's Minister of State for Ports, Shipping and Waterways": or it is a portfolio the minister's title lists.
  const portfolio = found !== null && (PORTFOLIO_HEAD_RE.test(after) || stateBody || MINISTER_FOR_BEFORE_RE.test(core.slice(Math.max(0, found.index - PORTFOLIO_LIST_REACH), found.index)));
  // "The Salween Democratic Army, an ethnic armed group": an armed group is no state's, whatever its name calls it.
  const armed = found !== null && ARMED_GROUP_RE.test(core.slice(found.index, found.index + found.length));
  // "The National Migration Institute", "the National Hurricane Center": a national institute or centre is the state's
  // (a national university is not); "Oman's Maritime Security Centre": so is one a country's possessive names, unless
  // its name calls it a company ("China's Huaxin Nuclear Power Group").
  // "the Guatemalan Migration Institute", "the Meteorological Service": so is a body named for a task only a state does.
  // A national Olympic committee or football federation is not the state's.
  const national =
    found !== null &&
    /^\p{Lu}/u.test(core.slice(found.index)) &&
    !/^(?:university|college|olympic|paralympic|football|sports)\b/i.test(core.slice(found.index)) &&
    (NATIONAL_BODY_BEFORE_RE.test(core.slice(0, found.index)) ||
      STATE_TASK_BEFORE_RE.test(core.slice(Math.max(0, found.index - STATE_TASK_REACH), found.index)) ||
      (countryPossessiveBefore(core, matches, found.index) && !COMPANY_HEAD_RE.test(core.slice(found.index))));
  // "the Democratic Centre party", "the Union party": a word of a party's name; a party's politicians speak for their country.
  const partyName = found !== null && (PARTY_AFTER_RE.test(core.slice(found.index + found.length)) || ((UNION_FOR_CAUSE_RE.test(core.slice(found.index)) || (POLITICAL_UNION_BEFORE_RE.test(core.slice(0, found.index)) && /^Union\b(?!\s+of\b)/.test(core.slice(found.index)))) && PARTY_OFFICE_BEFORE_RE.test(core.slice(0, found.index))));
  // "consumer watchdog Rospotrebnadzor", "the regulator Ofcom": the word describes the state institution named next.
  const describesInstitution = found !== null && matches.some((m) => m.code !== null && m.kind === 'institution' && /^\s*$/.test(core.slice(found.index + found.length, m.start)));
  // "Mamani, a former teachers' union leader": what a speaker once was is not whom they speak for now.
  const former = found !== null && FORMER_AFFILIATION_RE.test(core.slice(Math.max(0, found.index - FORMER_REACH), found.index));
  // "Kenya's special envoy to the Tumaini peace talks with holdout rebel groups": where an envoy is sent, not whom
  // they speak for.
  const destination = found !== null && ENVOY_DESTINATION_RE.test(core.slice(0, found.index));
  // "the Union water ministry", "Union Home Minister X": India's federal government, not a trade union.
  const unionGovernment = found !== null && UNION_GOVERNMENT_RE.test(core.slice(found.index));
  // "A Saudi official familiar with the group's deliberations": what an official knows of is not whom they work for.
  const knownOf = found !== null && KNOWN_OF_BEFORE_RE.test(core.slice(0, found.index)) && matches.some((m) => m.code !== null && m.end <= found.index);
  // "who leads the opposition Union for Dialogue": an opposition's union is a party.
  const oppositionParty = found !== null && OPPOSITION_BEFORE_RE.test(core.slice(0, found.index));
  const nonState = found && !former && !destination && !oppositionParty && !unionGovernment && !knownOf && !partyName && !describesInstitution && !employedByState && !portfolio && (!national || armed) && (armed || !describesOfficeHolder(core, found.index)) && !CENTRAL_BANK_RE.test(core) ? found : null;
  if (nonState || based) {
    const s = based ? based.start : nonState!.index;
    const e = based ? based.end : nonState!.index + nonState!.length;
    return { code: null, kind: 'organization', start: at + s, end: at + e };
  }
  const kept = matches.filter((m) => m.code !== null && !isDecoy(core, m, 0) && governsSpeaker(core, m));
  const placed = kept.find((m) => !isVenue(core, m, 0));
  // "A source at the White House in Bishkek", "Bishkek's White House": a seat of government named for another capital's
  // is that capital's.
  const seat = placed?.kind === 'institution' ? matches.find((m) => m.kind === 'capital' && m.code !== placed.code && (m.start > placed.end ? /^\s+in\s+$/.test(core.slice(placed.end, m.start)) : m.end <= placed.start && /^['’]s\s+$/.test(core.slice(m.end, placed.start)))) : undefined;
  const own = seat ?? placed;
  // "Enlargement Commissioner X, a Czech,": the nationality is told because the office is no state's.
  const bearer = own ? undefined : matches.find((m) => bareNationalityOfName(core, m));
  if (bearer) return { code: null, kind: 'organization', start: at + bearer.start, end: at + bearer.end };
  if (own) {
    const bare = core.trim().replace(DETERMINER_RE, '');
    const institution = own.kind === 'institution' || own.kind === 'capital';
    const kind: NationEvidenceKind = institution ? 'metonym' : 'explicit';
    // A capital is a metonym only when it stands as the speaker, not inside a title.
    if (own.kind === 'capital' && bare !== own.cue && !/^[’']s\b/.test(core.slice(own.end, own.end + 2))) {
      return { code: own.code, kind: 'explicit', start: at + own.start, end: at + own.end };
    }
    return { code: own.code, kind, start: at + own.start, end: at + own.end };
  }
  // "Georgia's Interior Ministry": bare "Georgia" is left out of the gazetteer (the US state), but no US state has these offices.
  const georgian = GEORGIAN_OFFICE_RE.exec(core);
  if (georgian) return { code: 'GE', kind: 'explicit', start: at + georgian.index, end: at + georgian.index + 'Georgia'.length };
  // With no country word, the U.S. administration's.
  const administration = matches.length === 0 ? ADMINISTRATION_OFFICIAL_RE.exec(core) : null;
  if (administration) return { code: 'US', kind: 'organization', start: at + administration.index, end: at + administration.index + 'administration'.length };
  const office = officeClause ?? SEATS_CLAUSE_RE.exec(phrase);
  const represented = office && REPRESENTS_RE.test(office[0]) ? representedState(office[1]!) : null;
  if (represented) {
    const offset = office!.index + office![0].indexOf(office![1]!);
    return { ...represented, start: at + offset + represented.start, end: at + offset + represented.end };
  }
  if (office && namesStateOffice(office[1]!)) {
    const held = nationOfPhraseAt0(office[1]!);
    const offset = office.index + office[0].indexOf(office[1]!);
    // "X, who heads the office of the UN refugee agency in Colombia,": an international body's office speaks for none.
    if (held && (held.code !== null || held.kind === 'organization')) return { ...held, start: at + offset + held.start, end: at + offset + held.end };
  }
  // "X, whose nationalist Bulgarian Dawn party is the second-largest in parliament,": a party named for its country.
  const party = WHOSE_PARTY_RE.exec(phrase);
  const partyNation = party ? nationsIn(party[1]!).find((m) => m.code !== null && (m.kind === 'demonym' || m.kind === 'country')) : undefined;
  if (partyNation) {
    const offset = party!.index + party![0].indexOf(party![1]!);
    return { code: partyNation.code, kind: 'explicit', start: at + offset + partyNation.start, end: at + offset + partyNation.end };
  }
  if (namesLooseGroup(core)) return null;
  const venue = kept[0];
  // "In Niamey, Foreign Ministry spokesman X", "A senior official in Berlin": an office placed by its seat; not an
  // embassy ("its embassy in Phnom Penh"), which is another country's.
  if (venue && namesStateOffice(core) && !MISSION_IN_RE.test(core.slice(0, venue.start))) return { code: venue.code, kind: 'organization', start: at + venue.start, end: at + venue.end };
  return null;
}

// "Present in Libreville for a meeting of the Central African Forests Commission, the minister …": a body's meeting
// is where the speaker is, not whom they speak for.
function atMeetingOf(core: string, matches: NationMatch[], m: NationMatch): boolean {
  if (MEETING_OF_RE.test(core.slice(Math.max(0, m.start - 30), m.start))) return true;
  // "… of the Central African Forests Commission (COMIFAC)": the abbreviation in brackets is the same body.
  const named = core[m.start - 1] === '(' ? matches.find((n) => n.end <= m.start && /^\s*\($/.test(core.slice(n.end, m.start))) : undefined;
  return named !== undefined && MEETING_OF_RE.test(core.slice(Math.max(0, named.start - 30), named.start));
}

const MEETING_OF_RE = /\b(?:meeting|summit|session|conference|gathering|sidelines|assembly)\s+of\s+(?:the\s+)?$/i;
const MISSION_IN_RE = /\b(?:embassy|embassies|consulate|ambassador|consul|high\s+commission(?:er)?|mission)\s+(?:general\s+)?in\s+$/i;

/** "Diplomats", "Two analysts", "Residents": a group that speaks for no single nation, whatever the context. */
export function namesLooseGroup(phrase: string): boolean {
  return GROUP_HEAD_RE.test(phrase.trim());
}

/** Whether the words before the appositive holding `at` name a state office ("President X, a libertarian economist"). */
// "National Migration", "National Hurricane": a body's name opening with "National" before its head word.
const NATIONAL_BODY_BEFORE_RE = /\b(?:National|Federal)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
const COMPANY_HEAD_RE = /^(?:Group|Corporation|Corp|Company|Holdings)\b/;
// "the Corsican National Liberation Army": a liberation army or front is no state's, though its name says "National".
const ARMED_GROUP_RE = /^(?:armed groups?|rebel groups?|militias?|rebels?|insurgents|guerrillas|separatists?|secessionist|jihadists?|Brigades?|liberation (?:army|front))$/i;

// "a Tripoli-based government", "the eastern-based House of Representatives", "the Bahrain-based U.S. Fifth Fleet".
const SEATED_STATE_BODY_RE = /[-‐–](?:based|headquartered)\s+(?:[\p{L}.]+\s+){0,2}?(?:[Gg]overnment|[Pp]arliament|House of Representatives|[Nn]ational [Aa]ssembly|[Ll]egislature|[Pp]residential [Cc]ouncil|[Aa]dministration|[Aa]uthorities|[Mm]inistry|(?:\p{Lu}\p{Ll}+\s+)?(?:Fleet|Command|Army|Navy|Air Force|Coast Guard))\b/u;
// "China Coastal Engineering Group", "the Commonwealth Observer Group": a body a capitalised name calls a group.
const NAMED_GROUP_RE = /\b\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*\s+(Group)\b/u;
const PARTY_AFTER_RE = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+[Pp]arty\b/u;
// "chairman of the Civic Union for Progress", "leader of the Union for the Republic": a union named for a cause that a
// politician leads is a party (trade unions are named for their members: "the Union of Journalists"; a religious
// union's president is no politician).
const UNION_FOR_CAUSE_RE = /^Union\s+for\s+(?:the\s+)?\p{Lu}/u;
// "leader of the Croatian People's Union", "the Civic Union": a union a political word names (trade unions name their
// members' trade: "the Transport Workers Union").
const POLITICAL_UNION_BEFORE_RE = /\b(?:Democratic|Civic|People['’]s|Patriotic|Liberal|Christian|Progressive|Popular|Republican|Socialist|National)\s+$/;
const PARTY_OFFICE_BEFORE_RE = /\b(?:chair(?:man|woman|person)?|leader|opposition|candidate|lawmakers?|deputies|MPs?)\b/i;
const POSSESSIVE_NAME_BEFORE_RE = /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u;
const GOVERNMENTS_NAME_BEFORE_RE = /^\s+government['’]s\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){1,6}$/u;

// "the Spanish hotel group Hoteles Brisamar", "the mining group Kestrel": a group its trade names, before its name.
// Not a group of a parliament, of parties or of a people.
const TRADE_GROUP_RE = /\b(?!(?:parliamentary|political|opposition|ethnic|religious|militant|armed|rebel|party)\s)\p{Ll}[\p{Ll}-]+\s+(group)\s+(?=\p{Lu})/u;

// "a commander of the Al-Sumud Brigade", "the al-Quds Brigades": an armed group named in Arabic, no state's army.
const ARABIC_NAMED_BRIGADE_RE = /\b[Aa]l-\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(Brigades?)\b/u;

function namedGroup(core: string): { index: number; length: number } | null {
  const brigade = core.includes('Brigade') ? ARABIC_NAMED_BRIGADE_RE.exec(core) : null;
  if (brigade) return { index: brigade.index + brigade[0].length - brigade[1]!.length, length: brigade[1]!.length };
  if (core.includes('Group')) {
    const m = NAMED_GROUP_RE.exec(core);
    if (m) return { index: m.index + m[0].length - m[1]!.length, length: m[1]!.length };
  }
  if (!core.includes('group')) return null;
  const trade = TRADE_GROUP_RE.exec(core);
  return trade ? { index: trade.index + trade[0].lastIndexOf(trade[1]!), length: trade[1]!.length } : null;
}

/** "Oman's Maritime Security Centre": a country's possessive, then the capitalised name ending at `at`. */
function countryPossessiveBefore(core: string, matches: NationMatch[], at: number): boolean {
  // "The Saudi government's King Salman Humanitarian Aid and Relief Centre": a people's government owns it as a country does.
  return matches.some(
    (m) => m.code !== null && m.end < at && ((m.kind === 'country' && POSSESSIVE_NAME_BEFORE_RE.test(core.slice(m.end, at))) || (m.kind === 'demonym' && GOVERNMENTS_NAME_BEFORE_RE.test(core.slice(m.end, at)))),
  );
}

function describesOfficeHolder(core: string, at: number): boolean {
  const comma = core.indexOf(',');
  // "An official at Hanul Energy Solution, a battery maker,": the appositive describes the employer named.
  // "Coastline Naval Systems, the British-Australian joint venture,": a name its last word calls a company is no office;
  // "The Sinjar Justice Project, a Yazidi rights group,": nor one it calls a civic body.
  // "Retired Rear Admiral X, director of the Istanbul-based … Centre,": an office left is no one's now.
  return comma !== -1 && comma < at && namesStateOffice(core.slice(0, comma)) && !RETIRED_BEFORE_RE.test(core.slice(0, comma)) && !EMPLOYER_NAMED_RE.test(core.slice(0, comma)) && !COMPANY_NAME_RE.test(core.slice(0, comma));
}

// "Retired Rear Admiral", "a former minister": an office once held.
const RETIRED_BEFORE_RE = /^\s*(?:[Aa]\s+|[Tt]he\s+)?(?:[Rr]etired|[Ff]ormer|[Ee]x-)/;
const COMPANY_NAME_RE =
  /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}&-]*\s+){1,4}(?:Systems|Industries|Technologies|Solutions|Dynamics|Aerospace|Shipyards?|Shipbuilding|Engineering|Group|Corporation|Corp|Company|Holdings|Project|Network|Foundation|Watch|Society|Campaign|Initiative)$/u;

// "A spokeswoman for Rovuma Gas Partners, the French-led consortium,": so does one a spokesperson speaks for.
// "A spokeswoman for the builder, Guangzhou-based Huanan Port Holdings,": or one for a body named by its trade.
const EMPLOYER_NAMED_RE = /\bat\s+(?:the\s+)?\p{Lu}|\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?:\p{Lu}|\p{Ll}+\s*$)/u;

/**
 * The phrase with the names of international bodies and state institutions blanked: "union" in "the European
 * Union" or "the Union Buildings" is no trade union.
 */
function withoutBodies(core: string, matches: NationMatch[]): string {
  let out = core;
  for (const m of matches) {
    let end = m.end;
    // "the IRNA news agency", "Russia's TASS news agency": a state's agency named as one, not a private outlet.
    if (m.kind === 'media' && m.code !== null) end += AGENCY_AFTER_MEDIA_RE.exec(core.slice(end))?.[0].length ?? 0;
    else if (m.kind !== 'international' && m.kind !== 'institution') continue;
    out = out.slice(0, m.start) + ' '.repeat(end - m.start) + out.slice(end);
  }
  return out;
}

const AGENCY_AFTER_MEDIA_RE = /^\s+(?:news\s+agency|agency|newspaper|broadcaster)\b/i;

/** Words that name a state office or its holder: such speakers speak for some nation. */
const STATE_OFFICE_WORDS = wordLexicon(
  'adviser advisor counterpart counterparts undersecretary prefect prefects sub-prefect leader leadership regime state monarch ruler chief minister ministry ministries government governments president presidency presidential premier prime chancellor chancellery cabinet king queen emir sultan spokesman spokeswoman spokesperson spokespeople official officials secretary ambassador embassy consulate consul envoy diplomat army military navy naval command commander general colonel admiral defence defense foreign department office parliament senate lawmaker legislator legislators parliamentarian parliamentarians governor mayor court senator senators congressman congresswoman lawmakers mp mps gen lt col maj brig adm administration regulator authority authorities council police fleet forces junta palace delegate delegation negotiator mediator facilitator treasury justice judge judges prosecutor prosecutors opposition gov sen rep magistrate akim regent candidate candidates commissioner customs councillor councillors councilor councilors backbencher backbenchers shadow primature directorate province provincial governorate prefecture prisons',
  ['air force', 'coast guard', 'health officer', 'medical officer', 'district officer', 'district commissioner', 'development coordinator', 'central bank', 'crown prince', 'border guard', 'white house', 'state media', 'head of', 'commanding officer', 'permanent representative', 'trade representative', 'special representative', 'press service', 'committee chairman', 'committee chair', 'high commissioner', 'high commission', 'opposition deputy', 'opposition deputies', 'independent deputy', 'independent deputies', 'independent lawmaker', 'independent senator', 'member of parliament', 'members of parliament', 'electoral commission', 'election commission', 'national commission', 'elections commission', 'boundaries commission', 'charge d', 'chargé d', 'electoral council', 'electoral board', 'electoral tribunal', 'house of', 'national assembly', 'speaker of', 'former speaker', 'deputy speaker', 'house speaker', 'agency for', 'provincial people', 'municipal people', 'district people', 'provincial government', 'municipal government', 'regional government', 'local government', 'centre left', 'center left', 'centre right', 'center right', 'public safety', 'affairs critic', 'finance critic', 'health critic', 'defence critic', 'defense critic', 'immigration critic', 'trade critic', 'energy critic', 'environment critic', 'migration institute', 'immigration institute', 'migration service', 'immigration service', 'meteorological service', 'weather service', 'statistics institute', 'statistical institute', 'electoral institute', 'security source', 'security sources', 'security official', 'security officials', 'intelligence source', 'intelligence sources', 'government source', 'government sources', 'joint chiefs', 'general staff', 'detective superintendent', 'detective inspector', 'of fisheries', 'of immigration', 'of customs', 'of prisons', 'of meteorology'],
);

/** Words that name a state office or its holder: such speakers speak for some nation. */
export function namesStateOffice(text: string): boolean {
  // Asked several times of each speaker phrase (its own words, its core, its description).
  let found = officeCache.get(text);
  if (found === undefined) {
    found = findLexiconWord(text, STATE_OFFICE_WORDS) !== null;
    if (officeCache.size >= CACHE_LIMIT) officeCache.clear();
    officeCache.set(text, found);
  }
  return found;
}

const officeCache = new Map<string, boolean>();

interface WordLexicon {
  singles: Set<string>;
  pairs: Set<string>;
  /** The first words of the pairs: only after one of them is a pair worth building. */
  pairFirsts: Set<string>;
  /** A word that does not count after the given one ("central bank"). */
  notAfter: Record<string, string>;
}

function wordLexicon(singles: string, pairs: string[], notAfter: Record<string, string> = {}): WordLexicon {
  return { singles: new Set(singles.split(' ')), pairs: new Set(pairs), pairFirsts: new Set(pairs.map((p) => p.slice(0, p.indexOf(' ')))), notAfter };
}

const LETTER_RE = /[\p{L}\p{M}]/u;

/** How many code units the letter (or mark) at i takes: 0 when none starts there. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER_RE.test(text[i]!) ? 1 : 0;
}

/** "the centre-left Movimiento Raíces", "a centre-right senator": the word before "-left" or "-right" places a party, no body. */
function opensPoliticalPosition(text: string, wordEnd: number): boolean {
  return text.charCodeAt(wordEnd) === 45 && (text.startsWith('left', wordEnd + 1) || text.startsWith('right', wordEnd + 1));
}

// "The Union Election Commission" (Myanmar), "Union Minister X", "Union Sports Minister X" (India): a federal state's
// bodies, not a trade union.
const UNION_BODY_AFTER_RE = /^\s+(?:Election|Parliament|Government|Cabinet|Assembly|Territory|(?:\p{Lu}\p{Ll}+\s+(?:and\s+)?){0,3}(?:Minister|Ministry|Secretary))\b/u;
const UNION_BODY_REACH = 48;

function namesUnionBody(text: string, start: number, end: number): boolean {
  return end - start === 5 && text.startsWith('Union', start) && UNION_BODY_AFTER_RE.test(text.slice(end, end + UNION_BODY_REACH));
}

/**
 * The first lexicon word or word pair in a text (case-insensitive), as a character range.
 * Words are runs of letters and marks; a scanner rather than matchAll, since this reads
 * every speaker phrase and its description.
 */
function findLexiconWord(text: string, lexicon: WordLexicon): { index: number; length: number } | null {
  let previous: string | null = null;
  let previousIndex = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let step = letterLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    while (step > 0) {
      i += step;
      step = i < n ? letterLength(text, i) : 0;
    }
    const lower = text.slice(start, i).toLowerCase();
    if (previous !== null && lexicon.pairFirsts.has(previous) && lexicon.pairs.has(`${previous} ${lower}`)) return { index: previousIndex, length: i - previousIndex };
    const blocker = lexicon.notAfter[lower];
    if (lexicon.singles.has(lower) && (blocker === undefined || blocker !== previous) && !opensPoliticalPosition(text, i) && !namesUnionBody(text, start, i)) return { index: start, length: i - start };
    previous = lower;
    previousIndex = start;
  }
  return null;
}
