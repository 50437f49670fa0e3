// office-addin-lint's recommended rules (with prettier) for the add-in, React rules for the panel,
// and Node/jest globals for the code that runs outside Office.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    settings: { react: { version: "18" } },
    rules: {
      // React 17+ JSX transform: no React import needed in scope.
      "react/react-in-jsx-scope": "off",
      // TypeScript already reports undefined names (typescript-eslint advises turning this off for TS).
      "no-undef": "off",
    },
  },
  {
    files: ["test/**", "scripts/**", "bench/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
