/**
 * `npm run calibrate`: fits the backbone-graph latency model on the published round trips in
 * shared/data with regions held out, prints the error figures beside the distance-only
 * baseline, and writes resources/catalog/latency-model.json. Deterministic: the same data and
 * backbone give the same file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrateFromCsv } from '../src/core/latency/calibration.ts';
import type { ErrorStats } from '../src/core/latency/fit.ts';
import type { Backbone } from '../src/core/latency/model.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [join(repo, '..', 'shared', 'data'), '/work/shared/data'];
const dataDir = candidates.find((d) => existsSync(join(d, 'latency-published.csv')) && existsSync(join(d, 'regions.csv')));
if (!dataDir) {
  console.error(`calibrate: latency-published.csv and regions.csv not found in ${candidates.join(' or ')}`);
  process.exit(2);
}
const backbonePath = join(repo, 'resources', 'catalog', 'backbone.json');
const outPath = join(repo, 'resources', 'catalog', 'latency-model.json');
const backbone = JSON.parse(readFileSync(backbonePath, 'utf8')) as Backbone;

const started = performance.now();
const { fit, byMetro, calibration, unmatched } = calibrateFromCsv(
  readFileSync(join(dataDir, 'regions.csv'), 'utf8'),
  readFileSync(join(dataDir, 'latency-published.csv'), 'utf8'),
  backbone,
);
const elapsedMs = performance.now() - started;
if (unmatched.length > 0) console.warn(`calibrate: regions without coordinates (their rows are left out): ${unmatched.join(', ')}`);

const pct = (x: number): string => `${x.toFixed(1)} %`.padStart(8);
const row = (label: string, s: ErrorStats): string =>
  `${label.padEnd(34)}${pct(s.medianPct)}${pct(s.p90Pct)}${pct(s.p95Pct)}${pct(s.meanPct)}${String(s.count).padStart(8)}`;

console.log(`data: ${dataDir} — ${calibration.data.rows} directed rows, ${fit.pairs} pairs (directions averaged), data as of ${calibration.data.dateOfData}`);
console.log(`backbone: ${backbone.hubs.length} hubs, ${backbone.corridors.length} corridors (checksum ${calibration.backbone.checksum})`);
console.log(`hold-out: leave-one-region-out, ${fit.folds} folds (and leave-one-metro-out, regions within ${calibration.fit.heldOutByMetro.radiusKm} km together, ${byMetro.folds} folds); fits took ${(elapsedMs / 1000).toFixed(1)} s`);
console.log('');
console.log(`${'absolute % error of RTT'.padEnd(34)}${'median'.padStart(8)}${'p90'.padStart(8)}${'p95'.padStart(8)}${'mean'.padStart(8)}${'n'.padStart(8)}`);
console.log(row('held-out  backbone-graph model', fit.heldOut.model));
console.log(row('held-out  baseline (floor × k + c)', fit.heldOut.baseline));
for (const [provider, v] of Object.entries(fit.heldOutByPrefix)) {
  console.log(row(`  ${provider} pairs: model`, v.model));
  console.log(row(`  ${provider} pairs: baseline`, v.baseline));
}
console.log(row(`held-out by metro (${byMetro.folds} folds) model`, byMetro.heldOut.model));
console.log(row('held-out by metro      baseline', byMetro.heldOut.baseline));
console.log(row('in-sample backbone-graph model', fit.inSample.model));
console.log(row('in-sample baseline (floor × k + c)', fit.inSample.baseline));
console.log('');
const p = calibration.parameters;
console.log(
  `parameters: pathFactor ${p.pathFactor}, fixedOverheadMs ${p.fixedOverheadMs}, perHubMs ${p.perHubMs}, accessInflation ${p.accessInflation}, terrestrialInflation ${p.terrestrialInflation}, submarineInflation ${p.submarineInflation}, attachHubs ${p.attachHubs}, directMaxKm ${p.directMaxKm}`,
);
console.log(`baseline:   RTT = ${calibration.fit.baseline.factor} × floor + ${calibration.fit.baseline.interceptMs} ms`);
console.log('');
console.log('worst held-out pairs:');
for (const w of fit.worstHeldOut) {
  console.log(
    `  ${w.key.padEnd(50)} measured ${w.measuredMs.toFixed(0).padStart(4)} ms  predicted ${w.predictedMs.toFixed(0).padStart(4)} ms  ${w.errorPct.toFixed(0).padStart(3)} %  via ${w.viaHubs.join(' > ') || 'direct'}`,
  );
}
const goals = fit.heldOut.model.medianPct <= 8 && fit.heldOut.model.p90Pct <= 20;
console.log('');
console.log(`goals (held-out median ≤ 8 %, p90 ≤ 20 %): ${goals ? 'met' : 'NOT met'}`);
writeFileSync(outPath, `${JSON.stringify(calibration, null, 2)}\n`);
console.log(`wrote ${outPath}`);
