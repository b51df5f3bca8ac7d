// @ts-check
// `npm start`: the development build with the simulated Outlook, served locally, no tenant needed.
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
const haveCerts = fs.existsSync(path.join(certDir, "localhost.key")) && fs.existsSync(path.join(certDir, "localhost.crt"));
const port = Number(process.env.PORT || 3000);
const origin = haveCerts ? `https://localhost:${port}` : `http://127.0.0.1:${port}`;

if (!haveCerts) {
  console.log(
    "No development certificate found (npx office-addin-dev-certs install creates one), so serving http on 127.0.0.1: the playground works; real Outlook needs https.",
  );
}
console.log(`Playground (simulated Outlook): ${origin}/playground.html`);
if (haveCerts) console.log(`For sideloading into Outlook:   manifest.xml (points at ${origin}/)`);

const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 1));
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) process.on(signal, () => child.kill(signal));
