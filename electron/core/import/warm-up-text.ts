/**
 * Made-up news texts a fresh import worker prepares before any real file, so the JIT has compiled the
 * parser, metadata reader and extractor by the time the first import arrives. Without this the first
 * few hundred articles of an import run in the interpreter, and the optimising compiler works beside
 * them on the other core. Written for the purpose: no article of any corpus.
 *
 * The texts vary the way wire and campaign copy varies (quoting styles, reported speech, appositives,
 * datelines, nations, headlines in capitals, transcripts, trailers): code compiled on one narrow style
 * meets branches it never took on real text, is thrown away ("insufficient type feedback") and compiled
 * again while the import waits.
 */

interface Person {
  first: string;
  last: string;
  /** Role before the name ("Sen."), then the appositive after it. */
  title: string;
  role: string;
  organization: string;
  nation: string;
  demonym: string;
  city: string;
  pronoun: 'he' | 'she';
}

const PEOPLE: readonly Person[] = [
  { first: 'Maria', last: 'Keller', title: 'Minister', role: 'foreign minister', organization: 'the Foreign Office', nation: 'Germany', demonym: 'German', city: 'Berlin', pronoun: 'she' },
  { first: 'Jean', last: 'Moreau', title: 'Mr.', role: 'spokesman for the Elysee', organization: 'the Elysee Palace', nation: 'France', demonym: 'French', city: 'Paris', pronoun: 'he' },
  { first: 'Dana', last: 'Whitfield', title: 'Sen.', role: 'a Republican from Ohio', organization: 'the Senate Budget Committee', nation: 'the United States', demonym: 'American', city: 'Washington', pronoun: 'she' },
  { first: 'Ana', last: 'Ruiz', title: 'Ms.', role: 'economy minister', organization: 'the Economy Ministry', nation: 'Spain', demonym: 'Spanish', city: 'Madrid', pronoun: 'she' },
  { first: 'Tomasz', last: 'Nowak', title: 'Deputy Prime Minister', role: 'deputy prime minister', organization: 'the governing coalition', nation: 'Poland', demonym: 'Polish', city: 'Warsaw', pronoun: 'he' },
  { first: 'Carl', last: 'Brennan', title: 'Gov.', role: 'the governor of Iowa', organization: 'the Democratic National Committee', nation: 'the United States', demonym: 'American', city: 'Des Moines', pronoun: 'he' },
  { first: 'Olena', last: 'Marchuk', title: 'Ambassador', role: 'envoy to the United Nations', organization: 'the Foreign Ministry', nation: 'Ukraine', demonym: 'Ukrainian', city: 'Kiev', pronoun: 'she' },
  { first: 'Hiroshi', last: 'Tanabe', title: 'Prime Minister', role: 'chief cabinet secretary', organization: 'the ruling party', nation: 'Japan', demonym: 'Japanese', city: 'Tokyo', pronoun: 'he' },
  { first: 'Grace', last: 'Okafor', title: 'Rep.', role: 'a Democrat from Illinois', organization: 'the House Intelligence Committee', nation: 'the United States', demonym: 'American', city: 'Chicago', pronoun: 'she' },
  { first: 'Yusuf', last: 'Demir', title: 'President', role: 'senior adviser to the president', organization: 'the presidency', nation: 'Turkey', demonym: 'Turkish', city: 'Ankara', pronoun: 'he' },
];

const TOPICS = [
  'the trade agreement',
  'the new sanctions',
  'the border talks',
  'the climate package',
  'the budget rules',
  'the health care bill',
  'the nuclear deal',
  'the refugee quota',
  'the tax overhaul',
  'the primary calendar',
] as const;

const AGENCIES = ['Reuters', 'AP', 'AFP', 'Bloomberg'] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

interface Cast {
  a: Person;
  b: Person;
  c: Person;
  topic: string;
  agency: string;
  day: string;
  month: string;
  date: number;
  n: number;
}

const full = (p: Person) => `${p.first} ${p.last}`;
const capitalized = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;
const His = (p: Person) => (p.pronoun === 'he' ? 'His' : 'Her');

/** Headlines: title case, all capitals, a question, two lines, a label before a colon. */
const HEADLINES: readonly ((c: Cast) => string)[] = [
  (c) => `${capitalized(c.a.demonym)} and ${c.b.demonym} leaders clash over ${c.topic}`,
  (c) => `${c.a.last.toUpperCase()} VOWS TO BLOCK ${c.topic.toUpperCase()}, CALLS TALKS 'A FARCE'`,
  (c) => `Will ${c.b.last} Back ${capitalized(c.topic.replace('the ', ''))}?`,
  (c) => `${c.a.last} says ${c.topic} is dead;\nRivals say not so fast.`,
  (c) => `Analysis: Why ${c.topic} still divides ${c.a.nation}`,
  (c) => `${c.c.last}: “We Will Not Be Rushed”`,
];

