/**
 * Seeded pseudo-random numbers: SFC32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * PractRand-clean to 2^40+ bytes) seeded through SplitMix32, so any integer seed gives a
 * well-mixed state and the same seed always gives the same stream on every platform.
 */
export interface Random {
  /** Uniform in (0, 1]: never 0, so −ln(u) is always finite. */
  next(): number;
}

/** Creates a generator from an integer seed (only the low 32 bits are used). */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix() | 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return ((t >>> 0) + 1) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return { next };
}
