import { geoContains, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { MapView } from '../../engine';
import { css, palette } from './palette';

export interface MapImage {
  readonly canvas: HTMLCanvasElement;
  /** From longitude and latitude to CSS pixels in the drawn rectangle. */
  readonly projection: GeoProjection;
}

/** Real country shapes (Natural Earth, via world-atlas) as GeoJSON, decoded once. */
export function countriesOf(topology: unknown): FeatureCollection {
  const world = topology as Topology;
  const countries = world.objects.countries;
  if (countries === undefined) throw new Error('the world atlas has no countries layer');
  return feature(world, countries) as FeatureCollection;
}

/** A box of the world as a polygon, its edges densified so that the projection fits the curved box. */
function boxOf(view: MapView): Feature<Polygon> {
  const steps = 16;
  const east = view.east < view.west ? view.east + 360 : view.east;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i += 1) ring.push([view.west + ((east - view.west) * i) / steps, view.south]);
  for (let i = 0; i <= steps; i += 1) ring.push([east, view.south + ((view.north - view.south) * i) / steps]);
  for (let i = steps; i >= 0; i -= 1) ring.push([view.west + ((east - view.west) * i) / steps, view.north]);
  for (let i = steps; i >= 0; i -= 1) ring.push([view.west, view.south + ((view.north - view.south) * i) / steps]);
  // d3-geo winds polygons clockwise for the inside: reverse so the box is the small area, not the rest of the globe.
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

export interface WorldDrawing {
  readonly width: number;
  readonly height: number;
  /** Canvas pixels per CSS pixel. */
  readonly ratio: number;
  /** The part of the world to show; the whole globe when null. */
  readonly view: MapView | null;
  /** The countries that hold these points are filled in a colour of their own (the player's, the other side's). */
  readonly highlights?: readonly { readonly lon: number; readonly lat: number; readonly fill: number }[];
  readonly land?: number;
  readonly edge?: number;
}

/**
 * Draws the world onto a canvas once (d3-geo clips shapes at the antimeridian), so the scene
 * shows one image instead of re-tessellating thousands of points every frame. The canvas has
 * `ratio` pixels per CSS pixel, so it is crisp on high-density screens.
 */
export function drawWorld(countries: FeatureCollection, drawing: WorldDrawing): MapImage {
  const { width, height, ratio } = drawing;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  const context = canvas.getContext('2d');
  const extent: [[number, number], [number, number]] = [
    [4, 4],
    [Math.max(5, width - 4), Math.max(5, height - 4)],
  ];
  const projection = geoNaturalEarth1();
  if (drawing.view === null) projection.fitExtent(extent, { type: 'Sphere' });
  else projection.fitExtent(extent, boxOf(drawing.view));
  if (context === null) return { canvas, projection };
  context.scale(ratio, ratio);
  const path = geoPath(projection, context);
  context.beginPath();
  if (drawing.view === null) path({ type: 'Sphere' });
  else context.rect(0, 0, width, height);
  context.fillStyle = css(palette.desk2);
  context.fill();
  if (drawing.view !== null) {
    context.save();
    context.beginPath();
    context.rect(0, 0, width, height);
    context.clip();
  }
  context.beginPath();
  path(countries);
  context.fillStyle = css(drawing.land ?? palette.land);
  context.fill();
  for (const highlight of drawing.highlights ?? []) {
    const country = countries.features.find((shape) => geoContains(shape, [highlight.lon, highlight.lat]));
    if (country === undefined) continue;
    context.beginPath();
    path(country);
    context.fillStyle = css(highlight.fill);
    context.fill();
  }
  context.beginPath();
  path(countries);
  context.lineWidth = 0.6;
  context.strokeStyle = css(drawing.edge ?? palette.landEdge);
  context.stroke();
  if (drawing.view !== null) context.restore();
  return { canvas, projection };
}
