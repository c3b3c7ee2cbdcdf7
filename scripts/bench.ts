/**
 * `npm run bench`: builds the app, serves `dist/` as a static host would (precompressed gzip), and
 * measures what the map costs a reader: bytes by what needs them, times in real Chromium, Lighthouse
 * mobile figures, many embeds on one page, and a synthetic story of 1,000 places and 10,000 events.
 * Prints each figure beside its budget and writes a JSON report. A benchmark, not a test: figures
 * are medians of several runs on a shared machine. See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateFolder } from './lib/validate-cli.ts';
import { loadStory } from '../src/story/load-story.ts';
import { indexStory, type StoryIndex } from '../src/story/queries.ts';
import { eventText } from '../src/story/text.ts';
import { allPassed, type Figure } from './bench/budgets.ts';
import {
  findEmbedsPage,
  measureEmbeds,
  writeEmbedsArticle,
  type EmbedsResult,
} from './bench/embeds.ts';
import {
  byteFigures,
  detailFigures,
  embedFigures,
  groupFirstVisit,
  lighthouseFigures,
  scaleFigures,
  timeFigures,
  type LighthouseConfig,
} from './bench/figures.ts';
import { compareRows, formatComparison, type CompareRow, type PageName } from './bench/compare.ts';
import {
  emptyRuns,
  pageUrl,
  tracePages,
  visitPage,
  type CompareSetup,
} from './bench/compare-run.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { measurePhonePopupPhotos, noPhotoFigures } from './bench/media.ts';
import { buildReferencePages, REFERENCE_FOLDER } from './bench/reference-pages.ts';
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/options.ts';
import { formatAssets, formatFigures } from './bench/report.ts';
import { serveExtraStory, timeValidation, writeStoryFolder } from './bench/scale.ts';
import {
  bytesByPath,
  compressFiles,
  GZIP_LEVEL,
  prepareSite,
  serveSite,
} from './bench/static-site.ts';
import { measureScrollLayout, scrollFigures } from './bench/scroll.ts';
import { cardEvents } from '../src/ui/scroll-cards.ts';
import { generateSyntheticStory, SCALE_STORY } from './bench/synthetic-story.ts';
import { busiestPlaceTarget, middleDateRange } from './bench/targets.ts';
import { launchChromium, NO_WEBGL_FLAGS } from './browser/chromium.ts';
import { visitStory, type ClickTarget, type VisitResult } from './bench/visit.ts';

/** The story the budgets are set for. */
const STORY_ID = 'ncg-2024';
const STORY_FOLDER = `geo/stories/${STORY_ID}`;
const SITE_DIR = 'bench-output/site';
const LIGHTHOUSE_DIR = 'bench-output/lighthouse';
const SCALE_DIR = `bench-output/scale/${SCALE_STORY.id}`;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function loadIndex(folder: string): Promise<StoryIndex> {
  const result = await validateFolder(folder);
  if (!result.story)
    throw new Error(`${folder} does not validate: run npm run validate -- ${folder}`);
  return indexStory(result.story);
}

function clickedOf(index: StoryIndex, target: ClickTarget | null) {
  return target ? { id: target.id, events: index.eventsByPlace.get(target.id)?.length ?? 0 } : null;
}

