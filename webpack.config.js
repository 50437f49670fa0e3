/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- webpack config runs in Node as CommonJS */
/**
 * One shared-runtime page (taskpane.html) loads the custom functions and the panel, and is the manifest's
 * FunctionFile, so ribbon commands run there too.
 * The metadata plugin writes functions.json from the JSDoc of src/functions/functions.ts; this config
 * derives functions.zh-CN.json from it. Production builds rewrite https://localhost:3000 in the
 * manifest to OPS_BASE_URL.
 * playground.html is a standalone page without office.js: the panel against an in-memory workbook. It is
 * the only entry that may import the memory adapter (HyperFormula, GPL-3.0); taskpane and functions must not.
 */
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
const path = require("path");
const { sources, Compilation, ProvidePlugin } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeFunctionsMetadata } = require("./src/i18n/localizeFunctionsMetadata.ts");
const { printStartBanner } = require("./scripts/startBanner.ts");

const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PRODUCTION_BASE_URL = "https://ops-planner.example.com/";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Emits functions.zh-CN.json next to the functions.json the metadata plugin produced. */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        (assets) => {
          const english = assets["functions.json"];
          if (!english) return; // the metadata plugin reported its own error
          const localized = localizeFunctionsMetadata(JSON.parse(english.source().toString()));
          compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(JSON.stringify(localized, null, 4)));
        },
      );
    });
  }
}

function productionBaseUrl() {
  const base = process.env.OPS_BASE_URL || DEFAULT_PRODUCTION_BASE_URL;
  if (!process.env.OPS_BASE_URL) {
    console.warn(`OPS_BASE_URL is not set: dist/manifest.xml points at ${DEFAULT_PRODUCTION_BASE_URL}`);
  }
  return base.endsWith("/") ? base : `${base}/`;
}

/** Page URLs take the base URL; bare origins (AppDomain) take its origin only. */
function rewriteManifestUrls(content, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return content.toString().replaceAll(`${DEV_ORIGIN}/`, baseUrl).replaceAll(DEV_ORIGIN, origin);
}

/** A trusted localhost certificate when office-addin-dev-certs can install one, else a self-signed one. */
async function httpsServer() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(
      `\n⚠ Could not install a trusted localhost certificate (${error.message}).\n` +
        "  Serving with a self-signed certificate: browsers and Excel will not trust it until you run\n" +
        "  `npx office-addin-dev-certs install` on a machine where you can install a CA (see README).\n",
    );
    return "https";
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const baseUrl = dev ? `${DEV_ORIGIN}/` : productionBaseUrl();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      playground: "./src/playground/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack tree-shake Fluent UI; type errors are `npm run typecheck`'s job.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      // The xlsx writer returns a Node Buffer; webpack 5 no longer provides one in the browser.
      new ProvidePlugin({ Buffer: ["buffer", "Buffer"] }),
      new HtmlWebpackPlugin({ filename: "support.html", template: "./src/taskpane/support.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifestUrls(content, baseUrl) },
        ],
      }),
    ],
    devServer: {
      hot: true,
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await httpsServer() : undefined,
      onListening: () => printStartBanner(port),
    },
    performance: { hints: false },
  };
};
