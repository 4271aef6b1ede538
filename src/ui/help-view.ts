import type { EndingDef, Expr, MeterDef, Scenario } from '../engine';
import { localize, translate, type Language } from './i18n/translate';

export interface MeterGuide {
  readonly label: string;
  readonly description: string;
  readonly better: string;
}

export interface BreakingPoint {
  /** "Farm and export health at 10 or below". */
  readonly threshold: string;
  readonly ending: string;
  readonly tone: EndingDef['tone'];
}

export interface HelpGuide {
  readonly meters: readonly MeterGuide[];
  readonly breakingPoints: readonly BreakingPoint[];
  readonly turns: number;
}

/** A meter's value in words: on an escalation ladder, the rung's name ("“Counter-sanctions”"), not its number. */
export function meterValueText(meter: MeterDef, value: number, language: Language): string {
  const rung = meter.rungs[value - meter.min];
  if (rung === undefined) return String(value);
  return language === 'fr' ? `«\u00A0${localize(rung, language)}\u00A0»` : `“${localize(rung, language)}”`;
}

const disjuncts = (expr: Expr): Expr[] =>
  expr.kind === 'logic' && expr.op === 'or' ? [...disjuncts(expr.left), ...disjuncts(expr.right)] : [expr];

const MIRRORED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' } as const;

/**
 * The plain meter thresholds in an ending's condition ("trade <= 10", alone or as one side of an
 * "or"): a player can watch for those. Compound conditions are left to the ending to explain.
 */
function thresholds(scenario: Scenario, ending: EndingDef, language: Language): string[] {
  if (ending.when === null) return [];
  const found: string[] = [];
  for (const part of disjuncts(ending.when.expr)) {
    if (part.kind !== 'compare') continue;
    const [meterSide, numberSide, op] =
      part.left.kind === 'meter' && part.right.kind === 'number'
        ? [part.left, part.right, part.op]
        : part.right.kind === 'meter' && part.left.kind === 'number'
          ? [part.right, part.left, MIRRORED[part.op]]
          : [null, null, null];
    if (meterSide === null || op === '==' || op === '!=') continue;
    const meter = scenario.meters.find((candidate) => candidate.id === meterSide.id);
    if (meter === undefined) continue;
    const key = op === '<=' ? 'help.atMost' : op === '<' ? 'help.below' : op === '>=' ? 'help.atLeast' : 'help.above';
    found.push(
      translate(language, key, { meter: localize(meter.label, language), value: meterValueText(meter, numberSide.value, language) }),
    );
  }
  return found;
}

/** A line on a meter past which the game ends: read from the endings' plain thresholds ("trade <= 10"). */
export interface MeterCliff {
  readonly at: number;
  readonly danger: 'below' | 'above';
  readonly ending: EndingDef;
}

export function meterCliffs(scenario: Scenario, meterId: string): MeterCliff[] {
  return scenario.endings.flatMap((ending) => {
    if (ending.atEnd || ending.when === null) return [];
    return disjuncts(ending.when.expr).flatMap((part): MeterCliff[] => {
      if (part.kind !== 'compare') return [];
      const oriented =
        part.left.kind === 'meter' && part.right.kind === 'number'
          ? { id: part.left.id, at: part.right.value, op: part.op }
          : part.right.kind === 'meter' && part.left.kind === 'number'
            ? { id: part.right.id, at: part.left.value, op: MIRRORED[part.op] }
            : null;
      if (oriented === null || oriented.id !== meterId || oriented.op === '==' || oriented.op === '!=') return [];
      return [{ at: oriented.at, danger: oriented.op === '<' || oriented.op === '<=' ? 'below' : 'above', ending }];
    });
  });
}

/** What the help panel explains about the scenario being played: its meters and where it can end early. */
export function helpGuide(scenario: Scenario, language: Language, turns: number): HelpGuide {
  return {
    turns,
    meters: scenario.meters.map((meter) => ({
      label: localize(meter.label, language),
      description: meter.description === null ? '' : localize(meter.description, language),
      better: translate(language, meter.better === 'higher' ? 'help.higherBetter' : 'help.lowerBetter'),
    })),
    breakingPoints: scenario.endings
      .filter((ending) => !ending.atEnd)
      .flatMap((ending) =>
        thresholds(scenario, ending, language).map((threshold) => ({
          threshold,
          ending: localize(ending.title, language),
          tone: ending.tone,
        })),
      ),
  };
}
