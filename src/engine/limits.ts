/**
 * Every size limit the game enforces, in one place: the scenario schema, the flow, the saved and
 * exported records, and the inputs on screen all read them from here, so that what a player can
 * type is exactly what a file may hold (a longer answer in a file than the box allows is how
 * files used to be refused as damaged).
 */
export const LIMITS = {
  /** Characters in a prediction's reason. */
  predictionReason: 280,
  /** Characters in one answer to a discussion question. */
  answer: 1500,
  /** Discussion questions a record may answer. */
  answers: 30,
  /** A player's name or initials. */
  playerName: 60,
  /** A save slot's name. */
  slotName: 40,
  /** Characters kept of a dropped file's name. */
  fileName: 120,
  /** Ids (of scenarios, actions, responses) in records. */
  recordId: 80,
  /** Scenario versions and timestamps in records. */
  recordStamp: 40,
  /** Class codes in records. */
  classCode: 40,
  /** Turns in one record; far beyond any calendar. */
  recordTurns: 200,
  /** Decisions in one recorded turn. */
  decisionsPerTurn: 20,
  /** Bytes of an export file a teacher may drop. */
  exportBytes: 500_000,
  /** Export files dropped at once on the class results page. */
  exportFiles: 200,
  /** Bytes of a scenario file. */
  scenarioBytes: 1_000_000,
  /** Levels of nesting in a scenario file. */
  scenarioNesting: 64,
  /** Characters and depth of one expression. */
  expressionLength: 1000,
  expressionDepth: 64,
} as const;
