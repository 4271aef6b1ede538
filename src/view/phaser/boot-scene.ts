import Phaser from 'phaser';
import { SceneKey } from './scene-keys';

/** Boot only sets the stage colour and hands over to the preloader, which has something to show. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor('#0b1a2b');
    this.scene.start(SceneKey.preload);
  }
}
