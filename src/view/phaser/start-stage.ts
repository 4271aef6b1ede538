import Phaser from 'phaser';
import type { Screen } from '../../ui/session-store';
import { BootScene } from './boot-scene';
import { DeskScene } from './desk-scene';
import { EndingScene } from './ending-scene';
import { palette } from './palette';
import { PreloadScene } from './preload-scene';
import { SceneKey, type SceneKeyName } from './scene-keys';
import { chooseRenderer } from './renderer-choice';
import { screenPixelRatio, setPixelRatio } from './pixel-ratio';
import { provideBridge, type StageBridge } from './stage-bridge';
import { TitleScene } from './title-scene';

const SCENE_FOR_SCREEN: Record<Screen, SceneKeyName | null> = {
  loading: null,
  title: SceneKey.title,
  desk: SceneKey.desk,
  ending: SceneKey.ending,
  'scenario-error': null,
  teacher: null,
  results: null,
  roles: null,
  replay: SceneKey.desk,
  'class-error': null,
  live: null,
  'live-teacher': null,
};

/** Keeps the canvas over the board on the desk, and behind everything on the title and ending. */
function placeStage(stage: HTMLElement, board: HTMLElement | null): void {
  if (board === null) {
    stage.style.cssText = 'position: fixed; inset: 0;';
    return;
  }
  const rect = board.getBoundingClientRect();
  stage.style.cssText = `position: absolute; left: ${rect.left + window.scrollX}px; top: ${rect.top + window.scrollY}px; width: ${rect.width}px; height: ${rect.height}px;`;
}

/**
 * With `?debug=stats` in the address, the benchmarks and the long-session test can count what
 * Phaser holds (display objects, textures) to catch leaks. Read-only, and absent otherwise.
 */
function exposeStatsForBenchmarks(game: Phaser.Game): void {
  if (new URLSearchParams(window.location.search).get('debug') !== 'stats') return;
  // Containers hold children of their own: count the whole tree, or a leak inside one goes unseen.
  const count = (objects: readonly Phaser.GameObjects.GameObject[]): number =>
    objects.reduce((sum, object) => sum + 1 + (object instanceof Phaser.GameObjects.Container ? count(object.list) : 0), 0);
  const stats = (): { objects: number; textures: number; tweens: number } => ({
    objects: game.scene.getScenes(false).reduce((sum, scene) => sum + count(scene.sys.displayList?.list ?? []), 0),
    textures: Object.keys(game.textures.list).length,
    tweens: game.scene
      .getScenes(false)
      .reduce((sum, scene) => sum + ((scene.tweens as Phaser.Tweens.TweenManager | undefined)?.getTweens().length ?? 0), 0),
  });
  Object.defineProperty(window, 'crisisDeskStats', { value: stats, configurable: false, writable: false });
}

/** Frames to keep drawing after the last change, so the final state of every tween is on screen. */
const IDLE_FRAMES = 12;

/**
 * The game is turn-based: most of the time nothing on the board moves. Phaser's loop sleeps once
 * nothing has changed and no tween runs for a few frames, and wakes on any change of the stores or
 * the window. On a school Chromebook without a GPU this is the difference between a page that
 * scrolls smoothly and one that redraws a full-screen canvas sixty times a second for nothing.
 */
function renderOnDemand(game: Phaser.Game): () => void {
  let idle = 0;
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    const moving = game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
    idle = moving ? 0 : idle + 1;
    if (idle > IDLE_FRAMES) game.loop.sleep();
  });
  return () => {
    idle = 0;
    if (!game.loop.running) game.loop.wake(true);
  };
}

/**
 * Starts Phaser in the stage element and keeps the running scene in step with the screen the
 * session shows. Returns a function that tears it all down.
 */
export function startStage(stage: HTMLElement, bridge: StageBridge): () => void {
  const game = new Phaser.Game({
    type: chooseRenderer(window.location.search),
    parent: stage,
    backgroundColor: palette.desk,
    // Sized by hand (see fit): the canvas has device pixels, its style CSS pixels.
    scale: { mode: Phaser.Scale.NONE, width: 1, height: 1 },
    banner: false,
    audio: { noAudio: true },
    scene: [BootScene, PreloadScene, TitleScene, DeskScene, EndingScene],
  });
  provideBridge(game, bridge);
  const wake = renderOnDemand(game);
  exposeStatsForBenchmarks(game);
  let ready = false;
  let current: SceneKeyName | null = null;
  let observed: HTMLElement | null = null;
  let stopped = false;
  // The body for the window; the board for the desk, whose place moves when the header reflows.
  const observer = new ResizeObserver(() => sync());
  /** The canvas at the device pixel ratio over the stage's CSS size; scenes zoom their cameras to match. */
  const fit = (): void => {
    const rect = stage.getBoundingClientRect();
    const ratio = screenPixelRatio();
    setPixelRatio(ratio);
    const width = Math.max(1, Math.round(rect.width * ratio));
    const height = Math.max(1, Math.round(rect.height * ratio));
    if (game.scale.zoom !== 1 / ratio) game.scale.setZoom(1 / ratio);
    if (game.scale.width !== width || game.scale.height !== height) game.scale.resize(width, height);
  };
  const sync = (): void => {
    if (stopped) return;
    wake();
    const screen = bridge.session.getState().screen;
    const board = screen === 'desk' || screen === 'replay' ? document.querySelector<HTMLElement>('.board') : null;
    if (board !== observed) {
      if (observed !== null) observer.unobserve(observed);
      if (board !== null) observer.observe(board);
      observed = board;
    }
    placeStage(stage, board);
    fit();
    if (!ready) return;
    const wanted = SCENE_FOR_SCREEN[screen];
    if (wanted === current) return;
    if (current !== null) game.scene.stop(current);
    current = wanted;
    if (wanted !== null) game.scene.start(wanted);
  };
  game.events.once('stage-ready', () => {
    ready = true;
    game.scene.stop(SceneKey.preload);
    sync();
  });
  const later = (): void => queueMicrotask(sync);
  const unsubscribe = bridge.session.subscribe(later);
  // A text-size or projector change reflows the page without resizing the body: the board moves
  // under a header that grew, and the stage must follow it once the DOM has re-rendered.
  const unsubscribeOthers = [
    bridge.settings.subscribe(() => {
      wake();
      requestAnimationFrame(sync);
    }),
    bridge.panels.subscribe(wake),
  ];
  observer.observe(document.body);
  window.addEventListener('resize', sync);
  return () => {
    stopped = true;
    unsubscribe();
    unsubscribeOthers.forEach((stop) => stop());
    observer.disconnect();
    window.removeEventListener('resize', sync);
    game.destroy(true);
  };
}
