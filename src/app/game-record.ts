// zod/mini: the same validation in a few kilobytes, so that reading a save does not pull the
// full schema library into the game's main bundle.
import { z } from 'zod/mini';
import { LIMITS } from '../engine/limits';

/**
 * A game as the browser keeps it (a save) and as a student hands it in (an export): its seed and
 * its decisions, never its state. Replaying the decisions gives the same game, so a record
 * survives any change to how the state is stored, and nothing in an export can be faked. Both
 * files are built from the one shape below; their types are inferred from it.
 */

const text = (max: number) => z.string().check(z.maxLength(max));

/** One recorded turn: what the player chose, and what they predicted. */
export const RecordedTurnSchema = z.object({
  decisions: z.readonly(z.array(text(LIMITS.recordId)).check(z.maxLength(LIMITS.decisionsPerTurn))),
  answers: z.optional(z.readonly(z.record(text(LIMITS.recordId), text(LIMITS.recordId)))),
  prediction: z.nullable(z.object({ option: text(LIMITS.recordId), reason: text(LIMITS.predictionReason) })),
});
export type RecordedTurn = z.infer<typeof RecordedTurnSchema>;

/**
 * Answers to the discussion questions, by question. A question left blank may be written as an
 * empty string or as null (the game wrote null for skipped questions until December 2026, and
 * those files must still be read): either way it is read back as an empty answer.
 */
const AnswersSchema = z.readonly(
  z
    .array(
      z.pipe(
        z.nullable(text(LIMITS.answer)),
        z.transform((answer: string | null) => answer ?? ''),
      ),
    )
    .check(z.maxLength(LIMITS.answers)),
);

/** An answer list with no holes or nulls: what the panels keep, and what a record is written with. */
export function denseAnswers(answers: readonly (string | null | undefined)[]): string[] {
  return Array.from({ length: Math.min(answers.length, LIMITS.answers) }, (_, index) => (answers[index] ?? '').slice(0, LIMITS.answer));
}

const gameFields = {
  scenarioId: text(LIMITS.recordId).check(z.minLength(1)),
  scenarioVersion: text(LIMITS.recordStamp),
  seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  predictions: z.boolean(),
  turns: z.readonly(z.array(RecordedTurnSchema).check(z.maxLength(LIMITS.recordTurns))),
  player: z.optional(text(LIMITS.playerName)),
  /** The length of game; absent in records from before modes existed (they are the scenario's first). */
  mode: z.optional(text(LIMITS.recordId)),
  /** The part of the cabinet the player's group played, in a class that plays in roles. */
  role: z.optional(text(LIMITS.recordId)),
};

export const SAVE_VERSION = 1;
export const EXPORT_VERSION = 1;

const SaveSchema = z.object({
  kind: z.literal('crisis-desk-save'),
  saveVersion: z.literal(SAVE_VERSION),
  ...gameFields,
  /** For named slots: what the player called it and when. */
  name: z.optional(text(LIMITS.slotName)),
  savedAt: z.optional(text(LIMITS.recordStamp)),
  /** A finished game is kept, with the debrief answers typed so far, until a new game replaces it. */
  ended: z.optional(z.boolean()),
  answers: z.optional(AnswersSchema),
});

const ExportSchema = z.object({
  kind: z.literal('crisis-desk-export'),
  exportVersion: z.literal(EXPORT_VERSION),
  ...gameFields,
  ending: z.nullable(z.object({ id: text(LIMITS.recordId), turn: z.int().check(z.minimum(1), z.maximum(LIMITS.recordTurns)) })),
  answers: AnswersSchema,
  classCode: z.optional(text(LIMITS.classCode)),
  exportedAt: text(LIMITS.recordStamp),
});

export type SaveFile = z.infer<typeof SaveSchema>;
export type ExportFile = z.infer<typeof ExportSchema>;
/** What the game fills in; the envelope (kind and version) is added when the file is written. */
export type SaveContent = Omit<SaveFile, 'kind' | 'saveVersion'>;
export type ExportContent = Omit<ExportFile, 'kind' | 'exportVersion'>;

export type RecordProblem = 'corrupt' | 'too-old' | 'too-new' | 'wrong-kind' | 'too-large';
export type Reading<T> = { readonly ok: true; readonly file: T } | { readonly ok: false; readonly problem: RecordProblem };

function readRecord<T>(
  text: string,
  kind: string,
  versionKey: 'saveVersion' | 'exportVersion',
  current: number,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } },
): Reading<T> {
  if (text.length > LIMITS.exportBytes) return { ok: false, problem: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (data === null || typeof data !== 'object' || (data as { kind?: unknown }).kind !== kind) return { ok: false, problem: 'wrong-kind' };
  const version = (data as Record<string, unknown>)[versionKey];
  if (typeof version === 'number' && version > current) return { ok: false, problem: 'too-new' };
  // Version 1 is the first format players ever had. When it changes, the step that upgrades a
  // version-1 record belongs here, before the schema; until then an older number is not ours to guess at.
  if (typeof version === 'number' && version < current) return { ok: false, problem: 'too-old' };
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problem: 'corrupt' };
}

export const readSave = (text: string): Reading<SaveFile> => readRecord(text, 'crisis-desk-save', 'saveVersion', SAVE_VERSION, SaveSchema);

export const readExport = (text: string): Reading<ExportFile> =>
  readRecord(text, 'crisis-desk-export', 'exportVersion', EXPORT_VERSION, ExportSchema);

export function writeSave(save: SaveContent): string {
  const answers = save.answers === undefined ? {} : { answers: denseAnswers(save.answers) };
  return JSON.stringify({ kind: 'crisis-desk-save', saveVersion: SAVE_VERSION, ...save, ...answers });
}

export function writeExport(file: ExportContent): string {
  return `${JSON.stringify({ kind: 'crisis-desk-export', exportVersion: EXPORT_VERSION, ...file, answers: denseAnswers(file.answers) }, null, 2)}\n`;
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
