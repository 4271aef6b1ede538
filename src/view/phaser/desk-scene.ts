import Phaser from 'phaser';
import { meterViews, type MeterView } from '../../ui/desk-view';
import { localize } from '../../ui/i18n/translate';
import { css, FONT, palette } from './palette';
import { SceneKey } from './scene-keys';
import { bridgeOf } from './stage-bridge';
import { WorldLayer } from './world-layer';

const changeLabel = (change: number): string => (change > 0 ? `▲ +${change}` : change < 0 ? `▼ −${Math.abs(change)}` : '');

/**
 * The situation board: the world with the capitals that matter, the meters with this turn's
 * change, and the escalation ladder. It only draws what the session store holds.
 */
export class DeskScene extends Phaser.Scene {
  private world!: WorldLayer;
  private board!: Phaser.GameObjects.Container;
  private unsubscribe: (() => void)[] = [];
  private lastValues = new Map<string, number>();

  constructor() {
    super(SceneKey.desk);
  }

  create(): void {
    this.world = new WorldLayer(this, 'desk');
    this.board = this.add.container(0, 0);
    const bridge = bridgeOf(this);
    const redraw = (): void => this.redraw();
    this.unsubscribe = [bridge.session.subscribe(redraw), bridge.settings.subscribe(redraw)];
    this.scale.on(Phaser.Scale.Events.RESIZE, redraw);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe.forEach((stop) => stop());
      this.scale.off(Phaser.Scale.Events.RESIZE, redraw);
      this.world.destroy();
      this.lastValues.clear();
    });
    this.redraw();
  }

  private redraw(): void {
    const bridge = bridgeOf(this);
    const { scenario, game } = bridge.session.getState();
    const { language } = bridge.settings.getState();
    if (scenario === null || game === null) return;
    const { width, height } = this.scale;
    const narrow = width < 520;
    // Natural Earth is about twice as wide as it is tall; the map never takes more than half the board.
    const mapHeight = Math.round(Math.min(width / 1.95, height * 0.5));
    this.world.layout(0, 0, width, mapHeight, scenario.places, (place) => localize(place.name, language));
    this.board.removeAll(true);
    const meters = meterViews(scenario, game, language);
    const gauges = meters.filter((meter) => meter.rungs.length === 0);
    const ladder = meters.find((meter) => meter.rungs.length > 0);
    const ladderWidth = ladder === undefined ? 0 : narrow ? Math.round(width * 0.42) : Math.min(230, Math.round(width * 0.36));
    const top = mapHeight + 12;
    this.drawGauges(gauges, 12, top, width - ladderWidth - 24, height - top - 8, narrow);
    if (ladder !== undefined) this.drawLadder(ladder, width - ladderWidth - 4, top, ladderWidth, height - top - 8, narrow);
  }

  private drawGauges(gauges: readonly MeterView[], x: number, y: number, width: number, height: number, narrow: boolean): void {
    const rowHeight = Math.min(58, height / Math.max(1, gauges.length));
    const fontSize = narrow ? 12 : 14;
    const reduced = bridgeOf(this).prefersReducedMotion();
    gauges.forEach((meter, i) => {
      const rowY = y + i * rowHeight;
      const label = this.add.text(x, rowY, meter.label, { fontFamily: FONT, fontSize: `${fontSize}px`, color: css(palette.light) });
      const value = this.add
        .text(x + width, rowY, `${meter.value}`, {
          fontFamily: FONT,
          fontSize: `${fontSize + 2}px`,
          color: css(palette.light),
          fontStyle: 'bold',
        })
        .setOrigin(1, 0);
      const barY = rowY + fontSize + 8;
      const track = this.add.rectangle(x, barY, width, 10, palette.desk3).setOrigin(0, 0);
      const share = (meter.value - meter.min) / (meter.max - meter.min);
      const previous = this.lastValues.get(meter.id);
      const startShare = previous === undefined ? share : (previous - meter.min) / (meter.max - meter.min);
      const fill = this.add.rectangle(x, barY, Math.max(2, width * startShare), 10, palette.good).setOrigin(0, 0);
      if (!reduced && previous !== undefined && previous !== meter.value) {
        this.tweens.add({ targets: fill, width: Math.max(2, width * share), duration: 600, ease: 'Cubic.easeOut' });
      } else {
        fill.width = Math.max(2, width * share);
      }
      this.lastValues.set(meter.id, meter.value);
      const items: Phaser.GameObjects.GameObject[] = [label, value, track, fill];
      if (meter.change !== 0) {
        const good = meter.better === 'higher' ? meter.change > 0 : meter.change < 0;
        items.push(
          this.add
            .text(value.x - value.width - 8, rowY + 1, changeLabel(meter.change), {
              fontFamily: FONT,
              fontSize: `${fontSize - 1}px`,
              color: css(good ? palette.good : palette.bad),
              fontStyle: 'bold',
            })
            .setOrigin(1, 0),
        );
      }
      this.board.add(items);
    });
  }

  private drawLadder(ladder: MeterView, x: number, y: number, width: number, height: number, narrow: boolean): void {
    const rungs = ladder.rungs.length;
    const title = this.add.text(x, y, ladder.label, {
      fontFamily: FONT,
      fontSize: `${narrow ? 12 : 14}px`,
      color: css(palette.light),
      wordWrap: { width },
    });
    const top = y + title.height + 6;
    const rungHeight = Math.min(40, Math.max(20, (height - title.height - 10) / rungs));
    const items: Phaser.GameObjects.GameObject[] = [title];
    for (let i = 0; i < rungs; i += 1) {
      const level = rungs - 1 - i;
      const rungY = top + i * rungHeight;
      const current = level === ladder.value - ladder.min;
      const heat = level / Math.max(1, rungs - 1);
      const colour = Phaser.Display.Color.Interpolate.ColorWithColor(
        Phaser.Display.Color.ValueToColor(palette.desk3),
        Phaser.Display.Color.ValueToColor(palette.beijing),
        100,
        Math.round(heat * 100),
      );
      const fill = Phaser.Display.Color.GetColor(colour.r, colour.g, colour.b);
      items.push(this.add.rectangle(x, rungY, width, rungHeight - 3, fill, current ? 1 : 0.45).setOrigin(0, 0));
      if (current) {
        items.push(
          this.add
            .rectangle(x, rungY, width, rungHeight - 3)
            .setOrigin(0, 0)
            .setStrokeStyle(3, palette.focus),
        );
      }
      const name = ladder.rungs[level] ?? '';
      items.push(
        this.add
          .text(x + 8, rungY + (rungHeight - 3) / 2, `${current ? '▶ ' : ''}${name}`, {
            fontFamily: FONT,
            fontSize: `${narrow ? 11 : 13}px`,
            color: css(palette.light),
            fontStyle: current ? 'bold' : 'normal',
          })
          .setOrigin(0, 0.5),
      );
    }
    this.board.add(items);
  }
}
