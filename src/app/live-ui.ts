import type { GameState, Scenario } from '../engine';
import { replayRecord } from '../sim/replay';
import { LIMITS } from '../engine/limits';
import { joinCode, LIVE_PROTOCOL, normaliseCode, type ClientMessage, type JoinOptions, type LiveView } from '../live/protocol';
import type { DroppedFile } from '../ui/commands';
import { EMPTY_DRAFT, LIVE_TEACHER_KEY, readServerAddress, type LiveCommands, type LiveStore } from '../ui/live-store';
import type { SessionStore } from '../ui/session-store';
import type { TeacherStore } from '../ui/teacher-store';
import { exportFileName, writeExport, type ExportContent } from './game-record';
import type { LiveConnection } from './live-connection';
import { liveExport } from './live-records';
import type { SafeStorage } from './safe-storage';

export interface LiveDeps {
  readonly store: LiveStore;
  readonly session: SessionStore;
  readonly teacher: TeacherStore;
  /** The device's storage (the teacher's key and server address) and the tab's (a student's seat). */
  readonly device: SafeStorage;
  readonly tab: SafeStorage;
  scenarioById(id: string): Promise<Scenario | null>;
  download(fileName: string, text: string): void;
  openExport(name: string, text: string): Promise<void>;
  addExports(files: readonly DroppedFile[]): void;
  /** Puts the session's code in the page's address, so a reload finds the seat again. */
  rememberCode(code: string): void;
  /** Shows the teacher's dashboard (the page's #live-teacher). */
  openDashboard(): void;
  /** The page's address, for the join link. */
  pageUrl(): string;
  now(): Date;
}

const TEACHER_SESSION = LIVE_TEACHER_KEY;
const SERVER_KEY = 'crisis-desk.live.server.v1';
const seatKey = (code: string): string => `crisis-desk.live.seat.${code}`;

const randomSecret = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

/** The teacher's session kept on the device, so a closed tab can take the controls back. */
interface KeptTeacher {
  readonly code: string;
  readonly key: string;
  readonly seat: string;
  readonly server: string;
}

function readKept(raw: string | null): KeptTeacher | null {
  try {
    const data = JSON.parse(raw ?? 'null') as Partial<KeptTeacher> | null;
    if (data === null || typeof data !== 'object') return null;
    const { code, key, seat, server } = data;
    if (typeof code !== 'string' || typeof key !== 'string' || typeof seat !== 'string' || typeof server !== 'string') return null;
    return { code, key, seat, server };
  } catch {
    return null;
  }
}

/**
 * The live classroom in the page: opens and joins sessions through the class server, keeps the
 * seat key (a student's in the tab, the teacher's on the device), mirrors the server's views into
 * the live store, and turns the shared game into the same export files the file-based classroom
 * reads. The Colyseus client loads on the first connection.
 */
