import type { GameState, Scenario } from '../engine';
import { endingTrace } from './cause-explanation';
import { endingView, epilogueViews } from './debrief-view';
import { actionCards, memoViews } from './desk-view';
import { fileViews, questionViews } from './files-view';
import type { Language } from './i18n/translate';
import { predictionAsked } from './prediction-view';
import { stories } from './story-view';

/** Words in a text: runs of letters or digits (so "Kovrig's" is one, "18–19" is two). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
}

const words = (...texts: readonly string[]): number => texts.reduce((sum, text) => sum + wordCount(text), 0);

/**
 * What a player reads on one turn, counted as the desk shows it: the morning's news, the
 * questions put to them, the files whose state moved, the hand (standing moves and memos folded:
 * their titles only), the prediction if asked, and the results. `opened` is the state at the
 * turn's decision; `resolved`, the state after it.
 */
export function turnWords(scenario: Scenario, opened: GameState, resolved: GameState, language: Language, predictions: boolean): number {
  const turn = opened.turn;
  let total = 0;
  for (const story of stories(scenario, opened, turn, 'briefing', language)) total += words(story.title, story.text);
  for (const question of questionViews(scenario, opened, [], {}, language)) {
    total += words(question.title, question.prompt, question.deadline, question.fallback);
    for (const response of question.responses) total += words(response.title, response.text);
  }
  const moved = new Set(
    opened.chronicle
      .filter((h) => h.turn === turn && h.what.kind === 'storyline')
      .map((h) => (h.what.kind === 'storyline' ? h.what.id : '')),
  );
  for (const file of fileViews(scenario, opened, language)) {
    total += words(file.label, file.state);
    // A file's hint is read when the file opens or moves, not again every turn it stands still.
    if (turn === 1 || moved.has(file.id)) total += words(file.hint);
  }
  for (const card of actionCards(scenario, opened, [], language)) total += card.standing ? words(card.title) : words(card.title, card.text);
  for (const memo of memoViews(scenario, opened, language)) total += words(memo.from, memo.title);
  const asked = predictions ? predictionAsked(scenario, opened, language) : null;
  if (asked !== null) total += words(asked.question, ...asked.options.map((option) => option.label));
  for (const story of stories(scenario, resolved, turn, 'resolution', language)) total += words(story.title, story.text);
  return total;
}

/** What a player reads once the game is over, before the debrief: the ending, why, and the epilogues. */
export function endingWords(scenario: Scenario, game: GameState, language: Language): number {
  const ending = endingView(scenario, game, language);
  if (ending === null) return 0;
  return (
    words(ending.title, ending.text) +
    endingTrace(scenario, game, language).reduce((sum, line) => sum + wordCount(line.text), 0) +
    epilogueViews(scenario, game, language).reduce((sum, epilogue) => sum + words(epilogue.label, epilogue.text), 0)
  );
}

/** The decisions a player makes on a turn: each option taken, each answer given, the prediction, and ending the turn. */
export function turnDecisions(game: GameState, turn: number): number {
  const record = game.turns.find((candidate) => candidate.turn === turn);
  if (record === undefined) return 0;
  return record.decisions.length + Object.keys(record.answers).length + (record.prediction === null ? 0 : 1) + 1;
}
