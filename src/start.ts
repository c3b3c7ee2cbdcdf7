/** Starts the app in `target`, beside the prerendered story it replaces once it is ready. */
import { mount } from 'svelte';
import App from './App.svelte';

export function startApp(target: HTMLElement, shell: HTMLElement | null): void {
  // Anything else in the target (the no-JavaScript text of a page without a prerendered story).
  for (const child of [...target.children]) if (child !== shell) child.remove();
  mount(App, { target, props: { shell } });
}
