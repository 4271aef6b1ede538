import { readFileSync } from 'node:fs';
import { checkScenarioText, formatDiagnostic } from '../../src/content';
import type { Scenario } from '../../src/engine';

/** A scenario from YAML text; fails the test with every diagnostic if it does not load. */
export function scenarioFrom(text: string, file = 'inline.yaml'): Scenario {
  const result = checkScenarioText(file, text);
  if (result.scenario === null) throw new Error(`scenario did not load:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  return result.scenario;
}

export function shippedScenario(id: string): Scenario {
  return scenarioFrom(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `scenarios/${id}.yaml`);
}

/**
 * A small scenario for rule tests: two meters and a ladder, a flag, four actions, a delayed
 * consequence, a reaction, a two-state storyline and three endings. Extra YAML is appended.
 */
export const TINY = `
format: 3
id: tiny
version: 1.0.0
languages: [en]
title: Tiny
summary: A scenario for tests.
role: You.
calendar: { start: 2021-03-22, turns: 4, days_per_turn: 14 }
capital: { label: Capital, start: 2, per_turn: 2, max: 3 }
meters:
  - { id: allies, label: Allies, min: 0, max: 100, start: 50, better: higher }
  - { id: hope, label: Hope, min: 0, max: 100, start: 50, better: higher }
  - id: escalation
    label: Escalation
    min: 0
    max: 3
    start: 1
    better: lower
    rungs: [Calm, Tense, Angry, Rupture]
flags:
  - id: listed
families:
  - { id: sanctions, label: Sanctions }
actions:
  - id: sanction
    family: sanctions
    cost: 1
    limit: 1
    title: Sanction
    text: Sanction someone.
    effects:
      - adjust: { allies: 10, escalation: 1 }
      - set: { listed: true }
      - schedule: { event: retaliation, in: 2 }
  - id: talk
    family: sanctions
    cost: 1
    cooldown: 1
    title: Talk
    text: Talk quietly.
    effects:
      - adjust: { hope: 5, escalation: -1 }
  - id: gamble
    family: sanctions
    cost: 2
    title: Gamble
    text: Take a chance.
    available: "turn >= 2"
    effects:
      - chance: 0.5
        then: [{ adjust: { hope: 20 } }]
        else: [{ adjust: { hope: -20 } }]
  - id: wait
    family: sanctions
    cost: 0
    title: Wait
    text: Do nothing much.
events:
  - id: retaliation
    title: Retaliation
    text: They hit back.
    effects:
      - adjust: { allies: -5, escalation: 1 }
  - id: protest
    phase: resolution
    when: "chosen(sanction)"
    title: Protest
    text: An embassy protests.
    effects:
      - adjust: { hope: -3 }
storylines:
  - id: case
    label: The case
    initial: open
    states:
      - id: open
        label: Open
        transitions:
          - to: closed
            when: "hope >= 60"
      - id: closed
        label: Closed
        final: true
        text: The case closes.
        entry:
          - adjust: { allies: 1 }
endings:
  - { id: won, when: "case is closed", priority: 10, tone: good, title: Won, text: You won. }
  - { id: broke, when: "escalation >= 3", priority: 5, tone: bad, title: Broke, text: It broke. }
  - { id: timeout, at_end: true, tone: mixed, title: Time, text: Time ran out. }
`;
