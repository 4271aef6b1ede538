import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';
import { heading, NAMES, playToEnding, playTurn } from './play';
import { generatedExports } from '../helpers/exports';
import { shippedScenario } from '../helpers/scenario';

const sessions: Session[] = [];
async function open(options: Parameters<typeof openSession>[0] = {}): Promise<Session> {
  const session = await openSession(options);
  sessions.push(session);
  return session;
}

/** The link the teacher page gives for the default options. */
async function classLinkFromTeacherPage(): Promise<string> {
  const { page } = await open();
  await page.goto(`${inject('baseUrl')}#teacher`);
  await heading(page, /set up a class/i).waitFor();
  await page.getByRole('spinbutton', { name: /game number/i }).fill('777');
  await page.getByRole('spinbutton', { name: /game number/i }).press('Tab');
  const link = await page.getByRole('textbox', { name: /class link/i }).inputValue();
  expect(link, link).toMatch(/\?class=ottawa-2021\.en\.ll\.pm\.[0-9a-z]{2}$/);
  expect(await page.getByRole('img', { name: /qr code/i }).isVisible()).toBe(true);
  return link;
}

describe('the classroom', () => {
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((session) => session.close()));
  });

  it('gives every student who opens the class link the same game, with the prediction step', async () => {
    const link = await classLinkFromTeacherPage();
    const seen: string[] = [];
    for (const width of [1280, 390]) {
      const { page, errors } = await open({ width, height: 800 });
      await page.goto(link);
      await page.getByRole('button', { name: NAMES.en.start }).click();
      await page.getByRole('button', { name: NAMES.en.endTurn }).waitFor();
      const briefing = await page.getByRole('region', { name: /briefing/i }).textContent();
      await page.keyboard.press('2');
      await page.getByRole('button', { name: NAMES.en.endTurn }).click();
      const prediction = page.getByRole('region', { name: NAMES.en.predictRegion });
      await prediction.getByRole('radio').first().check();
      await prediction.getByRole('button', { name: NAMES.en.submitPrediction }).click();
      const showAll = page.getByRole('button', { name: NAMES.en.showAll });
      if (await showAll.isVisible()) await showAll.click();
      seen.push(`${briefing ?? ''}\n---\n${(await page.getByRole('region', { name: NAMES.en.resultsRegion }).textContent()) ?? ''}`);
      expect(errors).toEqual([]);
    }
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toMatch(/You predicted:/);
  });

  it('refuses a tampered class link with a clear message', async () => {
    const link = await classLinkFromTeacherPage();
    const { page, errors } = await open();
    await page.goto(link.replace('.ll.', '.lm.'));
    await heading(page, /this class link does not work/i).waitFor();
    expect(await page.getByText(/a character is wrong or missing/i).isVisible()).toBe(true);
    await page.getByRole('button', { name: /play on my own/i }).click();
    await page.getByRole('button', { name: NAMES.en.start }).waitFor();
    expect(errors).toEqual([]);
  });

  it('exports a finished game, prints its report, and the class results replay it exactly', async () => {
    const student = await open();
    await student.page.goto(`${inject('baseUrl')}?seed=31&predict=1`);
    await playToEnding(student.page, 'pointer', NAMES.en);
    const endingTitle = await heading(student.page, NAMES.en.ending).textContent();
    await student.page.getByRole('textbox', { name: /your name/i }).fill('Avery');
    await student.page
      .getByRole('region', { name: /questions to discuss/i })
      .getByRole('textbox')
      .first()
      .fill('We stayed with our allies.');
    const [download] = await Promise.all([
      student.page.waitForEvent('download'),
      student.page
        .getByRole('button', { name: /save my game as a file/i })
        .first()
        .click(),
    ]);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      kind: 'crisis-desk-export',
      scenarioId: 'ottawa-2021',
      seed: 31,
      player: 'Avery',
      answers: ['We stayed with our allies.'],
    });
    await student.page.getByText(/show the numbers as a table/i).click();
    const finalMeters = await student.page.getByRole('table').first().textContent();

    await student.page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = join(ARTIFACTS, `report-${format}.pdf`);
      await student.page.pdf({ path: pdf, format, printBackground: true });
      const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(30);
      if (existsSync('/usr/bin/pdftoppm')) {
        execFileSync('/usr/bin/pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', pdf, join(ARTIFACTS, `report-${format}`)]);
      }
    }

    const ottawa = shippedScenario('ottawa-2021');
    const classFiles = generatedExports(ottawa, 5, { seed: 31 }).map((file, index) => {
      const path = join(ARTIFACTS, `class-export-${index + 1}.json`);
      writeFileSync(path, file.text);
      return path;
    });
    const avery = join(ARTIFACTS, 'class-export-avery.json');
    writeFileSync(avery, exported);
    const broken = join(ARTIFACTS, 'class-export-broken.json');
    writeFileSync(broken, exported.replace('"seed": 31', '"seed": "thirty-one"'));

    const teacher = await open({ width: 1366, height: 768 });
    await teacher.page.goto(`${inject('baseUrl')}#results`);
    await heading(teacher.page, /class results/i).waitFor();
    await teacher.page.getByLabel(/choose game files/i).setInputFiles([avery, ...classFiles, broken]);
    await teacher.page.getByText('6 games loaded.').waitFor();
    expect(await teacher.page.getByText(/class-export-broken\.json: this is not a Crisis Desk game file/i).isVisible()).toBe(true);
    for (const name of ['Endings reached', 'How the class chose, turn by turn', 'Predictions', 'Games that stood out']) {
      expect(await teacher.page.getByRole('heading', { name, exact: true }).isVisible(), name).toBe(true);
    }
    await teacher.page.screenshot({ path: join(ARTIFACTS, 'class-results.png'), fullPage: true });

    await teacher.page.getByRole('button', { name: /replay avery’s game/i }).click();
    await heading(teacher.page, /^Turn 1 of 8/).waitFor();
    await teacher.page.screenshot({ path: join(ARTIFACTS, 'replay-turn-1.png') });
    for (let step = 0; step < 20 && !(await heading(teacher.page, NAMES.en.ending).isVisible()); step += 1) {
      await teacher.page.getByRole('button', { name: /^(next turn|see the ending)$/i }).click();
    }
    expect(await heading(teacher.page, NAMES.en.ending).textContent()).toBe(endingTitle);
    await teacher.page.getByText(/show the numbers as a table/i).click();
    expect(await teacher.page.getByRole('table').first().textContent()).toBe(finalMeters);
    expect(await teacher.page.getByRole('textbox', { name: /your name/i }).inputValue()).toBe('Avery');
    expect([...student.errors, ...teacher.errors]).toEqual([]);
  });

  it('keeps working offline once loaded', async () => {
    const { page, context, errors } = await open();
    await page.goto(inject('baseUrl'));
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await expect.poll(() => page.evaluate('navigator.serviceWorker.controller !== null'), { timeout: 20_000 }).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: NAMES.en.start }).click();
    await playTurn(page, 'pointer', NAMES.en);
    await heading(page, /^Turn 2 of/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'offline-turn-2.png') });
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });
});
