#!/usr/bin/env node
/**
 * Regenerates test/fixtures/powershell/*.json: the stand-in Exchange objects as real pwsh prints them
 * (Format-List, Format-Table, default output; widths 80, 120, 200). The test that reads them renders
 * them the same way, so regenerating is running it with UPDATE_POWERSHELL_FIXTURES=1.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const jest = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "jest.cmd" : "jest");
const result = spawnSync(jest, ["test/powershell/formats.test.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, UPDATE_POWERSHELL_FIXTURES: "1" },
});
process.exit(result.status ?? 1);
