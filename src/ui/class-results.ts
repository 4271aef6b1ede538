import type { GameState, Scenario } from '../engine';
import { localize, type Language } from './i18n/translate';
import { predictionLabel } from './prediction-view';

/** One student's game, verified by replaying their export. */
export interface StudentGame {
  readonly label: string;
  readonly game: GameState;
  /** Answers to the debrief's discussion questions, in question order, as the export carried them. */
  readonly answers?: readonly string[] | undefined;
}

/** What students wrote: answers under each discussion question, prediction reasons under each turn. */
export interface WrittenAnswer {
  readonly label: string;
  readonly text: string;
}

export interface QuestionAnswers {
  /** The question in the page's language; null for answers to questions this scenario no longer asks. */
  readonly question: string | null;
  readonly answers: readonly WrittenAnswer[];
}

export interface PredictionReason extends WrittenAnswer {
  readonly option: string;
  /** What the reaction turned out to be; null when no option matched. */
  readonly actual: string | null;
  readonly right: boolean;
}

export interface TurnReasons {
  readonly turn: number;
  readonly reasons: readonly PredictionReason[];
}

export interface ChoiceCount {
  readonly action: string;
  readonly title: string;
  readonly count: number;
}

export interface TurnChoices {
  readonly turn: number;
  /** Students whose game reached this turn. */
  readonly students: number;
  readonly choices: readonly ChoiceCount[];
  readonly predictionsMade: number;
  readonly predictionsRight: number;
}

export type OutlierReason =
  | { readonly kind: 'rare-ending'; readonly ending: string; readonly count: number }
  | { readonly kind: 'own-path'; readonly turns: number }
  | { readonly kind: 'extreme-meter'; readonly meter: string; readonly value: number; readonly direction: 'high' | 'low' }
  | { readonly kind: 'other-seed'; readonly seed: number; readonly classSeed: number };

/** How often each option of a prediction track was predicted, and how often it turned out right. */
export interface TrackTally {
  readonly track: string;
  readonly question: string;
  readonly made: number;
  readonly right: number;
  readonly options: readonly { readonly label: string; readonly predicted: number; readonly actual: number }[];
}

export interface MeterSpreadView {
  readonly label: string;
  /** Values as the desk shows them: numbers, or a ladder's rungs ("3/6 Protests"). */
  readonly min: string;
  readonly median: string;
  readonly max: string;
}

export interface ClassSummary {
  /** The students counted in the totals: those who played the class's game (its seed and length). */
  readonly students: number;
  /** Games played with another seed or length: listed, never counted, since their events differ. */
  readonly notCounted: readonly { readonly label: string; readonly seed: number; readonly mode: string }[];
  readonly classSeed: number;
  readonly classMode: string;
  readonly endings: readonly { readonly id: string; readonly title: string; readonly tone: string; readonly count: number }[];
  readonly turns: readonly TurnChoices[];
  readonly predictions: { readonly made: number; readonly right: number };
  readonly tracks: readonly TrackTally[];
  readonly perStudent: readonly {
    readonly label: string;
    readonly ending: string;
    readonly made: number;
    readonly right: number;
    readonly counted: boolean;
  }[];
  readonly finalMeters: readonly MeterSpreadView[];
  readonly outliers: readonly { readonly label: string; readonly reasons: readonly OutlierReason[] }[];
  readonly answers: readonly QuestionAnswers[];
  /** Only the turns where someone wrote a reason. */
  readonly reasons: readonly TurnReasons[];
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (position - low);
}

