/**
 * Photos (`media`) in events and places: every bad entry gets one line naming the file, the JSON
 * pointer and the fix; a good one loads into the model; the folder's photos named by the story
 * are not called unused.
 */
import {
  cpSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, validateFolder } from '../../../scripts/lib/validate-cli.ts';
import { folderMediaInspector } from '../../../scripts/media/inspect.ts';
import {
  checkMediaFiles,
  sniffImageFormat,
  type MediaEntryAt,
} from '../../../src/story/check-media.ts';
import { MAX_MEDIA_FILE_BYTES } from '../../../src/story/limits.ts';
import { ProblemReport } from '../../../src/story/problems.ts';
import { FIXTURE_STORIES } from './fixtures.ts';

const SECRET = 'SECRET-OUTSIDE-THE-STORY';
const scratch = mkdtempSync(path.join(tmpdir(), 'check-media-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let png: Buffer;
let webp: Buffer;
let avif: Buffer;
beforeAll(async () => {
  const pixels = sharp({
    create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 80, b: 40 } },
  });
  png = await pixels.clone().png().toBuffer();
  webp = await pixels.clone().webp().toBuffer();
  avif = await pixels.clone().avif().toBuffer();
});

let copies = 0;
/** A copy of valid-media in the scratch folder, with `edit` applied to its first event's media. */
function copyWith(edit: (media: unknown[], folder: string) => unknown): string {
  const folder = path.join(scratch, `story-${++copies}`);
  cpSync(path.join(FIXTURE_STORIES, 'valid-media'), folder, { recursive: true });
  const file = path.join(folder, 'story.json');
  const story = JSON.parse(readFileSync(file, 'utf8')) as { events: { media?: unknown }[] };
  const event = story.events[0] as { media?: unknown };
  const media = event.media as unknown[];
  event.media = edit(media, folder) ?? media;
  writeFileSync(file, JSON.stringify(story, null, 2));
  return folder;
}

/** The validator's output lines (errors and warnings) for a folder, as the CLI prints them. */
async function lines(folder: string): Promise<string[]> {
  const { problems } = await validateFolder(folder);
  return problems.map(formatProblem);
}

/** The one error line of `folder`, checked to be a single line naming its file and pointer. */
async function oneError(folder: string, file: string, pointer: string): Promise<string> {
  const { problems } = await validateFolder(folder);
  const errors = problems.filter((problem) => problem.severity === 'error');
  expect(errors.map(formatProblem)).toHaveLength(1);
  const [error] = errors;
  if (!error) throw new Error(`no error for ${folder}`);
  const line = formatProblem(error);
  expect(line).not.toContain('\n');
  expect(line.startsWith(`${folder}/${file}: ${pointer}: `)).toBe(true);
  return line;
}

const AT = '/events/0/media/0';

describe('a story with photos', () => {
  it('valid-media loads with each photo, its alt text, credit, caption and translation', async () => {
    const result = await validateFolder(path.join(FIXTURE_STORIES, 'valid-media'));
    expect(result.problems).toEqual([]);
    const exercise = result.story?.events.find((event) => event.id === 'exercise');
    expect(exercise?.media).toEqual([
      {
        src: 'ship-at-sea.jpg',
        alt: 'A grey warship on a dark sea under an orange evening sky',
        credit: 'Test drawing, made with sharp for this fixture',
        caption: 'Ships sail south of Jeju.',
        translations: { caption_ko: '제주 남쪽을 항해하는 함정들.' },
      },
    ]);
    const places = result.story?.layers.flatMap((layer) => layer.features.features) ?? [];
    const washington = places.find((place) => place.id === 'washington');
    expect(washington?.properties.media?.[0]?.src).toBe('meeting-hall.png');
  });

  it('does not call the photos the story names unused, but does name a photo it does not', async () => {
    const folder = copyWith(() => undefined);
    writeFileSync(
      path.join(folder, 'spare-photo.jpg'),
      readFileSync(path.join(folder, 'ship-at-sea.jpg')),
    );
    const output = await lines(folder);
    expect(output).toEqual([
      `${folder}/spare-photo.jpg: : warning: is not used by story.json, so it is not published (it stays private): list it as a layer if the map should show it, or move it out of the folder`,
    ]);
  });

  it('accepts WebP and AVIF photos, known by their bytes', async () => {
    const folder = copyWith((media, dir) => {
      writeFileSync(path.join(dir, 'a.webp'), webp);
      writeFileSync(path.join(dir, 'b.avif'), avif);
      return [
        ...media,
        { src: 'a.webp', alt: 'Red', credit: 'Test' },
        { src: 'b.avif', alt: 'Red', credit: 'Test' },
      ];
    });
    expect((await validateFolder(folder)).problems).toEqual([]);
  });
});

