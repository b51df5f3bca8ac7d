// @ts-check
/**
 * One page load, measured from inside the page: the bench opens the taskpane and the bare reference
 * this way, alternately, each in a fresh browser context (no shared cache, storage or code cache).
 */

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const VERDICT_TIMEOUT_MS = 30_000;
const CLICKABLE_TIMEOUT_MS = 10_000;

/**
 * @typedef {object} LoadSample
 * @property {string} verdict            the filled `data-delegation` value
 * @property {number} verdictAt          ms from navigation start to a non-empty `[data-delegation]`
 * @property {number | null} clickableAt the first change after which `[data-answer]` is filled and its first button is enabled
 * @property {number | null} readyAt     ms to Office ready (window.__sim.ready settled)
 * @property {number | null} fcpAt       first-contentful-paint
 * @property {number | null} frameDomAt  first `[data-frame]` in the document whose text matches /Reading Outlook/
 * @property {number | null} frameShownAt the animation frame in which that element was first visible (checkVisibility, innerText)
 * @property {number} heapUsed           bytes, Runtime.getHeapUsage usedSize after a forced GC, right after the verdict
 * @property {{ path: string, responseEnd: number | null }[]} scripts  same-origin scripts (not Office.js) received up to the verdict
 * @property {{ path: string, responseEnd: number | null }[]} stylesheets  same-origin style sheets received up to the verdict
 * @property {string[]} problems         page errors and console errors
 */

/**
 * Installed with addInitScript, so it runs before any of the page's own scripts. Self-contained:
 * Playwright serialises it into the page. Stamps live on window.__bench.
 * @param {{ scenario: string, delayMs: number }} options
 */
function instrument({ scenario, delayMs }) {
  const w = /** @type {any} */ (window);
  w.__SIM_SCENARIO__ = scenario;
  if (delayMs > 0) w.__SIM_READY_DELAY_MS__ = delayMs;
  const marks = { verdictAt: null, clickableAt: null, readyAt: null, fcpAt: null, frameDomAt: null, frameShownAt: null };
  /** @type {any} */ (w).__bench = marks;
  const anyMarks = /** @type {Record<string, number | null>} */ (marks);
  const FRAME_TEXT = /Reading Outlook/;

  // Office ready: the simulated host assigns window.__sim once; catch the assignment and chain on
  // its ready promise (registered before the add-in's own onReady, so the stamp comes first).
  /** @type {any} */
  let sim;
  Object.defineProperty(w, "__sim", {
    configurable: true,
    enumerable: true,
    get: () => sim,
    set: (value) => {
      sim = value;
      if (value && value.ready && typeof value.ready.then === "function") {
        value.ready.then(() => {
          if (anyMarks.readyAt === null) anyMarks.readyAt = performance.now();
        });
      }
    },
  });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") anyMarks.fcpAt = entry.startTime;
    }).observe({ type: "paint", buffered: true });
  } catch {
    // No paint timing in this browser: reported as n/a.
  }

  let frameCheckScheduled = false;
  const frameVisible = () => {
    frameCheckScheduled = false;
    if (anyMarks.frameShownAt !== null || anyMarks.verdictAt !== null) return;
    const frame = /** @type {HTMLElement | null} */ (document.querySelector("[data-frame]"));
    if (!frame) return;
    const visible =
      typeof frame.checkVisibility !== "function" || frame.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    if (visible && FRAME_TEXT.test(frame.innerText)) anyMarks.frameShownAt = performance.now();
    else scheduleFrameCheck(); // present but hidden (styles still loading): look again next frame
  };
  const scheduleFrameCheck = () => {
    if (frameCheckScheduled) return;
    frameCheckScheduled = true;
    requestAnimationFrame(frameVisible);
  };

  // Cheap checks only (no layout) in the observer: layout work here would slow the page it measures.
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (anyMarks.frameDomAt === null) {
      const frame = document.querySelector("[data-frame]");
      if (frame && FRAME_TEXT.test(frame.textContent || "")) {
        anyMarks.frameDomAt = now;
        scheduleFrameCheck();
      }
    }
    if (anyMarks.verdictAt === null && document.querySelector("[data-delegation]:not([data-delegation=''])")) {
      anyMarks.verdictAt = now;
    }
    // The answer's next step can be used: its first button is there and enabled (the bare page's too).
    const button = document.querySelector("[data-answer]:not([data-answer='']) button");
    if (anyMarks.clickableAt === null && button && !(/** @type {HTMLButtonElement} */ (button).disabled)) {
      anyMarks.clickableAt = now;
    }
    if (anyMarks.verdictAt !== null && anyMarks.clickableAt !== null) observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["data-delegation", "data-frame", "data-answer", "disabled"],
  });
}