/** The class's game: the seed and length most students played (a class link gives them all the same). */
function classGameOf(students: readonly StudentGame[]): { seed: number; mode: string } {
  const counts = new Map<string, { seed: number; mode: string; count: number }>();
  for (const { game } of students) {
    const key = `${game.seed}|${game.mode}`;
    const entry = counts.get(key) ?? { seed: game.seed, mode: game.mode, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return { seed: top?.seed ?? 0, mode: top?.mode ?? '' };
}

/** A meter's value as the desk shows it: a ladder by its rung, "3/6 Protests"; other meters as numbers. */
function meterValue(scenario: Scenario, meterId: string, value: number, language: Language): string {
  const meter = scenario.meters.find((candidate) => candidate.id === meterId);
  if (meter === undefined || meter.rungs.length === 0) return String(Math.round(value * 10) / 10);
  const rung = Math.round(value) - meter.min;
  return `${rung + 1}/${meter.rungs.length} ${localize(meter.rungs[rung], language)}`;
}

function trackTallies(scenario: Scenario, students: readonly StudentGame[], language: Language): TrackTally[] {
  return scenario.predictions.flatMap((track) => {
    const made = students.flatMap(({ game }) =>
      game.turns.flatMap((record) => (record.prediction?.track === track.id ? [record.prediction] : [])),
    );
    if (made.length === 0) return [];
    return [
      {
        track: track.id,
        question: localize(track.question, language),
        made: made.length,
        right: made.filter((prediction) => prediction.option === prediction.correct).length,
        options: track.options.map((option) => ({
          label: localize(option.label, language),
          predicted: made.filter((prediction) => prediction.option === option.id).length,
          actual: made.filter((prediction) => prediction.correct === option.id).length,
        })),
      },
    ];
  });
}

/**
 * How the class chose: endings, every choice turn by turn, predictions by track, final meters and
 * who stood out. Only the games of the class's own game (its seed and length) count in the totals;
 * the others are listed apart.
 */
export function summarizeClass(scenario: Scenario, all: readonly StudentGame[], language: Language): ClassSummary {
  const classGame = classGameOf(all);
  const isCounted = (student: StudentGame): boolean => student.game.seed === classGame.seed && student.game.mode === classGame.mode;
  const students = all.filter(isCounted);
  const title = (id: string): string => localize(scenario.actions.find((action) => action.id === id)?.title, language);
  const maxTurn = Math.max(0, ...students.map((student) => student.game.turns.length));
  const turns: TurnChoices[] = Array.from({ length: maxTurn }, (_, index) => {
    const records = students.flatMap((student) => (student.game.turns[index] === undefined ? [] : [student.game.turns[index]]));
    const counts = new Map<string, number>();
    for (const record of records) for (const id of record?.decisions ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const predicted = records.filter((record) => record?.prediction !== null && record?.prediction !== undefined);
    return {
      turn: index + 1,
      students: records.length,
      choices: [...counts.entries()]
        .map(([action, count]) => ({ action, title: title(action), count }))
        .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
      predictionsMade: predicted.length,
      predictionsRight: predicted.filter((record) => record?.prediction?.option === record?.prediction?.correct).length,
    };
  });
  const endingCounts = new Map<string, number>();
  for (const student of students) {
    if (student.game.ending !== null) endingCounts.set(student.game.ending.id, (endingCounts.get(student.game.ending.id) ?? 0) + 1);
  }
  const perStudent = all.map((student) => {
    const made = student.game.turns.filter((record) => record.prediction !== null);
    return {
      label: student.label,
      ending: localize(scenario.endings.find((ending) => ending.id === student.game.ending?.id)?.title, language),
      made: made.length,
      right: made.filter((record) => record.prediction?.option === record.prediction?.correct).length,
      counted: isCounted(student),
    };
  });
  const counted = perStudent.filter((row) => row.counted);
  const finalMeters = scenario.meters.map((meter) => {
    const values = students.map((student) => student.game.meters[meter.id] ?? meter.start).sort((a, b) => a - b);
    return {
      id: meter.id,
      label: localize(meter.label, language),
      min: values[0] ?? 0,
      median: quantile(values, 0.5),
      max: values.at(-1) ?? 0,
      q1: quantile(values, 0.25),
      q3: quantile(values, 0.75),
    };
  });
  const outliers = all
    .map((student) => {
      const reasons: OutlierReason[] = [];
      // A game played without the class link had other random events: comparisons with it mislead.
      if (!isCounted(student)) {
        reasons.push({ kind: 'other-seed', seed: student.game.seed, classSeed: classGame.seed });
        return { label: student.label, reasons };
      }
      const ending = student.game.ending?.id;
      const count = ending === undefined ? 0 : (endingCounts.get(ending) ?? 0);
      if (ending !== undefined && students.length >= 5 && count / students.length <= 0.1) {
        reasons.push({
          kind: 'rare-ending',
          ending: localize(scenario.endings.find((candidate) => candidate.id === ending)?.title, language),
          count,
        });
      }
      const ownTurns = student.game.turns.filter((record, index) => {
        const top = turns[index]?.choices[0];
        return top !== undefined && top.count > 1 && !record.decisions.includes(top.action);
      }).length;
      if (students.length >= 5 && ownTurns >= Math.max(3, Math.ceil(student.game.turns.length * 0.6))) {
        reasons.push({ kind: 'own-path', turns: ownTurns });
      }
      for (const meter of finalMeters) {
        const value = student.game.meters[meter.id] ?? 0;
        const spread = meter.q3 - meter.q1;
        if (students.length >= 5 && spread > 0 && (value > meter.q3 + 1.5 * spread || value < meter.q1 - 1.5 * spread)) {
          reasons.push({ kind: 'extreme-meter', meter: meter.label, value, direction: value > meter.q3 ? 'high' : 'low' });
        }
      }
      return { label: student.label, reasons };
    })
    .filter((row) => row.reasons.length > 0);
  const made = counted.reduce((sum, row) => sum + row.made, 0);
  return {
    students: students.length,
    notCounted: all
      .filter((student) => !isCounted(student))
      .map((student) => ({ label: student.label, seed: student.game.seed, mode: student.game.mode })),
    classSeed: classGame.seed,
    classMode: classGame.mode,
    endings: scenario.endings.map((ending) => ({
      id: ending.id,
      title: localize(ending.title, language),
      tone: ending.tone,
      count: endingCounts.get(ending.id) ?? 0,
    })),
    turns,
    predictions: { made, right: counted.reduce((sum, row) => sum + row.right, 0) },
    tracks: trackTallies(scenario, students, language),
    perStudent,
    finalMeters: finalMeters.map(({ id, label, min, median, max }) => ({
      label,
      min: meterValue(scenario, id, min, language),
      median: meterValue(scenario, id, median, language),
      max: meterValue(scenario, id, max, language),
    })),
    outliers,
    answers: answersByQuestion(scenario, students, language),
    reasons: reasonsByTurn(scenario, students, language),
  };
}

/** Every question of the debrief, with the non-blank answers to it (students in the order of their files). */
export function answersByQuestion(scenario: Scenario, students: readonly StudentGame[], language: Language): QuestionAnswers[] {
  const answersTo = (index: number): WrittenAnswer[] =>
    students.flatMap((student) => {
      const text = student.answers?.[index]?.trim() ?? '';
      return text === '' ? [] : [{ label: student.label, text }];
    });
  const asked = scenario.debrief.questions.map((question, index) => ({
    question: localize(question, language),
    answers: answersTo(index),
  }));
  // An export from an older version of the scenario may answer more questions than it now has.
  const longest = Math.max(0, ...students.map((student) => student.answers?.length ?? 0));
  const extra = Array.from({ length: Math.max(0, longest - asked.length) }, (_, offset) => answersTo(asked.length + offset)).flat();
  return extra.length === 0 ? asked : [...asked, { question: null, answers: extra }];
}

/** The one-line reasons students gave for their predictions, turn by turn, with what they predicted. */
export function reasonsByTurn(scenario: Scenario, students: readonly StudentGame[], language: Language): TurnReasons[] {
  const option = (track: string, id: string): string => predictionLabel(scenario, track, id, language);
  const maxTurn = Math.max(0, ...students.map((student) => student.game.turns.length));
  return Array.from({ length: maxTurn }, (_, index) => ({
    turn: index + 1,
    reasons: students.flatMap((student): PredictionReason[] => {
      const prediction = student.game.turns[index]?.prediction;
      const text = prediction?.reason.trim() ?? '';
      if (prediction === null || prediction === undefined || text === '') return [];
      return [
        {
          label: student.label,
          text,
          option: option(prediction.track, prediction.option),
          actual: prediction.correct === null ? null : option(prediction.track, prediction.correct),
          right: prediction.option === prediction.correct,
        },
      ];
    }),
  })).filter((turn) => turn.reasons.length > 0);
}

/** A spreadsheet cell: quoted, and never a formula (a name starting with = would run in the teacher's spreadsheet). */
function cell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The class as a spreadsheet, one row per student: whether their game counts, its ending and
 * length, predictions, final meters as the desk shows them, and each turn's decisions.
 */
export function classCsv(scenario: Scenario, students: readonly StudentGame[], language: Language): string {
  const summary = summarizeClass(scenario, students, language);
  const maxTurn = Math.max(0, ...students.map((student) => student.game.turns.length));
  const header = [
    'student',
    'counted',
    'seed',
    'mode',
    'ending',
    'turns',
    'predictions right',
    'predictions made',
    ...scenario.meters.map((meter) => localize(meter.label, language)),
    ...Array.from({ length: maxTurn }, (_, index) => `turn ${index + 1}`),
  ];
  const title = (id: string): string => localize(scenario.actions.find((action) => action.id === id)?.title, language) || id;
  const rows = students.map((student, index) => {
    const row = summary.perStudent[index];
    return [
      student.label,
      row?.counted === true ? 'yes' : 'no',
      student.game.seed,
      student.game.mode,
      row?.ending ?? '',
      student.game.turns.length,
      row?.right ?? 0,
      row?.made ?? 0,
      ...scenario.meters.map((meter) => meterValue(scenario, meter.id, student.game.meters[meter.id] ?? meter.start, language)),
      ...Array.from({ length: maxTurn }, (_, turn) => (student.game.turns[turn]?.decisions ?? []).map(title).join(' + ')),
    ];
  });
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
