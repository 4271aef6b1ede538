import type { Diagnostic } from '../content/diagnostics';
import type { Scenario } from '../engine';
import { createAudioPlayer, silentAudio, type AudioPlayer } from '../audio/audio-player';
import { isLanguage, localize, translate, type Language } from '../ui/i18n/translate';
import { createPanelStore } from '../ui/panel-store';
import { createSelectionStore } from '../ui/selection-store';
import { decodeClassCode, type ClassSetup } from '../ui/class-link';
import { createSessionStore, type SessionCommands } from '../ui/session-store';
import { createTeacherStore } from '../ui/teacher-store';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
  type SettingsState,
} from '../ui/settings-store';
import { createAnnouncer } from '../view/dom/announcer';
import { mountUi } from '../view/dom/render-ui';
import { CUE_FILES } from './audio-files';
import { checkInWorker } from './check-in-worker';
import { createClassroom } from './classroom';
import { enableOffline } from './offline';
import { createGameController, type GameController } from './game-controller';
import { browserStorage } from './safe-storage';
import { DEFAULT_SCENARIO_ID, loadScenario, shippedCatalog } from './scenario-catalog';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found;
}

function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

function reducedMotion(settings: SettingsState): boolean {
  if (settings.motion === 'system') return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return settings.motion === 'reduced';
}

/** Text size, motion and projector mode are page-wide presentation: CSS reads them from <html>. */
function applyPresentation(settings: SettingsState): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.projector ? Math.max(settings.textScale, 1.5) : settings.textScale));
  root.classList.toggle('reduce-motion', reducedMotion(settings));
  root.classList.toggle('projector', settings.projector);
}

