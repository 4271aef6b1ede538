import { createActor, type Actor } from 'xstate';
import type { GameState, Happening, Scenario } from '../engine';
import { endingById, eventById, storylineById, storylineStateById, turnDate } from '../engine';
import { createCrisisMachine, turnPhase, type CrisisMachine, type FlowCue } from '../flow';
import { recordedTurns, replayTurns } from '../sim/replay';
import type { AudioPlayer } from '../audio/audio-player';
import type { SoundCue } from '../audio/sound-cues';
import { stories, validSelection } from '../ui/desk-view';
import { formatDate, localize, translate, translateCount } from '../ui/i18n/translate';
import type { StringKey } from '../ui/i18n/strings-en';
import type { PanelStore } from '../ui/panel-store';
import type { SelectionStore } from '../ui/selection-store';
import { SLOT_COUNT, type SessionStore, type SlotSummary } from '../ui/session-store';
import type { SettingsStore } from '../ui/settings-store';
import { exportFileName, writeExport } from './game-record';
import { readSave, writeSave, type SaveFile } from './game-record';
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
  readonly predictions: boolean;
  /** The class code from a class link, recorded in exports. */
  readonly classCode: string | null;
  download(fileName: string, text: string): void;
}

const CUE_SOUND: Record<FlowCue, SoundCue> = { briefing: 'briefing', 'turn-end': 'turn-end', ending: 'ending' };

const isMajor = (scenario: Scenario, happening: Happening): boolean => {
  const { what } = happening;
  if (what.kind === 'event') return eventById(scenario, what.id).major;
  if (what.kind === 'storyline') return storylineStateById(storylineById(scenario, what.id), what.state).major;
  return false;
};

/**
 * Owns the crisis actor for the page: starts, resumes, saves and ends games, implements the
 * flow's named effects (saving, sound), and mirrors each snapshot into the session store.
 */
