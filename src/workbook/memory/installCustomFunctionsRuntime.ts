/**
 * Side-effect module: installs the CustomFunctions runtime shim on load. Imported before functions.ts,
 * because in webpack bundles the metadata plugin appends `CustomFunctions.associate(...)` calls to
 * functions.ts, which run the moment it loads; outside Excel (the playground) the global must exist first.
 */
import { ensureCustomFunctionsRuntime } from "./customFunctionsShim";

ensureCustomFunctionsRuntime();
