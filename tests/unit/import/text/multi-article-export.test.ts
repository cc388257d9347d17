import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../../electron/core/import/formats/text/text-parsers';

function parse(text: string) {
  const outcome = parsePlainText({ path: 'export.txt', name: 'export.txt', bytes: new TextEncoder().encode(text), modifiedAt: null, depth: 0 }, 'txt');
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  return outcome.articles;
}

const NEXIS = `Kim meets Putin at Russian spaceport
Anadolu Agency
September 13, 2023 Wednesday
Copyright 2023 Anadolu Agency All Rights Reserved
Section: WORLD; Length: 64 words
Byline: Jane Doe
Dateline: ANKARA
Body

North Korean leader Kim Jong-un met Russian President Vladimir Putin at the Vostochny Cosmodrome, officials said.

SOUTH KOREA IS WATCHING

Seoul said it was closely following the meeting.

Classification
Language: ENGLISH
Load-Date: September 14, 2023

End of Document

Seoul warns against arms deal
Yonhap News Agency
September 14, 2023 Thursday
Byline: John Roe
Body

SEOUL, Sept. 14 (Yonhap) -- South Korea warned on Thursday against any arms deal between Pyongyang and Moscow.

Load-Date: September 15, 2023

End of Document
`;

const FACTIVA = `Kremlin hails productive talks
Ivan Petrov
312 words
13 September 2023
TASS
TASSEN
English
Copyright 2023. TASS. All rights reserved.

MOSCOW, September 13. /TASS/. The Kremlin described the talks as productive.

The two leaders exchanged views on the situation in the region.

Document TASSEN0020230913ej9d0005x


Pentagon warns Pyongyang
Sabrina Jones
205 words
14 September 2023
Reuters News
LBA
English
(c) 2023 Reuters Limited

WASHINGTON (Reuters) - The Pentagon warned North Korea not to sell weapons to Russia.

Document LBA0000020230914ej9e00abc
`;

describe('splitting a news database export into its articles', () => {
  it('splits a Nexis export at "End of Document", each article with its own header metadata', () => {
    const articles = parse(NEXIS);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: 'Kim meets Putin at Russian spaceport',
      outlet: 'Anadolu Agency',
      publishedAt: '2023-09-13',
      byline: 'Jane Doe',
      dateline: 'ANKARA',
    });
    expect(articles[0]?.text).toBe(
      'North Korean leader Kim Jong-un met Russian President Vladimir Putin at the Vostochny Cosmodrome, officials said.\n\nSOUTH KOREA IS WATCHING\n\nSeoul said it was closely following the meeting.',
    );
    expect(articles[0]?.subheadings?.map((r) => articles[0]?.text.slice(r.start, r.end))).toEqual(['SOUTH KOREA IS WATCHING']);
    expect(articles[1]).toMatchObject({ title: 'Seoul warns against arms deal', outlet: 'Yonhap News Agency', byline: 'John Roe', publishedAt: '2023-09-14', dateline: 'SEOUL' });
    expect(articles[1]?.text).not.toContain('Load-Date');
  });

  it('splits a Factiva export at its "Document <id>" footers, reading author, date and outlet', () => {
    const articles = parse(FACTIVA);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({ title: 'Kremlin hails productive talks', byline: 'Ivan Petrov', publishedAt: '2023-09-13', outlet: 'TASS', language: 'en' });
    expect(articles[0]?.text).toBe('MOSCOW, September 13. /TASS/. The Kremlin described the talks as productive.\n\nThe two leaders exchanged views on the situation in the region.');
    expect(articles[1]).toMatchObject({ title: 'Pentagon warns Pyongyang', byline: 'Sabrina Jones', outlet: 'Reuters News', publishedAt: '2023-09-14' });
  });

  it('reads Factiva exports with field codes, joining lead paragraphs and text', () => {
    const coded = `HD
Kremlin hails productive talks
BY
By Ivan Petrov
WC
312 words
PD
13 September 2023
SN
TASS
SC
TASSEN
LA
English
CY
Copyright 2023. TASS.
LP
MOSCOW, September 13. /TASS/. The Kremlin described the talks as productive.
TD
The two leaders exchanged views on the situation in the region.

They agreed to meet again.
NS
gdip : International Relations
AN
Document TASSEN0020230913ej9d0005x

HD
Seoul watches closely
PD
14 September 2023
SN
Yonhap News Agency
LP
SEOUL, Sept. 14 (Yonhap) -- South Korea is following the talks closely.
AN
Document YONHAP0020230914ej9e000ab
`;
    const articles = parse(coded);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({ title: 'Kremlin hails productive talks', byline: 'Ivan Petrov', publishedAt: '2023-09-13', outlet: 'TASS', language: 'en', dateline: 'MOSCOW' });
    expect(articles[0]?.text).toBe('MOSCOW, September 13. /TASS/. The Kremlin described the talks as productive.\n\nThe two leaders exchanged views on the situation in the region.\n\nThey agreed to meet again.');
    expect(articles[1]).toMatchObject({ title: 'Seoul watches closely', outlet: 'Yonhap News Agency', publishedAt: '2023-09-14' });
  });

  it('treats a file without document boundaries as one article', () => {
    expect(parse('One story only.\n\nIt has two paragraphs and no export footer.\n')).toHaveLength(1);
  });

  it('fails an export whose boundaries enclose no text as having no article text', () => {
    expect(() => parse('End of Document\n\nEnd of Document\n')).toThrow(expect.objectContaining({ code: 'no-article-text' }));
  });
});
