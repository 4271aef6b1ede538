import { createActor, type Actor } from 'xstate';
import type { GameState, Scenario } from '../engine';
import { affordableSelection, LIMITS } from '../engine';
import { createCrisisMachine, turnPhase, type CrisisEvent, type CrisisMachine, type FlowCue } from '../flow';
import { recordedTurns, replayRecord } from '../sim/replay';
import type { AudioPlayer } from '../audio/audio-player';
import type { SoundCue } from '../audio/sound-cues';
import { announce, type FlowMoment } from '../ui/announcements';
import { translate } from '../ui/i18n/translate';
import type { StringKey } from '../ui/i18n/strings-en';
import type { PanelStore } from '../ui/panel-store';
import type { SelectionStore } from '../ui/selection-store';
import type { SessionStore } from '../ui/session-store';
import type { SettingsStore } from '../ui/settings-store';
import { exportFileName, writeExport, type SaveContent, type SaveFile } from './game-record';
import { createSaveShelf } from './save-shelf';
import type { SafeStorage } from './safe-storage';

export interface ControllerDeps {
  readonly scenario: Scenario;
  readonly session: SessionStore;
  readonly selection: SelectionStore;
  readonly settings: SettingsStore;
  readonly panels: PanelStore;
  readonly audio: AudioPlayer;
  readonly storage: SafeStorage;
  announce(text: string): void;
  newSeed(): number;
  /** The length of game a new game is played in (a class link's, or the title screen's pick), or null for the first. */
  mode(): string | null;
  readonly predictions: boolean;
  /** The class code from a class link, recorded in exports. */
  readonly classCode: string | null;
  download(fileName: string, text: string): void;
  /** The time, for the dates written in saves and exports. */
  now(): Date;
}

const CUE_SOUND: Record<FlowCue, SoundCue> = { briefing: 'briefing', 'turn-end': 'turn-end', ending: 'ending' };

/**
 * Owns the crisis actor of the page: starts, resumes, saves and ends games, implements the flow's
 * named effects (saving, sound), and is the one writer of the game and its phase in the session
 * store. A saved game is rebuilt by the engine and handed to the flow as its starting state, so
 * resuming plays no sound and writes nothing.
 */
