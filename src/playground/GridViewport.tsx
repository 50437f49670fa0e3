/**
 * The playground's grid of one sheet: column and row headings, cells styled as the plan styled them,
 * charts placed over their cells, keyboard moves. Only the rows near the scroll position are rendered,
 * so a 5,000-row sheet scrolls as fast as a small one.
 */
import { useMemo, type KeyboardEvent, type UIEvent } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellA1, columnIndex, columnLetters, parseRange } from "../plan/a1";
import { STYLES } from "../plan/styles";
import type { PlaygroundTexts } from "./playgroundTexts";
import type { ObservedMemoryWorkbook } from "./ObservedMemoryWorkbook";
import { formatCell } from "./formatCell";
import { fitChartBox } from "./chartBox";
import { useVisibleWidth } from "./useVisibleWidth";
import { PlanChart } from "./PlanChart";

const ROW_HEIGHT = 24;
const ROW_HEADER_WIDTH = 56;
const DEFAULT_COLUMN_WIDTH = 96;
/** Rows rendered above and below the visible ones, so fast scrolling does not show blanks. */
const OVERSCAN_ROWS = 40;
const RENDERED_ROWS = 100;
/** Empty rows and columns shown past the data, so the user can type next to it. */
const SPARE_ROWS = 20;
const SPARE_COLUMNS = 3;

