/**
 * Great-circle geometry and the physical floor of a round trip in optical fibre.
 */

/** A point on the Earth, decimal degrees (WGS84 latitude −90…90, longitude −180…180). */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG R1 = (2a + b) / 3), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Speed of light in vacuum, km/s (exact, SI definition of the metre). */
export const LIGHT_KM_PER_S = 299_792.458;

/**
 * Group refractive index of standard single-mode fibre (ITU-T G.652) at 1550 nm, ≈ 1.468
 * (Corning SMF-28 datasheet). Light in fibre travels at c / 1.468 ≈ 204,218 km/s.
 */
export const FIBRE_GROUP_INDEX = 1.468;

/** Distance light covers in fibre per millisecond, km/ms (c / 1.468 ≈ 204.2 km/ms). */
export const FIBRE_KM_PER_MS = LIGHT_KM_PER_S / FIBRE_GROUP_INDEX / 1000;

const RAD = Math.PI / 180;

/**
 * Great-circle distance between two points by the haversine formula on a sphere of the
 * mean Earth radius, km. Error against the WGS84 ellipsoid is below 0.5 %.
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const h = s1 * s1 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * s2 * s2;
  // Clamp: rounding can push h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, h))));
}

/**
 * Round-trip time of light in fibre laid along the great circle, ms: 2 · d / v with
 * v = c / 1.468. No real path can be faster; every estimate is clamped to at least this.
 */
export function fibreFloorRttMs(a: LatLon, b: LatLon): number {
  return (2 * haversineKm(a, b)) / FIBRE_KM_PER_MS;
}