describe('bad media entries: one line each, naming file, pointer and fix', () => {
  it('a file that is not in the folder', async () => {
    const folder = copyWith(() => [{ src: 'missing.jpg', alt: 'A', credit: 'B' }]);
    const line = await oneError(folder, 'story.json', `${AT}/src`);
    expect(line).toContain('"src" "missing.jpg" is not in the story folder: put the photo in');
  });

  it('a path that leads out of the folder, or into a sub-folder', async () => {
    for (const src of ['../outside.jpg', 'photos/ship.jpg', '/etc/passwd.jpg']) {
      const folder = copyWith(() => [{ src, alt: 'A', credit: 'B' }]);
      const line = await oneError(folder, 'story.json', `${AT}/src`);
      expect(line).toContain('must be a file name next to story.json, without folders or ".."');
    }
  });

  it('a web address instead of a file', async () => {
    const folder = copyWith(() => [{ src: 'https://example.com/a.jpg', alt: 'A', credit: 'B' }]);
    const line = await oneError(folder, 'story.json', `${AT}/src`);
    expect(line).toContain('is an address, not a file');
  });

  it('a symbolic link, refused without reading or naming what it points to', async () => {
    const outside = path.join(scratch, 'outside-photo.jpg');
    writeFileSync(outside, Buffer.concat([png, Buffer.from(SECRET)]));
    const folder = copyWith((_, dir) => {
      symlinkSync(outside, path.join(dir, 'linked.png'));
      return [{ src: 'linked.png', alt: 'A', credit: 'B' }];
    });
    const line = await oneError(folder, 'story.json', `${AT}/src`);
    expect(line).toContain('"src" "linked.png" is a symbolic link: ');
    expect(line).not.toContain(SECRET);
    expect(line).not.toContain('outside-photo');
  });

  it('a hard link shared with another file', async () => {
    const outside = path.join(scratch, 'outside-hard.png');
    writeFileSync(outside, png);
    const folder = copyWith((_, dir) => {
      linkSync(outside, path.join(dir, 'hard.png'));
      return [{ src: 'hard.png', alt: 'A', credit: 'B' }];
    });
    const line = await oneError(folder, 'story.json', `${AT}/src`);
    expect(line).toContain('is a hard link shared with another file');
  });

  it('a file whose bytes are not an image, whatever its name', async () => {
    const folder = copyWith((_, dir) => {
      writeFileSync(path.join(dir, 'notes.jpg'), 'These are my notes, not a photo.');
      return [{ src: 'notes.jpg', alt: 'A', credit: 'B' }];
    });
    const line = await oneError(folder, 'story.json', `${AT}/src`);
    expect(line).toContain('is not a JPEG, PNG, WebP or AVIF image (its bytes say otherwise');
    expect(line).not.toContain('These are my notes');
  });

  it('an image of an allowed format named as another (a renamed extension)', async () => {
    const folder = copyWith((_, dir) => {
      writeFileSync(path.join(dir, 'renamed.jpg'), png);
      return [{ src: 'renamed.jpg', alt: 'A', credit: 'B' }];
    });
    const line = await oneError(folder, 'story.json', `${AT}/src`);
    expect(line).toContain('is a PNG image named as .jpg: rename the file to "renamed.png"');
  });

  it('a file name of a format that is not allowed', async () => {
    for (const src of ['clip.gif', 'phone.heic', 'scan.tiff', 'photo']) {
      const folder = copyWith(() => [{ src, alt: 'A', credit: 'B' }]);
      const line = await oneError(folder, 'story.json', `${AT}/src`);
      expect(line).toContain('must be a JPEG, PNG, WebP or AVIF file');
    }
  });

  it('a photo over 20 MB (a sparse file: nothing written), refused from its size', async () => {
    const folder = copyWith((_, dir) => {
      const file = path.join(dir, 'huge.jpg');
      writeFileSync(file, readFileSync(path.join(dir, 'ship-at-sea.jpg')));
      truncateSync(file, MAX_MEDIA_FILE_BYTES + 1);
      return [{ src: 'huge.jpg', alt: 'A', credit: 'B' }];
    });
    const line = await oneError(folder, 'story.json', `${AT}/src`);
    expect(line).toContain('"src" "huge.jpg" is 20 MB, over the 20 MB limit for a photo');
  });

  it('a photo over a lowered limit, given to the checker', async () => {
    const folder = path.join(FIXTURE_STORIES, 'valid-media');
    const report = new ProblemReport('valid-media');
    const entries: MediaEntryAt[] = [
      { file: 'story.json', at: ['events', 0, 'media', 0], src: 'ship-at-sea.jpg' },
    ];
    await checkMediaFiles(entries, folderMediaInspector(folder), report, 1000);
    expect(report.problems().map(formatProblem)).toEqual([
      'valid-media/story.json: /events/0/media/0/src: "src" "ship-at-sea.jpg" is 0.3 MB, over the 0 MB limit for a photo: save it smaller (e.g. a JPEG 3000 pixels wide at quality 85)',
    ]);
  });

  it('no alt text', async () => {
    const folder = copyWith(() => [{ src: 'ship-at-sea.jpg', credit: 'B' }]);
    const line = await oneError(folder, 'story.json', AT);
    expect(line).toContain('missing "alt"');
  });

  it('no credit', async () => {
    const folder = copyWith(() => [{ src: 'ship-at-sea.jpg', alt: 'A' }]);
    const line = await oneError(folder, 'story.json', AT);
    expect(line).toContain('missing "credit"');
  });

  it('empty strings for src, alt, credit or caption', async () => {
    for (const key of ['src', 'alt', 'credit', 'caption']) {
      const folder = copyWith(() => [
        { src: 'ship-at-sea.jpg', alt: 'A', credit: 'B', caption: 'C', [key]: '  ' },
      ]);
      const line = await oneError(folder, 'story.json', `${AT}/${key}`);
      expect(line).toContain('empty');
    }
  });

  it('alt text that is not text', async () => {
    const folder = copyWith(() => [{ src: 'ship-at-sea.jpg', alt: 3, credit: 'B' }]);
    const line = await oneError(folder, 'story.json', `${AT}/alt`);
    expect(line).toMatch(/number/);
  });

  it('media that is not a list, or a list of something other than objects', async () => {
    const notList = copyWith(() => ({ src: 'ship-at-sea.jpg', alt: 'A', credit: 'B' }));
    expect(await oneError(notList, 'story.json', '/events/0/media')).toMatch(/list|array/);
    const notObject = copyWith(() => ['ship-at-sea.jpg']);
    expect(await oneError(notObject, 'story.json', AT)).toMatch(/object|\{/);
  });

  it('an unknown key in a media entry is a warning with a suggestion', async () => {
    const folder = copyWith(() => [
      { src: 'ship-at-sea.jpg', alt: 'A', credit: 'B', captoin: 'C' },
    ]);
    expect(await lines(folder)).toEqual([
      `${folder}/story.json: ${AT}/captoin: warning: unknown field "captoin" is ignored: did you mean "caption"?`,
    ]);
  });

  it("a place's photo that is missing is named in its layer file", async () => {
    const folder = copyWith(() => undefined);
    const layer = path.join(folder, 'cities.geojson');
    writeFileSync(layer, readFileSync(layer, 'utf8').replace('"meeting-hall.png"', '"gone.png"'));
    const line = await oneError(folder, 'cities.geojson', '/features/1/properties/media/0/src');
    expect(line).toContain('"src" "gone.png" is not in the story folder');
  });
});

describe('sniffImageFormat', () => {
  it('knows each allowed format by its first bytes, and nothing else', () => {
    expect(
      sniffImageFormat(readFileSync(path.join(FIXTURE_STORIES, 'valid-media', 'ship-at-sea.jpg'))),
    ).toBe('jpeg');
    expect(sniffImageFormat(png)).toBe('png');
    expect(sniffImageFormat(webp)).toBe('webp');
    expect(sniffImageFormat(avif)).toBe('avif');
    expect(sniffImageFormat(Buffer.from('GIF89a......'))).toBeUndefined();
    expect(
      sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBeUndefined();
    expect(sniffImageFormat(new Uint8Array(0))).toBeUndefined();
  });
});
