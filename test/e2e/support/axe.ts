/** axe-core run inside the page, with its violations printed so a failure says what to fix where. */
import type { Page } from "playwright-core";
import type { AxeResults, ImpactValue, NodeResult, Result } from "axe-core";

/** Enough nodes to see the pattern; a grid repeats one violation per cell. */
const MAX_NODES_SHOWN = 3;
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ["serious", "critical"];

/** Runs axe on the elements matching `selector` (the whole page when omitted). */
export async function runAxe(page: Page, selector?: string): Promise<AxeResults> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(
    (context) =>
      (window as unknown as { axe: { run(context: unknown): Promise<AxeResults> } }).axe.run(
        context ?? document
      ),
    selector
  );
}

/**
 * Fluent UI's focus manager (Tabster) puts invisible focus "bumpers" (<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>) around TabLists; screen readers never reach them, and axe's aria-hidden-focus
 * flags them anyway. A documented false positive (microsoft/fluentui#25133; Microsoft's Accessibility
 * Insights drops the same nodes, accessibility-insights-web#7605). Only those nodes are dropped: any other
 * aria-hidden-focus node still fails.
 */
function isTabsterBumper(violation: Result, node: NodeResult): boolean {
  return violation.id === "aria-hidden-focus" && node.html.includes("data-tabster-dummy");
}

/** Serious and critical violations, without Tabster's bumpers. */
export function blockingViolations(results: AxeResults): Result[] {
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.includes(violation.impact ?? "minor"))
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isTabsterBumper(violation, node)),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

/** One paragraph per rule: id, impact, what it means, and each offending node with axe's fix summary. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) =>
      [
        `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes
          .slice(0, MAX_NODES_SHOWN)
          .map(
            (node) =>
              `  at ${node.target.join(" ")}\n    ${node.html.slice(0, 200)}\n    ${node.failureSummary?.replace(/\n/g, "\n    ")}`
          ),
        ...(violation.nodes.length > MAX_NODES_SHOWN
          ? [`  … and ${violation.nodes.length - MAX_NODES_SHOWN} more nodes`]
          : []),
      ].join("\n")
    )
    .join("\n\n");
}
