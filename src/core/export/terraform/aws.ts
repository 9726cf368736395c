/**
 * Terraform for AWS: a VPC, subnets and a transit gateway per region; TGW peering with
 * static routes; Site-to-Site VPN and Direct Connect to whatever lies outside AWS;
 * Route 53 failover/latency records and Global Accelerator for services.
 */
import type { Circuit, Region } from '../../model/schema.ts';
import { attr, attrs, blank, block, comment, expr, renderHcl, type HclBlock, type HclItem } from '../hcl.ts';
import { hclString } from '../escape.ts';
import {
  dnsOwner,
  linkAddresses,
  otherEnd,
  placementsOn,
  readme,
  realise,
  regionAsn,
  regionLabel,
  Variables,
  type ExportContext,
  type Notes,
} from './common.ts';

/** Provider version the export pins; the schemas in resources/provider-schemas match it. */
export const AWS_PROVIDER_VERSION = '~> 6.25';

/** Accelerators are managed through the us-west-2 endpoint whatever their listeners serve. */
const GA_ALIAS = 'global_accelerator';

/** Emits the files of terraform/aws/ for the design's AWS regions. */
export function emitAws(ctx: ExportContext): Record<string, string> {
  const regions = ctx.design.regions.filter((r) => r.provider === 'aws');
  const vars = new Variables();
  const notes: Notes = [];
  const main: HclItem[] = [];
  const outputs: HclBlock[] = [];
  const R = (r: Region | string) => ctx.regions.get(typeof r === 'string' ? r : r.id);
  const provider = (r: Region | string) => attr('provider', expr(`aws.${R(r)}`));
  const tags = (name: string, element: string) => attr('tags', { Name: name, 'netstudio:element': element });

  for (const r of regions) {
    const n = R(r);
    const addr = ctx.plan.regions.get(r.id);
    if (!addr) {
      notes.push(`${regionLabel(ctx, r.id)} has no address block (see the address plan problems) and was left out.`);
      continue;
    }
    if (!r.providerRegion) notes.push(`${regionLabel(ctx, r.id)} has no providerRegion; its provider uses the variable \`${n}_aws_region\`.`);
    vars.add(`${n}_cidr`, { type: 'string', description: `Address block of ${r.name}`, default: addr.cidr });
    vars.add(`${n}_transit_cidr`, { type: 'string', description: `Transit block of ${r.name} (TGW attachment subnets)`, default: addr.transitCidr });
    vars.add(`${n}_subnet_cidrs`, {
      type: 'map(string)',
      description: `Subnet per segment in ${r.name}`,
      default: Object.fromEntries(addr.subnets.map((s) => [ctx.segments.get(s.segmentId), s.cidr])),
    });
    const asn = regionAsn(r);
    vars.add(`${n}_asn`, { type: 'number', description: `Amazon-side ASN of the ${r.name} transit gateway`, default: asn.asn });

    main.push(comment(`${r.name} (${r.id})`));
    main.push(block('data', ['aws_availability_zones', n], [provider(r), attr('state', 'available')]));
    main.push(
      block('resource', ['aws_vpc', n], [
        provider(r),
        ...attrs({ cidr_block: expr(`var.${n}_cidr`), enable_dns_support: true, enable_dns_hostnames: true }),
        tags(r.name, r.id),
      ]),
    );
    for (const s of addr.subnets) {
      const sn = ctx.segments.get(s.segmentId);
      main.push(
        block('resource', ['aws_subnet', `${n}_${sn}`], [
          provider(r),
          ...attrs({ vpc_id: expr(`aws_vpc.${n}.id`), cidr_block: expr(`var.${n}_subnet_cidrs[${hclString(sn)}]`) }),
          tags(`${r.name} ${s.segmentId}`, s.segmentId),
        ]),
      );
    }
    // A TGW attachment takes one subnet per availability zone: two small ones from the transit block.
    const transitLen = Number(addr.transitCidr.split('/')[1]);
    const bits = Math.max(0, 28 - transitLen);
    for (const [i, az] of [0, 1].entries()) {
      main.push(
        block('resource', ['aws_subnet', `${n}_tgw_${az}`], [
          provider(r),
          ...attrs({
            vpc_id: expr(`aws_vpc.${n}.id`),
            cidr_block: expr(bits > 0 ? `cidrsubnet(var.${n}_transit_cidr, ${bits}, ${i})` : `var.${n}_transit_cidr`),
            availability_zone: expr(`data.aws_availability_zones.${n}.names[${i}]`),
          }),
          tags(`${r.name} TGW attachment ${i + 1}`, r.id),
        ]),
      );
      if (bits === 0) break;
    }
    main.push(
      block('resource', ['aws_ec2_transit_gateway', n], [
        provider(r),
        ...attrs({
          description: `${r.name} transit gateway`,
          amazon_side_asn: expr(`var.${n}_asn`),
          default_route_table_association: 'enable',
          default_route_table_propagation: 'enable',
          vpn_ecmp_support: 'enable',
        }),
        tags(`${r.name} TGW`, r.id),
      ]),
    );
    const tgwSubnets = bits > 0 ? [`aws_subnet.${n}_tgw_0.id`, `aws_subnet.${n}_tgw_1.id`] : [`aws_subnet.${n}_tgw_0.id`];
    main.push(
      block('resource', ['aws_ec2_transit_gateway_vpc_attachment', n], [
        provider(r),
        ...attrs({ transit_gateway_id: expr(`aws_ec2_transit_gateway.${n}.id`), vpc_id: expr(`aws_vpc.${n}.id`), subnet_ids: tgwSubnets.map(expr) }),
        tags(`${r.name} VPC attachment`, r.id),
      ]),
    );
    outputs.push(block('output', [`${n}_vpc_id`], [attrs({ description: `VPC of ${r.name}`, value: expr(`aws_vpc.${n}.id`) })].flat()));
    outputs.push(block('output', [`${n}_transit_gateway_id`], attrs({ description: `Transit gateway of ${r.name}`, value: expr(`aws_ec2_transit_gateway.${n}.id`) })));

    // Everything this region reaches directly goes to the TGW from the VPC's main route table.
    const seen = new Set<string>();
    for (const c of ctx.design.circuits) {
      if (c.from !== r.id && c.to !== r.id) continue;
      const peer = otherEnd(c, r.id);
      const peerAddr = ctx.plan.regions.get(peer);
      if (!peerAddr || seen.has(peer) || realise(ctx, c, 'aws') === 'none') continue;
      seen.add(peer);
      const pn = R(peer);
      const peerRegion = ctx.regionById.get(peer);
      const dest = peerRegion?.provider === 'aws' ? expr(`var.${pn}_cidr`) : vars.add(`${pn}_cidr`, { type: 'string', description: `Address block of ${peerRegion?.name ?? peer}`, default: peerAddr.cidr });
      main.push(
        block('resource', ['aws_route', `${n}_to_${pn}`], [
          provider(r),
          ...attrs({ route_table_id: expr(`aws_vpc.${n}.main_route_table_id`), destination_cidr_block: dest, transit_gateway_id: expr(`aws_ec2_transit_gateway.${n}.id`) }),
          attr('depends_on', [expr(`aws_ec2_transit_gateway_vpc_attachment.${n}`)]),
        ]),
      );
    }
  }

  const present = new Set(regions.filter((r) => ctx.plan.regions.has(r.id)).map((r) => r.id));
  for (const c of ctx.design.circuits) {
    const touches = [c.from, c.to].filter((id) => present.has(id));
    if (touches.length === 0) continue;
    const how = realise(ctx, c, 'aws');
    const cn = ctx.circuits.get(c.id);
    if (how === 'backbone') {
      if (touches.length === 2) emitPeering(ctx, c, main, vars);
    } else if (how === 'vpn') {
      for (const local of touches) emitVpn(ctx, c, local, main, vars, outputs);
    } else if (how === 'dedicated') {
      for (const local of touches) emitDirectConnect(ctx, c, local, main, vars, outputs);
      if (c.type !== 'direct-connect') notes.push(`Circuit ${c.id} (${c.type}) reaches AWS as Direct Connect.`);
    } else {
      notes.push(`Circuit ${c.id} (${c.type}, not encrypted) runs over the public internet: no AWS resources are created for it.`);
    }
    void cn;
  }

  const usesGa = emitServices(ctx, main, vars, outputs, notes, present);

  const providers: HclItem[] = [
    block('terraform', [], [
      attr('required_version', '>= 1.5.0'),
      block('required_providers', [], [attr('aws', { source: 'hashicorp/aws', version: AWS_PROVIDER_VERSION })]),
    ]),
  ];
  for (const r of regions) {
    if (!present.has(r.id)) continue;
    const n = R(r);
    const region = r.providerRegion ?? vars.add(`${n}_aws_region`, { type: 'string', description: `AWS region code of ${r.name}` });
    providers.push(
      block('provider', ['aws'], [
        ...attrs({ alias: n, region }),
        block('default_tags', [], [attr('tags', { ManagedBy: 'netstudio', Design: ctx.design.name })]),
      ]),
    );
  }
  if (usesGa) providers.push(block('provider', ['aws'], attrs({ alias: GA_ALIAS, region: 'us-west-2' })));

  return {
    'providers.tf': renderHcl(providers),
    'variables.tf': renderHcl(vars.list()),
    'main.tf': renderHcl(main),
    'outputs.tf': renderHcl(outputs),
    'README.md': readme(
      ctx,
      'AWS network',
      [
        `${present.size} region(s), each with a VPC, one subnet per segment, and a transit gateway attached to the VPC.`,
        'TGW peering (attachment + accepter) between AWS regions joined by a circuit, with static TGW routes both ways.',
        'Customer gateways and Site-to-Site VPNs on the transit gateway for IPsec circuits leaving AWS; Direct Connect gateways, associations and transit VIFs for private circuits.',
        'Route 53 health checks with failover (active-passive) or latency (active-active) records for services that fail over by DNS; Global Accelerator for anycast services.',
      ],
      [
        'Apply the other providers\' folders first when a circuit crosses clouds: their VPN gateway addresses are inputs here (`*_public_ip`).',
        '`terraform init && terraform apply` here. Peering accepters and routes depend on the attachments and are ordered by Terraform.',
        'Configure on-prem edges with the Ansible export; the VPN tunnel outside addresses are in the outputs (`*_tunnel1_address`).',
      ],
      vars,
      notes,
    ),
  };

  function emitServices(c2: ExportContext, out: HclItem[], v: Variables, o: HclBlock[], nt: Notes, here: Set<string>): boolean {
    let ga = false;
    for (const s of c2.design.services) {
      const mech = s.failover?.mechanism;
      if (mech !== 'dns' && mech !== 'anycast') continue;
      const onAws = placementsOn(c2, s, 'aws').filter((r) => here.has(r.id));
      if (onAws.length === 0) continue;
      const sn = c2.services.get(s.id);
      if (mech === 'dns' && dnsOwner(c2, s) === 'aws') {
        const zone = v.add('route53_zone_id', { type: 'string', description: 'Route 53 hosted zone for service records' });
        const record = v.add(`${sn}_record_name`, { type: 'string', description: `DNS name of ${s.name}, e.g. ${s.id}.example.com` });
        const interval = (s.failover?.healthCheckIntervalSeconds ?? 30) <= 10 ? 10 : 30;
        const activePassive = s.topology === 'active-passive' || s.topology === 'single';
        const primary = s.primary ?? onAws[0]!.id;
        out.push(comment(`${s.name} (${s.id}): DNS ${activePassive ? 'failover' : 'latency'} records`));
        for (const r of onAws) {
          const rn = R(r);
          const endpoint = v.add(`${sn}_${rn}_endpoint`, { type: 'string', description: `Host name of ${s.name} in ${r.name} (its load balancer)` });
          out.push(
            block('resource', ['aws_route53_health_check', `${sn}_${rn}`], [
              provider(onAws[0]!),
              ...attrs({ fqdn: endpoint, port: 443, type: 'HTTPS', resource_path: '/health', request_interval: interval, failure_threshold: s.failover?.failureThreshold ?? 3 }),
              tags(`${s.name} in ${r.name}`, s.id),
            ]),
          );
          const policy = activePassive
            ? block('failover_routing_policy', [], [attr('type', r.id === primary ? 'PRIMARY' : 'SECONDARY')])
            : block('latency_routing_policy', [], [attr('region', r.providerRegion ?? expr(`var.${rn}_aws_region`))]);
          out.push(
            block('resource', ['aws_route53_record', `${sn}_${rn}`], [
              provider(onAws[0]!),
              ...attrs({
                zone_id: zone,
                name: record,
                type: 'CNAME',
                ttl: s.failover?.dnsTtlSeconds ?? 60,
                records: [endpoint],
                set_identifier: r.id,
                health_check_id: expr(`aws_route53_health_check.${sn}_${rn}.id`),
              }),
              blank,
              policy,
            ]),
          );
        }
        if (activePassive && onAws.length > 2) nt.push(`${s.name}: Route 53 failover has one PRIMARY and one SECONDARY per name; ${onAws.length - 1} secondaries share the SECONDARY role.`);
      } else if (mech === 'anycast') {
        ga = true;
        const an = sn;
        out.push(comment(`${s.name} (${s.id}): anycast ingress through Global Accelerator`));
        out.push(
          block('resource', ['aws_globalaccelerator_accelerator', an], [
            attr('provider', expr(`aws.${GA_ALIAS}`)),
            ...attrs({ name: `ns-${an.replace(/_/g, '-')}`.slice(0, 64).replace(/-+$/, ''), ip_address_type: 'IPV4', enabled: true }),
            tags(s.name, s.id),
          ]),
        );
        out.push(
          block('resource', ['aws_globalaccelerator_listener', an], [
            attr('provider', expr(`aws.${GA_ALIAS}`)),
            ...attrs({ accelerator_arn: expr(`aws_globalaccelerator_accelerator.${an}.arn`), protocol: 'TCP', client_affinity: 'NONE' }),
            blank,
            block('port_range', [], attrs({ from_port: 443, to_port: 443 })),
          ]),
        );
        for (const r of onAws) {
          const rn = R(r);
          const arn = v.add(`${sn}_${rn}_endpoint_arn`, { type: 'string', description: `ARN of the load balancer serving ${s.name} in ${r.name}` });
          out.push(
            block('resource', ['aws_globalaccelerator_endpoint_group', `${an}_${rn}`], [
              attr('provider', expr(`aws.${GA_ALIAS}`)),
              ...attrs({
                listener_arn: expr(`aws_globalaccelerator_listener.${an}.arn`),
                endpoint_group_region: r.providerRegion ?? expr(`var.${rn}_aws_region`),
                health_check_interval_seconds: (s.failover?.healthCheckIntervalSeconds ?? 30) <= 10 ? 10 : 30,
                threshold_count: s.failover?.failureThreshold ?? 3,
              }),
              blank,
              block('endpoint_configuration', [], attrs({ endpoint_id: arn, weight: 100 })),
            ]),
          );
        }
        o.push(block('output', [`${an}_accelerator_dns_name`], attrs({ description: `Anycast DNS name of ${s.name}`, value: expr(`aws_globalaccelerator_accelerator.${an}.dns_name`) })));
        const off = s.placements.filter((p) => !onAws.some((r) => r.id === p));
        if (off.length) nt.push(`${s.name}: placements ${off.join(', ')} are outside AWS and are not endpoints of its accelerator.`);
      }
    }
    return ga;
  }
}

