/**
 * File-system errors on --input and --out are one-line user errors (exit 2, no stack) in both
 * languages. Real situations where the machine can make them (missing files, folders, names too long,
 * /proc, /sys, /dev/zero); an injected failure of node:fs/promises where it cannot (a full disk, a
 * read-only file system, too many open files, and permissions, which root, as in CI containers, skips).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { join } from "node:path";
import { temporaryName } from "../../src/cli/prepareOutput";
import { EN, expectUserError, useCliFolder, ZH, type CliEnv } from "../support/cliHarness";

jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return { ...actual, open: jest.fn(actual.open), writeFile: jest.fn(actual.writeFile) };
});

const mocked = fsPromises as jest.Mocked<typeof fsPromises>;

/**
 * The next call of `name` fails as the system would, with `code`; with `partial`, writeFile first
 * leaves part of the file behind, as a disk that fills up mid-write does.
 */
function failNext(name: "open" | "writeFile", code: string, partial = false): void {
  const error = Object.assign(new Error(`${code}: injected by the test`), { code });
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  (mocked[name] as jest.Mock).mockImplementationOnce(async (path: string) => {
    if (partial) await actual.writeFile(path, "PK partial", { flag: "wx" });
    throw error;
  });
}

const { cli, folder } = useCliFolder("ops-fs-errors-", async (dir) => {
  writeFileSync(join(dir, "sales.csv"), "日期,销售额\n2025-01-03,100\n");
  writeFileSync(join(dir, "big.csv"), `日期,销售额\n${"2025-01-03,100\n".repeat(80_000)}`);
  mkdirSync(join(dir, "data"));
  mkdirSync(join(dir, "folder.xlsx"));
});

const inspect = (input: string, env: CliEnv, ...more: string[]) =>
  cli(["inspect", "--input", input, ...more], env);
const targets = (out: string, env: CliEnv) =>
  cli(["targets", "--annual", "1200", "--out", out], env);

/** 3 bytes per character in UTF-8: 83 of them and ".xlsx" is 254 bytes, 85 is 260 (NAME_MAX is 255). */
const LONG_LEGAL = `${"经".repeat(83)}.xlsx`;
const TOO_LONG = `${"经".repeat(85)}.xlsx`;

describe("--input", () => {
  test.each([
    [
      "a missing file",
      "missing.csv",
      "Input file not found: missing.csv",
      "找不到输入文件：missing.csv",
    ],
    [
      "a file used as a folder",
      "sales.csv/x.csv",
      "Input file not found: sales.csv/x.csv",
      "找不到输入文件：sales.csv/x.csv",
    ],
    [
      "a folder",
      "data",
      "data is a folder; --input must name a file.",
      "data 是文件夹；--input 必须指定一个文件。",
    ],
    [
      "a name longer than the file system allows",
      `${"经".repeat(90)}.csv`,
      `${"经".repeat(90)}.csv: a file or folder name in it is too long for the file system.`,
      `${"经".repeat(90)}.csv：其中的文件名或文件夹名超出文件系统允许的长度。`,
    ],
    [
      "/proc/self/mem (EIO)",
      "/proc/self/mem",
      "Cannot read /proc/self/mem (EIO).",
      "无法读取 /proc/self/mem（EIO）。",
    ],
  ])("%s", async (_, input, en, zh) => {
    expect(expectUserError(await inspect(input, EN))).toBe(`error: ${en}`);
    expect(expectUserError(await inspect(input, ZH))).toBe(`错误：${zh}`);
  });

  it("refuses a file over --max-file-mb before reading it, and reads it under a larger limit", async () => {
    // big.csv is 1,200,013 bytes: over 1 MB, under 2.
    expect(expectUserError(await inspect("big.csv", EN, "--max-file-mb", "1"))).toBe(
      "error: big.csv is larger than 1 MB, the limit for an input file. If the file is genuine, raise the limit with --max-file-mb."
    );
    expect(expectUserError(await inspect("big.csv", ZH, "--max-file-mb", "1"))).toBe(
      "错误：big.csv 超过输入文件 1 MB 的上限。如果文件确实无误，可用 --max-file-mb 提高上限。"
    );
    expect((await inspect("big.csv", EN, "--max-file-mb", "2")).code).toBe(0);
  });

  it("stops reading a file without an end (/dev/zero) at the limit", async () => {
    expect(expectUserError(await inspect("/dev/zero", EN, "--max-file-mb", "1"))).toBe(
      "error: /dev/zero is larger than 1 MB, the limit for an input file. If the file is genuine, raise the limit with --max-file-mb."
    );
  });

  it("refuses a limit that is not a whole number above 0", async () => {
    for (const value of ["0", "-5", "1.5", "many"])
      expect(expectUserError(await inspect("sales.csv", EN, "--max-cells", value))).toBe(
        `error: Option --max-cells needs a whole number greater than 0, not "${value}". See "ops-planner inspect --help".`
      );
    expect(expectUserError(await inspect("sales.csv", ZH, "--max-unzipped-mb", "0"))).toBe(
      "错误：选项 --max-unzipped-mb 需要大于 0 的整数，而不是“0”。请参阅“ops-planner inspect --help”。"
    );
  });

  test.each([
    ["EACCES", "Cannot read sales.csv (EACCES).", "无法读取 sales.csv（EACCES）。"],
    ["EPERM", "Cannot read sales.csv (EPERM).", "无法读取 sales.csv（EPERM）。"],
    [
      "EMFILE",
      "Cannot open sales.csv: too many files are open (EMFILE). Close other programs, or raise the limit (ulimit -n), and try again.",
      "无法打开 sales.csv：打开的文件过多（EMFILE）。请关闭其他程序，或提高上限（ulimit -n）后重试。",
    ],
    [
      "ENFILE",
      "Cannot open sales.csv: too many files are open (ENFILE). Close other programs, or raise the limit (ulimit -n), and try again.",
      "无法打开 sales.csv：打开的文件过多（ENFILE）。请关闭其他程序，或提高上限（ulimit -n）后重试。",
    ],
  ])("%s (injected)", async (code, en, zh) => {
    failNext("open", code);
    expect(expectUserError(await inspect("sales.csv", EN))).toBe(`error: ${en}`);
    failNext("open", code);
    expect(expectUserError(await inspect("sales.csv", ZH))).toBe(`错误：${zh}`);
  });
});