export function createGameController(deps: ControllerDeps) {
  const { scenario, session, selection, settings, panels, audio } = deps;
  let actor: Actor<CrisisMachine> | null = null;
  let shown: FlowMoment | null = null;

  const t = (key: StringKey, params?: Record<string, string | number>): string => translate(settings.getState().language, key, params);
  const notify = (kind: 'info' | 'error', key: StringKey, params?: Record<string, string | number>): void => {
    const text = t(key, params);
    panels.getState().notify({ kind, text });
    deps.announce(text);
  };
  const shelf = createSaveShelf({ scenarioId: scenario.id, storage: deps.storage, notify });

  const contentOf = (game: GameState, predictions: boolean): SaveContent => {
    const { answers, playerName, role } = panels.getState();
    return {
      ...(role === null ? {} : { role }),
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: game.seed,
      predictions,
      mode: game.mode,
      turns: recordedTurns(game.turns),
      // A finished game stays saved with its debrief answers: a closed tab must not take them.
      ...(game.ending === null ? {} : { ended: true, answers, player: playerName }),
    };
  };

  const machine = createCrisisMachine().provide({
    actions: {
      cue: (_, params) => audio.play(CUE_SOUND[params.cue]),
      persist: ({ context }) => void shelf.writeAutosave(contentOf(context.game, context.predictions)),
    },
  });

  /** Mirrors the actor into the session store, and says what changed. */
  const mirror = (): void => {
    if (actor === null) return;
    const snapshot = actor.getSnapshot();
    const moment: FlowMoment = { game: snapshot.context.game, phase: turnPhase(snapshot) };
    session.setState({ game: moment.game, phase: moment.phase, screen: moment.phase === 'ended' ? 'ending' : 'desk', savedTurn: null });
    const news = announce(scenario, shown, moment, settings.getState().language);
    shown = moment;
    if (news.newTurn) {
      selection.getState().clear();
      panels.getState().clearVotes();
    }
    if (news.resultsOpened) panels.getState().reveal(1);
    if (news.sting) audio.play('sting');
    for (const text of news.texts) deps.announce(text);
  };

  const run = (input: { seed: number; predictions: boolean; mode?: string; game?: GameState }): void => {
    actor?.stop();
    shown = null;
    panels.getState().show(null);
    actor = createActor(machine, { input: { scenario, ...input } });
    actor.subscribe(mirror);
    actor.start();
    audio.play('ambience');
    mirror();
  };

  /** Rebuilds a game from its save; false if the save no longer fits the scenario. */
  const restore = (save: SaveFile): boolean => {
    const replay = replayRecord(scenario, save);
    if (!replay.ok) {
      notify('error', 'saves.diverged');
      return false;
    }
    panels.getState().resetForNewGame();
    if (save.answers !== undefined) panels.setState({ answers: [...save.answers], playerName: save.player ?? '' });
    if (save.role !== undefined && scenario.roles.some((role) => role.id === save.role)) panels.getState().chooseRole(save.role);
    run({ seed: save.seed, predictions: save.predictions, game: replay.resume });
    return true;
  };

  // Debrief answers are saved as they are typed, with the finished game they belong to.
  panels.subscribe((state, previous) => {
    if ((state.answers === previous.answers && state.playerName === previous.playerName) || actor === null) return;
    const { game, predictions } = actor.getSnapshot().context;
    if (game.ending !== null) shelf.writeAutosave(contentOf(game, predictions));
  });

  // Picks that become impossible (capital changed, action closed, an answer took the capital) are dropped, never sent.
  selection.subscribe((state) => {
    const game = session.getState().game;
    if (game === null) return;
    const { kept } = affordableSelection(scenario, game, state.selected, state.answers);
    if (kept.length !== state.selected.length) selection.setState({ selected: kept });
  });

  const refreshSlots = (): void => session.setState({ slots: shelf.slots((n) => t('saves.slot', { n })) });

  return {
    /** What the title offers to resume: a turn, or the debrief of a finished game. */
    saved(): { savedTurn: number | null; savedEnded: boolean } {
      const save = shelf.readAutosave();
      return { savedTurn: save === null ? null : save.turns.length + 1, savedEnded: save?.ended === true };
    },
    refreshSlots,
    startGame(): void {
      panels.getState().resetForNewGame();
      const wanted = deps.mode();
      const mode = scenario.modes.some((candidate) => candidate.id === wanted) ? (wanted ?? undefined) : undefined;
      run({ seed: deps.newSeed(), predictions: deps.predictions, ...(mode === undefined ? {} : { mode }) });
      refreshSlots();
    },
    resumeGame(): void {
      const save = shelf.readAutosave();
      if (save !== null && !restore(save)) shelf.setAsideAutosave();
      if (actor === null) this.backToTitle();
      refreshSlots();
    },
    saveToSlot(slot: number, name: string): void {
      if (actor === null) return;
      const { game, predictions } = actor.getSnapshot().context;
      const save = { ...contentOf(game, predictions), name: name.slice(0, LIMITS.slotName), savedAt: deps.now().toISOString() };
      if (shelf.writeSlot(slot, save)) notify('info', 'saves.saved', { n: slot });
      refreshSlots();
    },
    loadSlot(slot: number): void {
      const save = shelf.readSlot(slot);
      if (save !== null && restore(save)) notify('info', 'saves.loaded');
      refreshSlots();
    },
    deleteSlot(slot: number): void {
      shelf.deleteSlot(slot);
      refreshSlots();
    },
    send: (event: CrisisEvent): void => actor?.send(event),
    exportGame(): void {
      if (actor === null) return;
      const { game, predictions } = actor.getSnapshot().context;
      const { answers, playerName, role } = panels.getState();
      const player = playerName.trim().slice(0, LIMITS.playerName);
      const file = {
        scenarioId: scenario.id,
        scenarioVersion: scenario.version,
        seed: game.seed,
        predictions,
        mode: game.mode,
        turns: recordedTurns(game.turns),
        ending: game.ending,
        answers,
        ...(player === '' ? {} : { player }),
        ...(role === null ? {} : { role }),
        ...(deps.classCode === null ? {} : { classCode: deps.classCode }),
        exportedAt: deps.now().toISOString(),
      };
      const name = exportFileName(file);
      deps.download(name, writeExport(file));
      notify('info', 'debrief.exported', { file: name });
    },
    backToTitle(): void {
      actor?.stop();
      actor = null;
      shown = null;
      selection.getState().clear();
      panels.getState().show(null);
      session.setState({ screen: 'title', game: null, phase: null, replay: null, ...this.saved() });
      refreshSlots();
    },
  };
}

export type GameController = ReturnType<typeof createGameController>;