function emitPeering(ctx: ExportContext, c: Circuit, main: HclItem[], vars: Variables): void {
  const cn = ctx.circuits.get(c.id);
  const a = ctx.regionById.get(c.from)!;
  const b = ctx.regionById.get(c.to)!;
  const an = ctx.regions.get(a.id);
  const bn = ctx.regions.get(b.id);
  main.push(comment(`${c.name ?? c.id}: TGW peering ${a.id} -> ${b.id}`));
  main.push(
    block('resource', ['aws_ec2_transit_gateway_peering_attachment', cn], [
      attr('provider', expr(`aws.${an}`)),
      ...attrs({
        transit_gateway_id: expr(`aws_ec2_transit_gateway.${an}.id`),
        peer_transit_gateway_id: expr(`aws_ec2_transit_gateway.${bn}.id`),
        peer_region: b.providerRegion ?? vars.add(`${bn}_aws_region`, { type: 'string', description: `AWS region code of ${b.name}` }),
      }),
      attr('tags', { Name: c.name ?? c.id, 'netstudio:element': c.id }),
    ]),
  );
  main.push(
    block('resource', ['aws_ec2_transit_gateway_peering_attachment_accepter', cn], [
      attr('provider', expr(`aws.${bn}`)),
      attr('transit_gateway_attachment_id', expr(`aws_ec2_transit_gateway_peering_attachment.${cn}.id`)),
      attr('tags', { Name: c.name ?? c.id, 'netstudio:element': c.id }),
    ]),
  );
  // Peering attachments do not propagate routes: each side needs a static route to the other.
  for (const [local, remote] of [
    [an, bn],
    [bn, an],
  ] as const) {
    main.push(
      block('resource', ['aws_ec2_transit_gateway_route', `${cn}_${local}`], [
        attr('provider', expr(`aws.${local}`)),
        ...attrs({
          destination_cidr_block: expr(`var.${remote}_cidr`),
          transit_gateway_attachment_id: expr(`aws_ec2_transit_gateway_peering_attachment.${cn}.id`),
          transit_gateway_route_table_id: expr(`aws_ec2_transit_gateway.${local}.association_default_route_table_id`),
        }),
        attr('depends_on', [expr(`aws_ec2_transit_gateway_peering_attachment_accepter.${cn}`)]),
      ]),
    );
  }
}

