import { describe, expect, it } from 'vitest';
import {
  EMBED_SANDBOX,
  iframeSnippet,
  pymSnippet,
  sidechainSnippet,
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
