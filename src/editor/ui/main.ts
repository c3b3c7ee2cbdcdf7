/** The editor page's entry (editor.html); never imported by the reader. */
import { mount } from 'svelte';
import EditorApp from './EditorApp.svelte';
// The editor's own text in every language it speaks, whatever fonts the computer has.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-jp/400.css';
import './editor.css';
import './editor-forms.css';

const target = document.getElementById('editor');
if (!target) throw new Error('editor.html has no #editor element');
mount(EditorApp, { target });
