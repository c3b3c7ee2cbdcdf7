/** Starts the app in `target`, beside the prerendered story it replaces once it is ready. */
import { mount } from 'svelte';
import App from './App.svelte';
import { PageUrl } from './app/page-url.svelte.ts';
import { pickLanguage } from './app/url-state.ts';
import { loadUiStrings } from './i18n/strings.ts';

export async function startApp(target: HTMLElement, shell: HTMLElement | null): Promise<void> {
  // The one door to the address bar, for the page's whole life.
  const url = new PageUrl(window);
  // The page's language for its whole life: switching is a new page (LanguageSwitcher's links).
  const language = pickLanguage(url.query.language, navigator.languages);
  // The story, the basemap and MapLibre are already on their way (src/boot/prefetch.ts).
  const strings = await loadUiStrings(language);
  // Set before the first render so the page never shows in the wrong language.
  document.documentElement.lang = language;
  // Anything else in the target (the no-JavaScript text of a page without a prerendered story).
  for (const child of [...target.children]) if (child !== shell) child.remove();
  mount(App, { target, props: { shell, language, strings, url } });
}
