/**
 * axe-core in the page under test: injects the npm package's own build and asserts that a run
 * finds no violation, printing each one readably (rule, impact, where, why) when it does.
 * Any browser test can call it, e.g. `await expectNoAxeViolations(page, 'popup open, dark')`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One violation as the helper reports it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe-core on the whole page (injecting it once) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axeSource });
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact?: string | null;
              help: string;
              helpUrl: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        summary: node.failureSummary ?? '',
      })),
    }));
  });
}

/** Violations as plain text: one paragraph per rule, one line per element. Empty for none. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  at ${node.target}\n    ${node.summary.replace(/\n/g, '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** Asserts that axe-core finds no violation on the page; `what` names the state checked. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const report = formatViolations(await axeViolations(page));
  expect(report, `axe-core violations (${what})`).toBe('');
}
