import { walkExpr, type Condition, type Scenario } from '../../engine';
import type { Provenance } from '../build-context';
import type { FindingList } from '../findings';
import type { Path } from '../yaml-source';
import { truthOf, type AbstractWorld } from './abstract-eval';
import { actionCanBeOffered, canHold, worldOf, type Possibility } from './possibility';
import type { Usage } from './usage';

/** A comparison of a meter with a number outside the meter's range: always or never true. */
function rangeFindings(provenance: Provenance, scenario: Scenario, world: AbstractWorld, findings: FindingList): void {
  for (const { path, expr } of provenance.expressions) {
    for (const node of walkExpr(expr)) {
      if (node.kind !== 'compare') continue;
      const meterSide = [node.left, node.right].find((side) => side.kind === 'meter');
      const numberSide = [node.left, node.right].find((side) => side.kind === 'number');
      if (meterSide?.kind !== 'meter' || numberSide?.kind !== 'number') continue;
      const meter = scenario.meters.find((candidate) => candidate.id === meterSide.id);
      if (meter === undefined) continue;
      const full = { ...world, meter: (id: string) => (id === meter.id ? { lo: meter.min, hi: meter.max } : world.meter(id)) };
      const truth = truthOf(node, full);
      if (truth === 'unknown') continue;
      findings.warn(
        path,
        'compare-out-of-range',
        `'${meter.id}' runs from ${meter.min} to ${meter.max}, so this comparison is always ${truth}`,
        'compare with a number inside the range',
        { offset: node.at },
      );
    }
  }
}

interface GuardSite {
  readonly path: Path;
  readonly condition: Condition | null;
  readonly what: string;
}

function guardSites(scenario: Scenario): GuardSite[] {
  const sites: GuardSite[] = [];
  scenario.actions.forEach((action, i) =>
    sites.push({ path: ['actions', i, 'available'], condition: action.available, what: `action '${action.id}' is never offered` }),
  );
  scenario.events.forEach((event, i) =>
    sites.push({ path: ['events', i, 'when'], condition: event.when, what: `event '${event.id}' never fires on its own` }),
  );
  scenario.memos.forEach((memo, i) =>
    sites.push({ path: ['memos', i, 'when'], condition: memo.when, what: `memo '${memo.id}' is never shown` }),
  );
  scenario.storylines.forEach((line, i) =>
    line.states.forEach((state, s) =>
      state.transitions.forEach((transition, t) =>
        sites.push({
          path: ['storylines', i, 'states', s, 'transitions', t, 'when'],
          condition: transition.when,
          what: `'${line.id}' never moves from ${state.id} to ${transition.to} this way`,
        }),
      ),
    ),
  );
  scenario.predictions.forEach((track, t) => {
    const at = scenario.predictions.length === 1 && track.id === 'main' ? ['prediction'] : ['predictions', t];
    if (track.when !== null) sites.push({ path: [...at, 'when'], condition: track.when, what: `prediction '${track.id}' is never asked` });
    track.options.forEach((option, i) =>
      sites.push({ path: [...at, 'options', i, 'when'], condition: option.when, what: `prediction '${option.id}' is never right` }),
    );
  });
  return sites;
}

/** Conditions that can never hold, and what they make impossible. */
function neverTrueFindings(scenario: Scenario, world: AbstractWorld, findings: FindingList, provenance: Provenance): void {
  for (const site of guardSites(scenario)) {
    if (site.condition !== null && !canHold(site.condition, world)) {
      findings.warn(site.path, 'never-true', `this condition can never hold: ${site.what}`);
    }
  }
  for (const { path, effect } of provenance.effects) {
    if (effect.kind !== 'if') continue;
    const truth = truthOf(effect.condition.expr, world);
    if (truth === 'false') findings.warn([...path, 'if'], 'never-true', 'this condition can never hold: its then: never applies');
    if (truth === 'true') findings.warn([...path, 'if'], 'always-true', 'this condition always holds: its else: never applies');
  }
  scenario.endings.forEach((ending, i) => {
    if (ending.when !== null && !canHold(ending.when, world)) {
      findings.error(
        ['endings', i, 'when'],
        'ending-unreachable',
        `no game can reach the ending '${ending.id}': its condition can never hold`,
      );
    }
  });
  scenario.assertions.forEach((assertion, i) => {
    if (truthOf(assertion.always.expr, world) === 'false') {
      findings.error(
        ['assertions', i, 'always'],
        'assertion-always-fails',
        `the assertion '${assertion.id}' can never hold, so every game breaks it`,
      );
    }
  });
}

