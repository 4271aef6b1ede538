/**
 * A small seeded generator (mulberry32) whose whole state is one 32-bit number kept in the
 * game state, so that saving, replaying and branching a game never lose the random stream.
 */

/** Scrambles a user-facing seed so that nearby seeds give unrelated games. */
export function seedToRng(seed: number): number {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function scramble(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The next draw in [0, 1) and the generator's new state. */
export function nextRandom(rng: number): readonly [value: number, rng: number] {
  const next = (rng + 0x6d2b79f5) | 0;
  return [scramble(next), next >>> 0];
}

/**
 * A draw in [0, 1) that depends on the current state and a salt but does not advance it.
 * Storyline guards use it: a guard may be evaluated more than once and must not consume draws.
 */
export function peekRandom(rng: number, salt: number): number {
  return scramble((rng ^ Math.imul(salt + 1, 0x27d4eb2f)) | 0);
}

/** Turns any text (a class code, a URL parameter) into a seed. */
export function seedFromText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}
