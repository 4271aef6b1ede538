import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';
import { heading, NAMES, playTurn } from './play';

const ROLES = ["Prime Minister's Office", 'Global Affairs Canada', 'Agriculture and trade', 'Public Safety', 'Opposition critic'];
const pdfPages = (path: string): number => (readFileSync(path, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

describe('role cards for group play', () => {
  const sessions: Session[] = [];
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((session) => session.close()));
  });

  it('prints one card per role from the teacher page, each with its brief and interests', async () => {
    const session = await openSession();
    sessions.push(session);
    const { page, errors } = session;
    await page.goto(`${inject('baseUrl')}#teacher`);
    await page.getByRole('link', { name: /role cards for group play/i }).click();
    await heading(page, 'Role cards').waitFor();
    for (const name of ROLES) expect(await page.getByRole('heading', { name, exact: true }).isVisible(), name).toBe(true);
    expect(await page.getByText(/you will be judged by/i).count()).toBeGreaterThanOrEqual(ROLES.length);
    await page.emulateMedia({ media: 'print' });
    const path = join(ARTIFACTS, 'role-cards-A4.pdf');
    await page.pdf({ path, format: 'A4', printBackground: true });
    // A card a page: groups must not read each other's briefs.
    expect(pdfPages(path)).toBe(ROLES.length);
    expect(errors).toEqual([]);
  });

  it('gives a group its brief on the desk and tells it in the debrief how its interests fared', async () => {
    const session = await openSession();
    sessions.push(session);
    const { page, errors } = session;
    await page.goto(`${inject('baseUrl')}?seed=12`);
    await page.getByRole('combobox', { name: /your role/i }).selectOption({ label: 'Public Safety' });
    await page.getByRole('button', { name: NAMES.en.start }).click();
    await page.getByText('Your brief: Public Safety').click();
    expect(await page.getByText(/you will be judged by/i).isVisible()).toBe(true);
    for (let turn = 1; turn <= 20 && !(await heading(page, NAMES.en.ending).isVisible()); turn += 1) {
      await playTurn(page, 'pointer', NAMES.en);
    }
    await heading(page, 'How each role fared').waitFor();
    const mine = page.locator('#debrief-roles li.mine');
    expect(await mine.getByRole('heading').textContent()).toMatch(/^Public Safety\s*\(your role\)$/);
    expect(await page.locator('#debrief-roles .role-outcomes > li').count()).toBe(ROLES.length);
    expect(await mine.locator('li.met, li.unmet').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});
