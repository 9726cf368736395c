/**
 * Terraform for Google Cloud: one global VPC with a subnetwork per region and segment;
 * HA VPN with a Cloud Router and two BGP sessions per IPsec circuit; Partner Interconnect
 * attachments for private circuits; Cloud DNS routing policies for DNS failover.
 */
import type { Circuit, Region } from '../../model/schema.ts';
import { attr, attrs, blank, block, comment, expr, renderHcl, type HclBlock, type HclItem } from '../hcl.ts';
import { stableHash } from '../ipam.ts';
import { dnsOwner, linkAddresses, otherEnd, placementsOn, readme, realise, regionAsn, regionLabel, Variables, type ExportContext, type Notes } from './common.ts';

/** Provider version the export pins; the schemas in resources/provider-schemas match it. */
export const GOOGLE_PROVIDER_VERSION = '~> 6.50';

/** A GCP resource name: lower case, digits and hyphens, starting with a letter, at most 63 characters. */
export function gcpName(...parts: string[]): string {
  const base = `ns-${parts.join('-')}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-');
  if (base.length <= 63) return base.replace(/-$/, '');
  const hash = stableHash(base).toString(36);
  return `${base.slice(0, 62 - hash.length).replace(/-$/, '')}-${hash}`;
}

/** Emits the files of terraform/gcp/ for the design's GCP regions. */
export function emitGcp(ctx: ExportContext): Record<string, string> {
  const vars = new Variables();
  const notes: Notes = [];
  const main: HclItem[] = [];
  const outputs: HclBlock[] = [];
  const regions = ctx.design.regions.filter((r) => r.provider === 'gcp' && ctx.plan.regions.has(r.id));
  for (const r of ctx.design.regions) {
    if (r.provider === 'gcp' && !ctx.plan.regions.has(r.id)) notes.push(`${regionLabel(ctx, r.id)} has no address block and was left out.`);
  }
  const R = (r: Region | string) => ctx.regions.get(typeof r === 'string' ? r : r.id);
  const region = (r: Region) => r.providerRegion ?? vars.add(`${R(r)}_gcp_region`, { type: 'string', description: `GCP region code of ${r.name}` });
  const provider = (r: Region | string) => attr('provider', expr(`google.${R(r)}`));

  vars.add('project_id', { type: 'string', description: 'GCP project that owns the network' });
  main.push(
    block('resource', ['google_compute_network', 'global'], [
      provider(regions[0]!),
      ...attrs({ name: gcpName('global'), description: ctx.design.name, auto_create_subnetworks: false, routing_mode: 'GLOBAL' }),
    ]),
  );
  outputs.push(block('output', ['network_id'], attrs({ description: 'The global VPC', value: expr('google_compute_network.global.id') })));

  for (const r of regions) {
    const n = R(r);
    const addr = ctx.plan.regions.get(r.id)!;
    vars.add(`${n}_subnet_cidrs`, {
      type: 'map(string)',
      description: `Subnetwork per segment in ${r.name}`,
      default: Object.fromEntries(addr.subnets.map((s) => [ctx.segments.get(s.segmentId), s.cidr])),
    });
    main.push(comment(`${r.name} (${r.id})`));
    for (const s of addr.subnets) {
      const sn = ctx.segments.get(s.segmentId);
      main.push(
        block('resource', ['google_compute_subnetwork', `${n}_${sn}`], [
          provider(r),
          ...attrs({
            name: gcpName(n, sn),
            description: `${r.name}: ${s.segmentId}`,
            region: region(r),
            network: expr('google_compute_network.global.id'),
            ip_cidr_range: expr(`var.${n}_subnet_cidrs["${sn}"]`),
            private_ip_google_access: true,
          }),
        ]),
      );
    }
  }

  const present = new Set(regions.map((r) => r.id));
  const routers = new Set<string>();
  const haGateways = new Set<string>();
  const router = (r: Region) => {
    const n = R(r);
    if (!routers.has(r.id)) {
      routers.add(r.id);
      vars.add(`${n}_asn`, { type: 'number', description: `BGP ASN of the ${r.name} Cloud Router`, default: regionAsn(r).asn });
      main.push(
        block('resource', ['google_compute_router', n], [
          provider(r),
          ...attrs({ name: gcpName(n, 'router'), region: region(r), network: expr('google_compute_network.global.id') }),
          blank,
          block('bgp', [], attrs({ asn: expr(`var.${n}_asn`), advertise_mode: 'DEFAULT' })),
        ]),
      );
    }
    return n;
  };
  const haGateway = (r: Region) => {
    const n = R(r);
    if (!haGateways.has(r.id)) {
      haGateways.add(r.id);
      main.push(
        block('resource', ['google_compute_ha_vpn_gateway', n], [
          provider(r),
          ...attrs({ name: gcpName(n, 'havpn'), region: region(r), network: expr('google_compute_network.global.id') }),
        ]),
      );
      outputs.push(
        block('output', [`${n}_ha_vpn_interfaces`], attrs({ description: `Public addresses of the ${r.name} HA VPN gateway`, value: expr(`google_compute_ha_vpn_gateway.${n}.vpn_interfaces[*].ip_address`) })),
      );
    }
    return n;
  };

  for (const c of ctx.design.circuits) {
    const touches = [c.from, c.to].filter((id) => present.has(id));
    if (touches.length === 0) continue;
    const how = realise(ctx, c, 'gcp');
    if (how === 'backbone') continue; // one global VPC: regions already route to each other
    for (const local of touches) {
      const r = ctx.regionById.get(local)!;
      if (how === 'vpn') emitHaVpn(ctx, c, r, router(r), haGateway(r), main, vars);
      else if (how === 'dedicated') emitInterconnect(ctx, c, r, main, vars, outputs, region(r));
      else notes.push(`Circuit ${c.id} (${c.type}, not encrypted) runs over the public internet: no GCP resources are created for it.`);
    }
  }
  if (ctx.design.circuits.some((c) => realise(ctx, c, 'gcp') === 'backbone' && present.has(c.from))) {
    notes.push('Circuits between GCP regions need no resources: the VPC is global and its routing mode is GLOBAL.');
  }

  for (const s of ctx.design.services) {
    if (s.failover?.mechanism !== 'dns' || dnsOwner(ctx, s) !== 'gcp') continue;
    const on = placementsOn(ctx, s, 'gcp').filter((r) => present.has(r.id));
    if (on.length === 0) continue;
    const sn = ctx.services.get(s.id);
    const zone = vars.add('dns_managed_zone', { type: 'string', description: 'Cloud DNS managed zone (name) for service records' });
    const record = vars.add(`${sn}_record_name`, { type: 'string', description: `DNS name of ${s.name} with a trailing dot, e.g. ${s.id}.example.com.` });
    const ip = (r: Region) => vars.add(`${sn}_${R(r)}_endpoint_ip`, { type: 'string', description: `Public IP of ${s.name} in ${r.name}` });
    const activePassive = (s.topology === 'active-passive' || s.topology === 'single') && on.length > 1;
    const primary = on.find((r) => r.id === s.primary) ?? on[0]!;
    const interval = Math.max(1, Math.round(s.failover.healthCheckIntervalSeconds ?? 10));
    main.push(comment(`${s.name} (${s.id}): Cloud DNS ${activePassive ? 'primary-backup' : 'geo'} routing`));
    main.push(
      block('resource', ['google_compute_health_check', sn], [
        provider(on[0]!),
        ...attrs({
          name: gcpName(sn, 'hc'),
          check_interval_sec: interval,
          timeout_sec: Math.min(interval, 5),
          unhealthy_threshold: s.failover.failureThreshold ?? 3,
          source_regions: ['us-central1', 'europe-west1', 'asia-southeast1'],
        }),
        blank,
        block('https_health_check', [], attrs({ port: 443, request_path: '/health' })),
      ]),
    );
    const geo = (r: Region) =>
      block(activePassive ? 'backup_geo' : 'geo', [], [
        ...attrs({ location: region(r), rrdatas: [ip(r)] }),
        blank,
        block('health_checked_targets', [], attrs({ external_endpoints: [ip(r)] })),
      ]);
    const policy = activePassive
      ? block('routing_policy', [], [
          attr('health_check', expr(`google_compute_health_check.${sn}.id`)),
          blank,
          block('primary_backup', [], [
            attr('trickle_ratio', 0),
            blank,
            block('primary', [], attrs({ external_endpoints: [ip(primary)] })),
            ...on.filter((r) => r.id !== primary.id).map(geo),
          ]),
        ])
      : block('routing_policy', [], [attr('health_check', expr(`google_compute_health_check.${sn}.id`)), blank, ...on.map(geo)]);
    main.push(
      block('resource', ['google_dns_record_set', sn], [
        provider(on[0]!),
        ...attrs({ managed_zone: zone, name: record, type: 'A', ttl: s.failover.dnsTtlSeconds ?? 60 }),
        blank,
        policy,
      ]),
    );
  }

  const providers: HclItem[] = [
    block('terraform', [], [
      attr('required_version', '>= 1.5.0'),
      block('required_providers', [], [attr('google', { source: 'hashicorp/google', version: GOOGLE_PROVIDER_VERSION })]),
    ]),
  ];
  for (const r of regions) {
    providers.push(
      block('provider', ['google'], [
        ...attrs({ alias: R(r), project: expr('var.project_id'), region: region(r) }),
        attr('default_labels', { managed_by: 'netstudio' }),
      ]),
    );
  }

  return {
    'providers.tf': renderHcl(providers),
    'variables.tf': renderHcl(vars.list()),
    'main.tf': renderHcl(main),
    'outputs.tf': renderHcl(outputs),
    'README.md': readme(
      ctx,
      'Google Cloud network',
      [
        `One global VPC (routing mode GLOBAL) with a subnetwork per segment in each of ${regions.length} region(s).`,
        'HA VPN gateways, Cloud Routers and two tunnels with BGP sessions per IPsec circuit leaving GCP.',
        'Partner Interconnect attachments (both edge availability domains) for private circuits.',
        'Cloud DNS records with primary-backup (active-passive) or geo (active-active) routing policies and health checks for services that fail over by DNS.',
      ],
      [
        '`terraform init && terraform apply` here first when circuits cross clouds: the HA VPN interface addresses (outputs) are inputs of the other folders.',
        'Give the Interconnect pairing keys (outputs) to the partner.',
        'Configure on-prem edges with the Ansible export.',
      ],
      vars,
      notes,
    ),
  };
}

function emitHaVpn(ctx: ExportContext, c: Circuit, r: Region, routerName: string, gw: string, main: HclItem[], vars: Variables): void {
  const n = ctx.regions.get(r.id);
  const cn = ctx.circuits.get(c.id);
  const id = `${cn}_${n}`;
  const remote = ctx.regionById.get(otherEnd(c, r.id));
  const rn = ctx.regions.get(otherEnd(c, r.id));
  const where = remote && remote.provider !== 'onprem' && remote.provider !== 'other' ? ` (from the ${remote.provider} export's outputs)` : '';
  const ip1 = vars.add(`${rn}_public_ip`, { type: 'string', description: `Public IP of the VPN endpoint at ${remote?.name ?? rn}${where}` });
  const ip2 = vars.add(`${rn}_public_ip_2`, { type: 'string', description: `Second public IP of the VPN endpoint at ${remote?.name ?? rn}${where}` });
  const asn = vars.add(`${rn}_asn`, { type: 'number', description: `BGP ASN of ${remote?.name ?? rn}`, default: remote ? regionAsn(remote).asn : 65000 });
  main.push(comment(`${c.name ?? c.id}: HA VPN from ${r.id} to ${remote?.id ?? rn}`));
  main.push(
    block('resource', ['google_compute_external_vpn_gateway', id], [
      attr('provider', expr(`google.${n}`)),
      ...attrs({ name: gcpName(cn, n, 'peer'), redundancy_type: 'TWO_IPS_REDUNDANCY', description: remote?.name ?? rn }),
      blank,
      block('interface', [], attrs({ id: 0, ip_address: ip1 })),
      block('interface', [], attrs({ id: 1, ip_address: ip2 })),
    ]),
  );
  for (const t of [0, 1] as const) {
    const psk = vars.add(`${cn}_tunnel${t + 1}_psk`, { type: 'string', description: `Pre-shared key of tunnel ${t + 1} of ${c.id}`, sensitive: true });
    const link = linkAddresses(ctx, c, r.id, t);
    const tid = `${id}_${t}`;
    main.push(
      block('resource', ['google_compute_vpn_tunnel', tid], [
        attr('provider', expr(`google.${n}`)),
        ...attrs({
          name: gcpName(cn, n, String(t)),
          region: expr(`google_compute_router.${routerName}.region`),
          vpn_gateway: expr(`google_compute_ha_vpn_gateway.${gw}.id`),
          vpn_gateway_interface: t,
          peer_external_gateway: expr(`google_compute_external_vpn_gateway.${id}.id`),
          peer_external_gateway_interface: t,
          shared_secret: psk,
          router: expr(`google_compute_router.${routerName}.id`),
          ike_version: 2,
        }),
      ]),
    );
    main.push(
      block('resource', ['google_compute_router_interface', tid], [
        attr('provider', expr(`google.${n}`)),
        ...attrs({
          name: gcpName(cn, n, 'if', String(t)),
          router: expr(`google_compute_router.${routerName}.name`),
          region: expr(`google_compute_router.${routerName}.region`),
          ip_range: `${link.local}/30`,
          vpn_tunnel: expr(`google_compute_vpn_tunnel.${tid}.name`),
        }),
      ]),
    );
    main.push(
      block('resource', ['google_compute_router_peer', tid], [
        attr('provider', expr(`google.${n}`)),
        ...attrs({
          name: gcpName(cn, n, 'bgp', String(t)),
          router: expr(`google_compute_router.${routerName}.name`),
          region: expr(`google_compute_router.${routerName}.region`),
          peer_ip_address: link.peer,
          peer_asn: asn,
          advertised_route_priority: c.bgp?.med ?? 100,
          interface: expr(`google_compute_router_interface.${tid}.name`),
        }),
      ]),
    );
  }
}

function emitInterconnect(ctx: ExportContext, c: Circuit, r: Region, main: HclItem[], vars: Variables, outputs: HclBlock[], region: ReturnType<typeof expr> | string): void {
  const n = ctx.regions.get(r.id);
  const cn = ctx.circuits.get(c.id);
  const id = `${cn}_${n}`;
  const remote = ctx.regionById.get(otherEnd(c, r.id));
  main.push(comment(`${c.name ?? c.id}: Partner Interconnect from ${r.id} to ${remote?.id ?? otherEnd(c, r.id)}`));
  // Partner Interconnect needs a Cloud Router with Google's ASN 16550.
  main.push(
    block('resource', ['google_compute_router', `${id}_ic`], [
      attr('provider', expr(`google.${n}`)),
      ...attrs({ name: gcpName(cn, n, 'ic'), region, network: expr('google_compute_network.global.id') }),
      blank,
      block('bgp', [], attrs({ asn: 16550 })),
    ]),
  );
  for (const [i, domain] of ['AVAILABILITY_DOMAIN_1', 'AVAILABILITY_DOMAIN_2'].entries()) {
    main.push(
      block('resource', ['google_compute_interconnect_attachment', `${id}_${i}`], [
        attr('provider', expr(`google.${n}`)),
        ...attrs({
          name: gcpName(cn, n, String(i)),
          description: c.name ?? c.id,
          region,
          router: expr(`google_compute_router.${id}_ic.id`),
          type: 'PARTNER',
          edge_availability_domain: domain,
          admin_enabled: true,
        }),
      ]),
    );
    outputs.push(block('output', [`${id}_${i}_pairing_key`], attrs({ description: `Pairing key of ${c.id} (${domain}) for the partner`, value: expr(`google_compute_interconnect_attachment.${id}_${i}.pairing_key`) })));
  }
  void vars;
}
