/** The phase of the turn flow, read from a snapshot's state value without depending on its shape elsewhere. */
export type TurnPhase = 'decision' | 'predicting' | 'resolution' | 'ended';

const PHASES: readonly unknown[] = ['decision', 'predicting', 'resolution', 'ended'] satisfies TurnPhase[];

export function turnPhase(snapshot: { readonly value: unknown }): TurnPhase {
  // 'starting' is left at once (an eventless transition): a snapshot never rests there.
  return PHASES.includes(snapshot.value) ? (snapshot.value as TurnPhase) : 'decision';
}
