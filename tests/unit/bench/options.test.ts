import { describe, expect, it } from 'vitest';
import { DEFAULT_RUNS, parseBenchArgs, QUICK_RUNS } from '../../../scripts/bench/options.ts';

describe('parseBenchArgs', () => {
  it('measures everything with the default runs when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({
      quick: false,
      scaleOnly: false,
      skipBuild: false,
      compareOnly: false,
      trace: false,
      jsonPath: 'bench-output/bench.json',
      runs: DEFAULT_RUNS,
    });
  });

  it('runs everything once with --quick, after the -- that npm passes through', () => {
    expect(parseBenchArgs(['--', '--quick']).runs).toEqual(QUICK_RUNS);
  });

  it('measures only the scale section with --scale', () => {
    expect(parseBenchArgs(['--scale']).scaleOnly).toBe(true);
  });

  it('measures only the side-by-side section with --compare, and traces with --trace', () => {
    expect(parseBenchArgs(['--compare', '--trace'])).toMatchObject({
      compareOnly: true,
      trace: true,
      scaleOnly: false,
    });
  });

  it('refuses --scale with --compare: each leaves out the other', () => {
    expect(() => parseBenchArgs(['--scale', '--compare'])).toThrow(/exclude each other/);
  });

  it('uses --runs N for every kind of run, over --quick', () => {
    const { runs } = parseBenchArgs(['--quick', '--runs', '3']);
    expect(Object.values(runs)).toEqual([3, 3, 3, 3, 3]);
  });

  it('rejects a run count that is not a whole number above zero', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/whole number/);
    expect(() => parseBenchArgs(['--runs'])).toThrow(/whole number/);
  });

  it('names an argument it does not know', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown argument "--fast"');
  });

  it('shows the app in the language --lang names, and refuses one the app does not speak', () => {
    expect(parseBenchArgs(['--lang', 'ko']).language).toBe('ko');
    expect(parseBenchArgs([]).language).toBeUndefined();
    expect(() => parseBenchArgs(['--lang', 'fr'])).toThrow('--lang needs one of en, ko, ja');
    expect(() => parseBenchArgs(['--lang'])).toThrow('--lang needs one of en, ko, ja');
    expect(() => parseBenchArgs(['--lang', 'ko', '--compare'])).toThrow(/exclude each other/);
  });

  it('writes the JSON report where --json says', () => {
    expect(parseBenchArgs(['--json', 'out/b.json']).jsonPath).toBe('out/b.json');
  });
});
