/** The formats of the Export tab and how their files are previewed. */
import type { Design } from '../../core/model/index.ts';

export type ExportFormatId = 'terraform' | 'ansible' | 'svg' | 'drawio' | 'mermaid' | 'report-html';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** What the files are for, shown under the picker. */
  hint: string;
  /** The contract action (File ▸ Export menu) that opens the tab on this format. */
  action: 'export.terraform' | 'export.ansible' | 'export.diagram' | 'export.report';
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'terraform', label: 'Terraform', hint: 'HCL for the cloud regions, one folder per provider.', action: 'export.terraform' },
  { id: 'ansible', label: 'Ansible', hint: 'Inventory and playbooks for the on-prem edges.', action: 'export.ansible' },
  { id: 'svg', label: 'SVG diagram', hint: 'The diagram in the current layout (schematic or map).', action: 'export.diagram' },
  { id: 'drawio', label: 'draw.io', hint: 'An uncompressed diagrams.net file in the current layout.', action: 'export.diagram' },
  { id: 'mermaid', label: 'Mermaid', hint: 'A flowchart with a subgraph per region.', action: 'export.diagram' },
  { id: 'report-html', label: 'Review report (HTML)', hint: 'One self-contained page: diagram, cost, latency, objectives, N-1, Monte Carlo, findings, comments.', action: 'export.report' },
];

export interface GenerateRequest {
  design: Design;
  format: ExportFormatId;
  layout: 'schematic' | 'map';
  /** File name stem for single-file formats, e.g. `hq-hub-spoke`. */
  baseName: string;
  /** The YAML that Save writes (hashed into the report). */
  yamlText: string;
  /** ISO 8601, read by the UI shell. */
  generatedAt: string;
  sourceName: string;
}

export type GenerateResult = { ok: true; files: Record<string, string>; notes: string[]; durationMs: number } | { ok: false; message: string };

/** Monaco language id for a file's preview. */
export function previewLanguage(path: string): string {
  const name = path.toLowerCase();
  if (name.endsWith('.tf') || name.endsWith('.tfvars') || name.endsWith('.hcl')) return 'hcl';
  if (/\.ya?ml(\.example)?$/.test(name)) return 'yaml';
  if (name.endsWith('.svg') || name.endsWith('.drawio') || name.endsWith('.xml')) return 'xml';
  if (name.endsWith('.html')) return 'html';
  if (name.endsWith('.md')) return 'markdown';
  if (name.endsWith('.cfg') || name.endsWith('.ini')) return 'ini';
  return 'plaintext';
}

/** `hq-hub-spoke.netstudio.yaml` → `hq-hub-spoke`. */
export function fileStem(fileName: string): string {
  const stem = fileName.replace(/\.netstudio\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  return stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'design';
}
