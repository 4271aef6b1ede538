import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { writeSave } from '../../src/app/game-record';
import { ARTIFACTS, openSession, type Session } from './browser';
import { heading, NAMES, playTurn } from './play';

const AUTOSAVE = 'crisis-desk.autosave.ottawa-2021';
const startButton = (page: Page) => page.getByRole('button', { name: NAMES.en.start });
const alert = (page: Page) => page.getByRole('alert');

const validSave = (overrides: { scenarioVersion?: string; decisions?: string[] } = {}): string =>
  writeSave({
    scenarioId: 'ottawa-2021',
    scenarioVersion: overrides.scenarioVersion ?? '1.0.0',
    seed: 7,
    predictions: false,
    turns: [{ decisions: overrides.decisions ?? ['quiet_diplomacy'], prediction: null }],
  });

/** Puts text in the game's storage for its origin, then opens the game as a returning player would. */
async function openWithStored(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto(inject('baseUrl'));
  await startButton(page).waitFor();
  await page.evaluate(
    `(() => { const entries = ${JSON.stringify(entries)}; for (const key in entries) localStorage.setItem(key, entries[key]); })()`,
  );
  await page.reload();
  await startButton(page).waitFor();
}

const stored = (page: Page, key: string) => page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(key)})`);

/** Starting a game and playing a turn proves the game is still playable after whatever went wrong. */
async function stillPlayable(page: Page): Promise<void> {
  await startButton(page).click();
  await playTurn(page, 'pointer', NAMES.en);
  await heading(page, /^Turn 2 of/).waitFor();
}

describe('saves that cannot be used', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('sets a damaged (truncated) autosave aside with a clear message, and the game goes on', async () => {
    session = await openSession();
    const { page, errors } = session;
    const save = validSave();
    const truncated = save.slice(0, save.length - 20);
    await openWithStored(page, { [AUTOSAVE]: truncated });
    await expect.poll(() => alert(page).textContent()).toMatch(/could not be read \(it is damaged\), so it was set aside/);
    await expect(page.getByRole('button', { name: /^continue/i }).count()).resolves.toBe(0);
    expect(await stored(page, `${AUTOSAVE}.damaged`)).toBe(truncated);
    await stillPlayable(page);
    expect(errors).toEqual([]);
  });

  it('keeps a save from a newer version untouched and says why it cannot open it', async () => {
    session = await openSession();
    const { page, errors } = session;
    const future = validSave().replace('"saveVersion":1', '"saveVersion":7');
    await openWithStored(page, { [AUTOSAVE]: future });
    await expect.poll(() => alert(page).textContent()).toMatch(/newer version of Crisis Desk/);
    expect(await stored(page, AUTOSAVE)).toBe(future);
    await stillPlayable(page);
    expect(errors).toEqual([]);
  });

  it('sets aside a save from an early version, in French too', async () => {
    session = await openSession({ locale: 'fr-CA' });
    const { page, errors } = session;
    await page.goto(`${inject('baseUrl')}?lang=fr`);
    await page.getByRole('button', { name: NAMES.fr.start }).waitFor();
    await page.evaluate(
      `localStorage.setItem(${JSON.stringify(AUTOSAVE)}, ${JSON.stringify(validSave().replace('"saveVersion":1', '"saveVersion":0'))})`,
    );
    await page.reload();
    await expect.poll(() => alert(page).textContent()).toMatch(/ancienne version de Crisis Desk/);
    expect(await stored(page, `${AUTOSAVE}.damaged`)).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it('resumes a save made with an older scenario version when its decisions still fit, and refuses one that no longer fits', async () => {
    session = await openSession();
    const { page, errors } = session;
    await openWithStored(page, { [AUTOSAVE]: validSave({ scenarioVersion: '0.9.0' }) });
    await page.getByRole('button', { name: /^continue \(turn 2\)$/i }).click();
    await heading(page, /^Turn 2 of/).waitFor();

    const stale = validSave({ decisions: ['an_action_that_was_removed'] });
    await openWithStored(page, { [AUTOSAVE]: stale });
    await page.getByRole('button', { name: /^continue \(turn 2\)$/i }).click();
    await expect.poll(() => alert(page).textContent()).toMatch(/no longer matches this version of the scenario/);
    await expect(page.getByRole('button', { name: /^continue/i }).count()).resolves.toBe(0);
    expect(await stored(page, `${AUTOSAVE}.unplayable`)).toBe(stale);
    await stillPlayable(page);
    expect(errors).toEqual([]);
  });

  it('tells the player when storage is full, and the game goes on in the page', async () => {
    session = await openSession();
    const { page, context, errors } = session;
    await context.addInitScript(
      `Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`,
    );
    await page.goto(`${inject('baseUrl')}?seed=3`);
    await stillPlayable(page);
    await expect.poll(() => alert(page).textContent()).toMatch(/storage is full or turned off/);
    await page.screenshot({ path: join(ARTIFACTS, 'storage-full-notice.png') });
    await playTurn(page, 'pointer', NAMES.en);
    await heading(page, /^Turn 3 of/).waitFor();
    expect(errors).toEqual([]);
  });

  it('plays without any storage at all (storage turned off)', async () => {
    session = await openSession();
    const { page, context, errors } = session;
    await context.addInitScript(
      `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Storage is disabled.', 'SecurityError'); } });`,
    );
    await page.goto(`${inject('baseUrl')}?seed=3`);
    await stillPlayable(page);
    await expect.poll(() => alert(page).textContent()).toMatch(/storage is full or turned off/);
    expect(errors).toEqual([]);
  });
});

