/** @jest-environment node */
import { DEV_BASE_URL, rewriteManifest, validateBaseUrl } from "../../scripts/manifest/baseUrl";
import { checkManifest } from "../../scripts/manifest/checks";
import { ASSETS, FIXTURE_SOURCE, realManifest } from "./helpers";

describe("rewriteManifest", () => {
  it("rewrites every URL and leaves no localhost behind", () => {
    const before = realManifest();
    const devCount = before.split(DEV_BASE_URL).length - 1;
    expect(devCount).toBeGreaterThan(10);
    const after = rewriteManifest(before, "https://addin.example.com");
    expect(after).not.toContain("localhost");
    expect(after.split("https://addin.example.com/").length - 1).toBe(devCount);
    expect(after).toContain('"https://addin.example.com/launchevent.js"');
    expect(after).toContain('"https://addin.example.com/assets/icon-16.png"');
  });

  it("keeps a path in the base URL and adds the trailing slash", () => {
    const after = rewriteManifest(realManifest(), "https://cdn.example.com/schedule-on-behalf");
    expect(after).toContain('"https://cdn.example.com/schedule-on-behalf/taskpane.html"');
    expect(after).not.toContain("localhost");
  });

  it("produces a manifest that still passes every check", () => {
    const after = rewriteManifest(realManifest(), "https://addin.example.com/");
    expect(checkManifest(after, { assetsDir: ASSETS, sourceDir: FIXTURE_SOURCE })).toEqual([]);
  });

  it("leaves the manifest unchanged without ADDIN_BASE_URL", () => {
    expect(rewriteManifest(realManifest(), undefined)).toBe(realManifest());
  });

  it("refuses an invalid base instead of shipping localhost", () => {
    expect(() => rewriteManifest(realManifest(), "http://addin.example.com/")).toThrow(/ADDIN_BASE_URL/);
    expect(() => rewriteManifest(realManifest(), "")).toThrow(/ADDIN_BASE_URL/);
  });
});

describe("validateBaseUrl", () => {
  it.each([
    ["https://addin.example.com", "https://addin.example.com/"],
    ["https://addin.example.com/", "https://addin.example.com/"],
    ["https://addin.example.com:8443/app", "https://addin.example.com:8443/app/"],
    ["HTTPS://Addin.Example.com:443/", "https://addin.example.com/"],
  ])("accepts %s as %s", (value, expected) => {
    expect(validateBaseUrl(value)).toBe(expected);
  });

  it.each([
    ["http", "http://addin.example.com/"],
    ["javascript", "javascript:alert(1)"],
    ["relative path", "/addin/"],
    ["relative name", "addin.example.com"],
    ["scheme without //", "https:addin.example.com"],
    ["data", "data:text/html,hi"],
    ["query", "https://addin.example.com/?v=1"],
    ["fragment", "https://addin.example.com/#x"],
    ["empty", ""],
  ])("refuses %s, naming ADDIN_BASE_URL and the value", (_label, value) => {
    expect(() => validateBaseUrl(value)).toThrow(/ADDIN_BASE_URL/);
    expect(() => validateBaseUrl(value)).toThrow(JSON.stringify(value));
  });

  it("refuses credentials without echoing the password", () => {
    let message = "";
    try {
      validateBaseUrl("https://deploy:s3cret@addin.example.com/");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/ADDIN_BASE_URL.*credentials/);
    expect(message).not.toContain("s3cret");
  });

  it("refuses a non-string", () => {
    expect(() => validateBaseUrl(42)).toThrow(/ADDIN_BASE_URL/);
  });
});
