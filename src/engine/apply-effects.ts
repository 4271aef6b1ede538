import type { Cause, Change } from './game-state';
import type { Effect, Scenario } from './scenario-model';
import { chanceOf, roll, type Draft } from './draft';
import { meterById } from './lookup';

function clampMeter(scenario: Scenario, meter: string, value: number): number {
  const def = meterById(scenario, meter);
  return Math.min(def.max, Math.max(def.min, Math.round(value)));
}

function setMeter(draft: Draft, scenario: Scenario, meter: string, value: number, changes: Change[]): void {
  const from = draft.meters[meter] ?? 0;
  const to = clampMeter(scenario, meter, value);
  if (to !== from) {
    draft.meters[meter] = to;
    changes.push({ kind: 'meter', meter, from, to });
  }
}

/**
 * Applies effects in order to the draft. Each later effect sees the earlier ones, and every
 * change is appended to `changes`, to be recorded with the cause that produced it.
 */
export function applyEffects(draft: Draft, scenario: Scenario, effects: readonly Effect[], cause: Cause, changes: Change[]): void {
  for (const effect of effects) {
    switch (effect.kind) {
      case 'adjust':
        setMeter(draft, scenario, effect.meter, (draft.meters[effect.meter] ?? 0) + effect.amount.value(draft), changes);
        break;
      case 'set-meter':
        setMeter(draft, scenario, effect.meter, effect.value.value(draft), changes);
        break;
      case 'set-flag':
        if (draft.flags[effect.flag] !== effect.value) {
          draft.flags[effect.flag] = effect.value;
          changes.push({ kind: 'flag', flag: effect.flag, to: effect.value });
        }
        break;
      case 'capital': {
        const before = draft.capital;
        draft.capital = Math.min(scenario.capital.max, Math.max(0, draft.capital + effect.amount));
        if (draft.capital !== before) changes.push({ kind: 'capital', delta: draft.capital - before });
        break;
      }
      case 'schedule': {
        const dueTurn = draft.turn + effect.delay;
        draft.scheduled.push({ event: effect.event, dueTurn, chance: chanceOf(effect.chance, draft), origin: cause });
        changes.push({ kind: 'schedule', event: effect.event, dueTurn });
        break;
      }
      case 'chance':
        applyEffects(draft, scenario, roll(draft, chanceOf(effect.chance, draft)) ? effect.then : effect.otherwise, cause, changes);
        break;
      case 'if':
        applyEffects(draft, scenario, effect.condition.test(draft) ? effect.then : effect.otherwise, cause, changes);
        break;
    }
  }
}
