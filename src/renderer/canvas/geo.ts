/** The geographic layout: one projection shared by the land map, region positions and arcs. */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';

/** Width of the projected world in canvas units. */
export const MAP_WIDTH = 3200;

let projection: GeoProjection | undefined;

export function mapProjection(): GeoProjection {
  projection ??= geoNaturalEarth1()
    .scale(MAP_WIDTH / (2 * Math.PI))
    .translate([MAP_WIDTH / 2, MAP_WIDTH / 4]);
  return projection;
}

export function project(lon: number, lat: number): { x: number; y: number } {
  const p = mapProjection()([lon, lat]) ?? [0, 0];
  return { x: p[0], y: p[1] };
}

/** The longitude/latitude at a point of the map, or undefined off the globe. */
export function unproject(x: number, y: number): { lon: number; lat: number } | undefined {
  const p = mapProjection().invert?.([x, y]);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[1]) > 90 || Math.abs(p[0]) > 180) return undefined;
  return { lon: p[0], lat: p[1] };
}

/** SVG path of the great-circle arc between two points (d3 resamples it along the sphere). */
export function arcPath(a: { lon: number; lat: number }, b: { lon: number; lat: number }): string {
  return (
    geoPath(mapProjection())({
      type: 'LineString',
      coordinates: [
        [a.lon, a.lat],
        [b.lon, b.lat],
      ],
    }) ?? ''
  );
}

/** Point halfway along the great circle (for the edge label). */
export function arcMidpoint(a: { lon: number; lat: number }, b: { lon: number; lat: number }): { x: number; y: number } {
  const toRad = Math.PI / 180;
  const [l1, p1, l2, p2] = [a.lon * toRad, a.lat * toRad, b.lon * toRad, b.lat * toRad];
  const bx = Math.cos(p2) * Math.cos(l2 - l1);
  const by = Math.cos(p2) * Math.sin(l2 - l1);
  const lat = Math.atan2(Math.sin(p1) + Math.sin(p2), Math.sqrt((Math.cos(p1) + bx) ** 2 + by ** 2));
  const lon = l1 + Math.atan2(by, Math.cos(p1) + bx);
  return project(lon / toRad, lat / toRad);
}

let landPath: Promise<string> | undefined;

/** The land outline (world-atlas 110m), loaded on first use of the map layout. */
export function loadLandPath(): Promise<string> {
  landPath ??= Promise.all([import('world-atlas/land-110m.json'), import('topojson-client')]).then(([atlas, topo]) => {
    const topology = (atlas as { default?: unknown }).default ?? atlas;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const t = topology as any;
    const land = topo.feature(t, t.objects.land);
    return geoPath(mapProjection())(land) ?? '';
  });
  return landPath;
}
