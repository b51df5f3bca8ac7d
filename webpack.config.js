// @ts-check
const path = require("node:path");
const fs = require("node:fs");
const { createHash } = require("node:crypto");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { addinVersion, withVersion } = require("./scripts/manifest/version.js");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Loaded lazily so `webpack` still starts when a helper module is mid-edit; failures are loud. */
function manifestTools() {
  return { ...require("./scripts/manifest/baseUrl.js"), ...require("./scripts/manifest/variants.js") };
}

/**
 * Production: only the three add-in pages, nothing from dev/. Development (npm start): the same
 * pages plus the simulated Outlook host and the playground, which never ship.
 * `--env devtools` writes that development build to dist-dev/ instead (browser tests take the
 * simulated host and the playground from there while testing the production pages in dist/).
 * `--env out=<folder>` writes the build there instead: `npm test` and `npm run bench` build into
 * build/ so they never overwrite a production dist/ someone is about to deploy.
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const dev = mode === "development";

  // package.json's version, stamped into every manifest and the report (scripts/manifest/version.js).
  const version = addinVersion();
  const baseUrl = process.env.ADDIN_BASE_URL;
  if (baseUrl !== undefined)
    manifestTools().validateBaseUrl(baseUrl); // throws a clear error → non-zero exit
  else if (!dev) {
    console.warn(
      "ADDIN_BASE_URL is not set: the built manifests point at https://localhost:3000/ (fine for sideloading a local copy, not for deploying).",
    );
  }

  /** @type {import('webpack').EntryObject} */
  const entry = {
    // A few hundred bytes run while the page parses: the frame's words in the browser's language.
    frame: "./src/taskpane/frame.ts",
    // A few bytes right after office.js: Office.onReady, so Office's 50 ms check never waits for the bundle.
    ready: "./src/office/announceReady.ts",
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/launchevent/commands.ts",
    launchevent: "./src/launchevent/launchevent.ts",
    // IT's organisation-wide delegation audit (issue 32): a page of its own, no Office.js.
    audit: "./src/audit/page/index.tsx",
  };
  if (dev) {
    entry["simulated-office"] = "./dev/simulated-office/index.ts";
    entry.playground = "./dev/playground/playground.ts";
  }

  const pages = [
    // The template places the bundle's tags itself: before office.js in <head> (taskpane.html says why).
    page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"], { inject: false }),
    page("commands.html", "./src/launchevent/commands.html", ["commands"]),
    page("launchevent.html", "./src/launchevent/launchevent.html", ["launchevent"]),
    page("audit.html", "./src/audit/page/audit.html", ["audit"], { inject: false }),
  ];
  // The playground also loads the send-time check, so its "Send" button runs the real handler.
  if (dev)
    pages.push(page("playground.html", "./dev/playground/playground.html", ["simulated-office", "playground", "launchevent", "taskpane"]));

  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    // The manifest's SupportUrl: a static page in four languages, no script.
    { from: "src/support/support.html", to: "support.html" },
    // IT's read-only audit script (docs/audit-script.md): released beside the manifests, not hosted
    // (scripts/release/assemble.js, AUDIT_FOLDER).
    { from: "src/audit/Invoke-DelegationAudit.ps1", to: "audit/Invoke-DelegationAudit.ps1" },
    // Two manifests from one source: taskpane + send check (Mailbox 1.12), and taskpane only (1.3).
    ...manifestTools().VARIANTS.map((/** @type {"full" | "taskpane"} */ variant) => ({
      from: "manifest.xml",
      to: variant === "full" ? "manifest.xml" : "manifest-taskpane.xml",
      transform: (/** @type {Buffer} */ content) =>
        manifestTools().buildManifest(withVersion(content.toString("utf8"), version), { baseUrl, variant }),
    })),
  ];
  if (fs.existsSync(path.resolve(__dirname, "config.json"))) copies.push({ from: "config.json", to: "config.json" });
  // Without an organisation's own, production still deploys a config.json with no settings: the pane
  // always finds the file, so opening it never logs a 404 in the console, and admins replace it
  // (README). A file that is missing anyway still means the defaults (src/config/load.ts).
  else if (!dev) copies.push({ from: "src/config/no-settings.json", to: "config.json" });
  if (dev && fs.existsSync(path.resolve(__dirname, "dev/playground/playground.css"))) {
    copies.push({ from: "dev/playground/playground.css", to: "playground.css" });
  }
  // A sample organisation configuration for the playground (and so no 404 in its console); an
  // admin's own config.json at the root wins.
  if (dev && !fs.existsSync(path.resolve(__dirname, "config.json"))) copies.push({ from: "dev/playground/config.json", to: "config.json" });

  return {
    mode,
    target: ["web", "es2020"],
    devtool: dev ? "cheap-module-source-map" : "source-map", // no eval-*: the pages' CSP forbids eval
    entry,
    output: {
      path: path.resolve(__dirname, typeof env.out === "string" && env.out ? env.out : env.devtools ? "dist-dev" : "dist"),
      filename: "[name].js",
      // The pane's later parts (details, panels, the body reader, each language) load on demand.
      chunkFilename: "[name].js",
      clean: true,
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader makes JavaScript, then Griffel's loader compiles our
          // makeStyles() calls at build time (as Fluent's own packages ship them), so the runtime style
          // compiler (stylis, rtl-css-js) stays out of the bundle. Jest runs makeStyles at run time instead.
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: "@griffel/webpack-loader" },
            { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: true } } },
          ],
        },
        {
          // Fluent's own packages ship their styles precompiled (__styles); these take them out of the script too.
          test: /\.js$/,
          include: /node_modules[\\/]@fluentui[\\/]/,
          use: [{ loader: GriffelCSSExtractionPlugin.loader }],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    // No shared vendor chunks: launchevent.js must stay one self-contained file (classic Outlook's
    // event runtime cannot load chunks), and the pane's own dynamic import()s already split it.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      ...pages,
      new InlineStyleHashes(),
      new CompileHints(/^(taskpane|i18n-[a-z]{2})\.js$/),
      new PreloadPaneStyles("taskpane.html"),
      new ThemeStylesheet(),
      new UnifiedAppPackage(baseUrl, version),
      new MiniCssExtractPlugin({ filename: "[name].css", chunkFilename: "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin({ attachToEntryPoint: "taskpane" }),
      new GriffelRuleOrder("griffel.css"),
      new CopyWebpackPlugin({ patterns: copies }),
      new DefinePlugin({ ADDIN_VERSION: JSON.stringify(version) }),
    ],
    devServer: devServer(),
  };
};

