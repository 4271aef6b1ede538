// zod/mini, like the records: small, and loaded by the server only.
import { z } from 'zod/mini';
import { LIMITS } from '../engine/limits';
import { CODE_PATTERN } from './protocol';

/**
 * What a client may send, as the server reads it: the join request and every message. Strict
 * objects: an unknown field, an oversized note or a wrong type is refused, never half-used.
 */

const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.recordId), z.regex(/^[A-Za-z0-9_.-]+$/));
/** A secret a browser keeps for its seat (or the teacher's key): it never leaves the server once hashed. */
const secret = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/));

export const SessionSetupSchema = z.strictObject({
  scenarioId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,59}$/)),
  mode: z.nullable(z.string().check(z.regex(/^[a-z][a-z0-9_]{0,47}$/))),
  seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  predictions: z.boolean(),
  rule: z.enum(['class', 'cabinet']),
});
export type SessionSetup = z.infer<typeof SessionSetupSchema>;

export const JoinOptionsSchema = z.strictObject({
  protocol: z.number(),
  code: z.string().check(z.regex(CODE_PATTERN)),
  /** The browser's seat key: the same key gets the same seat back after a reload or a lost connection. */
  seat: secret,
  name: z.optional(z.string().check(z.maxLength(LIMITS.liveName))),
  /** The teacher's key, and the setup when the teacher opens a new session. */
  teacher: z.optional(secret),
  setup: z.optional(SessionSetupSchema),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;

/** Every message a client may send, as one `act` message: the server reads it through this union. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('role'), role: z.nullable(id) }),
  z.strictObject({
    type: z.literal('propose'),
    actions: z.array(id).check(z.maxLength(LIMITS.decisionsPerTurn)),
    answers: z.record(id, id),
    note: z.string().check(z.maxLength(LIMITS.liveNote)),
  }),
  z.strictObject({ type: z.literal('vote'), role: id }),
  z.strictObject({ type: z.literal('predict'), option: id }),
  // The teacher's controls.
  z.strictObject({ type: z.literal('open-vote'), seconds: z.int().check(z.minimum(10), z.maximum(LIMITS.liveVoteMaxSeconds)) }),
  z.strictObject({ type: z.literal('extend') }),
  z.strictObject({ type: z.literal('close-vote') }),
  z.strictObject({ type: z.literal('reveal') }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('rule'), rule: z.enum(['class', 'cabinet']) }),
  z.strictObject({ type: z.literal('end') }),
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;
