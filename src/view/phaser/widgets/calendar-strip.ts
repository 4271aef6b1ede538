import type Phaser from 'phaser';
import { palette } from '../palette';
import type { Rect } from './meter-gauges';
import { textStyle } from './text-style';

/** The calendar: one cell per turn, past ones filled, the current one lit, month names where a month starts. */
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
  let lastMonth = '';
  dates.forEach((date, index) => {
    const turn = index + 1;
    const x = area.x + index * cell;
    const fill = turn < current ? palette.good : turn === current ? palette.focus : palette.desk3;
    items.push(scene.add.rectangle(x + 1, area.y, Math.max(2, cell - 2), 8, fill, turn <= current ? 1 : 0.8).setOrigin(0, 0));
    const name = month.format(new Date(`${date}T00:00:00Z`));
    if (name !== lastMonth && cell * 2.5 > name.length * 6) {
      items.push(scene.add.text(x + 1, area.y + 11, name, textStyle(10, scale, { color: '#b7c6d6' })));
      lastMonth = name;
    }
  });
  return items;
}
