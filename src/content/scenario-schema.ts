import { z } from 'zod';

/**
 * The scenario file format, as designers write it. This schema is the single source of truth:
 * the loader validates against it, the JSON Schema for editors is generated from it, and the
 * authoring guide documents it. Descriptions here become the editor's hover help.
 */

export const CURRENT_FORMAT = 3;

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const idHelp = 'lower-case letters, digits and underscores, starting with a letter (e.g. join_sanctions)';

export const Id = z
  .string()
  .regex(ID_PATTERN, { error: `an id uses ${idHelp}` })
  .max(48);

const LanguageCode = z.string().regex(/^[a-z]{2}$/, { error: 'a language is a two-letter code such as en or fr' });

export const Text = z
  .union([z.string().min(1), z.record(LanguageCode, z.string().min(1))], {
    error: 'expected text: a string, or one string per language such as {en: "...", fr: "..."}',
  })
  .meta({ id: 'text', description: 'Player-facing text: one string per language, e.g. {en: "...", fr: "..."}.' });

/** A condition or an amount in the scenario expression language (see docs/authoring.md). */
const ExpressionText = z
  .string()
  .min(1)
  .meta({ description: 'An expression over declared names, e.g. "allies >= 60 and not chen_listed".' });

const Probability = z.number().min(0).max(1).meta({ description: 'A probability between 0 and 1.' });

/** A chance: a probability, or an expression read when it is needed (and kept within 0 and 1). */
const ChanceValue = z.union([Probability, z.string().min(1)], {
  error: 'a chance is a number between 0 and 1, or an expression in quotes such as "0.2 + allies / 500"',
});

/**
 * Text that depends on the game: one text, or variants tried in order, each with a condition
 * (the last without). Any variant may show numbers in braces: {support}, {capital}, {turns_left}.
 */
const RichText = z
  .union([Text, z.array(z.strictObject({ when: z.string().min(1).optional(), text: Text })).min(1)], {
    error: 'expected text, or a list of variants such as [{when: "support >= 60", text: {...}}, {text: {...}}]',
  })
  .meta({
    id: 'rich-text',
    description: 'Text, or variants [{when: condition, text: ...}, {text: ...}]; {meter} in braces shows its value.',
  });

const IsoDate = z.iso.date();

/** Designers silence a warning on one item, with a reason: {unused-flag: "kept for the sequel"}. */
const Silence = z
  .record(z.string().regex(/^[a-z][a-z-]*$/), z.string().min(3, { error: 'give a reason for silencing the warning' }))
  .meta({ description: 'Warnings silenced on this item, each with a reason: {code: "why"}.' });

/** A citation: a source id, or a source id with where in it ("paragraph 4", "§1, 22 Mar 2021"). */
const Citation = z.union([Id, z.strictObject({ id: Id, at: z.string().min(1).max(120) })], {
  error: 'a citation is a source id, or {id: source_id, at: "where in the source"}',
});

const SourceIds = z
  .array(Citation)
  .meta({ description: 'Where this comes from: ids of entries in the sources list, optionally with a place in the source.' });

const AmountValue = z.union([z.number(), ExpressionText], { error: 'expected a number or an expression in quotes' });

export interface EffectInput {
  adjust?: Record<string, number | string> | undefined;
  set?: Record<string, number | string | boolean> | undefined;
  schedule?: { event: string; in: number; chance: number | string } | undefined;
  chance?: number | string | undefined;
  if?: string | undefined;
  then?: EffectInput[] | undefined;
  else?: EffectInput[] | undefined;
  capital?: number | undefined;
}

const Schedule = z
  .strictObject({
    event: Id.meta({ description: 'The event that will fire.' }),
    in: z.int().min(1).max(50).default(1).meta({ description: 'How many turns later (1 = next turn).' }),
    chance: ChanceValue.default(1).meta({
      description: 'The chance it happens when it falls due (an expression is read when it is scheduled).',
    }),
  })
  .meta({ description: 'A delayed consequence: {event: canola_slowdown, in: 2, chance: 0.5}.' });

