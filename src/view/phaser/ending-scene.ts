import Phaser from 'phaser';
import { endingById } from '../../engine';
import { localize } from '../../ui/i18n/translate';
import { palette } from './palette';
import { SceneKey } from './scene-keys';
import { bridgeOf } from './stage-bridge';
import { WorldLayer } from './world-layer';
import { gameOnScreen } from '../../ui/on-screen';
import { cssView } from './pixel-ratio';

const TONE_COLOUR = { good: palette.good, mixed: palette.mutedLight, bad: palette.counterpart } as const;

/** The ending backdrop: the world, washed in the ending's tone, with the capitals lit. */
export class EndingScene extends Phaser.Scene {
  private world!: WorldLayer;
  private wash!: Phaser.GameObjects.Rectangle;

  constructor() {
    super(SceneKey.ending);
  }

  create(): void {
    this.world = new WorldLayer(this, 'ending');
    this.wash = this.add.rectangle(0, 0, 10, 10, palette.desk, 0.25).setOrigin(0, 0);
    const layout = (): void => this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, layout);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, layout);
      this.world.destroy();
    });
    this.layout();
  }

  private layout(): void {
    const bridge = bridgeOf(this);
    const state = bridge.session.getState();
    const { scenario } = state;
    const game = gameOnScreen(state);
    const { language } = bridge.settings.getState();
    const { width, height } = cssView(this);
    this.world.layout(0, 0, width, height, scenario?.places ?? [], (place) => localize(place.name, language), {
      alpha: 0.5,
      labels: false,
      view: scenario?.map ?? null,
    });
    const tone =
      scenario !== null && game?.ending !== null && game?.ending !== undefined ? endingById(scenario, game.ending.id).tone : 'mixed';
    this.wash.setSize(width, height).setFillStyle(TONE_COLOUR[tone], 0.18);
    this.children.bringToTop(this.wash);
  }
}
