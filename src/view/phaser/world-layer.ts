import type Phaser from 'phaser';
import type { FeatureCollection } from 'geojson';
import type { MapView, PlaceDef } from '../../engine';
import { countriesOf, drawWorld, type MapImage } from './world-map';
import { pixelRatio } from './pixel-ratio';
import { placeLabels, type Box } from './label-placement';
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
    options: {
      alpha?: number;
      labels?: boolean;
      labelScale?: number;
      keepOut?: readonly Box[];
      /** The part of the world the scenario shows; the globe when null. */
      view?: MapView | null;
      /** Places lit because the option under the pointer touches them. */
      lit?: readonly string[];
    } = {},
  ): void {
    const world = countries(this.scene);
    if (world === null || width < 10 || height < 10) return;
    const ratio = pixelRatio();
    const view = options.view ?? null;
    const size = `${Math.round(width)}x${Math.round(height)}@${ratio}|${JSON.stringify(view)}|${places.map((place) => `${place.id}:${place.role}`).join()}`;
    if (size !== this.size) {
      this.size = size;
      // The player's country and the other side's are filled in their own colours.
      const highlights = places.flatMap((place) =>
        place.role === 'other'
          ? []
          : [{ lon: place.lon, lat: place.lat, fill: place.role === 'home' ? palette.homeLand : palette.counterpartLand }],
      );
      this.map = drawWorld(world, { width, height, ratio, view, highlights });
      if (this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
      this.scene.textures.addCanvas(this.textureKey, this.map.canvas);
      this.image?.destroy();
      this.image = this.scene.add
        .image(x, y, this.textureKey)
        .setOrigin(0, 0)
        .setDepth(-1)
        .setScale(1 / ratio);
    }
    this.image?.setPosition(x, y).setAlpha(options.alpha ?? 1);
    for (const label of this.labels) label.destroy();
    this.labels.length = 0;
    this.markers.clear();
    if (this.map === null) return;
    const named: { place: PlaceDef; x: number; y: number }[] = [];
    const lit = new Set(options.lit ?? []);
    for (const place of places) {
      const point = this.map.projection([place.lon, place.lat]);
      if (point === null) continue;
      const px = x + point[0];
      const py = y + point[1];
      // Places outside a regional view are left off rather than piled on its edge.
      if (px < x || py < y || px > x + width || py > y + height) continue;
      this.markers.set(place.id, { id: place.id, x: px, y: py });
      const ring = place.role === 'home' ? palette.good : place.role === 'counterpart' ? palette.counterpart : palette.desk;
      this.labels.push(
        this.scene.add
          .circle(px, py, place.role === 'other' ? 4 : 5, palette.focus)
          .setStrokeStyle(2, ring)
          .setDepth(6),
      );
      if (lit.has(place.id)) {
        this.labels.push(this.scene.add.circle(px, py, 11).setStrokeStyle(3, palette.focus).setDepth(6));
      }
      named.push({ place, x: px, y: py });
    }
    if (options.labels === false) return;
    this.placeLabels(named, placeName, { x, y, width, height }, options);
  }

  /** Names every dot without covering another name or dot; crowded places get a leader line. */
  private placeLabels(
    named: readonly { place: PlaceDef; x: number; y: number }[],
    placeName: (place: PlaceDef) => string,
    bounds: Box,
    options: { labelScale?: number; keepOut?: readonly Box[] },
  ): void {
    const size = Math.round(12 * (options.labelScale ?? 1));
    const texts = named.map((entry) =>
      this.scene.add
        .text(0, 0, placeName(entry.place), {
          fontFamily: FONT,
          fontSize: `${size}px`,
          color: '#eef3f8',
          stroke: '#0b1a2b',
          strokeThickness: 3,
          resolution: pixelRatio(),
        })
        .setDepth(5),
    );
    const placed = placeLabels(
      named.map((entry, i) => ({ x: entry.x, y: entry.y, width: texts[i]?.width ?? 0, height: texts[i]?.height ?? 0 })),
      { x: bounds.x + 2, y: bounds.y + 2, width: bounds.width - 4, height: bounds.height - 4 },
      options.keepOut ?? [],
    );
    const leaders = this.scene.add.graphics().setDepth(4);
    leaders.lineStyle(1.5, palette.mutedLight, 0.85);
    placed.forEach((spot, i) => {
      texts[i]?.setPosition(spot.x, spot.y);
      const entry = named[i];
      if (spot.leader !== null && entry !== undefined) leaders.lineBetween(entry.x, entry.y, spot.leader.x, spot.leader.y);
    });
    this.labels.push(leaders, ...texts);
  }

  destroy(): void {
    this.image?.destroy();
    for (const label of this.labels) label.destroy();
    if (this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
    this.size = '';
  }
}
