import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, Handle, Position, useInternalNode, type EdgeProps, type NodeProps } from '@xyflow/react';
import { CIRCUIT_LABEL, PROVIDER_LABEL, REGION_KIND_LABEL, SERVICE_LABEL } from '../palette/items.ts';
import { BASIS_LABEL, BASIS_SHORT, formatMbps, formatMs, formatUsd, utilizationColor } from './format.ts';
import { CircuitIcon, ProviderIcon, ServiceIcon } from './icons.tsx';
import { arcMidpoint, arcPath } from './geo.ts';
import type { CircuitFlowEdge, RegionFlowNode, ServiceFlowNode } from './derive.ts';
import { countRender } from './renderStats.ts';

export const RegionNode = memo(function RegionNode({ id, data, selected }: NodeProps<RegionFlowNode>) {
  countRender('region', id);
  const { region, layout } = data;
  const place = region.providerRegion ?? (region.location?.city ? `${region.location.city}${region.location.country ? `, ${region.location.country}` : ''}` : undefined);
  const cls = ['ns-region', `ns-provider-${region.provider}`, layout === 'map' ? 'ns-region-map' : '', selected ? 'is-selected' : '', data.dimmed ? 'is-failed' : '', data.onPath ? 'is-on-path' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cls} data-region={region.id}>
      <Handle type="target" position={Position.Left} className="ns-handle" aria-label={`Connect to ${region.name}`} />
      <div className="ns-region-head" title={`${REGION_KIND_LABEL[region.kind]} · ${PROVIDER_LABEL[region.provider]}${place ? ` · ${place}` : ''}`}>
        <ProviderIcon provider={region.provider} kind={region.kind} />
        <div className="ns-region-titles">
          <div className="ns-region-name">{region.name}</div>
          <div className="ns-region-sub">
            {place ?? (data.hasLocation ? REGION_KIND_LABEL[region.kind] : 'no location: set one in the inspector')}
            {layout === 'map' && data.serviceCount > 0 ? ` · ${data.serviceCount} service${data.serviceCount > 1 ? 's' : ''}` : ''}
          </div>
        </div>
      </div>
      <Handle type="source" position={Position.Right} className="ns-handle" aria-label={`Connect from ${region.name}`} />
    </div>
  );
});

const STATUS_TEXT = { down: 'down', recovered: 'recovered', lost: 'not recovered' } as const;

export const ServiceNode = memo(function ServiceNode({ id, data, selected }: NodeProps<ServiceFlowNode>) {
  countRender('service', id);
  const { service, status, primary } = data;
  const cls = ['ns-service', selected ? 'is-selected' : '', status ? `is-${status}` : ''].filter(Boolean).join(' ');
  return (
    <div className={cls} title={`${SERVICE_LABEL[service.kind]}${service.topology ? ` · ${service.topology}` : ''}${primary ? ' · primary' : ''}`}>
      <ServiceIcon kind={service.kind} />
      <span className="ns-service-name">{service.name}</span>
      {primary ? <span className="ns-badge">primary</span> : null}
      {status ? <span className={`ns-badge ns-status-${status}`}>{STATUS_TEXT[status]}</span> : null}
    </div>
  );
});

type InternalNode = NonNullable<ReturnType<typeof useInternalNode>>;

