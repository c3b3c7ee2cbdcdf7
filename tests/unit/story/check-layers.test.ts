import { describe, expect, it } from 'vitest';
import { explainLayerFileName } from '../../../src/story/check-layers.ts';

describe('explainLayerFileName', () => {
  it('accepts plain GeoJSON file names', () => {
    expect(explainLayerFileName('seoul.geojson')).toBeUndefined();
    expect(explainLayerFileName('seoul.json')).toBeUndefined();
  });

  it('rejects folders, parent references, addresses and other extensions', () => {
    expect(explainLayerFileName('../seoul.geojson')).toContain('must not contain ".."');
    expect(explainLayerFileName('data\\seoul.geojson')).toContain('write "seoul.geojson"');
    expect(explainLayerFileName('https://x.example/seoul.geojson')).toContain(
      'without folders or addresses',
    );
    expect(explainLayerFileName('seoul.kml')).toContain('must end in .geojson or .json');
    expect(explainLayerFileName('story.json')).toContain('story.json cannot be a layer');
  });
});
