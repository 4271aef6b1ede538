import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';
import { heading, NAMES, playToEnding } from './play';

const sessions: Session[] = [];
async function open(options: Parameters<typeof openSession>[0] = {}): Promise<Session> {
  const session = await openSession(options);
  sessions.push(session);
  return session;
}

function pdfPages(path: string): number {
  return (readFileSync(path, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** Turns projector mode on the way a teacher does: in the settings dialog. */
async function projectorOn(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^settings$/i })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /settings/i });
  await dialog.getByRole('checkbox', { name: /projector mode/i }).check();
  await dialog.getByRole('button', { name: /close/i }).first().click();
}

describe('a classroom period', () => {
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((session) => session.close()));
  });

  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    it(`runs a show of hands on a projector at ${width}x${height}: the whole hand on one screen, a count per option`, async () => {
      const { page, errors } = await open({ width, height });
      await page.goto(`${inject('baseUrl')}?seed=12`);
      await projectorOn(page);
      await page.getByRole('button', { name: NAMES.en.start }).click();
      const hand = page.locator('ul.cards:not(.standing) > li');
      await hand.first().waitFor();
      const count = await hand.count();
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(6);
      for (let index = 0; index < count; index += 1) {
        const box = await hand.nth(index).boundingBox();
        expect(box, `card ${index + 1}`).not.toBeNull();
        expect(box!.y + box!.height, `card ${index + 1} ends inside the screen`).toBeLessThanOrEqual(height);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      const first = hand.first();
      const more = first.getByRole('button', { name: /^one vote more for/i });
      for (let vote = 0; vote < 3; vote += 1) await more.click();
      await first.getByRole('button', { name: /^one vote fewer for/i }).click();
      expect(await first.getByRole('spinbutton').inputValue()).toBe('2');
      await first.getByRole('spinbutton').fill('17');
      await first.getByRole('spinbutton').press('Tab');
      expect(await first.getByRole('spinbutton').inputValue()).toBe('17');
      // The cards' text is as large on the wall at either resolution: about 20 px at 1080 lines.
      const fontSize = await first.locator('.card-text').evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
      expect(fontSize / height).toBeGreaterThanOrEqual(0.0185);
      await page.screenshot({ path: join(ARTIFACTS, `projector-${width}x${height}.png`) });
      expect(errors).toEqual([]);
    });
  }

  it('keeps the teacher’s class: the link projected in the morning is the link sent the day before', async () => {
    const { page, errors } = await open();
    await page.goto(`${inject('baseUrl')}#teacher`);
    await heading(page, /set up a class/i).waitFor();
    const link = await page.getByRole('textbox', { name: /class link/i }).inputValue();
    await page.getByRole('textbox', { name: /class name/i }).fill('Period 3 civics');
    await page.getByRole('button', { name: /save this class/i }).click();
    await page.reload();
    await heading(page, /set up a class/i).waitFor();
    await page.getByRole('button', { name: /open period 3 civics/i }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /class link/i }).inputValue()).toBe(link);
    await page.getByRole('button', { name: /forget period 3 civics/i }).click();
    await page.reload();
    await heading(page, /set up a class/i).waitFor();
    expect(await page.getByRole('button', { name: /open period 3 civics/i }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps a later answer when an earlier one is left blank, in the file, after a reload and in the class results', async () => {
    const { page, errors } = await open();
    await page.goto(`${inject('baseUrl')}?seed=31`);
    await playToEnding(page, 'pointer', NAMES.en);
    const answers = page.getByRole('region', { name: /questions to discuss/i }).getByRole('textbox');
    expect(await answers.count()).toBeGreaterThanOrEqual(2);
    await answers.nth(1).fill('Allies matter more than speed.');
    await answers.nth(1).press('Tab');
    await page.reload();
    await page.getByRole('button', { name: /back to your last debrief/i }).click();
    await heading(page, NAMES.en.ending).waitFor();
    const again = page.getByRole('region', { name: /questions to discuss/i }).getByRole('textbox');
    expect(await again.nth(0).inputValue()).toBe('');
    expect(await again.nth(1).inputValue()).toBe('Allies matter more than speed.');
    expect(await page.getByText(/damaged/i).count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /save my game as a file/i })
        .first()
        .click(),
    ]);
    const path = join(ARTIFACTS, 'partial-answers.json');
    writeFileSync(path, readFileSync(await download.path(), 'utf8'));
    expect((JSON.parse(readFileSync(path, 'utf8')) as { answers: unknown[] }).answers.slice(0, 2)).toEqual([
      '',
      'Allies matter more than speed.',
    ]);
    await page.goto(`${inject('baseUrl')}#results`);
    await heading(page, /class results/i).waitFor();
    await page.getByLabel(/choose game files/i).setInputFiles([path]);
    await page.getByText('1 game loaded.').waitFor();
    expect(await page.getByText('Allies matter more than speed.').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('prints a student’s report in five pages at most on A4 and Letter, the turn-by-turn details only when asked', async () => {
    const { page, errors } = await open();
    await page.goto(`${inject('baseUrl')}?seed=31`);
    await playToEnding(page, 'pointer', NAMES.en);
    await page.emulateMedia({ media: 'print' });
    const counts: Record<string, number> = {};
    for (const format of ['A4', 'Letter'] as const) {
      const path = join(ARTIFACTS, `report-short-${format}.pdf`);
      await page.pdf({ path, format, printBackground: true });
      counts[format] = pdfPages(path);
      expect(counts[format], format).toBeGreaterThanOrEqual(2);
      expect(counts[format], format).toBeLessThanOrEqual(5);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('checkbox', { name: /print the turn-by-turn details too/i }).check();
    await page.emulateMedia({ media: 'print' });
    const path = join(ARTIFACTS, 'report-details-A4.pdf');
    await page.pdf({ path, format: 'A4', printBackground: true });
    expect(pdfPages(path)).toBeGreaterThan(counts['A4']!);
    const text = await page.locator('main').textContent();
    expect(text).toMatch(/https:\/\//);
    expect(errors).toEqual([]);
  });
});
