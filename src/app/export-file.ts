import { z } from 'zod/mini';
import type { RecordedTurn } from '../sim/replay';
import { RecordedTurnSchema } from './save-file';

/**
 * The after-action export: what a student hands in. It holds the seed and the decisions (so the
 * game can be replayed exactly, and nothing in it can be faked: the class-results page replays
 * it), plus predictions and answers to the discussion questions.
 */
export const EXPORT_VERSION = 1;

const ExportSchema = z.object({
  kind: z.literal('crisis-desk-export'),
  exportVersion: z.literal(EXPORT_VERSION),
  scenarioId: z.string().check(z.minLength(1), z.maxLength(80)),
  scenarioVersion: z.string().check(z.maxLength(40)),
  seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  predictions: z.boolean(),
  turns: z.array(RecordedTurnSchema).check(z.maxLength(200)),
  ending: z.nullable(z.object({ id: z.string().check(z.maxLength(80)), turn: z.int().check(z.minimum(1), z.maximum(200)) })),
  answers: z.array(z.string().check(z.maxLength(1500))).check(z.maxLength(30)),
  player: z.optional(z.string().check(z.maxLength(60))),
  classCode: z.optional(z.string().check(z.maxLength(40))),
  exportedAt: z.string().check(z.maxLength(40)),
});

export interface ExportFile {
  readonly kind: 'crisis-desk-export';
  readonly exportVersion: typeof EXPORT_VERSION;
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seed: number;
  readonly predictions: boolean;
  readonly turns: readonly RecordedTurn[];
  readonly ending: { readonly id: string; readonly turn: number } | null;
  readonly answers: readonly string[];
  readonly player?: string | undefined;
  readonly classCode?: string | undefined;
  readonly exportedAt: string;
}

export type ExportReading =
  | { readonly ok: true; readonly file: ExportFile }
  | { readonly ok: false; readonly problem: 'corrupt' | 'too-new' | 'wrong-kind' };

export const MAX_EXPORT_BYTES = 500_000;

export function readExport(text: string): ExportReading {
  if (text.length > MAX_EXPORT_BYTES) return { ok: false, problem: 'corrupt' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (data === null || typeof data !== 'object' || (data as { kind?: unknown }).kind !== 'crisis-desk-export') {
    return { ok: false, problem: 'wrong-kind' };
  }
  const version = (data as { exportVersion?: unknown }).exportVersion;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, problem: 'too-new' };
  const parsed = ExportSchema.safeParse(data);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problem: 'corrupt' };
}

export function writeExport(file: Omit<ExportFile, 'kind' | 'exportVersion'>): string {
  const full: ExportFile = { kind: 'crisis-desk-export', exportVersion: EXPORT_VERSION, ...file };
  return `${JSON.stringify(full, null, 2)}\n`;
}

/** A file name a teacher can sort: scenario, player, date, ending turn. */
export function exportFileName(file: Pick<ExportFile, 'scenarioId' | 'player' | 'exportedAt' | 'turns'>): string {
  const player = (file.player ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30);
  return `crisis-desk-${file.scenarioId}${player === '' ? '' : `-${player}`}-${file.exportedAt.slice(0, 10)}-t${file.turns.length}.json`;
}
