/**
 * The messages between an article page and the map in its iframe (docs/embedding.md, "Host-page
 * messages"): the commands a host sends, the answers the map sends back, and the article steps
 * (`data-storymap-step`) that stand for commands. Pure: every parser takes untrusted data (any
 * `postMessage` payload, any attribute) and returns a typed value or null, never throws.
 */

/** Show what the host asks for: an event, a place, a date range, or the whole story again. */
export type ShowCommand =
  | { type: 'storymap:show'; event: string }
  | { type: 'storymap:show'; place: string }
  | { type: 'storymap:show'; from?: string; to?: string }
  | { type: 'storymap:show'; reset: true };

/** Asks the map to say `storymap:ready` (again), for a host script that started after it did. */
export interface HelloCommand {
  type: 'storymap:hello';
}

export type HostCommand = ShowCommand | HelloCommand;

/** What the map tells its host page. `shown` and `error` carry the command they answer. */
export type MapAnswer =
  | { type: 'storymap:ready'; story: string; mapTop?: number }
  | ({ type: 'storymap:shown' } & ShowFields)
  | { type: 'storymap:error'; message: string; command: ShowCommand }
  | { type: 'storymap:opened'; place: string };

/** A show command's fields without its type, as `storymap:shown` echoes them. */
export type ShowFields = DistributiveOmit<ShowCommand, 'type'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Ids and dates longer than this are not ids or dates: the message is ignored. */
const MAX_VALUE_LENGTH = 200;

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function isValue(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_VALUE_LENGTH;
}

/**
 * The show command in `data`, or null. Exactly one kind per command: `event`, `place`, `reset`, or
 * `from`/`to` (either may be left out for an open end); anything else, or a mix, is not a command.
 */
export function parseShowCommand(data: unknown): ShowCommand | null {
  if (!isRecord(data) || data['type'] !== 'storymap:show') return null;
  const { event, place, from, to, reset } = data;
  const given = [event, place, reset, from ?? to].filter((value) => value !== undefined);
  if (given.length !== 1) return null;
  if (event !== undefined) return isValue(event) ? { type: 'storymap:show', event } : null;
  if (place !== undefined) return isValue(place) ? { type: 'storymap:show', place } : null;
  if (reset !== undefined) return reset === true ? { type: 'storymap:show', reset: true } : null;
  if ((from !== undefined && !isValue(from)) || (to !== undefined && !isValue(to))) return null;
  return {
    type: 'storymap:show',
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

/** A host's command in `data` (`storymap:show` or `storymap:hello`), or null for anything else. */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (isRecord(data) && data['type'] === 'storymap:hello') return { type: 'storymap:hello' };
  return parseShowCommand(data);
}

/** The command's fields, for `storymap:shown`. */
export function showFields(command: ShowCommand): ShowFields {
  const fields: Partial<ShowCommand> = { ...command };
  delete fields.type;
  return fields as ShowFields;
}

/** The map's answer in `data`, or null: what a host script listens for. */
export function parseMapAnswer(data: unknown): MapAnswer | null {
  if (!isRecord(data)) return null;
  switch (data['type']) {
    case 'storymap:ready': {
      if (!isValue(data['story'])) return null;
      const mapTop = data['mapTop'];
      const known = typeof mapTop === 'number' && Number.isFinite(mapTop) && mapTop >= 0;
      return { type: 'storymap:ready', story: data['story'], ...(known ? { mapTop } : {}) };
    }
    case 'storymap:opened':
      return isValue(data['place']) ? { type: 'storymap:opened', place: data['place'] } : null;
    case 'storymap:error': {
      const command = parseShowCommand(data['command']);
      return typeof data['message'] === 'string' && command
        ? { type: 'storymap:error', message: data['message'], command }
        : null;
    }
    case 'storymap:shown': {
      const command = parseShowCommand({ ...data, type: 'storymap:show' });
      return command ? { type: 'storymap:shown', ...showFields(command) } : null;
    }
    default:
      return null;
  }
}

/**
 * The command an article step stands for: `event:<id>`, `place:<id>`, `dates:<from>/<to>` (either
 * end may be empty: `dates:2024-06/`), or `reset`. Null for anything else.
 */
export function parseStep(value: string | null | undefined): ShowCommand | null {
  const text = value?.trim() ?? '';
  if (text === 'reset') return { type: 'storymap:show', reset: true };
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon);
  const rest = text.slice(colon + 1).trim();
  if (colon < 0 || rest === '') return null;
  if (kind === 'event') return parseShowCommand({ type: 'storymap:show', event: rest });
  if (kind === 'place') return parseShowCommand({ type: 'storymap:show', place: rest });
  if (kind !== 'dates') return null;
  const [from = '', to = '', extra] = rest.split('/').map((end) => end.trim());
  if (extra !== undefined || (from === '' && to === '')) return null;
  return parseShowCommand({
    type: 'storymap:show',
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
}

/** Whether two commands ask for the same thing (a step passed twice is sent once). */
export function sameCommand(a: ShowCommand | null, b: ShowCommand | null): boolean {
  return (
    a !== null && b !== null && JSON.stringify(showFields(a)) === JSON.stringify(showFields(b))
  );
}

/**
 * The origin the map answers its parent at, before the parent has sent anything: the first of
 * `location.ancestorOrigins` (Chromium, Safari), else the referrer's origin (Firefox). Null when
 * neither tells it, or the parent is opaque ("null"): then the map answers only a message's own
 * origin. Never "*": the answers would go to whatever page framed the map.
 */
export function parentOrigin(
  ancestorOrigins: ArrayLike<string> | undefined,
  referrer: string,
): string | null {
  const first = ancestorOrigins?.[0];
  if (first !== undefined) return first === 'null' ? null : first;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