function storylineFindings(scenario: Scenario, possible: Possibility, findings: FindingList): void {
  scenario.storylines.forEach((line, i) => {
    const reachable = possible.states.get(line.id);
    line.states.forEach((state, s) => {
      const path = ['storylines', i, 'states', s];
      if (reachable?.has(state.id) !== true) {
        findings.warn(
          [...path, 'id'],
          'unreachable-state',
          `storyline '${line.id}' can never reach '${state.id}'`,
          'add a transition to it, or remove it',
        );
      }
      if (state.id === line.initial && state.entry.length > 0) {
        findings.warn(
          [...path, 'entry'],
          'initial-entry-ignored',
          'entry effects of the initial state never run: the storyline starts there without entering it',
          undefined,
          { atKey: true },
        );
      }
      if (state.final && state.transitions.length > 0) {
        findings.warn(
          [...path, 'transitions'],
          'final-with-transitions',
          `'${state.id}' is final, so its transitions are never taken`,
          undefined,
          { atKey: true },
        );
      }
    });
  });
}

/** Turns where the player has nothing they can do: a designer's dead end. */
function turnFindings(scenario: Scenario, usage: Usage, possible: Possibility, findings: FindingList): void {
  for (const mode of scenario.modes) {
    const empty: number[] = [];
    for (let turn = 1; turn <= mode.turnDates.length; turn += 1) {
      const world = worldOf(scenario, usage, possible, { mode, turn });
      if (!scenario.actions.some((action) => actionCanBeOffered(scenario, action, world))) empty.push(turn);
    }
    if (empty.length > 0) {
      const where = scenario.modes.length > 1 ? ` of the ${mode.id} game` : '';
      findings.warn(
        ['actions'],
        'no-action-on-turn',
        `the player can have no action at all on turn${empty.length > 1 ? 's' : ''} ${empty.join(', ')}${where}`,
        'add an action that is always offered',
        { atKey: true },
      );
    }
  }
  scenario.actions.forEach((action, i) => {
    if (action.cost > scenario.capital.max) {
      findings.error(
        ['actions', i, 'cost'],
        'action-too-expensive',
        `it costs ${action.cost} but capital never exceeds ${scenario.capital.max}`,
      );
    }
  });
  scenario.events.forEach((event, i) => {
    if (event.when === null && !usage.scheduledEvents.has(event.id)) {
      findings.warn(
        ['events', i, 'id'],
        'event-never-happens',
        `event '${event.id}' has no when: and nothing schedules it`,
        'add a when: condition, or schedule it from an effect',
      );
    }
  });
}

/**
 * A storyline step into a major final state (an election lost, a rupture) on a meter threshold
 * is a cliff the player should see coming: the meter needs a mark there.
 */
function cliffFindings(scenario: Scenario, findings: FindingList): void {
  scenario.storylines.forEach((line, i) =>
    line.states.forEach((state, s) =>
      state.transitions.forEach((transition, t) => {
        const target = line.states.find((candidate) => candidate.id === transition.to);
        if (target === undefined || !target.final || !target.major || transition.when === null) return;
        for (const node of walkExpr(transition.when.expr)) {
          if (node.kind !== 'compare' || node.left.kind !== 'meter' || node.right.kind !== 'number') continue;
          const meterId = node.left.id;
          const limit = node.right.value;
          const meter = scenario.meters.find((candidate) => candidate.id === meterId);
          if (meter === undefined || meter.marks.some((mark) => Math.abs(mark.at - limit) <= 1)) continue;
          findings.warn(
            ['storylines', i, 'states', s, 'transitions', t, 'when'],
            'cliff-not-drawn',
            `'${line.id}' can fall into '${target.id}' when ${meter.id} crosses ${limit}, but the meter shows no mark there`,
            `add to meter ${meter.id}: marks: [{at: ${limit}, label: "..."}]`,
            { offset: node.at },
          );
        }
      }),
    ),
  );
}

export function logicChecks(scenario: Scenario, usage: Usage, possible: Possibility, provenance: Provenance, findings: FindingList): void {
  const world = worldOf(scenario, usage, possible);
  rangeFindings(provenance, scenario, world, findings);
  neverTrueFindings(scenario, world, findings, provenance);
  storylineFindings(scenario, possible, findings);
  turnFindings(scenario, usage, possible, findings);
  cliffFindings(scenario, findings);
}
