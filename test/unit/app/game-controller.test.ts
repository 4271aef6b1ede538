import { describe, expect, it } from 'vitest';
import { createGameController } from '../../../src/app/game-controller';
import { readSave, writeSave } from '../../../src/app/game-record';
import type { SafeStorage } from '../../../src/app/safe-storage';
import type { AudioPlayer } from '../../../src/audio/audio-player';
import type { SoundCue } from '../../../src/audio/sound-cues';
import { playWithLoop } from '../../../src/sim/play-game';
import { randomPolicy } from '../../../src/sim/policies';
import { recordedTurns } from '../../../src/sim/replay';
import { createPanelStore } from '../../../src/ui/panel-store';
import { createSelectionStore } from '../../../src/ui/selection-store';
import { createSessionStore } from '../../../src/ui/session-store';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../../src/ui/settings-store';
import { shippedScenario } from '../../helpers/scenario';

const ottawa = shippedScenario('ottawa-2021');

/** A page's worth of stores, with sound, storage and the live region written down instead of used. */
function page(stored: Record<string, string> = {}) {
  const played: SoundCue[] = [];
  const writes: string[] = [];
  const spoken: string[] = [];
  const items = new Map(Object.entries(stored));
  const storage: SafeStorage = {
    read: (key) => items.get(key) ?? null,
    write: (key, value) => {
      writes.push(key);
      items.set(key, value);
      return true;
    },
    remove: (key) => void items.delete(key),
  };
  const audio: AudioPlayer = {
    play: (cue) => void played.push(cue),
    setMuted: () => undefined,
    setVolume: () => undefined,
    unavailable: new Set(),
  };
  const session = createSessionStore();
  const selection = createSelectionStore();
  const panels = createPanelStore();
  const controller = createGameController({
    scenario: ottawa,
    session,
    selection,
    settings: createSettingsStore({ language: 'en', ...DEFAULT_SETTINGS }, () => undefined),
    panels,
    audio,
    storage,
    announce: (text) => void spoken.push(text),
    newSeed: () => 11,
    mode: () => null,
    predictions: false,
    classCode: null,
    download: () => undefined,
    now: () => new Date('2026-12-03T10:00:00Z'),
  });
  return { controller, session, selection, panels, played, writes, spoken, items };
}

const fourTurns = (() => {
  const game = playWithLoop(ottawa, { seed: 11, policy: randomPolicy });
  return recordedTurns(game.turns).slice(0, 4);
})();
const autosave = writeSave({ scenarioId: 'ottawa-2021', scenarioVersion: ottawa.version, seed: 11, predictions: false, turns: fourTurns });

describe('the game controller', () => {
  it('resumes a save with no effect of the turns that led to it: one ambience, no save written, one announcement', () => {
    const { controller, session, played, writes, spoken } = page({ 'crisis-desk.autosave.ottawa-2021': autosave });
    controller.resumeGame();
    expect(session.getState()).toMatchObject({ screen: 'desk', phase: 'decision' });
    expect(session.getState().game?.turn).toBe(5);
    expect(played).toEqual(['ambience']);
    expect(writes).toEqual([]);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatch(/^Turn 5, /);
  });

  it('runs the effects of turns the player plays: a sound and a save each, the autosave replaying to the same game', () => {
    const { controller, session, played, writes, items } = page();
    controller.startGame();
    const first = session.getState().game!;
    controller.send({ type: 'player.commit', actions: [] });
    // The sting marks a major development among the reactions: the news decides, not the flow.
    const flowCues = (): string[] => played.filter((cue) => cue !== 'sting');
    expect(flowCues()).toEqual(['ambience', 'turn-end']);
    expect(writes).toEqual(['crisis-desk.autosave.ottawa-2021']);
    controller.send({ type: 'player.continue' });
    expect(flowCues()).toEqual(['ambience', 'turn-end', 'briefing']);
    const saved = readSave(items.get('crisis-desk.autosave.ottawa-2021')!);
    expect(saved.ok && saved.file.turns).toEqual([{ decisions: [], prediction: null }]);
    expect(first.turn).toBe(1);
    expect(session.getState().game?.turn).toBe(2);
  });

  it("clears the last turn's picks when the next turn opens, not before", () => {
    const { controller, selection, session } = page();
    controller.startGame();
    const open = session.getState().game!;
    const cheapest = ottawa.actions.find((action) => action.cost <= open.capital && action.available?.test(open) !== false)!;
    selection.getState().toggle(cheapest.id);
    controller.send({ type: 'player.commit', actions: [cheapest.id] });
    expect(selection.getState().selected).toEqual([cheapest.id]);
    controller.send({ type: 'player.continue' });
    expect(selection.getState().selected).toEqual([]);
  });

  it('sets a damaged autosave aside, and recovers one an earlier version set aside that this one reads', () => {
    const damaged = page({ 'crisis-desk.autosave.ottawa-2021': autosave.slice(0, 40) });
    expect(damaged.controller.saved().savedTurn).toBeNull();
    expect(damaged.items.has('crisis-desk.autosave.ottawa-2021.damaged')).toBe(true);
    const recovered = page({ 'crisis-desk.autosave.ottawa-2021.damaged': autosave });
    expect(recovered.controller.saved().savedTurn).toBe(5);
    expect(recovered.items.has('crisis-desk.autosave.ottawa-2021.damaged')).toBe(false);
    expect(recovered.spoken).toEqual(['A saved game that an earlier version could not read has been recovered.']);
  });
});
