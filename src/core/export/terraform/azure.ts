/**
 * Terraform for Azure: one Virtual WAN with a hub per region and a VNet (one subnet per
 * segment) connected to it; VPN sites, hub VPN gateways and connections for IPsec
 * circuits; ExpressRoute circuits and hub gateways for private circuits; Traffic Manager
 * for services that fail over by DNS.
 */
import type { Circuit, Region } from '../../model/schema.ts';
import { attr, attrs, blank, block, comment, expr, renderHcl, type HclBlock, type HclItem } from '../hcl.ts';
import { dnsOwner, linkAddresses, otherEnd, placementsOn, readme, realise, regionAsn, regionLabel, Variables, type ExportContext, type Notes } from './common.ts';

/** Provider version the export pins; the schemas in resources/provider-schemas match it. */
export const AZURERM_PROVIDER_VERSION = '~> 4.55';

/** Emits the files of terraform/azure/ for the design's Azure regions. */
export function emitAzure(ctx: ExportContext): Record<string, string> {
  const vars = new Variables();
  const notes: Notes = [];
  const main: HclItem[] = [];
  const outputs: HclBlock[] = [];
  const regions = ctx.design.regions.filter((r) => r.provider === 'azure' && ctx.plan.regions.has(r.id));
  for (const r of ctx.design.regions) {
    if (r.provider === 'azure' && !ctx.plan.regions.has(r.id)) notes.push(`${regionLabel(ctx, r.id)} has no address block and was left out.`);
  }
  const R = (r: Region | string) => ctx.regions.get(typeof r === 'string' ? r : r.id);
  const rg = expr('azurerm_resource_group.network.name');
  const tags = (element: string) => attr('tags', { ManagedBy: 'netstudio', 'netstudio-element': element });
  const location = (r: Region) => (r.providerRegion ? r.providerRegion : vars.add(`${R(r)}_location`, { type: 'string', description: `Azure location of ${r.name}` }));

  vars.add('subscription_id', { type: 'string', description: 'Azure subscription to deploy into' });
  const first = regions[0]!;
  main.push(
    block('resource', ['azurerm_resource_group', 'network'], [
      ...attrs({ name: vars.add('resource_group_name', { type: 'string', description: 'Resource group for the network', default: 'rg-netstudio-network' }), location: location(first) }),
      tags('design'),
    ]),
  );
  main.push(
    block('resource', ['azurerm_virtual_wan', 'wan'], [
      ...attrs({
        name: 'vwan-netstudio',
        resource_group_name: rg,
        location: expr('azurerm_resource_group.network.location'),
        type: 'Standard',
        allow_branch_to_branch_traffic: true,
      }),
      tags('design'),
    ]),
  );

  for (const r of regions) {
    const n = R(r);
    const addr = ctx.plan.regions.get(r.id)!;
    vars.add(`${n}_hub_prefix`, { type: 'string', description: `Address prefix of the ${r.name} virtual hub (at least a /24)`, default: addr.transitCidr });
    vars.add(`${n}_subnet_cidrs`, {
      type: 'map(string)',
      description: `Subnet per segment in ${r.name}`,
      default: Object.fromEntries(addr.subnets.map((s) => [ctx.segments.get(s.segmentId), s.cidr])),
    });
    main.push(comment(`${r.name} (${r.id})`));
    main.push(
      block('resource', ['azurerm_virtual_hub', n], [
        ...attrs({
          name: `vhub-${n.replace(/_/g, '-')}`,
          resource_group_name: rg,
          location: location(r),
          virtual_wan_id: expr('azurerm_virtual_wan.wan.id'),
          address_prefix: expr(`var.${n}_hub_prefix`),
        }),
        tags(r.id),
      ]),
    );
    main.push(
      block('resource', ['azurerm_virtual_network', n], [
        ...attrs({
          name: `vnet-${n.replace(/_/g, '-')}`,
          resource_group_name: rg,
          location: location(r),
          address_space: expr(`values(var.${n}_subnet_cidrs)`),
        }),
        tags(r.id),
      ]),
    );
    for (const s of addr.subnets) {
      const sn = ctx.segments.get(s.segmentId);
      main.push(
        block('resource', ['azurerm_subnet', `${n}_${sn}`], attrs({
          name: `snet-${sn.replace(/_/g, '-')}`,
          resource_group_name: rg,
          virtual_network_name: expr(`azurerm_virtual_network.${n}.name`),
          address_prefixes: [expr(`var.${n}_subnet_cidrs["${sn}"]`)],
        })),
      );
    }
    main.push(
      block('resource', ['azurerm_virtual_hub_connection', n], attrs({
        name: `conn-${n.replace(/_/g, '-')}`,
        virtual_hub_id: expr(`azurerm_virtual_hub.${n}.id`),
        remote_virtual_network_id: expr(`azurerm_virtual_network.${n}.id`),
      })),
    );
    outputs.push(block('output', [`${n}_virtual_hub_id`], attrs({ description: `Virtual hub of ${r.name}`, value: expr(`azurerm_virtual_hub.${n}.id`) })));
    outputs.push(block('output', [`${n}_vnet_id`], attrs({ description: `VNet of ${r.name}`, value: expr(`azurerm_virtual_network.${n}.id`) })));
  }

  const present = new Set(regions.map((r) => r.id));
  const vpnGateways = new Set<string>();
  const erGateways = new Set<string>();
  for (const c of ctx.design.circuits) {
    const touches = [c.from, c.to].filter((id) => present.has(id));
    if (touches.length === 0) continue;
    const how = realise(ctx, c, 'azure');
    if (how === 'backbone') continue; // hubs of one Virtual WAN route to each other by themselves
    for (const local of touches) {
      if (how === 'vpn') emitVpn(ctx, c, local, main, vars, outputs, vpnGateways);
      else if (how === 'dedicated') emitExpressRoute(ctx, c, local, main, vars, outputs, erGateways);
      else notes.push(`Circuit ${c.id} (${c.type}, not encrypted) runs over the public internet: no Azure resources are created for it.`);
    }
  }
  if (ctx.design.circuits.some((c) => realise(ctx, c, 'azure') === 'backbone' && present.has(c.from))) {
    notes.push('Circuits between Azure regions need no resources: hubs of one Virtual WAN exchange routes over the Microsoft backbone.');
  }

  for (const s of ctx.design.services) {
    if (s.failover?.mechanism !== 'dns' || dnsOwner(ctx, s) !== 'azure') continue;
    const on = placementsOn(ctx, s, 'azure').filter((r) => present.has(r.id));
    if (on.length === 0) continue;
    const sn = ctx.services.get(s.id);
    const activePassive = s.topology === 'active-passive' || s.topology === 'single';
    const primary = s.primary ?? on[0]!.id;
    main.push(comment(`${s.name} (${s.id}): Traffic Manager ${activePassive ? 'priority' : 'performance'} routing`));
    main.push(
      block('resource', ['azurerm_traffic_manager_profile', sn], [
        ...attrs({
          name: `tm-${sn.replace(/_/g, '-')}`,
          resource_group_name: rg,
          traffic_routing_method: activePassive ? 'Priority' : 'Performance',
        }),
        blank,
        block('dns_config', [], attrs({ relative_name: vars.add(`${sn}_dns_label`, { type: 'string', description: `Traffic Manager DNS label of ${s.name} (<label>.trafficmanager.net)` }), ttl: s.failover.dnsTtlSeconds ?? 60 })),
        block('monitor_config', [], attrs({
          protocol: 'HTTPS',
          port: 443,
          path: '/health',
          interval_in_seconds: (s.failover.healthCheckIntervalSeconds ?? 30) <= 10 ? 10 : 30,
          timeout_in_seconds: (s.failover.healthCheckIntervalSeconds ?? 30) <= 10 ? 5 : 10,
          tolerated_number_of_failures: Math.min(9, s.failover.failureThreshold ?? 3),
        })),
        tags(s.id),
      ]),
    );
    on.forEach((r, i) => {
      const rn = R(r);
      const target = vars.add(`${sn}_${rn}_endpoint`, { type: 'string', description: `Host name of ${s.name} in ${r.name}` });
      main.push(
        block('resource', ['azurerm_traffic_manager_external_endpoint', `${sn}_${rn}`], attrs({
          name: `ep-${rn.replace(/_/g, '-')}`,
          profile_id: expr(`azurerm_traffic_manager_profile.${sn}.id`),
          target,
          endpoint_location: location(r),
          priority: activePassive ? (r.id === primary ? 1 : i + 2) : undefined,
          weight: 100,
        })),
      );
    });
    outputs.push(block('output', [`${sn}_fqdn`], attrs({ description: `DNS name of ${s.name}`, value: expr(`azurerm_traffic_manager_profile.${sn}.fqdn`) })));
  }

  const providers: HclItem[] = [
    block('terraform', [], [
      attr('required_version', '>= 1.5.0'),
      block('required_providers', [], [attr('azurerm', { source: 'hashicorp/azurerm', version: AZURERM_PROVIDER_VERSION })]),
    ]),
    comment('azurerm is not bound to a region: every resource carries its own location, so one provider serves all regions.'),
    block('provider', ['azurerm'], [attr('subscription_id', expr('var.subscription_id')), blank, block('features', [], [])]),
  ];

  return {
    'providers.tf': renderHcl(providers),
    'variables.tf': renderHcl(vars.list()),
    'main.tf': renderHcl(main),
    'outputs.tf': renderHcl(outputs),
    'README.md': readme(
      ctx,
      'Azure network',
      [
        `One Virtual WAN (Standard) with a virtual hub in each of ${regions.length} region(s); a VNet per region with one subnet per segment, connected to its hub.`,
        'VPN sites, hub VPN gateways and BGP-enabled connections for IPsec circuits leaving Azure.',
        'ExpressRoute circuits, private peerings and hub ExpressRoute gateways for private circuits.',
        'Traffic Manager profiles (priority for active-passive, performance for active-active) for services that fail over by DNS.',
      ],
      [
        '`terraform init && terraform apply` here first when circuits cross clouds: the VPN gateway addresses (outputs) are inputs of the other folders.',
        'Give the ExpressRoute service keys (outputs) to the connectivity provider; apply again once the circuit is provisioned.',
        'Configure on-prem edges with the Ansible export.',
      ],
      vars,
      notes,
    ),
  };
}

