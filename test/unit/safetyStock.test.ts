import fc from "fast-check";
import { normSInv } from "../../src/core/stats";
import {
  coverStock,
  isSafetyStockMethod,
  reorderPoint,
  safetyStock,
  SAFETY_STOCK_METHODS,
  type SafetyStockInputs,
  type SafetyStockMethod,
} from "../../src/core/safetyStock";
import { evaluateFormulas } from "../support/hyperformulaOracle";
import { expectOpsError } from "../support/errorAssertions";

/** NORM.S.INV reference values (standard normal quantiles, full double precision). */
const Z95 = 1.6448536269514722;
const Z975 = 1.959963984540054;
const Z99 = 2.3263478740408408;

function inputs(overrides: Partial<SafetyStockInputs>): SafetyStockInputs {
  const base: SafetyStockInputs = {
    demandMean: 0,
    demandSd: 0,
    demandMax: 0,
    leadTime: 0,
    leadTimeSd: 0,
    leadTimeMax: 0,
    serviceLevel: 0.95,
    method: "combined",
  };
  const merged = { ...base, ...overrides };
  // Maxima default to the means, as for a single number in Excel.
  return {
    ...merged,
    demandMax: overrides.demandMax ?? merged.demandMean,
    leadTimeMax: overrides.leadTimeMax ?? merged.leadTime,
  };
}

