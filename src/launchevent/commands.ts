/**
 * FunctionFile entry (commands.html). The manifest requires a FunctionFile; no function commands
 * exist yet, so it only tells Office the page is ready.
 */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady().catch(() => undefined);
}

export {};