/** What may follow a headline: a byline, a time stamp, a standfirst, or nothing. */
const BYLINES: readonly ((c: Cast) => string[])[] = [
  () => ['By Staff Reporter'],
  (c) => [`By ${c.b.first.toUpperCase()} ${c.b.last.toUpperCase()} and ${c.c.first} ${c.c.last}`, `Associated Press`],
  (c) => [`Published 10:${10 + c.n} a.m. ET ${c.month} ${c.date}, 2016 | Updated 4:05 p.m. ET ${c.month} ${c.date}, 2016`],
  (c) => [`The ${c.b.demonym} side wants a deal before the summer. It may not get one.`],
  () => [],
];

/** Opening paragraphs under the datelines wire services use, and one without a dateline. */
const LEADS: readonly ((c: Cast) => string)[] = [
  (c) => `${c.a.city.toUpperCase()}, ${c.month} ${c.date} (${c.agency}) - ${c.a.nation}'s ${c.a.role} ${full(c.a)} said on ${c.day} that ${c.topic} would not be signed before the summer, rejecting calls from ${c.b.nation} for a quicker deal.`,
  (c) => `${c.b.city.toUpperCase()}, ${c.b.nation} (${c.agency}) — ${full(c.b)}, the ${c.b.role}, told reporters on ${c.day} that ${c.b.nation} was "ready to walk away" from ${c.topic}.`,
  (c) => `${c.c.city} (${c.agency}) – ${c.c.title} ${full(c.c)} on ${c.day} accused ${c.a.demonym} officials of stalling ${c.topic}, a charge ${c.a.city} denied.`,
  (c) => `${c.a.city.toUpperCase()}/${c.b.city.toUpperCase()}, ${c.month} ${c.date} (${c.agency}) – Negotiators from ${c.a.nation} and ${c.b.nation} met for a third day on ${c.topic} as pressure mounted from ${c.c.nation}.`,
  (c) => `${c.c.city.toUpperCase()} — ${c.c.title} ${full(c.c)} (${c.c.pronoun === 'he' ? 'R' : 'D'}-Ohio) hasn't let the polls stop ${c.c.pronoun === 'he' ? 'him' : 'her'} from drafting a plan on ${c.topic}.`,
  (c) => `Three years ago, ${full(c.a)} was a little-known lawyer in ${c.a.city}. On ${c.day}, ${c.a.pronoun} stood beside ${c.b.title} ${full(c.b)} to defend ${c.topic}.`,
];

/** Quotations in the styles wire copy uses, each with its cue before, after or around it. */
const QUOTES: readonly ((c: Cast) => string[])[] = [
  (c) => [`"We will not be rushed into ${c.topic} that leaves our farmers worse off," ${full(c.a)} told reporters after a meeting with ${full(c.b)}, the ${c.b.role}.`],
  (c) => [`“It is a difficult moment,” said ${full(c.c)}, ${c.c.role}. “But the door remains open.”`],
  (c) => [`${c.b.last} said ${c.b.nation} was ready to wait. "Our door remains open, but the offer on the table is the best one they will get," ${c.b.pronoun} said, adding that talks would resume next month.`],
  (c) => [`“This is fantastic!” beamed ${full(c.c)} of ${c.c.city}, who had waited six hours outside the hall.`],
  (c) => [`"In some ways ${c.a.pronoun}'s doing the same good steps: raising money, communicating the message," said ${full(c.b)}, a pollster who worked for ${c.a.last}'s opponent in 2012. "So far, it's working."`],
  (c) => [`${c.a.last} called the proposal "a betrayal of ${c.a.demonym} workers" and "reckless," and said ${c.a.pronoun} would vote against it.`],
  (c) => [`‘We are not going anywhere,’ ${c.c.last} wrote on Twitter. ‘Not now, not ever.’`],
  (c) => [`"Have I started writing the speech?" ${c.b.last} replied. "Look, the answer is yes. It is a very sobering thing to be thinking about."`],
  (c) => [`"I'm telling you, this party is not divided," ${c.c.title} ${full(c.c)} said.`, `"The voters are not divided, and we are going to win this election.`, `"Anyone who says otherwise hasn't been to ${c.c.city}," ${c.c.pronoun} added.`],
  (c) => [`“They said, ‘Trust us,’ and we did,” ${c.a.last} said. “That was a mistake.”`],
  (c) => [`${His(c.b)} message was blunt: "Sign it or lose it."`],
  (c) => [`“We are making progress,” the ${c.b.demonym} official said — though ${c.b.pronoun} declined to say when a deal might come.`],
  (c) => [`«Nous ne céderons pas», ${c.b.last} told the ${c.b.demonym} daily, while ${c.c.last} spoke of „klare Grenzen“ in ${c.c.city}.`],
  (c) => [`''We have done our part,'' ${c.a.last} said. Since the '90s ${c.a.nation}'s farmers haven't seen a deal like it.`],
  (c) => [`“The first thing to say is that nobody wanted this.`, `“The second is that we will get through it together,” ${c.b.last} said.`],
  (c) => [`”Fear is not a policy,” ${c.c.last} said of ${c.topic}, “and neither is hope.”`],
];

