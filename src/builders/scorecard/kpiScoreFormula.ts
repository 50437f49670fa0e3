/**
 * KPISCORE's rule (src/core/kpiScore.ts) as one native Excel formula, for scorecard sheets that must
 * work without the add-in and for tests that check our code against an independent engine.
 * Only IF / MIN / MAX / ABS / ISNUMBER, so it runs in any Excel version (no LET, no LAMBDA).
 *
 * Cells: actual and target numbers; direction holds 1 (higher is better) or -1 (lower is better), both
 * of which KPISCORE accepts too; threshold and stretch may be blank (not used); cap blank means 120.
 * A blank actual gives "". The rule's validity (cap ≥ 100, band order) is left to data validation.
 *
 * As in core, every value is multiplied by the direction's sign so the bands are written once for
 * "larger is better"; a = t scores 100, below target uses the threshold band (or the ratio rule),
 * above target the stretch band (or the ratio rule), and the result is clamped to [0, cap].
 */
export interface KpiScoreCellRefs {
  actual: string;
  target: string;
  direction: string;
  threshold: string;
  stretch: string;
  cap: string;
}

export function kpiScoreExcelFormula(cells: KpiScoreCellRefs): string {
  const sign = cells.direction;
  const a = `(${sign}*${cells.actual})`;
  const t = `(${sign}*${cells.target})`;
  const h = `(${sign}*${cells.threshold})`;
  const s = `(${sign}*${cells.stretch})`;
  const cap = `IF(ISNUMBER(${cells.cap}),${cells.cap},120)`;
  // Zero target: no scale, so better than target scores the cap and worse scores 0.
  const ratio = `IF(${cells.target}=0,IF(${a}>${t},${cap},0),100*(1+(${a}-${t})/ABS(${cells.target})))`;
  const belowTarget = `IF(ISNUMBER(${cells.threshold}),IF(${a}<${h},0,60+40*(${a}-${h})/(${t}-${h})),${ratio})`;
  const aboveTarget = `IF(ISNUMBER(${cells.stretch}),IF(${a}>=${s},${cap},100+(${cap}-100)*(${a}-${t})/(${s}-${t})),${ratio})`;
  const unclamped = `IF(${a}=${t},100,IF(${a}<${t},${belowTarget},${aboveTarget}))`;
  return `=IF(ISNUMBER(${cells.actual}),MIN(${cap},MAX(0,${unclamped})),"")`;
}
