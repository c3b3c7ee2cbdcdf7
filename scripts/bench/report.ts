/** Printing the bench's figures as plain-text tables. Pure: strings in, strings out. */
import type { Budget, Figure, Unit } from './budgets.ts';
import { ASSET_GROUPS, type GroupedAsset } from './requests.ts';

/** A figure's value in its unit: `47.4 KB`, `1,234 ms`, `1.05×`, `3`, `0.039`. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'bytes':
      return value >= 10_000_000
        ? `${(value / 1_000_000).toFixed(1)} MB`
        : `${(value / 1000).toFixed(1)} KB`;
    case 'ms':
      return `${Math.round(value).toLocaleString('en-US')} ms`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'count':
      return String(Math.round(value));
    case 'score':
      return String(Math.round(value * 1000) / 1000);
  }
}

/** A budget as printed: `≤ 60.0 KB`, `≥ 95`. */
export function formatBudget(budget: Budget): string {
  return `${budget.kind === 'at-most' ? '≤' : '≥'} ${formatValue(budget.limit, budget.unit)}`;
}

/** Pads cells to column widths; the last column is not padded. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const VERDICT_TEXT: Record<Figure['verdict'], string> = {
  pass: 'pass',
  fail: 'FAIL',
  'n/a': 'n/a',
  record: '',
};

/** A section of figures: label, measured median, budget, verdict, note. */
export function formatFigures(title: string, figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.label,
    figure.value === null
      ? `n/a (${figure.missing ?? 'not measured'})`
      : formatValue(figure.value, figure.unit),
    figure.budget ? formatBudget(figure.budget) : '—',
    VERDICT_TEXT[figure.verdict],
    figure.note ?? '',
  ]);
  return `${title}\n${formatTable([['figure', 'measured', 'budget', 'verdict', 'note'], ...rows])}`;
}

/**
 * Every asset with its raw and gzip size, group by group, with a total per group. Assets that
 * were not requested are summed per folder and extension, not listed one by one (the fonts
 * alone are dozens of files); the JSON report lists each of them.
 */
export function formatAssets(assets: readonly GroupedAsset[]): string {
  const rows: string[][] = [['group', 'asset', 'raw', 'gzip', 'transferred', 'requested at']];
  for (const group of ASSET_GROUPS) {
    const members = assets.filter((asset) => asset.group === group);
    if (members.length === 0) continue;
    if (group === 'not requested') {
      const kinds = new Map<string, GroupedAsset[]>();
      for (const asset of members) {
        const folder = asset.path.includes('/')
          ? asset.path.slice(0, asset.path.lastIndexOf('/') + 1)
          : '';
        const extension = /\.[^./]+$/.exec(asset.path)?.[0] ?? '';
        const key = `${folder}*${extension}`;
        kinds.set(key, [...(kinds.get(key) ?? []), asset]);
      }
      for (const [key, list] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
        rows.push([
          group,
          `${key} (${list.length} ${list.length === 1 ? 'file' : 'files'})`,
          formatValue(
            sum(list, (a) => a.rawBytes),
            'bytes',
          ),
          formatValue(
            sum(list, (a) => a.gzipBytes),
            'bytes',
          ),
          '—',
          '—',
        ]);
      }
    } else {
      for (const asset of [...members].sort(
        (a, b) => (a.firstRequestMs ?? 0) - (b.firstRequestMs ?? 0),
      )) {
        rows.push([
          group,
          asset.path,
          formatValue(asset.rawBytes, 'bytes'),
          formatValue(asset.gzipBytes, 'bytes'),
          asset.transferredBytes === null ? '—' : formatValue(asset.transferredBytes, 'bytes'),
          asset.firstRequestMs === null ? '—' : formatValue(asset.firstRequestMs, 'ms'),
        ]);
      }
    }
    rows.push([
      '',
      `total ${group}`,
      formatValue(
        sum(members, (a) => a.rawBytes),
        'bytes',
      ),
      formatValue(
        sum(members, (a) => a.gzipBytes),
        'bytes',
      ),
      group === 'not requested'
        ? '—'
        : formatValue(
            sum(members, (a) => a.transferredBytes ?? a.gzipBytes),
            'bytes',
          ),
      '',
    ]);
  }
  return formatTable(rows);
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** "median of 5 (min–max)" for a note. */
export function describeRuns(values: readonly number[], unit: Unit): string {
  if (values.length <= 1) return `${values.length} run`;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return `median of ${values.length} (${formatValue(min, unit)} – ${formatValue(max, unit)})`;
}