/** Reported speech without quotation marks: that-clauses, according to, passives, statements, relays. */
const REPORTED: readonly ((c: Cast) => string[])[] = [
  (c) => [`According to ${full(c.a)}, the government has asked the European Commission to review the proposal. ${c.a.organization} said in a statement that it "welcomes dialogue" but warned against "unilateral steps".`],
  (c) => [`${full(c.b)}, a spokeswoman for ${c.b.organization}, said the talks had been "constructive" and that a second round was planned for ${c.month} ${c.date + 2}.`],
  (c) => [`${c.c.title} ${full(c.c)} and ${full(c.a)} both said they expected a vote before the recess, while ${c.b.last} told Reuters the numbers were not there.`],
  (c) => [`Speaking at a rally in ${c.c.city} on ${c.day}, ${c.c.last} said ${c.topic} would cost ${c.c.demonym} families $1,200 a year.`],
  (c) => [`Critics have long argued that ${c.topic} favors large companies, and several economists warned that growth could slow to 1.5% next year.`],
  (c) => [`${c.a.last} is expected to announce ${c.a.pronoun === 'he' ? 'his' : 'her'} decision next week, two people familiar with the matter said.`],
  (c) => [`An official who asked not to be named said the ${c.b.demonym} delegation had threatened to leave. Another, speaking on condition of anonymity, said the mood was "grim".`],
  (c) => [`Asked whether ${c.a.nation} would retaliate, ${c.a.last} said: "We will respond in kind."`],
  (c) => [`The plan was described as "unworkable" by ${full(c.b)}, who leads ${c.b.organization}.`],
  (c) => [`Warning against new tariffs, ${c.c.last} told supporters that ${c.c.nation} "cannot afford another trade war."`],
  (c) => [`It is clear that ${c.topic} will not pass this year, and ${c.a.last} seemed to concede as much, amid allegations that ${c.b.organization} had leaked the draft.`],
  (c) => [`${c.b.last}, according to the state news agency ${c.agency === 'AP' ? 'Xinhua' : 'TASS'}, said ${c.b.nation} would keep its troops at the border.`],
  (c) => [`In a letter to ${c.c.organization}, ${c.c.last} wrote that the ${c.topic.replace('the ', '')} "must be put on hold," adding: "There is no rush."`],
  (c) => [`${c.a.last} denied the report. ${capitalized(c.a.pronoun)} insisted that ${c.a.organization} had "done nothing wrong" and said ${c.a.pronoun} would cooperate with any inquiry.`],
];

/** Layouts: a transcript with speaker labels, a signed quotation, subheadings, lists, a Q&A. */
const LAYOUTS: readonly ((c: Cast) => string[])[] = [
  (c) => [`${c.a.last.toUpperCase()}: We have been very clear about ${c.topic}.`, `${c.b.last.toUpperCase()}: With respect, you have not.`, `MODERATOR: Let's move on.`],
  (c) => [`“The ${c.topic.replace('the ', '')} is the best chance we have had in a decade.”`, `— ${full(c.c)}, ${c.c.role}`],
  (c) => [`WHAT HAPPENS NEXT`, `Ministers meet again on ${c.month} ${c.date + 1}. A vote in parliament could follow within weeks.`],
  () => [`Key points of the draft:`, `• A cap on emissions of 40 percent by 2030`, `• $4.5 billion for border regions`, `• Review every two years`],
  (c) => [`Q: Will ${c.a.nation} sign ${c.topic}?`, `A: Not in its current form. We have said so many times.`],
  (c) => [`Related Coverage`, `${capitalized(c.topic)}: what you need to know`],
];

