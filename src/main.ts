import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './ui/global.css';
import './ui/static-story.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) {
  target.replaceChildren();
  mount(App, { target });
}
