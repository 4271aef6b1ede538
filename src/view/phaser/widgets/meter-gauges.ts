import Phaser from 'phaser';
import type { MeterView } from '../../../ui/desk-view';
import { css, palette } from '../palette';
import { textStyle } from './text-style';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const changeLabel = (change: number): string => (change > 0 ? `▲ +${change}` : change < 0 ? `▼ −${Math.abs(change)}` : '');

/**
 * The meters as labelled bars with this turn's change beside them (an arrow and a sign as well
 * as a colour). Bars slide from their last drawn value unless motion is reduced.
 */
export function drawGauges(
  scene: Phaser.Scene,
  gauges: readonly MeterView[],
  area: Rect,
  options: { scale: number; reduced: boolean; previous: Map<string, number> },
): Phaser.GameObjects.GameObject[] {
  const items: Phaser.GameObjects.GameObject[] = [];
  const fontSize = (area.width < 300 ? 12 : 14) * options.scale;
  const gap = Math.max(6, Math.min(18, (area.height - gauges.length * (fontSize * 1.3 + 20)) / Math.max(1, gauges.length)));
  let rowY = area.y;
  gauges.forEach((meter) => {
    const value = scene.add
      .text(area.x + area.width, rowY, `${meter.value}`, textStyle(fontSize + 2, 1, { fontStyle: 'bold' }))
      .setOrigin(1, 0);
    const changeText = changeLabel(meter.change);
    const good = meter.better === 'higher' ? meter.change > 0 : meter.change < 0;
    const change = scene.add
      .text(
        value.x - value.width - 6,
        rowY + 1,
        changeText,
        textStyle(fontSize - 1, 1, { color: css(good ? palette.good : palette.bad), fontStyle: 'bold' }),
      )
      .setOrigin(1, 0);
    const labelWidth = Math.max(40, area.width - value.width - change.width - 16);
    // Long labels wrap rather than being cut: the row grows to fit them.
    const label = scene.add.text(
      area.x,
      rowY,
      meter.label,
      textStyle(fontSize, 1, { wordWrap: { width: labelWidth, useAdvancedWrap: true } }),
    );
    const barY = rowY + Math.max(label.height, value.height) + 4;
    rowY = barY + 10 + gap;
    const track = scene.add.rectangle(area.x, barY, area.width, 10, palette.desk3).setOrigin(0, 0);
    const share = (meter.value - meter.min) / (meter.max - meter.min);
    const before = options.previous.get(meter.id);
    const startShare = before === undefined ? share : (before - meter.min) / (meter.max - meter.min);
    const fill = scene.add.rectangle(area.x, barY, Math.max(2, area.width * startShare), 10, palette.good).setOrigin(0, 0);
    if (!options.reduced && before !== undefined && before !== meter.value) {
      scene.tweens.add({ targets: fill, width: Math.max(2, area.width * share), duration: 600, ease: 'Cubic.easeOut' });
    } else {
      fill.width = Math.max(2, area.width * share);
    }
    options.previous.set(meter.id, meter.value);
    items.push(label, change, value, track, fill);
  });
  return items;
}

/** The escalation ladder: rungs from calm (bottom) to rupture (top), the current one outlined and marked. */
export function drawLadder(scene: Phaser.Scene, ladder: MeterView, area: Rect, scale: number): Phaser.GameObjects.GameObject[] {
  const rungs = ladder.rungs.length;
  const small = area.width < 180;
  const title = scene.add.text(area.x, area.y, ladder.label, textStyle(small ? 12 : 14, scale, { wordWrap: { width: area.width } }));
  const top = area.y + title.height + 6;
  const rungHeight = Math.min(40 * scale, Math.max(20, (area.height - title.height - 10) / rungs));
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
    items.push(
      scene.add
        .rectangle(
          area.x,
          rungY,
          area.width,
          rungHeight - 3,
          Phaser.Display.Color.GetColor(colour.r, colour.g, colour.b),
          current ? 1 : 0.45,
        )
        .setOrigin(0, 0),
    );
    if (current) {
      items.push(
        scene.add
          .rectangle(area.x, rungY, area.width, rungHeight - 3)
          .setOrigin(0, 0)
          .setStrokeStyle(3, palette.focus),
      );
    }
    items.push(
      scene.add
        .text(
          area.x + 8,
          rungY + (rungHeight - 3) / 2,
          `${current ? '▶ ' : ''}${ladder.rungs[level] ?? ''}`,
          textStyle(small ? 11 : 13, scale, {
            fontStyle: current ? 'bold' : 'normal',
            wordWrap: { width: area.width - 12, useAdvancedWrap: true },
          }),
        )
        .setOrigin(0, 0.5),
    );
  }
  return items;
}