/** Background sentences with numbers, abbreviations, parentheses, dashes and nations. */
const BACKGROUND: readonly ((c: Cast) => string)[] = [
  (c) => `${c.a.nation} and ${c.b.nation} together account for nearly 40 percent of the bloc's exports, worth about $310 billion (€280 billion) last year.`,
  () => `The U.S. State Department, NATO and the United Nations have all urged restraint -- though none has offered to mediate.`,
  (c) => `${c.c.last}'s party won 23% to 27% of the vote in the last three polls, well behind the governing coalition (41%).`,
  (c) => `Mr. ${c.b.last}, 58, served as ${c.b.role} from 2009 to 2013 before returning to ${c.b.city}... and to politics.`,
  () => `Russian, Chinese and Iranian diplomats attended the meeting in Geneva as observers; Britain, Canada and Australia did not.`,
  (c) => `The vote, scheduled for ${c.day}, ${c.month} ${c.date}, at 2 p.m., was postponed twice.`,
  (c) => `Tensions rose after ${c.b.demonym} troops crossed into the disputed area near the ${c.a.demonym} border in early ${c.month.replace('.', '')}.`,
  (c) => `Supporters of ${c.c.last} — many wearing red caps — lined the road outside the hall in ${c.c.city}, chanting "Four more years!"`,
];

/** How wire and web copy ends: a photo credit, a reporting line, a follow-us line, a copyright. */
const TRAILERS: readonly ((c: Cast) => string[])[] = [
  (c) => [`(Reporting by ${full(c.b)}; Additional reporting by ${c.c.first} ${c.c.last}; Editing by ${c.a.first} ${c.a.last})`],
  (c) => [`Follow ${c.b.first} ${c.b.last} on Twitter at @${c.b.last.toLowerCase()}news`],
  () => [`Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`],
  () => [`Watch the video above for more.`, `Story by Staff. Video produced by the news desk.`],
  () => [],
];

function pick<T>(list: readonly T[], index: number, step: number): T {
  return list[(index * step + Math.floor(index / list.length)) % list.length]!;
}

/** The index-th sample, varied in speakers, topics, layout, quoting style and length. */
export function warmUpText(index: number): string {
  const person = (k: number) => PEOPLE[(index + k) % PEOPLE.length]!;
  const c: Cast = {
    a: person(0),
    b: person(3),
    c: person(7),
    topic: TOPICS[index % TOPICS.length]!,
    agency: AGENCIES[index % AGENCIES.length]!,
    day: DAYS[index % DAYS.length]!,
    month: MONTHS[index % MONTHS.length]!,
    date: 1 + (index % 26),
    n: index % 50,
  };
  const body: string[] = [];
  const length = 3 + (index % 4);
  for (let k = 0; k < length; k++) {
    body.push(...pick(QUOTES, index + k, 5)(c));
    body.push(...pick(REPORTED, index + 2 * k, 3)(c));
    if (k % 2 === 1) body.push(pick(BACKGROUND, index + k, 3)(c));
  }
  body.splice(2 + (index % 3), 0, ...pick(LAYOUTS, index, 1)(c));
  const text = [
    pick(HEADLINES, index, 1)(c),
    ...pick(BYLINES, index, 2)(c),
    pick(LEADS, index, 1)(c),
    ...body,
    ...pick(TRAILERS, index, 3)(c),
  ].join(index % 5 === 4 ? '\n' : '\n\n');
  // Some files end on a closing quotation mark with no newline: reads past the text's end that
  // compiled code must already have met.
  return index % 4 === 3 ? `${text}\n\n"We will see," ${c.a.last} said. "We will see."` : `${text}\n`;
}

/** How many samples a worker prepares: enough for the hot paths to be compiled, a fraction of a second. */
export const WARM_UP_TEXTS = 40;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The index-th sample as a file: every sixteenth a web page, so the page reader, which loads with the
 * first page a worker meets, is loaded and compiled before the first import of saved pages.
 */
export function warmUpFile(index: number): { name: string; text: string } {
  const text = warmUpText(index);
  if (index % 16 !== 1) return { name: 'warm-up.txt', text };
  const [headline = '', ...rest] = text.split('\n');
  const paragraphs = rest.join('\n').split(/\n\s*\n/).filter((p) => p.trim());
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${escapeHtml(headline)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article><footer>Warm-up page</footer></body></html>`;
  return { name: 'warm-up.html', text: page };
}
