/**
 * Help text wrapped to the terminal for Chinese too. commander breaks lines only at spaces, so a Chinese
 * description (no spaces) ran past 80 columns. Here a line may also break between two Chinese
 * characters, as Chinese typesetting does, but never before closing punctuation (，。）…) or after
 * opening punctuation (（“…): the kinsoku rules terminals' users expect.
 */
import { displayWidth } from "./textTable";

/** Ideographs, kana and Hangul: a line may break before or after each. */
const LETTERS =
  "\\u1100-\\u115F\\u2E80-\\u2FFF\\u3040-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7A3\\uF900-\\uFAFF";
const CLOSING = "，。、；：！？）」』》〉】”’\\uFF09\\uFF0C\\uFF1A\\uFF1B\\uFF01\\uFF1F";
const OPENING = "（「『《〈【“‘\\uFF08";

/**
 * One unbreakable piece with the whitespace before it: a Chinese character with the punctuation that
 * must stay with it, or a run of other text (a word, "<file>", "utf-8", "2025-01-03").
 */
const CHUNK = new RegExp(
  `\\s*(?:[${OPENING}]*[${LETTERS}][${CLOSING}]*` +
    `|[${OPENING}]*[^\\s${LETTERS}${OPENING}${CLOSING}]+[${CLOSING}]*` +
    `|[${OPENING}${CLOSING}]+)`,
  "gu"
);

/** commander's Help.minWidthToWrap. */
const MIN_WIDTH_TO_WRAP = 40;

/** commander's Help.boxWrap with Chinese-aware pieces: lines of at most `width` columns where possible. */
export function wrapHelpText(text: string, width: number): string {
  // commander's rule: in a narrower column, wrapping would help less than it hurts.
  if (width < MIN_WIDTH_TO_WRAP) return text;
  return text
    .split(/\r\n|\n/)
    .map((line) => {
      const chunks = line.match(CHUNK);
      if (chunks === null) return "";
      const lines: string[] = [];
      let current = chunks[0];
      let currentWidth = displayWidth(current);
      for (const chunk of chunks.slice(1)) {
        const chunkWidth = displayWidth(chunk);
        if (currentWidth + chunkWidth <= width) {
          current += chunk;
          currentWidth += chunkWidth;
          continue;
        }
        lines.push(current);
        current = chunk.trimStart(); // no space at the start of a line
        currentWidth = displayWidth(current);
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}
