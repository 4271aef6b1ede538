import type Phaser from 'phaser';

/**
 * The board is drawn at the screen's device pixel ratio (1, 2 or 3), so that it is as crisp as the
 * DOM around it on a phone or a high-density laptop. The canvas has that many pixels per CSS pixel;
 * each scene's camera zooms by the ratio, so scene code keeps working in CSS pixels; text and the
 * map texture are rendered at the ratio too.
 */
let ratio = 1;

/** The ratio to draw at: the screen's, rounded to a half, at most 3 (beyond, the cost outruns the gain). */
export function screenPixelRatio(): number {
  const raw = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return Math.min(3, Math.max(1, Math.round(raw * 2) / 2));
}

export function setPixelRatio(value: number): void {
  ratio = value;
}

export function pixelRatio(): number {
  return ratio;
}

/** Points the scene's camera at CSS pixels and returns the scene's size in them. */
export function cssView(scene: Phaser.Scene): { readonly width: number; readonly height: number } {
  scene.cameras.main.setOrigin(0, 0).setZoom(ratio);
  return { width: scene.scale.width / ratio, height: scene.scale.height / ratio };
}
