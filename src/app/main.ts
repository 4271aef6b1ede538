import { createAudioPlayer, silentAudio, type AudioPlayer } from '../audio/audio-player';
import { isLanguage, type Language } from '../ui/i18n/translate';
import { createSelectionStore } from '../ui/selection-store';
import { createSessionStore } from '../ui/session-store';
import { createSettingsStore, parseSettings, SETTINGS_KEY, type Settings } from '../ui/settings-store';
import { createAnnouncer } from '../view/dom/announcer';
import { mountUi } from '../view/dom/render-ui';
import { startStage } from '../view/phaser/start-stage';
import { CUE_FILES } from './audio-files';
import { createGameController } from './game-controller';
import { browserStorage } from './safe-storage';
import { DEFAULT_SCENARIO_ID, loadScenario } from './scenario-catalog';

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

/** The composition root: the only place that knows every layer, and wires them together. */
function boot(): void {
  const params = new URLSearchParams(window.location.search);
  const storage = browserStorage();
  const defaults: Settings = { language: browserLanguage(), muted: false, volume: 0.8 };
  const stored = parseSettings(storage.read(SETTINGS_KEY), defaults);
  const urlLanguage = params.get('lang');
  const settings = createSettingsStore(isLanguage(urlLanguage) ? { ...stored, language: urlLanguage } : stored, (value) =>
    storage.write(SETTINGS_KEY, JSON.stringify(value)),
  );
  const session = createSessionStore();
  const selection = createSelectionStore();
  const announce = createAnnouncer(element('announcer'));
  const ctx = { session, selection, settings, announce };
  mountUi(element('ui'), ctx);

  const loaded = loadScenario(params.get('scenario') ?? DEFAULT_SCENARIO_ID);
  if (loaded.scenario === null) {
    session.setState({ screen: 'scenario-error', diagnostics: loaded.diagnostics });
    return;
  }
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
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button, summary') !== null) audio.play('click');
  });
  const seedParam = Number.parseInt(params.get('seed') ?? '', 10);
  const controller = createGameController({
    scenario: loaded.scenario,
    session,
    selection,
    settings,
    audio,
    storage,
    announce,
    newSeed: () => (Number.isInteger(seedParam) && seedParam >= 0 ? seedParam >>> 0 : randomSeed()),
    predictions: params.get('predict') === '1',
  });
  session.setState({
    screen: 'title',
    scenario: loaded.scenario,
    diagnostics: loaded.diagnostics,
    savedTurn: controller.savedTurn(),
    commands: {
      send: (event) => controller.send(event),
      startGame: () => controller.startGame(),
      resumeGame: () => controller.resumeGame(),
      backToTitle: () => controller.backToTitle(),
    },
  });
  startStage(element('stage'), {
    session,
    settings,
    boardRect: () => document.querySelector('.board')?.getBoundingClientRect() ?? null,
    prefersReducedMotion: () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
}

boot();