describe("--out", () => {
  it("writes a name of 83 Chinese characters (254 bytes), leaving no temporary file", async () => {
    const result = await targets(LONG_LEGAL, EN);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(existsSync(join(folder(), LONG_LEGAL))).toBe(true);
    expect(readdirSync(folder()).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("names the temporary file no longer than the target (or 13 bytes), in the same folder", () => {
    const bytes = (name: string) => Buffer.byteLength(name);
    for (const name of [LONG_LEGAL, "2026目标.xlsx", "a.xlsx", `${"x".repeat(250)}.xlsx`]) {
      const temporary = temporaryName(name);
      expect(temporary).toMatch(/^\.[^/]*[0-9a-f]{8}\.tmp$/);
      expect(bytes(temporary)).toBeLessThanOrEqual(Math.max(bytes(name), 13));
    }
    expect(temporaryName(LONG_LEGAL).startsWith(".经经经")).toBe(true);
    expect(temporaryName("a.xlsx")).not.toBe(temporaryName("a.xlsx"));
  });

  test.each([
    [
      "a name longer than the file system allows",
      TOO_LONG,
      `${TOO_LONG}: the file name is too long for the file system (at most 255 bytes; a Chinese character takes 3). Choose a shorter --out name.`,
      `${TOO_LONG}：文件名超出文件系统允许的长度（最多 255 字节，一个汉字占 3 字节）。请换一个短一些的 --out 文件名。`,
    ],
    [
      "a folder under /sys (EACCES, even for root)",
      "/sys/x.xlsx",
      "Cannot write /sys/x.xlsx (EACCES). If it is open in Excel or WPS, close it and try again.",
      "无法写入 /sys/x.xlsx（EACCES）。如果该文件正在 Excel 或 WPS 中打开，请先关闭再重试。",
    ],
    [
      "a folder that does not exist",
      "nowhere/x.xlsx",
      "The folder of nowhere/x.xlsx does not exist.",
      "nowhere/x.xlsx 所在的文件夹不存在。",
    ],
    [
      "a file used as a folder",
      "sales.csv/x.xlsx",
      "The folder of sales.csv/x.xlsx does not exist.",
      "sales.csv/x.xlsx 所在的文件夹不存在。",
    ],
    [
      "a folder",
      "folder.xlsx",
      "folder.xlsx is a folder; --out must name a file.",
      "folder.xlsx 是文件夹；--out 必须指定一个文件。",
    ],
  ])("%s", async (_, out, en, zh) => {
    expect(expectUserError(await targets(out, EN))).toBe(`error: ${en}`);
    expect(expectUserError(await targets(out, ZH))).toBe(`错误：${zh}`);
  });

  it("a folder under /proc (ENOENT for root and other users alike)", async () => {
    expect(expectUserError(await targets("/proc/x.xlsx", EN))).toBe(
      "error: Cannot create a file in the folder of /proc/x.xlsx (ENOENT); choose another folder for --out."
    );
    expect(expectUserError(await targets("/proc/x.xlsx", ZH))).toBe(
      "错误：无法在 /proc/x.xlsx 所在的文件夹中创建文件（ENOENT）；请为 --out 换一个文件夹。"
    );
  });

  test.each([
    [
      "ENOSPC",
      "Cannot write full.xlsx: the disk is full (ENOSPC). Free some space and try again.",
      "无法写入 full.xlsx：磁盘已满（ENOSPC）。请腾出空间后重试。",
    ],
    [
      "EROFS",
      "Cannot write full.xlsx: the file system is read-only (EROFS).",
      "无法写入 full.xlsx：文件系统为只读（EROFS）。",
    ],
    [
      "EACCES",
      "Cannot write full.xlsx (EACCES). If it is open in Excel or WPS, close it and try again.",
      "无法写入 full.xlsx（EACCES）。如果该文件正在 Excel 或 WPS 中打开，请先关闭再重试。",
    ],
    [
      "EMFILE",
      "Cannot open full.xlsx: too many files are open (EMFILE). Close other programs, or raise the limit (ulimit -n), and try again.",
      "无法打开 full.xlsx：打开的文件过多（EMFILE）。请关闭其他程序，或提高上限（ulimit -n）后重试。",
    ],
  ])("%s while writing (injected): nothing is left behind", async (code, en, zh) => {
    const partial = code === "ENOSPC";
    failNext("writeFile", code, partial);
    expect(expectUserError(await targets("full.xlsx", EN))).toBe(`error: ${en}`);
    failNext("writeFile", code, partial);
    expect(expectUserError(await targets("full.xlsx", ZH))).toBe(`错误：${zh}`);
    expect(
      readdirSync(folder()).filter((name) => name.endsWith(".tmp") || name === "full.xlsx")
    ).toEqual([]);
  });
});
