import { CURRENT_FORMAT } from './scenario-schema';

/**
 * Scenario format versions. A file in an older format is migrated step by step to the current
 * one before validation; a file in a newer format is refused, since its meaning is unknown.
 */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a format-n file into a format-(n+1) file. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