async function main(options: BenchOptions): Promise<number> {
  const startedMs = Date.now();
  const { runs } = options;
  const times = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  log(
    `runs: ${times(runs.visits, 'visit')} of ${STORY_ID}, ${times(runs.lighthouse, 'Lighthouse run')} ` +
      `per configuration without WebGL and ${runs.lighthouseWebgl} with it, ` +
      `${times(runs.scaleVisits, 'visit')} and ${times(runs.validations, 'validation')} of the ` +
      `synthetic story${options.scaleOnly ? ' (scale only)' : ''}` +
      (options.language ? `; the app's pages in ${options.language}` : ''),
  );
  if (!options.skipBuild) {
    log('building (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const assets = prepareSite('dist', SITE_DIR);
  // The reference pages of the side-by-side section, beside the app in the bench's copy only.
  // The reference pages are English: with --lang the app's pages are not compared with them.
  const compare = !options.scaleOnly && !options.language;
  let references: Awaited<ReturnType<typeof buildReferencePages>> | null = null;
  if (compare) {
    log('building the reference pages (bare and minimal MapLibre)');
    references = await buildReferencePages(SITE_DIR);
    compressFiles(SITE_DIR, REFERENCE_FOLDER);
  }
  const storyIndex = await loadIndex(STORY_FOLDER);
  // The site's own page of eight embeds if it has one, else an article the bench writes (before
  // the server starts: it lists the site's files once).
  const embedsPage =
    findEmbedsPage(SITE_DIR) ?? writeEmbedsArticle(SITE_DIR, STORY_ID, storyIndex.story.title);
  const site = await serveSite(SITE_DIR);
  const storyUrl = `${site.baseUrl}?story=${STORY_ID}${options.language ? `&lang=${options.language}` : ''}`;
  const servedBytes = async () => bytesByPath(await site.takeLog());
  // The language the app's ncg-2024 pages are shown in (`lang` absent: the bench's Chromium, English).
  const pageLanguage = options.language ?? 'en';
  const storyTarget = busiestPlaceTarget(storyIndex, pageLanguage);
  const browser = await launchChromium();
  const noWebglBrowser = compare ? await launchChromium(NO_WEBGL_FLAGS) : null;
  const compareRuns = emptyRuns();
  let compareSetup: CompareSetup | null = null;
  let compareTable: CompareRow[] | null = null;
  const sections: { title: string; figures: Figure[] }[] = [];
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, chromium: browser.version() },
    gzip: `precompressed, level ${GZIP_LEVEL}, served by sirv`,
    runs,
    ...(options.language && { language: options.language }),
  };
  try {
    // The synthetic story: generated, written, validated in Node.
    const scale = generateSyntheticStory(SCALE_STORY);
    writeStoryFolder(SCALE_DIR, scale.files);
    log(
      `scale: validating ${SCALE_DIR} ${runs.validations}× (and ${STORY_FOLDER} as the baseline)`,
    );
    const validations = await timeValidation(SCALE_DIR, runs.validations);
    const baselineValidations = await timeValidation(STORY_FOLDER, runs.validations);
    const scaleLoaded = await loadStory(scale.id, async (name) => scale.files[name] ?? null);
    if (!scaleLoaded.story) throw new Error('the synthetic story does not validate');
    const scaleIndex = indexStory(scaleLoaded.story);
    const scaleVisitCount = options.compareOnly ? 0 : runs.scaleVisits;
    const scaleTarget = busiestPlaceTarget(scaleIndex);
    const scaleRange = middleDateRange(scaleIndex);
    const storyRange = middleDateRange(storyIndex);

    // Visits, alternating between ncg-2024 and the synthetic story so that drift on a shared
    // machine affects both alike (ratios compare figures measured side by side).
    const visits: VisitResult[] = [];
    const scaleVisits: VisitResult[] = [];
    const storyVisitCount = options.scaleOnly ? runs.scaleVisits : runs.visits;
    for (let i = 0; i < Math.max(storyVisitCount, scaleVisitCount); i++) {
      if (i < storyVisitCount) {
        log(`visit ${i + 1}/${storyVisitCount} of ${STORY_ID}`);
        const visit = await visitStory(browser, {
          url: storyUrl,
          servedBytes,
          ...(storyTarget && { click: storyTarget }),
          ...(storyRange && { dateRange: storyRange }),
        });
        visits.push(visit);
        if (references && noWebglBrowser) {
          compareSetup ??= {
            baseUrl: site.baseUrl,
            storyId: STORY_ID,
            references,
            mapBox: visit.milestones.mapBox,
          };
          compareRuns.app.visits.push(visit);
          for (const page of ['bare', 'minimal'] as const) {
            log(`visit ${i + 1}/${storyVisitCount} of the ${page} reference page`);
            compareRuns[page].visits.push(
              await visitPage(browser, compareSetup, page, {
                webgl: true,
                click: storyTarget,
                servedBytes,
              }),
            );
          }
          for (const page of ['app', 'bare', 'minimal'] as const) {
            log(`visit ${i + 1}/${storyVisitCount} of the ${page} page without WebGL`);
            compareRuns[page].noWebglVisits.push(
              await visitPage(noWebglBrowser, compareSetup, page, { webgl: false }),
            );
          }
        }
      }
      if (i < scaleVisitCount) {
        log(`visit ${i + 1}/${scaleVisitCount} of the synthetic story`);
        scaleVisits.push(
          await visitStory(browser, {
            url: `${site.baseUrl}?story=${scale.id}`,
            prepare: serveExtraStory(scale.id, 'Synthetic story', scale.files),
            servedBytes,
            ...(scaleTarget && { click: scaleTarget }),
            ...(scaleRange && { dateRange: scaleRange }),
          }),
        );
      }
    }
    const firstVisit = visits[0];
    if (!firstVisit) throw new Error('no visit was made');
    if (options.trace && compareSetup && noWebglBrowser) {
      report['traces'] = await tracePages(
        { webgl: browser, noWebgl: noWebglBrowser },
        compareSetup,
        storyTarget,
        log,
      );
    }

    // A shared link that opens at zoom 12 on the busiest place: the first view is the close-up.
    const linkVisits: VisitResult[] = [];
    const linkTarget = storyTarget && `#map=12/${storyTarget.lat}/${storyTarget.lng}`;
    if (!options.scaleOnly && !options.compareOnly && linkTarget) {
      for (let i = 0; i < runs.visits; i++) {
        log(`visit ${i + 1}/${runs.visits} of ${STORY_ID}${linkTarget}`);
        linkVisits.push(
          await visitStory(browser, { url: `${storyUrl}${linkTarget}`, servedBytes }),
        );
      }
    }

    if (!options.scaleOnly && !options.compareOnly) {
      sections.push({
        title: `${STORY_ID}: bytes (gzip as transferred)`,
        figures: byteFigures(visits, assets, site.baseUrl),
      });
      sections.push({
        title: `${STORY_ID}: the basemap close up (issue 10)`,
        figures: detailFigures(
          visits,
          linkVisits,
          assets,
          site.baseUrl,
          storyTarget && `${storyTarget.id} at zoom 12`,
        ),
      });
      sections.push({
        title: `${STORY_ID}: times in Chromium (1280×800, WebGL through SwiftShader), ms since navigation start`,
        figures: timeFigures(visits, clickedOf(storyIndex, storyTarget)),
      });

      log(`scroll layout of ${STORY_ID}: ${runs.visits} visit(s), stepping through every card`);
      const scroll = await measureScrollLayout(browser, {
        url: storyUrl,
        servedBytes,
        runs: runs.visits,
        cards: cardEvents(storyIndex.story).map((event) => ({
          id: event.id,
          title: eventText(event, 'title', pageLanguage, storyIndex.story.language).text,
        })),
      });
      sections.push({
        title: `${STORY_ID}: the scrolling story page (?layout=scroll, issue 13)`,
        figures: scrollFigures(scroll, visits, assets, site.baseUrl),
      });
      report['scroll'] = { stepMs: scroll.stepMs, missedSteps: scroll.missedSteps };
    }
    if (!options.scaleOnly && !options.compareOnly) {
      log(`eight embeds: scrolling ${embedsPage}`);
      const embeds: EmbedsResult = await measureEmbeds(
        browser,
        `${site.baseUrl}${embedsPage}`,
        embedsPage,
      );
      sections.push({ title: 'many maps on a page', figures: embedFigures(embeds) });

      log('photos: a story without them, and a phone popup with one');
      sections.push({
        title: 'photos (issue 13)',
        figures: [
          ...noPhotoFigures(visits),
          ...(await measurePhonePopupPhotos(browser, site.baseUrl, runs.visits)),
        ],
      });
      report['embeds'] = embeds;
    }
    if (!options.scaleOnly) {
      const configs: LighthouseConfig[] = [
        { name: 'page, no WebGL', url: storyUrl, webgl: false, runs: [] },
        { name: 'embed, no WebGL', url: `${storyUrl}&embed=1`, webgl: false, runs: [] },
        { name: 'page, WebGL', url: storyUrl, webgl: true, runs: [] },
        { name: 'embed, WebGL', url: `${storyUrl}&embed=1`, webgl: true, runs: [] },
      ].filter((config) => !options.compareOnly || !config.name.startsWith('embed'));
      // The last run's whole report stays, to see what an LCP or TBT figure is made of.
      const reportPath = (name: string) =>
        join(LIGHTHOUSE_DIR, `${name.replace(/[^a-z]+/gi, '-').toLowerCase()}.json`);
      for (const config of configs) {
        const count = config.webgl ? runs.lighthouseWebgl : runs.lighthouse;
        // The page's runs alternate with the reference pages' (the same count as the WebGL
        // runs), so that the ratios compare runs made side by side.
        const references: PageName[] =
          compareSetup && config.name.startsWith('page') ? ['bare', 'minimal'] : [];
        for (let i = 0; i < count; i++) {
          log(`Lighthouse ${config.name} ${i + 1}/${count}`);
          const run = await runLighthouse(config.url, {
            webgl: config.webgl,
            reportPath: reportPath(config.name),
          });
          config.runs.push(run);
          if (references.length === 0 || i >= runs.lighthouseWebgl) continue;
          const key = config.webgl ? 'lighthouseWebgl' : 'lighthouseNoWebgl';
          compareRuns.app[key].push(run);
          for (const page of references) {
            const name = `${page}, ${config.webgl ? 'WebGL' : 'no WebGL'}`;
            log(`Lighthouse ${name} ${i + 1}/${Math.min(count, runs.lighthouseWebgl)}`);
            const url = pageUrl(compareSetup as CompareSetup, page, false);
            compareRuns[page][key].push(
              await runLighthouse(url, { webgl: config.webgl, reportPath: reportPath(name) }),
            );
          }
        }
      }
      if (!options.compareOnly) {
        sections.push({
          title: `${STORY_ID}: Lighthouse 12.2.3, mobile, default simulated throttling`,
          figures: lighthouseFigures(configs),
        });
        report['assets'] = groupFirstVisit(firstVisit, assets, site.baseUrl);
      }
      report['lighthouse'] = configs;
      if (compare) {
        compareTable = compareRows(compareRuns);
        report['compare'] = { runs: compareRuns, rows: compareTable };
      }
    }

    if (!options.compareOnly)
      sections.push({
        title: `scale: ${SCALE_STORY.places.toLocaleString('en-US')} places, ${SCALE_STORY.events.toLocaleString('en-US')} events (seed ${SCALE_STORY.seed})`,
        figures: scaleFigures({
          validationMs: validations.map((v) => v.cpuMs),
          baselineValidationMs: baselineValidations.map((v) => v.cpuMs),
          validationWallMs: validations.map((v) => v.ms),
          errors: Math.max(...validations.map((v) => v.errors)),
          warnings: Math.max(...validations.map((v) => v.warnings)),
          visits: scaleVisits,
          baselineVisits: visits,
          clicked: clickedOf(scaleIndex, scaleTarget),
        }),
      });
    report['visits'] = visits;
    report['linkVisits'] = linkVisits;
    report['scaleVisits'] = scaleVisits;
    report['validations'] = { synthetic: validations, baseline: baselineValidations };

    const pageErrors = [...visits, ...linkVisits, ...scaleVisits].flatMap((visit) => visit.errors);
    if (pageErrors.length > 0)
      log(`page errors during visits:\n  ${[...new Set(pageErrors)].join('\n  ')}`);
  } finally {
    await noWebglBrowser?.close();
    await browser.close();
    await site.close();
  }

  const figures = [
    ...sections.flatMap((section) => section.figures),
    ...(compareTable ?? []).map((row) => row.figure),
  ];
  const out: string[] = [];
  if (!options.scaleOnly && !options.compareOnly) {
    out.push(
      `assets (${STORY_ID}: requested before the preview painted, before the map went idle, later, or not at all)`,
    );
    out.push(formatAssets(report['assets'] as ReturnType<typeof groupFirstVisit>), '');
  }
  for (const section of sections) out.push(formatFigures(section.title, section.figures), '');
  if (compareTable) {
    out.push(
      formatComparison(
        `${STORY_ID}: side by side with MapLibre alone (bare: the app's style; minimal: hand-written), medians of the same run`,
        compareTable,
      ),
      '',
    );
  }
  if (typeof report['traces'] === 'string') out.push(report['traces'], '');
  const failed = figures.filter((figure) => figure.verdict === 'fail');
  const minutes = ((Date.now() - startedMs) / 60_000).toFixed(1);
  out.push(
    `${figures.filter((f) => f.verdict === 'pass').length} budgets pass, ${failed.length} fail, ` +
      `${figures.filter((f) => f.verdict === 'n/a').length} n/a; ${minutes} min; report: ${options.jsonPath}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  report['sections'] = sections;
  report['durationMinutes'] = Number(minutes);
  mkdirSync(dirname(options.jsonPath), { recursive: true });
  writeFileSync(options.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  return allPassed(figures) ? 0 : 1;
}

let options: BenchOptions;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
main(options).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench: failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(2);
  },
);
