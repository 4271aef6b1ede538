import type Phaser from 'phaser';
import { palette } from '../palette';
import type { Rect } from './meter-gauges';
import { textStyle } from './text-style';

const SEPARATOR = '   •   ';
const PADDING = 8;
/** Pixels per second: slow enough to read a headline as it passes. */
const SPEED = 70;

/** The longest start of `full` that fits `width` with an ellipsis, measured on the text object itself. */
function ellipsize(text: Phaser.GameObjects.Text, full: string, width: number): void {
  text.setText(full);
  if (text.width <= width) return;
  let low = 0;
  let high = full.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    text.setText(`${full.slice(0, middle).trimEnd()}…`);
    if (text.width <= width) low = middle;
    else high = middle - 1;
  }
  text.setText(`${full.slice(0, low).replace(/[\s•]+$/u, '')}…`);
}

/**
 * A wire-service ticker over the map with this turn's headlines. When they are longer than the
 * band, they run through it once, in full, and then the band rests on them cut cleanly with an
 * ellipsis; with reduced motion it shows that resting line straight away. Decoration for sighted
 * players: the same news is in the briefing list and the live region.
 */
export function drawTicker(
  scene: Phaser.Scene,
  headlines: readonly string[],
  area: Rect,
  options: { scale: number; reduced: boolean },
): Phaser.GameObjects.GameObject[] {
  if (headlines.length === 0) return [];
  const band = scene.add.rectangle(area.x, area.y, area.width, area.height, palette.desk, 0.88).setOrigin(0, 0);
  const full = headlines.join(SEPARATOR);
  const room = area.width - PADDING * 2;
  const text = scene.add
    .text(area.x + PADDING, area.y + area.height / 2, full, textStyle(13, options.scale, { color: '#f0e442' }))
    .setOrigin(0, 0.5);
  const fullWidth = text.width;
  if (fullWidth <= room) return [band, text];
  const rest = (): void => {
    ellipsize(text, full, room);
    text.setX(area.x + PADDING);
  };
  if (options.reduced) {
    rest();
    return [band, text];
  }
  // From just off the right edge until the last word has left the band on the left; then rest.
  // One pass only: the board sleeps when nothing moves.
  text.setX(area.x + area.width);
  scene.tweens.add({
    targets: text,
    x: area.x - fullWidth,
    duration: ((area.width + fullWidth) / SPEED) * 1000,
    ease: 'Linear',
    onComplete: rest,
  });
  return [band, text];
}