function remoteInputs(ctx: ExportContext, c: Circuit, local: string, vars: Variables) {
  const remote = ctx.regionById.get(otherEnd(c, local));
  const rn = ctx.regions.get(remote?.id ?? otherEnd(c, local));
  const where = remote && remote.provider !== 'onprem' && remote.provider !== 'other' ? ` (from the ${remote.provider} export's outputs)` : '';
  const ip = vars.add(`${rn}_public_ip`, { type: 'string', description: `Public IP of the VPN endpoint at ${remote?.name ?? rn}${where}` });
  const asn = vars.add(`${rn}_asn`, { type: 'number', description: `BGP ASN of ${remote?.name ?? rn}`, default: remote ? regionAsn(remote).asn : 65000 });
  return { remote, rn, ip, asn };
}

function emitVpn(ctx: ExportContext, c: Circuit, local: string, main: HclItem[], vars: Variables, outputs: HclBlock[]): void {
  const ln = ctx.regions.get(local);
  const cn = ctx.circuits.get(c.id);
  const id = `${cn}_${ln}`;
  const { remote, rn, ip, asn } = remoteInputs(ctx, c, local, vars);
  const psk1 = vars.add(`${cn}_tunnel1_psk`, { type: 'string', description: `Pre-shared key of tunnel 1 of ${c.id}`, sensitive: true });
  const psk2 = vars.add(`${cn}_tunnel2_psk`, { type: 'string', description: `Pre-shared key of tunnel 2 of ${c.id}`, sensitive: true });
  const t1 = linkAddresses(ctx, c, local, 0);
  const t2 = linkAddresses(ctx, c, local, 1);
  main.push(comment(`${c.name ?? c.id}: Site-to-Site VPN from ${local} to ${remote?.id ?? rn}`));
  main.push(
    block('resource', ['aws_customer_gateway', id], [
      attr('provider', expr(`aws.${ln}`)),
      ...attrs({ bgp_asn: expr(`tostring(${asn.code})`), ip_address: ip, type: 'ipsec.1' }),
      attr('tags', { Name: `${remote?.name ?? rn} (${c.id})`, 'netstudio:element': c.id }),
    ]),
  );
  main.push(
    block('resource', ['aws_vpn_connection', id], [
      attr('provider', expr(`aws.${ln}`)),
      ...attrs({
        customer_gateway_id: expr(`aws_customer_gateway.${id}.id`),
        transit_gateway_id: expr(`aws_ec2_transit_gateway.${ln}.id`),
        type: 'ipsec.1',
        static_routes_only: false,
        tunnel1_inside_cidr: t1.cidr,
        tunnel2_inside_cidr: t2.cidr,
        tunnel1_preshared_key: psk1,
        tunnel2_preshared_key: psk2,
        tunnel1_ike_versions: ['ikev2'],
        tunnel2_ike_versions: ['ikev2'],
      }),
      attr('tags', { Name: c.name ?? c.id, 'netstudio:element': c.id }),
    ]),
  );
  outputs.push(block('output', [`${id}_tunnel1_address`], attrs({ description: `Outside address of tunnel 1 of ${c.id}`, value: expr(`aws_vpn_connection.${id}.tunnel1_address`) })));
  outputs.push(block('output', [`${id}_tunnel2_address`], attrs({ description: `Outside address of tunnel 2 of ${c.id}`, value: expr(`aws_vpn_connection.${id}.tunnel2_address`) })));
}

