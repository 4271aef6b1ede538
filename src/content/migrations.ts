import { CURRENT_FORMAT } from './scenario-schema';

/**
 * Scenario format versions. A file in an older format is migrated step by step to the current
 * one before validation; a file in a newer format is refused, since its meaning is unknown.
 */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Format 1 wrote a delayed consequence as `{schedule: event, in: 2, chance: 0.5}`, where `chance`
 * meant something else than in a chance/then/else effect. Format 2 nests it:
 * `{schedule: {event: event, in: 2, chance: 0.5}}`.
 */
function nestSchedules(effect: unknown): unknown {
  if (!isRecord(effect)) return effect;
  const next: Data = { ...effect };
  if (typeof next.schedule === 'string') {
    const schedule: Data = { event: next.schedule };
    if (next.in !== undefined) schedule.in = next.in;
    if (next.chance !== undefined) schedule.chance = next.chance;
    delete next.in;
    delete next.chance;
    next.schedule = schedule;
  }
  for (const branch of ['then', 'else']) {
    if (Array.isArray(next[branch])) next[branch] = (next[branch] as unknown[]).map(nestSchedules);
  }
  return next;
}

function mapEffects(items: unknown, keys: readonly string[]): unknown {
  if (!Array.isArray(items)) return items;
  return (items as unknown[]).map((item) => {
    if (!isRecord(item)) return item;
    const next: Data = { ...item };
    for (const key of keys) if (Array.isArray(next[key])) next[key] = (next[key] as unknown[]).map(nestSchedules);
    return next;
  });
}

function formatOneToTwo(data: Data): Data {
  const next: Data = { ...data, actions: mapEffects(data.actions, ['effects']), events: mapEffects(data.events, ['effects']) };
  if (Array.isArray(data.storylines)) {
    next.storylines = (data.storylines as unknown[]).map((line) =>
      isRecord(line) ? { ...line, states: mapEffects(line.states, ['entry']) } : line,
    );
  }
  return next;
}

/**
 * Format 3 only adds (hands, decision events, files, marks, epilogues, modes, text variants, place
 * roles, the player, the map view, chances as expressions), each with a default that keeps a
 * format-2 file playing as it did: every open option is offered, as a menu.
 */
const formatTwoToThree: Migration = (data) => data;

/** MIGRATIONS[n] turns a format-n file into a format-(n+1) file. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: formatOneToTwo, 2: formatTwoToThree };

export type MigrationOutcome =
  | { readonly kind: 'current'; readonly data: unknown }
  | { readonly kind: 'migrated'; readonly data: unknown; readonly from: number }
  | { readonly kind: 'too-new'; readonly format: number }
  | { readonly kind: 'unknown'; readonly format: number }
  | { readonly kind: 'missing' };

export function migrate(data: unknown): MigrationOutcome {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'missing' };
  const format = (data as { format?: unknown }).format;
  if (typeof format !== 'number' || !Number.isInteger(format)) return { kind: 'missing' };
  if (format > CURRENT_FORMAT) return { kind: 'too-new', format };
  if (format === CURRENT_FORMAT) return { kind: 'current', data };
  let current = data as Record<string, unknown>;
  for (let version = format; version < CURRENT_FORMAT; version += 1) {
    const step = MIGRATIONS[version];
    if (step === undefined) return { kind: 'unknown', format };
    current = { ...step(current), format: version + 1 };
  }
  return { kind: 'migrated', data: current, from: format };
}
