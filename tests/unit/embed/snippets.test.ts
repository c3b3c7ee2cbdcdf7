import { describe, expect, it } from 'vitest';
import {
  EMBED_SANDBOX,
  iframeSnippet,
  pymSnippet,
  scrollySnippet,
  sidechainSnippet,
  stepOfView,
} from '../../../src/embed/snippets.ts';

const options = {
  src: 'https://maps.example.com/index.html?story=ncg-2024&embed=1#place=seoul-mnd',
  appRoot: 'https://maps.example.com/',
  title: 'Map: "Talks" & drills </script>',
  storyId: 'ncg-2024',
};

describe('iframeSnippet', () => {
  it('has a title, lazy loading, full width and the sandbox, with attributes escaped', () => {
    const snippet = iframeSnippet(options);
    expect(snippet).toContain(
      'src="https://maps.example.com/index.html?story=ncg-2024&amp;embed=1#place=seoul-mnd"',
    );
    expect(snippet).toContain('title="Map: &quot;Talks&quot; &amp; drills &lt;/script>"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain(`sandbox="${EMBED_SANDBOX}"`);
  });
});

describe('pymSnippet', () => {
  it('loads pym.js from the map’s own site and passes title and sandbox to pym.Parent', () => {
    const snippet = pymSnippet(options);
    expect(snippet).toContain('<div id="story-map-ncg-2024"></div>');
    expect(snippet).toContain(
      '<script src="https://maps.example.com/embed/pym.v1.min.js"></script>',
    );
    expect(snippet).toContain(
      'new pym.Parent("story-map-ncg-2024", "https://maps.example.com/index.html?story=ncg-2024&embed=1#place=seoul-mnd"',
    );
    // A title cannot close the inline script early.
    expect(snippet).not.toContain('drills </script>');
    expect(snippet).toContain('\\u003c/script>');
  });
});

describe('sidechainSnippet', () => {
  it('loads Sidechain from the map’s own site and names its iframe', () => {
    const snippet = sidechainSnippet(options);
    expect(snippet).toContain(
      '<script src="https://maps.example.com/embed/sidechain.js"></script>',
    );
    expect(snippet).toContain(
      '<side-chain src="https://maps.example.com/index.html?story=ncg-2024&amp;embed=1',
    );
    expect(snippet).toContain('.iframe.title = "Map: \\"Talks\\" & drills \\u003c/script>";');
  });
});

describe('scrollySnippet', () => {
  it('wraps the pym.js code and an example step in one section, then loads embed/storymap.js', () => {
    const snippet = scrollySnippet({ ...options, step: 'event:ncg-3' });
    const lines = snippet.split('\n');
    expect(lines[0]).toBe('<section>');
    expect(snippet).toContain(pymSnippet(options));
    expect(snippet).toContain('<p data-storymap-step="event:ncg-3" tabindex="0">');
    expect(lines.at(-2)).toBe('</section>');
    expect(lines.at(-1)).toBe('<script src="https://maps.example.com/embed/storymap.js"></script>');
  });

  it('escapes the step and offers a placeholder without one', () => {
    expect(scrollySnippet({ ...options, step: 'place:"x"' })).toContain(
      'data-storymap-step="place:&quot;x&quot;"',
    );
    expect(scrollySnippet(options)).toContain('data-storymap-step="event:EVENT-ID"');
  });
});

describe('stepOfView', () => {
  it('turns the view in the hash into a step', () => {
    const base = 'https://maps.example.com/index.html?story=ncg-2024#map=4/36/128';
    expect(stepOfView(`${base}&event=ncg-3`)).toBe('event:ncg-3');
    expect(stepOfView(`${base}&place=seoul-mnd`)).toBe('place:seoul-mnd');
    expect(stepOfView(`${base}&from=2024-06&to=2024-07`)).toBe('dates:2024-06/2024-07');
    expect(stepOfView(`${base}&from=2024-06`)).toBe('dates:2024-06/');
    expect(stepOfView(base)).toBeUndefined();
  });
});
