/**
 * The Simulation panel's Monte Carlo inputs: simulated years and seed, as typed. They are UI
 * state (the store's `monteCarloInputs`), not part of the design document; the panel's Run
 * button and the command palette's "Run Monte Carlo" both run with them.
 */

export const MONTE_CARLO_YEARS = 2000;
export const MONTE_CARLO_SEED = 1;
export const MONTE_CARLO_MIN_YEARS = 100;
export const MONTE_CARLO_MAX_YEARS = 1_000_000;
/** The engine's random generator takes a 32-bit unsigned seed. */
export const MONTE_CARLO_MAX_SEED = 0xffffffff;

/** The inputs exactly as typed (a field may hold text that is not a number yet). */
export interface MonteCarloInputs {
  years: string;
  seed: string;
}

export const DEFAULT_MONTE_CARLO_INPUTS: MonteCarloInputs = { years: String(MONTE_CARLO_YEARS), seed: String(MONTE_CARLO_SEED) };

export type MonteCarloCheck = { ok: true; years: number; seed: number } | { ok: false; yearsError?: string; seedError?: string };

function wholeNumber(text: string): number | undefined {
  // Digits with optional thousands separators ("1,000,000", "1 000 000", "1_000_000").
  const t = text.trim().replace(/[,_\s]/g, '');
  return /^\d+$/.test(t) ? Number(t) : undefined;
}

/** Validates the typed inputs: a whole number of years within bounds and a 32-bit unsigned seed. */
export function checkMonteCarloInputs(inputs: MonteCarloInputs): MonteCarloCheck {
  const years = wholeNumber(inputs.years);
  const seed = wholeNumber(inputs.seed);
  let yearsError: string | undefined;
  let seedError: string | undefined;
  if (years === undefined || years < MONTE_CARLO_MIN_YEARS || years > MONTE_CARLO_MAX_YEARS)
    yearsError = `Simulated years must be a whole number from ${MONTE_CARLO_MIN_YEARS.toLocaleString('en-US')} to ${MONTE_CARLO_MAX_YEARS.toLocaleString('en-US')}.`;
  if (seed === undefined || seed > MONTE_CARLO_MAX_SEED) seedError = `Seed must be a whole number from 0 to ${MONTE_CARLO_MAX_SEED.toLocaleString('en-US')}.`;
  if (yearsError || seedError || years === undefined || seed === undefined) return { ok: false, yearsError, seedError };
  return { ok: true, years, seed };
}