export const Effect: z.ZodType<EffectInput> = z
  .strictObject({
    adjust: z.record(Id, AmountValue).optional().meta({ description: 'Add to meters: {allies: 10, escalation: -1}.' }),
    set: z
      .record(Id, z.union([z.number(), z.boolean(), ExpressionText]))
      .optional()
      .meta({ description: 'Set flags to true/false or meters to a value: {chen_listed: true}.' }),
    schedule: Schedule.optional(),
    chance: ChanceValue.optional().meta({ description: 'With then/else: the chance that then happens (else happens otherwise).' }),
    if: ExpressionText.optional().meta({ description: 'A condition: then applies when it holds, else otherwise.' }),
    get then() {
      return z.array(Effect).optional();
    },
    get else() {
      return z.array(Effect).optional();
    },
    capital: z.int().min(-10).max(10).optional().meta({ description: 'Give or take political capital now.' }),
  })
  .meta({ id: 'effect', description: 'One effect: adjust, set, schedule, chance/then/else, if/then/else or capital.' });

const Meter = z.strictObject({
  id: Id,
  label: Text,
  min: z.number(),
  max: z.number(),
  start: z.number(),
  better: z.enum(['higher', 'lower']).meta({ description: 'Which way is good for the player.' }),
  rungs: z.array(Text).optional().meta({ description: 'Names of the rungs, min to max: makes the meter an escalation ladder.' }),
  description: Text.optional().meta({ description: 'What the meter stands for: shown to players in the help.' }),
  marks: z
    .array(
      z.strictObject({
        at: z.number(),
        label: Text,
        danger: z.enum(['below', 'above']).default('below').meta({ description: 'Which side of the line is the danger.' }),
      }),
    )
    .default([])
    .meta({ description: 'Lines drawn on the meter where something bites: [{at: 45, label: "Election cliff"}].' }),
  silence: Silence.optional(),
});

const Flag = z.strictObject({
  id: Id,
  start: z.boolean().default(false),
  label: Text.optional(),
  silence: Silence.optional(),
});

const Place = z.strictObject({
  id: Id,
  name: Text,
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  role: z.enum(['home', 'counterpart', 'other']).default('other').meta({
    description: "home: the player's own capital; counterpart: the other side's. Both are highlighted on the map.",
  }),
});

const Actor = z.strictObject({
  id: Id,
  name: Text,
  role: Text,
  stakeholder: z.boolean().default(false).meta({ description: 'Shown on action cards as a party the action touches.' }),
  place: Id.optional(),
  silence: Silence.optional(),
});

const Family = z.strictObject({ id: Id, label: Text });

const Action = z.strictObject({
  id: Id,
  family: Id,
  cost: z.int().min(0).max(10).meta({ description: 'Political capital spent.' }),
  title: Text,
  text: RichText,
  available: ExpressionText.optional().meta({ description: 'When the action can be dealt; always when omitted.' }),
  limit: z.int().min(1).optional().meta({ description: 'How many times per game; no limit when omitted.' }),
  cooldown: z.int().min(0).default(0).meta({ description: 'Turns to wait before taking it again.' }),
  touches: z.array(Id).default([]).meta({ description: 'Actors (stakeholders) this action affects, shown without amounts.' }),
  effects: z.array(Effect).default([]),
  historical: z
    .boolean()
    .default(false)
    .meta({ description: "The player's side really did this: shown beside the player's path in the debrief." }),
  sources: SourceIds.default([]),
  standing: z.boolean().default(false).meta({ description: 'A standing move: always on the desk while open, apart from the hand.' }),
  priority: AmountValue.default(0).meta({
    description: 'How strongly the moment calls for it (a number or an expression): the hand is dealt from the highest.',
  }),
  excludes: z
    .array(Id)
    .default([])
    .meta({ description: 'Alternatives: once one is taken the others close, and they cannot be picked together.' }),
  silence: Silence.optional(),
});

const Response = z.strictObject({
  id: Id,
  title: Text,
  text: RichText,
  cost: z.int().min(0).max(10).default(0),
  touches: z.array(Id).default([]),
  effects: z.array(Effect).default([]),
  historical: z.boolean().default(false).meta({ description: "The player's side really answered this way." }),
  sources: SourceIds.default([]),
});

const Decision = z
  .strictObject({
    prompt: Text.meta({ description: 'The question put to the player.' }),
    responses: z.array(Response).min(2).max(4),
    deadline: z.int().min(0).max(10).default(0).meta({ description: 'Turns after this one the player may still answer (0: this turn).' }),
    default: Id.meta({ description: 'The response applied, at no cost, if the deadline passes unanswered.' }),
  })
  .meta({ description: 'An event that demands an answer: 2-4 responses, a deadline and a default.' });

