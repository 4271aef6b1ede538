import Phaser from 'phaser';
import { palette } from '../palette';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * A curved line between two places on the map: a reaction coming in (from a capital to the
 * player) or a decision going out. A dot travels along it unless motion is reduced.
 */
export function drawArc(
  scene: Phaser.Scene,
  from: Point,
  to: Point,
  options: { colour: number; reduced: boolean },
): Phaser.GameObjects.GameObject[] {
  const lift = Math.min(90, Math.hypot(to.x - from.x, to.y - from.y) / 3);
  const curve = new Phaser.Curves.QuadraticBezier(
    new Phaser.Math.Vector2(from.x, from.y),
    new Phaser.Math.Vector2((from.x + to.x) / 2, Math.min(from.y, to.y) - lift),
    new Phaser.Math.Vector2(to.x, to.y),
  );
  const line = scene.add.graphics();
  line.lineStyle(3, options.colour, 0.9);
  curve.draw(line, 40);
  const head = scene.add.circle(to.x, to.y, 6, options.colour).setStrokeStyle(2, palette.desk);
  if (options.reduced) return [line, head];
  const dot = scene.add.circle(from.x, from.y, 4, palette.focus);
  const progress = { t: 0 };
  scene.tweens.add({
    targets: progress,
    t: 1,
    duration: 900,
    ease: 'Sine.easeInOut',
    repeat: 2,
    onUpdate: () => {
      const point = curve.getPoint(progress.t);
      dot.setPosition(point.x, point.y);
    },
  });
  return [line, head, dot];
}
