/**
 * Design rules: a linter over the design. Each rule is a module with an id, a severity,
 * a message, the elements it points at and a fix hint; this file lists them and runs them.
 */
import { getCatalog } from '../catalog/index.ts';
import type { Catalog } from '../catalog/types.ts';
import type { Design } from '../model/schema.ts';
import { createRuleContext } from './context.ts';
import type { Finding, Rule } from './types.ts';
import { singlePointOfFailure } from './single-point-of-failure.ts';
import { hubWithoutRedundancy } from './hub-without-redundancy.ts';
import { unencryptedInternetCircuit } from './unencrypted-internet-circuit.ts';
import { syncReplicationDistance } from './sync-replication-distance.ts';
import { fullMeshSize } from './full-mesh-size.ts';
import { dataResidency } from './data-residency.ts';
import { overlappingCidr } from './overlapping-cidr.ts';
import { dnsTtlExceedsRto } from './dns-ttl-exceeds-rto.ts';
import { coldStandbyRto } from './cold-standby-rto.ts';
import { n1Capacity } from './n1-capacity.ts';
import { internetEgressHairpin } from './internet-egress-hairpin.ts';
import { managementSharedWithUser } from './management-shared-with-user.ts';
import { singleProvider } from './single-provider.ts';
import { replicationBandwidth } from './replication-bandwidth.ts';
import { latencyObjectiveUnmet } from './latency-objective-unmet.ts';
import { latencyBelowFloor } from './latency-below-floor.ts';

export type { Finding, FindingSeverity, Rule, RuleContext } from './types.ts';
export { createRuleContext } from './context.ts';

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  singlePointOfFailure,
  hubWithoutRedundancy,
  unencryptedInternetCircuit,
  syncReplicationDistance,
  fullMeshSize,
  dataResidency,
  overlappingCidr,
  dnsTtlExceedsRto,
  coldStandbyRto,
  n1Capacity,
  internetEgressHairpin,
  managementSharedWithUser,
  singleProvider,
  replicationBandwidth,
  latencyObjectiveUnmet,
  latencyBelowFloor,
];

export interface LintOptions {
  /** Catalog for locations, circuit types and defaults; the bundled one when omitted. */
  catalog?: Catalog;
  /** Run only these rule ids. */
  only?: readonly string[];
}

/**
 * Runs every rule over the design and returns the findings, errors first. A rule that
 * throws (a bug, never bad input) becomes an error finding naming it, so one broken rule
 * cannot hide the others.
 */
export function lintDesign(design: Design, options: LintOptions = {}): Finding[] {
  const ctx = createRuleContext(design, options.catalog ?? getCatalog());
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.id)) continue;
    try {
      findings.push(...rule.check(ctx));
    } catch (err) {
      findings.push({
        rule: rule.id,
        severity: 'error',
        message: `rule ${rule.id} failed on this design: ${(err as Error).message}`,
        elements: [],
        hint: 'this is a NetStudio bug; please report it with the design',
      });
    }
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  return findings.map((f, i) => ({ f, i })).sort((a, b) => order[a.f.severity] - order[b.f.severity] || a.i - b.i).map((x) => x.f);
}