const Memo = z.strictObject({
  id: Id,
  from: Id.meta({ description: 'The actor (an adviser) who writes the memo.' }),
  when: ExpressionText.optional().meta({ description: 'When the memo is on the desk; every turn when omitted.' }),
  title: Text,
  text: RichText,
  sources: SourceIds.default([]),
  silence: Silence.optional(),
});

const Assertion = z.strictObject({
  id: Id,
  always: ExpressionText.meta({
    description: 'A condition that must hold after every turn; the play-tester reports any game that breaks it.',
  }),
  message: z.string().min(1),
});

const Event = z.strictObject({
  id: Id,
  phase: z.enum(['briefing', 'resolution']).default('briefing').meta({
    description: 'briefing: at the start of a turn. resolution: right after the player decides, as a reaction.',
  }),
  when: ExpressionText.optional().meta({ description: 'When it fires; omit for events that only happen when scheduled.' }),
  chance: ChanceValue.default(1),
  repeatable: z.boolean().default(false),
  major: z.boolean().default(false).meta({ description: 'Major events get a sting and stand out in the news.' }),
  historical: z.boolean().default(false).meta({ description: 'This really happened (false marks a what-if for the debrief).' }),
  actor: Id.optional(),
  title: Text,
  text: RichText,
  effects: z.array(Effect).default([]),
  sources: SourceIds.default([]),
  decision: Decision.optional(),
  silence: Silence.optional(),
});

const Transition = z.strictObject({
  to: Id,
  when: ExpressionText.optional(),
  chance: ChanceValue.default(1),
});

const StorylineState = z.strictObject({
  id: Id,
  label: Text,
  text: RichText.optional().meta({ description: 'News shown when the storyline enters this state.' }),
  hint: Text.optional().meta({ description: "On the storyline's file while it is in this state: what moves it, in your words." }),
  final: z.boolean().default(false),
  major: z.boolean().default(false),
  historical: z.boolean().default(false).meta({ description: 'This really happened (false marks a what-if for the debrief).' }),
  entry: z.array(Effect).default([]).meta({ description: 'Effects applied when the storyline enters this state.' }),
  transitions: z.array(Transition).default([]),
  sources: SourceIds.default([]),
  silence: Silence.optional(),
});

const Storyline = z.strictObject({
  id: Id,
  label: Text,
  initial: Id,
  states: z.array(StorylineState).min(1),
  file: z
    .union([z.boolean(), z.strictObject({ summary: Text })])
    .default(false)
    .meta({ description: 'Show the storyline on the desk as a file (true, or {summary: what it is about}).' }),
  silence: Silence.optional(),
});

const Role = z.strictObject({
  id: Id,
  name: Text.meta({ description: 'The part of the cabinet: "Prime Minister\'s Office", "Opposition critic".' }),
  brief: Text.meta({ description: 'The private brief the group reads: what it wants and what it fears.' }),
  interests: z
    .array(z.strictObject({ label: Text, when: ExpressionText.meta({ description: 'True at the end when this interest was served.' }) }))
    .min(1)
    .max(5)
    .meta({ description: 'What the role is judged by in the debrief: each a label and a condition on the final state.' }),
});

const Epilogue = z.strictObject({
  id: Id,
  label: Text.meta({ description: 'Whom it is about: "The two Michaels", "Canola farmers".' }),
  text: RichText.meta({ description: 'What became of them: variants by the state the game ended in.' }),
});

/** A length of game: its own calendar over the same story. */
const Calendar = {
  turns: z.int().min(1).max(60).optional().meta({ description: 'How many turns, each days_per_turn long (or give dates).' }),
  days_per_turn: z.int().min(1).max(365).default(14),
  dates: z.array(IsoDate).min(1).max(60).optional().meta({ description: 'The opening date of each turn, in order.' }),
  end: IsoDate.optional().meta({ description: 'The day after the last turn ends (by default, one turn length after it opens).' }),
};

const Mode = z.strictObject({
  id: Id,
  label: Text,
  description: Text.optional(),
  ...Calendar,
});

const Ending = z.strictObject({
  id: Id,
  when: ExpressionText.optional(),
  priority: z.int().default(0).meta({ description: 'When several endings hold, the highest priority wins.' }),
  at_end: z.boolean().default(false).meta({ description: 'Only considered once the last turn is over.' }),
  tone: z.enum(['good', 'mixed', 'bad']),
  historical: z.boolean().default(false).meta({ description: 'The ending closest to what really happened.' }),
  title: Text,
  text: RichText,
  sources: SourceIds.default([]),
  silence: Silence.optional(),
});

