import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { statementContaining } from './helpers';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('speakers, roles, organizations and nations', () => {
  it('splits organization and role from the name, and resolves a later surname', () => {
    const text = article(
      'Pentagon Deputy Spokesperson Sabrina Singh said that the exercise was defensive.',
      'Singh said the drills would end on Friday.',
    );
    const result = extractStatements(text);
    const first = statementContaining(result, 'exercise was defensive');
    expect(first.speaker).toMatchObject({ name: 'Sabrina Singh', role: 'Deputy Spokesperson', organization: 'Pentagon', nation: 'US' });
    const second = statementContaining(result, 'drills would end');
    expect(second.speaker.mention?.text).toBe('Singh');
    expect(second.speaker).toMatchObject({ name: 'Sabrina Singh', role: 'Deputy Spokesperson', organization: 'Pentagon', nation: 'US' });
  });

  it('keeps military ranks out of the name', () => {
    const text = article(
      '“This was a dangerous act,” coast guard spokesman Commodore Ramon Tarriela told reporters.',
      'Rear Admiral Ana Velasco said that the patrols would continue.',
      'Brigadier Tomas Ortega said that the troops would stay.',
    );
    const result = extractStatements(text);
    expect(statementContaining(result, 'dangerous act').speaker.name).toBe('Ramon Tarriela');
    expect(statementContaining(result, 'patrols would continue').speaker.name).toBe('Ana Velasco');
    expect(statementContaining(result, 'troops would stay').speaker.name).toBe('Tomas Ortega');
  });

  it("does not give a speaker the nation of a counterpart named in the clause's opening phrase", () => {
    const text = article(
      'Speaking alongside his French counterpart in Paris, British Foreign Secretary Tom Hale said London stood with Kyiv.',
      'After talks with his Chinese counterpart, Russian Foreign Minister Pavel Orlov said the two sides had agreed.',
    );
    const result = extractStatements(text);
    expect(statementContaining(result, 'London stood').speaker).toMatchObject({ name: 'Tom Hale', nation: 'GB' });
    expect(statementContaining(result, 'two sides had agreed').speaker).toMatchObject({ name: 'Pavel Orlov', nation: 'RU' });
  });

  it('reads a speaker named after the cue through an office and an appositive name', () => {
    const text = article('“We are not going to accept this,” said Brazil’s foreign minister, Mauro Vieira.');
    const [s] = extractStatements(text).statements;
    expect(s!.speaker.mention?.text).toBe('Brazil’s foreign minister, Mauro Vieira');
    expect(s!.speaker).toMatchObject({ name: 'Mauro Vieira', nation: 'BR' });
  });

  it('takes no nation from a place the speaker visits or names in what they said', () => {
    const visiting = extractStatements(article('Visiting Beijing, Brazilian President Ana Prado said the two countries would deepen cooperation.')).statements[0]!;
    expect(visiting.speaker).toMatchObject({ name: 'Ana Prado', nation: 'BR' });
    const inContent = extractStatements(article('Russia will respond to any deployment of U.S. missiles in Germany, Deputy Foreign Minister Pavel Orlov said on Thursday.')).statements[0]!;
    expect(inContent.speaker).toMatchObject({ name: 'Pavel Orlov', nation: 'RU' });
  });

  it('reads nations listed before a group as one speaker of no single nation', () => {
    const [s] = extractStatements(article('Egyptian, Qatari and U.S. mediators said a deal was close.')).statements;
    expect(s!.speaker).toMatchObject({ name: 'Egyptian, Qatari and U.S. mediators', nation: null });
  });

  it('gives an unnamed source the nation its description names', () => {
    const [s] = extractStatements(article('An Egyptian security source said a delegation would travel to Doha this week.')).statements;
    expect(s!.speaker.nation).toBe('EG');
    const [media] = extractStatements(article('Egyptian media sources said a delegation would travel to Doha this week.')).statements;
    expect(media!.speaker.nation).toBeNull();
  });

  it('gives a statement released with a time phrase before its participle to whoever released it', () => {
    for (const paragraph of ['Mira Han released a press statement on Friday denouncing the drills.', 'Mira Han released a statement on Friday, denouncing the drills.']) {
      const [s] = extractStatements(article(paragraph)).statements;
      expect([s!.speaker.mention?.text, s!.cue?.text, s!.content.text]).toEqual(['Mira Han', 'denouncing', 'the drills']);
    }
  });

  it('reads "the statement said" as the words of whoever issued the statement', () => {
    const text = article(
      'North Korean official Mira Han released a press statement on Friday denouncing the drills.',
      '“The warmongers will pay dearly,” the statement said.',
    );
    const s = statementContaining(extractStatements(text), 'pay dearly');
    expect(s.speaker.mention?.text).toBe('the statement');
    expect(s.speaker).toMatchObject({ name: 'Mira Han', nation: 'KP' });
  });

  it('names an authority as an institution: "The Palestinian Authority said"', () => {
    const [s] = extractStatements(article('The Palestinian Authority said it rejected the plan.')).statements;
    expect(s!.speaker).toMatchObject({ name: 'Palestinian Authority', nation: 'PS' });
  });

  it('reads Arabic names with a joined article, and their later short forms', () => {
    const text = article(
      'Iraqi Prime Minister Mohammed Shia al-Sudani said Baghdad would not be drawn into the conflict.',
      'Al-Sudani added that Iraq would protect its sovereignty.',
      'Sudani also said the talks would continue.',
      'Saudi Crown Prince Mohammed bin Salman said the kingdom wanted calm.',
    );
    const result = extractStatements(text);
    expect(statementContaining(result, 'drawn into').speaker).toMatchObject({ name: 'Mohammed Shia al-Sudani', role: 'Prime Minister', nation: 'IQ' });
    expect(statementContaining(result, 'sovereignty').speaker).toMatchObject({ name: 'Mohammed Shia al-Sudani', nation: 'IQ' });
    expect(statementContaining(result, 'talks would continue').speaker).toMatchObject({ name: 'Mohammed Shia al-Sudani', nation: 'IQ' });
    expect(statementContaining(result, 'wanted calm').speaker).toMatchObject({ name: 'Mohammed bin Salman', role: 'Crown Prince', nation: 'SA' });
  });

  it('gives words relayed by a transcript to the person who said them', () => {
    const text = article('According to a transcript released by the White House, President Dana Whitfield told her counterpart that more help was on the way.');
    const result = extractStatements(text);
    expect(result.statements.map((s) => [s.speaker.name, s.cue?.text, s.content.text])).toEqual([['Dana Whitfield', 'told', 'that more help was on the way']]);
  });

  it("gives a briefing transcript's answers to the briefer its title names, with the country an answer speaks for", () => {
    const text = article(
      "Foreign Ministry Spokesperson Lin Hua's Regular Press Conference on May 14",
      'Q: The US announced new tariffs today. What is your comment?',
      'A: China firmly opposes the unilateral tariffs. We will take all necessary measures.',
      'Q: How do you respond to the Philippine claims?',
      "A: The Philippine side's claims are groundless and we reject them.",
    );
    const result = extractStatements(text);
    for (const words of ['firmly opposes', 'groundless']) {
      const answer = statementContaining(result, words);
      expect(answer.speaker).toMatchObject({ name: 'Lin Hua', role: 'Spokesperson', nation: 'CN' });
      expect(answer.content.text.startsWith('A:')).toBe(false);
    }
  });

  it('reads "Chief Cabinet Secretary" as one title, not an office of a cabinet organisation', () => {
    const [s] = extractStatements(article("Japan's Chief Cabinet Secretary Kenji Morita said Tokyo had lodged a protest.")).statements;
    expect(s!.speaker).toMatchObject({ name: 'Kenji Morita', role: 'Chief Cabinet Secretary', organization: null, nation: 'JP' });
  });

  it('keeps "always" between the speaker and the cue out of the speaker', () => {
    const [s] = extractStatements(article('MUSCAT (Wire) - Tehran has always said its nuclear programme is purely peaceful.')).statements;
    expect(s!.speaker.mention?.text).toBe('Tehran');
  });

  it('reads "President X of Nigeria" as a titled person of that country, whom the surname refers back to', () => {
    const text = article('Host President Babajide Olatunji of Nigeria told the closing session that sanctions had failed.', 'Olatunji added that the region could not afford a wall.');
    const result = extractStatements(text);
    for (const words of ['sanctions had failed', 'afford a wall']) {
      expect(statementContaining(result, words).speaker).toMatchObject({ name: 'Babajide Olatunji', role: 'President', nation: 'NG' });
    }
  });

  it('reads two portfolios joined before a title as one title, and keeps two people or a body apart', () => {
    const text = article(
      'Ghana will open the port terminal in June, Transport and Logistics Minister Kwame Asante said.',
      '“We are ready,” Asante told reporters.',
      'Kenya will join the corridor, Foreign and Diaspora Affairs Cabinet Secretary Amos Kiprop said.',
      'Donald Trump and House Speaker Paul Ryan said they would meet.',
    );
    const result = extractStatements(text);
    for (const words of ['port terminal', 'We are ready']) {
      expect(statementContaining(result, words).speaker).toMatchObject({ name: 'Kwame Asante', role: 'Transport and Logistics Minister', organization: null });
    }
    expect(statementContaining(result, 'join the corridor').speaker).toMatchObject({ name: 'Amos Kiprop', role: 'Foreign and Diaspora Affairs Cabinet Secretary', organization: null });
    expect(statementContaining(result, 'would meet').speaker.role).toBe('House Speaker');
  });

  it('resolves a pronoun to the person who spoke last', () => {
    const text = article('Russian President Vladimir Putin met the delegation.', 'Putin said that the talks were useful.', '“We will meet again,” he said.');
    const result = extractStatements(text);
    const s = statementContaining(result, 'We will meet again');
    expect(s.speaker.mention?.text).toBe('he');
    expect(s.speaker.name).toBe('Vladimir Putin');
    expect(s.speaker.nation).toBe('RU');
  });

  it('treats an institution as a speaker and takes the nation from its name', () => {
    const text = article('The South Korean Ministry of Defense said that it was closely following the exercise.');
    const s = statementContaining(extractStatements(text), 'closely following');
    expect(s.speaker.name).toBe('South Korean Ministry of Defense');
    expect(s.speaker.nation).toBe('KR');
  });

  it('takes the nation of a ministry spokesperson from the ministry named earlier', () => {
    const text = article(
      'The South Korean Ministry of Defense said that it was closely following the exercise.',
      'Ministry of Defense Spokesperson Jeon Ha-kyou said that the drills would violate the resolutions.',
    );
    const s = statementContaining(extractStatements(text), 'drills would violate');
    expect(s.speaker).toMatchObject({ name: 'Jeon Ha-kyou', role: 'Spokesperson', organization: 'Ministry of Defense', nation: 'KR' });
  });

  it('keeps anonymous sources as speakers without a name', () => {
    const text = article('A senior official said that the sanctions would be extended.');
    const s = statementContaining(extractStatements(text), 'sanctions would be extended');
    expect(s.speaker.mention?.text).toBe('A senior official');
    expect(s.speaker.name).toBeNull();
    expect(s.speaker.role).toBe('senior official');
  });

  it('gives international bodies no nation', () => {
    const text = article('NATO Secretary General Mark Rutte said that the alliance would respond.');
    const s = statementContaining(extractStatements(text), 'alliance would respond');
    expect(s.speaker.name).toBe('Mark Rutte');
    expect(s.speaker.nation).toBeNull();
  });
});
