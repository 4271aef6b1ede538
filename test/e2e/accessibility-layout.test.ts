import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';
import { layoutProblems, seriousViolations } from './page-checks';
import { writeSave } from '../../src/app/game-record';
import { playWithLoop } from '../../src/sim/play-game';
import { randomPolicy } from '../../src/sim/policies';
import { recordedTurns } from '../../src/sim/replay';
import { shippedScenario } from '../helpers/scenario';
import { heading, NAMES } from './play';

const ottawa = shippedScenario('ottawa-2021');
const AUTOSAVE = 'crisis-desk.autosave.ottawa-2021';
/** A whole game of the article scenario, finished, with an answer to the first question only. */
const FINISHED = (() => {
  const game = playWithLoop(ottawa, { seed: 3, policy: randomPolicy, predictions: true });
  return writeSave({
    scenarioId: ottawa.id,
    scenarioVersion: ottawa.version,
    seed: 3,
    predictions: true,
    turns: recordedTurns(game.turns),
    ended: true,
    answers: ['A first answer', ''],
  });
})();

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'chromebook', width: 1366, height: 768 },
  // A phone draws at twice the CSS pixels: the board must be crisp there.
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 2 },
] as const;

/** Visits every screen of the game in turn; each step leaves the page on the named screen. */
const SCREENS: { name: string; reach: (session: Session) => Promise<void> }[] = [
  {
    name: 'title',
    reach: async ({ page }) =>
      void (await page.goto(`${inject('baseUrl')}?seed=3&predict=1`),
      await heading(page, /hostages|michael/i)
        .first()
        .waitFor()),
  },
  {
    name: 'help',
    reach: async ({ page }) =>
      void (await page.getByRole('button', { name: /^settings$/i }).click(), await page.getByRole('dialog').waitFor()),
  },
  {
    name: 'desk',
    reach: async ({ page }) => {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: NAMES.en.start }).click();
      await page.getByRole('button', { name: NAMES.en.endTurn }).waitFor();
    },
  },
  {
    name: 'prediction',
    reach: async ({ page }) => {
      await page.keyboard.press('1');
      await page.getByRole('button', { name: NAMES.en.endTurn }).click();
      await page.getByRole('region', { name: NAMES.en.predictRegion }).getByRole('radio').first().waitFor();
    },
  },
  {
    name: 'results',
    reach: async ({ page }) => {
      const prediction = page.getByRole('region', { name: NAMES.en.predictRegion });
      await prediction.getByRole('radio').first().check();
      await prediction.getByRole('button', { name: NAMES.en.submitPrediction }).click();
      const showAll = page.getByRole('button', { name: NAMES.en.showAll });
      if (await showAll.isVisible()) await showAll.click();
    },
  },
  {
    // Reached from a finished game's autosave, as a student reopening their debrief would: playing
    // a whole game to get here is the full-game tests' job.
    name: 'debrief',
    reach: async ({ page }) => {
      await page.getByRole('button', { name: NAMES.en.continueOn }).click();
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [AUTOSAVE, FINISHED] as const);
      await page.reload();
      await page.getByRole('button', { name: /^back to your last debrief$/i }).click();
      await heading(page, NAMES.en.ending).waitFor();
    },
  },
  {
    name: 'teacher',
    reach: async ({ page }) => void (await page.goto(`${inject('baseUrl')}#teacher`), await heading(page, /set up a class/i).waitFor()),
  },
  {
    name: 'class-results',
    reach: async ({ page }) => void (await page.goto(`${inject('baseUrl')}#results`), await heading(page, /class results/i).waitFor()),
  },
];

for (const viewport of VIEWPORTS) {
  describe(`every screen at ${viewport.width}x${viewport.height} (${viewport.name})`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({
        width: viewport.width,
        height: viewport.height,
        deviceScaleFactor: 'deviceScaleFactor' in viewport ? viewport.deviceScaleFactor : 1,
      });
    });
    afterAll(async () => {
      await session.close();
    });

    for (const screen of SCREENS) {
      it(`${screen.name}: no serious accessibility violation, no cut or overlapping text`, async () => {
        await screen.reach(session);
        await session.page.waitForTimeout(150);
        await session.page.screenshot({ path: join(ARTIFACTS, `${viewport.name}-${screen.name}.png`) });
        if (viewport.name === 'desktop') expect(await seriousViolations(session.page)).toEqual([]);
        expect(await layoutProblems(session.page)).toEqual([]);
        expect(session.errors).toEqual([]);
      });
    }
  });
}
