import { describe, expect, it } from 'vitest';
import { buildLabels, DEFAULT_BASEMAP_OPTIONS } from '../../../scripts/basemap/build.ts';
import { countryNames } from '../../../scripts/basemap/country-names.ts';
import { topology50m } from './real-data.ts';

const labels = buildLabels(topology50m, DEFAULT_BASEMAP_OPTIONS.labels);
const propertiesOf = (name: string) =>
  labels.features.find((feature) => feature.properties.name === name)?.properties;

describe('country names in Korean and Japanese (real world-atlas 50m countries)', () => {
  it('names every labelled country in both languages', () => {
    const missing = labels.features
      .filter((feature) => !feature.properties.name_ko || !feature.properties.name_ja)
      .map((feature) => feature.properties.name);
    expect(missing).toEqual([]);
  });

  it('names the story’s countries as their readers write them', () => {
    expect(propertiesOf('South Korea')).toMatchObject({ name_ko: '대한민국', name_ja: '韓国' });
    expect(propertiesOf('Japan')).toMatchObject({ name_ko: '일본', name_ja: '日本' });
    expect(propertiesOf('United States of America')).toMatchObject({
      name_ko: '미국',
      name_ja: 'アメリカ合衆国',
    });
    expect(propertiesOf('Singapore')).toMatchObject({
      name_ko: '싱가포르',
      name_ja: 'シンガポール',
    });
  });

  it('corrects the package’s misspellings and formal names', () => {
    expect(propertiesOf('Portugal')?.name_ko).toBe('포르투갈');
    expect(propertiesOf('Russia')).toMatchObject({ name_ko: '러시아', name_ja: 'ロシア' });
    expect(propertiesOf('China')?.name_ja).toBe('中国');
  });

  it('does not label islands filed under Australia’s code as Australia', () => {
    expect(propertiesOf('Ashmore and Cartier Is.')?.name_ko).not.toBe('호주');
    expect(propertiesOf('Australia')?.name_ko).toBe('호주');
  });

  it('names places that have no ISO code by their English name', () => {
    expect(countryNames(null, 'Kosovo')).toEqual({ name_ko: '코소보', name_ja: 'コソボ' });
    expect(countryNames(null, 'Atlantis')).toBeNull();
  });
});
