/**
 * The scrolling story page (`?layout=scroll`, issue 13): what it costs before its first paint
 * beside the page layout, and how long a step from one card to the next takes to show the next
 * event's popup. Its own visits, so the rest of the bench is unchanged by it.
 */
import type { Browser, Page } from 'playwright-core';
import { waitForMapIdle } from '../browser/story-page.ts';
import { judge, KB, type Budget, type Figure } from './budgets.ts';
import { groupFirstVisit } from './figures.ts';
import { transferredBytesOf } from './requests.ts';
import type { Asset } from './static-site.ts';
import { median } from './stats.ts';
import { VISIT_VIEWPORT, visitStory, type VisitOptions, type VisitResult } from './visit.ts';

/** Issue 13's budget: a step between cards shows the next event's popup within this time. */
export const CARD_STEP_BUDGET: Budget = {
  id: 'scroll-card-step',
  label: 'scroll layout: next card scrolled to the reading line → its popup drawn (median step)',
  limit: 500,
  kind: 'at-most',
  unit: 'ms',
};

/** One card of the page, as the bench steps to it: the title its popup marks. */
export interface ScrollCard {
  id: string;
  title: string;
}

export interface ScrollMeasurements {
  /** Visits of the scroll layout, measured as the page layout's are. */
  visits: VisitResult[];
  /** Each step's time from the scroll to the next card's event drawn in the popup, in ms. */
  stepMs: number[];
  /** Steps whose popup did not show the card's event within the wait. */
  missedSteps: number;
}

/** The `?layout=scroll` URL of a story page URL. */
export function scrollUrl(storyUrl: string): string {
  const url = new URL(storyUrl);
  url.searchParams.set('layout', 'scroll');
  return url.href;
}

/** Visits the scroll layout `runs` times (bytes, paints), then steps through its cards once per run. */
export async function measureScrollLayout(
  browser: Browser,
  options: VisitOptions & { runs: number; cards: readonly ScrollCard[] },
): Promise<ScrollMeasurements> {
  const url = scrollUrl(options.url);
  const visits: VisitResult[] = [];
  const stepMs: number[] = [];
  let missedSteps = 0;
  for (let i = 0; i < options.runs; i++) {
    visits.push(await visitStory(browser, { ...options, url }));
    const context = await browser.newContext({ viewport: VISIT_VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await waitForMapIdle(page, 0, { timeoutMs: 120_000, acceptFailed: true });
      for (const card of options.cards.slice(1)) {
        // A reader reads a card before scrolling on: each step starts with the camera at rest.
        await settle(page);
        const ms = await timeStep(page, card);
        if (ms === null) missedSteps++;
        else stepMs.push(ms);
      }
    } finally {
      await context.close();
    }
  }
  return { visits, stepMs, missedSteps };
}

/** Resolves once the camera has not moved for a second (at most 15 s). */
function settle(page: Page): Promise<unknown> {
  return page.evaluate(
    `new Promise((resolve) => {
      const map = document.querySelector('.story-map');
      const started = performance.now();
      let moves = map?.dataset.cameraMoves;
      let since = performance.now();
      const look = () => {
        const now = performance.now();
        if (map?.dataset.cameraMoves !== moves) {
          moves = map?.dataset.cameraMoves;
          since = now;
        }
        if (now - since > 1000 || now - started > 15000) resolve(null);
        else setTimeout(look, 100);
      };
      look();
    })`,
  );
}

/**
 * Scrolls the card's top just past the reading line (the middle of the screen, as a reader's
 * scroll brings it) and times until the popup marks the card's event, plus the frame that draws it.
 */
function timeStep(page: Page, card: ScrollCard): Promise<number | null> {
  return page.evaluate(
    `new Promise((resolve) => {
      const element = document.querySelector('.card[data-event-id="${card.id}"]');
      if (!element) return resolve(null);
      const top = element.getBoundingClientRect().top + scrollY;
      const start = performance.now();
      scrollTo({ top: top - innerHeight / 2 + 24, behavior: 'instant' });
      const look = () => {
        const marked = document.querySelector('[role="dialog"] [aria-current="true"] h3');
        if (marked && marked.textContent.trim() === ${JSON.stringify(card.title)}) {
          requestAnimationFrame(() => resolve(performance.now() - start));
        } else if (performance.now() - start > 10000) resolve(null);
        else requestAnimationFrame(look);
      };
      look();
    })`,
  ) as Promise<number | null>;
}

/**
 * The scroll layout's figures: bytes before its first paint against the page layout's (measured in
 * the same bench run: the budget is "no more"), and the median card step against 500 ms.
 */
export function scrollFigures(
  scroll: ScrollMeasurements,
  pageVisits: readonly VisitResult[],
  assets: readonly Asset[],
  baseUrl: string,
): Figure[] {
  const firstPaintBytes = (visits: readonly VisitResult[]) => {
    const bytes = visits
      .filter((visit) => visit.milestones.previewPresent)
      .map((visit) => transferredBytesOf(groupFirstVisit(visit, assets, baseUrl), ['preview']));
    return bytes.length > 0 ? median(bytes) : null;
  };
  const pageBytes = firstPaintBytes(pageVisits);
  const scrollBytes = firstPaintBytes(scroll.visits);
  const bytesBudget: Budget | undefined =
    pageBytes === null
      ? undefined
      : {
          id: 'scroll-first-paint-bytes',
          label: '',
          limit: pageBytes,
          kind: 'at-most',
          unit: 'bytes',
        };
  return [
    judge(
      'scroll-first-paint-bytes',
      'scroll layout: gzip transferred before the first paint (budget: the page layout’s)',
      'bytes',
      scrollBytes,
      {
        ...(bytesBudget && { budget: bytesBudget }),
        missing: 'no paint measured',
        note: pageBytes === null ? '' : `page layout ${(pageBytes / KB).toFixed(1)} KB`,
      },
    ),
    judge(
      CARD_STEP_BUDGET.id,
      CARD_STEP_BUDGET.label,
      'ms',
      scroll.stepMs.length > 0 ? median(scroll.stepMs) : null,
      {
        budget: CARD_STEP_BUDGET,
        missing: 'no step showed its popup',
        note: `${scroll.stepMs.length} steps, slowest ${Math.round(Math.max(0, ...scroll.stepMs))} ms${
          scroll.missedSteps > 0 ? `, ${scroll.missedSteps} missed` : ''
        }`,
      },
    ),
  ];
}
