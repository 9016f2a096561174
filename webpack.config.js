// Builds the shared-runtime add-in: one page (taskpane.html) loads both the task pane and the RUBRIC custom functions.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { productionBaseUrl } = require("./scripts/base-url");

// manifest.xml names the dev server; a production build rewrites it to ADDIN_BASE_URL (scripts/base-url.js).
const urlDev = "https://localhost:3000/";

const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Development uses the office.js pinned in devDependencies, served from /office-js/ (the loader fetches its
// host-specific scripts relative to itself, so the whole dist folder is served, not just office.js).
const officeJsLocalDir = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const officeJsLocalUrl = "office-js/office.js";

const functionsInput = "./src/functions/functions.ts";
// The browser preview (development only): the task pane beside a simulated workbook, computed by HyperFormula.
const previewInput = "./test/preview/index.tsx";

/** office-addin-dev-certs' trusted localhost certificate, or webpack-dev-server's own self-signed one if that fails. */
async function httpsServer() {
  try {
    // Loaded lazily: only `webpack serve` needs it, and it installs certificates as a side effect.
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (err) {
    const reason = String((err && err.message) || err).split("\n")[0];
    console.warn(
      `office-addin-dev-certs could not provide a trusted localhost certificate (${reason}).\n` +
        "Falling back to webpack-dev-server's self-signed certificate; Office will not load the add-in until " +
        "a trusted one is installed (npx office-addin-dev-certs install).",
    );
    return "https";
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  // The browser preview is built in development, and in production mode only when asked (`--env preview`, for the
  // end-to-end tests, which measure the pane as it ships): never in `npm run build`.
  const preview = dev || Boolean(env.preview);
  // What ships needs its real host, and fails here without one. A production build with the preview is for the
  // end-to-end tests only, never deployed: its manifest keeps the dev server's URLs.
  const urlProd = !dev && !preview ? productionBaseUrl(process.env.ADDIN_BASE_URL) : urlDev;

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    // The manifest's SupportUrl: a plain page in English and Chinese, served with the add-in.
    { from: "src/help/help.html", to: "help.html" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform(content) {
        return urlProd === urlDev ? content : content.toString().replaceAll(urlDev, urlProd);
      },
    },
  ];
  if (preview && !serving) {
    // `webpack --mode development` writes a self-contained dist/; `webpack serve` serves the folder instead.
    copyPatterns.push({
      from: officeJsLocalDir,
      to: "office-js",
      // Only what Excel needs: no debug builds, typings, or other hosts' scripts.
      globOptions: {
        ignore: [
          "**/*.debug.js",
          "**/*.d.ts",
          "**/office-vsdoc.js",
          "**/{access,onenote,outlook,powerpoint,project,visio,word}*",
        ],
      },
    });
  }

  const config = {
    devtool: dev ? "source-map" : "nosources-source-map",
    entry: {
      functions: functionsInput,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: dev ? "chunks/[name].js" : "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
    },
    module: {
      rules: [
        // The sample evaluations, bundled as text in their own chunk for "Create from example".
        { test: /\.csv$/, type: "asset/source" },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functionsInput, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the one page registers the custom functions and renders the pane.
        chunks: ["functions", "taskpane"],
        officeJs: dev ? officeJsLocalUrl : officeJsCdn,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
  };
  if (!dev && preview) {
    // A production build with the preview is for the end-to-end tests only: the pane minified as it ships; the
    // simulated workbook (HyperFormula and test/host, in their own chunks) left as is, sparing the minifier's long
    // pass over HyperFormula. No size warnings for a bundle that is never shipped.
    // webpack's own minimizer, resolved where webpack has it.
    const MinimizerPlugin = require(
      require.resolve("minimizer-webpack-plugin", { paths: [require.resolve("webpack")] }),
    );
    config.optimization = {
      splitChunks: {
        cacheGroups: { hyperformula: { test: /[\\/]node_modules[\\/]hyperformula[\\/]/, name: "hyperformula" } },
      },
      minimizer: [new MinimizerPlugin({ exclude: /(hyperformula|preview-workbook)\./ })],
    };
    config.performance = { hints: false };
  }

  if (preview) {
    // Never in `npm run build`: the preview bundles test/host and HyperFormula (scripts/check-dist.js refuses it).
    config.entry.preview = previewInput;
    config.plugins.push(
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./test/preview/preview.html",
        chunks: ["preview"],
        officeJs: officeJsLocalUrl,
      }),
    );
  }

  if (serving) {
    config.devServer = {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await httpsServer(),
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      static: [{ directory: officeJsLocalDir, publicPath: "/office-js", watch: false }],
      // https://localhost:3000/ is the browser preview; the add-in itself loads /taskpane.html.
      devMiddleware: { index: "preview.html" },
      open: false,
    };
  }

  return config;
};

module.exports.urlDev = urlDev;
module.exports.officeJsCdn = officeJsCdn;
