import Phaser from 'phaser';
import type { FeatureCollection } from 'geojson';
import type { PlaceDef } from '../../engine';
import { countriesOf, drawWorld, type MapImage } from './world-map';
import { FONT, palette } from './palette';
import { WORLD_KEY } from './scene-keys';

let cachedCountries: FeatureCollection | null = null;

function countries(scene: Phaser.Scene): FeatureCollection | null {
  if (cachedCountries !== null) return cachedCountries;
  const topology: unknown = scene.cache.json.get(WORLD_KEY);
  if (topology === undefined || topology === null) return null;
  cachedCountries = countriesOf(topology);
  return cachedCountries;
}

export interface PlaceMarker {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The world map drawn into a rectangle of a scene, with the scenario's places marked. The map
 * is a texture regenerated only when the rectangle changes size.
 */
export class WorldLayer {
  private image: Phaser.GameObjects.Image | null = null;
  private textureKey: string;
  private map: MapImage | null = null;
  private size = '';
  readonly markers = new Map<string, PlaceMarker>();
  private readonly labels: Phaser.GameObjects.GameObject[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    keySuffix: string,
  ) {
    this.textureKey = `world-${keySuffix}`;
  }

  layout(
    x: number,
    y: number,
    width: number,
    height: number,
    places: readonly PlaceDef[],
    placeName: (place: PlaceDef) => string,
    options: { alpha?: number; labels?: boolean } = {},
  ): void {
    const world = countries(this.scene);
    if (world === null || width < 10 || height < 10) return;
    const size = `${Math.round(width)}x${Math.round(height)}`;
    if (size !== this.size) {
      this.size = size;
      this.map = drawWorld(world, width, height);
      if (this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
      this.scene.textures.addCanvas(this.textureKey, this.map.canvas);
      this.image?.destroy();
      this.image = this.scene.add.image(x, y, this.textureKey).setOrigin(0, 0).setDepth(-1);
    }
    this.image?.setPosition(x, y).setAlpha(options.alpha ?? 1);
    for (const label of this.labels) label.destroy();
    this.labels.length = 0;
    this.markers.clear();
    if (this.map === null) return;
    const taken: Phaser.Geom.Rectangle[] = [];
    for (const place of places) {
      const point = this.map.projection([place.lon, place.lat]);
      if (point === null) continue;
      const px = x + point[0];
      const py = y + point[1];
      this.markers.set(place.id, { id: place.id, x: px, y: py });
      this.labels.push(this.scene.add.circle(px, py, 4, palette.focus).setStrokeStyle(2, palette.desk).setDepth(5));
      if (options.labels !== false) this.labels.push(this.placeLabel(placeName(place), px, py, taken, { x, y, width, height }));
    }
  }

  /** Puts a place name beside its dot where it overlaps no other name (right, left, below, above). */
  private placeLabel(
    name: string,
    px: number,
    py: number,
    taken: Phaser.Geom.Rectangle[],
    bounds: { x: number; y: number; width: number; height: number },
  ): Phaser.GameObjects.Text {
    const label = this.scene.add.text(0, 0, name, {
      fontFamily: FONT,
      fontSize: '12px',
      color: '#eef3f8',
      stroke: '#0b1a2b',
      strokeThickness: 3,
    });
    const { width, height } = label;
    const candidates = [
      [px + 7, py - height - 2],
      [px - width - 7, py - height - 2],
      [px + 7, py + 3],
      [px - width - 7, py + 3],
      [px - width / 2, py + 8],
      [px - width / 2, py - height - 8],
    ] as const;
    const fits = ([cx, cy]: readonly [number, number]): boolean => {
      const rect = new Phaser.Geom.Rectangle(cx, cy, width, height);
      const inside = cx >= bounds.x && cy >= bounds.y && cx + width <= bounds.x + bounds.width && cy + height <= bounds.y + bounds.height;
      return inside && !taken.some((other) => Phaser.Geom.Intersects.RectangleToRectangle(rect, other));
    };
    const [lx, ly] = candidates.find(fits) ?? candidates[0];
    label.setPosition(lx, ly).setDepth(5);
    taken.push(new Phaser.Geom.Rectangle(lx, ly, width, height));
    return label;
  }

  destroy(): void {
    this.image?.destroy();
    for (const label of this.labels) label.destroy();
    if (this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
    this.size = '';
  }
}
