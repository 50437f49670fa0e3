// office-addin-lint's recommended rules (with prettier) for the add-in, plus React rules for the panel.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

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
    },
  },
];
