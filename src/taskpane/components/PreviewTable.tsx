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
import { cellText } from "./previewData";

const useStyles = makeStyles({
  // Wide data scrolls inside its own region, which takes focus so the keyboard can scroll it too.
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cell: { whiteSpace: "nowrap" },
});

export interface PreviewTableProps {
  /** Rows read from the workbook, or a plan sheet via sheetPlanPreview. */
  data: TableData;
  /** How many rows to show (default 10). */
  maxRows?: number;
}

export function PreviewTable({ data, maxRows = 10 }: PreviewTableProps) {
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
      <Table size="extra-small" aria-label={caption}>
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
                  {cellText(row[column] ?? null)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
