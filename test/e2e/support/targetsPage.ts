/**
 * The Targets page's words as the browser tests look for them: the labels of the targets module's
 * fields and its Build button (the page is derived from the module), and its refusals as shown.
 */
import { targetsBuilder } from "../../../src/builders/targets";
import { TARGETS_MODULE_TEXTS } from "../../../src/builders/targets/texts";
import { BUILDER_TEXTS } from "../../../src/builders/texts";
import { format, type Locale } from "../../../src/i18n/locale";

export function targetsPageTexts(locale: Locale) {
  const label = (id: string) =>
    targetsBuilder.fields.find((field) => field.id === id)!.label[locale];
  const column = (id: string) =>
    targetsBuilder.inputs[0].columns.find((spec) => spec.id === id)!.label[locale];
  const annualTarget = label("annual");
  return {
    annualTarget,
    fiscalYear: label("year"),
    memberColumn: label("by"),
    salesColumn: column("amount"),
    build: targetsBuilder.texts[locale].build,
    annualRequired: format(BUILDER_TEXTS[locale].fieldRequired, { field: annualTarget }),
    annualInvalid: (value: string) =>
      format(TARGETS_MODULE_TEXTS[locale].badAmount, { field: annualTarget, value }),
  };
}
