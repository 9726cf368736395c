import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, FIBRE_KM_PER_MS, fibreFloorRttMs, haversineKm } from './geo.ts';

describe('haversineKm', () => {
  it('gives a quarter meridian from the equator to the pole and half a circumference to the antipode', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm({ lat: 37.5, lon: -122 }, { lat: -37.5, lon: 58 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 3);
  });

  it('matches published great-circle distances between city centres', () => {
    const london = { lat: 51.5074, lon: -0.1278 };
    // Reference distances from the usual great-circle calculators (spherical, mean radius).
    expect(haversineKm(london, { lat: 40.7128, lon: -74.006 })).toBeGreaterThan(5555);
    expect(haversineKm(london, { lat: 40.7128, lon: -74.006 })).toBeLessThan(5585); // London–New York ≈ 5,570 km
    expect(haversineKm(london, { lat: 48.8566, lon: 2.3522 })).toBeGreaterThan(340);
    expect(haversineKm(london, { lat: 48.8566, lon: 2.3522 })).toBeLessThan(348); // London–Paris ≈ 344 km
    expect(haversineKm({ lat: -33.8688, lon: 151.2093 }, { lat: -37.8136, lon: 144.9631 })).toBeGreaterThan(705);
    expect(haversineKm({ lat: -33.8688, lon: 151.2093 }, { lat: -37.8136, lon: 144.9631 })).toBeLessThan(720); // Sydney–Melbourne ≈ 714 km
  });

  it('is symmetric and zero for one point', () => {
    const a = { lat: 1.35, lon: 103.82 };
    const b = { lat: -23.55, lon: -46.63 };
    expect(haversineKm(a, b)).toBe(haversineKm(b, a));
    expect(haversineKm(a, a)).toBe(0);
  });
});

describe('fibre floor', () => {
  it('uses light in fibre at c / 1.468 ≈ 204.2 km per ms', () => {
    expect(FIBRE_KM_PER_MS).toBeCloseTo(204.218, 2);
  });

  it('is twice the great-circle distance over the fibre speed: London–New York ≈ 54.6 ms', () => {
    const rtt = fibreFloorRttMs({ lat: 51.5074, lon: -0.1278 }, { lat: 40.7128, lon: -74.006 });
    expect(rtt).toBeGreaterThan(54.3);
    expect(rtt).toBeLessThan(54.8);
  });
});
