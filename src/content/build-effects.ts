import type { Effect } from '../engine';
import type { BuildContext } from './build-context';
import type { EffectInput } from './scenario-schema';
import type { Path } from './yaml-source';

const KINDS = ['adjust', 'set', 'schedule', 'if', 'chance', 'capital'] as const;

/** Which kinds of effect an item has: exactly one is allowed. */
function kindsOf(input: EffectInput): string[] {
  return KINDS.filter((kind) => input[kind] !== undefined);
}

/** Converts the effects of one item, checking every name they use. */
export function buildEffects(ctx: BuildContext, inputs: readonly EffectInput[], path: Path): Effect[] {
  const effects: Effect[] = [];
  inputs.forEach((input, index) => {
    const built = buildEffect(ctx, input, [...path, index]);
    for (const effect of built ?? []) {
      effects.push(effect);
      ctx.provenance.effects.push({ path: [...path, index], effect });
    }
  });
  return effects;
}

function buildEffect(ctx: BuildContext, input: EffectInput, path: Path): Effect[] | null {
  const kinds = kindsOf(input);
  const { findings, names } = ctx;
  if (kinds.length !== 1) {
    const message =
      kinds.length === 0
        ? 'this effect does nothing: use adjust, set, schedule, chance, if or capital'
        : `one effect per item, but this one has ${kinds.join(' and ')}`;
    findings.error(path, 'effect-shape', message, kinds.length > 1 ? 'split it into separate list items' : undefined);
    return null;
  }
  const branchKeysAllowed = input.if !== undefined || input.chance !== undefined;
  if (!branchKeysAllowed && (input.then !== undefined || input.else !== undefined)) {
    findings.error(
      [...path, input.then !== undefined ? 'then' : 'else'],
      'effect-shape',
      'then/else belong to an if or a chance effect',
      undefined,
      { atKey: true },
    );
  }
  if (input.adjust !== undefined) {
    const adjust = input.adjust;
    return Object.entries(adjust).flatMap(([meter, amount]): Effect[] => {
      if (!ctx.reference(meter, names.meters, 'meter', [...path, 'adjust', meter], { atKey: true })) return [];
      return [{ kind: 'adjust', meter, amount: ctx.amount(amount, [...path, 'adjust', meter]) }];
    });
  }
  if (input.set !== undefined) return buildSet(ctx, input.set, [...path, 'set']);
  if (input.schedule !== undefined) {
    const { event, in: delay, chance } = input.schedule;
    if (!ctx.reference(event, names.events, 'event', [...path, 'schedule', 'event'])) return null;
    return [{ kind: 'schedule', event, delay, chance: ctx.chance(chance, [...path, 'schedule', 'chance']) }];
  }
  if (input.capital !== undefined) return [{ kind: 'capital', amount: input.capital }];
  const then = buildEffects(ctx, input.then ?? [], [...path, 'then']);
  const otherwise = buildEffects(ctx, input.else ?? [], [...path, 'else']);
  if (input.then === undefined && input.else === undefined) {
    findings.error(path, 'effect-shape', `a${input.if !== undefined ? 'n if' : ' chance'} effect needs then: or else:`);
  }
  if (input.if !== undefined) {
    const condition = ctx.condition(input.if, [...path, 'if']);
    return condition === null ? null : [{ kind: 'if', condition, then, otherwise }];
  }
  return [{ kind: 'chance', chance: ctx.chance(input.chance ?? 1, [...path, 'chance']), then, otherwise }];
}

function buildSet(ctx: BuildContext, set: NonNullable<EffectInput['set']>, path: Path): Effect[] {
  const effects: Effect[] = [];
  for (const [name, value] of Object.entries(set)) {
    const at = [...path, name];
    if (ctx.names.flags.has(name)) {
      if (typeof value === 'boolean') effects.push({ kind: 'set-flag', flag: name, value });
      else ctx.findings.error(at, 'type-mismatch', `'${name}' is a flag: set it to true or false`);
    } else if (ctx.names.meters.has(name)) {
      if (typeof value === 'boolean') ctx.findings.error(at, 'type-mismatch', `'${name}' is a meter: set it to a number`);
      else effects.push({ kind: 'set-meter', meter: name, value: ctx.amount(value, at) });
    } else {
      ctx.reference(name, new Set<string>(), 'flag or meter', at, {
        atKey: true,
        suggestFrom: [...ctx.names.flags, ...ctx.names.meters.keys()],
      });
    }
  }
  return effects;
}