function emitVpn(ctx: ExportContext, c: Circuit, local: string, main: HclItem[], vars: Variables, outputs: HclBlock[], gateways: Set<string>): void {
  const ln = ctx.regions.get(local);
  const cn = ctx.circuits.get(c.id);
  const id = `${cn}_${ln}`;
  const remote = ctx.regionById.get(otherEnd(c, local));
  const rn = ctx.regions.get(otherEnd(c, local));
  const localRegion = ctx.regionById.get(local)!;
  const where = remote && remote.provider !== 'onprem' && remote.provider !== 'other' ? ` (from the ${remote.provider} export's outputs)` : '';
  const ip = vars.add(`${rn}_public_ip`, { type: 'string', description: `Public IP of the VPN endpoint at ${remote?.name ?? rn}${where}` });
  const asn = vars.add(`${rn}_asn`, { type: 'number', description: `BGP ASN of ${remote?.name ?? rn}`, default: remote ? regionAsn(remote).asn : 65000 });
  const psk = vars.add(`${cn}_tunnel1_psk`, { type: 'string', description: `Pre-shared key of ${c.id}`, sensitive: true });
  const link = linkAddresses(ctx, c, local, 0);
  if (!gateways.has(local)) {
    gateways.add(local);
    main.push(
      block('resource', ['azurerm_vpn_gateway', ln], attrs({
        name: `vpngw-${ln.replace(/_/g, '-')}`,
        resource_group_name: expr('azurerm_resource_group.network.name'),
        location: expr(`azurerm_virtual_hub.${ln}.location`),
        virtual_hub_id: expr(`azurerm_virtual_hub.${ln}.id`),
        scale_unit: 1,
      })),
    );
    outputs.push(block('output', [`${ln}_vpn_gateway_bgp_settings`], attrs({ description: `Public and BGP addresses of the ${localRegion.name} VPN gateway`, value: expr(`azurerm_vpn_gateway.${ln}.bgp_settings`) })));
  }
  main.push(comment(`${c.name ?? c.id}: VPN from ${local} to ${remote?.id ?? rn}`));
  main.push(
    block('resource', ['azurerm_vpn_site', id], [
      ...attrs({
        name: `site-${id.replace(/_/g, '-')}`,
        resource_group_name: expr('azurerm_resource_group.network.name'),
        location: expr(`azurerm_virtual_hub.${ln}.location`),
        virtual_wan_id: expr('azurerm_virtual_wan.wan.id'),
      }),
      blank,
      block('link', [], [
        ...attrs({ name: 'link-1', ip_address: ip, speed_in_mbps: Math.max(1, Math.round(c.bandwidthMbps)) }),
        blank,
        block('bgp', [], attrs({ asn, peering_address: link.peer })),
      ]),
    ]),
  );
  main.push(
    block('resource', ['azurerm_vpn_gateway_connection', id], [
      ...attrs({ name: `conn-${id.replace(/_/g, '-')}`, vpn_gateway_id: expr(`azurerm_vpn_gateway.${ln}.id`), remote_vpn_site_id: expr(`azurerm_vpn_site.${id}.id`) }),
      blank,
      block('vpn_link', [], attrs({ name: 'link-1', vpn_site_link_id: expr(`azurerm_vpn_site.${id}.link[0].id`), shared_key: psk, bgp_enabled: true, protocol: 'IKEv2' })),
    ]),
  );
}

