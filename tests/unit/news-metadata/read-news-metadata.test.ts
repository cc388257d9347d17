import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseDate, readNewsMetadata } from '../../../shared/news-metadata';
import { findExplicitDate } from '../../../shared/news-metadata/dates';

const SEED = fileURLToPath(new URL('../../../../shared/seed/000_c66d6e5135f1d8f5.txt', import.meta.url));
const hasSeed = existsSync(SEED);
const slice = (text: string, range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe('reading news metadata from the seed article', () => {
  it.skipIf(!hasSeed)('finds the Anadolu sign-off, English, and both capitalised subheadings (seed at ../shared/seed)', () => {
    const text = readFileSync(SEED, 'utf8');
    const meta = readNewsMetadata(text, { fileDate: new Date(2023, 8, 14, 9) });
    expect(meta.outlet).toBe('Anadolu Agency');
    expect(slice(text, meta.outletRange)).toBe('(AA)');
    expect(meta.language).toBe('en');
    expect(meta.title).toBeNull(); // the first line is a whole paragraph, not a headline
    expect(meta.subheadings.map((r) => text.slice(r.start, r.end))).toEqual([
      'SOUTH KOREA IS CLOSELY FOLLOWING THE NORTH KOREA-RUSSIA MILITARY EXERCISE',
      'WHO AND PUTIN MET TOGETHER',
    ]);
    // "Kim met with Putin yesterday": the day before the file was saved.
    expect(meta.eventDate).toBe('2023-09-13');
    expect(meta.publishedAt).toBe('2023-09-14');
  });
});

describe('reading news metadata from wire copy', () => {
  it('reads a TASS dateline with its region and date, placing the date in the file year', () => {
    const text =
      'Putin and Kim hold talks at the spaceport\n\n' +
      'VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/. Russian President Vladimir Putin and North Korean leader Kim Jong-un held talks at the spaceport, the Kremlin press service said.\n';
    const meta = readNewsMetadata(text, { fileDate: new Date(2023, 8, 20) });
    expect(meta.title).toBe('Putin and Kim hold talks at the spaceport');
    expect(slice(text, meta.titleRange)).toBe(meta.title);
    expect(meta.dateline).toBe('VOSTOCHNY SPACEPORT /Amur Region/');
    expect(meta.datelineDate).toBe('September 13');
    expect(slice(text, meta.datelineRange)).toBe('VOSTOCHNY SPACEPORT /Amur Region/, September 13. /TASS/.');
    expect(meta.outlet).toBe('TASS');
    expect(meta.publishedAt).toBe('2023-09-13');
  });

  it('reads a dateline filed from two cities, with its outlet and date', () => {
    const text =
      'India seeks to rewrite Indus water treaty\n\n' +
      'NEW DELHI/ISLAMABAD, Feb. 11 (Meridian News) - India has begun a formal process to renegotiate the treaty, the ministry said on Tuesday.\n';
    const meta = readNewsMetadata(text, { fileDate: new Date(2026, 5, 1) });
    expect(meta.dateline).toBe('NEW DELHI/ISLAMABAD');
    expect(meta.datelineDate).toBe('Feb. 11');
    expect(meta.outlet).toBe('Meridian News');
    expect(slice(text, meta.outletRange)).toBe('Meridian News');
    expect(meta.publishedAt).toBe('2026-02-11');
    const french = readNewsMetadata("Troops to leave Chad\n\nN'DJAMENA/PARIS, March 18 (Sahel Dispatch) – France will cut its presence, the Elysée said.\n");
    expect(french.dateline).toBe("N'DJAMENA/PARIS");
    expect(french.outlet).toBe('Sahel Dispatch');
  });

  it('takes outlet names with particles and accents, and still no politician after a name', () => {
    const summit = readNewsMetadata('Mercosur leaders split\n\nMONTEVIDEO, Dec. 6 (Río de la Plata Press) — Deep divisions overshadowed the summit on Friday.\n');
    expect(summit.dateline).toBe('MONTEVIDEO');
    expect(summit.outlet).toBe('Río de la Plata Press');
    const daily = readNewsMetadata('Budget row\n\nBERLIN, March 3 (Süddeutsche Zeitung) – The government said on Monday it would cut spending.\n');
    expect(daily.outlet).toBe('Süddeutsche Zeitung');
    for (const aside of ['(R-Texas)', '(D)', '(a Democrat)']) {
      expect(readNewsMetadata(`Senate vote\n\nCRUZ ${aside} – said the bill would fail.\n`).outlet).toBeNull();
    }
  });

  it('dates a yearless dateline in the past, never after the file that holds it', () => {
    const text = 'Allies pledge coordination\n\nSEOUL, March 4 (Yonhap) -- South Korea and Japan agreed to coordinate, the ministry said.\n';
    expect(readNewsMetadata(text, { fileDate: new Date(2026, 10, 28) }).publishedAt).toBe('2026-03-04');
    expect(readNewsMetadata(text, { fileDate: new Date(2027, 2, 4, 8) }).publishedAt).toBe('2027-03-04');
    expect(readNewsMetadata(text, { fileDate: new Date(2027, 0, 10) }).publishedAt).toBe('2026-03-04');
  });

  it('reads a Reuters dateline, a shouted byline and resolves "on Tuesday" against the file date', () => {
    const text =
      'Allies weigh their response\nBy JANE DOE and JOHN ROE, Reuters\n\n' +
      'WASHINGTON (Reuters) - U.S. officials said on Tuesday that talks with allies would continue next week, according to a State Department statement.\n';
    const friday = new Date(2023, 8, 15);
    const meta = readNewsMetadata(text, { fileDate: friday });
    expect(meta.byline).toBe('Jane Doe and John Roe');
    expect(slice(text, meta.bylineRange)).toBe('JANE DOE and JOHN ROE');
    expect(meta.dateline).toBe('WASHINGTON');
    expect(meta.outlet).toBe('Reuters');
    expect(meta.eventDate).toBe('2023-09-12');
    expect(meta.publishedAt).toBe('2023-09-15');
  });

  it.each([
    ['SEOUL, Sept. 13 (Yonhap) -- North Korean leader Kim Jong-un arrived in Russia, the unification ministry said on Wednesday.', 'Yonhap News Agency', 'SEOUL'],
    ['TRENTON, N.J. (AP) — Was that really Chris Christie, the brusque governor, standing silently behind the candidate?', 'Associated Press', 'TRENTON, N.J.'],
    ['Philadelphia (AFP) – US President Barack Obama will spearhead a Democratic effort to paint Donald Trump as unfit.', 'Agence France-Presse', 'Philadelphia'],
    ['ANKARA (AA) - Turkish officials said the talks would resume in the coming days after a short break in the capital.', 'Anadolu Agency', 'ANKARA'],
    ['BRASÍLIA, March 12 (Reuters) - Brazil urged Bolivia on Wednesday to let Argentine gas flow through its pipelines.', 'Reuters', 'BRASÍLIA'],
  ])('reads the dateline and agency of %s', (lead, outlet, place) => {
    const meta = readNewsMetadata(`${lead}\n\nThe talks went on for hours, officials said, and no statement was issued afterwards.\n`);
    expect(meta.outlet).toBe(outlet);
    expect(meta.dateline).toBe(place);
  });

  it('takes an outlet from a "— Reuters" sign-off and does not take a sentence for a dateline', () => {
    const text = 'US officials said the talks would continue next week after a pause of several days in the capital.\n\nThe talks resumed on Monday. — Reuters\n';
    const meta = readNewsMetadata(text);
    expect(meta.outlet).toBe('Reuters');
    expect(meta.dateline).toBeNull();
  });

  it('gives no outlet, dateline or byline when the text names none', () => {
    const meta = readNewsMetadata('The committee met on a rainy afternoon and discussed the budget at length before adjourning without a vote.');
    expect(meta).toMatchObject({ outlet: null, dateline: null, byline: null, publishedAt: null, eventDate: null, subheadings: [] });
  });

  it('takes an explicit date from the header over the file date', () => {
    const meta = readNewsMetadata('Talks resume\nSeptember 13, 2023\n\nThe talks resumed yesterday in Geneva after a pause of several weeks, diplomats said.', {
      fileDate: new Date(2024, 0, 1),
    });
    expect(meta.publishedAt).toBe('2023-09-13');
    expect(meta.eventDate).toBe('2023-12-31');
  });

  it('recognises French and Russian text', () => {
    expect(readNewsMetadata("Le président de la République a déclaré mardi que le gouvernement ne changerait pas de cap sur la réforme des retraites, malgré les manifestations qui se poursuivent dans tout le pays.").language).toBe('fr');
    expect(readNewsMetadata('Президент России Владимир Путин провел переговоры с лидером КНДР Ким Чен Ыном на космодроме Восточный в Амурской области, сообщили в Кремле.').language).toBe('ru');
  });

  it('names no language for a single sentence made mostly of names', () => {
    expect(readNewsMetadata('Kim Jong-un met Vladimir Putin in Vostochny.').language).toBeNull();
  });

  it('marks markdown headings inside the body as subheadings but not a capitalised sentence with lower-case words', () => {
    const text = 'Title line\n\nFirst paragraph of the story, which runs on for a while.\n\n## Background\n\nNATO said on Monday it would meet.\n';
    const meta = readNewsMetadata(text);
    expect(meta.subheadings.map((r) => text.slice(r.start, r.end))).toEqual(['## Background']);
  });
});

describe('normalising dates from files', () => {
  it.each([
    ['2023-09-13', '2023-09-13'],
    ['2023-09-13T08:30:00Z', '2023-09-13T08:30:00.000Z'],
    ['Sep 13, 2023', '2023-09-13'],
    [1694593800, '2023-09-13T08:30:00.000Z'],
    ['not a date', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});

describe('finding the date an article states', () => {
  const reference = new Date(2026, 11, 2, 12);
  it.each([
    ['WASHINGTON, Tuesday, March 5, 2026 — The minister said', '2026-03-05'],
    ['Published 14 September 2023', '2023-09-14'],
    ['on the fifth of March 2026 the talks resumed', '2026-03-05'],
    ['Filed 2016-07-24 by staff', '2016-07-24'],
    // A yearless date beside a relative phrase is not the article's date (chrono would take it from today).
    ['Schultz stepped down as DNC chair on July 24, the day before the big gathering', null],
    ['Talks resume on March 5 in Geneva', null],
  ])('%s → %s', (text, expected) => {
    expect(findExplicitDate(text, reference)).toBe(expected);
  });
});
