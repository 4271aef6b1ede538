import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';
import { heading, playToEnding } from './play';

const ENGLISH = {
  start: /^start a new game$/i,
  endTurn: /^end turn/i,
  continueOn: /^(continue to next fortnight|see how it ended)$/i,
  ending: /^the end:/i,
};

describe('a full game in Chromium', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  for (const mode of ['keyboard', 'pointer'] as const) {
    it(`can be played from the title to an ending with the ${mode} alone`, async () => {
      session = await openSession();
      const { page, errors } = session;
      await page.goto(inject('baseUrl'));
      await heading(page, /sanctions and hostages/i).waitFor();
      const turns = await playToEnding(page, mode, ENGLISH);
      expect(turns).toBeGreaterThanOrEqual(1);
      const ending = heading(page, ENGLISH.ending);
      expect(await ending.textContent()).toMatch(/^The end: .+/);
      expect(await page.getByRole('button', { name: /play again/i }).isVisible()).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, `ending-${mode}.png`) });
      await page.getByRole('button', { name: /play again/i }).click();
      await heading(page, /sanctions and hostages/i).waitFor();
      expect(errors).toEqual([]);
    });
  }

  it('announces news and results in a live region', async () => {
    session = await openSession();
    const { page, errors } = session;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: ENGLISH.start }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Turn 1, /);
    await page.getByRole('button', { name: ENGLISH.endTurn }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Results of turn 1/);
    expect(errors).toEqual([]);
  });
});