/**
 * Loads `url` once in a fresh context and measures it.
 * @param {import("playwright-core").Browser} browser
 * @param {{ url: string, origin: string, scenario: string, delayMs: number, simHost: string, cpuSlowdown: number }} options
 *   cpuSlowdown: 1 for the machine as it is, 4 for Chromium's DevTools CPU throttling at 4× (a busy laptop)
 * @returns {Promise<LoadSample>}
 */
async function loadOnce(browser, { url, origin, scenario, delayMs, simHost, cpuSlowdown }) {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const problems = [];
    /** @type {string[]} */
    const scriptUrls = [];
    /** @type {string[]} */
    const stylesheetUrls = [];
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      // config.json is optional: its 404 is the normal case.
      if (message.type() === "error" && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      const requestUrl = response.url();
      if (!requestUrl.startsWith(`${origin}/`)) return;
      const type = response.request().resourceType();
      if (type === "script") scriptUrls.push(requestUrl);
      else if (type === "stylesheet") stylesheetUrls.push(requestUrl);
    });
    // Only foreign URLs go through Playwright (a regex is matched inside Playwright's server, so
    // same-origin requests are not held up by a round trip to this process): Office.js is the
    // simulated host, anything else foreign is refused.
    const foreign = new RegExp(`^(?!${origin.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/)`);
    await page.route(foreign, (route) => {
      if (route.request().url() === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: simHost });
      problems.push(`unexpected request: ${route.request().url()}`);
      return route.abort();
    });
    await page.addInitScript(instrument, { scenario, delayMs });
    const cdp = await context.newCDPSession(page);
    if (cpuSlowdown > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.goto(url);
    try {
      await page.waitForFunction(() => /** @type {any} */ (window).__bench.verdictAt !== null, undefined, {
        polling: 50,
        timeout: VERDICT_TIMEOUT_MS,
      });
    } catch (error) {
      throw new Error(`${url} (${scenario}, Office ready +${delayMs} ms): no verdict. ${problems.join("; ")}`, { cause: error });
    }
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    // A page whose answer offers no enabled button in time is reported as such (n/a), not waited for forever.
    await page
      .waitForFunction(() => /** @type {any} */ (window).__bench.clickableAt !== null, undefined, {
        polling: 50,
        timeout: CLICKABLE_TIMEOUT_MS,
      })
      .catch(() => undefined);
    const measured = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      const element = document.querySelector("[data-delegation]:not([data-delegation=''])");
      return {
        marks: /** @type {Record<string, number | null>} */ ({ ...w.__bench }),
        verdict: element ? element.getAttribute("data-delegation") || "" : "",
        resources: performance
          .getEntriesByType("resource")
          .map((entry) => ({ name: entry.name, responseEnd: /** @type {PerformanceResourceTiming} */ (entry).responseEnd })),
      };
    });
    const verdictAt = /** @type {number} */ (measured.marks.verdictAt);
    /** @type {Map<string, number>} */
    const finished = new Map();
    for (const entry of measured.resources) if (entry.responseEnd > 0) finished.set(entry.name, entry.responseEnd);
    // Every same-origin script and style sheet response Playwright saw; its finish time from Resource Timing (the
    // page's clock, like the verdict stamp). One without a timing entry counts, to stay on the safe side.
    const beforeVerdict = (/** @type {string[]} */ urls) =>
      [...new Set(urls)]
        .map((fileUrl) => ({ path: new URL(fileUrl).pathname, responseEnd: finished.get(fileUrl) ?? null }))
        .filter((file) => file.responseEnd === null || file.responseEnd <= verdictAt);
    const scripts = beforeVerdict(scriptUrls);
    const stylesheets = beforeVerdict(stylesheetUrls);
    return {
      verdict: measured.verdict,
      verdictAt,
      clickableAt: measured.marks.clickableAt ?? null,
      readyAt: measured.marks.readyAt ?? null,
      fcpAt: measured.marks.fcpAt ?? null,
      frameDomAt: measured.marks.frameDomAt ?? null,
      frameShownAt: measured.marks.frameShownAt ?? null,
      heapUsed: usedSize,
      scripts,
      stylesheets,
      problems,
    };
  } finally {
    await context.close();
  }
}

module.exports = { loadOnce, OFFICE_JS };
