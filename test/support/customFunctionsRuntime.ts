/**
 * Excel's custom-functions runtime defines a global `CustomFunctions` with an `Error` class and an
 * `ErrorCode` enum. Node has no such runtime, so jest installs the memory workbook's stand-in (code +
 * message, as in @types/custom-functions-runtime) before any test module loads the functions.
 */
import { ensureCustomFunctionsRuntime } from "../../src/workbook/memory/customFunctionsShim";

ensureCustomFunctionsRuntime();