const useStyles = makeStyles({
  viewport: {
    flexGrow: 1,
    overflow: "auto",
    position: "relative",
    outline: "none",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    position: "absolute",
    boxSizing: "border-box",
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 2}px`,
    padding: "0 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    cursor: "cell",
  },
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
    zIndex: 1,
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", zIndex: 2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface Selection {
  row: number;
  column: number;
}

export interface GridViewportProps {
  workbook: ObservedMemoryWorkbook;
  sheet: string;
  selection: Selection;
  onSelect: (cell: Selection) => void;
  scrollTop: number;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  viewportRef: React.RefObject<HTMLDivElement>;
  version: number;
  texts: PlaygroundTexts;
}

export function GridViewport(props: GridViewportProps) {
  const { workbook, sheet, selection, onSelect, scrollTop, onScroll, viewportRef, texts } = props;
  const styles = useStyles();
  const size = workbook.sheetSize(sheet);
  const rowCount = Math.max(size.rows + SPARE_ROWS, 40);
  const columnCount = Math.max(size.columns + SPARE_COLUMNS, 12);
  const widths = useMemo(
    () => columnWidths(workbook, sheet, columnCount),
    [workbook, sheet, columnCount, props.version]
  );
  const lefts = widths.reduce<number[]>(
    (acc, _, i) => [...acc, i === 0 ? ROW_HEADER_WIDTH : acc[i - 1] + widths[i - 1]],
    []
  );
  const gridWidth = ROW_HEADER_WIDTH + widths.reduce((sum, w) => sum + w, 0);
  // Charts sit where the plan puts them, over the cells of their position, as in Excel.
  const columnLeft = (column: number) =>
    column < columnCount
      ? lefts[column]
      : gridWidth + (column - columnCount) * DEFAULT_COLUMN_WIDTH;
  const visibleWidth = useVisibleWidth(viewportRef);
  const charts = (workbook.sheetMetadata(sheet)?.charts ?? []).flatMap((chart) => {
    const area = parseRange(chart.position);
    if (!area) return [];
    const left = columnLeft(area.start.column);
    const placed = {
      left,
      top: (area.start.row + 1) * ROW_HEIGHT,
      width: columnLeft(area.end.column + 1) - left,
      height: (area.end.row - area.start.row + 1) * ROW_HEIGHT,
    };
    return [{ chart, placed, box: fitChartBox(placed, visibleWidth) }];
  });
  const totalWidth = Math.max(gridWidth, ...charts.map(({ placed }) => placed.left + placed.width));

  const firstRow = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN_ROWS);
  const lastRow = Math.min(rowCount - 1, firstRow + RENDERED_ROWS - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const row = Math.min(rowCount - 1, Math.max(0, selection.row + move[0]));
    const column = Math.min(columnCount - 1, Math.max(0, selection.column + move[1]));
    onSelect({ row, column });
    const view = viewportRef.current;
    if (view) {
      const top = (row + 1) * ROW_HEIGHT;
      if (top < view.scrollTop + ROW_HEIGHT) view.scrollTop = top - ROW_HEIGHT;
      else if (top + ROW_HEIGHT > view.scrollTop + view.clientHeight)
        view.scrollTop = top + ROW_HEIGHT - view.clientHeight;
    }
  };

  // Each visible row is an ARIA row (display: contents keeps the cells absolutely positioned in the grid).
  const rows = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const top = (row + 1) * ROW_HEIGHT;
    const cells = [
      <div
        key="header"
        role="rowheader"
        className={`${styles.cell} ${styles.heading}`}
        style={{ top, left: 0, width: ROW_HEADER_WIDTH }}
        data-row-header={row + 1}
      >
        {row + 1}
      </div>,
    ];
    for (let column = 0; column < columnCount; column++) {
      cells.push(
        <GridCell
          key={column}
          workbook={workbook}
          sheet={sheet}
          row={row}
          column={column}
          top={top}
          left={lefts[column]}
          width={widths[column]}
          selected={selection.row === row && selection.column === column}
          onSelect={onSelect}
          inputHint={texts.inputCellHint}
        />
      );
    }
    rows.push(
      <div key={row} role="row" aria-rowindex={row + 2} style={{ display: "contents" }}>
        {cells}
      </div>
    );
  }

  return (
    // The charts are the grid's siblings, not its children: a grid holds only rows (ARIA).
    <div ref={viewportRef} className={styles.viewport} onScroll={onScroll}>
      <div
        tabIndex={0}
        onKeyDown={onKeyDown}
        role="grid"
        aria-rowcount={rowCount + 1}
        aria-colcount={columnCount + 1}
        data-sheet={sheet}
        style={{
          position: "relative",
          height: (rowCount + 1) * ROW_HEIGHT,
          width: totalWidth,
          outline: "none",
        }}
      >
        <div
          role="row"
          aria-rowindex={1}
          style={{ position: "sticky", top: 0, height: ROW_HEIGHT, zIndex: 3 }}
        >
          <div
            role="columnheader"
            className={`${styles.cell} ${styles.heading}`}
            style={{ top: 0, left: 0, width: ROW_HEADER_WIDTH }}
          />
          {widths.map((width, column) => (
            <div
              key={column}
              role="columnheader"
              aria-colindex={column + 2}
              className={`${styles.cell} ${styles.heading}`}
              style={{ top: 0, left: lefts[column], width }}
            >
              {columnLetters(column)}
            </div>
          ))}
        </div>
        {rows}
      </div>
      {charts.map(({ chart, box }, i) => (
        <PlanChart
          key={`${sheet}:${i}`}
          workbook={workbook}
          sheet={sheet}
          chart={chart}
          version={props.version}
          box={box}
          texts={texts}
        />
      ))}
    </div>
  );
}

interface GridCellProps {
  workbook: ObservedMemoryWorkbook;
  sheet: string;
  row: number;
  column: number;
  top: number;
  left: number;
  width: number;
  selected: boolean;
  onSelect: (cell: Selection) => void;
  inputHint: string;
}

function GridCell({
  workbook,
  sheet,
  row,
  column,
  top,
  left,
  width,
  selected,
  onSelect,
  inputHint,
}: GridCellProps) {
  const styles = useStyles();
  const a1 = cellA1({ row, column });
  const value = workbook.getValue(sheet, a1);
  const format = workbook.getCellFormat(sheet, a1);
  const look = format.style ? STYLES[format.style] : undefined;
  const isError = typeof value === "object" && value !== null;
  const align =
    format.align ??
    look?.align ??
    (typeof value === "number" ? "right" : isError ? "center" : "left");
  // #NUM! and #DIV/0! carry no message (Excel shows none): no empty tooltip then.
  const title = isError
    ? workbook.getErrorMessage(sheet, a1) || undefined
    : format.input
      ? inputHint
      : undefined;
  return (
    <div
      role="gridcell"
      aria-colindex={column + 2}
      data-cell={a1}
      data-input={format.input || undefined}
      aria-selected={selected}
      title={title}
      className={`${styles.cell} ${selected ? styles.selected : ""} ${isError ? styles.error : ""}`}
      style={{
        top,
        left,
        width,
        textAlign: align,
        fontWeight: look?.bold ? 600 : undefined,
        fontStyle: look?.italic ? "italic" : undefined,
        backgroundColor: look?.fill ?? (format.input ? STYLES.input.fill : undefined),
        color: isError
          ? undefined
          : (look?.fontColor ?? (format.input ? STYLES.input.fontColor : undefined)),
        whiteSpace: format.wrap ? "normal" : undefined,
      }}
      onMouseDown={() => onSelect({ row, column })}
    >
      {formatCell(value, format.numberFormat)}
    </div>
  );
}

/** Widths in pixels: a plan's column widths (in characters, ~7px each), else the default. */
function columnWidths(workbook: ObservedMemoryWorkbook, sheet: string, count: number): number[] {
  const widths = Array.from({ length: count }, () => DEFAULT_COLUMN_WIDTH);
  for (const { column, width } of workbook.sheetMetadata(sheet)?.columnWidths ?? []) {
    const index = columnIndex(column);
    if (index !== undefined && index < count) widths[index] = Math.round(width * 7 + 10);
  }
  return widths;
}