export function createGameController(deps: ControllerDeps) {
  const { scenario, session, selection, settings, panels, audio, storage } = deps;
  const autosaveKey = `crisis-desk.autosave.${scenario.id}`;
  const slotKey = (slot: number): string => `crisis-desk.slot.${scenario.id}.${slot}`;
  let actor: Actor<CrisisMachine> | null = null;
  let lastTurnAnnounced = 0;
  let lastPhase = '';
  let warnedStorage = false;

  const t = (key: StringKey, params?: Record<string, string | number>): string => translate(settings.getState().language, key, params);
  const notify = (kind: 'info' | 'error', key: StringKey, params?: Record<string, string | number>): void => {
    const text = t(key, params);
    panels.getState().notify({ kind, text });
    deps.announce(text);
  };

  /**
   * Saves that an earlier version set aside as damaged but this one can read (a debrief with a
   * question left blank was one) are put back where they belong, and the player is told.
   */
  const recoverSetAside = (key: string): string | null => {
    const text = storage.read(`${key}.damaged`);
    if (text === null) return null;
    const reading = readSave(text);
    if (!reading.ok || reading.file.scenarioId !== scenario.id || !storage.write(key, text)) return null;
    storage.remove(`${key}.damaged`);
    notify('info', 'saves.recovered');
    return text;
  };

  /** Reads a save; a damaged one is moved aside (never silently deleted) and reported. */
  const readStored = (key: string): SaveFile | null => {
    const text = storage.read(key) ?? recoverSetAside(key);
    if (text === null) return null;
    const reading = readSave(text);
    if (reading.ok) return reading.file.scenarioId === scenario.id ? reading.file : null;
    if (reading.problem === 'too-new') {
      notify('error', 'saves.tooNew');
    } else {
      // Kept under another name for whoever wants to inspect it; if even that write fails, it stays where it is.
      if (storage.write(`${key}.damaged`, text)) storage.remove(key);
      notify('error', reading.problem === 'too-old' ? 'saves.tooOld' : 'saves.corrupt');
    }
    return null;
  };

  const saveFileOf = (game: GameState, predictions: boolean, extra: { name?: string; savedAt?: string } = {}): string =>
    writeSave({
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: game.seed,
      predictions,
      turns: recordedTurns(game.turns),
      ...extra,
      ...(game.ending === null ? {} : { ended: true, answers: [...panels.getState().answers], player: panels.getState().playerName }),
    });

  const writeOrWarn = (key: string, text: string): boolean => {
    const ok = storage.write(key, text);
    if (!ok && !warnedStorage) {
      warnedStorage = true;
      notify('error', 'saves.storageFull');
    }
    return ok;
  };

  const machine = createCrisisMachine(scenario).provide({
    actions: {
      cue: (_, params) => audio.play(CUE_SOUND[params.cue]),
      // A finished game stays saved too: a closed tab must not take the debrief, or the answers a
      // student is writing for class, with it.
      persist: ({ context }) => void writeOrWarn(autosaveKey, saveFileOf(context.game, context.predictions)),
    },
  });

  const slots = (): (SlotSummary | null)[] =>
    Array.from({ length: SLOT_COUNT }, (_, index) => {
      const save = readStored(slotKey(index + 1));
      return save === null
        ? null
        : {
            slot: index + 1,
            name: save.name ?? t('saves.slot', { n: index + 1 }),
            turn: save.turns.length + 1,
            savedAt: save.savedAt ?? '',
          };
    });

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
      panels.getState().clearVotes();
      const news = stories(scenario, game, game.turn, 'briefing', language);
      if (game.chronicle.some((h) => h.turn === game.turn && h.phase === 'briefing' && isMajor(scenario, h))) audio.play('sting');
      const headlines = news.map((story) => story.title).join('. ');
      deps.announce(
        `${translateCount(language, 'announce.briefing', news.length, { turn: game.turn, date: formatDate(language, turnDate(scenario, game.turn)) })} ${headlines}`,
      );
    } else if (phase === 'resolution' && lastPhase !== 'resolution') {
      panels.getState().reveal(1);
      const record = game.turns.at(-1);
      const outcome = stories(scenario, game, record?.turn ?? game.turn, 'resolution', language);
      if (game.chronicle.some((h) => h.turn === record?.turn && h.phase === 'resolution' && isMajor(scenario, h))) audio.play('sting');
      const first = outcome[0];
      const firstText = first === undefined ? '' : ` ${first.title}. ${first.changes.map((change) => change.text).join(', ')}`;
      deps.announce(`${translateCount(language, 'announce.result', outcome.length, { turn: record?.turn ?? game.turn })}${firstText}`);
    } else if (phase === 'ended' && game.ending !== null) {
      deps.announce(t('announce.ending', { title: localize(endingById(scenario, game.ending.id).title, language) }));
    }
    lastPhase = phase;
  };

  const begin = (seed: number, predictions: boolean): Actor<CrisisMachine> => {
    actor?.stop();
    lastTurnAnnounced = 0;
    lastPhase = '';
    panels.getState().show(null);
    const next = createActor(machine, { input: { scenario, seed, predictions } });
    actor = next;
    return next;
  };

  /** Rebuilds a game from its save by replaying its decisions; false if the save no longer fits the scenario. */
  const restore = (save: SaveFile): boolean => {
    const next = begin(save.seed, save.predictions);
    next.start();
    if (!replayTurns(next, save.turns).ok) {
      actor?.stop();
      actor = null;
      notify('error', 'saves.diverged');
      return false;
    }
    next.subscribe(mirror);
    if (save.answers !== undefined) panels.setState({ answers: [...save.answers], playerName: save.player ?? '' });
    audio.play('ambience');
    mirror();
    return true;
  };

  // Debrief answers are saved as they are typed, with the finished game they belong to.
  panels.subscribe((state, previous) => {
    if ((state.answers === previous.answers && state.playerName === previous.playerName) || actor === null) return;
    const { game, predictions } = actor.getSnapshot().context;
    if (game.ending !== null) writeOrWarn(autosaveKey, saveFileOf(game, predictions));
  });

  // Picks that become impossible (capital changed, action closed) are dropped, never sent.
  selection.subscribe((state) => {
    const game = session.getState().game;
    if (game === null) return;
    const valid = validSelection(scenario, game, state.selected);
    if (valid.length !== state.selected.length) selection.setState({ selected: valid });
  });

  const refreshSlots = (): void => session.setState({ slots: slots() });

  return {
    /** What the title offers to resume: a turn, or the debrief of a finished game. */
    saved(): { savedTurn: number | null; savedEnded: boolean } {
      const save = readStored(autosaveKey);
      return { savedTurn: save === null ? null : save.turns.length + 1, savedEnded: save?.ended === true };
    },
    refreshSlots,
    startGame(): void {
      panels.getState().resetForNewGame();
      const next = begin(deps.newSeed(), deps.predictions);
      next.subscribe(mirror);
      next.start();
      audio.play('ambience');
      refreshSlots();
      mirror();
    },
    resumeGame(): void {
      const save = readStored(autosaveKey);
      if (save !== null && !restore(save)) {
        // A save the scenario no longer accepts would be offered again on every visit: set it aside.
        const text = storage.read(autosaveKey);
        if (text !== null && storage.write(`${autosaveKey}.unplayable`, text)) storage.remove(autosaveKey);
      }
      if (save === null || actor === null) this.backToTitle();
      refreshSlots();
    },
    saveToSlot(slot: number, name: string): void {
      if (actor === null) return;
      const { game, predictions } = actor.getSnapshot().context;
      if (writeOrWarn(slotKey(slot), saveFileOf(game, predictions, { name, savedAt: new Date().toISOString() }))) {
        notify('info', 'saves.saved', { n: slot });
      }
      refreshSlots();
    },
    loadSlot(slot: number): void {
      const save = readStored(slotKey(slot));
      if (save !== null && restore(save)) notify('info', 'saves.loaded');
      refreshSlots();
    },
    deleteSlot(slot: number): void {
      storage.remove(slotKey(slot));
      refreshSlots();
    },
    send: (event: Parameters<Actor<CrisisMachine>['send']>[0]) => actor?.send(event),
    exportGame(): void {
      if (actor === null) return;
      const { game, predictions } = actor.getSnapshot().context;
      const file = {
        scenarioId: scenario.id,
        scenarioVersion: scenario.version,
        seed: game.seed,
        predictions,
        turns: recordedTurns(game.turns),
        ending: game.ending,
        answers: [...panels.getState().answers],
        ...(panels.getState().playerName.trim() === '' ? {} : { player: panels.getState().playerName.trim().slice(0, 60) }),
        ...(deps.classCode === null ? {} : { classCode: deps.classCode }),
        exportedAt: new Date().toISOString(),
      };
      const name = exportFileName(file);
      deps.download(name, writeExport(file));
      notify('info', 'debrief.exported', { file: name });
    },
    backToTitle(): void {
      actor?.stop();
      actor = null;
      selection.getState().clear();
      panels.getState().show(null);
      session.setState({ screen: 'title', game: null, phase: null, replay: null, ...this.saved() });
      refreshSlots();
    },
  };
}

export type GameController = ReturnType<typeof createGameController>;