const Source = z.strictObject({
  id: Id,
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'a source url must be a full http:// or https:// address' }).optional(),
  date: z.iso.date().optional(),
  note: z.string().optional(),
});

const PredictionOption = z.strictObject({ id: Id, label: Text, when: ExpressionText.optional() });

const Debrief = z.strictObject({
  history: z
    .array(z.strictObject({ family: Id, date: z.iso.date(), text: Text, sources: SourceIds.min(1) }))
    .default([])
    .meta({ description: 'What really happened, per decision family, with dates and sources.' }),
  questions: z.array(Text).default([]),
  content_notes: z.array(Text).default([]),
});

export const ScenarioFile = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.int().min(1).meta({ description: 'The scenario format version this file is written in.' }),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'a scenario id uses lower-case letters, digits and hyphens' }),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'a version looks like 1.0.0' }),
    languages: z.array(LanguageCode).min(1),
    title: Text,
    summary: Text,
    role: Text.meta({ description: 'Who the player is, in one sentence.' }),
    player: z
      .strictObject({
        name: Text.meta({ description: 'How the debrief names the real decision maker: "what Ottawa actually did".' }),
        actor: Id.optional(),
      })
      .optional(),
    calendar: z.strictObject({ start: IsoDate, ...Calendar }),
    modes: z.array(Mode).default([]).meta({
      description: 'Lengths of game on offer (a class period, the full story), each with its own calendar; the first is the default.',
    }),
    hand: z
      .strictObject({ size: z.int().min(1).max(12).meta({ description: 'Options dealt per turn, besides the standing moves.' }) })
      .optional()
      .meta({ description: 'Deal a hand of options each turn; without it every open option is offered.' }),
    map: z
      .strictObject({
        west: z.number().min(-180).max(180),
        east: z.number().min(-180).max(180),
        south: z.number().min(-90).max(90),
        north: z.number().min(-90).max(90),
      })
      .optional()
      .meta({ description: 'The part of the world the board shows, in degrees: {west: -95, east: -60, south: 15, north: 45}.' }),
    capital: z.strictObject({
      label: Text,
      start: z.int().min(0),
      per_turn: AmountValue,
      max: z.int().min(1),
    }),
    sources: z.array(Source).default([]),
    meters: z.array(Meter).min(1),
    flags: z.array(Flag).default([]),
    places: z.array(Place).default([]),
    actors: z.array(Actor).default([]),
    families: z.array(Family).min(1),
    actions: z.array(Action).min(1),
    events: z.array(Event).default([]),
    storylines: z.array(Storyline).default([]),
    endings: z.array(Ending).min(1),
    epilogues: z.array(Epilogue).default([]).meta({ description: 'After the ending, what became of each stakeholder.' }),
    roles: z
      .array(Role)
      .default([])
      .meta({ description: 'Parts of the cabinet groups can play, each with a private brief and interests.' }),
    memos: z.array(Memo).default([]).meta({ description: "Advisers' memos on the desk, each shown while its condition holds." }),
    assertions: z.array(Assertion).default([]),
    prediction: z
      .strictObject({ question: Text, options: z.array(PredictionOption).min(2) })
      .optional()
      .meta({ description: 'One question asked every turn (format 2); predictions: lets each turn ask about its main reaction.' }),
    predictions: z
      .array(
        z.strictObject({
          id: Id,
          when: ExpressionText.optional().meta({
            description: "This turn's main reaction when it holds as the player decides: the first that holds is asked.",
          }),
          question: Text,
          options: z.array(PredictionOption).min(2),
        }),
      )
      .default([])
      .meta({ description: 'Tracks of reactions a player can be asked to predict: the first whose when holds is asked each turn.' }),
    debrief: Debrief.default({ history: [], questions: [], content_notes: [] }),
  })
  .meta({ title: 'Crisis Desk scenario', description: 'A scenario file for Crisis Desk (see docs/authoring.md).' });

export type ScenarioFileData = z.output<typeof ScenarioFile>;
export type TextInput = z.output<typeof Text>;
export type RichTextInput = z.output<typeof RichText>;
export type CalendarInput = { turns?: number | undefined; days_per_turn: number; dates?: string[] | undefined; end?: string | undefined };
