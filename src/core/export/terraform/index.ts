/**
 * Terraform export: one folder per cloud provider present in the design
 * (`terraform/aws/`, `terraform/azure/`, `terraform/gcp/`), each a self-contained root module.
 */
import type { Design } from '../../model/schema.ts';
import { emitAws } from './aws.ts';
import { emitAzure } from './azure.ts';
import { emitGcp } from './gcp.ts';
import { exportContext, type ExportContext } from './common.ts';

export { AWS_PROVIDER_VERSION } from './aws.ts';
export { AZURERM_PROVIDER_VERSION } from './azure.ts';
export { GOOGLE_PROVIDER_VERSION, gcpName } from './gcp.ts';
export { exportContext, type ExportContext } from './common.ts';

/**
 * Emits Terraform for every AWS, Azure and GCP region of the design, as a map from a
 * path relative to the export root (`terraform/aws/main.tf`) to file contents. A design
 * without cloud regions yields an empty map.
 */
export function emitTerraform(design: Design, ctx: ExportContext = exportContext(design)): Record<string, string> {
  const files: Record<string, string> = {};
  const emitters = [
    ['aws', emitAws],
    ['azure', emitAzure],
    ['gcp', emitGcp],
  ] as const;
  for (const [provider, emit] of emitters) {
    if (!design.regions.some((r) => r.provider === provider && ctx.plan.regions.has(r.id))) continue;
    for (const [name, text] of Object.entries(emit(ctx))) files[`terraform/${provider}/${name}`] = text;
  }
  return files;
}
