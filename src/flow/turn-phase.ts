/** The phase of the turn flow, read from a snapshot's state value without depending on its shape elsewhere. */
export type TurnPhase = 'briefing' | 'decision' | 'predicting' | 'resolution' | 'ended';

export function turnPhase(snapshot: { readonly value: unknown }): TurnPhase {
  const value = snapshot.value as { playing?: { turn?: unknown } };
  const phase = value.playing?.turn;
  return phase === 'briefing' || phase === 'decision' || phase === 'predicting' || phase === 'resolution' || phase === 'ended'
    ? phase
    : 'briefing';
}
