/**
 * The editor's core: the story document, its files, ids, import and export. Pure TypeScript that
 * runs in the browser editor, the editor's server and `npm run import` alike.
 */
export * from './document.ts';
export * from './ids.ts';
export * from './import-table.ts';
export * from './import-places.ts';
export * from './export.ts';
