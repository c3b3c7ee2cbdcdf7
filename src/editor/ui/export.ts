/** Downloads of the story: the folder as a zip, the events as CSV (made by the editor core). */
import { exportEventsCsv, exportZip, type StoryDocument } from './core-api.ts';

function download(data: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadZip(doc: StoryDocument, storyId: string): void {
  download(exportZip(doc, storyId) as BlobPart, 'application/zip', `${storyId}.zip`);
}

export function downloadEventsCsv(doc: StoryDocument, storyId: string): void {
  download(exportEventsCsv(doc), 'text/csv;charset=utf-8', `${storyId}-events.csv`);
}