function expectRelativelyClose(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe("safetyStock: the service-level factor z", () => {
  // With σd = 1, L = 1 and no lead-time spread, safety stock is exactly z = NORM.S.INV(p).
  it.each([
    [0.95, Z95],
    [0.975, Z975],
    [0.99, Z99],
  ])("service level %p gives z = %p", (serviceLevel, z) => {
    const ss = safetyStock(inputs({ demandSd: 1, leadTime: 1, serviceLevel }));
    expectRelativelyClose(ss, z, 1e-12);
  });

  it("matches Microsoft's NORM.S.INV example: NORM.S.INV(0.908789) = 1.3333", () => {
    // https://support.microsoft.com/office/norm-s-inv-function-d6d556b4-ab7f-49cd-b526-5a20918452b1
    expect(safetyStock(inputs({ demandSd: 1, leadTime: 1, serviceLevel: 0.908789 }))).toBeCloseTo(
      1.3333,
      4
    );
  });

  it("gives no safety stock at a 50% service level (z = 0)", () => {
    expect(
      safetyStock(
        inputs({ demandMean: 100, demandSd: 30, leadTime: 5, leadTimeSd: 2, serviceLevel: 0.5 })
      )
    ).toBe(0);
  });
});

describe("safetyStock: textbook worked example", () => {
  // Chopra & Meindl, Supply Chain Management: Strategy, Planning, and Operation, "Evaluating safety
  // inventory given CSL and uncertainty in lead time" (Dell components): D = 2,500/day, σD = 500,
  // L = 7 days, sL = 7 days, CSL = 90%. Published: σL = √(L·σD² + D²·sL²) = 17,550 and
  // ss = NORMSINV(0.90) × 17,550 = 22,491 units; with sL cut to 0 the same table gives ss = 1,695.
  const dell = { demandMean: 2500, demandSd: 500, leadTime: 7, serviceLevel: 0.9 } as const;

  it("combined form: 22,491 units with sL = 7 days", () => {
    expect(Math.abs(safetyStock(inputs({ ...dell, leadTimeSd: 7 })) - 22491)).toBeLessThan(1);
  });

  it("demand-only case: 1,695 units with sL = 0", () => {
    expect(Math.abs(safetyStock(inputs({ ...dell, leadTimeSd: 0 })) - 1695)).toBeLessThan(1);
  });

  it("reorder point adds the expected lead-time demand D·L = 17,500", () => {
    expect(
      Math.abs(reorderPoint(inputs({ ...dell, leadTimeSd: 7 })) - (17500 + 22491))
    ).toBeLessThan(1);
  });
});

describe("safetyStock: the three methods against hand-worked values", () => {
  const case1 = { demandMean: 120, demandSd: 60, leadTime: 5, leadTimeSd: 2 } as const;

  it("combined: z·√(5·60² + 120²·2²) = z·√75600", () => {
    expectRelativelyClose(safetyStock(inputs(case1)), Z95 * Math.sqrt(75600));
  });

  it("additive: z·60·√5 + z·120·2", () => {
    expectRelativelyClose(
      safetyStock(inputs({ ...case1, method: "additive" })),
      Z95 * (60 * Math.sqrt(5) + 240)
    );
  });

  it("maxavg: Dmax·Lmax − Davg·Lavg = 180·8 − 120·5 = 840, whatever the service level", () => {
    const maxavg = inputs({ ...case1, demandMax: 180, leadTimeMax: 8, method: "maxavg" });
    expect(safetyStock(maxavg)).toBe(840);
    expect(safetyStock({ ...maxavg, serviceLevel: 0.99 })).toBe(840);
  });

  it("maxavg is 0, not a tiny negative, when the rounded mean of equal values exceeds them", () => {
    // mean(0.1, 0.1, 0.1) in doubles is 0.10000000000000002 > 0.1.
    const roundedMean = (0.1 + 0.1 + 0.1) / 3;
    expect(roundedMean).toBeGreaterThan(0.1);
    // Without care 0.1 × 7 − 0.10000000000000002 × 7 = −1.1e-16.
    expect(
      safetyStock(
        inputs({ demandMean: roundedMean, demandMax: 0.1, leadTime: 7, method: "maxavg" })
      )
    ).toBe(0);
  });
});

describe("safetyStock: agrees with HyperFormula evaluating the textbook formulas", () => {
  // Inputs sit in A1:G1 (d, σd, Dmax, L, σL, Lmax, p) and each method is written natively.
  const FORMULAS: Record<SafetyStockMethod, string> = {
    combined: "=NORM.S.INV(G1)*SQRT(D1*B1^2+A1^2*E1^2)",
    additive: "=NORM.S.INV(G1)*B1*SQRT(D1)+NORM.S.INV(G1)*A1*E1",
    maxavg: "=C1*F1-A1*D1",
  };
  const REORDER_POINT = "=A1*D1+";

  /**
   * What the tolerance is relative to. HyperFormula's NORM.S.INV(0.5) is ~1e-16, not 0, so the
   * statistical methods are compared relative to their size at z = 1; maxavg subtracts two products,
   * so its rounding is relative to the products, not to the difference.
   */
  function errorScale(v: Omit<SafetyStockInputs, "method">, method: SafetyStockMethod): number {
    switch (method) {
      case "combined":
        return Math.sqrt(v.leadTime * v.demandSd ** 2 + v.demandMean ** 2 * v.leadTimeSd ** 2);
      case "additive":
        return v.demandSd * Math.sqrt(v.leadTime) + v.demandMean * v.leadTimeSd;
      case "maxavg":
        return v.demandMax * v.leadTimeMax;
    }
  }

  const amount = (max: number) =>
    fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max, noNaN: true }));
  const randomInputs = fc
    .record({
      demandMean: amount(1e5),
      demandSd: amount(1e4),
      demandExtra: amount(1e4),
      leadTime: amount(365),
      leadTimeSd: amount(60),
      leadTimeExtra: amount(60),
      serviceLevel: fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
    })
    .map((r): Omit<SafetyStockInputs, "method"> => ({
      demandMean: r.demandMean,
      demandSd: r.demandSd,
      demandMax: r.demandMean + r.demandExtra,
      leadTime: r.leadTime,
      leadTimeSd: r.leadTimeSd,
      leadTimeMax: r.leadTime + r.leadTimeExtra,
      serviceLevel: r.serviceLevel,
    }));

  it.each(SAFETY_STOCK_METHODS)("%s and its reorder point", (method) => {
    fc.assert(
      fc.property(randomInputs, (values) => {
        const row = [
          values.demandMean,
          values.demandSd,
          values.demandMax,
          values.leadTime,
          values.leadTimeSd,
          values.leadTimeMax,
          values.serviceLevel,
        ];
        const formula = FORMULAS[method];
        const [expectedSs, expectedRop] = evaluateFormulas(
          [row],
          [formula, REORDER_POINT + formula.slice(1)]
        );
        const ours = { ...values, method };
        const scale = errorScale(values, method);
        expect(Math.abs(safetyStock(ours) - expectedSs)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(reorderPoint(ours) - expectedRop)).toBeLessThanOrEqual(
          1e-9 * (Math.abs(expectedRop) + scale)
        );
      }),
      { numRuns: 60 }
    );
  });
});