/**
 * @param {string} filename
 * @param {string} template
 * @param {string[]} chunks
 * @param {{ inject?: false }} [options] inject: false when the template writes htmlWebpackPlugin.tags itself
 */
function page(filename, template, chunks, options = {}) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    chunksSortMode: "manual",
    inject: options.inject ?? "head",
    scriptLoading: "defer",
    templateParameters: { officeJs: OFFICE_JS },
    minify: false,
  });
}

/**
 * A page whose CSP allows no 'unsafe-inline' style still needs the <style> elements it ships inline
 * (the taskpane's frame): each one's SHA-256 is added to that page's style-src after the HTML is
 * final, so the hash always matches the bytes served.
 */
class InlineStyleHashes {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlineStyleHashes", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "InlineStyleHashes", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        for (const name of Object.keys(assets).filter((file) => file.endsWith(".html"))) {
          const html = assets[name].source().toString();
          const hashes = [...html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)]
            .map((match) => `'sha256-${sha256(match[1] ?? "")}'`)
            .filter((hash, index, all) => all.indexOf(hash) === index);
          const updated = html.replace(/(http-equiv="?Content-Security-Policy"?[^>]*content=")([^"]*)"/i, (_tag, start, policy) => {
            if (policy.includes("'unsafe-inline'")) return `${start}${policy}"`;
            const added = (/** @type {string} */ list) => hashes.filter((hash) => !list.includes(hash)).join(" ");
            return `${start}${policy.replace(/style-src([^;]*)/, (_d, list) => `style-src${list} ${added(list)}`.trimEnd())}"`;
          });
          if (updated !== html) compilation.updateAsset(name, new sources.RawSource(updated));
        }
      });
    });
  }
}

/**
 * Marks the scripts whose functions nearly all run before the pane's first answer (the pane's bundle
 * and a language's first-screen words) with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`
 * (Chrome 136 and Edge's WebView2 with it; other engines read a comment). V8 then compiles those
 * functions while the file streams in, off the main thread, instead of compiling each one on the main
 * thread at its first call, which is where the pane's start spent most of its script time
 * (https://v8.dev/blog/explicit-compile-hints). Added after minification, which would drop the comment,
 * and before the source maps are written, which then count the extra line.
 */
class CompileHints {
  /** @param {RegExp} files */
  constructor(files) {
    this.files = files;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const stage = (Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING) / 2;
    compiler.hooks.thisCompilation.tap("CompileHints", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CompileHints", stage }, (assets) => {
        for (const name of Object.keys(assets).filter((file) => this.files.test(file))) {
          compilation.updateAsset(name, (source) => new sources.ConcatSource(COMPILE_HINT, source));
        }
      });
    });
  }
}

