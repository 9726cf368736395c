/**
 * Per-platform tasks. BGP and segment filters use each collection's resource modules
 * (`*_bgp_global`, `*_bgp_address_family`, `*_acls`, `vyos_firewall_rules`); route
 * policy, IPsec and QoS have no resource modules in these collections and use the
 * platform's `*_config` module with explicit lines. Linux edges are configured through
 * templates (FRR, WireGuard, strongSwan, nftables). Every value is literal so
 * ansible-lint can check module arguments; secrets are vault variables.
 */
import type { Platform } from '../../model/schema.ts';
import { formatCidr, type Prefix } from '../ipam.ts';
import { commentText } from '../escape.ts';
import { tpl, type YamlValue } from '../yaml.ts';
import { netmask, wildcard, type AclRule, type Edge, type Neighbor } from './model.ts';

export type Task = { [key: string]: YamlValue | undefined };

export interface PlatformInfo {
  /** Inventory group of hosts on this platform. */
  group: string;
  networkOs?: string;
  connection: string;
  become?: boolean;
  /** Interface that faces the WAN/underlay: a default the user overrides in host_vars. */
  wanInterface: string;
}

export const PLATFORMS: Record<Platform, PlatformInfo> = {
  'cisco.ios': { group: 'platform_cisco_ios', networkOs: 'cisco.ios.ios', connection: 'ansible.netcommon.network_cli', become: true, wanInterface: 'GigabitEthernet0/0' },
  'cisco.iosxr': { group: 'platform_cisco_iosxr', networkOs: 'cisco.iosxr.iosxr', connection: 'ansible.netcommon.network_cli', wanInterface: 'GigabitEthernet0/0/0/0' },
  'cisco.nxos': { group: 'platform_cisco_nxos', networkOs: 'cisco.nxos.nxos', connection: 'ansible.netcommon.network_cli', wanInterface: 'Ethernet1/1' },
  'junipernetworks.junos': { group: 'platform_junos', networkOs: 'junipernetworks.junos.junos', connection: 'ansible.netcommon.netconf', wanInterface: 'ge-0/0/0.0' },
  'vyos.vyos': { group: 'platform_vyos', networkOs: 'vyos.vyos.vyos', connection: 'ansible.netcommon.network_cli', wanInterface: 'eth0' },
  'arista.eos': { group: 'platform_arista_eos', networkOs: 'arista.eos.eos', connection: 'ansible.netcommon.network_cli', become: true, wanInterface: 'Ethernet1' },
  linux: { group: 'platform_linux', connection: 'ssh', become: true, wanInterface: 'eth0' },
};

const cidr = (p: Prefix) => formatCidr(p);
const WAN = '{{ wan_interface }}';

function cfgModule(p: Platform): string {
  switch (p) {
    case 'cisco.ios':
      return 'cisco.ios.ios_config';
    case 'cisco.iosxr':
      return 'cisco.iosxr.iosxr_config';
    case 'cisco.nxos':
      return 'cisco.nxos.nxos_config';
    case 'junipernetworks.junos':
      return 'junipernetworks.junos.junos_config';
    case 'vyos.vyos':
      return 'vyos.vyos.vyos_config';
    case 'arista.eos':
      return 'arista.eos.eos_config';
    default:
      return 'ansible.builtin.template';
  }
}

/** A `*_config` task: `lines` under optional `parents`. */
function cfg(p: Platform, name: string, lines: string[], parents?: string[], secretTask = false): Task {
  // Lines are written by the exporter from ids, numbers and addresses; the only Jinja in
  // them is the exporter's own variable references, which Ansible must evaluate.
  const t = (x: string) => (x.includes('{{') ? tpl(x) : x);
  return {
    name,
    [cfgModule(p)]: parents ? { lines: lines.map(t), parents: parents.map(t) } : { lines: lines.map(t) },
    no_log: secretTask ? true : undefined,
  };
}

function prepend(asn: number, n: number | undefined): string {
  return Array.from({ length: n ?? 0 }, () => String(asn)).join(' ');
}

/** Route maps / policies carrying a circuit's local-pref, MED and prepends (Cisco-style syntax). */
function ciscoRouteMaps(p: Platform, e: Edge): Task[] {
  const out: Task[] = [];
  for (const n of uniquePolicies(e.neighbors)) {
    if (n.routeMapIn) out.push(cfg(p, `Route map ${n.routeMapIn}`, [`set local-preference ${n.localPref}`], [`route-map ${n.routeMapIn} permit 10`]));
    if (n.routeMapOut) {
      const lines: string[] = [];
      if (n.med !== undefined) lines.push(`set metric ${n.med}`);
      if (n.asPathPrepend) lines.push(`set as-path prepend ${prepend(e.asn, n.asPathPrepend)}`);
      out.push(cfg(p, `Route map ${n.routeMapOut}`, lines, [`route-map ${n.routeMapOut} permit 10`]));
    }
  }
  return out;
}

function uniquePolicies(ns: Neighbor[]): Neighbor[] {
  const seen = new Set<string>();
  return ns.filter((n) => (seen.has(n.circuitId) ? false : (seen.add(n.circuitId), true)));
}