describe("safetyStock: properties", () => {
  // Zero or a realistic magnitude: subnormal doubles would underflow when squared and test rounding, not math.
  const nonNegative = (max: number) =>
    fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max, noNaN: true }));
  const serviceLevel = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
  const method = fc.constantFrom(...SAFETY_STOCK_METHODS);
  const anyInputs = fc
    .record({
      demandMean: nonNegative(1e5),
      demandSd: nonNegative(1e4),
      demandExtra: nonNegative(1e4),
      leadTime: nonNegative(365),
      leadTimeSd: nonNegative(60),
      leadTimeExtra: nonNegative(60),
      serviceLevel,
      method,
    })
    .map(({ demandExtra, leadTimeExtra, ...r }): SafetyStockInputs => ({
      ...r,
      demandMax: r.demandMean + demandExtra,
      leadTimeMax: r.leadTime + leadTimeExtra,
    }));

  it("is non-decreasing in the service level", () => {
    fc.assert(
      fc.property(anyInputs, serviceLevel, serviceLevel, (values, p1, p2) => {
        const [low, high] = p1 <= p2 ? [p1, p2] : [p2, p1];
        expect(safetyStock({ ...values, serviceLevel: low })).toBeLessThanOrEqual(
          safetyStock({ ...values, serviceLevel: high })
        );
      })
    );
  });

  it("combined ≤ additive for service levels of 50% and above (z ≥ 0)", () => {
    fc.assert(
      fc.property(anyInputs, fc.double({ min: 0.5, max: 1 - 1e-6, noNaN: true }), (values, p) => {
        const combined = safetyStock({ ...values, serviceLevel: p, method: "combined" });
        const additive = safetyStock({ ...values, serviceLevel: p, method: "additive" });
        expect(combined).toBeLessThanOrEqual(additive * (1 + 1e-12));
      })
    );
  });

  it("with σL = 0 both statistical methods reduce to the demand-only form z·σd·√L", () => {
    fc.assert(
      fc.property(
        anyInputs,
        fc.constantFrom<SafetyStockMethod>("combined", "additive"),
        (values, m) => {
          const demandOnly =
            normSInv(values.serviceLevel) * values.demandSd * Math.sqrt(values.leadTime);
          const ss = safetyStock({ ...values, leadTimeSd: 0, method: m });
          expect(Math.abs(ss - demandOnly)).toBeLessThanOrEqual(1e-12 * Math.abs(demandOnly));
        }
      )
    );
  });

  it("with σd = 0 both statistical methods reduce to the lead-time-only form z·d·σL", () => {
    fc.assert(
      fc.property(
        anyInputs,
        fc.constantFrom<SafetyStockMethod>("combined", "additive"),
        (values, m) => {
          const leadTimeOnly =
            normSInv(values.serviceLevel) * values.demandMean * values.leadTimeSd;
          const ss = safetyStock({ ...values, demandSd: 0, method: m });
          expect(Math.abs(ss - leadTimeOnly)).toBeLessThanOrEqual(1e-12 * Math.abs(leadTimeOnly));
        }
      )
    );
  });

  it("reorder point = d·L + safety stock", () => {
    fc.assert(
      fc.property(anyInputs, (values) => {
        expect(reorderPoint(values)).toBe(
          values.demandMean * values.leadTime + safetyStock(values)
        );
      })
    );
  });

  it("scales with demand: d, σd and Dmax × k give safety stock × k", () => {
    fc.assert(
      fc.property(anyInputs, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (values, k) => {
        const scaled = {
          ...values,
          demandMean: values.demandMean * k,
          demandSd: values.demandSd * k,
          demandMax: values.demandMax * k,
        };
        const expected = safetyStock(values) * k;
        const scale =
          values.method === "maxavg"
            ? values.demandMax * values.leadTimeMax * k
            : Math.abs(expected);
        expect(Math.abs(safetyStock(scaled) - expected)).toBeLessThanOrEqual(1e-12 * scale);
      })
    );
  });

  it("is never negative at service levels of 50% and above", () => {
    fc.assert(
      fc.property(anyInputs, fc.double({ min: 0.5, max: 1 - 1e-6, noNaN: true }), (values, p) => {
        expect(safetyStock({ ...values, serviceLevel: p })).toBeGreaterThanOrEqual(0);
      })
    );
  });
});

