/**
 * The first script of the page: a classic script in `<head>`, run before the first paint (a
 * module runs only after parsing, too late), so the prerendered story in `#app` paints in the
 * reader's layout and theme instead of jumping when the app starts:
 * - `data-embed` on `<html>` in embed mode (`?embed=1`), which the page layout reads;
 * - `data-theme`: `?theme=`, else the system's preference (the app keeps it up to date);
 * - `data-other-story` when `?story=` names another story than the prerendered one
 *   (`data-prerendered-story` on `<html>`), which hides the prerendered one.
 *
 * Self-contained on purpose: the build only strips its types, it bundles nothing.
 * tests/unit/boot/early.test.ts checks that it reads the query as `parseQuery` does.
 */
{
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;
  const embed = params.get('embed');
  if (embed === '1' || embed === 'true') root.dataset['embed'] = '';
  const theme = params.get('theme')?.trim().toLowerCase();
  const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset['theme'] =
    theme === 'light' || theme === 'dark' ? theme : prefersDark ? 'dark' : 'light';
  const story = params.get('story')?.trim();
  const prerendered = root.dataset['prerenderedStory'];
  if (story && prerendered && story !== prerendered) root.dataset['otherStory'] = '';
}
