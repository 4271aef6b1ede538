import { describe, expect, it } from 'vitest';
import { bundleSizes, shippedScenarioIds } from '../../scripts/bundle-sizes';

/**
 * Byte budgets for the production build (gzip), which the browser tests' setup has just built
 * into dist/. Sizes are deterministic, so unlike timings they are held to a limit here; the
 * figures themselves are printed by `npm run bench` and recorded in docs/performance.md.
 */
const KB = 1024;
const BUDGET = {
  // The entry and every chunk it imports statically. The live classroom's wiring (its store, routes
  // and lazy loaders) is in it; the Colyseus client, the live screens and French are not.
  title: 90 * KB,
  stage: 20 * KB,
  largestScenario: 50 * KB,
  language: 10 * KB,
  onDemand: 100 * KB,
  /** The live screens and the Colyseus client (about 45 KB when they landed). */
  live: 55 * KB,
  /** Everything a player downloads to reach the desk: title, their language, stage, Phaser and one scenario. */
  toDesk: 530 * KB,
};

describe('the production build', () => {
  const sizes = bundleSizes('dist', shippedScenarioIds());
  const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

  it.each(['title', 'stage', 'largestScenario', 'language', 'onDemand', 'live'] as const)(
    'keeps the %s JavaScript within its gzip budget',
    (part) => {
      expect(sizes[part], `${part}: ${kb(sizes[part])} > ${kb(BUDGET[part])}`).toBeLessThanOrEqual(BUDGET[part]);
      expect(sizes[part]).toBeGreaterThan(0);
    },
  );

  it('keeps what a player downloads to reach the desk within budget, in either language', () => {
    const toDesk = sizes.title + sizes.language + sizes.stage + sizes.phaser + sizes.largestScenario;
    expect(toDesk, `to the desk: ${kb(toDesk)}`).toBeLessThanOrEqual(BUDGET.toDesk);
  });
});
