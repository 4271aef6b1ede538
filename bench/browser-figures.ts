import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, heapAfterGc } from '../scripts/chromium';
import { describe, percentile, record, spread } from './stats';

/** Without vsync and the frame-rate cap, a frame's interval is its real cost: what the board asks of the machine. */
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

async function withPage<T>(
  options: { reducedMotion?: 'reduce' | 'no-preference'; extraFlags?: readonly string[] },
  run: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'crisis-desk-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...(options.extraFlags ?? [])],
    viewport: { width: 1280, height: 720 },
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  try {
    return await run(context.pages()[0] ?? (await context.newPage()), context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Frame intervals measured in the page with requestAnimationFrame. */
async function frameTimes(page: Page, frames: number): Promise<number[]> {
  return page.evaluate<number[]>(`new Promise((resolve) => {
    const times = []; let last = performance.now();
    const step = (now) => { times.push(now - last); last = now; if (times.length < ${frames}) requestAnimationFrame(step); else resolve(times); };
    requestAnimationFrame(step);
  })`);
}

const frames = (times: readonly number[]): string =>
  `${spread(times).median.toFixed(1)} / ${percentile(times, 0.95).toFixed(1)} / ${percentile(times, 0.99).toFixed(1)} ms`;

/**
 * When the title answers input: a click on the start button as soon as it exists, and the moment the
 * page handles it (a capture listener notes the time; a busy main thread delays it). Before, this was
 * when the button entered the DOM, which says nothing about whether pressing it would work.
 */
async function titleAnswers(page: Page, url: string): Promise<number> {
  await page.addInitScript(`document.addEventListener('click', () => { window.__answeredAt ??= performance.now(); }, true);`);
  await page.goto(url);
  await page.locator('.title-actions button.primary').click({ timeout: 30_000 });
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const at = await page.evaluate<number | null>('window.__answeredAt ?? null');
    if (at !== null) return at;
    await page.waitForTimeout(5);
  }
  throw new Error('the start button never answered');
}

/** When the blank Phaser page's scene is up: the baseline the title is compared with. */
async function blankReady(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('body[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  return page.evaluate<number>('performance.now()');
}

/** Plays one quick game with the keyboard: end every turn without acting, read, continue. */
async function playQuickGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^start a new game$/i }).click();
  for (let turn = 0; turn < 30; turn += 1) {
    if (await page.getByRole('heading', { name: /^the end:/i }).isVisible()) break;
    await page.getByRole('button', { name: /^end turn/i }).waitFor();
    await page.keyboard.press('e');
    const next = page.getByRole('button', { name: /^(continue to the next turn|see how it ended)$/i });
    const showAll = page.getByRole('button', { name: /^show all$/i });
    await next.or(showAll).first().waitFor();
    if (await showAll.isVisible()) await showAll.click();
    await next.click();
    await page.waitForTimeout(30);
  }
  await page.getByRole('heading', { name: /^the end:/i }).waitFor();
  await page
    .getByRole('button', { name: /^play again$/i })
    .first()
    .click();
}

interface Memory {
  readonly heap: number;
  readonly nodes: number;
  readonly listeners: number;
  readonly objects: number;
  readonly textures: number;
}

async function memory(context: BrowserContext, page: Page): Promise<Memory> {
  const heap = await heapAfterGc(context, page);
  const cdp = await context.newCDPSession(page);
  const counters = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  await cdp.detach();
  const stats = await page.evaluate<{ objects: number; textures: number }>('window.crisisDeskStats()');
  return { heap, nodes: counters.nodes, listeners: counters.jsEventListeners, ...stats };
}

const progress = (text: string): void => void process.stderr.write(`    browser: ${text}\n`);

export async function browserFigures(gameUrl: string, blankUrl: string): Promise<void> {
  const ratios: number[] = [];
  const titles: number[] = [];
  const blanks: number[] = [];
  for (let pair = 0; pair < 5; pair += 1) {
    const title = await withPage({}, (page) => titleAnswers(page, gameUrl));
    const blank = await withPage({}, (page) => blankReady(page, blankUrl));
    titles.push(title);
    blanks.push(blank);
    ratios.push(title / blank);
  }
  record(
    'title screen answers a click, after load',
    describe(spread(titles), 'ms', 0),
    `blank Phaser page ready ${describe(spread(blanks), 'ms', 0)}`,
  );
  record('title over blank Phaser page, per pair', describe(spread(ratios), 'x'), 'goal: within 1.2x');
  progress('load times measured');

  const deskAnimating = async (flags: readonly string[]): Promise<number[]> =>
    withPage({ reducedMotion: 'no-preference', extraFlags: flags }, async (page) => {
      await page.goto(`${gameUrl}?seed=2`);
      await page.getByRole('button', { name: /^start a new game$/i }).click();
      await page.getByRole('button', { name: /^end turn/i }).waitFor();
      // The arcs and gauges animate on each consequence: reveal them while measuring.
      await page.keyboard.press('e');
      return frameTimes(page, 180);
    });
  const blankFrames = async (flags: readonly string[]): Promise<number[]> =>
    withPage({ reducedMotion: 'no-preference', extraFlags: flags }, async (page) => {
      await page.goto(blankUrl);
      await page.locator('body[data-ready]').waitFor({ state: 'attached' });
      return frameTimes(page, 180);
    });
  record(
    'desk frame interval while animating, median / p95 / p99',
    frames(await deskAnimating([])),
    `blank page ${frames(await blankFrames([]))}; capped by vsync`,
  );
  record(
    'desk frame cost unthrottled, median / p95 / p99',
    frames(await deskAnimating(UNTHROTTLED)),
    `blank page ${frames(await blankFrames(UNTHROTTLED))}`,
  );
  const rest = await withPage({}, async (page) => {
    await page.goto(`${gameUrl}?seed=2`);
    await page.getByRole('button', { name: /^start a new game$/i }).click();
    await page.waitForTimeout(1500);
    return frameTimes(page, 120);
  });
  record('desk frame interval at rest (the board sleeps), median', `${spread(rest).median.toFixed(1)} ms`);
  progress('frame times measured');

  // A long session with sound files failing to load: after a warm-up game (code compiled, caches
  // filled), twenty more games must leave the heap and the board's objects where they were.
  await withPage({}, async (page, context) => {
    await context.route(/\.(ogg|mp3)(\?.*)?$/, (route) => route.abort('blockedbyclient'));
    await page.goto(`${gameUrl}?scenario=cuban-missiles-1962&debug=stats&seed=4`);
    await playQuickGame(page);
    const warm = await memory(context, page);
    for (let game = 1; game <= 20; game += 1) {
      await playQuickGame(page);
      if (game % 5 === 0) progress(`long session: game ${game} of 20`);
    }
    const after = await memory(context, page);
    const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
    record('JS heap after a warm-up game / after 20 more', `${mb(warm.heap)} / ${mb(after.heap)}`, `growth ${mb(after.heap - warm.heap)}`);
    record(
      'DOM nodes, listeners, Phaser objects, textures: warm / after 20',
      `${warm.nodes}, ${warm.listeners}, ${warm.objects}, ${warm.textures} / ${after.nodes}, ${after.listeners}, ${after.objects}, ${after.textures}`,
      'no growth expected',
    );
  });
}
