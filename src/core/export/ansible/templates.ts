/**
 * Jinja templates for Linux edges. They read only host_vars written by the exporter
 * (never design text directly), so user strings reach them already quoted and marked.
 */
export const TEMPLATES: Record<string, string> = {
  'frr.conf.j2': `# Managed by Ansible (NetStudio export) for {{ inventory_hostname }}
frr defaults traditional
log syslog informational
!
{% for p in bgp_prefixes %}
ip route {{ p }} blackhole
{% endfor %}
!
router bgp {{ bgp_asn }}
 bgp router-id {{ router_id }}
 no bgp ebgp-requires-policy
{% for n in bgp_neighbors %}
 neighbor {{ n.address }} remote-as {{ n.remote_as }}
 neighbor {{ n.address }} description {{ n.description | regex_replace('[^A-Za-z0-9 ()._-]', '') }}
{% endfor %}
 !
 address-family ipv4 unicast
{% for p in bgp_prefixes %}
  network {{ p }}
{% endfor %}
{% for n in bgp_neighbors %}
{% if n.route_map_in is defined %}
  neighbor {{ n.address }} route-map {{ n.route_map_in }} in
{% endif %}
{% if n.route_map_out is defined %}
  neighbor {{ n.address }} route-map {{ n.route_map_out }} out
{% endif %}
{% endfor %}
 exit-address-family
!
{% for n in bgp_neighbors %}
{% if n.route_map_in is defined %}
route-map {{ n.route_map_in }} permit 10
 set local-preference {{ n.local_pref }}
!
{% endif %}
{% if n.route_map_out is defined %}
route-map {{ n.route_map_out }} permit 10
{% if n.med is defined %}
 set metric {{ n.med }}
{% endif %}
{% if n.as_path_prepend is defined %}
 set as-path prepend {{ ([bgp_asn | string] * n.as_path_prepend) | join(' ') }}
{% endif %}
!
{% endif %}
{% endfor %}
`,
  'wireguard.conf.j2': `# Managed by Ansible (NetStudio export) for {{ inventory_hostname }}
{% set t = item %}
[Interface]
Address = {{ t.local_address }}/30
ListenPort = {{ 51820 + t.index }}
PrivateKey = {{ vault_wireguard_private_key }}
# Routes come from BGP (FRR), not from AllowedIPs.
Table = off

[Peer]
PublicKey = {{ lookup('ansible.builtin.vars', t.secret_var) }}
Endpoint = {{ vpn_peer_endpoints[t.endpoint_key] }}:51820
AllowedIPs = 0.0.0.0/0
PersistentKeepalive = 25
`,
  'swanctl.conf.j2': `# Managed by Ansible (NetStudio export) for {{ inventory_hostname }}
connections {
{% for t in vpn_tunnels if t.kind == 'ipsec' %}
  ns-t{{ t.index }} {
    version = 2
    remote_addrs = {{ vpn_peer_endpoints[t.endpoint_key] }}
    proposals = aes256-sha256-ecp256
    if_id_in = {{ t.index + 1 }}
    if_id_out = {{ t.index + 1 }}
    local {
      auth = psk
    }
    remote {
      auth = psk
    }
    children {
      ns-t{{ t.index }} {
        local_ts = 0.0.0.0/0
        remote_ts = 0.0.0.0/0
        esp_proposals = aes256gcm128-ecp256
        start_action = start
      }
    }
  }
{% endfor %}
}

secrets {
{% for t in vpn_tunnels if t.kind == 'ipsec' %}
  ike-ns-t{{ t.index }} {
    id = {{ vpn_peer_endpoints[t.endpoint_key] }}
    secret = "{{ lookup('ansible.builtin.vars', t.secret_var) }}"
  }
{% endfor %}
}
`,
  'nftables-segments.nft.j2': `# Managed by Ansible (NetStudio export) for {{ inventory_hostname }}
table inet netstudio_segments {
  chain forward {
    type filter hook forward priority 0; policy accept;
    ct state established,related accept
{% for f in segment_filters %}
{% for r in f.permits %}
    ip saddr {{ r.source }} ip daddr { {{ segment_groups[r.destination_group] | join(', ') }} }{% if r.protocol != 'ip' %} meta l4proto {{ r.protocol }}{% endif %}{% if r.ports | length > 0 %} th dport { {{ r.ports | join(', ') }} }{% endif %} accept
{% endfor %}
    ip saddr {{ f.subnet }} ip daddr {{ address_supernet }} drop
{% endfor %}
  }
}
`,
};
