/**
 * Loading the page's story: the site's index, the story the URL names, the reader's state for it
 * (starting from the URL's hash), and the Korean/Japanese fonts its labels need.
 */
import { prefetchedStory } from '../boot/prefetch.ts';
import { cjkLanguagesFor, loadCjkFonts, type CjkFont } from '../fonts/cjk-fonts.ts';
import { registerPageFonts } from '../fonts/page-fonts.ts';
import { indexStory } from '../story/queries.ts';
import { storyText } from '../story/text.ts';
import type { LanguageCode } from '../story/types.ts';
import { fetchPageStory, type PageStory } from './fetch-story.ts';
import type { PageUrl } from './page-url.svelte.ts';
import { ReaderState } from './reader.svelte.ts';
import { parseHashRange, parseHashSelection } from './url-state.ts';

export class PageLoad {
  /** The story and the site's other stories, or what is wrong; null until fetched. */
  loaded = $state.raw<PageStory | null>(null);
  /** The reader's state, once there is a story. */
  reader = $state.raw<ReaderState | null>(null);
  /** Korean/Japanese fonts for this page (none for English); the map waits for the list. */
  cjkFonts = $state.raw<CjkFont[] | null>(null);
  /** The story is ready to draw (or its error to show): a stand-in for it can go. */
  readonly ready = $derived.by(
    () => this.loaded !== null && (!this.loaded.result.story || this.cjkFonts !== null),
  );

  readonly #url: PageUrl;
  readonly #language: LanguageCode;

  constructor(url: PageUrl, language: LanguageCode) {
    this.#url = url;
    this.#language = language;
  }

  async load(): Promise<void> {
    const language = this.#language;
    // The reader's own fonts start loading with the story (dynamic imports are fetched once).
    void loadCjkFonts(cjkLanguagesFor(language, language));
    const { storyId } = this.#url.query;
    const page = await (prefetchedStory(document.baseURI, storyId, language) ??
      fetchPageStory(document.baseURI, storyId, language));
    const story = page.result.story;
    if (story) {
      const { hash } = this.#url;
      this.reader = new ReaderState(indexStory(story), this.#url, {
        selection: parseHashSelection(hash),
        range: parseHashRange(hash),
      });
    }
    this.loaded = page;
    if (!story) return;
    document.title = storyText(story, 'title', language).text;
    const fonts = await loadCjkFonts(cjkLanguagesFor(language, story.language));
    registerPageFonts(fonts);
    this.cjkFonts = fonts;
  }

  /** Back, Forward or an edited link: the reader follows what the URL now says. */
  follow(): void {
    const { hash } = this.#url;
    this.reader?.follow(parseHashSelection(hash), parseHashRange(hash));
  }
}
