/**
 * Diagrams from the design model: one layout, four renderers (SVG, draw.io, Mermaid;
 * PNG is the SVG rasterised by the CLI). Pure: the caller resolves locations and RTTs.
 */
export {
  layoutDiagram,
  circuitLabel,
  circuitCarriage,
  formatBandwidth,
  formatMs,
  type CircuitRtt,
  type CircuitCarriage,
  type DiagramCircuit,
  type DiagramLayout,
  type DiagramLayoutKind,
  type DiagramOptions,
  type DiagramRegion,
  type DiagramService,
  type ServiceRole,
} from './layout.ts';
export { renderSvg, designToSvg, PROVIDER_STYLE, SERVICE_KIND_COLOR, CARRIAGE_STYLE } from './svg.ts';
export { renderDrawio, designToDrawio } from './drawio.ts';
export { designToMermaid, mermaidLabel, MERMAID_DEFAULT_MAX_EDGES, type MermaidOptions } from './mermaid.ts';
export { escapeXml, xmlSafe, oneLine, truncate, textWidth } from './escape.ts';
