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

/**
 * A piece of the board whose text is already made (so its height is known) but not yet placed:
 * the scene measures the pieces first, then decides how much room the map can keep.
 */
export interface Block {
  /** The least height the block needs without any text being cut or overlapping. */
  readonly height: number;
  /** Lays the block out in `area` (spare height spreads it out) and returns everything drawn. */
  place(area: Rect): Phaser.GameObjects.GameObject[];
  /** Throws the measured text away, when the block is not used after all. */
  destroy(): void;
}

const BAR = 10;
const MIN_GAP = 4;
const MAX_GAP = 18;

const changeLabel = (change: number): string => (change > 0 ? `▲ +${change}` : change < 0 ? `▼ −${Math.abs(change)}` : '');

/**
 * The meters as labelled bars with this turn's change beside them (an arrow and a sign as well
 * as a colour). Bars slide from their last drawn value unless motion is reduced.
 */
export function gaugeBlock(
  scene: Phaser.Scene,
  gauges: readonly MeterView[],
  width: number,
  options: { scale: number; reduced: boolean; previous: Map<string, number> },
): Block {
  const fontSize = (width < 300 ? 12 : 14) * options.scale;
  const rows = gauges.map((meter) => {
    const value = scene.add.text(0, 0, meter.rung ?? `${meter.value}`, textStyle(fontSize + 2, 1, { fontStyle: 'bold' })).setOrigin(1, 0);
    const good = meter.better === 'higher' ? meter.change > 0 : meter.change < 0;
    const change = scene.add
      .text(
        0,
        0,
        changeLabel(meter.change),
        textStyle(fontSize - 1, 1, { color: css(good ? palette.good : palette.bad), fontStyle: 'bold' }),
      )
      .setOrigin(1, 0);
    const labelWidth = Math.max(40, width - value.width - change.width - 16);
    // Long labels wrap rather than being cut: the row grows to fit them.
    const label = scene.add.text(0, 0, meter.label, textStyle(fontSize, 1, { wordWrap: { width: labelWidth, useAdvancedWrap: true } }));
    const textHeight = Math.max(label.height, value.height);
    // The lines where something bites are named under the bar: the player sees the cliff before the fall.
    const caption =
      meter.marks.length === 0
        ? null
        : scene.add.text(
            0,
            0,
            meter.marks.map((mark) => `⚠ ${mark.caption}`).join('   '),
            textStyle(fontSize - 2, 1, { color: css(palette.bad), wordWrap: { width, useAdvancedWrap: true } }),
          );
    return { meter, value, change, label, caption, textHeight, height: textHeight + 4 + BAR + (caption === null ? 0 : caption.height + 3) };
  });
  const rowsHeight = rows.reduce((sum, row) => sum + row.height, 0);
  const gaps = Math.max(1, rows.length - 1);
  return {
    height: rowsHeight + MIN_GAP * gaps,
    destroy: () => rows.forEach((row) => [row.value, row.change, row.label, row.caption].forEach((text) => text?.destroy())),
    place: (area) => {
      const gap = Math.max(MIN_GAP, Math.min(MAX_GAP, (area.height - rowsHeight) / gaps));
      const items: Phaser.GameObjects.GameObject[] = [];
      let rowY = area.y;
      for (const { meter, value, change, label, caption, textHeight, height } of rows) {
        value.setPosition(area.x + area.width, rowY);
        change.setPosition(value.x - value.width - 6, rowY + 1);
        label.setPosition(area.x, rowY);
        const barY = rowY + textHeight + 4;
        rowY += height + gap;
        const track = scene.add.rectangle(area.x, barY, area.width, BAR, palette.desk3).setOrigin(0, 0);
        const shareOf = (at: number): number => (at - meter.min) / (meter.max - meter.min);
        const share = shareOf(meter.value);
        const danger = meter.marks.map((mark) => {
          const at = area.x + area.width * shareOf(mark.at);
          const [from, to] = mark.danger === 'below' ? [area.x, at] : [at, area.x + area.width];
          return scene.add.rectangle(from, barY, Math.max(1, to - from), BAR, palette.bad, 0.28).setOrigin(0, 0);
        });
        const before = options.previous.get(meter.id);
        const startShare = before === undefined ? share : (before - meter.min) / (meter.max - meter.min);
        const fill = scene.add.rectangle(area.x, barY, Math.max(2, area.width * startShare), BAR, palette.good).setOrigin(0, 0);
        if (!options.reduced && before !== undefined && before !== meter.value) {
          scene.tweens.add({ targets: fill, width: Math.max(2, area.width * share), duration: 600, ease: 'Cubic.easeOut' });
        } else {
          fill.width = Math.max(2, area.width * share);
        }
        options.previous.set(meter.id, meter.value);
        const ticks = meter.marks.map((mark) =>
          scene.add.rectangle(area.x + area.width * shareOf(mark.at), barY - 3, 3, BAR + 6, palette.bad).setOrigin(0.5, 0),
        );
        caption?.setPosition(area.x, barY + BAR + 3);
        items.push(label, change, value, track, ...danger, fill, ...ticks, ...(caption === null ? [] : [caption]));
      }
      return items;
    },
  };
}

