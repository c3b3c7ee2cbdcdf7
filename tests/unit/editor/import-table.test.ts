import { describe, expect, it } from 'vitest';
import {
  parseEventsTable,
  validateDocument,
  type StoryDocument,
} from '../../../src/editor/core/index.ts';
import { must, ncgDocument } from './story-files.ts';

const HEADER = 'Date,End,Title,Summary,Places,Source Title,Source URL';

function problemsByLine(text: string): Record<number, string[]> {
  const { rows } = parseEventsTable(text, ncgDocument());
  return Object.fromEntries(rows.map((r) => [r.line, r.problems]));
}

describe('parseEventsTable', () => {
  it('reads a CSV with a BOM, quoted commas and line breaks, places by id or exact name', async () => {
    const csv =
      '\uFEFF' +
      HEADER +
      '\r\n' +
      '2024-06-27,2024-06-29,"Freedom Edge, second round","Ships met south of Jeju.\nThree navies took part.",' +
      'freedom-edge-area; Seoul,"Ministry, statement",https://www.mnd.go.kr/a\r\n';
    const doc = ncgDocument();
    const { rows, tableProblems } = parseEventsTable(csv, doc);
    expect(tableProblems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        problems: [],
        event: {
          id: 'freedom-edge-second-round',
          date: '2024-06-27',
          end: '2024-06-29',
          title: 'Freedom Edge, second round',
          summary: 'Ships met south of Jeju.\nThree navies took part.',
          places: ['freedom-edge-area', 'seoul-city'],
          sources: [{ title: 'Ministry, statement', url: 'https://www.mnd.go.kr/a' }],
        },
      },
    ]);
    const withRow: StoryDocument = {
      ...doc,
      story: { ...doc.story, events: [...(doc.story.events as unknown[]), must(rows[0]).event] },
    };
    expect(
      (await validateDocument(withRow, 'ncg-2024')).filter((p) => p.severity === 'error'),
    ).toEqual([]);
  });

  it('reads tab-separated cells pasted from a spreadsheet, headers in any case and spacing', () => {
    const tsv =
      'TITLE\t date \tsummary\tplaces\tsource_title\tSOURCE-URL\nTalks\t2024-03\tThey met.\tseoul-mnd\tMND\thttp://mnd.example/\n';
    const { rows } = parseEventsTable(tsv, ncgDocument());
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[0]?.event).toMatchObject({ id: 'talks', date: '2024-03', places: ['seoul-mnd'] });
  });

  it('names each wrong row by its spreadsheet row with what is wrong', () => {
    const csv = [
      HEADER,
      '2024-01-01,,Fine,Ok.,seoul-mnd,S,https://a.example/',
      '2024-02-30,,Bad date,Ok.,seoul-mnd,S,https://a.example/',
      'last week,,Not a date,Ok.,seoul-mnd,S,https://a.example/',
      '2024-01-01,,Unknown place,Ok.,seoul-mdn,S,https://a.example/',
      '2024-01-01,,FTP source,Ok.,seoul-mnd,S,ftp://a.example/file',
      '2024-01-01,,,Ok.,seoul-mnd,S,https://a.example/',
      '',
      '2024-05-01,2024-04-01,Ends early,Ok.,seoul-mnd,S,https://a.example/',
    ].join('\n');
    expect(problemsByLine(csv)).toEqual({
      2: [],
      3: ['date "2024-02-30" is not a real date: February 2024 has 29 days'],
      4: ['date "last week" must be written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-06-10"'],
      5: ['no place has the id or name "seoul-mdn"; did you mean "seoul-mnd"?'],
      6: [expect.stringMatching(/^source url uses "ftp:", which is not allowed/)],
      7: ['has no title: write the event headline in the "title" column'],
      9: ['end "2024-04-01" is before date "2024-05-01": swap them or fix one'],
    });
  });

  it('makes ids unique against the story and the earlier rows', () => {
    const csv = [
      HEADER,
      ...['a', 'b'].map(() => '2024,,Washington Declaration,Ok.,seoul-mnd,S,https://a.example/'),
    ].join('\n');
    const ids = parseEventsTable(csv, ncgDocument()).rows.map((r) => r.event?.id);
    expect(ids).toEqual(['washington-declaration-2', 'washington-declaration-3']);
  });

  it('says which columns it does not read, and when the table is empty', () => {
    expect(parseEventsTable('Date,Title,Colour\n', ncgDocument()).tableProblems).toEqual([
      expect.stringMatching(/^column "Colour" is not read/),
    ]);
    expect(parseEventsTable('', ncgDocument()).tableProblems).toEqual([
      expect.stringMatching(/^the table is empty/),
    ]);
  });
});
