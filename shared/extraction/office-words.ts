/**
 * A government's portfolios, as they stand before "ministry" or "minister" ("the supply ministry",
 * "Egypt's emergencies ministry", "Tourism Minister"). Kept apart so that titles and offices read the
 * same list.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  'supply supplies cooperation integration international tourism housing planning science technology mines mining telecommunications digital sports youth welfare veterans investment infrastructure construction aviation transportation treasury customs emergencies electricity power food land railways hydrocarbons lithium gas works logistics diaspora expatriates emigration livestock forestry heritage sanitation safety equipment hydraulics decentralisation decentralization solidarity urbanism handicrafts employment budget'.split(' '),
);

// Lower-case words that make up an office's title before its head noun ("chief cabinet
// secretary", "national security adviser", "armed forces minister"). Only these are read
// back from a source: any other word may end a clause ("Japan's decision angered officials").
export const OFFICE_PREMODIFIERS: ReadonlySet<string> = new Set([
  ...'charge chargé leader president minister ministry spokesperson spokesman spokeswoman secretary chairman chairwoman director ambassador envoy governor adviser advisor chief head official officials diplomat commander representative negotiator delegation government cabinet electoral embassy consulate administration army navy military forces armed force guard coast border police intelligence security national foreign defence defense interior home justice finance trade commerce economy economic energy health education environment agriculture industry transport water irrigation oil petroleum nuclear arms disarmament peace climate aid humanitarian cyber maritime fisheries immigration labour labor culture information communications press public unification development deputy vice senior top assistant acting interim principal permanent special personal first general state affairs relations policy office department prime committee'.split(' '),
  ...PORTFOLIO_WORDS,
  // "Abkhazia's self-declared foreign ministry", "the region's de facto authorities": an office no state recognises.
  ...'self-declared self-styled self-proclaimed facto'.split(' '),
]);

// Offices held for a remit that follows them ("the EU's envoy for Central Asia", "the UN rapporteur on torture").
export const REMIT_OFFICES: ReadonlySet<string> = new Set(['envoy', 'representative', 'coordinator', 'rapporteur', 'commissioner', 'czar', 'tsar']);
