import { useId } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import type { TemplateKpi } from "../../builders/scorecard/types";
import { usePanelLocale } from "../panelLocale";
import {
  EDITABLE_FIELDS,
  draftProblem,
  editDraft,
  isPercentKpi,
  resetDraft,
  weightSum,
  type EditableField,
  type TemplateDraft,
} from "./templateEditorModel";
import { TEMPLATE_EDITOR_TEXTS } from "./templateEditorTexts";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Two fields a line keeps each input wide enough for "99.95 %" in a ~350 px panel.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  field: { display: "flex", flexDirection: "column", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface TemplateEditorProps {
  draft: TemplateDraft;
  onChange: (draft: TemplateDraft) => void;
  /** Where the template came from: a built-in role (default) or a table in the workbook. */
  origin?: "role" | "table";
}

/** "Adjust template": each KPI's weight and bands as a small card, the live weight sum, and a reset. */
export function TemplateEditor({ draft, onChange, origin = "role" }: TemplateEditorProps) {
  const { locale } = usePanelLocale();
  const texts = TEMPLATE_EDITOR_TEXTS[locale];
  const styles = useStyles();
  const idPrefix = useId();
  const weights = weightSum(draft, locale);
  const problem = draftProblem(draft, locale);

  const suffix = (kpi: TemplateKpi, field: EditableField): string | undefined => {
    if (field === "weight" || isPercentKpi(kpi)) return "%";
    return kpi.unit === "yuan" ? texts.yuan : undefined;
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="adjust">
        <AccordionHeader as="h4">{texts.heading}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Body1>{origin === "table" ? texts.introTable : texts.intro}</Body1>
          {/* Above the cards, so the sum stays in sight while a weight is typed. */}
          <div aria-live="polite" className={styles.panel}>
            <MessageBar intent={weights.ok ? "success" : "error"}>
              <MessageBarBody>{weights.message}</MessageBarBody>
            </MessageBar>
            {problem !== undefined && problem !== weights.message && (
              <MessageBar intent="error">
                <MessageBarBody>{problem}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          {draft.base.kpis.map((kpi, index) => {
            const nameId = `${idPrefix}-kpi-${index}`;
            const kpiName = kpi.name[locale];
            return (
              <div key={kpi.id} role="group" aria-labelledby={nameId} className={styles.card}>
                <Text weight="semibold" id={nameId}>
                  {kpiName}
                </Text>
                <Caption1 className={styles.meta}>
                  {kpi.dimension[locale]} · {texts[kpi.direction]}
                </Caption1>
                <div className={styles.fields}>
                  {EDITABLE_FIELDS.map((field) => {
                    const inputId = `${idPrefix}-${index}-${field}`;
                    return (
                      <div key={field} className={styles.field}>
                        <Label htmlFor={inputId} size="small">
                          {texts[field]}
                        </Label>
                        <Input
                          id={inputId}
                          size="small"
                          inputMode="decimal"
                          className={styles.input}
                          aria-label={format(texts.inputName, {
                            field: texts[field],
                            kpi: kpiName,
                          })}
                          contentAfter={suffix(kpi, field)}
                          value={draft.rows[index][field]}
                          onChange={(_, data) =>
                            onChange(editDraft(draft, index, field, data.value))
                          }
                        />
                      </div>
                    );
                  })}
                </div>
              </div>
            );
          })}
          <div>
            <Button onClick={() => onChange(resetDraft(draft))}>
              {origin === "table" ? texts.resetTable : texts.reset}
            </Button>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
