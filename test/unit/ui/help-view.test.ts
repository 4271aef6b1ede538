import { describe, expect, it } from 'vitest';
import { helpGuide } from '../../../src/ui/help-view';
import { scenarioFrom, shippedScenario, TINY } from '../../helpers/scenario';

describe('the help panel guide', () => {
  it("explains every meter of the article scenario, in the player's language", () => {
    const ottawa = shippedScenario('ottawa-2021');
    for (const language of ['en', 'fr'] as const) {
      const guide = helpGuide(ottawa, language);
      expect(guide.meters).toHaveLength(ottawa.meters.length);
      for (const meter of guide.meters) expect(meter.description.length).toBeGreaterThan(20);
    }
    expect(helpGuide(ottawa, 'fr').meters[0]?.label).toBe('Espoir pour les deux Michael');
  });

  it('lists the plain meter thresholds that end the game early, one side of an "or" included', () => {
    const guide = helpGuide(shippedScenario('ottawa-2021'), 'en');
    expect(guide.breakingPoints).toContainEqual({
      threshold: 'Farm and export health at 10 or below',
      ending: expect.any(String),
      tone: 'bad',
    });
    // "china_measures is brink and escalation >= 5" needs two things at once: the ending explains it, not the help.
    expect(guide.breakingPoints.some((point) => point.threshold.startsWith('Escalation'))).toBe(false);
  });

  it('reads a threshold written the other way round', () => {
    const tiny = scenarioFrom(TINY.replace('when: "escalation >= 3"', 'when: "3 <= escalation or 10 > allies"'));
    expect(helpGuide(tiny, 'en').breakingPoints).toEqual([
      { threshold: 'Escalation at “Rupture” or above', ending: 'Broke', tone: 'bad' },
      { threshold: 'Allies below 10', ending: 'Broke', tone: 'bad' },
    ]);
  });
});
