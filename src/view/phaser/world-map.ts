import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { css, palette } from './palette';

export interface MapImage {
  readonly canvas: HTMLCanvasElement;
  readonly projection: GeoProjection;
}

/** Real country shapes (Natural Earth, via world-atlas) as GeoJSON, decoded once. */
export function countriesOf(topology: unknown): FeatureCollection {
  const world = topology as Topology;
  const countries = world.objects.countries;
  if (countries === undefined) throw new Error('the world atlas has no countries layer');
  return feature(world, countries) as FeatureCollection;
}

/**
 * Draws the world onto a canvas once (d3-geo clips shapes at the antimeridian), so the scene
 * shows one image instead of re-tessellating thousands of points every frame.
 */
export function drawWorld(
  countries: FeatureCollection,
  width: number,
  height: number,
  options: { land?: number; edge?: number } = {},
): MapImage {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const context = canvas.getContext('2d');
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [canvas.width - 4, canvas.height - 4],
    ],
    { type: 'Sphere' },
  );
  if (context === null) return { canvas, projection };
  const path = geoPath(projection, context);
  context.beginPath();
  path({ type: 'Sphere' });
  context.fillStyle = css(palette.desk2);
  context.fill();
  context.beginPath();
  path(countries);
  context.fillStyle = css(options.land ?? palette.land);
  context.fill();
  context.lineWidth = 0.6;
  context.strokeStyle = css(options.edge ?? palette.landEdge);
  context.stroke();
  return { canvas, projection };
}
