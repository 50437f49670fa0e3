import { Command } from "commander";
import { CliUserError } from "../../src/cli/cliUserError";
import {
  addInputOptions,
  addOutputOptions,
  inputOptionsFrom,
  outputOptionsFrom,
} from "../../src/cli/sharedOptions";

function parse(args: string[]) {
  const command = addOutputOptions(
    addInputOptions(new Command("t").exitOverride(), "en-US"),
    "en-US"
  );
  command.parse(args, { from: "user" });
  return command.opts();
}

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(CliUserError);
    return (error as CliUserError).messageIn("en-US");
  }
  throw new Error("expected a user error");
}

describe("shared input options", () => {
  it("reads --input, --sheet and --encoding, accepting the usual spellings of the encodings", () => {
    expect(inputOptionsFrom(parse(["--input", "a.xlsx", "--sheet", "订单"]))).toEqual({
      input: "a.xlsx",
      sheet: "订单",
      encoding: undefined,
      skipInvalid: false,
    });
    for (const [spelling, encoding] of [
      ["GBK", "gb18030"],
      ["gb2312", "gb18030"],
      ["GB18030", "gb18030"],
      ["UTF8", "utf-8"],
      ["utf-8", "utf-8"],
    ]) {
      expect(inputOptionsFrom(parse(["--input", "a.csv", "--encoding", spelling])).encoding).toBe(
        encoding
      );
    }
  });

  it("refuses a missing --input and an unknown encoding", () => {
    expect(messageOf(() => inputOptionsFrom(parse([])))).toBe("Missing required option --input.");
    expect(
      messageOf(() => inputOptionsFrom(parse(["--input", "a.csv", "--encoding", "big5"])))
    ).toBe('Option --encoding does not accept "big5"; use one of: utf-8, gb18030.');
    expect(
      messageOf(() => inputOptionsFrom(parse(["--input", "a.csv", "--encoding", "constructor"])))
    ).toMatch(/does not accept/);
  });
});

describe("shared output options", () => {
  it("reads --out and --force", () => {
    expect(outputOptionsFrom(parse(["--out", "plan.xlsx"]))).toEqual({
      out: "plan.xlsx",
      force: false,
    });
    expect(outputOptionsFrom(parse(["--out", "plan.xlsx", "--force"]))).toEqual({
      out: "plan.xlsx",
      force: true,
    });
  });

  it("refuses a missing --out", () => {
    expect(messageOf(() => outputOptionsFrom(parse(["--force"])))).toBe(
      "Missing required option --out."
    );
  });
});
