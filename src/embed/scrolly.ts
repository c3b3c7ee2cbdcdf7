/**
 * Scrollytelling in any article (docs/embedding.md, "Scrollytelling"): each element marked
 * `data-storymap-step="event:<id>" | "place:<id>" | "dates:<from>/<to>" | "reset"` drives its map
 * when it reaches the middle of the viewport, or takes keyboard focus. Its map is the one named by
 * `data-storymap-for` (the id of the iframe or of an element holding it), else the nearest map
 * before it in the page, else the first after it. Where the map and its steps share a section
 * that ends with them, the map stays in view (sticky) while they pass over it as cards.
 */
import { parseStep, sameCommand, type ShowCommand } from './host-messages.ts';
import { frameOf, onMessage, show, watch } from './host-api.ts';

/**
 * The look of steps and maps, in a constructed style sheet (no `<style>` element, so a page's
 * `style-src` need not allow inline styles). `:where()` keeps every rule at zero specificity: the
 * article's own CSS wins.
 */
const SCROLLY_CSS = `
:where([data-storymap-sticky]) {
  display: block; position: sticky; top: var(--storymap-sticky-top, 0px); z-index: 0;
}
:where([data-storymap-card]) {
  position: relative; z-index: 1; box-sizing: border-box;
  max-width: 30rem; margin: 0 auto 75vh; padding: 0.9rem 1.1rem;
  background: Canvas; color: CanvasText; border-radius: 8px;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.3), 0 6px 20px rgb(0 0 0 / 0.2);
}
:where([data-storymap-section]) { display: flow-root; }
:where([data-storymap-card="last"]) {
  margin-bottom: max(75vh, calc(var(--storymap-sticky-height, 0px) - 40vh));
}
:where([data-storymap-card]) > :where(:first-child) { margin-top: 0; }
:where([data-storymap-card]) > :where(:last-child) { margin-bottom: 0; }
`;

/** How far below the viewport "below the middle line" reaches, for the first steps' observer. */
const BELOW_PX = 100_000;

/** One step of the article: its element, the command it stands for, and its map. */
interface Step {
  element: HTMLElement;
  command: ShowCommand;
  map: Element;
}

/** Whether `element` holds the story map in embed mode (or says it does). */
function isMapElement(element: Element): boolean {
  if (element.hasAttribute('data-storymap')) return true;
  const frame = frameOf(element);
  const src = frame?.src || element.getAttribute('src');
  if (!src) return false;
  try {
    const url = new URL(src, document.baseURI);
    return url.searchParams.get('embed') === '1';
  } catch {
    return false;
  }
}

/** The map elements of the page (iframes, `<side-chain>`s), in document order. */
function mapElements(root: Document): Element[] {
  // A `<side-chain>`'s iframe is in its shadow root, out of reach of querySelectorAll.
  return [...root.querySelectorAll('iframe, side-chain, [data-storymap]')];
}

