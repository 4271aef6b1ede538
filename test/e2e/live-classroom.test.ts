import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, openSession, type Session } from './browser';

let session: Session;

// The class server runs behind the preview server's /live/ (test/e2e/serve-build.ts): the page's default address.
beforeAll(async () => {
  session = await openSession({ width: 1100, height: 900 });
});
afterAll(() => session.close());

describe('the live classroom in the browser', () => {
  it('runs a turn live: the teacher opens a session, two students join, propose, vote, predict and see the reveal together', async () => {
    const { context, page: teacher, errors } = session;
    await teacher.goto(`${inject('baseUrl')}#teacher`);
    const address = await teacher.getByRole('textbox', { name: /class server address/i }).inputValue();
    expect(address).toBe(`${inject('baseUrl').replace(/^http/, 'ws')}live`);
    await teacher.getByRole('button', { name: /start a live session/i }).click();
    const codeShown = teacher.locator('[data-live-code]');
    await codeShown.waitFor();
    const code = (await codeShown.textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    const link = await teacher.getByRole('textbox', { name: /join link/i }).inputValue();
    expect(link).toContain(`live=${code}`);
    expect(await teacher.getByRole('img', { name: /qr code of the join link/i }).isVisible()).toBe(true);

    // Two students in their own tabs: one by the link, one by typing the code on the title's live page.
    const ana = await context.newPage();
    await ana.goto(link);
    await ana.getByRole('textbox', { name: /display name/i }).fill('Ana');
    await ana.getByRole('button', { name: /^join$/i }).click();
    const ben = await context.newPage();
    await ben.goto(`${inject('baseUrl')}?server=${encodeURIComponent(address)}`);
    await ben.getByRole('link', { name: /join a live class/i }).click();
    await ben.getByRole('textbox', { name: /join code/i }).fill(code.toLowerCase());
    await ben.getByRole('textbox', { name: /display name/i }).fill('<b>Ben</b>');
    await ben.getByRole('button', { name: /^join$/i }).click();
    await teacher.getByRole('cell', { name: '<b>Ben</b>' }).waitFor();

    // Each screen rebuilds the shared game from the session's record: the turn's news reads as on the desk.
    for (const student of [ana, ben]) {
      await student.getByRole('heading', { name: "This turn's news" }).waitFor();
      expect(await student.locator('.live-briefing li', { hasText: /Kovrig/ }).count()).toBeGreaterThan(0);
    }
    await ana.screenshot({ path: join(ARTIFACTS, 'live-student-proposing.png'), fullPage: true });
    for (const [student, group, note] of [
      [ana, "Prime Minister's Office", 'We should wait and see.'],
      [ben, 'Global Affairs Canada', '<i>Markup</i> stays text'],
    ] as const) {
      await student.getByRole('combobox', { name: /your group/i }).selectOption({ label: group });
      await student.getByRole('textbox', { name: /your argument/i }).fill(note);
      await student.getByRole('button', { name: /propose for my group/i }).click();
    }
    await teacher.locator('.live-note', { hasText: '<i>Markup</i> stays text' }).waitFor();
    expect(await teacher.locator('.live-note i').count()).toBe(0);
    await teacher.getByRole('button', { name: /open the vote/i }).click();

    for (const student of [ana, ben]) {
      await student.getByRole('timer').waitFor();
      await student.getByRole('button', { name: /vote for global affairs canada/i }).click();
    }
    // Everyone voted: the vote closes by itself; each student predicts on their own screen.
    for (const [student, index] of [
      [ana, 0],
      [ben, 1],
    ] as const) {
      await student.locator('.live-predict button').nth(index).click();
      await student.getByText(/you predicted/i).waitFor();
    }
    await teacher.getByRole('button', { name: /reveal the results/i }).click();
    for (const screen of [teacher, ana, ben]) {
      await screen.getByRole('heading', { name: /the cabinet's decision, turn 1/i }).waitFor();
      expect(await screen.getByText(/the proposal of global affairs canada won/i).isVisible()).toBe(true);
    }
    await teacher.screenshot({ path: join(ARTIFACTS, 'live-teacher.png'), fullPage: true });
    await ben.screenshot({ path: join(ARTIFACTS, 'live-student.png'), fullPage: true });

    await teacher.getByRole('button', { name: /next turn/i }).click();
    await ana.getByText(/turn 2 of 8/i).waitFor();
    // A reload (or a lost connection) gives each student the same seat back, with no name typed again.
    for (const [student, name] of [
      [ana, 'Ana'],
      [ben, '<b>Ben</b>'],
    ] as const) {
      await student.reload();
      await student.getByText(`You: ${name}`).waitFor();
      await student.getByText(/turn 2 of 8/i).waitFor();
      expect(await student.getByRole('combobox', { name: /your group/i }).inputValue()).not.toBe('');
    }
    expect(await teacher.getByRole('cell', { name: /connected/ }).count()).toBe(2);
    // Ending the session asks first, then every screen is told, and the names are forgotten.
    await teacher.getByRole('button', { name: /end the session and forget the names/i }).click();
    await teacher.getByRole('button', { name: /yes, end it/i }).click();
    for (const screen of [teacher, ana, ben]) await screen.getByText(/the session is over/i).waitFor();
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
