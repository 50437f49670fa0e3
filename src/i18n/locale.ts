export type Locale = "en-US" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

/** Office reports languages such as "zh-CN", "zh-TW", "en-GB": any Chinese maps to zh-CN. */
export function localeFromLanguageTag(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? "zh-CN" : "en-US";
}

/** Replaces {name} placeholders; a missing parameter stays visible rather than vanishing. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