/** The escalation ladder: rungs from calm (bottom) to rupture (top), the current one outlined and marked. */
export function ladderBlock(scene: Phaser.Scene, ladder: MeterView, width: number, scale: number): Block {
  const rungs = ladder.rungs.length;
  const small = width < 180;
  const title = scene.add.text(0, 0, ladder.label, textStyle(small ? 12 : 14, scale, { wordWrap: { width, useAdvancedWrap: true } }));
  // Rungs past a line that ends the game (the top, usually) carry a warning sign.
  const bites = (value: number): boolean => ladder.marks.some((mark) => (mark.danger === 'above' ? value >= mark.at : value <= mark.at));
  const names = Array.from({ length: rungs }, (_, i) => {
    const level = rungs - 1 - i;
    const current = level === ladder.value - ladder.min;
    const warn = bites(level + ladder.min) ? '⚠ ' : '';
    const text = scene.add
      .text(
        0,
        0,
        `${current ? '▶ ' : ''}${warn}${ladder.rungs[level] ?? ''}`,
        textStyle(small ? 11 : 13, scale, {
          fontStyle: current ? 'bold' : 'normal',
          wordWrap: { width: width - 12, useAdvancedWrap: true },
        }),
      )
      .setOrigin(0, 0.5);
    return { level, current, text };
  });
  // Each rung is at least as tall as its name (a long one wraps onto two lines), and 3 pixels apart.
  const oneLine = 18 * scale + 3;
  const least = names.map((name) => Math.max(oneLine, name.text.height + 4 + 3));
  const leastTotal = least.reduce((sum, height) => sum + height, 0);
  const head = title.height + 6;
  return {
    height: head + leastTotal,
    destroy: () => [title, ...names.map((name) => name.text)].forEach((text) => text.destroy()),
    place: (area) => {
      title.setPosition(area.x, area.y);
      // Spare height goes to every rung alike, up to a comfortable 40 pixels (scaled) each.
      const extra = Math.max(0, Math.min((area.height - head - leastTotal) / Math.max(1, rungs), 40 * scale + 3 - oneLine));
      const items: Phaser.GameObjects.GameObject[] = [title];
      let rungY = area.y + head;
      names.forEach(({ level, current, text }, i) => {
        const rungHeight = (least[i] ?? oneLine) + extra;
        const heat = level / Math.max(1, rungs - 1);
        const colour = Phaser.Display.Color.Interpolate.ColorWithColor(
          Phaser.Display.Color.ValueToColor(palette.desk3),
          Phaser.Display.Color.ValueToColor(palette.counterpart),
          100,
          Math.round(heat * 100),
        );
        const fill = Phaser.Display.Color.GetColor(colour.r, colour.g, colour.b);
        items.push(scene.add.rectangle(area.x, rungY, area.width, rungHeight - 3, fill, current ? 1 : 0.45).setOrigin(0, 0));
        if (current) {
          items.push(
            scene.add
              .rectangle(area.x, rungY, area.width, rungHeight - 3)
              .setOrigin(0, 0)
              .setStrokeStyle(3, palette.focus),
          );
        }
        text.setPosition(area.x + 8, rungY + (rungHeight - 3) / 2);
        items.push(text);
        rungY += rungHeight;
      });
      return items;
    },
  };
}
