/**
 * The built-in role templates: data files in ./templates/<roleId>.json, imported (not read from disk)
 * so webpack bundles them for the panel and ts-node/tsc take them for the CLI. A file writes weights in
 * percent points (30 = 30%) and rates as fractions (0.9 = 90%). Each template is converted and
 * validated the first time it is asked for, so a broken file fails with the template's own message.
 */
import customerService from "./templates/customer_service.json";
import dataAnalyst from "./templates/data_analyst.json";
import opsDirector from "./templates/ops_director.json";
import opsManager from "./templates/ops_manager.json";
import opsSpecialist from "./templates/ops_specialist.json";
import promotionSpecialist from "./templates/promotion_specialist.json";
import storeManager from "./templates/store_manager.json";
import visualDesigner from "./templates/visual_designer.json";
import warehouse from "./templates/warehouse.json";
import { ScorecardError } from "./scorecardError";
import type { KpiUnit, LocalizedText, ScorecardTemplate } from "./types";
import { validateTemplate } from "./validateTemplate";

interface TemplateFileKpi {
  id: string;
  dimension: LocalizedText;
  name: LocalizedText;
  definition: LocalizedText;
  direction: string;
  /** Percent points. */
  weight: number;
  threshold?: number;
  target: number;
  stretch?: number;
  unit: string;
}

interface TemplateFile {
  id: string;
  name: LocalizedText;
  kpis: TemplateFileKpi[];
}

/** In DOMAIN.md's order; ids are the sample roster's (src/playground/sampleShopData.ts). */
const FILES: readonly TemplateFile[] = [
  opsManager,
  opsDirector,
  storeManager,
  opsSpecialist,
  promotionSpecialist,
  visualDesigner,
  customerService,
  warehouse,
  dataAnalyst,
];

const UNITS: readonly KpiUnit[] = ["rate", "percent", "yuan", "number"];
const loaded = new Map<string, ScorecardTemplate>();

export const BUILT_IN_ROLE_IDS: readonly string[] = FILES.map((file) => file.id);

/** The validated template of a built-in role; an unknown id is a ScorecardError listing the roles. */
export function builtInTemplate(roleId: string): ScorecardTemplate {
  const cached = loaded.get(roleId);
  if (cached) return cached;
  const file = FILES.find((candidate) => candidate.id === roleId);
  if (!file)
    throw new ScorecardError("unknownRole", { role: roleId, roles: BUILT_IN_ROLE_IDS.join(", ") });
  const template = validateTemplate(templateFromFile(file));
  loaded.set(roleId, template);
  return template;
}

export function builtInTemplates(): ScorecardTemplate[] {
  return BUILT_IN_ROLE_IDS.map(builtInTemplate);
}

export function isBuiltInRole(roleId: string): boolean {
  return BUILT_IN_ROLE_IDS.includes(roleId);
}

function templateFromFile(file: TemplateFile): ScorecardTemplate {
  return {
    id: file.id,
    name: file.name,
    kpis: file.kpis.map((kpi) => {
      if (kpi.direction !== "higher" && kpi.direction !== "lower")
        throw new Error(`Template ${file.id}, KPI ${kpi.id}: direction "${kpi.direction}".`);
      if (!UNITS.includes(kpi.unit as KpiUnit))
        throw new Error(`Template ${file.id}, KPI ${kpi.id}: unit "${kpi.unit}".`);
      return {
        ...kpi,
        direction: kpi.direction,
        unit: kpi.unit as KpiUnit,
        // Percent points → fraction; dividing integers by 100 is what "30%" means to the user.
        weight: kpi.weight / 100,
      };
    }),
  };
}
