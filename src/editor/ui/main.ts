/** The editor page's entry (editor.html); never imported by the reader. */
import { mount } from 'svelte';
import EditorApp from './EditorApp.svelte';
import './editor.css';

const target = document.getElementById('editor');
if (!target) throw new Error('editor.html has no #editor element');
mount(EditorApp, { target });
