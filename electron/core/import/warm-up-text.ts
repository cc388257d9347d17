/**
 * Made-up news texts a fresh import worker prepares before any real file, so the JIT has compiled the
 * parser, metadata reader and extractor by the time the first import arrives. Without this the first
 * few hundred articles of an import run in the interpreter, and the optimising compiler works beside
 * them on the other core. Written for the purpose: no article of any corpus.
 */
const SPEAKERS = [
  ['Maria Keller', 'foreign minister', 'Germany', 'Berlin'],
  ['Jean Moreau', 'spokesman for the Elysee', 'France', 'Paris'],
  ['Ana Ruiz', 'economy minister', 'Spain', 'Madrid'],
  ['Tomasz Nowak', 'deputy prime minister', 'Poland', 'Warsaw'],
] as const;

const TOPICS = ['the trade agreement', 'the new sanctions', 'the border talks', 'the climate package', 'the budget rules'];

/** The index-th sample, varied in speakers, topics, quoting style and length. */
export function warmUpText(index: number): string {
  const [name, role, nation, city] = SPEAKERS[index % SPEAKERS.length]!;
  const [other, otherRole, otherNation] = SPEAKERS[(index + 1) % SPEAKERS.length]!;
  const topic = TOPICS[index % TOPICS.length]!;
  const day = 1 + (index % 27);
  const paragraphs = [
    `${nation} and ${otherNation} clash over ${topic}`,
    `By Staff Reporter`,
    `${city.toUpperCase()}, March ${day} (Reuters) - ${nation}'s ${role} ${name} said on Tuesday that ${topic} would not be signed before the summer, rejecting calls from ${otherNation} for a quicker deal.`,
    `"We will not be rushed into ${topic} that leaves our farmers worse off," ${name} told reporters after a meeting with ${other}, the ${otherRole} of ${otherNation}.`,
    `${other} said ${otherNation} was ready to wait. "Our door remains open, but the offer on the table is the best one they will get," ${other.split(' ')[0]} said, adding that talks would resume next month.`,
    `According to ${name}, the government has asked the European Commission to review the proposal. The ministry said in a statement that it "welcomes dialogue" but warned against "unilateral steps".`,
    `Analysts expect ${topic} to dominate the meeting of ministers on ${day + 1} March 2026. “It is a difficult moment,” one diplomat said, speaking on condition of anonymity.`,
    `${otherRole[0]!.toUpperCase()}${otherRole.slice(1)} ${other} is due to travel to ${city} next week, officials said.`,
  ];
  const repeat = 1 + (index % 3);
  return paragraphs.concat(...Array.from({ length: repeat - 1 }, () => paragraphs.slice(3))).join('\n\n') + '\n';
}

/** How many samples a worker prepares: enough for the hot paths to be compiled, a fraction of a second. */
export const WARM_UP_TEXTS = 40;