/** Markup that would run or draw if it ever reached the page as HTML. */
const HOSTILE = '<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>';

/** File names cannot hold a slash, so no closing tag. */
const HOSTILE_NAME = '<img src=x onerror=window.__pwned=1>';

async function injected(page: Page): Promise<{ pwned: unknown; images: number; scripts: number }> {
  return page.evaluate(
    `({ pwned: window.__pwned, images: document.querySelectorAll('img[src="x"]').length, scripts: document.querySelectorAll('#ui script').length })`,
  );
}

const hostileScenario = (): string =>
  readFileSync('test/fixtures/valid/minimal.yaml', 'utf8')
    .replace('title: A small crisis', `title: "Crisis ${HOSTILE}"`)
    .replace('summary: Keep your allies on side for three weeks.', `summary: "Allies ${HOSTILE}"`)
    .replace('title: Call allies,', `title: "Call <b>allies</b>",`)
    .replace('text: The weeks pass and you stand alone.', `text: "Alone ${HOSTILE}"`);

describe('hostile text', () => {
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it('shows markup in a dropped scenario file as text, from the title to the ending', async () => {
    session = await openSession();
    const { page, errors } = session;
    await page.goto(inject('baseUrl'));
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'hostile.yaml', mimeType: 'text/yaml', buffer: Buffer.from(hostileScenario()) });
    await heading(page, `Crisis ${HOSTILE}`).waitFor();
    await startButton(page).click();
    await page.getByRole('button', { name: 'Call <b>allies</b>', exact: true }).waitFor();
    for (let turn = 0; turn < 3; turn += 1) await playTurn(page, 'pointer', NAMES.en, { choose: false });
    await heading(page, NAMES.en.ending).waitFor();
    await expect.poll(() => page.locator('#ui').textContent()).toContain(`Alone ${HOSTILE}`);
    expect(await injected(page)).toEqual({ images: 0, scripts: 0 });
    expect(errors).toEqual([]);
  });

  it('shows markup in a broken scenario file and in the checker messages as text', async () => {
    session = await openSession();
    const { page, errors } = session;
    await page.goto(inject('baseUrl'));
    const broken = `${hostileScenario()}\n${HOSTILE}: [unclosed\n`;
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: `${HOSTILE_NAME}.yaml`, mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    await heading(page, /cannot be played yet/i).waitFor();
    await expect.poll(() => page.locator('#ui').textContent()).toContain(`${HOSTILE_NAME}.yaml:`);
    expect(await injected(page)).toEqual({ images: 0, scripts: 0 });
    expect(errors).toEqual([]);
  });

  it('shows markup in a saved game name as text', async () => {
    session = await openSession();
    const { page, errors } = session;
    const named = writeSave({
      scenarioId: 'ottawa-2021',
      scenarioVersion: '1.0.0',
      seed: 1,
      predictions: false,
      turns: [],
      name: '<img src=x onerror=1>',
      savedAt: '2026-11-29T10:00:00Z',
    });
    await openWithStored(page, { 'crisis-desk.slot.ottawa-2021.1': named });
    await page.getByRole('button', { name: /^saved games$/i }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('<img src=x onerror=1>');
    expect(await injected(page)).toEqual({ images: 0, scripts: 0 });
    expect(errors).toEqual([]);
  });

  it('answers hostile link parameters with a clear message or the defaults, never with their markup', async () => {
    session = await openSession();
    const { page, errors } = session;
    const base = inject('baseUrl');
    const hostile = encodeURIComponent(HOSTILE);
    await page.goto(`${base}?class=${hostile}`);
    await heading(page, /class link/i).waitFor();
    await expect.poll(() => page.locator('#ui').textContent()).toMatch(/it is not a class code/);
    expect(await injected(page)).toEqual({ images: 0, scripts: 0 });

    await page.goto(`${base}?scenario=${hostile}&lang=${hostile}&seed=${hostile}#${hostile}`);
    await heading(page, /cannot be played yet/i).waitFor();
    expect(await injected(page)).toEqual({ images: 0, scripts: 0 });
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');

    await page.goto(`${base}?lang=${hostile}&seed=${hostile}&predict=${hostile}`);
    await startButton(page).click();
    await heading(page, /^Turn 1 of/).waitFor();
    expect(await injected(page)).toEqual({ images: 0, scripts: 0 });
    expect(errors).toEqual([]);
  });

  it('is served under a Content-Security-Policy with no eval and no inline script', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc.trim()).toBe("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    expect(policy).toMatch(/object-src 'none'/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
  });
});
