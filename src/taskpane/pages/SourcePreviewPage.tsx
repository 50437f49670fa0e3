import { useState, type ReactNode } from "react";
import {
  Body1,
  Caption1,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PanelText } from "../../i18n/panelTexts";
import type { TableData, WorkbookPort } from "../../workbook/port";
import {
  ColumnMapping,
  type ColumnMappingValue,
  type ColumnMeaning,
} from "../components/ColumnMapping";
import { detectColumns, type MeaningKeywords } from "../../table/detectColumns";
import { PreviewTable } from "../components/PreviewTable";
import { SourcePicker } from "../components/SourcePicker";
import { usePanelLocale } from "../panelLocale";

export interface SourcePreviewPageProps {
  port: WorkbookPort;
  /** Unique per page: it prefixes the ids that label the page's sections. */
  id: string;
  heading: PanelText;
  intro: PanelText;
  /** Meaning id → its label's text key. */
  meaningLabels?: Record<string, PanelText>;
  /** Header words that detect each meaning (keys in the order detection should try them). */
  keywords?: MeaningKeywords;
  /** Instead of meaningLabels and keywords: a builder's own fields, labelled in the panel's language, and its detection. */
  fields?: PageFields;
  /** The page's options and Build button, shown below the source; given the source once read (undefined before). */
  children: (source: LoadedSource | undefined) => ReactNode;
}

export interface PageFields {
  meanings: ColumnMeaning[];
  detect: (header: string[]) => ColumnMappingValue;
}

export interface LoadedSource {
  data: TableData;
  mapping: ColumnMappingValue;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * What each builder page shares: say what it will build, read the source data, map its columns and
 * preview it; the page's own options and Build button follow (children).
 */
export function SourcePreviewPage({
  port,
  id,
  heading,
  intro,
  meaningLabels = {},
  keywords = {},
  fields,
  children,
}: SourcePreviewPageProps) {
  const { text } = usePanelLocale();
  const styles = useStyles();
  const [data, setData] = useState<TableData>();
  const [mapping, setMapping] = useState<ColumnMappingValue>({});

  const load = (loaded: TableData) => {
    setData(loaded);
    setMapping(fields ? fields.detect(loaded.header) : detectColumns(loaded.header, keywords));
  };
  const meanings =
    fields?.meanings ??
    Object.keys(keywords).map((meaning) => ({ id: meaning, label: text[meaningLabels[meaning]] }));

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={`${id}-heading`}>
        <Subtitle1 as="h2" id={`${id}-heading`}>
          {text[heading]}
        </Subtitle1>
        <Body1 as="p">{text[intro]}</Body1>
      </section>
      <section className={styles.section} aria-labelledby={`${id}-source`}>
        <Subtitle2 as="h3" id={`${id}-source`}>
          {text.sourceHeading}
        </Subtitle2>
        <SourcePicker port={port} onLoad={load} />
      </section>
      {data && (
        <>
          <section className={styles.section} aria-labelledby={`${id}-mapping`}>
            <Subtitle2 as="h3" id={`${id}-mapping`}>
              {text.mappingHeading}
            </Subtitle2>
            <Caption1 as="p">{text.mappingIntro}</Caption1>
            <ColumnMapping
              columns={data.header}
              meanings={meanings}
              mapping={mapping}
              onChange={setMapping}
            />
          </section>
          <section className={styles.section} aria-labelledby={`${id}-preview`}>
            <Subtitle2 as="h3" id={`${id}-preview`}>
              {text.previewHeading}
            </Subtitle2>
            <PreviewTable
              data={data}
              dateColumns={
                mapping.date === null || mapping.date === undefined ? [] : [mapping.date]
              }
            />
          </section>
        </>
      )}
      {children(data && { data, mapping })}
    </div>
  );
}
