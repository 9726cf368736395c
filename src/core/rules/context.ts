/** Builds the lazily computed context the rules share. */
import type { Catalog } from '../catalog/types.ts';
import type { Design } from '../model/schema.ts';
import { ServiceEvaluator, type ServiceOutcome } from '../simulate/evaluate.ts';
import { buildSimModel, type SimModel } from '../simulate/model.ts';
import { RouteTable } from '../simulate/routes.ts';
import { intactState } from '../simulate/scenario.ts';
import type { RuleContext } from './types.ts';

export function createRuleContext(design: Design, catalog: Catalog): RuleContext {
  let model: SimModel | undefined;
  let routes: RouteTable | undefined;
  let intact: ServiceOutcome[] | undefined;
  const ctx: RuleContext = {
    design,
    catalog,
    model: () => (model ??= buildSimModel(design, catalog)),
    routes: () => (routes ??= new RouteTable(ctx.model())),
    intact: () => {
      if (!intact) {
        const m = ctx.model();
        const r = ctx.routes();
        r.useIntact();
        intact = new ServiceEvaluator(m, r).evaluate(intactState(m), true);
      }
      return intact;
    },
  };
  return ctx;
}
