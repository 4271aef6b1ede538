import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';
import { seriousViolations } from './page-checks';
import { fr } from '../../src/ui/i18n/strings-fr';
import { heading } from './play';

const sessions: Session[] = [];

describe('the facilitator guide', () => {
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((session) => session.close()));
  });

  it("opens from the teacher page in the teacher's language, leads back to it, and works offline", async () => {
    const session = await openSession({ locale: 'fr-CA' });
    sessions.push(session);
    const { page, context, errors } = session;
    await page.goto(`${inject('baseUrl')}#teacher`);
    await heading(page, /^préparer une classe$/i).waitFor();

    await page.getByRole('link', { name: /^guide pédagogique$/i }).click();
    await page.waitForURL(/\/guide\/fr\/index\.html$/);
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr');
    await page.getByRole('heading', { level: 1, name: /guide pédagogique/i }).waitFor();
    // The guide's plan is the teacher page's plan, minute for minute.
    expect((await page.locator('#plan .plan-time').first().textContent())?.replace(/\u00A0/g, ' ')).toBe(fr['teacher.plan1.time']);
    // The shared stylesheet loaded: the plan's minutes sit in their own column.
    expect(
      await page
        .locator('#plan .plan > li')
        .first()
        .evaluate((item) => getComputedStyle(item).display),
    ).toBe('grid');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'guide-fr.png') });

    await page.getByRole('link', { name: /retour au jeu/i }).click();
    await heading(page, /^préparer une classe$/i).waitFor();

    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await expect.poll(() => page.evaluate('navigator.serviceWorker.controller !== null'), { timeout: 20_000 }).toBe(true);
    await heading(page, /^préparer une classe$/i).waitFor();
    await context.setOffline(true);
    await page.getByRole('link', { name: /^fiche de l’élève/i }).click();
    await page.waitForURL(/\/guide\/fr\/handout\.html$/);
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr');
    await page.getByRole('heading', { level: 1, name: /fiche de l’élève/i }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /^english$/i }).click();
    await page.waitForURL(/\/guide\/en\/handout\.html$/);
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });
});