/** The map a step drives: `data-storymap-for`, else the nearest before it, else the first after. */
function mapOfStep(element: HTMLElement, maps: readonly Element[]): Element | null {
  const named = element.closest('[data-storymap-for]')?.getAttribute('data-storymap-for');
  if (named) {
    const target = element.ownerDocument.getElementById(named);
    return target && frameOf(target) ? target : null;
  }
  const before = maps.filter(
    (map) => map.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.at(-1) ?? maps[0] ?? null;
}

/** The steps of the page with a command and a map; malformed ones are reported and left alone. */
function findSteps(root: Document): Step[] {
  const maps = mapElements(root).filter(isMapElement);
  return [...root.querySelectorAll<HTMLElement>('[data-storymap-step]')].flatMap((element) => {
    const value = element.getAttribute('data-storymap-step');
    const command = parseStep(value);
    const map = mapOfStep(element, maps);
    if (!command || !map) {
      console.warn(
        `storymap.js: data-storymap-step="${value ?? ''}" ${command ? 'has no map before it' : 'is not event:<id>, place:<id>, dates:<from>/<to> or reset'}`,
      );
      return [];
    }
    return [{ element, command, map }];
  });
}

/**
 * The map's block to keep in view: its outermost ancestor that is a sibling of its steps, when
 * their shared parent ends with its last step (else the map would stay stuck over the rest of the
 * article). Null when the steps come before the map or are elsewhere.
 */
function stickyBlock(map: Element, steps: readonly Step[]): HTMLElement | null {
  const [first] = steps;
  const last = steps.at(-1);
  if (!first || !last) return null;
  let block: Element = map;
  while (block.parentElement && !block.parentElement.contains(first.element)) {
    block = block.parentElement;
  }
  const section = block.parentElement;
  if (!section || !(block instanceof HTMLElement)) return null;
  const afterMap = (step: Step) =>
    block.compareDocumentPosition(step.element) & Node.DOCUMENT_POSITION_FOLLOWING;
  if (!steps.every((step) => section.contains(step.element) && afterMap(step))) return null;
  return section.lastElementChild?.contains(last.element) ? block : null;
}

function addStyles(root: Document): void {
  if (root.adoptedStyleSheets.some((sheet) => (sheet as { storymap?: true }).storymap)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SCROLLY_CSS);
  Object.assign(sheet, { storymap: true });
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Starts the article's steps; returns the function that stops them. Safe to call again. */
export function startScrollytelling(root: Document = document): () => void {
  const steps = findSteps(root);
  if (steps.length === 0) return () => undefined;
  addStyles(root);
  const byMap = new Map<Element, Step[]>();
  for (const step of steps) byMap.set(step.map, [...(byMap.get(step.map) ?? []), step]);
  const shown = new Map<Element, ShowCommand>();
  const stops: (() => void)[] = [];
  for (const [map, mapSteps] of byMap) {
    watch(map);
    const block = stickyBlock(map, mapSteps);
    if (block) stops.push(keepInView(map, block, mapSteps));
  }

  const stepOf = new Map(steps.map((step) => [step.element, step]));
  const drive = (step: Step) => {
    for (const other of byMap.get(step.map) ?? []) {
      other.element.toggleAttribute('data-storymap-active', other === step);
    }
    if (sameCommand(shown.get(step.map) ?? null, step.command)) return;
    shown.set(step.map, step.command);
    show(step.map, step.command);
  };

  // A line across the middle of the viewport: a step is "there" while it crosses it.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const step = stepOf.get(entry.target as HTMLElement);
        if (!step) continue;
        if (entry.isIntersecting) drive(step);
      }
    },
    { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
  );
  // Back above the first step (all of it below the middle line again, however fast the reader
  // scrolled: a jump crosses no line): the map as before the story began.
  const before = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const step = stepOf.get(entry.target as HTMLElement);
        if (step && entry.intersectionRatio >= 1) rewind(step.map);
      }
    },
    { rootMargin: `-50% 0px ${BELOW_PX}px 0px`, threshold: 1 },
  );
  const rewind = (map: Element) => {
    for (const step of byMap.get(map) ?? []) step.element.removeAttribute('data-storymap-active');
    if (!shown.has(map)) return;
    shown.delete(map);
    show(map, { reset: true });
  };
  for (const step of steps) observer.observe(step.element);
  for (const mapSteps of byMap.values()) if (mapSteps[0]) before.observe(mapSteps[0].element);

  // A step the keyboard reaches (a link in it, or a step with tabindex) drives the map too.
  const onFocus = (event: FocusEvent) => {
    const element = (event.target as Element | null)?.closest?.('[data-storymap-step]');
    const step = element ? stepOf.get(element as HTMLElement) : undefined;
    if (step) drive(step);
  };
  root.addEventListener('focusin', onFocus);
  return () => {
    observer.disconnect();
    before.disconnect();
    root.removeEventListener('focusin', onFocus);
    for (const stop of stops) stop();
  };
}

/**
 * Makes `block` sticky while `steps` pass over it as cards. The map tells where its map pane sits
 * in its page (`mapTop` in `storymap:ready`): the block sticks that far above the viewport's top,
 * so the map itself, not the story's title, stays in view; and the last card leaves room for the
 * block to stay stuck until it has passed. Styles go through the CSSOM only (custom properties).
 */
function keepInView(map: Element, block: HTMLElement, steps: readonly Step[]): () => void {
  block.setAttribute('data-storymap-sticky', '');
  for (const step of steps) step.element.setAttribute('data-storymap-card', '');
  steps.at(-1)?.element.setAttribute('data-storymap-card', 'last');
  const section = block.parentElement;
  // Its own block formatting context: the last card's margin stays inside it (no collapsing
  // through), so the map stays stuck until that card has passed.
  section?.setAttribute('data-storymap-section', '');
  let offset = 0;
  const place = () => {
    const frame = frameOf(map);
    const frameTop = frame
      ? frame.getBoundingClientRect().top - block.getBoundingClientRect().top
      : 0;
    const top = Math.max(0, Math.round(frameTop + offset));
    block.style.setProperty('--storymap-sticky-top', `${-top}px`);
    section?.style.setProperty('--storymap-sticky-height', `${block.offsetHeight - top}px`);
  };
  const stopAnswers = onMessage(map, (answer) => {
    if (answer.type !== 'storymap:ready' || answer.mapTop === undefined) return;
    offset = answer.mapTop;
    place();
  });
  const resize = new ResizeObserver(place);
  resize.observe(block);
  return () => {
    stopAnswers();
    resize.disconnect();
  };
}