export function createLive(
  deps: LiveDeps,
): LiveCommands & { resume(): boolean; joinLink(code: string): string; keptCode(): string | null } {
  const { store } = deps;
  let connection: LiveConnection | null = null;
  const saved = readServerAddress(deps.device.read(SERVER_KEY) ?? '');
  if (saved !== null) store.setState({ server: saved });

  /** The game the record describes, at its open turn: what the desk would show (null if it does not replay). */
  const sharedGame = (scenario: Scenario | null, view: LiveView): GameState | null => {
    if (scenario === null || scenario.id !== view.scenarioId) return null;
    const replay = replayRecord(scenario, view.record);
    return replay.ok ? replay.resume : null;
  };

  const onView = (view: LiveView): void => {
    const previous = store.getState().view;
    const newTurn = previous === null || previous.turn !== view.turn || previous.phase !== view.phase;
    store.setState({
      view,
      status: 'live',
      clockSkew: Date.now() - view.serverNow,
      ...(newTurn && view.phase === 'proposing' && previous?.turn !== view.turn ? { draft: EMPTY_DRAFT } : {}),
      ...(newTurn ? { refusal: null } : {}),
      ...(previous === null || previous.record.turns.length !== view.record.turns.length || store.getState().game === null
        ? { game: sharedGame(store.getState().scenario, view) }
        : {}),
    });
    if (store.getState().scenario?.id !== view.scenarioId) {
      void deps.scenarioById(view.scenarioId).then((scenario) => {
        const latest = store.getState().view;
        store.setState({ scenario, game: latest === null ? null : sharedGame(scenario, latest) });
      });
    }
  };

  const connect = (server: string, options: JoinOptions): void => {
    connection?.leave();
    store.setState({ status: 'connecting', problem: null, problemDetail: '', refusal: null, view: null, code: options.code });
    void import('./live-connection').then(({ connectLive }) => {
      connection = connectLive(server, options, {
        view: onView,
        refused: (reason) => store.setState({ refusal: reason }),
        status: (status) => {
          store.setState({ status });
          if (status === 'ended' && options.teacher !== undefined) deps.device.remove(TEACHER_SESSION);
        },
        failed: (problem, detail) => {
          store.setState({ status: 'failed', problem, problemDetail: detail.slice(0, 200) });
          if (options.teacher !== undefined && problem !== 'unreachable') deps.device.remove(TEACHER_SESSION);
        },
      });
    });
  };

  const exportOf = (
    view: LiveView,
    scenario: Scenario,
    student?: { name: string; options: readonly (string | null)[] },
  ): ExportContent | null => liveExport(view, scenario, deps.now().toISOString(), student);

  const shared = (): { view: LiveView; scenario: Scenario; file: ExportContent } | null => {
    const { view, scenario } = store.getState();
    if (view === null || scenario === null) return null;
    const file = exportOf(view, scenario);
    return file === null ? null : { view, scenario, file };
  };

  return {
    start(): void {
      const { scenarioId, mode, seed, predictions } = deps.teacher.getState();
      const { server, rule } = store.getState();
      const code = joinCode(() => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0);
      const kept: KeptTeacher = { code, key: randomSecret(), seat: randomSecret(), server };
      deps.device.write(TEACHER_SESSION, JSON.stringify(kept));
      connect(server, {
        protocol: LIVE_PROTOCOL,
        code,
        seat: kept.seat,
        teacher: kept.key,
        setup: { scenarioId, mode, seed, predictions, rule },
      });
      deps.openDashboard();
    },
    join(typed: string, name: string): void {
      const code = normaliseCode(typed);
      const kept = deps.tab.read(seatKey(code));
      const seat = kept ?? randomSecret();
      deps.tab.write(seatKey(code), seat);
      store.setState({ code, name });
      deps.rememberCode(code);
      connect(store.getState().server, { protocol: LIVE_PROTOCOL, code, seat, name: name.slice(0, LIMITS.liveName) });
    },
    /** Back into the session this tab or device was in (a reload): the teacher's, or a student's. */
    resume(): boolean {
      const { screen } = deps.session.getState();
      if (screen === 'live-teacher') {
        const kept = readKept(deps.device.read(TEACHER_SESSION));
        if (kept === null) return false;
        store.setState({ server: kept.server });
        connect(kept.server, { protocol: LIVE_PROTOCOL, code: kept.code, seat: kept.seat, teacher: kept.key });
        return true;
      }
      const code = store.getState().code;
      const seat = code === '' ? null : deps.tab.read(seatKey(code));
      if (seat === null || code === '') return false;
      connect(store.getState().server, { protocol: LIVE_PROTOCOL, code, seat });
      return true;
    },
    keptCode: () => readKept(deps.device.read(TEACHER_SESSION))?.code ?? null,
    act(message: ClientMessage): void {
      store.setState({ refusal: null });
      connection?.send(message);
    },
    leave(): void {
      connection?.leave();
      connection = null;
      store.setState({ status: 'idle', view: null });
    },
    setServer(address: string): void {
      const server = readServerAddress(address);
      if (server === null) {
        store.setState({ problem: 'bad-address' });
        return;
      }
      deps.device.write(SERVER_KEY, server);
      store.setState({ server, problem: null });
    },
    joinLink(code: string): string {
      const url = new URL(deps.pageUrl());
      url.search = '';
      url.hash = '';
      url.searchParams.set('live', code);
      url.searchParams.set('server', store.getState().server);
      return url.toString();
    },
    exportGame(): void {
      const found = shared();
      if (found === null) return;
      deps.download(exportFileName(found.file), writeExport(found.file));
    },
    openDebrief(): void {
      const found = shared();
      if (found !== null) void deps.openExport(`${found.view.code}`, writeExport(found.file));
    },
    openResults(): void {
      const { view, scenario } = store.getState();
      if (view === null || view.teacher === null || scenario === null) return;
      const files = view.teacher.studentPredictions.flatMap((student) => {
        const file = exportOf(view, scenario, student);
        if (file === null) return [];
        const text = writeExport(file);
        return [{ name: exportFileName(file), bytes: text.length, text }];
      });
      deps.addExports(files);
    },
  };
}

export type Live = ReturnType<typeof createLive>;
