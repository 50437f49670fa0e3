// office-addin-lint's recommended rules (with prettier) for the add-in, React rules for the panel,
// and Node/jest globals for the code that runs outside Office.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    // The recommended config lists .ts but not .tsx; without this the panel's components go unlinted.
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: { react: { version: "18" } },
    rules: {
      // React 17+ JSX transform: no React import needed in scope.
      "react/react-in-jsx-scope": "off",
      // TypeScript already reports undefined names (typescript-eslint advises turning this off for TS).
      "no-undef": "off",
      // The base rule misreads parameter names in function types; tsc's noUnusedLocals/Parameters check this.
      "no-unused-vars": "off",
    },
  },
  {
    files: ["test/**", "scripts/**", "bench/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
