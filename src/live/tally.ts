import type { VoteRule } from './protocol';

/**
 * How a live turn is decided, as plain functions the server calls and the tests check: the vote's
 * winner under the teacher's rule, and the class's prediction. Ties go to the earlier entry in the
 * order given (the scenario's roles, the prediction's options), so the same votes always give the
 * same decision, and a replayed session is the same game.
 */

export interface Ballot {
  /** The voter's role, or null for a student in no group. */
  readonly role: string | null;
  /** The proposal (by its role) voted for. */
  readonly choice: string;
}

function countIn(order: readonly string[], choices: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of order) counts[entry] = 0;
  for (const choice of choices) if (choice in counts) counts[choice] = (counts[choice] ?? 0) + 1;
  return counts;
}

/** The entry with the most, the earlier on a tie; null when nothing was counted. */
export function leader(order: readonly string[], counts: Readonly<Record<string, number>>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const entry of order) {
    const count = counts[entry] ?? 0;
    if (count > most) {
      best = entry;
      most = count;
    }
  }
  return best;
}

/**
 * The vote under a rule. `proposals` are the roles that proposed, in the roles' order. Under
 * `class` each ballot counts once; under `cabinet` the members of each role settle their role's
 * vote by majority, and each role then counts once (students in no role have no vote).
 */
export function decideVote(
  rule: VoteRule,
  proposals: readonly string[],
  roles: readonly string[],
  ballots: readonly Ballot[],
): { readonly winner: string | null; readonly tally: Readonly<Record<string, number>> } {
  const valid = ballots.filter((ballot) => proposals.includes(ballot.choice));
  if (rule === 'class') {
    const tally = countIn(
      proposals,
      valid.map((ballot) => ballot.choice),
    );
    return { winner: leader(proposals, tally), tally };
  }
  const roleVotes = roles.flatMap((role) => {
    const own = countIn(
      proposals,
      valid.filter((ballot) => ballot.role === role).map((ballot) => ballot.choice),
    );
    const choice = leader(proposals, own);
    return choice === null ? [] : [choice];
  });
  const tally = countIn(proposals, roleVotes);
  return { winner: leader(proposals, tally), tally };
}

/** The class's prediction: the option most students chose (null when nobody predicted). */
export function classPrediction(
  options: readonly string[],
  predictions: readonly string[],
): { readonly chosen: string | null; readonly counts: Readonly<Record<string, number>> } {
  const counts = countIn(options, predictions);
  return { chosen: leader(options, counts), counts };
}
