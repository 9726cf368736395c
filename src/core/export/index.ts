/**
 * Deployable exports: Terraform for the cloud regions and Ansible for the on-prem edges
 * of a design, plus the address plan they share.
 */
import type { Design } from '../model/schema.ts';
import { emitAnsible } from './ansible/index.ts';
import { emitTerraform } from './terraform/index.ts';
import { exportContext } from './terraform/common.ts';

export { planAddresses, findCidrOverlaps, regionAsn, planLinkNets, parseCidr, formatCidr, prefixesOverlap, stableHash, DEFAULT_SUPERNET, DEFAULT_REGION_PREFIX, LINK_POOL } from './ipam.ts';
export type { AddressPlan, RegionAddress, SegmentSubnet, CidrOverlap, IpamProblem, Prefix } from './ipam.ts';
export { hclString, yamlString, yamlKey, sanitizeIdentifier, NameTable, commentText } from './escape.ts';
export { emitTerraform, AWS_PROVIDER_VERSION, AZURERM_PROVIDER_VERSION, GOOGLE_PROVIDER_VERSION } from './terraform/index.ts';
export { emitAnsible, buildAnsibleModel } from './ansible/index.ts';

export type ExportFormat = 'terraform' | 'ansible';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['terraform', 'ansible'];

/**
 * Exports a design as a file tree: path relative to the output folder → file contents.
 * `terraform` writes `terraform/<provider>/…` for each of AWS, Azure and GCP present;
 * `ansible` writes `ansible/…` for the on-prem sites. Pure: the same design always gives
 * the same files. `_catalog` is accepted for symmetry with the other engines; the
 * exports need only the design's own provider region codes.
 */
export function exportDesign(design: Design, format: ExportFormat, _catalog?: unknown): Record<string, string> {
  const ctx = exportContext(design);
  return format === 'terraform' ? emitTerraform(design, ctx) : emitAnsible(design, ctx);
}
