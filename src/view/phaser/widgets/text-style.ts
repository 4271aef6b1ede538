import type Phaser from 'phaser';
import { FONT } from '../palette';
import { pixelRatio } from '../pixel-ratio';

/** Board text scales with the player's text-size setting, like the DOM around it. */
export function textStyle(
  size: number,
  scale: number,
  extra: Phaser.Types.GameObjects.Text.TextStyle = {},
): Phaser.Types.GameObjects.Text.TextStyle {
  return { fontFamily: FONT, fontSize: `${Math.round(size * scale)}px`, color: '#eef3f8', resolution: pixelRatio(), ...extra };
}
