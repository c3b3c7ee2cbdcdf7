/** Narrowing parsed JSON values, for checks that must not trust a file's shape. */

/** `true` for a JSON object (not null, not a list). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The items of a list, or none when the value is not a list. */
export function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
