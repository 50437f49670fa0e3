import { displayWidth, padToWidth, renderTable, truncateToWidth } from "../../src/cli/textTable";

describe("textTable", () => {
  it("counts Chinese and full-width characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("销售额")).toBe(6);
    expect(displayWidth("￥1,234")).toBe(7);
    expect(displayWidth("T恤")).toBe(3);
  });

  it("pads and truncates by display width", () => {
    expect(padToWidth("日期", 6)).toBe("日期  ");
    expect(padToWidth("12", 4, "right")).toBe("  12");
    expect(truncateToWidth("销售额统计", 7)).toBe("销售额…");
    expect(truncateToWidth("short", 7)).toBe("short");
  });

  it("aligns columns of mixed Chinese and ASCII text", () => {
    expect(
      renderTable(
        [
          ["#", "日期", "销售额"],
          ["1", "2025-01-03", "1234.5"],
        ],
        ["right", "left", "right"]
      )
    ).toEqual(["#  日期        销售额", "1  2025-01-03  1234.5"]);
  });
});
