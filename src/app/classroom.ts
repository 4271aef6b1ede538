import type { Scenario } from '../engine';
import { replayRecord } from '../sim/replay';
import type { DroppedFile } from '../ui/commands';
import { classCsv } from '../ui/class-results';
import { translate } from '../ui/i18n/translate';
import type { StringKey } from '../ui/i18n/strings-en';
import type { PanelStore } from '../ui/panel-store';
import type { SessionStore } from '../ui/session-store';
import type { SettingsStore } from '../ui/settings-store';
import { LIMITS } from '../engine/limits';
import { readExport, type ExportFile, type RecordProblem } from './game-record';

export interface ClassroomDeps {
  readonly session: SessionStore;
  readonly settings: SettingsStore;
  readonly panels: PanelStore;
  /** The scenario with this id: the one being played, or a shipped one (loaded on demand). */
  scenarioById(id: string): Promise<Scenario | null>;
  /** Makes a scenario the current one (the results page shows the scenario of the files). */
  useScenario(scenario: Scenario): void;
  announce(text: string): void;
}

/**
 * Two files are the same student's game when they were played from the same seed and length by the
 * same named player (or, unnamed, when their decisions are the same): a re-saved file, not another student.
 */
function sameStudentGame(a: ExportFile, b: ExportFile): boolean {
  if (a.seed !== b.seed || (a.mode ?? '') !== (b.mode ?? '') || a.scenarioId !== b.scenarioId) return false;
  const named = (file: ExportFile): string => (file.player ?? '').trim().toLowerCase();
  if (named(a) !== '' || named(b) !== '') return named(a) === named(b);
  return JSON.stringify(a.turns) === JSON.stringify(b.turns);
}

/**
 * The teacher's side of the game: verifying students' export files by replaying them, the class
 * results built from them, and step-by-step replays of any one game. All in the page: nothing is
 * uploaded anywhere.
 */
export function createClassroom(deps: ClassroomDeps) {
  const { session, settings } = deps;
  const t = (key: StringKey, params?: Record<string, string | number>): string => translate(settings.getState().language, key, params);
  let files: { label: string; file: ExportFile }[] = [];

  const rejectionOf = (problem: RecordProblem): string =>
    problem === 'too-new'
      ? t('results.tooNew')
      : problem === 'too-large'
        ? t('results.tooLarge', { size: Math.round(LIMITS.exportBytes / 1000) })
        : problem === 'wrong-kind'
          ? t('results.wrongKind')
          : t('results.badFile');

  /** Verifies one export: readable, for a known scenario, and its decisions replay under the rules. */
  const verify = async (text: string): Promise<{ ok: true; file: ExportFile; scenario: Scenario } | { ok: false; reason: string }> => {
    const reading = readExport(text);
    if (!reading.ok) return { ok: false, reason: rejectionOf(reading.problem) };
    const scenario = await deps.scenarioById(reading.file.scenarioId);
    if (scenario === null) return { ok: false, reason: t('results.unknownScenario', { id: reading.file.scenarioId.slice(0, 60) }) };
    const replay = replayRecord(scenario, reading.file);
    if (!replay.ok) return { ok: false, reason: t('results.diverged', { turn: replay.turn, reason: t(`results.refused.${replay.kind}`) }) };
    return { ok: true, file: reading.file, scenario };
  };

  const openReplay = (label: string, file: ExportFile, scenario: Scenario): void => {
    const replay = replayRecord(scenario, file);
    if (!replay.ok || replay.atDecision.length === 0) return;
    deps.useScenario(scenario);
    deps.panels.getState().resetForNewGame();
    deps.panels.setState({ answers: [...file.answers], playerName: file.player ?? '' });
    session.setState({
      screen: 'replay',
      replay: { label, index: 0, total: replay.atDecision.length, atDecision: replay.atDecision, final: replay.game },
    });
    deps.announce(t('replay.opened', { name: label }));
  };

  return {
    async addExports(incoming: readonly DroppedFile[]): Promise<void> {
      const rejected = [...session.getState().rejected];
      const current = files[0]?.file.scenarioId ?? null;
      for (const { name, text } of incoming) {
        if (text === null) {
          rejected.push({ name, reason: rejectionOf('too-large') });
          continue;
        }
        const checked = await verify(text);
        if (!checked.ok) {
          rejected.push({ name, reason: checked.reason });
          continue;
        }
        if (current !== null && checked.file.scenarioId !== current) {
          rejected.push({ name, reason: t('results.otherScenario', { id: checked.file.scenarioId }) });
          continue;
        }
        if (files.length === 0) deps.useScenario(checked.scenario);
        // A student who saves their file again (after the exit ticket, say) sends the same game twice:
        // the newer file replaces the older, so nobody counts twice.
        const same = files.findIndex(({ file }) => sameStudentGame(file, checked.file));
        if (same >= 0) {
          const older = files[same];
          if (older !== undefined && older.file.exportedAt > checked.file.exportedAt) {
            rejected.push({ name, reason: t('results.olderCopy', { name: older.label }) });
            continue;
          }
          files[same] = { label: older?.label ?? checked.file.player ?? name, file: checked.file };
          rejected.push({ name, reason: t('results.replacedCopy', { name: older?.label ?? name }) });
          continue;
        }
        files.push({ label: checked.file.player ?? t('results.student.anonymous', { n: files.length + 1 }), file: checked.file });
      }
      const scenario = files[0] === undefined ? null : await deps.scenarioById(files[0].file.scenarioId);
      const classGames =
        scenario === null
          ? []
          : files.flatMap(({ label, file }) => {
              const replay = replayRecord(scenario, file);
              return replay.ok ? [{ label, game: replay.game, answers: file.answers }] : [];
            });
      session.setState({ classGames, rejected, screen: 'results' });
    },
    /** The class results as a spreadsheet file, named by scenario and date. */
    async csvFile(today: string): Promise<{ name: string; text: string } | null> {
      const first = files[0];
      const scenario = first === undefined ? null : await deps.scenarioById(first.file.scenarioId);
      if (scenario === null) return null;
      const { classGames } = session.getState();
      return { name: `crisis-desk-${scenario.id}-class-${today}.csv`, text: classCsv(scenario, classGames, settings.getState().language) };
    },
    clearResults(): void {
      files = [];
      session.setState({ classGames: [], rejected: [] });
    },
    async replayStudent(index: number): Promise<void> {
      const entry = files[index];
      const scenario = entry === undefined ? null : await deps.scenarioById(entry.file.scenarioId);
      if (entry !== undefined && scenario !== null) openReplay(entry.label, entry.file, scenario);
    },
    /** A single export dropped on the title screen: replay it, or say why not. */
    async openExport(name: string, text: string): Promise<void> {
      const checked = await verify(text);
      if (!checked.ok) {
        deps.panels.getState().notify({ kind: 'error', text: `${name}: ${checked.reason}` });
        return;
      }
      openReplay(checked.file.player ?? name, checked.file, checked.scenario);
    },
    replayStep(delta: number): void {
      const { replay } = session.getState();
      if (replay === null) return;
      // One past the last turn is the ending: the debrief of the student's game.
      const index = Math.min(Math.max(0, replay.index + delta), replay.total);
      session.setState({ replay: { ...replay, index }, screen: index >= replay.total ? 'ending' : 'replay' });
    },
  };
}

export type Classroom = ReturnType<typeof createClassroom>;
