import Phaser from 'phaser';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { palette } from './palette';
import { SceneKey, WORLD_KEY } from './scene-keys';

/** Loads the world atlas with a progress bar, then lets the director pick the scene for the current screen. */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.preload);
  }

  preload(): void {
    const { width, height } = this.scale;
    const bar = this.add.rectangle(width / 2 - 120, height / 2, 0, 6, palette.good).setOrigin(0, 0.5);
    this.add.rectangle(width / 2, height / 2, 240, 6).setStrokeStyle(1, palette.mutedLight);
    this.load.on('progress', (value: number) => bar.setSize(240 * value, 6));
    this.load.json(WORLD_KEY, worldUrl);
  }

  create(): void {
    this.game.events.emit('stage-ready');
  }
}
