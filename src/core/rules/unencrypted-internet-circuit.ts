/** unencrypted-internet-circuit: a circuit over the public internet that is not encrypted. */
import type { Finding, Rule } from './types.ts';

export const unencryptedInternetCircuit: Rule = {
  id: 'unencrypted-internet-circuit',
  severity: 'error',
  title: 'Circuit over the public internet without encryption',
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.design.circuits) {
      const info = ctx.catalog.circuitTypes[c.type];
      if (!info?.overInternet) continue;
      const encrypted = c.encrypted ?? info.encryptedByDefault;
      if (encrypted) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        message: `circuit ${c.id} (${info.label}) crosses the public internet unencrypted`,
        elements: [c.id],
        hint: 'use an IPsec VPN, WireGuard or SD-WAN circuit, or set encrypted: true when the traffic is encrypted end to end',
      });
    }
    return out;
  },
};
