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
  // The live classroom (src/live, src/server): what one client may send, and how often.
  /** Characters in a role's note arguing for its proposal. */
  liveNote: 400,
  /** Characters in a display name in a live session. */
  liveName: 40,
  /** Characters in a live session's join code. */
  liveCode: 6,
  /** Bytes of one message from a client (larger ones are refused unread). */
  liveMessageBytes: 4096,
  /** Messages one client may send at once, and per second after that (far beyond any person's clicking). */
  liveMessageBurst: 30,
  liveMessagesPerSecond: 5,
  /** Seats in one session (a class and its teacher, with room for a reload or two). */
  liveSeats: 60,
  /** Sessions one class server process runs at once (far beyond a school's; a bound on anyone opening sessions in a loop). */
  liveSessionsPerProcess: 300,
  /** Seconds a vote runs by default, the most an extension adds, and the longest a vote may run. */
  liveVoteSeconds: 90,
  liveExtendSeconds: 30,
  liveVoteMaxSeconds: 600,
  /** Hours a session is kept in the presence store (Redis) after its last change; then it is gone. */
  liveSessionHours: 6,
} as const;
