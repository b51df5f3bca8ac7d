/**
 * ready.js: runs right after office.js, before the pane's own (deferred) bundle. Once Outlook has
 * answered, Office.js checks every 50 ms whether the add-in has called Office.onReady, and only then
 * says Office is ready (dev/simulated-office/README.md, "When Office is ready"). Called here, that
 * check never waits for taskpane.js to download, parse and run; the composition root calls
 * Office.onReady again and gets the same readiness, at once when Office is already ready.
 */
import { officeGlobal } from "./officeShape";

const office = officeGlobal();
if (office && typeof office.onReady === "function") {
  try {
    void Promise.resolve(office.onReady()).catch(() => undefined);
  } catch {
    // The composition root finds the same problem and says so.
  }
}
