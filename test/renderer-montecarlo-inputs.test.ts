import { describe, expect, it } from 'vitest';
import { checkMonteCarloInputs, DEFAULT_MONTE_CARLO_INPUTS, MONTE_CARLO_SEED, MONTE_CARLO_YEARS } from '../src/renderer/actions/monteCarloInputs.ts';

describe('Monte Carlo inputs of the Simulation panel', () => {
  it('defaults to the former fixed years and seed', () => {
    expect(checkMonteCarloInputs(DEFAULT_MONTE_CARLO_INPUTS)).toEqual({ ok: true, years: MONTE_CARLO_YEARS, seed: MONTE_CARLO_SEED });
  });

  it('accepts whole numbers within bounds, with thousands separators', () => {
    expect(checkMonteCarloInputs({ years: '100', seed: '0' })).toEqual({ ok: true, years: 100, seed: 0 });
    expect(checkMonteCarloInputs({ years: ' 1,000,000 ', seed: '4294967295' })).toEqual({ ok: true, years: 1_000_000, seed: 4294967295 });
    expect(checkMonteCarloInputs({ years: '25_000', seed: '42' })).toEqual({ ok: true, years: 25_000, seed: 42 });
  });

  it('rejects years out of bounds or not whole, with a clear message', () => {
    for (const years of ['99', '1000001', '', 'abc', '1.5', '-200', '1e4']) {
      const r = checkMonteCarloInputs({ years, seed: '1' });
      expect(r.ok, years).toBe(false);
      if (!r.ok) {
        expect(r.yearsError).toBe('Simulated years must be a whole number from 100 to 1,000,000.');
        expect(r.seedError).toBeUndefined();
      }
    }
  });

  it('rejects seeds that are negative, fractional or beyond 32 bits', () => {
    for (const seed of ['-1', '0.5', '4294967296', '', 'x']) {
      const r = checkMonteCarloInputs({ years: '2000', seed });
      expect(r.ok, seed).toBe(false);
      if (!r.ok) {
        expect(r.seedError).toBe('Seed must be a whole number from 0 to 4,294,967,295.');
        expect(r.yearsError).toBeUndefined();
      }
    }
  });
});
