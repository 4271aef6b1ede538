import Phaser from 'phaser';
import type { Screen } from '../../ui/session-store';
import { BootScene } from './boot-scene';
import { DeskScene } from './desk-scene';
import { EndingScene } from './ending-scene';
import { palette } from './palette';
import { PreloadScene } from './preload-scene';
import { SceneKey, type SceneKeyName } from './scene-keys';
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
  replay: SceneKey.desk,
  'class-error': null,
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
 * Starts Phaser in the stage element and keeps the running scene in step with the screen the
 * session shows. Returns a function that tears it all down.
 */
export function startStage(stage: HTMLElement, bridge: StageBridge): () => void {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: stage,
    backgroundColor: palette.desk,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    banner: false,
    audio: { noAudio: true },
    scene: [BootScene, PreloadScene, TitleScene, DeskScene, EndingScene],
  });
  provideBridge(game, bridge);
  let ready = false;
  let current: SceneKeyName | null = null;
  const sync = (): void => {
    const screen = bridge.session.getState().screen;
    placeStage(stage, screen === 'desk' || screen === 'replay' ? document.querySelector<HTMLElement>('.board') : null);
    // Measure the parent now: Phaser would only notice on its next half-second poll.
    game.scale.getParentBounds();
    game.scale.refresh();
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
  const unsubscribe = bridge.session.subscribe(() => queueMicrotask(sync));
  const observer = new ResizeObserver(() => sync());
  observer.observe(document.body);
  window.addEventListener('resize', sync);
  return () => {
    unsubscribe();
    observer.disconnect();
    window.removeEventListener('resize', sync);
    game.destroy(true);
  };
}