describe("safetyStock: input validation", () => {
  const valid = inputs({ demandMean: 100, demandSd: 20, leadTime: 5, leadTimeSd: 1 });

  it.each([0, 1, -0.1, 1.5, 95, NaN])("service level %p is #NUM! openInterval", (serviceLevel) => {
    expectOpsError(() => safetyStock({ ...valid, serviceLevel }), "NUM", "openInterval", {
      arg: "service_level",
    });
  });

  it.each([
    ["demandMean", "demand"],
    ["demandSd", "demand_sd"],
    ["demandMax", "demand"],
    ["leadTime", "lead_time"],
    ["leadTimeSd", "lead_time_sd"],
    ["leadTimeMax", "lead_time"],
  ] as const)("negative %s is #VALUE! mustNotBeNegative naming %s", (field, arg) => {
    expectOpsError(() => safetyStock({ ...valid, [field]: -1 }), "VALUE", "mustNotBeNegative", {
      arg: arg,
    });
    expectOpsError(() => reorderPoint({ ...valid, [field]: -1 }), "VALUE", "mustNotBeNegative", {
      arg: arg,
    });
  });

  it("accepts zero demand and zero lead time", () => {
    expect(safetyStock(inputs({ leadTime: 0, demandSd: 50 }))).toBe(0);
    expect(safetyStock(inputs({ demandMean: 0, leadTime: 4, leadTimeSd: 2 }))).toBe(0);
  });

  it("knows its method names", () => {
    expect(SAFETY_STOCK_METHODS.filter(isSafetyStockMethod)).toEqual([
      "combined",
      "additive",
      "maxavg",
    ]);
    expect(isSafetyStockMethod("Combined")).toBe(false);
    expect(isSafetyStockMethod("max")).toBe(false);
  });
});

describe("coverStock", () => {
  it("is average daily sales × days + buffer (30-day average 42.5 × 15 days + 20 = 657.5)", () => {
    expect(coverStock(42.5, 15, 20)).toBe(657.5);
  });

  it("accepts zeros", () => {
    expect(coverStock(0, 15, 0)).toBe(0);
    expect(coverStock(12, 0, 5)).toBe(5);
  });

  it("agrees with HyperFormula =A1*B1+C1", () => {
    const nonNegative = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(nonNegative, nonNegative, nonNegative, (sales, days, buffer) => {
        const [expected] = evaluateFormulas([[sales, days, buffer]], ["=A1*B1+C1"]);
        expect(Math.abs(coverStock(sales, days, buffer) - expected)).toBeLessThanOrEqual(
          1e-12 * expected
        );
      }),
      { numRuns: 50 }
    );
  });

  it.each([
    [[-1, 15, 0], "daily_sales"],
    [[10, -1, 0], "days"],
    [[10, 15, -1], "buffer"],
    [[NaN, 15, 0], "daily_sales"],
  ] as const)("%p is #VALUE! mustNotBeNegative naming %s", ([sales, days, buffer], arg) => {
    expectOpsError(() => coverStock(sales, days, buffer), "VALUE", "mustNotBeNegative", {
      arg: arg,
    });
  });
});
