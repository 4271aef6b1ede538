import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, heapAfterGc } from '../scripts/chromium';

async function withPage<T>(
  reducedMotion: 'reduce' | 'no-preference',
  run: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'crisis-desk-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1280, height: 720 },
    reducedMotion,
  });
  try {
    return await run(context.pages()[0] ?? (await context.newPage()), context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: readonly number[], share: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;

/** Frame intervals measured in the page with requestAnimationFrame. */
async function frameTimes(page: Page, frames: number): Promise<number[]> {
  return page.evaluate<number[]>(`new Promise((resolve) => {
    const times = []; let last = performance.now();
    const step = (now) => { times.push(now - last); last = now; if (times.length < ${frames}) requestAnimationFrame(step); else resolve(times); };
    requestAnimationFrame(step);
  })`);
}

const describeFrames = (times: readonly number[]): string =>
  `${median(times).toFixed(1)} / ${percentile(times, 0.95).toFixed(1)} / ${percentile(times, 0.99).toFixed(1)} ms`;

/** Milliseconds from navigation start until the element appears. */
async function readyAt(page: Page, url: string, selector: string): Promise<number> {
  await page.addInitScript(
    `new MutationObserver((_, observer) => { if (document.querySelector(${JSON.stringify(selector)})) { window.__readyAt = performance.now(); observer.disconnect(); } }).observe(document, { subtree: true, childList: true, attributes: true });`,
  );
  await page.goto(url);
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 30_000 });
  // The game's CSP forbids string evaluation in the page, so wait from here, not with waitForFunction.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const at = await page.evaluate<number | null>('window.__readyAt ?? null');
    if (at !== null) return at;
    await page.waitForTimeout(10);
  }
  throw new Error(`${selector} never appeared`);
}

/** Plays one quick game with the keyboard: end every turn without acting, read, continue. */
async function playQuickGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^start a new game$/i }).click();
  for (let turn = 0; turn < 30; turn += 1) {
    await page.getByRole('button', { name: /^end turn/i }).waitFor();
    await page.keyboard.press('e');
    const showAll = page.getByRole('dialog').getByRole('button', { name: /^show all$/i });
    await page.getByRole('dialog').waitFor();
    if (await showAll.isVisible()) await showAll.click();
    await page.keyboard.press('c');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    if (await page.getByRole('heading', { name: /^the end:/i }).isVisible()) break;
  }
  await page
    .getByRole('button', { name: /^play again$/i })
    .first()
    .click();
}

export interface BrowserFigures {
  readonly titleMs: number;
  readonly blankMs: number;
  readonly deskFrames: string;
  readonly blankFrames: string;
  readonly restFrames: string;
  readonly heapAfterOne: string;
  readonly heapAfterTwenty: string;
  readonly objectsAfterOne: number;
  readonly objectsAfterTwenty: number;
}

const progress = (text: string): void => void process.stderr.write(`    browser: ${text}\n`);

export async function browserFigures(gameUrl: string, blankUrl: string): Promise<BrowserFigures> {
  const titles: number[] = [];
  const blanks: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    titles.push(await withPage('reduce', (page) => readyAt(page, gameUrl, '.title-actions button.primary')));
    blanks.push(await withPage('reduce', (page) => readyAt(page, blankUrl, 'body[data-ready]')));
  }
  progress(`load times measured`);
  const deskFrames = await withPage('no-preference', async (page) => {
    await page.goto(`${gameUrl}?seed=2`);
    await page.getByRole('button', { name: /^start a new game$/i }).click();
    await page.getByRole('button', { name: /^end turn/i }).waitFor();
    return frameTimes(page, 180);
  });
  const restFrames = await withPage('reduce', async (page) => {
    await page.goto(`${gameUrl}?seed=2`);
    await page.getByRole('button', { name: /^start a new game$/i }).click();
    await page.waitForTimeout(1500);
    return frameTimes(page, 120);
  });
  const blankFrames = await withPage('no-preference', async (page) => {
    await page.goto(blankUrl);
    await page.locator('body[data-ready]').waitFor({ state: 'attached' });
    return frameTimes(page, 180);
  });
  progress('frame times measured');
  const memory = await withPage('reduce', async (page, context) => {
    await page.goto(`${gameUrl}?scenario=cuban-missiles-1962&debug=stats`);
    await playQuickGame(page);
    const one = { heap: await heapAfterGc(context, page), objects: await page.evaluate<number>('window.crisisDeskStats().objects') };
    for (let game = 2; game <= 20; game += 1) {
      await playQuickGame(page);
      progress(`game ${game} of 20 played`);
    }
    const twenty = { heap: await heapAfterGc(context, page), objects: await page.evaluate<number>('window.crisisDeskStats().objects') };
    return { one, twenty };
  });
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return {
    titleMs: median(titles),
    blankMs: median(blanks),
    deskFrames: describeFrames(deskFrames),
    blankFrames: describeFrames(blankFrames),
    restFrames: `${median(restFrames).toFixed(1)} ms`,
    heapAfterOne: mb(memory.one.heap),
    heapAfterTwenty: mb(memory.twenty.heap),
    objectsAfterOne: memory.one.objects,
    objectsAfterTwenty: memory.twenty.objects,
  };
}