/** Device descriptions take a plain line: design text is reduced to a safe character set. */
export function deviceText(text: string): string {
  return commentText(text).replace(/[^A-Za-z0-9 ()._,:/+-]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}

const describe = (n: Neighbor) => deviceText(`${n.peerName} (${n.circuitId})`);

/** BGP tasks for one edge. */
export function bgpTasks(e: Edge): Task[] {
  const p = e.platform;
  const asn = String(e.asn);
  switch (p) {
    case 'cisco.ios':
      return [
        ...ciscoRouteMaps(p, e),
        {
          name: 'BGP process and neighbours',
          'cisco.ios.ios_bgp_global': {
            config: {
              as_number: asn,
              bgp: { log_neighbor_changes: true },
              neighbors: e.neighbors.map((n) => ({ neighbor_address: n.address, remote_as: String(n.remoteAs), description: describe(n) })),
            },
            state: 'merged',
          },
        },
        {
          name: 'BGP IPv4 unicast: announced prefixes and route maps',
          'cisco.ios.ios_bgp_address_family': {
            config: {
              as_number: asn,
              address_family: [
                {
                  afi: 'ipv4',
                  safi: 'unicast',
                  networks: e.prefixes.map((x) => {
                    const [address, len] = x.split('/');
                    return { address: address!, mask: netmask({ base: 0, length: Number(len) }) };
                  }),
                  neighbors: e.neighbors.map((n) => ({
                    neighbor_address: n.address,
                    activate: true,
                    route_maps:
                      n.routeMapIn || n.routeMapOut
                        ? [...(n.routeMapIn ? [{ name: n.routeMapIn, in: true }] : []), ...(n.routeMapOut ? [{ name: n.routeMapOut, out: true }] : [])]
                        : undefined,
                  })),
                },
              ],
            },
            state: 'merged',
          },
        },
        ...staticDiscard(p, e),
      ];
    case 'arista.eos':
      return [
        ...ciscoRouteMaps(p, e),
        {
          name: 'BGP process and neighbours',
          'arista.eos.eos_bgp_global': {
            config: {
              as_number: asn,
              neighbor: e.neighbors.map((n) => ({ neighbor_address: n.address, remote_as: String(n.remoteAs), description: describe(n) })),
            },
            state: 'merged',
          },
        },
        {
          name: 'BGP IPv4 unicast: announced prefixes',
          'arista.eos.eos_bgp_address_family': {
            config: {
              as_number: asn,
              address_family: [{ afi: 'ipv4', network: e.prefixes.map((x) => ({ address: x })), neighbor: e.neighbors.map((n) => ({ peer: n.address, activate: true })) }],
            },
            state: 'merged',
          },
        },
        ...bindCisco(p, e, (n, dir, rm) => `neighbor ${n.address} route-map ${rm} ${dir}`, [`router bgp ${asn}`]),
        ...staticDiscard(p, e),
      ];
    case 'cisco.nxos':
      return [
        ...ciscoRouteMaps(p, e),
        {
          name: 'BGP process and neighbours',
          'cisco.nxos.nxos_bgp_global': {
            config: { as_number: asn, neighbors: e.neighbors.map((n) => ({ neighbor_address: n.address, remote_as: String(n.remoteAs), description: describe(n) })) },
            state: 'merged',
          },
        },
        cfg(p, 'BGP IPv4 unicast: announced prefixes', e.prefixes.map((x) => `network ${x}`), [`router bgp ${asn}`, 'address-family ipv4 unicast']),
        ...e.neighbors.map((n) =>
          cfg(
            p,
            `BGP IPv4 unicast for neighbour ${n.address}`,
            [...(n.routeMapIn ? [`route-map ${n.routeMapIn} in`] : []), ...(n.routeMapOut ? [`route-map ${n.routeMapOut} out`] : [])],
            [`router bgp ${asn}`, `neighbor ${n.address}`, 'address-family ipv4 unicast'],
          ),
        ),
        ...staticDiscard(p, e),
      ];
    case 'cisco.iosxr': {
      const tasks: Task[] = [cfg(p, 'Route policy NS-PASS', ['pass', 'end-policy'], ['route-policy NS-PASS'])];
      for (const n of uniquePolicies(e.neighbors)) {
        if (n.routeMapIn) tasks.push(cfg(p, `Route policy ${n.routeMapIn}`, [`set local-preference ${n.localPref}`, 'pass', 'end-policy'], [`route-policy ${n.routeMapIn}`]));
        if (n.routeMapOut) {
          const lines: string[] = [];
          if (n.med !== undefined) lines.push(`set med ${n.med}`);
          if (n.asPathPrepend) lines.push(`prepend as-path ${e.asn} ${n.asPathPrepend}`);
          tasks.push(cfg(p, `Route policy ${n.routeMapOut}`, [...lines, 'pass', 'end-policy'], [`route-policy ${n.routeMapOut}`]));
        }
      }
      tasks.push({
        name: 'BGP process and neighbours',
        'cisco.iosxr.iosxr_bgp_global': {
          config: { as_number: asn, neighbors: e.neighbors.map((n) => ({ neighbor_address: n.address, remote_as: n.remoteAs, description: describe(n) })) },
          state: 'merged',
        },
      });
      tasks.push(cfg(p, 'BGP IPv4 unicast: announced prefixes', e.prefixes.map((x) => `network ${x}`), [`router bgp ${asn}`, 'address-family ipv4 unicast']));
      for (const n of e.neighbors) {
        // IOS-XR drops eBGP routes without a policy, so every neighbour gets one each way.
        tasks.push(
          cfg(p, `BGP IPv4 unicast for neighbour ${n.address}`, [`route-policy ${n.routeMapIn ?? 'NS-PASS'} in`, `route-policy ${n.routeMapOut ?? 'NS-PASS'} out`], [
            `router bgp ${asn}`,
            `neighbor ${n.address}`,
            'address-family ipv4 unicast',
          ]),
        );
      }
      return [...tasks, ...staticDiscard(p, e)];
    }
    case 'junipernetworks.junos': {
      const announce = e.prefixes.flatMap((x) => [`set policy-options policy-statement NS-ANNOUNCE term site from route-filter ${x} exact`]);
      const lines = [...announce, 'set policy-options policy-statement NS-ANNOUNCE term site then accept', ...e.prefixes.map((x) => `set routing-options static route ${x} discard`)];
      for (const n of uniquePolicies(e.neighbors)) {
        if (n.routeMapIn) lines.push(`set policy-options policy-statement ${n.routeMapIn} then local-preference ${n.localPref}`, `set policy-options policy-statement ${n.routeMapIn} then accept`);
        if (n.routeMapOut) {
          for (const x of e.prefixes) lines.push(`set policy-options policy-statement ${n.routeMapOut} term site from route-filter ${x} exact`);
          if (n.med !== undefined) lines.push(`set policy-options policy-statement ${n.routeMapOut} term site then metric ${n.med}`);
          if (n.asPathPrepend) lines.push(`set policy-options policy-statement ${n.routeMapOut} term site then as-path-prepend "${prepend(e.asn, n.asPathPrepend)}"`);
          lines.push(`set policy-options policy-statement ${n.routeMapOut} term site then accept`);
        }
      }
      return [
        cfg(p, 'Announced prefixes and route policies', lines),
        {
          name: 'BGP process and neighbours',
          'junipernetworks.junos.junos_bgp_global': {
            config: {
              as_number: asn,
              groups: [
                {
                  name: 'NS-EBGP',
                  type: 'external',
                  export: 'NS-ANNOUNCE',
                  neighbors: e.neighbors.map((n) => ({
                    neighbor_address: n.address,
                    peer_as: String(n.remoteAs),
                    description: describe(n),
                    import: n.routeMapIn ? [n.routeMapIn] : undefined,
                    export: n.routeMapOut,
                  })),
                },
              ],
            },
            state: 'merged',
          },
        },
      ];
    }
    case 'vyos.vyos': {
      const withPolicy = e.neighbors.filter((n) => n.routeMapIn || n.routeMapOut);
      const lines: string[] = [];
      for (const n of uniquePolicies(e.neighbors)) {
        if (n.routeMapIn) lines.push(`set policy route-map ${n.routeMapIn} rule 10 action permit`, `set policy route-map ${n.routeMapIn} rule 10 set local-preference ${n.localPref}`);
        if (n.routeMapOut) {
          lines.push(`set policy route-map ${n.routeMapOut} rule 10 action permit`);
          if (n.med !== undefined) lines.push(`set policy route-map ${n.routeMapOut} rule 10 set metric ${n.med}`);
          if (n.asPathPrepend) lines.push(`set policy route-map ${n.routeMapOut} rule 10 set as-path prepend '${prepend(e.asn, n.asPathPrepend)}'`);
        }
      }
      lines.push(...e.prefixes.map((x) => `set protocols static route ${x} blackhole`));
      return [
        cfg(p, 'Route maps and discard routes for announced prefixes', lines),
        {
          name: 'BGP process and neighbours',
          'vyos.vyos.vyos_bgp_global': {
            config: { as_number: e.asn, neighbor: e.neighbors.map((n) => ({ address: n.address, remote_as: n.remoteAs, description: describe(n) })) },
            state: 'merged',
          },
        },
        {
          name: 'BGP IPv4 unicast: announced prefixes and route maps',
          'vyos.vyos.vyos_bgp_address_family': {
            config: {
              as_number: e.asn,
              address_family: [{ afi: 'ipv4', networks: e.prefixes.map((x) => ({ prefix: x })) }],
              neighbors: withPolicy.length === 0 ? undefined : withPolicy.map((n) => ({
                  neighbor_address: n.address,
                  address_family: [
                    {
                      afi: 'ipv4',
                      route_map: [
                        ...(n.routeMapIn ? [{ action: 'import', route_map: n.routeMapIn }] : []),
                        ...(n.routeMapOut ? [{ action: 'export', route_map: n.routeMapOut }] : []),
                      ],
                    },
                  ],
                })),
            },
            state: 'merged',
          },
        },
      ];
    }
    case 'linux':
      return [
        linuxTemplate('FRR configuration (BGP)', 'frr.conf.j2', '/etc/frr/frr.conf', 'frr', 'Reload FRR'),
      ];
  }
}

function bindCisco(p: Platform, e: Edge, line: (n: Neighbor, dir: 'in' | 'out', rm: string) => string, parents: string[]): Task[] {
  const lines: string[] = [];
  for (const n of e.neighbors) {
    if (n.routeMapIn) lines.push(line(n, 'in', n.routeMapIn));
    if (n.routeMapOut) lines.push(line(n, 'out', n.routeMapOut));
  }
  return lines.length ? [cfg(p, 'Route maps on BGP neighbours', lines, parents)] : [];
}

/** A static discard route per announced prefix so BGP `network` statements always match. */
function staticDiscard(p: Platform, e: Edge): Task[] {
  const lines = e.prefixes.map((x) => {
    const [a, l] = x.split('/');
    if (p === 'cisco.ios') return `ip route ${a} ${netmask({ base: 0, length: Number(l) })} Null0`;
    if (p === 'cisco.iosxr') return `${x} Null0`;
    return `ip route ${x} Null0`;
  });
  return [cfg(p, 'Discard routes for announced prefixes', lines, p === 'cisco.iosxr' ? ['router static', 'address-family ipv4 unicast'] : undefined)];
}

function linuxTemplate(name: string, src: string, dest: string, group: string, notify?: string, secretTask = false): Task {
  return {
    name,
    'ansible.builtin.template': { src, dest, owner: 'root', group, mode: '0640' },
    notify,
    no_log: secretTask ? true : undefined,
  };
}

const IPSEC = "vpn_tunnels | selectattr('kind', 'equalto', 'ipsec') | list";
const WIREGUARD = "vpn_tunnels | selectattr('kind', 'equalto', 'wireguard') | list";
const HAS_IPSEC = `${IPSEC} | length > 0`;
const T = 'NS-T{{ item.index }}';
const EP = '{{ vpn_peer_endpoints[item.endpoint_key] }}';
const PSK = "{{ lookup('ansible.builtin.vars', item.secret_var) }}";

/** Adds `when`, a loop over the device's IPsec tunnels (from host_vars) and `no_log` to a task. */
function perTunnel(task: Task, secretTask = false): Task {
  return { ...task, loop: tpl(`{{ ${IPSEC} }}`), loop_control: { label: tpl('{{ item.interface }}') }, no_log: secretTask ? true : undefined };
}

function whenIpsec(task: Task): Task {
  return { ...task, when: HAS_IPSEC };
}

/**
 * IPsec (routers) and WireGuard (Linux) tasks for every device of a platform. The tunnels
 * of each device (interface, inside address, peer endpoint key, vault variable of its key)
 * are in its host_vars; the tasks loop over them. Secrets are read from the vault
 * variable each tunnel names and never logged.
 */
export function vpnTasks(p: Platform): Task[] {
  switch (p) {
    case 'linux':
      return [
        {
          name: 'IPsec connections (strongSwan)',
          'ansible.builtin.template': { src: 'swanctl.conf.j2', dest: '/etc/swanctl/conf.d/netstudio.conf', owner: 'root', group: 'root', mode: '0640' },
          when: HAS_IPSEC,
          notify: 'Reload strongSwan',
          no_log: true,
        },
        {
          name: 'WireGuard interfaces',
          'ansible.builtin.template': { src: 'wireguard.conf.j2', dest: tpl('/etc/wireguard/{{ item.interface }}.conf'), owner: 'root', group: 'root', mode: '0640' },
          loop: tpl(`{{ ${WIREGUARD} }}`),
          loop_control: { label: tpl('{{ item.interface }}') },
          no_log: true,
        },
        {
          name: 'WireGuard interfaces are up at boot',
          'ansible.builtin.systemd_service': { name: tpl('wg-quick@{{ item.interface }}'), enabled: true, state: 'started' },
          loop: tpl(`{{ ${WIREGUARD} }}`),
          loop_control: { label: tpl('{{ item.interface }}') },
        },
      ];
    case 'cisco.ios':
      return [
        whenIpsec(cfg(p, 'IKEv2 proposal', ['encryption aes-cbc-256', 'integrity sha256', 'group 19'], ['crypto ikev2 proposal NS-IKEV2'])),
        whenIpsec(cfg(p, 'IKEv2 policy', ['proposal NS-IKEV2'], ['crypto ikev2 policy NS-IKEV2'])),
        whenIpsec(cfg(p, 'IPsec transform set', ['mode tunnel'], ['crypto ipsec transform-set NS-ESP esp-gcm 256'])),
        perTunnel(cfg(p, 'IKEv2 keyrings', [`address ${EP}`, `pre-shared-key ${PSK}`], [`crypto ikev2 keyring ${T}`, `peer ${T}`]), true),
        perTunnel(cfg(p, 'IKEv2 profiles', [`match identity remote address ${EP} 255.255.255.255`, 'authentication remote pre-share', 'authentication local pre-share', `keyring local ${T}`], [`crypto ikev2 profile ${T}`])),
        perTunnel(cfg(p, 'IPsec profiles', ['set transform-set NS-ESP', `set ikev2-profile ${T}`], [`crypto ipsec profile ${T}`])),
        perTunnel(
          cfg(
            p,
            'Tunnel interfaces',
            ['ip address {{ item.local_address }} 255.255.255.252', `tunnel source ${WAN}`, 'tunnel mode ipsec ipv4', `tunnel destination ${EP}`, `tunnel protection ipsec profile ${T}`],
            ['interface {{ item.interface }}'],
          ),
        ),
      ];
    case 'arista.eos':
      return [
        whenIpsec(cfg(p, 'IKE policy', ['encryption aes256', 'dh-group 19'], ['ip security', 'ike policy NS-IKE'])),
        whenIpsec(cfg(p, 'IPsec SA policy', ['esp encryption aes256gcm128', 'pfs dh-group 19'], ['ip security', 'sa policy NS-SA'])),
        perTunnel(cfg(p, 'IPsec profiles', ['ike-policy NS-IKE', 'sa-policy NS-SA', 'connection start', `shared-key ${PSK}`], ['ip security', `profile ${T}`]), true),
        perTunnel(
          cfg(p, 'Tunnel interfaces', ['ip address {{ item.local_address }}/30', 'tunnel mode ipsec', `tunnel source interface ${WAN}`, `tunnel destination ${EP}`, `tunnel ipsec profile ${T}`], ['interface {{ item.interface }}']),
        ),
      ];
    case 'junipernetworks.junos':
      return [
        whenIpsec(
          cfg(p, 'IKE and IPsec proposals', [
            'set security ike proposal NS-IKE authentication-method pre-shared-keys',
            'set security ike proposal NS-IKE dh-group group19',
            'set security ike proposal NS-IKE authentication-algorithm sha-256',
            'set security ike proposal NS-IKE encryption-algorithm aes-256-cbc',
            'set security ipsec proposal NS-ESP protocol esp',
            'set security ipsec proposal NS-ESP encryption-algorithm aes-256-gcm',
            'set security ipsec policy NS-ESP proposals NS-ESP',
          ]),
        ),
        perTunnel(
          cfg(p, 'IPsec tunnels', [
            `set security ike policy ${T} proposals NS-IKE`,
            `set security ike policy ${T} pre-shared-key ascii-text "${PSK}"`,
            `set security ike gateway ${T} ike-policy ${T}`,
            `set security ike gateway ${T} address ${EP}`,
            `set security ike gateway ${T} external-interface ${WAN}`,
            `set security ike gateway ${T} version v2-only`,
            'set interfaces st0 unit {{ item.index }} family inet address {{ item.local_address }}/30',
            `set security ipsec vpn ${T} bind-interface {{ item.interface }}`,
            `set security ipsec vpn ${T} ike gateway ${T}`,
            `set security ipsec vpn ${T} ike ipsec-policy NS-ESP`,
            `set security ipsec vpn ${T} establish-tunnels immediately`,
          ]),
          true,
        ),
      ];
    case 'vyos.vyos':
      return [
        whenIpsec(
          cfg(p, 'IKE and ESP groups', [
            `set vpn ipsec interface ${WAN}`,
            'set vpn ipsec ike-group NS-IKE key-exchange ikev2',
            'set vpn ipsec ike-group NS-IKE proposal 1 encryption aes256',
            'set vpn ipsec ike-group NS-IKE proposal 1 hash sha256',
            'set vpn ipsec ike-group NS-IKE proposal 1 dh-group 19',
            'set vpn ipsec esp-group NS-ESP proposal 1 encryption aes256gcm128',
            'set vpn ipsec esp-group NS-ESP pfs dh-group19',
          ]),
        ),
        perTunnel(
          cfg(p, 'IPsec peers', [
            'set interfaces vti {{ item.interface }} address {{ item.local_address }}/30',
            `set vpn ipsec authentication psk ${T} id ${EP}`,
            `set vpn ipsec authentication psk ${T} secret ${PSK}`,
            `set vpn ipsec site-to-site peer ${T} remote-address ${EP}`,
            `set vpn ipsec site-to-site peer ${T} local-address any`,
            `set vpn ipsec site-to-site peer ${T} authentication mode pre-shared-secret`,
            `set vpn ipsec site-to-site peer ${T} ike-group NS-IKE`,
            `set vpn ipsec site-to-site peer ${T} default-esp-group NS-ESP`,
            `set vpn ipsec site-to-site peer ${T} vti bind {{ item.interface }}`,
          ]),
          true,
        ),
      ];
    default:
      // NX-OS and IOS-XR edges do not terminate route-based IPsec (see the README notes).
      return [];
  }
}

function portText(r: AclRule): string[] {
  if (r.ports.length === 0) return [''];
  return r.ports.map((x) => ('eq' in x ? ` eq ${x.eq}` : ` range ${x.start} ${x.end}`));
}

/**
 * Object groups (prefix lists, network groups) of the segments the filters refer to:
 * the same on every device of a platform, so written once per platform group rather than
 * once per host. Empty for platforms whose ACL module has no groups (EOS) and for Linux.
 */
export function segmentGroupTasks(p: Platform, groups: Map<string, Prefix[]>): Task[] {
  if (groups.size === 0) return [];
  const all = [...groups];
  switch (p) {
    case 'cisco.ios':
      return all.map(([g, nets]) => cfg(p, `Object group ${g}`, nets.map((n) => `${addressOf(n)} ${netmask(n)}`), [`object-group network ${g}`]));
    case 'junipernetworks.junos':
      return [cfg(p, 'Prefix lists of segments', all.flatMap(([g, nets]) => nets.map((n) => `set policy-options prefix-list ${g} ${cidr(n)}`)))];
    case 'vyos.vyos':
      return [cfg(p, 'Network groups of segments', all.flatMap(([g, nets]) => nets.map((n) => `set firewall group network-group ${g} network ${cidr(n)}`)))];
    case 'cisco.iosxr':
      return all.map(([g, nets]) => cfg(p, `Object group ${g}`, nets.map((n) => cidr(n)), [`object-group network ipv4 ${g}`]));
    case 'cisco.nxos':
      return all.map(([g, nets]) => cfg(p, `Object group ${g}`, nets.map((n, i) => `${(i + 1) * 10} ${cidr(n)}`), [`object-group ip address ${g}`]));
    default:
      return [];
  }
}

type Port = AclRule['ports'][number] | undefined;
const portsOrNone = (r: AclRule): Port[] => (r.ports.length ? r.ports : [undefined]);

/**
 * Segment filters for one edge: an object group (prefix list, network group) per target
 * segment holding its subnets in every region, and one ACL per local segment that permits
 * the design's allowed flows, denies the rest of the internal supernet and permits the
 * remainder (internet). Applied inbound on the segment's interface.
 */
export function aclTasks(e: Edge, supernet: Prefix): Task[] {
  const p = e.platform;
  if (e.filters.length === 0) return [];
  switch (p) {
    case 'cisco.ios':
      return [
        {
          name: 'Segment ACLs',
          'cisco.ios.ios_acls': {
            config: [
              {
                afi: 'ipv4',
                acls: e.filters.map((f) => {
                  const aces: YamlValue[] = [];
                  let seq = 10;
                  for (const r of f.permits) {
                    for (const port of portsOrNone(r)) {
                      aces.push({
                        sequence: seq,
                        grant: 'permit',
                        protocol: r.protocol,
                        source: { address: addressOf(r.source), wildcard_bits: wildcard(r.source) },
                        destination: {
                          object_group: r.groupName,
                          port_protocol: port ? ('eq' in port ? { eq: String(port.eq) } : { range: { start: port.start, end: port.end } }) : undefined,
                        },
                      });
                      seq += 10;
                    }
                  }
                  aces.push({ sequence: seq, grant: 'deny', protocol: 'ip', source: { address: addressOf(f.subnet), wildcard_bits: wildcard(f.subnet) }, destination: { address: addressOf(supernet), wildcard_bits: wildcard(supernet) } });
                  aces.push({ sequence: seq + 10, grant: 'permit', protocol: 'ip', source: { any: true }, destination: { any: true } });
                  return { name: f.aclName, acl_type: 'extended', aces };
                }),
              },
            ],
            state: 'merged',
          },
        },
      ];
    case 'arista.eos':
      // eos_acls has no object groups: one entry per destination subnet.
      return [
        {
          name: 'Segment ACLs',
          'arista.eos.eos_acls': {
            config: [
              {
                afi: 'ipv4',
                acls: e.filters.map((f) => {
                  const aces: YamlValue[] = [];
                  let seq = 10;
                  for (const r of f.permits) {
                    // EOS takes several ports after one `eq`; ranges stay one entry each.
                    const eq = r.ports.filter((x): x is { eq: number } => 'eq' in x).map((x) => String(x.eq));
                    const matches: (YamlValue | undefined)[] = [
                      ...(eq.length ? [{ eq: eq.join(' ') }] : []),
                      ...r.ports.filter((x): x is { start: number; end: number } => 'start' in x).map((x) => ({ range: `${x.start} ${x.end}` })),
                    ];
                    for (const dst of r.destinations) {
                      for (const port_protocol of matches.length ? matches : [undefined]) {
                        aces.push({
                          sequence: seq,
                          grant: 'permit',
                          protocol: r.protocol,
                          source: { subnet_address: cidr(r.source) },
                          destination: { subnet_address: cidr(dst), port_protocol },
                        });
                        seq += 10;
                      }
                    }
                  }
                  aces.push({ sequence: seq, grant: 'deny', protocol: 'ip', source: { subnet_address: cidr(f.subnet) }, destination: { subnet_address: cidr(supernet) } });
                  aces.push({ sequence: seq + 10, grant: 'permit', protocol: 'ip', source: { any: true }, destination: { any: true } });
                  return { name: f.aclName, aces };
                }),
              },
            ],
            state: 'merged',
          },
        },
      ];
    case 'junipernetworks.junos':
      return [
        {
          name: 'Segment firewall filters',
          'junipernetworks.junos.junos_acls': {
            config: [
              {
                afi: 'ipv4',
                acls: e.filters.map((f) => {
                  const aces: YamlValue[] = [];
                  let i = 1;
                  for (const r of f.permits) {
                    for (const port of portsOrNone(r)) {
                      aces.push({
                        name: `permit-${i++}`,
                        grant: 'permit',
                        protocol: r.protocol === 'ip' ? undefined : r.protocol,
                        source: { address: cidr(r.source) },
                        destination: {
                          prefix_list: [{ name: r.groupName }],
                          port_protocol: port ? ('eq' in port ? { eq: String(port.eq) } : { range: { start: port.start, end: port.end } }) : undefined,
                        },
                      });
                    }
                  }
                  aces.push({ name: 'deny-internal', grant: 'deny', source: { address: cidr(f.subnet) }, destination: { address: cidr(supernet) } });
                  aces.push({ name: 'permit-rest', grant: 'permit' });
                  return { name: f.aclName, aces };
                }),
              },
            ],
            state: 'merged',
          },
        },
      ];
    case 'vyos.vyos':
      return [
        {
          name: 'Segment firewall rule sets',
          'vyos.vyos.vyos_firewall_rules': {
            config: [
              {
                afi: 'ipv4',
                rule_sets: e.filters.map((f) => {
                  const rules: YamlValue[] = [];
                  let number = 10;
                  for (const r of f.permits) {
                    rules.push({
                      number,
                      action: 'accept',
                      description: r.remark,
                      protocol: r.protocol === 'ip' ? 'all' : r.protocol,
                      source: { address: cidr(r.source) },
                      destination: { group: { network_group: r.groupName }, port: r.ports.length ? r.ports.map((x) => ('eq' in x ? String(x.eq) : `${x.start}-${x.end}`)).join(',') : undefined },
                    });
                    number += 10;
                  }
                  rules.push({ number, action: 'drop', description: 'other internal destinations', source: { address: cidr(f.subnet) }, destination: { address: cidr(supernet) } });
                  return { name: f.aclName, description: `Segment ${f.segmentId}`, default_action: 'accept', rules };
                }),
              },
            ],
            state: 'merged',
          },
        },
      ];
    case 'cisco.nxos':
    case 'cisco.iosxr': {
      const xr = p === 'cisco.iosxr';
      const ipWord = xr ? 'ipv4' : 'ip';
      return [
        ...e.filters.map((f) => {
          const lines: string[] = [];
          let seq = 10;
          for (const r of f.permits) {
            for (const port of portText(r)) {
              lines.push(`${seq} permit ${r.protocol === 'ip' ? ipWord : r.protocol} ${cidr(r.source)} ${xr ? 'net-group' : 'addrgroup'} ${r.groupName}${port}`);
              seq += 10;
            }
          }
          lines.push(`${seq} deny ${ipWord} ${cidr(f.subnet)} ${cidr(supernet)}`, `${seq + 10} permit ${ipWord} any any`);
          return cfg(p, `Segment ACL ${f.aclName}`, lines, [xr ? `ipv4 access-list ${f.aclName}` : `ip access-list ${f.aclName}`]);
        }),
      ];
    }
    case 'linux':
      return [linuxTemplate('Segment filters with nftables', 'nftables-segments.nft.j2', '/etc/nftables.d/netstudio-segments.nft', 'root', 'Reload nftables')];
  }
}

function addressOf(p: Prefix): string {
  return cidr(p).split('/')[0]!;
}

/**
 * QoS for the three traffic classes: realtime (EF, priority), interactive (AF41), bulk
 * (CS1). The same tasks serve every device of a platform; each device's shares come from
 * its host_vars (`qos_classes`).
 */
export function qosTasks(p: Platform): Task[] {
  const q = { realtimePercent: '{{ qos_classes.realtime.percent }}', interactivePercent: '{{ qos_classes.interactive.percent }}', bulkPercent: '{{ qos_classes.bulk.percent }}' };
  switch (p) {
    case 'cisco.ios':
      return [
        cfg(p, 'Class map for realtime traffic', ['match dscp ef'], ['class-map match-any NS-REALTIME']),
        cfg(p, 'Class map for interactive traffic', ['match dscp af41'], ['class-map match-any NS-INTERACTIVE']),
        cfg(p, 'Class map for bulk traffic', ['match dscp cs1'], ['class-map match-any NS-BULK']),
        cfg(p, 'Realtime class: priority queue', [`priority percent ${q.realtimePercent}`], ['policy-map NS-WAN-EDGE', 'class NS-REALTIME']),
        cfg(p, 'Interactive class: guaranteed bandwidth', [`bandwidth remaining percent ${q.interactivePercent}`], ['policy-map NS-WAN-EDGE', 'class NS-INTERACTIVE']),
        cfg(p, 'Bulk class: guaranteed bandwidth', [`bandwidth remaining percent ${q.bulkPercent}`], ['policy-map NS-WAN-EDGE', 'class NS-BULK']),
        cfg(p, 'Default class: fair queueing', ['fair-queue'], ['policy-map NS-WAN-EDGE', 'class class-default']),
        cfg(p, 'WAN interface uses the edge policy', ['service-policy output NS-WAN-EDGE'], [`interface ${WAN}`]),
      ];
    case 'cisco.iosxr':
      return [
        cfg(p, 'Class map for realtime traffic', ['match dscp ef', 'end-class-map'], ['class-map match-any NS-REALTIME']),
        cfg(p, 'Class map for interactive traffic', ['match dscp af41', 'end-class-map'], ['class-map match-any NS-INTERACTIVE']),
        cfg(p, 'Class map for bulk traffic', ['match dscp cs1', 'end-class-map'], ['class-map match-any NS-BULK']),
        cfg(p, 'Realtime class: priority queue', ['priority level 1', `police rate percent ${q.realtimePercent}`], ['policy-map NS-WAN-EDGE', 'class NS-REALTIME']),
        cfg(p, 'Interactive class: guaranteed bandwidth', [`bandwidth remaining percent ${q.interactivePercent}`], ['policy-map NS-WAN-EDGE', 'class NS-INTERACTIVE']),
        cfg(p, 'Bulk class: guaranteed bandwidth', [`bandwidth remaining percent ${q.bulkPercent}`], ['policy-map NS-WAN-EDGE', 'class NS-BULK']),
        cfg(p, 'WAN interface uses the edge policy', ['service-policy output NS-WAN-EDGE'], [`interface ${WAN}`]),
      ];
    case 'cisco.nxos':
      return [
        cfg(p, 'Class map for realtime traffic', ['match dscp 46'], ['class-map type qos match-any NS-REALTIME']),
        cfg(p, 'Class map for interactive traffic', ['match dscp 34'], ['class-map type qos match-any NS-INTERACTIVE']),
        cfg(p, 'Class map for bulk traffic', ['match dscp 8'], ['class-map type qos match-any NS-BULK']),
        cfg(p, 'Realtime class: QoS group 3', ['set qos-group 3'], ['policy-map type qos NS-WAN-EDGE', 'class NS-REALTIME']),
        cfg(p, 'Interactive class: QoS group 2', ['set qos-group 2'], ['policy-map type qos NS-WAN-EDGE', 'class NS-INTERACTIVE']),
        cfg(p, 'Bulk class: QoS group 1', ['set qos-group 1'], ['policy-map type qos NS-WAN-EDGE', 'class NS-BULK']),
        cfg(p, 'WAN interface classifies with the edge policy', ['service-policy type qos input NS-WAN-EDGE'], [`interface ${WAN}`]),
      ];
    case 'arista.eos':
      return [
        cfg(p, 'DSCP to traffic class maps', ['qos map dscp 46 to traffic-class 6', 'qos map dscp 34 to traffic-class 4', 'qos map dscp 8 to traffic-class 1']),
        cfg(p, 'Realtime queue: strict priority', ['priority strict'], [`interface ${WAN}`, 'tx-queue 6']),
        cfg(p, 'Interactive queue: guaranteed bandwidth', [`bandwidth percent ${q.interactivePercent}`], [`interface ${WAN}`, 'tx-queue 4']),
        cfg(p, 'Bulk queue: guaranteed bandwidth', [`bandwidth percent ${q.bulkPercent}`], [`interface ${WAN}`, 'tx-queue 1']),
      ];
    case 'junipernetworks.junos':
      return [
        cfg(p, 'Class of service for realtime, interactive and bulk', [
          'set class-of-service forwarding-classes class NS-REALTIME queue-num 5',
          'set class-of-service forwarding-classes class NS-INTERACTIVE queue-num 4',
          'set class-of-service forwarding-classes class NS-BULK queue-num 1',
          'set class-of-service classifiers dscp NS-DSCP forwarding-class NS-REALTIME loss-priority low code-points ef',
          'set class-of-service classifiers dscp NS-DSCP forwarding-class NS-INTERACTIVE loss-priority low code-points af41',
          'set class-of-service classifiers dscp NS-DSCP forwarding-class NS-BULK loss-priority high code-points cs1',
          'set class-of-service schedulers NS-REALTIME priority strict-high',
          `set class-of-service schedulers NS-REALTIME transmit-rate percent ${q.realtimePercent}`,
          `set class-of-service schedulers NS-INTERACTIVE transmit-rate percent ${q.interactivePercent}`,
          `set class-of-service schedulers NS-BULK transmit-rate percent ${q.bulkPercent}`,
          'set class-of-service scheduler-maps NS-WAN-EDGE forwarding-class NS-REALTIME scheduler NS-REALTIME',
          'set class-of-service scheduler-maps NS-WAN-EDGE forwarding-class NS-INTERACTIVE scheduler NS-INTERACTIVE',
          'set class-of-service scheduler-maps NS-WAN-EDGE forwarding-class NS-BULK scheduler NS-BULK',
          "set class-of-service interfaces {{ wan_interface | split('.') | first }} scheduler-map NS-WAN-EDGE",
        ]),
      ];
    case 'vyos.vyos':
      return [
        cfg(p, 'Shaper policy for realtime, interactive and bulk', [
          'set qos policy shaper NS-WAN-EDGE bandwidth auto',
          'set qos policy shaper NS-WAN-EDGE class 10 match REALTIME ip dscp ef',
          'set qos policy shaper NS-WAN-EDGE class 10 priority 7',
          `set qos policy shaper NS-WAN-EDGE class 10 bandwidth ${q.realtimePercent}%`,
          'set qos policy shaper NS-WAN-EDGE class 20 match INTERACTIVE ip dscp af41',
          `set qos policy shaper NS-WAN-EDGE class 20 bandwidth ${q.interactivePercent}%`,
          'set qos policy shaper NS-WAN-EDGE class 30 match BULK ip dscp cs1',
          `set qos policy shaper NS-WAN-EDGE class 30 bandwidth ${q.bulkPercent}%`,
          'set qos policy shaper NS-WAN-EDGE default bandwidth 20%',
          `set qos interface ${WAN} egress NS-WAN-EDGE`,
        ]),
      ];
    case 'linux':
      // CAKE's diffserv4 mode queues EF as voice, AF41 as video and CS1 as bulk: the three classes.
      return [
        {
          name: 'CAKE queueing with DiffServ classes on the WAN interface',
          'ansible.builtin.command': { cmd: tpl('tc qdisc replace dev {{ wan_interface }} root cake bandwidth {{ wan_bandwidth_mbps }}mbit diffserv4') },
          changed_when: true,
        },
      ];
  }
}
