/**
 * The playground sample SKUs' stock health computed in plain JavaScript from the generated rows, with
 * the default options (30-day window, 95% service level, 7-day default lead time): d and σd over the
 * window's days (days without a sale count as 0), reorder point d·L + z·√(L·σd² + d²·σL²).
 */
import { generateSampleStockData } from "../../src/playground/sampleStockData";

const Z95 = 1.6448536269514722;
const WINDOW = 30;

export function expectedStockHealth() {
  const { sales, stock } = generateSampleStockData();
  const last = Math.max(...sales.slice(1).map((row) => row[0] as number));
  let orderCount = 0;
  let stockValue = 0;
  for (const [sku, , onHand, onOrder, cost, leadTime, leadTimeSd] of stock.slice(1)) {
    const daily = Array.from({ length: WINDOW }, (_, i) =>
      sales
        .slice(1)
        .filter((row) => row[1] === sku && row[0] === last - WINDOW + 1 + i)
        .reduce((sum, row) => sum + (row[3] as number), 0)
    );
    const d = daily.reduce((a, b) => a + b, 0) / WINDOW;
    const variance = daily.reduce((sum, q) => sum + (q - d) ** 2, 0) / (WINDOW - 1);
    const L = (leadTime as number | null) ?? 7;
    const sL = (leadTimeSd as number | null) ?? 0;
    const reorderPoint = d * L + Z95 * Math.sqrt(L * variance + d * d * sL * sL);
    if ((onHand as number) + (onOrder as number) <= reorderPoint) orderCount++;
    stockValue += (onHand as number) * (cost as number);
  }
  return { orderCount, stockValue };
}