/** Must open the file (its first line). */
const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * The components' extracted styles (griffel.css) are needed by the pane's first render, not by the
 * frame the page paints before the bundle runs; a stylesheet <link> in <head> would hold that paint
 * back until the file arrived. On the given page the link becomes a preload (fetched at once, never
 * render-blocking), and src/taskpane/styles.ts applies it before React renders.
 */
class PreloadPaneStyles {
  /** @param {string} pageName */
  constructor(pageName) {
    this.pageName = pageName;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PreloadPaneStyles", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).alterAssetTags.tap("PreloadPaneStyles", (data) => {
        if (data.outputName !== this.pageName) return data;
        for (const tag of data.assetTags.styles) {
          if (tag.tagName === "link" && tag.attributes.rel === "stylesheet")
            tag.attributes = { ...tag.attributes, rel: "preload", as: "style" };
        }
        return data;
      });
    });
  }
}

/**
 * griffel.css with its rules in an order that does not depend on how webpack's parallel work finished
 * (scripts/griffelOrder.js says why that is safe), so the same sources give the same bytes. Runs just
 * before Griffel's own sort of the sheet, which keeps its order between media queries and buckets.
 */
class GriffelRuleOrder {
  /** @param {string} file */
  constructor(file) {
    this.file = file;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("GriffelRuleOrder", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GriffelRuleOrder", stage: Compilation.PROCESS_ASSETS_STAGE_PRE_PROCESS - 1 },
        (assets) => {
          const asset = assets[this.file];
          if (!asset) return;
          const { orderGriffelRules } = require("./scripts/griffelOrder.js");
          compilation.updateAsset(this.file, new sources.RawSource(orderGriffelRules(asset.source().toString())));
        },
      );
    });
  }
}

/**
 * Office's light and dark themes as one static style sheet, holding the tokens the build's other style
 * sheets read (scripts/themeCss.js says why); taskpane.html preloads it and the pane says which theme
 * applies. Written once Griffel's extraction and the copied sheets are final.
 */
class ThemeStylesheet {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ThemeStylesheet", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ThemeStylesheet", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, (assets) => {
        const { themeCss, tokensRead, THEME_FILE } = require("./scripts/themeCss.js");
        const sheets = Object.keys(assets)
          .filter((file) => file.endsWith(".css") && file !== THEME_FILE)
          .map((file) => assets[file].source().toString());
        compilation.emitAsset(THEME_FILE, new sources.RawSource(themeCss(tokensRead(sheets))));
      });
    });
  }
}

/**
 * The unified manifest and its app package (scripts/manifest/unified.js): dist/manifest.json and
 * dist/schedule-on-behalf.zip, from the same manifest.xml and ADDIN_BASE_URL as the XML manifests.
 */
class UnifiedAppPackage {
  /** @param {string | undefined} baseUrl @param {string} version package.json's */
  constructor(baseUrl, version) {
    this.baseUrl = baseUrl;
    this.version = version;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("UnifiedAppPackage", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "UnifiedAppPackage", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const unified = require("./scripts/manifest/unified.js");
        const built = unified.buildAppPackage({
          root: __dirname,
          version: this.version,
          ...(this.baseUrl !== undefined ? { baseUrl: this.baseUrl } : {}),
        });
        for (const file of [
          "manifest.xml",
          "package.json",
          "src/i18n/manifestStrings.ts",
          ...Object.values(unified.PACKAGE_ICONS).map((i) => `assets/${i.from}`),
        ]) {
          compilation.fileDependencies.add(path.resolve(__dirname, file));
        }
        compilation.emitAsset("manifest.json", new sources.RawSource(built.manifestJson));
        compilation.emitAsset(unified.PACKAGE_NAME, new sources.RawSource(built.zip));
      });
    });
  }
}

/** @param {string} text */
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/** https on localhost:3000 with office-addin-dev-certs' files when they exist, otherwise http on 127.0.0.1. */
function devServer() {
  const certDir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
  const key = path.join(certDir, "localhost.key");
  const cert = path.join(certDir, "localhost.crt");
  const ca = path.join(certDir, "ca.crt");
  const haveCerts = fs.existsSync(key) && fs.existsSync(cert);
  const port = Number(process.env.PORT || 3000);
  return {
    host: haveCerts ? "localhost" : "127.0.0.1",
    port,
    server: haveCerts
      ? {
          type: "https",
          options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) },
        }
      : "http",
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: { warnings: false, errors: true } },
    open: false, // scripts/start.js prints the address; headless machines have nothing to open it with
  };
}
