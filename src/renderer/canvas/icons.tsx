/**
 * Small marks for providers, circuit types and service kinds. Drawn here (simple shapes in
 * the providers' customary colours), not copied logos.
 */
import type { CircuitType, Provider, RegionKind, ServiceKind } from '../../core/model/index.ts';

const box = { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': true } as const;

export function ProviderIcon({ provider, kind }: { provider: Provider; kind?: RegionKind }) {
  switch (provider) {
    case 'aws':
      return (
        <svg {...box}>
          <rect x="1" y="1" width="16" height="16" rx="3" fill="#232f3e" />
          <path d="M4 11.5c3 1.8 7 1.8 10 0" stroke="#ff9900" strokeWidth="1.6" fill="none" strokeLinecap="round" />
          <path d="M12.3 10.6l1.9.8-.6 1.9" stroke="#ff9900" strokeWidth="1.3" fill="none" strokeLinecap="round" />
          <text x="9" y="8.6" fontSize="5.6" fontWeight="700" textAnchor="middle" fill="#fff" fontFamily="sans-serif">aws</text>
        </svg>
      );
    case 'azure':
      return (
        <svg {...box}>
          <path d="M7.5 2h3.2L5 16H1.6z" fill="#0078d4" />
          <path d="M11.2 5.4l5.2 10.6H6.8l5-2-2.7-3.4z" fill="#50a0e6" />
        </svg>
      );
    case 'gcp':
      return (
        <svg {...box}>
          <path d="M9 2.5l5.6 3.2v6.6L9 15.5l-5.6-3.2V5.7z" fill="none" stroke="#4285f4" strokeWidth="1.8" />
          <path d="M9 2.5l5.6 3.2" stroke="#ea4335" strokeWidth="1.8" />
          <path d="M14.6 12.3L9 15.5" stroke="#34a853" strokeWidth="1.8" />
          <path d="M3.4 12.3V5.7" stroke="#fbbc05" strokeWidth="1.8" />
          <circle cx="9" cy="9" r="2" fill="#4285f4" />
        </svg>
      );
    case 'oci':
      return (
        <svg {...box}>
          <rect x="2" y="5" width="14" height="8" rx="4" fill="none" stroke="#c74634" strokeWidth="2" />
        </svg>
      );
    default:
      return <SiteIcon kind={kind ?? 'datacenter'} />;
  }
}

function SiteIcon({ kind }: { kind: RegionKind }) {
  const stroke = 'currentColor';
  switch (kind) {
    case 'office':
      return (
        <svg {...box}>
          <path d="M3 16V6l6-3 6 3v10z" fill="none" stroke={stroke} strokeWidth="1.4" />
          <path d="M7 16v-4h4v4M6 8h1.5M10.5 8H12" stroke={stroke} strokeWidth="1.4" />
        </svg>
      );
    case 'edge-pop':
      return (
        <svg {...box}>
          <circle cx="9" cy="9" r="2.2" fill={stroke} />
          <path d="M4.5 4.5a6.4 6.4 0 000 9M13.5 4.5a6.4 6.4 0 010 9M2.3 2.3a9.5 9.5 0 000 13.4M15.7 2.3a9.5 9.5 0 010 13.4" fill="none" stroke={stroke} strokeWidth="1.2" />
        </svg>
      );
    case 'colo':
      return (
        <svg {...box}>
          <rect x="2" y="2" width="6" height="14" rx="1" fill="none" stroke={stroke} strokeWidth="1.3" />
          <rect x="10" y="2" width="6" height="14" rx="1" fill="none" stroke={stroke} strokeWidth="1.3" />
          <path d="M4 5h2M4 8h2M12 5h2M12 8h2" stroke={stroke} strokeWidth="1.3" />
        </svg>
      );
    default:
      return (
        <svg {...box}>
          <rect x="3" y="2" width="12" height="14" rx="1.5" fill="none" stroke={stroke} strokeWidth="1.4" />
          <path d="M5.5 5.5h7M5.5 8.5h7M5.5 11.5h7" stroke={stroke} strokeWidth="1.4" />
          <circle cx="13" cy="14" r=".9" fill={stroke} />
        </svg>
      );
  }
}

/** Circuit marks: shape says the family (private line, tunnel, overlay, public). */
export function CircuitIcon({ type }: { type: CircuitType }) {
  const s = { stroke: 'currentColor', strokeWidth: 1.5, fill: 'none', strokeLinecap: 'round' as const };
  switch (type) {
    case 'mpls':
      return (
        <svg {...box}>
          <path d="M2 9h14" {...s} />
          <rect x="5" y="6" width="8" height="6" rx="1" {...s} />
          <path d="M7.5 9h3" {...s} />
        </svg>
      );
    case 'ipsec-vpn':
    case 'wireguard':
      return (
        <svg {...box}>
          <rect x="5" y="8" width="8" height="7" rx="1.2" {...s} />
          <path d="M6.8 8V6a2.2 2.2 0 014.4 0v2" {...s} />
          {type === 'wireguard' ? <path d="M7.5 11.5h3" {...s} /> : <circle cx="9" cy="11.5" r=".8" fill="currentColor" />}
        </svg>
      );
    case 'sd-wan':
      return (
        <svg {...box}>
          <path d="M2 5c5 0 9 8 14 8M2 13c5 0 9-8 14-8" {...s} />
        </svg>
      );
    case 'internet':
      return (
        <svg {...box}>
          <circle cx="9" cy="9" r="6.5" {...s} />
          <path d="M2.5 9h13M9 2.5c-2.5 3-2.5 10 0 13M9 2.5c2.5 3 2.5 10 0 13" {...s} />
        </svg>
      );
    case 'direct-connect':
    case 'expressroute':
    case 'interconnect':
      return (
        <svg {...box}>
          <path d="M2 9h4M12 9h4" {...s} />
          <rect x="6" y="5" width="6" height="8" rx="1" {...s} />
          <path d="M8 7v4M10 7v4" {...s} />
        </svg>
      );
    case 'dark-fiber':
      return (
        <svg {...box}>
          <path d="M2 7h14M2 11h14" {...s} />
          <circle cx="9" cy="9" r="1.2" fill="currentColor" />
        </svg>
      );
    case 'cloud-backbone':
      return (
        <svg {...box}>
          <path d="M5 13h8.5a3 3 0 000-6 4.5 4.5 0 00-8.6 1A2.5 2.5 0 005 13z" {...s} />
        </svg>
      );
    case 'transit-gateway-peering':
      return (
        <svg {...box}>
          <circle cx="5" cy="9" r="2.6" {...s} />
          <circle cx="13" cy="9" r="2.6" {...s} />
          <path d="M7.6 9h2.8" {...s} />
        </svg>
      );
  }
}

export function ServiceIcon({ kind }: { kind: ServiceKind }) {
  const s = { stroke: 'currentColor', strokeWidth: 1.4, fill: 'none', strokeLinecap: 'round' as const };
  switch (kind) {
    case 'web':
      return (
        <svg {...box}>
          <rect x="2" y="3" width="14" height="12" rx="1.5" {...s} />
          <path d="M2 6.5h14" {...s} />
        </svg>
      );
    case 'api':
      return (
        <svg {...box}>
          <path d="M6 4L2.5 9 6 14M12 4l3.5 5-3.5 5" {...s} />
        </svg>
      );
    case 'database':
      return (
        <svg {...box}>
          <ellipse cx="9" cy="4.5" rx="5.5" ry="2" {...s} />
          <path d="M3.5 4.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9M3.5 9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2" {...s} />
        </svg>
      );
    case 'cache':
      return (
        <svg {...box}>
          <path d="M10 2L4 10h5l-1 6 6-8H9z" {...s} />
        </svg>
      );
    case 'queue':
      return (
        <svg {...box}>
          <rect x="2" y="6" width="3.5" height="6" {...s} />
          <rect x="7.2" y="6" width="3.5" height="6" {...s} />
          <path d="M12.5 9h3.5M14.5 7l1.5 2-1.5 2" {...s} />
        </svg>
      );
    case 'dns':
      return (
        <svg {...box}>
          <path d="M3 4h12M3 9h12M3 14h12" {...s} />
          <circle cx="5" cy="4" r="1" fill="currentColor" />
          <circle cx="5" cy="9" r="1" fill="currentColor" />
          <circle cx="5" cy="14" r="1" fill="currentColor" />
        </svg>
      );
    case 'cdn':
      return (
        <svg {...box}>
          <circle cx="9" cy="9" r="2" {...s} />
          <circle cx="3.5" cy="4" r="1.4" {...s} />
          <circle cx="14.5" cy="4" r="1.4" {...s} />
          <circle cx="9" cy="15.5" r="1.4" {...s} />
          <path d="M4.6 5l3 2.6M13.4 5l-3 2.6M9 11v3" {...s} />
        </svg>
      );
    case 'load-balancer':
      return (
        <svg {...box}>
          <circle cx="4" cy="9" r="2" {...s} />
          <path d="M6 9l7-5M6 9h7M6 9l7 5" {...s} />
        </svg>
      );
    case 'firewall':
      return (
        <svg {...box}>
          <rect x="2" y="3" width="14" height="12" {...s} />
          <path d="M2 7h14M2 11h14M7 3v4M11 7v4M7 11v4" {...s} />
        </svg>
      );
    case 'storage':
      return (
        <svg {...box}>
          <path d="M3 5l6-3 6 3-6 3zM3 5v8l6 3 6-3V5M9 8v8" {...s} />
        </svg>
      );
  }
}
