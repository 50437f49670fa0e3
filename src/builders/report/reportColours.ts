/** The change format and colours the report and the dashboard share (README: Operating reports › Colours). */

/** % change with ▲ for up and ▼ for down. */
export const CHANGE_FORMAT = { code: "▲0.0%;▼0.0%;0.0%" } as const;
/** Chinese convention, in both languages: red is up, green is down. */
export const UP_COLOR = "#C00000";
export const DOWN_COLOR = "#00875A";
