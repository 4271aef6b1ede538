import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';
import { endingById, offeredActions } from '../../src/engine';
import { playWithLoop } from '../../src/sim/play-game';
import type { Policy } from '../../src/sim/policies';
import { localize } from '../../src/ui/i18n/translate';
import { shippedScenario } from '../helpers/scenario';
import { heading, NAMES, playToEnding, playTurn, tabTo, type InputMode } from './play';

const VIEWPORTS = {
  desktop: { width: 1280, height: 720 },
  chromebook: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/** Two whole games, between them every input mode, both languages, a small and a large screen, and the prediction step. */
const GAMES: { mode: InputMode; language: 'en' | 'fr'; viewport: keyof typeof VIEWPORTS; predict: boolean; length: 'short' | 'full' }[] = [
  { mode: 'keyboard', language: 'en', viewport: 'desktop', predict: false, length: 'short' },
  { mode: 'pointer', language: 'fr', viewport: 'phone', predict: true, length: 'full' },
];

const ottawa = shippedScenario('ottawa-2021');

/** What the browser player does (the first card of the hand it can afford, each turn), played by the engine in Node. */
const firstAffordable: Policy = {
  name: 'first-affordable',
  choose: (scenario, game) => ({
    actions: offeredActions(scenario, game)
      .filter((action) => !action.standing && action.cost <= game.capital)
      .slice(0, 1)
      .map((action) => action.id),
    answers: {},
  }),
};

describe('a full game in Chromium', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  for (const game of GAMES) {
    const label = `${game.mode}-${game.language}-${game.viewport}`;
    it(`is played from the title to the debrief with the ${game.mode} alone, in ${game.language === 'en' ? 'English' : 'French'}, on a ${game.viewport} screen, the ${game.length} game`, async () => {
      session = await openSession({ ...VIEWPORTS[game.viewport], locale: game.language === 'fr' ? 'fr-CA' : 'en-CA' });
      const { page, errors } = session;
      const names = NAMES[game.language];
      await page.goto(`${inject('baseUrl')}?lang=${game.language}&seed=11${game.predict ? '&predict=1' : ''}`);
      await heading(page, /hostages|otages|michael/i)
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(game.language);
      // The length of game is chosen on the title, as a player would (the first is the default).
      const length = page.locator(`input[name="mode"][value="${game.length}"]`);
      if (ottawa.modes.length > 1) {
        if (game.mode === 'pointer') await length.check();
        else {
          await tabTo(page, page.locator('input[name="mode"]:checked'));
          if (!(await length.isChecked())) await page.keyboard.press('ArrowDown');
        }
        expect(await length.isChecked()).toBe(true);
      }
      const turns = await playToEnding(page, game.mode, names);
      // The game in the page is the engine's game: the same ending, on the same turn.
      const mode = ottawa.modes.some((candidate) => candidate.id === game.length) ? game.length : undefined;
      const expected = playWithLoop(ottawa, { seed: 11, policy: firstAffordable, predictions: game.predict, mode });
      const ending = expected.ending === null ? null : endingById(ottawa, expected.ending.id);
      expect(turns).toBe(expected.turns.length);
      expect(await heading(page, names.ending).textContent()).toContain(localize(ending?.title, game.language));
      await page.screenshot({ path: join(ARTIFACTS, `debrief-${label}.png`) });
      expect(errors).toEqual([]);
    });
  }

  it('announces news and results in a live region', async () => {
    session = await openSession();
    const { page, errors } = session;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: NAMES.en.start }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Turn 1, /);
    await page.getByRole('button', { name: NAMES.en.endTurn }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Results of turn 1/);
    await page.screenshot({ path: join(ARTIFACTS, 'results-on-the-desk.png') });
    expect(errors).toEqual([]);
  });

  it('keeps the game when the tab is closed: autosave and resume after a reload', async () => {
    session = await openSession();
    const { page, errors } = session;
    await page.goto(`${inject('baseUrl')}?seed=5`);
    await page.getByRole('button', { name: NAMES.en.start }).click();
    await playTurn(page, 'pointer', NAMES.en);
    await playTurn(page, 'pointer', NAMES.en);
    const before = await page.getByRole('list', { name: /the situation/i }).textContent();
    await page.reload();
    await page.getByRole('button', { name: /^continue \(turn 3\)$/i }).click();
    await heading(page, /^Turn 3 of/).waitFor();
    expect(await page.getByRole('list', { name: /the situation/i }).textContent()).toBe(before);
    expect(errors).toEqual([]);
  });

  it('keeps a finished game and the debrief answers being written when the tab is closed', async () => {
    session = await openSession();
    const { page, errors } = session;
    await page.goto(`${inject('baseUrl')}?scenario=cuban-missiles-1962&seed=8`);
    await page.getByRole('button', { name: NAMES.en.start }).click();
    for (let turn = 0; turn < 30 && !(await heading(page, NAMES.en.ending).isVisible()); turn += 1) {
      await playTurn(page, 'pointer', NAMES.en, { choose: false });
    }
    const ending = await heading(page, NAMES.en.ending).textContent();
    const answer = page.locator('.questions textarea').first();
    await answer.fill('The blockade bought time for talks.');
    await page.reload();
    await page.getByRole('button', { name: /^back to your last debrief$/i }).click();
    expect(await heading(page, NAMES.en.ending).textContent()).toBe(ending);
    expect(await answer.inputValue()).toBe('The blockade bought time for talks.');
    expect(errors).toEqual([]);
  });
});