function emitDirectConnect(ctx: ExportContext, c: Circuit, local: string, main: HclItem[], vars: Variables, outputs: HclBlock[]): void {
  const ln = ctx.regions.get(local);
  const cn = ctx.circuits.get(c.id);
  const id = `${cn}_${ln}`;
  const { remote, rn, asn } = remoteInputs2(ctx, c, local, vars);
  const link = linkAddresses(ctx, c, local, 0);
  const connection = vars.add(`${cn}_dx_connection_id`, { type: 'string', description: `Direct Connect connection (dxcon-…) that carries ${c.id}, ordered from the location or partner` });
  const vlan = vars.add(`${cn}_vlan`, { type: 'number', description: `VLAN of the transit virtual interface of ${c.id}` });
  const auth = vars.add(`${cn}_bgp_auth_key`, { type: 'string', description: `BGP MD5 key of ${c.id}`, sensitive: true });
  main.push(comment(`${c.name ?? c.id}: Direct Connect from ${local} to ${remote?.id ?? rn}`));
  main.push(
    block('resource', ['aws_dx_gateway', id], [
      attr('provider', expr(`aws.${ln}`)),
      ...attrs({ name: `ns-${id.replace(/_/g, '-')}`.slice(0, 100), amazon_side_asn: expr(`tostring(var.${ln}_asn)`) }),
    ]),
  );
  main.push(
    block('resource', ['aws_dx_gateway_association', id], [
      attr('provider', expr(`aws.${ln}`)),
      ...attrs({
        dx_gateway_id: expr(`aws_dx_gateway.${id}.id`),
        associated_gateway_id: expr(`aws_ec2_transit_gateway.${ln}.id`),
        allowed_prefixes: [expr(`var.${ln}_cidr`)],
      }),
    ]),
  );
  main.push(
    block('resource', ['aws_dx_transit_virtual_interface', id], [
      attr('provider', expr(`aws.${ln}`)),
      ...attrs({
        connection_id: connection,
        dx_gateway_id: expr(`aws_dx_gateway.${id}.id`),
        name: c.name ?? c.id,
        vlan,
        address_family: 'ipv4',
        bgp_asn: asn,
        amazon_address: `${link.local}/30`,
        customer_address: `${link.peer}/30`,
        bgp_auth_key: auth,
      }),
      attr('tags', { Name: c.name ?? c.id, 'netstudio:element': c.id }),
    ]),
  );
  outputs.push(block('output', [`${id}_dx_gateway_id`], attrs({ description: `Direct Connect gateway of ${c.id}`, value: expr(`aws_dx_gateway.${id}.id`) })));
}

function remoteInputs2(ctx: ExportContext, c: Circuit, local: string, vars: Variables) {
  const remote = ctx.regionById.get(otherEnd(c, local));
  const rn = ctx.regions.get(remote?.id ?? otherEnd(c, local));
  const asn = vars.add(`${rn}_asn`, { type: 'number', description: `BGP ASN of ${remote?.name ?? rn}`, default: remote ? regionAsn(remote).asn : 65000 });
  return { remote, rn, asn };
}
