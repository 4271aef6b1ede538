import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/ui/i18n/translate';
import { helpGuide } from '../../../src/ui/help-view';
import { scenarioFrom, shippedScenario, TINY } from '../../helpers/scenario';

describe('the help panel guide', () => {
  it("explains every meter of the article scenario, in the player's language", () => {
    const ottawa = shippedScenario('ottawa-2021');
    for (const language of ['en', 'fr'] as const) {
      const guide = helpGuide(ottawa, language, 14);
      expect(guide.meters).toHaveLength(ottawa.meters.length);
      for (const meter of guide.meters) expect(meter.description.length).toBeGreaterThan(20);
    }
    expect(helpGuide(ottawa, 'fr', 14).meters[0]?.label).toBe('Espoir pour les deux Michael');
  });

  it('lists the plain meter thresholds that end the game early, one side of an "or" included', () => {
    const either = scenarioFrom(TINY.replace('when: "escalation >= 3"', 'when: "allies < 10 or (escalation >= 3 and allies < 50)"'));
    expect(helpGuide(either, 'en', 14).breakingPoints).toEqual([{ threshold: 'Allies below 10', ending: 'Broke', tone: 'bad' }]);
    // Two things at once: the ending explains it when it comes, the help does not list it as a line to watch.
    const both = scenarioFrom(TINY.replace('when: "escalation >= 3"', 'when: "escalation >= 3 and allies < 50"'));
    expect(helpGuide(both, 'en', 14).breakingPoints).toEqual([]);
  });

  it('reads a threshold written the other way round', () => {
    const tiny = scenarioFrom(TINY.replace('when: "escalation >= 3"', 'when: "3 <= escalation or 10 > allies"'));
    expect(helpGuide(tiny, 'en', 14).breakingPoints).toEqual([
      { threshold: 'Escalation at “Rupture” or above', ending: 'Broke', tone: 'bad' },
      { threshold: 'Allies below 10', ending: 'Broke', tone: 'bad' },
    ]);
  });
});

describe('French typography', () => {
  it('keeps punctuation on the line of the word before it, and adds the missing space', () => {
    expect(frenchSpacing('Ottawa, mars 2021 : les sanctions')).toBe('Ottawa, mars 2021\u00A0: les sanctions');
    // Canadian usage: no space before ; ? !, a non-breaking one before : and % and inside « ».
    expect(frenchSpacing('« Pourquoi ? » Cela en vaut-il la peine ; vraiment !')).toBe(
      '«\u00A0Pourquoi?\u00A0» Cela en vaut-il la peine; vraiment!',
    );
    expect(frenchSpacing('72 % des 10 000 répondants')).toBe('72\u00A0% des 10\u00A0000 répondants');
    expect(frenchSpacing('https://example.org à 14:00')).toBe('https://example.org à 14:00');
  });
});
