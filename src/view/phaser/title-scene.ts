import Phaser from 'phaser';
import { localize } from '../../ui/i18n/translate';
import { palette } from './palette';
import { SceneKey } from './scene-keys';
import { bridgeOf } from './stage-bridge';
import { WorldLayer } from './world-layer';
import { cssView } from './pixel-ratio';

/** The title backdrop: the world at night, with the scenario's capitals and the line that matters most. */
export class TitleScene extends Phaser.Scene {
  private world!: WorldLayer;
  private links!: Phaser.GameObjects.Graphics;

  constructor() {
    super(SceneKey.title);
  }

  create(): void {
    this.world = new WorldLayer(this, 'title');
    this.links = this.add.graphics();
    const layout = (): void => this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, layout);
    const unsubscribe = bridgeOf(this).settings.subscribe(layout);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, layout);
      unsubscribe();
      this.world.destroy();
    });
    this.layout();
  }

  private layout(): void {
    const bridge = bridgeOf(this);
    const { scenario } = bridge.session.getState();
    const { language } = bridge.settings.getState();
    const { width, height } = cssView(this);
    this.world.layout(0, 0, width, height, scenario?.places ?? [], (place) => localize(place.name, language), {
      alpha: 0.55,
      labels: false,
      view: scenario?.map ?? null,
    });
    this.links.clear();
    const places = scenario?.places ?? [];
    const homeId = (places.find((place) => place.role === 'home') ?? places[0])?.id;
    const counterpart = places.find((place) => place.role === 'counterpart')?.id;
    const home = homeId === undefined ? undefined : this.world.markers.get(homeId);
    const others = [...this.world.markers.values()].filter((marker) => marker.id !== homeId);
    if (home === undefined) return;
    for (const other of others) {
      const curve = new Phaser.Curves.QuadraticBezier(
        new Phaser.Math.Vector2(home.x, home.y),
        new Phaser.Math.Vector2((home.x + other.x) / 2, Math.min(home.y, other.y) - 80),
        new Phaser.Math.Vector2(other.x, other.y),
      );
      this.links.lineStyle(2, other.id === counterpart ? palette.counterpart : palette.good, 0.55);
      curve.draw(this.links, 48);
    }
  }
}
