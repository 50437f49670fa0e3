/** What `npm start` prints once the dev server listens: where things are and how to sideload. */
export function printStartBanner(port: number): void {
  const origin = `https://localhost:${port}`;
  const lines = [
    "",
    "Ops Planner dev server is running.",
    `  Task pane + functions (shared runtime): ${origin}/taskpane.html`,
    `  Playground (panel + in-memory workbook, no Excel needed): ${origin}/playground.html`,
    `  Function metadata: ${origin}/functions.json (zh-CN: ${origin}/functions.zh-CN.json)`,
    "",
    "Sideload into Excel (details in README, 'Sideloading'):",
    "  Excel on the web: Home > Add-ins > More Settings > Upload My Add-in > choose manifest.xml",
    "  Excel on Windows/Mac with Node: npm run start:desktop (or share the folder holding manifest.xml",
    "    as a trusted catalog on Windows; copy manifest.xml to",
    "    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef on Mac)",
    "  Then type =OPS. in a cell, or Home > Open Ops Planner.",
    "",
  ];
  console.log(lines.join("\n"));
}
