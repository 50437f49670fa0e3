import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { usePanelLocale } from "../panelLocale";

/** Something a builder needs from the data, e.g. { id: "sales", label: "Sales amount" }. */
export interface ColumnMeaning {
  id: string;
  label: string;
}

/** Meaning id → 0-based column index, or null when no column holds it. */
export type ColumnMappingValue = Record<string, number | null>;

export interface ColumnMappingProps {
  /** Header names of the source data. */
  columns: string[];
  meanings: ColumnMeaning[];
  mapping: ColumnMappingValue;
  onChange: (mapping: ColumnMappingValue) => void;
}

const NOT_MAPPED = "none";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  dropdown: { minWidth: "0" },
});

/** One labelled dropdown per meaning: the choice is by column, since header names may repeat or be blank. */
export function ColumnMapping({ columns, meanings, mapping, onChange }: ColumnMappingProps) {
  const { text } = usePanelLocale();
  const styles = useStyles();
  const columnName = (index: number) => columns[index] || `#${index + 1}`;
  return (
    <div className={styles.grid}>
      {meanings.map((meaning) => {
        const selected = mapping[meaning.id] ?? null;
        return (
          <Field key={meaning.id} label={meaning.label}>
            <Dropdown
              className={styles.dropdown}
              value={selected === null ? text.notMapped : columnName(selected)}
              selectedOptions={[selected === null ? NOT_MAPPED : String(selected)]}
              onOptionSelect={(_, data) =>
                onChange({
                  ...mapping,
                  [meaning.id]:
                    data.optionValue === NOT_MAPPED || data.optionValue === undefined
                      ? null
                      : Number(data.optionValue),
                })
              }
            >
              <Option value={NOT_MAPPED}>{text.notMapped}</Option>
              {columns.map((_, index) => (
                <Option key={index} value={String(index)}>
                  {columnName(index)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
