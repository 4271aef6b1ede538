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

/** The first action card the player can still afford this turn, found again by its name after it changes. */
export async function firstAffordableCard(page: Page): Promise<Locator | null> {
  const cards = page.getByRole('list', { name: /options/i }).getByRole('button', { pressed: false });
  const count = await cards.count();
  for (let i = 0; i < count; i += 1) {
    const card = cards.nth(i);
    if ((await card.getAttribute('aria-disabled')) !== 'false') continue;
    const name = await card.evaluate(
      (element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
    );
    return page.getByRole('button', { name, exact: true });
  }
  return null;
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

/**
 * Plays one whole game from the title screen to the ending, choosing the first affordable
 * action each turn, with only role-and-name queries and either the keyboard or the pointer.
 */
export async function playToEnding(
  page: Page,
  mode: InputMode,
  names: { start: RegExp; endTurn: RegExp; continueOn: RegExp; ending: RegExp },
): Promise<number> {
  await activate(page, page.getByRole('button', { name: names.start }), mode);
  let turns = 0;
  for (; turns < 60; turns += 1) {
    const endTurn = page.getByRole('button', { name: names.endTurn });
    await endTurn.waitFor({ timeout: 10_000 });
    const card = await firstAffordableCard(page);
    if (card !== null) {
      await activate(page, card, mode, 'Space');
      await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
    }
    await activate(page, endTurn, mode);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 10_000 });
    const next = dialog.getByRole('button', { name: names.continueOn });
    await activate(page, next, mode);
    const ended = await heading(page, names.ending)
      .isVisible()
      .catch(() => false);
    if (ended) return turns + 1;
    await page.waitForFunction(() => document.querySelector('[role="dialog"]') === null);
    if (await heading(page, names.ending).isVisible()) return turns + 1;
  }
  throw new Error('the game did not end within 60 turns');
}
