import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium';

/** The tests also let sound start without a click, so that audio code runs as it would after one. */
const FLAGS = [...CHROMIUM_FLAGS, '--autoplay-policy=no-user-gesture-required'];

export const ARTIFACTS = join(process.cwd(), 'test-results');

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors: a test fails if any appear. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openSession(
  options: {
    width?: number;
    height?: number;
    locale?: string;
    reducedMotion?: 'reduce' | 'no-preference';
    deviceScaleFactor?: number;
  } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'crisis-desk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.locale ?? 'en-CA',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
