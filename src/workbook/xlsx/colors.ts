/** Plan colours are "#RRGGBB"; ExcelJS wants opaque ARGB ("FFRRGGBB"). */
export function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}
