// Document-level actor resolution: later surnames, pronouns and role nouns get the name and
// nation the article gave the actor first. Small articles written for these tests.
import { describe, expect, it } from 'vitest';
import type { ExtractedStatement } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction/index';

function story(...paragraphs: string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}

function statementWith(text: string, words: string): ExtractedStatement {
  const found = extractStatements(text).statements.find((s) => s.content.text.includes(words));
  if (!found) throw new Error(`no statement holding "${words}"`);
  return found;
}

describe('one actor per speaker across the article', () => {
  it('gives a surname and a pronoun the full name, role and nation of the first mention', () => {
    const text = story(
      'Dam talks',
      'Uganda\'s Water Minister Grace Nakato said the dam would be finished by June.',
      '"We have waited long enough," Nakato said.',
      'She added that the lake level would be watched closely.',
    );
    for (const words of ['waited long enough', 'lake level']) {
      const s = statementWith(text, words);
      expect(s.speaker).toMatchObject({ name: 'Grace Nakato', nation: 'UG', nationEvidence: { kind: 'earlier-mention' } });
    }
  });

  it('resolves "he" to the one man of the passage when a woman was named too', () => {
    const text = story(
      'Trade visit',
      'Chilean Trade Minister Paula Rojas met Bolivian Foreign Minister Diego Mamani in La Paz.',
      'Mamani said the lithium agreement was ready. He added that Bolivia would sign it next month.',
    );
    expect(statementWith(text, 'sign it next month').speaker).toMatchObject({ name: 'Diego Mamani', nation: 'BO' });
  });

  it('leaves "he" unresolved after two men it cannot tell apart', () => {
    const text = story(
      'Border meeting',
      'Latvian Defence Minister Janis Ozols met Estonian Defence Minister Mart Tamm on the border.',
      'He said the exercise would go ahead.',
    );
    const s = statementWith(text, 'exercise would go ahead');
    expect(s.speaker.name).toBeNull();
    expect(s.speaker.nation).toBeNull();
  });

  it('ties a role noun ("the envoy", "the official") back to its actor', () => {
    const text = story(
      'Shipping lane',
      'Daniel Osei, the Ghanaian envoy to the maritime talks, said the lane would stay open.',
      'The envoy added that patrols would double.',
    );
    expect(statementWith(text, 'patrols would double').speaker).toMatchObject({ name: 'Daniel Osei', nation: 'GH' });
  });

  it('gives "it" the institution that opened the sentence', () => {
    const text = story('Water dispute', 'Jordan said on Monday that the pumping was illegal, and it warned that it would go to court.');
    expect(statementWith(text, 'go to court').speaker).toMatchObject({ nation: 'JO' });
  });
});

describe('relayed statements belong to the relayed speaker', () => {
  it('reads "X quoted Y as saying" as Y speaking', () => {
    const text = story(
      'Exercise announced',
      'Poland\'s public broadcaster Radio Wisla quoted a Baltic Fleet spokesman, Captain Igor Lebedev, as saying that the drills would last a week.',
    );
    const s = statementWith(text, 'drills would last');
    expect(s.speaker.mention?.text).toContain('Igor Lebedev');
    expect(s.speaker.name).toBe('Igor Lebedev');
  });

  it('gives the statement to the minister, not to the agency that carried it', () => {
    const text = story(
      'Talks open',
      'Omani Foreign Minister Salim Al-Harthy said at the opening session that "the region needs calm", according to the state news agency Sablat Press.',
    );
    expect(statementWith(text, 'the region needs calm').speaker).toMatchObject({ name: 'Salim Al-Harthy', nation: 'OM' });
  });
});