/** Ends on the facing sides of the two regions, whichever way the circuit is drawn. */
export function floatingEnds(a: InternalNode, b: InternalNode) {
  const box = (n: InternalNode) => {
    const { x, y } = n.internals.positionAbsolute;
    const w = n.measured.width ?? n.width ?? 0;
    const h = n.measured.height ?? n.height ?? 0;
    return { x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
  };
  const s = box(a);
  const t = box(b);
  const dx = t.cx - s.cx;
  const dy = t.cy - s.cy;
  if (Math.abs(dx) >= Math.abs(dy) * 0.6) {
    const right = dx >= 0;
    return {
      sourceX: right ? s.x + s.w : s.x,
      sourceY: s.y + Math.min(s.h / 2, 23),
      sourcePosition: right ? Position.Right : Position.Left,
      targetX: right ? t.x : t.x + t.w,
      targetY: t.y + Math.min(t.h / 2, 23),
      targetPosition: right ? Position.Left : Position.Right,
    };
  }
  const down = dy >= 0;
  return {
    sourceX: s.cx,
    sourceY: down ? s.y + s.h : s.y,
    sourcePosition: down ? Position.Bottom : Position.Top,
    targetX: t.cx,
    targetY: down ? t.y : t.y + t.h,
    targetPosition: down ? Position.Top : Position.Bottom,
  };
}

export const CircuitEdge = memo(function CircuitEdge(props: EdgeProps<CircuitFlowEdge>) {
  const { id, source, target, data, selected } = props;
  countRender('circuit', id);
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!data || !sourceNode || !targetNode) return null;
  const { circuit, estimate } = data;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (data.layout === 'map' && data.from && data.to) {
    path = arcPath(data.from, data.to);
    const mid = arcMidpoint(data.from, data.to);
    labelX = mid.x;
    labelY = mid.y;
  } else {
    [path, labelX, labelY] = getBezierPath(floatingEnds(sourceNode, targetNode));
  }
  const color = utilizationColor(estimate?.utilization);
  const basis = estimate?.basis ?? (circuit.latencyMs !== undefined ? 'measured' : undefined);
  const rtt = estimate?.rttMs ?? circuit.latencyMs;
  const cls = ['ns-circuit', selected ? 'is-selected' : '', data.dimmed ? 'is-failed' : '', data.onPath ? 'is-on-path' : '', data.rerouted ? 'is-rerouted' : '', `ns-type-${circuit.type}`]
    .filter(Boolean)
    .join(' ');
  const tooltip = [
    `${CIRCUIT_LABEL[circuit.type]} ${circuit.from} → ${circuit.to}`,
    rtt !== undefined ? `RTT ${formatMs(rtt)} — ${basis ? (BASIS_LABEL[basis] ?? basis) : ''}` : 'RTT: waiting for the estimate engine',
    estimate?.source ? `source: ${estimate.source}` : '',
    estimate?.floorMs !== undefined ? `physical floor ${formatMs(estimate.floorMs)}` : '',
    estimate
      ? `utilisation ${(estimate.utilization * 100).toFixed(0)} %${estimate.mbps !== undefined ? ` (${formatMbps(estimate.mbps)} peak)` : ''} of ${formatMbps(circuit.bandwidthMbps)} (estimate engine)`
      : '',
    estimate?.monthlyUsd !== undefined ? `${formatUsd(estimate.monthlyUsd)}/month (cost engine, see Cost)` : '',
    data.rerouted ?? '',
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <>
      <BaseEdge id={id} path={path} className={cls} style={color && !data.rerouted ? { stroke: color } : undefined} interactionWidth={16} />
      <EdgeLabelRenderer>
        <div
          className={`ns-edge-label nodrag nopan ${selected ? 'is-selected' : ''} ${data.dimmed ? 'is-failed' : ''} ${data.rerouted ? 'is-rerouted' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={tooltip}
          data-circuit={circuit.id}
          data-rerouted={data.rerouted}
        >
          {data.rerouted ? (
            <span className="ns-reroute" role="note" aria-label={data.rerouted} title={data.rerouted}>
              rerouted
            </span>
          ) : null}
          <CircuitIcon type={circuit.type} />
          {rtt !== undefined ? (
            <span className={`ns-rtt ns-basis-${basis ?? 'unknown'}`}>
              {formatMs(rtt)}
              {basis ? <small> {BASIS_SHORT[basis] ?? basis}</small> : null}
            </span>
          ) : null}
          <span>{formatMbps(circuit.bandwidthMbps)}</span>
          {estimate ? (
            <span className="ns-util" style={color ? { color } : undefined}>
              {(estimate.utilization * 100).toFixed(0)}%
            </span>
          ) : null}
          {estimate?.monthlyUsd !== undefined ? <span>{formatUsd(estimate.monthlyUsd)}/mo</span> : null}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});

export const nodeTypes = { region: RegionNode, service: ServiceNode };
export const edgeTypes = { circuit: CircuitEdge };
