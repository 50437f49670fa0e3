/**
 * Bundles the fake Office host (fakeOfficeHost.ts, with test/support/excelMock.ts) into one browser script
 * for the task pane's browser tests. Development mode: the fake's error messages name its classes
 * (constructor.name), which a minifier would mangle. Output folder: webpack's --output-path.
 */
const path = require("path");
const { ProvidePlugin } = require("webpack");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: path.resolve(__dirname, "fakeOfficeHost.ts"),
  output: { filename: "fakeOfficeHost.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } },
        },
      },
    ],
  },
  // excelMock.ts measures request sizes with Buffer.byteLength; browsers get the buffer package's Buffer.
  plugins: [new ProvidePlugin({ Buffer: ["buffer", "Buffer"] })],
  performance: { hints: false },
};