describe('the names a later mention is given', () => {
  it('reads names with particles whole, and finds them again by the word people use alone', () => {
    const text = story(
      'Trade pact row',
      'BRUSSELS (AFP) - European Commission President Ursula von der Leyen insisted on Thursday that the pact must include binding commitments.',
      '"We will not sign a blind agreement," von der Leyen told the European Parliament.',
      'Brazilian President Luiz Inacio Lula da Silva called the demand "a threat". Lula said Brazil had cut deforestation by half.',
    );
    expect(statementWith(text, 'binding commitments').speaker.name).toBe('Ursula von der Leyen');
    expect(statementWith(text, 'blind agreement').speaker.name).toBe('Ursula von der Leyen');
    expect(statementWith(text, 'cut deforestation').speaker).toMatchObject({ name: 'Luiz Inacio Lula da Silva', nation: 'BR' });
  });

  it('takes an acronym for the body met earlier whose name it spells', () => {
    const text = story(
      'Missile launch',
      "SEOUL, June 11 (Yonhap) -- South Korea's Joint Chiefs of Staff said the North fired two missiles early Wednesday.",
      '"This is a clear provocation," the JCS said in a text message.',
      'The Democratic National Committee said the report was false. The DNC said it would respond.',
    );
    expect(statementWith(text, 'clear provocation').speaker).toMatchObject({ nation: 'KR' });
    expect(statementWith(text, 'it would respond').speaker.name).toBe('Democratic National Committee');
  });

  it('takes no place, hotel or group for a person', () => {
    const text = story(
      'Campaign stop',
      'Donald Trump spoke at the Trump International Hotel on Monday. "It is a great place," Trump said.',
      'Mayor Ann Kerr said the visit went well. She met supporters in Las Vegas later. "They were happy," she said.',
    );
    expect(statementWith(text, 'great place').speaker.name).toBe('Donald Trump');
    expect(statementWith(text, 'They were happy').speaker.name).toBe('Ann Kerr');
  });

  it('takes no shoal, sea or strait for a person', () => {
    const text = story(
      'Shoal standoff',
      'MANILA (Reuters) - The Philippines summoned a Chinese envoy after a coast guard vessel fired water cannon near the Second Thomas Shoal, the foreign ministry said.',
      '"We will not be deterred," the ministry said.',
    );
    expect(statementWith(text, 'summoned a Chinese envoy').speaker).toMatchObject({ nation: 'PH' });
    expect(statementWith(text, 'not be deterred').speaker.name).not.toBe('Second Thomas Shoal');
  });

  it('ties a surname back to a title and a single name', () => {
    const text = story(
      'Grain talks',
      'Chilean Foreign Minister Rojas said on Tuesday that the grain talks would resume.',
      '"We are ready," Rojas said.',
    );
    expect(statementWith(text, 'We are ready').speaker).toMatchObject({ name: 'Rojas', role: 'Foreign Minister', nation: 'CL' });
  });

  it('keeps sentence-opening words and days out of names', () => {
    const text = story(
      'Budget vote',
      'Opposition leader Maria Okafor said the budget was unfair.',
      'But Okafor said the vote would go ahead.',
      'Senator Lena Morris on Saturday criticised the plan as "too timid".',
    );
    expect(statementWith(text, 'vote would go ahead').speaker.name).toBe('Maria Okafor');
    expect(statementWith(text, 'too timid').speaker.name).toBe('Lena Morris');
  });

  it('leaves the dateline out of a source the first sentence opens with', () => {
    const text = story('Border stays open', 'PARIS, May 2 (Northern Wire) - The spokesperson for the foreign ministry of Jordan, Omar Haddad, said the border would stay open.');
    expect(statementWith(text, 'border would stay open').speaker).toMatchObject({ name: 'Omar Haddad', nation: 'JO' });
  });

  it('names the person after a description that opens with an article', () => {
    const text = story('Harbour strike', 'The chairman of the Harbour Pilots Guild, Mara Lindgren, said the strike would cost millions.');
    expect(statementWith(text, 'cost millions').speaker).toMatchObject({ name: 'Mara Lindgren' });
  });

  it('leaves the place a speaker spoke in out of their name', () => {
    const text = story('Grain deal', 'Speaking to reporters in Davos, Chile\'s deputy trade minister, Rosa Fuentes, said the deal was close.');
    expect(statementWith(text, 'deal was close').speaker).toMatchObject({ name: 'Rosa Fuentes', nation: 'CL' });
  });

  it('names the holder after the comma when the office is sent "to" a body', () => {
    const text = story(
      'Fishing rights',
      'Norway\'s ambassador to the United Nations, Ingrid Solheim, said the quota was fair.',
      'Peru\'s envoy to the European Union, Carlos Quispe, said the rules were unclear.',
    );
    expect(statementWith(text, 'quota was fair').speaker).toMatchObject({ name: 'Ingrid Solheim', nation: 'NO' });
    expect(statementWith(text, 'rules were unclear').speaker).toMatchObject({ name: 'Carlos Quispe', nation: 'PE' });
  });
});

describe('whom a pronoun or a surname refers back to', () => {
  it('reads "his" or "her" before a name as someone else\'s', () => {
    const text = story(
      'Salmon quotas',
      '"We cannot accept this," Fisheries Minister Sigrid Holm told reporters in Oslo.',
      'Her Icelandic counterpart, Einar Magnusson, rejected the criticism. At a meeting in Reykjavik, he said the quotas followed scientific advice.',
    );
    expect(statementWith(text, 'followed scientific advice').speaker).toMatchObject({ name: 'Einar Magnusson', nation: 'IS' });
  });

  it('gives a person named beside another the nation written before their own title', () => {
    const text = story(
      'Ferry link',
      'Danish Transport Minister Lars Vestergaard and his Swedish counterpart, Karin Berglund, met in Malmo on Monday.',
      'Berglund said the ferry link would reopen in spring.',
    );
    expect(statementWith(text, 'ferry link would reopen').speaker).toMatchObject({ name: 'Karin Berglund', nation: 'SE' });
  });

  it('gives an office holder first named in what a state agency reported the agency\'s nation', () => {
    const text = story(
      'Satellite launch',
      'TOKYO (East Wire) - Japan\'s defence ministry said the rocket fell into the sea.',
      'Iran\'s state news agency IRNA said commander Reza Karimi had overseen the launch.',
      'Karimi said more launches would follow.',
    );
    expect(statementWith(text, 'more launches would follow').speaker).toMatchObject({ name: 'Reza Karimi', nation: 'IR' });
  });

  it('takes no place of two capitalised words for a person a later pronoun could mean', () => {
    const text = 'Primary season\n\nDonald Trump spoke at a rally on Monday. South Carolina votes on Saturday, and he said he was sure of a win there.\n';
    const said = extractStatements(text).statements.find((x) => x.content.text.includes('sure of a win'));
    expect(said?.speaker.name).toBe('Donald Trump');
  });
});
