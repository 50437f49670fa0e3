/** The Report page's labels as the browser tests look them up: the report module's field labels. */
import { REPORT_MODULE_TEXTS, reportBuilder } from "../../../src/builders/report";
import type { Locale } from "../../../src/i18n/locale";

export function reportFormLabels(locale: Locale) {
  const texts = REPORT_MODULE_TEXTS[locale];
  return {
    build: reportBuilder.texts[locale].build,
    dashboard: texts.dashboardLabel,
    secondBreakdown: texts.thenByLabel,
    grains: {
      day: texts.grainDay,
      week: texts.grainWeek,
      month: texts.grainMonth,
      quarter: texts.grainQuarter,
    },
  };
}
