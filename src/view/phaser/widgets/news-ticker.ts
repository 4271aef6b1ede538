import type Phaser from 'phaser';
import { palette } from '../palette';
import type { Rect } from './meter-gauges';
import { textStyle } from './text-style';

/**
 * A wire-service ticker over the map with this turn's headlines: it runs through them once when
 * the turn opens. Decoration for sighted players (the same news is in the briefing list and the
 * live region), and still when motion is reduced.
 */
export function drawTicker(
  scene: Phaser.Scene,
  headlines: readonly string[],
  area: Rect,
  options: { scale: number; reduced: boolean },
): Phaser.GameObjects.GameObject[] {
  if (headlines.length === 0) return [];
  const band = scene.add.rectangle(area.x, area.y, area.width, area.height, palette.desk, 0.82).setOrigin(0, 0);
  const text = scene.add
    .text(area.x + 8, area.y + area.height / 2, headlines.join('   •   '), textStyle(13, options.scale, { color: '#f0e442' }))
    .setOrigin(0, 0.5);
  if (!options.reduced && text.width > area.width - 16) {
    // One pass through the headlines, then rest on the first: the board sleeps when nothing moves.
    text.x = area.x + area.width;
    scene.tweens.add({
      targets: text,
      x: area.x - text.width + area.width - 16,
      duration: text.width * 14,
      ease: 'Linear',
      onComplete: () => text.setX(area.x + 8),
    });
  }
  return [band, text];
}
