/** Reading Office.js errors (OfficeExtension.Error) without needing the global OfficeExtension. */

/** The error's code, e.g. "ItemNotFound", "InvalidSelection"; "" when it has none. */
export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : "";
}

/** Message, code and — when Office.js says — where in the batch it happened, for user messages. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = errorCode(error);
  const location = (error as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation;
  return [
    error.message,
    code && !error.message.includes(code) ? `code ${code}` : "",
    location ? `at ${location}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}
