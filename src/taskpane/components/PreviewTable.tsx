import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import type { TableData } from "../../workbook/port";
import { usePanelLocale } from "../panelLocale";
import { cellText, dateCellText } from "./previewData";

const useStyles = makeStyles({
  // Wide data scrolls inside its own region, which takes focus so the keyboard can scroll it too.
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // Fluent's Table lays out fixed columns of equal width, so long values ran into each other in the
  // narrow panel: size columns by their content instead and let the region scroll.
  table: { tableLayout: "auto", width: "auto", minWidth: "100%" },
  cell: { whiteSpace: "nowrap" },
});

export interface PreviewTableProps {
  /** Rows read from the workbook, or a plan sheet via sheetPlanPreview. */
  data: TableData;
  /** How many rows to show (default 10). */
  maxRows?: number;
  /** 0-based columns holding dates (the mapped date column): their serial numbers show as dates. */
  dateColumns?: readonly number[];
}

export function PreviewTable({ data, maxRows = 10, dateColumns = [] }: PreviewTableProps) {
  const { text } = usePanelLocale();
  const styles = useStyles();
  const shownRows = data.rows.slice(0, maxRows);
  const caption = format(text.previewCaption, {
    shown: shownRows.length,
    total: data.rows.length,
    source: data.source,
  });
  if (data.rows.length === 0)
    return <Caption1 as="p">{format(text.previewEmpty, { source: data.source })}</Caption1>;
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <Caption1 as="p">{caption}</Caption1>
      <Table size="extra-small" aria-label={caption} className={styles.table}>
        <TableHeader>
          <TableRow>
            {data.header.map((name, column) => (
              <TableHeaderCell key={column} className={styles.cell}>
                {name}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shownRows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {data.header.map((_, column) => (
                <TableCell key={column} className={styles.cell}>
                  {dateColumns.includes(column)
                    ? dateCellText(row[column] ?? null)
                    : cellText(row[column] ?? null)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
