import { describe, expect, it } from 'vitest';
import { buildCalibrationPairs, parseCsv, parsePublishedLatencyCsv, parseRegionsCsv } from './data.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n\r\n2,,z')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', '', 'z'],
    ]);
  });
});

const REGIONS = `provider,region,city,country,lat,lon,source
azure,East US,Virginia,United States,37.3719,-79.8164,meta
azure,West Europe,Netherlands,Netherlands,52.3667,4.9,meta
aws,us-east-1,Ashburn,United States,39.0458,-77.4874,"ping, list"
`;
const LATENCY = `provider,region_a,region_b,city_a,city_b,rtt_ms,source,source_date
azure,East US,West Europe,Virginia,Netherlands,83,"MS Learn, P50",2026-07-30 (window)
azure,West Europe,East US,Netherlands,Virginia,85,"MS Learn, P50",2026-07-30 (window)
aws,us-east-1,eu-west-9,Ashburn,Nowhere,70,ping,2025-05-29
`;

describe('buildCalibrationPairs', () => {
  it('averages both directions and applies coordinate corrections', () => {
    const { pairs, unmatched } = buildCalibrationPairs(parseRegionsCsv(REGIONS), parsePublishedLatencyCsv(LATENCY));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.rttMs).toBe(84);
    expect(pairs[0]!.directions).toBe(2);
    // Azure East US is moved from the state-level point to northern Virginia.
    expect(pairs[0]!.a.lat).toBeCloseTo(39.04, 1);
    expect(unmatched).toEqual(['aws:eu-west-9']);
  });

  it('refuses rows whose RTT is not a number', () => {
    expect(() => parsePublishedLatencyCsv('provider,region_a,region_b,rtt_ms\naws,a,b,fast\n')).toThrow(/not a number/);
  });
});
