import type { GameState, Happening, Localized, Scenario } from '../engine';
import { actionById, eventById, responseOf, storylineById, storylineStateById, turnDate } from '../engine';

/** Scenario text in its first language: the designer's own words, for a terminal. */
const first = (text: Localized | undefined): string => (text === undefined ? '' : (Object.values(text)[0] ?? ''));

function changesOf(scenario: Scenario, happening: Happening): string {
  const parts = happening.changes.flatMap((change) => {
    if (change.kind === 'meter') return [`${change.meter} ${change.from}->${change.to}`];
    if (change.kind === 'flag') return [`${change.flag}=${String(change.to)}`];
    if (change.kind === 'capital') return [`capital ${change.delta > 0 ? '+' : ''}${change.delta}`];
    return [`schedules ${change.event} for turn ${change.dueTurn}`];
  });
  const odds =
    happening.trigger !== undefined && happening.trigger.chance < 1 ? [`odds ${Math.round(happening.trigger.chance * 100)}%`] : [];
  void scenario;
  return [...parts, ...odds].join(', ');
}

function line(scenario: Scenario, happening: Happening): string {
  const { what } = happening;
  const effects = changesOf(scenario, happening);
  const tail = effects === '' ? '' : `  [${effects}]`;
  switch (what.kind) {
    case 'action':
      return `    chose   ${what.id}: ${first(actionById(scenario, what.id).title)}${tail}`;
    case 'event':
      return `    event   ${what.id}: ${first(eventById(scenario, what.id).title)}${tail}`;
    case 'storyline': {
      const state = storylineStateById(storylineById(scenario, what.id), what.state);
      const from = happening.trigger?.from === undefined ? '' : `${happening.trigger.from} -> `;
      return `    story   ${what.id}: ${from}${what.state} (${first(state.label)})${tail}`;
    }
    case 'response': {
      const defaulted = happening.cause.kind === 'response' && happening.cause.defaulted;
      return `    answer  ${what.event}: ${what.response}${defaulted ? ' (default, no answer given)' : ''}: ${first(responseOf(scenario, what.event, what.response)?.title)}${tail}`;
    }
    case 'ending':
      return `    ENDING  ${what.id}`;
  }
}

/**
 * One game, turn by turn, for a designer at a terminal: the storyline moves and news of each
 * morning, the questions asked, the hand dealt, what was chosen and answered, the reactions, and
 * the meters after. The same seed and policy always print the same trace.
 */
export function traceToText(scenario: Scenario, game: GameState): string {
  const lines = [`${scenario.id} ${scenario.version}, seed ${game.seed}, mode ${game.mode} (${game.lastTurn} turns)`];
  for (const record of game.turns) {
    lines.push('', `Turn ${record.turn}, ${turnDate(scenario, game, record.turn)}`);
    const happenings = game.chronicle.filter((happening) => happening.turn === record.turn);
    for (const happening of happenings.filter((h) => h.phase === 'briefing')) lines.push(line(scenario, happening));
    const asked = happenings.flatMap((h) =>
      h.what.kind === 'event' && eventById(scenario, h.what.id).decision !== null ? [h.what.id] : [],
    );
    if (asked.length > 0) lines.push(`    asked   ${asked.join(', ')}`);
    lines.push(`    dealt   ${record.offered.join(', ') || '(nothing)'}`);
    lines.push(
      `    decided ${record.decisions.join(', ') || '(nothing)'}${
        Object.keys(record.answers).length === 0
          ? ''
          : `; answered ${Object.entries(record.answers)
              .map(([event, response]) => `${event}=${response}`)
              .join(', ')}`
      }`,
    );
    for (const happening of happenings.filter((h) => h.phase === 'resolution')) lines.push(line(scenario, happening));
    lines.push(
      `    meters  ${Object.entries(record.metersAfter)
        .map(([id, value]) => `${id} ${value}`)
        .join(', ')}`,
    );
  }
  lines.push('', game.ending === null ? 'No ending.' : `Ended on turn ${game.ending.turn}: ${game.ending.id}.`);
  return `${lines.join('\n')}\n`;
}
