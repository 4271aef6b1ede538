import { describe, expect, it } from 'vitest';
import { resolveTurn, startGame } from '../../../src/engine';
import { announce } from '../../../src/ui/announcements';
import { shippedScenario } from '../../helpers/scenario';

const ottawa = shippedScenario('ottawa-2021');

describe('announcements, a pure function of two moments', () => {
  const opening = startGame(ottawa, 3);
  const resolved = resolveTurn(ottawa, opening, []);

  it('announce a game that arrives with no before (started or restored) once, as a new turn, without the sting', () => {
    const news = announce(ottawa, null, { game: opening, phase: 'decision' }, 'en');
    expect(news).toMatchObject({ newTurn: true, sting: false, resultsOpened: false });
    expect(news.texts).toHaveLength(1);
    expect(news.texts[0]).toMatch(/^Turn 1, March 22, 2021\. \d+ news items?\./);
  });

  it('say nothing when nothing changed, and open no new turn when the player goes back from predicting', () => {
    expect(announce(ottawa, { game: opening, phase: 'decision' }, { game: opening, phase: 'decision' }, 'en').texts).toEqual([]);
    expect(announce(ottawa, { game: opening, phase: 'predicting' }, { game: opening, phase: 'decision' }, 'en').newTurn).toBe(false);
  });

  it('open the results, then a new turn even though the turn number moved on when the results came in', () => {
    const results = announce(ottawa, { game: opening, phase: 'decision' }, { game: resolved, phase: 'resolution' }, 'fr');
    expect(results).toMatchObject({ resultsOpened: true, newTurn: false });
    expect(results.texts[0]).toMatch(/^Résultats du tour 1/);
    expect(resolved.turn).toBe(2);
    expect(announce(ottawa, { game: resolved, phase: 'resolution' }, { game: resolved, phase: 'decision' }, 'en').newTurn).toBe(true);
  });
});
