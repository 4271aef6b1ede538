// zod/mini: the same validation in a few kilobytes, so that reading a save does not pull the
// full schema library into the game's main bundle.
import { z } from 'zod/mini';
import type { RecordedTurn } from '../sim/replay';

/**
 * A saved game is its seed and decisions, not its state: replaying them through the flow gives
 * the same game, and a save survives any change to how the state is stored.
 */
export const SAVE_VERSION = 1;

/** One recorded turn, as saves and exports store it. */
const text = (max: number) => z.string().check(z.maxLength(max));

export const RecordedTurnSchema = z.object({
  decisions: z.array(text(80)).check(z.maxLength(20)),
  prediction: z.nullable(z.object({ option: text(80), reason: text(280) })),
});

const SaveSchema = z.object({
  kind: z.literal('crisis-desk-save'),
  saveVersion: z.literal(SAVE_VERSION),
  scenarioId: text(80).check(z.minLength(1)),
  scenarioVersion: text(40),
  seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  predictions: z.boolean(),
  turns: z.array(RecordedTurnSchema).check(z.maxLength(200)),
  name: z.optional(text(40)),
  savedAt: z.optional(text(40)),
  ended: z.optional(z.boolean()),
  answers: z.optional(z.array(text(1500)).check(z.maxLength(20))),
  player: z.optional(text(60)),
});

export interface SaveFile {
  readonly kind: 'crisis-desk-save';
  readonly saveVersion: typeof SAVE_VERSION;
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly seed: number;
  readonly predictions: boolean;
  readonly turns: readonly RecordedTurn[];
  /** For named slots: what the player called it and when. */
  readonly name?: string | undefined;
  readonly savedAt?: string | undefined;
  /** A finished game is kept, with the debrief answers typed so far, until a new game replaces it. */
  readonly ended?: boolean | undefined;
  readonly answers?: readonly string[] | undefined;
  readonly player?: string | undefined;
}

export type SaveReading =
  | { readonly ok: true; readonly save: SaveFile }
  | { readonly ok: false; readonly problem: 'corrupt' | 'too-old' | 'too-new' | 'wrong-kind' };

export function readSave(text: string): SaveReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (data === null || typeof data !== 'object' || (data as { kind?: unknown }).kind !== 'crisis-desk-save') {
    return { ok: false, problem: 'wrong-kind' };
  }
  const version = (data as { saveVersion?: unknown }).saveVersion;
  if (typeof version === 'number' && version > SAVE_VERSION) return { ok: false, problem: 'too-new' };
  // Version 1 is the first format players ever had. When it changes, the step that upgrades a
  // version-1 save belongs here, before the schema; until then an older number is not ours to guess at.
  if (typeof version === 'number' && version < SAVE_VERSION) return { ok: false, problem: 'too-old' };
  const parsed = SaveSchema.safeParse(data);
  return parsed.success ? { ok: true, save: parsed.data } : { ok: false, problem: 'corrupt' };
}

export function writeSave(save: Omit<SaveFile, 'kind' | 'saveVersion'>): string {
  const file: SaveFile = { kind: 'crisis-desk-save', saveVersion: SAVE_VERSION, ...save };
  return JSON.stringify(file);
}
