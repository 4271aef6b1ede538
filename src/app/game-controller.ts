import { createActor, type Actor } from 'xstate';
import type { Happening, Scenario } from '../engine';
import { eventById, endingById, storylineById, storylineStateById, turnDate } from '../engine';
import { createCrisisMachine, turnPhase, type CrisisMachine, type FlowCue } from '../flow';
import { recordedTurns, replayTurns } from '../sim/replay';
import type { AudioPlayer } from '../audio/audio-player';
import type { SoundCue } from '../audio/sound-cues';
import { validSelection } from '../ui/desk-view';
import { formatDate, localize, translate } from '../ui/i18n/translate';
import type { SelectionStore } from '../ui/selection-store';
import type { SessionStore } from '../ui/session-store';
import type { SettingsStore } from '../ui/settings-store';
import { readSave, writeSave } from './save-file';
import type { SafeStorage } from './safe-storage';

export interface ControllerDeps {
  readonly scenario: Scenario;
  readonly session: SessionStore;
  readonly selection: SelectionStore;
  readonly settings: SettingsStore;
  readonly audio: AudioPlayer;
  readonly storage: SafeStorage;
  announce(text: string): void;
  newSeed(): number;
  readonly predictions: boolean;
}

const CUE_SOUND: Record<FlowCue, SoundCue> = { briefing: 'briefing', 'turn-end': 'turn-end', ending: 'ending' };

const isMajor = (scenario: Scenario, happening: Happening): boolean => {
  const { what } = happening;
  if (what.kind === 'event') return eventById(scenario, what.id).major;
  if (what.kind === 'storyline') return storylineStateById(storylineById(scenario, what.id), what.state).major;
  return false;
};

/**
 * Owns the crisis actor for the page: starts, resumes and ends games, implements the flow's
 * named effects (saving, sound), and mirrors each snapshot into the session store.
 */
export function createGameController(deps: ControllerDeps) {
  const { scenario, session, selection, settings, audio, storage } = deps;
  const autosaveKey = `crisis-desk.autosave.${scenario.id}`;
  let actor: Actor<CrisisMachine> | null = null;
  let lastTurnAnnounced = 0;
  let lastPhase = '';

  const savedGame = () => {
    const text = storage.read(autosaveKey);
    if (text === null) return null;
    const reading = readSave(text);
    return reading.ok && reading.save.scenarioId === scenario.id ? reading.save : null;
  };

  const machine = createCrisisMachine(scenario).provide({
    actions: {
      cue: (_, params) => audio.play(CUE_SOUND[params.cue]),
      persist: ({ context }) => {
        if (context.game.ending !== null) {
          storage.remove(autosaveKey);
          return;
        }
        storage.write(
          autosaveKey,
          writeSave({
            scenarioId: scenario.id,
            scenarioVersion: scenario.version,
            seed: context.game.seed,
            predictions: context.predictions,
            turns: recordedTurns(context.game.turns),
          }),
        );
      },
    },
  });

  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(settings.getState().language, key, params);

  const mirror = (): void => {
    if (actor === null) return;
    const snapshot = actor.getSnapshot();
    const { game } = snapshot.context;
    const phase = turnPhase(snapshot);
    const language = settings.getState().language;
    session.setState({ game, phase, screen: phase === 'ended' ? 'ending' : 'desk', savedTurn: null });
    if (phase === lastPhase && game.turn === lastTurnAnnounced) return;
    if (phase === 'decision' && game.turn !== lastTurnAnnounced) {
      lastTurnAnnounced = game.turn;
      selection.getState().clear();
      const news = game.chronicle.filter((h) => h.turn === game.turn && h.phase === 'briefing');
      if (news.some((h) => isMajor(scenario, h))) audio.play('sting');
      deps.announce(
        t('announce.briefing', { turn: game.turn, date: formatDate(language, turnDate(scenario, game.turn)), count: news.length }),
      );
    } else if (phase === 'resolution') {
      const record = game.turns.at(-1);
      const outcome = game.chronicle.filter((h) => h.turn === record?.turn && h.phase === 'resolution');
      if (outcome.some((h) => isMajor(scenario, h))) audio.play('sting');
      deps.announce(t('announce.result', { turn: record?.turn ?? game.turn, count: outcome.length }));
    } else if (phase === 'ended' && game.ending !== null) {
      deps.announce(t('announce.ending', { title: localize(endingById(scenario, game.ending.id).title, language) }));
    }
    lastPhase = phase;
  };

  const begin = (seed: number, predictions: boolean): Actor<CrisisMachine> => {
    actor?.stop();
    lastTurnAnnounced = 0;
    lastPhase = '';
    const next = createActor(machine, { input: { scenario, seed, predictions } });
    actor = next;
    return next;
  };

  // Picks that become impossible (capital changed, action closed) are dropped, never sent.
  selection.subscribe((state) => {
    const game = session.getState().game;
    if (game === null) return;
    const valid = validSelection(scenario, game, state.selected);
    if (valid.length !== state.selected.length) selection.setState({ selected: valid });
  });

  return {
    savedTurn(): number | null {
      const save = savedGame();
      return save === null ? null : save.turns.length + 1;
    },
    startGame(): void {
      const next = begin(deps.newSeed(), deps.predictions);
      next.subscribe(mirror);
      next.start();
      audio.play('ambience');
      mirror();
    },
    resumeGame(): void {
      const save = savedGame();
      if (save === null) {
        this.startGame();
        return;
      }
      const next = begin(save.seed, save.predictions);
      next.start();
      const outcome = replayTurns(next, save.turns);
      if (!outcome.ok) {
        storage.remove(autosaveKey);
        this.startGame();
        return;
      }
      next.subscribe(mirror);
      audio.play('ambience');
      mirror();
    },
    send: (event: Parameters<Actor<CrisisMachine>['send']>[0]) => actor?.send(event),
    backToTitle(): void {
      actor?.stop();
      actor = null;
      selection.getState().clear();
      session.setState({ screen: 'title', game: null, phase: null, savedTurn: this.savedTurn() });
    },
  };
}

export type GameController = ReturnType<typeof createGameController>;
