import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Presses Tab until the locator has focus: the way a keyboard user reaches a control. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target.toString()} with the Tab key`);
}

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name });

/** Interface names in each language, as a player reads them. */
export const NAMES = {
  en: {
    start: /^start a new game$/i,
    endTurn: /^end turn/i,
    next: /^show the next consequence$/i,
    showAll: /^show all$/i,
    continueOn: /^(continue to the next turn|see how it ended)$/i,
    ending: /^the end:/i,
    submitPrediction: /^lock in my prediction$/i,
    reason: /why do you think so/i,
    options: /options? this turn/i,
    predictRegion: /^before the results/i,
    resultsRegion: /^what happened$/i,
  },
  fr: {
    start: /^commencer une partie$/i,
    endTurn: /^terminer le tour/i,
    next: /^montrer la conséquence suivante$/i,
    showAll: /^tout montrer$/i,
    continueOn: /^(passer au tour suivant|voir le dénouement)$/i,
    ending: /^fin\s:/i,
    submitPrediction: /^valider ma prédiction$/i,
    reason: /pourquoi\s?\?/i,
    options: /options? pour ce tour/i,
    predictRegion: /^avant les résultats/i,
    resultsRegion: /^ce qui s’est passé$/i,
  },
} as const;
export type Names = (typeof NAMES)[keyof typeof NAMES];

/** The first action card the player can still afford this turn (found again by its name), and its place on the desk. */
export async function firstAffordableCard(page: Page, names: Names): Promise<{ card: Locator; index: number } | null> {
  // A string, not a function: the test runner's transforms must not reach code that runs in the page.
  await page.getByRole('list', { name: names.options }).waitFor();
  const found = await page.evaluate<{ index: number; name: string } | null>(`(() => {
    const cards = Array.from(document.querySelectorAll('ul.cards:not(.standing) button[aria-pressed]'));
    const index = cards.findIndex((card) => card.getAttribute('aria-pressed') === 'false' && card.getAttribute('aria-disabled') === 'false');
    return index < 0 ? null : { index, name: cards[index].textContent.trim() };
  })()`);
  return found === null ? null : { card: page.getByRole('button', { name: found.name, exact: true }), index: found.index };
}

export type InputMode = 'keyboard' | 'pointer';

async function activate(page: Page, target: Locator, mode: InputMode, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  if (mode === 'pointer') {
    await target.click();
    return;
  }
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Commits this turn's decisions, answers the prediction if asked, reads every consequence on the desk, moves on. */
export async function playTurn(page: Page, mode: InputMode, names: Names, options: { choose?: boolean } = {}): Promise<void> {
  const endTurn = page.getByRole('button', { name: names.endTurn });
  await endTurn.waitFor({ timeout: 10_000 });
  const before = await page.locator('h1.turn-heading').textContent();
  const found = options.choose === false ? null : await firstAffordableCard(page, names);
  if (found !== null) {
    if (mode === 'keyboard' && found.index < 9) await page.keyboard.press(String(found.index + 1));
    else await activate(page, found.card, mode, 'Space');
    await expect.poll(() => found.card.getAttribute('aria-pressed')).toBe('true');
  }
  if (mode === 'keyboard') await page.keyboard.press('e');
  else await endTurn.click();
  const predict = page.getByRole('region', { name: names.predictRegion });
  const results = page.getByRole('region', { name: names.resultsRegion });
  await expect.poll(async () => (await predict.isVisible()) || (await results.isVisible()), { timeout: 10_000 }).toBe(true);
  if (await predict.isVisible()) {
    const firstOption = predict.getByRole('radio').first();
    if (mode === 'keyboard') {
      await tabTo(page, firstOption);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Because of last turn');
      await page.keyboard.press('Enter');
    } else {
      await firstOption.check();
      await predict.getByRole('textbox', { name: names.reason }).fill('Because of last turn');
      await predict.getByRole('button', { name: names.submitPrediction }).click();
    }
    await results.waitFor();
  }
  const next = page.getByRole('button', { name: names.next });
  for (let i = 0; i < 40 && (await next.isVisible().catch(() => false)); i += 1) {
    if (mode === 'keyboard') await page.keyboard.press('n');
    else await page.getByRole('button', { name: names.showAll }).click();
  }
  const continueOn = page.getByRole('button', { name: names.continueOn });
  await continueOn.waitFor();
  if (mode === 'keyboard') await page.keyboard.press('c');
  else await continueOn.click();
  // The next turn has opened (its heading changed), or the game is over.
  await expect
    .poll(async () => (await heading(page, names.ending).isVisible()) || (await page.locator('h1.turn-heading').textContent()) !== before)
    .toBe(true);
}

/**
 * Plays one whole game from the title screen to the ending, choosing the first affordable
 * action each turn, with only role-and-name queries and either the keyboard or the pointer.
 */
export async function playToEnding(page: Page, mode: InputMode, names: Names): Promise<number> {
  await activate(page, page.getByRole('button', { name: names.start }), mode);
  for (let turns = 1; turns <= 60; turns += 1) {
    await playTurn(page, mode, names);
    if (await heading(page, names.ending).isVisible()) return turns;
  }
  throw new Error('the game did not end within 60 turns');
}