function emitExpressRoute(ctx: ExportContext, c: Circuit, local: string, main: HclItem[], vars: Variables, outputs: HclBlock[], gateways: Set<string>): void {
  const ln = ctx.regions.get(local);
  const cn = ctx.circuits.get(c.id);
  const id = `${cn}_${ln}`;
  const remote = ctx.regionById.get(otherEnd(c, local));
  const rn = ctx.regions.get(otherEnd(c, local));
  const asn = vars.add(`${rn}_asn`, { type: 'number', description: `BGP ASN of ${remote?.name ?? rn}`, default: remote ? regionAsn(remote).asn : 65000 });
  const provider = vars.add(`${cn}_service_provider`, { type: 'string', description: `ExpressRoute connectivity provider of ${c.id}`, default: c.carrier ?? 'Equinix' });
  const peering = vars.add(`${cn}_peering_location`, { type: 'string', description: `ExpressRoute peering location of ${c.id}` });
  const vlan = vars.add(`${cn}_vlan`, { type: 'number', description: `VLAN of the private peering of ${c.id}` });
  const t1 = linkAddresses(ctx, c, local, 0);
  const t2 = linkAddresses(ctx, c, local, 1);
  main.push(comment(`${c.name ?? c.id}: ExpressRoute from ${local} to ${remote?.id ?? rn}`));
  const allowed = [50, 100, 200, 500, 1000, 2000, 5000, 10000];
  const bw = allowed.find((b) => b >= c.bandwidthMbps) ?? 10000;
  main.push(
    block('resource', ['azurerm_express_route_circuit', id], [
      ...attrs({
        name: `erc-${id.replace(/_/g, '-')}`,
        resource_group_name: expr('azurerm_resource_group.network.name'),
        location: expr(`azurerm_virtual_hub.${ln}.location`),
        service_provider_name: provider,
        peering_location: peering,
        bandwidth_in_mbps: bw,
      }),
      blank,
      block('sku', [], attrs({ tier: 'Standard', family: 'MeteredData' })),
    ]),
  );
  main.push(
    block('resource', ['azurerm_express_route_circuit_peering', id], attrs({
      peering_type: 'AzurePrivatePeering',
      express_route_circuit_name: expr(`azurerm_express_route_circuit.${id}.name`),
      resource_group_name: expr('azurerm_resource_group.network.name'),
      peer_asn: asn,
      primary_peer_address_prefix: t1.cidr,
      secondary_peer_address_prefix: t2.cidr,
      vlan_id: vlan,
    })),
  );
  if (!gateways.has(local)) {
    gateways.add(local);
    main.push(
      block('resource', ['azurerm_express_route_gateway', ln], attrs({
        name: `ergw-${ln.replace(/_/g, '-')}`,
        resource_group_name: expr('azurerm_resource_group.network.name'),
        location: expr(`azurerm_virtual_hub.${ln}.location`),
        virtual_hub_id: expr(`azurerm_virtual_hub.${ln}.id`),
        scale_units: 1,
      })),
    );
  }
  main.push(
    block('resource', ['azurerm_express_route_connection', id], attrs({
      name: `erconn-${id.replace(/_/g, '-')}`,
      express_route_gateway_id: expr(`azurerm_express_route_gateway.${ln}.id`),
      express_route_circuit_peering_id: expr(`azurerm_express_route_circuit_peering.${id}.id`),
    })),
  );
  outputs.push(block('output', [`${id}_service_key`], attrs({ description: `Service key of ${c.id} for the connectivity provider`, value: expr(`azurerm_express_route_circuit.${id}.service_key`), sensitive: true })));
}
