import type Phaser from 'phaser';
import { palette } from '../palette';
import type { Rect } from './meter-gauges';
import { textStyle } from './text-style';

/** Height of the strip: the cells and one line of month names. */
export const calendarHeight = (scale: number): number => 8 + 3 + Math.ceil(10 * scale * 1.3);

/**
 * The calendar: one cell per turn, past ones filled, the current one lit, month names where a
 * month starts. A name that would run into another (or off the strip) is left out, the current
 * month's name never: on a phone that thins them to every other month.
 */
export function drawCalendar(
  scene: Phaser.Scene,
  dates: readonly string[],
  current: number,
  area: Rect,
  language: string,
  scale: number,
): Phaser.GameObjects.GameObject[] {
  const items: Phaser.GameObjects.GameObject[] = [];
  const cell = area.width / Math.max(1, dates.length);
  const month = new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { month: 'short', timeZone: 'UTC' });
  const starts: { index: number; name: string }[] = [];
  dates.forEach((date, index) => {
    const turn = index + 1;
    const x = area.x + index * cell;
    const fill = turn < current ? palette.good : turn === current ? palette.focus : palette.desk3;
    items.push(scene.add.rectangle(x + 1, area.y, Math.max(2, cell - 2), 8, fill, turn <= current ? 1 : 0.8).setOrigin(0, 0));
    const name = month.format(new Date(`${date}T00:00:00Z`));
    if (name !== starts.at(-1)?.name) starts.push({ index, name });
  });
  // The month of the current turn is named first; the others only where they run into nothing.
  const currentStart = starts.findLast((start) => start.index <= current - 1);
  const ordered = [...starts].sort((a, b) => Number(b === currentStart) - Number(a === currentStart) || a.index - b.index);
  const kept: { from: number; to: number }[] = [];
  for (const start of ordered) {
    const label = scene.add.text(area.x + start.index * cell + 1, area.y + 11, start.name, textStyle(10, scale, { color: '#b7c6d6' }));
    const from = label.x;
    const to = label.x + label.width;
    if (to > area.x + area.width || kept.some((other) => from < other.to + 5 && to + 5 > other.from)) {
      label.destroy();
      continue;
    }
    kept.push({ from, to });
    items.push(label);
  }
  return items;
}