/** Offers text as a file download; the browser decides where it goes. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The composition root: the only place that knows every layer, and wires them together. */
async function boot(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const requested = decodeClassCode(params.get('class') ?? '');
  // Fetch the scenario's chunk now, while everything else starts up.
  const early = loadScenario(requested.ok ? requested.setup.scenarioId : (params.get('scenario') ?? DEFAULT_SCENARIO_ID));
  const storage = browserStorage();
  const defaults: Settings = { language: browserLanguage(), ...DEFAULT_SETTINGS };
  const stored = parseSettings(storage.read(SETTINGS_KEY), defaults);
  const urlLanguage = params.get('lang');
  const settings = createSettingsStore(isLanguage(urlLanguage) ? { ...stored, language: urlLanguage } : stored, (value) =>
    storage.write(SETTINGS_KEY, JSON.stringify(value)),
  );
  const session = createSessionStore();
  const selection = createSelectionStore();
  const panels = createPanelStore();
  const announce = createAnnouncer(element('announcer'));
  applyPresentation(settings.getState());
  settings.subscribe(applyPresentation);
  const classCode = params.get('class');
  const classReading = classCode === null ? null : decodeClassCode(classCode);
  const classSetup: ClassSetup | null = classReading?.ok === true ? classReading.setup : null;
  if (classSetup !== null) settings.getState().update({ language: classSetup.language, ...(classSetup.muted ? { muted: true } : {}) });
  const teacher = createTeacherStore(
    {
      scenarioId: DEFAULT_SCENARIO_ID,
      language: settings.getState().language,
      seed: randomSeed(),
      predictions: true,
      muted: true,
    },
    // The teacher page shows the chosen scenario's content notes; shipped scenarios load on demand (and are cached).
    async (id) => (await loadScenario(id)).scenario?.debrief.contentNotes ?? null,
  );
  mountUi(element('ui'), { session, selection, settings, panels, announce }, teacher);

  let audio: AudioPlayer;
  try {
    audio = createAudioPlayer(CUE_FILES, settings.getState());
  } catch {
    audio = silentAudio;
  }
  settings.subscribe((state) => {
    audio.setMuted(state.muted);
    audio.setVolume(state.volume);
  });
  // The printed report shows every "Why?" and every table: open them for the printer, then restore.
  let closedForPrint: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    closedForPrint = [...document.querySelectorAll<HTMLDetailsElement>('#ui details:not([open])')];
    for (const details of closedForPrint) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of closedForPrint) details.open = false;
    closedForPrint = [];
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button, summary') !== null) audio.play('click');
  });

  const seedParam = Number.parseInt(params.get('seed') ?? '', 10);
  const fixedSeed = classSetup !== null ? classSetup.seed : Number.isInteger(seedParam) && seedParam >= 0 ? seedParam >>> 0 : null;
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
      newSeed: () => fixedSeed ?? randomSeed(),
      predictions: classSetup !== null ? classSetup.predictions : params.get('predict') === '1',
      classCode: classSetup === null || classCode === null ? null : classCode.trim().toLowerCase(),
      download,
    });
    session.setState({
      screen: 'title',
      scenario,
      diagnostics,
      customFile,
      game: null,
      phase: null,
      replay: null,
      ...controller.saved(),
    });
    controller.refreshSlots();
    teacher.getState().update({ scenarioId: customFile === null ? scenario.id : teacher.getState().scenarioId });
  };
  const shippedScenario = async (id: string): Promise<Scenario | null> => {
    const current = session.getState().scenario;
    if (current !== null && current.id === id) return current;
    return (await loadScenario(id)).scenario;
  };
  const classroom = createClassroom({
    session,
    settings,
    panels,
    announce,
    scenarioById: shippedScenario,
    useScenario: (scenario) => {
      if (session.getState().scenario?.id !== scenario.id) activate(scenario, [], null);
    },
  });
  const commands: SessionCommands = {
    send: (event) => controller?.send(event),
    startGame: () => controller?.startGame(),
    resumeGame: () => controller?.resumeGame(),
    backToTitle: () => controller?.backToTitle(),
    saveToSlot: (slot, name) => controller?.saveToSlot(slot, name),
    loadSlot: (slot) => controller?.loadSlot(slot),
    deleteSlot: (slot) => controller?.deleteSlot(slot),
    openScenarioFile: (name, text) => {
      if (/\.json$/i.test(name) || text.trimStart().startsWith('{')) {
        void classroom.openExport(name.slice(0, 120), text);
        return;
      }
      // The full checker (YAML parser, schema) loads only now, in a worker: players who never open
      // a file never download it, and a huge or hostile file cannot freeze the page.
      const fileName = name.slice(0, 120);
      panels.getState().notify({ kind: 'info', text: translate(settings.getState().language, 'title.checking', { file: fileName }) });
      void checkInWorker(fileName, text).then((result) => {
        panels.getState().notify(null);
        if (result.scenario === null) session.setState({ screen: 'scenario-error', diagnostics: result.diagnostics });
        else activate(result.scenario, result.diagnostics, fileName);
      });
    },
    printReport: () => window.print(),
    addExports: (files) => void classroom.addExports(files),
    clearResults: () => classroom.clearResults(),
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
  const language = settings.getState().language;
  session.setState({
    commands,
    catalog: shippedCatalog().map((item) => ({ id: item.id, title: localize(item.title, language) })),
  });
  const loaded = await early;
  if (classReading !== null && !classReading.ok) {
    session.setState({
      screen: 'class-error',
      classProblem: translate(settings.getState().language, `class.problem.${classReading.problem}`),
    });
  } else if (loaded.scenario === null) {
    session.setState({
      screen: classSetup === null ? 'scenario-error' : 'class-error',
      diagnostics: loaded.diagnostics,
      classProblem: translate(settings.getState().language, 'class.problem.scenario'),
    });
  } else {
    activate(loaded.scenario, loaded.diagnostics, null);
    if (classSetup !== null && classCode !== null) {
      panels
        .getState()
        .notify({ kind: 'info', text: translate(settings.getState().language, 'class.banner', { code: classCode.trim().toLowerCase() }) });
    }
  }

  // Pages without a game of their own live behind the hash: #teacher and #results.
  const route = (): void => {
    const hash = window.location.hash;
    const { screen } = session.getState();
    if (hash === '#teacher') session.setState({ screen: 'teacher' });
    else if (hash === '#results') session.setState({ screen: 'results' });
    else if (screen === 'teacher' || screen === 'results') controller?.backToTitle();
  };
  window.addEventListener('hashchange', route);
  route();

  enableOffline(() => {
    const language = settings.getState().language;
    panels.getState().notify({ kind: 'info', text: translate(language, 'offline.updateReady') });
  });

  // Phaser (a megabyte of script) loads beside the page, not before it: every control works
  // as soon as the DOM is drawn, and the board and backdrops appear when the engine is ready.
  void import('../view/phaser/start-stage').then(({ startStage }) =>
    startStage(element('stage'), {
      session,
      settings,
      panels,
      boardRect: () => document.querySelector('.board')?.getBoundingClientRect() ?? null,
      prefersReducedMotion: () => reducedMotion(settings.getState()),
    }),
  );
}

void boot();
