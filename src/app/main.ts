import type { Diagnostic } from '../content/diagnostics';
import type { Scenario } from '../engine';
import type { Commands } from '../ui/commands';
import { hasInterfaceLanguage, INTERFACE_LANGUAGES, loadInterfaceLanguage, localize, translate } from '../ui/i18n/translate';
import { createPanelStore } from '../ui/panel-store';
import { createSelectionStore } from '../ui/selection-store';
import { createSessionStore } from '../ui/session-store';
import { createSettingsStore, DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../ui/settings-store';
import { createTeacherStore, parseTeacherRecord, TEACHER_KEY, teacherRecord } from '../ui/teacher-store';
import { createAnnouncer } from '../view/dom/announcer';
import { mountUi } from '../view/dom/render-ui';
import { createClassroom } from './classroom';
import { createGameController, type GameController } from './game-controller';
import { createLazyAudio } from './lazy-audio';
import { readLaunch } from './launch';
import { enableOffline } from './offline';
import { openDroppedFile } from './open-file';
import { applyPresentation, browserLanguage, clickSounds, download, element, openDetailsForPrint, randomSeed, reducedMotion } from './page';
import { browserStorage } from './safe-storage';
import type { Live } from './live-ui';
import { createLiveStore, defaultServer, keptLiveCode, LIVE_TEACHER_KEY, readServerAddress, type LiveCommands } from '../ui/live-store';
import type { ClientMessage } from '../live/protocol';
import type { LiveUi } from '../view/dom/live-start';
import { DEFAULT_SCENARIO_ID, loadScenario, shippedCatalog } from './scenario-catalog';

/** Past any calendar's last turn: a replay stepped this far shows the ending's debrief. */
const LIMITS_TURNS = 1000;

/** The composition root: the only place that knows every layer, and wires them together. */
async function boot(): Promise<void> {
  const launch = readLaunch(window.location.search);
  // Fetch the scenario's chunk now, while everything else starts up.
  const early = loadScenario(launch.scenarioId);
  const storage = browserStorage();
  const defaults: Settings = { language: browserLanguage(), ...DEFAULT_SETTINGS };
  const stored = parseSettings(storage.read(SETTINGS_KEY), defaults);
  const fromLink = {
    ...(launch.language === null ? {} : { language: launch.language }),
    ...(launch.classSetup?.muted ? { muted: true } : {}),
  };
  const settings = createSettingsStore({ ...stored, ...fromLink }, (value) => storage.write(SETTINGS_KEY, JSON.stringify(value)));
  const session = createSessionStore();
  const selection = createSelectionStore();
  const panels = createPanelStore();
  const announce = createAnnouncer(element('announcer'));
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>): string =>
    translate(settings.getState().language, key, params);
  applyPresentation(settings.getState());
  settings.subscribe(applyPresentation);
  // The interface is drawn in the player's language from its first frame; a language chosen later
  // is normally here already (fetched once the title is up), else the page is redrawn when it arrives.
  const language = loadInterfaceLanguage(settings.getState().language);
  settings.subscribe((state) => {
    if (!hasInterfaceLanguage(state.language)) void loadInterfaceLanguage(state.language).then(() => settings.setState({}));
  });
  // The teacher's setup and classes are kept on the device: the seed of a link sent yesterday is still there today.
  const kept = parseTeacherRecord(storage.read(TEACHER_KEY));
  const teacher = createTeacherStore(
    {
      scenarioId: DEFAULT_SCENARIO_ID,
      language: settings.getState().language,
      seed: randomSeed(),
      predictions: true,
      muted: true,
      mode: null,
      ...kept.setup,
    },
    // The teacher page shows the chosen scenario's content notes; shipped scenarios load on demand (and are cached).
    async (id) => (await loadScenario(id)).scenario?.debrief.contentNotes ?? null,
    kept.classes,
  );
  teacher.subscribe((state, previous) => {
    if (teacherRecord(state) !== teacherRecord(previous)) storage.write(TEACHER_KEY, teacherRecord(state));
  });
  const audio = createLazyAudio(settings.getState());
  settings.subscribe((state) => {
    audio.setMuted(state.muted);
    audio.setVolume(state.volume);
  });
  clickSounds(audio);
  openDetailsForPrint(element('ui'));

  let controller: GameController | null = null;
  const activate = (scenario: Scenario, diagnostics: readonly Diagnostic[], customFile: string | null): void => {
    controller?.backToTitle();
    controller = createGameController({
      scenario,
      session,
      selection,
      settings,
      panels,
      audio,
      storage,
      announce,
      newSeed: () => launch.fixedSeed ?? randomSeed(),
      mode: () => launch.mode ?? panels.getState().mode,
      predictions: launch.predictions,
      classCode: launch.classCode,
      download,
      now: () => new Date(),
    });
    session.setState({ screen: 'title', scenario, diagnostics, customFile, game: null, phase: null, replay: null, ...controller.saved() });
    controller.refreshSlots();
    // The teacher page opens on the scenario being played, unless the teacher has a setup of their own kept.
    if (customFile === null && kept.setup.scenarioId === undefined && teacher.getState().classes.length === 0) {
      teacher.getState().update({ scenarioId: scenario.id });
    }
  };
  const classroom = createClassroom({
    session,
    settings,
    panels,
    announce,
    scenarioById: async (id) => {
      const current = session.getState().scenario;
      return current !== null && current.id === id ? current : (await loadScenario(id)).scenario;
    },
    useScenario: (scenario) => {
      if (session.getState().scenario?.id !== scenario.id) activate(scenario, [], null);
    },
  });
  const commands: Commands = {
    send: (event) => controller?.send(event),
    startGame: () => controller?.startGame(),
    resumeGame: () => controller?.resumeGame(),
    backToTitle: () => controller?.backToTitle(),
    saveToSlot: (slot, name) => controller?.saveToSlot(slot, name),
    loadSlot: (slot) => controller?.loadSlot(slot),
    deleteSlot: (slot) => controller?.deleteSlot(slot),
    openFile: (file) => {
      panels.getState().notify({ kind: 'info', text: t('title.checking', { file: file.name }) });
      void openDroppedFile(file).then((opened) => {
        panels.getState().notify(null);
        if (opened.kind === 'export') void classroom.openExport(opened.name, opened.text);
        else if (opened.kind === 'refused') session.setState({ screen: 'scenario-error', diagnostics: opened.diagnostics });
        else activate(opened.scenario, opened.diagnostics, opened.name);
      });
    },
    printReport: () => window.print(),
    addExports: (files) => void classroom.addExports(files),
    clearResults: () => classroom.clearResults(),
    exportClassCsv: () =>
      void classroom.csvFile(new Date().toISOString().slice(0, 10)).then((file) => {
        if (file !== null) download(file.name, file.text, 'text/csv');
      }),
    replayStudent: (index) => void classroom.replayStudent(index),
    replayStep: (delta) => classroom.replayStep(delta),
    exportGame: () => controller?.exportGame(),
    chooseScenario: (id) => {
      const url = new URL(window.location.href);
      url.searchParams.delete('class');
      url.hash = '';
      if (id === '') url.searchParams.delete('scenario');
      else url.searchParams.set('scenario', id);
      window.location.assign(url.toString());
    },
  };
  // The live classroom: only its store is in the title's code. Its commands, the Colyseus client and
  // the live screens load the first time a live page (or the teacher page) opens.
  const liveStore = createLiveStore(defaultServer(window.location.href));
  let live: Live | null = null;
  let liveLoading: Promise<Live> | null = null;
  const liveApp = (): Promise<Live> =>
    (liveLoading ??= import('./live-ui').then(({ createLive }) => {
      live = createLive({
        store: liveStore,
        session,
        teacher,
        device: storage,
        tab: browserStorage('session'),
        scenarioById: async (id) => (await loadScenario(id)).scenario,
        download,
        openExport: async (name, text) => {
          await classroom.openExport(name, text);
          classroom.replayStep(LIMITS_TURNS);
        },
        addExports: (files) => void classroom.addExports(files),
        pageUrl: () => window.location.href,
        openDashboard: () => {
          window.location.hash = '#live-teacher';
        },
        rememberCode: (code) => {
          const url = new URL(window.location.href);
          url.searchParams.set('live', code);
          window.history.replaceState(null, '', url.toString());
        },
        now: () => new Date(),
      });
      return live;
    }));
  const later =
    <A extends unknown[]>(run: (app: Live, ...args: A) => void) =>
    (...args: A): void =>
      void liveApp().then((app) => run(app, ...args));
  const liveCommands: LiveCommands = {
    start: later((app) => app.start()),
    join: later((app, code: string, name: string) => app.join(code, name)),
    act: later((app, message: ClientMessage) => app.act(message)),
    leave: later((app) => app.leave()),
    setServer: later((app, address: string) => app.setServer(address)),
    exportGame: later((app) => app.exportGame()),
    openResults: later((app) => app.openResults()),
    openDebrief: later((app) => app.openDebrief()),
  };
  const liveUi: LiveUi = {
    store: liveStore,
    commands: liveCommands,
    joinLink: (code) => live?.joinLink(code) ?? '',
    keptCode: () => keptLiveCode(storage.read(LIVE_TEACHER_KEY)),
    screens: null,
    load: () => {
      void liveApp();
      if (liveUi.screens === null) {
        void import('../view/dom/live-screens').then(({ liveScreens }) => {
          liveUi.screens = liveScreens;
          liveStore.setState({});
        });
      }
    },
  };
  const openLive = (): void => {
    liveUi.load();
    if (liveStore.getState().status === 'idle') void liveApp().then((app) => app.resume());
  };
  // The vote's timer counts down on every screen: a redraw each second while a vote is open.
  window.setInterval(() => {
    if ((liveStore.getState().view?.deadline ?? null) !== null) liveStore.setState({});
  }, 1000);
  const params = new URLSearchParams(window.location.search);
  const liveCode = (params.get('live') ?? '').replace(/[\s-]+/g, '').toUpperCase();
  const liveServer = readServerAddress(params.get('server') ?? '');
  if (/^[A-Z0-9]{1,8}$/.test(liveCode)) {
    liveStore.setState({ code: liveCode, ...(liveServer === null ? {} : { server: liveServer }) });
    if (window.location.hash === '') window.history.replaceState(null, '', '#live');
  }
  await language;
  mountUi(element('ui'), { commands, session, selection, settings, panels, announce }, teacher, liveUi);
  session.setState({ classCode: launch.classCode });
  if (launch.mode !== null) panels.getState().chooseMode(launch.mode);
  const catalogIn = (language: Parameters<typeof localize>[1]) =>
    shippedCatalog().map((item) => ({
      id: item.id,
      title: localize(item.title, language),
      modes: item.modes.map((mode) => ({
        id: mode.id,
        label: localize(mode.label, language),
        description: localize(mode.description ?? undefined, language),
        turns: mode.turns,
      })),
    }));
  session.setState({ catalog: catalogIn(settings.getState().language) });
  settings.subscribe((state, previous) => {
    if (state.language !== previous.language) session.setState({ catalog: catalogIn(state.language) });
  });

  const loaded = await early;
  if (launch.classProblem !== null) {
    session.setState({ screen: 'class-error', classProblem: t(`class.problem.${launch.classProblem}` as Parameters<typeof t>[0]) });
  } else if (loaded.scenario === null) {
    session.setState({
      screen: launch.classSetup === null ? 'scenario-error' : 'class-error',
      diagnostics: loaded.diagnostics,
      classProblem: t('class.problem.scenario'),
    });
  } else {
    activate(loaded.scenario, loaded.diagnostics, null);
    if (launch.classCode !== null) panels.getState().notify({ kind: 'info', text: t('class.banner', { code: launch.classCode }) });
  }

  // Pages without a game of their own live behind the hash: #teacher and #results.
  const route = (): void => {
    const hash = window.location.hash;
    const { screen } = session.getState();
    if (hash === '#teacher') session.setState({ screen: 'teacher' });
    else if (hash === '#results') session.setState({ screen: 'results' });
    else if (hash === '#roles') session.setState({ screen: 'roles' });
    else if (hash === '#live' || hash === '#live-teacher') {
      session.setState({ screen: hash === '#live' ? 'live' : 'live-teacher' });
      openLive();
    } else if (screen === 'teacher' || screen === 'results' || screen === 'roles' || screen === 'live' || screen === 'live-teacher') {
      controller?.backToTitle();
    }
  };
  window.addEventListener('hashchange', route);
  route();

  enableOffline(() => panels.getState().notify({ kind: 'info', text: t('offline.updateReady') }));

  // Sound and Phaser (a megabyte of script) load beside the page, not before it: every control
  // works as soon as the DOM is drawn, and the board and backdrops appear when the engine is ready.
  setTimeout(() => INTERFACE_LANGUAGES.forEach((other) => void loadInterfaceLanguage(other)), 0);
  // Compiling Phaser (and Howler) holds the main thread for a few hundred milliseconds: it starts after the
  // player's first click or key (once that input is handled), or after a second of reading, so
  // an early click on the title is answered at once rather than after the compile.
  let stageLoading = false;
  const loadStage = (): void => {
    if (stageLoading) return;
    stageLoading = true;
    void audio.load();
    void import('../view/phaser/start-stage').then(({ startStage }) =>
      startStage(element('stage'), {
        session,
        settings,
        panels,
        boardRect: () => document.querySelector('.board')?.getBoundingClientRect() ?? null,
        prefersReducedMotion: () => reducedMotion(settings.getState()),
      }),
    );
  };
  const afterInput = (): void => void setTimeout(loadStage, 0);
  document.addEventListener('click', afterInput, { once: true });
  document.addEventListener('keydown', afterInput, { once: true });
  setTimeout(loadStage, STAGE_DELAY_MS);
}

/** How long the title may be read before Phaser loads without being asked for. */
const STAGE_DELAY_MS = 1000;

void boot();
