/**
 * "Check with Microsoft 365" against the simulated Outlook's NAA bridge (the real MSAL.js talks to it)
 * and a simulated Graph behind Playwright's route: each scenario as the assistant sees it in the
 * calendar check's details, in English and Dutch; the checks move only as rule 7 of evidence/merge.ts
 * allows (Graph confirms or contests, never claims Editor or send on behalf); no token reaches storage,
 * cookies or the report; without "graph" in config.json nothing of it loads.
 */
import type { BrowserContext, Page, Request } from "playwright-core";
import { simulatedGraphAnswer, type GraphScenarioId } from "../../dev/simulated-office/graph";
import { checkStatus, openTaskpane, startHarness, waitForAnswer, type Harness } from "./support/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const CONFIG = { graph: { clientId: "0b5e5c52-3d4a-4e55-9c5b-8e1c2f2e7a11" }, providers: [{ id: "teams", type: "teams" }] };
const TOKEN_MARK = "sim-naa.";
/** Chromium logs every HTTP error status as a console error; Graph's 401/403/404/429/503 are the scenarios themselves. */
const expectedProblem = (problem: string) =>
  /Failed to load resource: the server responded with a status of (401|403|404|429|503)\b/.test(problem);
const problemsOf = (pane: { problems: string[] }) => pane.problems.filter((p) => !expectedProblem(p));

interface Opened {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: string[];
  /** Requests the pane sent to Graph, with their Authorization header. */
  readonly graphCalls: Array<{ url: string; authorization: string | undefined }>;
  /** Every URL the page requested. */
  readonly requested: string[];
}

async function open(
  graph: GraphScenarioId,
  {
    scenario = "delegate-editor",
    language,
    config = CONFIG,
    failFiles,
  }: { scenario?: string; language?: string; config?: unknown; failFiles?: RegExp } = {},
): Promise<Opened> {
  const context = await harness.browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.addInitScript((id) => {
    (window as unknown as { __SIM_GRAPH__: string }).__SIM_GRAPH__ = id;
  }, graph);
  const requested: string[] = [];
  context.on("request", (request: Request) => requested.push(request.url()));
  const graphCalls: Opened["graphCalls"] = [];
  const pane = await openTaskpane(harness, scenario, {
    context,
    config,
    ...(language ? { language } : {}),
    ...(failFiles ? { failFiles } : {}),
  });
  // Registered after the harness's own catch-all route, so it answers first; Graph is asked only after a click.
  await pane.page.route("https://graph.microsoft.com/**", async (route) => {
    const request = route.request();
    const cors = { "Access-Control-Allow-Origin": "*" };
    if (request.method() === "OPTIONS") {
      return route.fulfill({
        status: 204,
        headers: { ...cors, "Access-Control-Allow-Methods": "GET", "Access-Control-Allow-Headers": "authorization, accept" },
      });
    }
    const authorization = (await request.allHeaders())["authorization"];
    graphCalls.push({ url: request.url(), authorization });
    const answer = simulatedGraphAnswer(graph, request.url(), authorization);
    if (answer === "hang") return; // never fulfilled: the pane's own timeout must end it
    // Graph exposes its challenge and throttling headers to browser callers.
    await route.fulfill({
      status: answer.status,
      headers: { ...answer.headers, ...cors, "Access-Control-Expose-Headers": "WWW-Authenticate, Retry-After" },
      body: answer.body,
    });
  });
  await waitForAnswer(pane.page);
  return { ...pane, graphCalls, requested };
}

async function openDetails(page: Page, check: string): Promise<void> {
  await page.locator(`[data-check="${check}"] summary`).click();
  await page.locator(`[data-check-details="${check}"]`).waitFor({ timeout: 10_000 });
}

/** Clicks the check's button and returns what Graph's answer turned out to be (data-graph). */
async function checkWithMicrosoft365(page: Page, name: RegExp, timeout = 10_000): Promise<string> {
  await page.getByRole("button", { name }).click();
  const done = page.locator("[data-graph]:not([data-graph='ready']):not([data-graph='checking'])");
  await done.waitFor({ timeout });
  return (await done.getAttribute("data-graph")) ?? "";
}

/** The calendar check's details: its evidence (where Graph's canEdit now stands) and the Microsoft 365 part. */
const calendarText = (page: Page) => page.locator('[data-check-details="calendar-editor"]').innerText();

/** status: the calendar check once Graph answered (Outlook showed Editor bits: it stays, or a contradiction makes it unknown). */
type Case = { graph: GraphScenarioId; result: string; lines: RegExp[]; calls: number; status?: string };

const ENGLISH: Case[] = [
  {
    graph: "editor-delegate",
    result: "evidence",
    lines: [
      /According to Microsoft 365, \d{1,2} [A-Z][a-z]+ at \d\d:\d\d:/,
      /You can add and change items in Alex's calendar\./,
      /You are Alex's delegate/,
    ],
    calls: 1,
  },
  {
    graph: "editor-sharee",
    result: "evidence",
    lines: [/You can add and change items in Alex's calendar\./, /Whether you are a delegate isn't shown/],
    calls: 1,
  },
  {
    graph: "reviewer",
    result: "evidence",
    lines: [
      /According to Microsoft 365, \d{1,2} [A-Z][a-z]+ \d{4}: Microsoft 365 shows no write access for you to Alex's calendar \(it can miss access given through a group\)\./,
      /Outlook reports your access to Alex's calendar as Editor/,
    ],
    calls: 1,
    // Outlook's Editor bits against Graph's "cannot write": neither is taken.
    status: "unknown",
  },
  { graph: "forbidden", result: "no-access", lines: [/Microsoft 365 says you have no access to Alex's calendar\./], calls: 1 },
  { graph: "not-found", result: "no-access", lines: [/Microsoft 365 says you have no access to Alex's calendar\./], calls: 1 },
  { graph: "claims-challenge", result: "evidence", lines: [/You are Alex's delegate/], calls: 2 },
  {
    graph: "throttled",
    result: "unknown:throttled",
    lines: [/Microsoft 365 couldn't answer: Microsoft 365 is busy\. Try again in a minute\./],
    calls: 1,
  },
  {
    graph: "consent-refused",
    result: "unknown:consent-refused",
    lines: [/couldn't answer: the sign-in was cancelled or the permission wasn't given\./],
    calls: 0,
  },
  { graph: "bridge-missing", result: "unknown:bridge-missing", lines: [/Outlook didn't offer its sign-in to the add-in\./], calls: 0 },
  { graph: "other-owner", result: "other-owner", lines: [/another calendar \(megan\.bowen@contoso\.com\)/], calls: 1 },
];

describe("Check with Microsoft 365, in English", () => {
  test.each(ENGLISH)("$graph → $result", async ({ graph, result, lines, calls, status }) => {
    const pane = await open(graph);
    try {
      const before = await checkStatus(pane.page, "calendar-editor");
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/)).toBe(result);
      const text = await calendarText(pane.page);
      for (const line of lines) expect(text).toMatch(line);
      expect(pane.graphCalls).toHaveLength(calls);
      // canEdit agreeing with Outlook's Editor leaves it as it was; only a contradiction moves it (to unknown).
      await pane.page.locator(`[data-check="calendar-editor"][data-status="${status ?? before}"]`).waitFor({ timeout: 10_000 });
      // Nothing Graph cannot see is claimed.
      expect(await checkStatus(pane.page, "send-on-behalf")).toBe("unknown");
      expect(problemsOf(pane)).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  test("the one call is a GET of the owner's calendar with a Bearer token; a claims challenge gets one new token with the claims", async () => {
    const pane = await open("claims-challenge");
    try {
      await openDetails(pane.page, "calendar-editor");
      await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/);
      expect(pane.graphCalls.map((c) => c.url)).toEqual([
        "https://graph.microsoft.com/v1.0/users/alex.wilber%40contoso.com/calendar?$select=owner,canEdit,canShare,canViewPrivateItems,allowedOnlineMeetingProviders,defaultOnlineMeetingProvider",
        "https://graph.microsoft.com/v1.0/users/alex.wilber%40contoso.com/calendar?$select=owner,canEdit,canShare,canViewPrivateItems,allowedOnlineMeetingProviders,defaultOnlineMeetingProvider",
      ]);
      const [first, second] = pane.graphCalls.map((c) => c.authorization ?? "");
      expect(first).toMatch(/^Bearer sim-naa\./);
      expect(second).toMatch(/^Bearer sim-naa\./);
      expect(second).not.toBe(first);
    } finally {
      await pane.context.close();
    }
  });

  test("Graph never answering ends in 'didn't answer in time', not a spinner", async () => {
    const pane = await open("timeout");
    try {
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/, 15_000)).toBe("unknown:timed-out");
      expect(await calendarText(pane.page)).toMatch(/Microsoft 365 didn't answer in time\./);
      // It can be asked again.
      expect(await pane.page.getByRole("button", { name: /^Check again$/ }).isEnabled()).toBe(true);
    } finally {
      await pane.context.close();
    }
  }, 30_000);

  test("where Outlook cannot see (Mac's 0 bits), canEdit proves writing, not Editor: 'Partly', with the source in words", async () => {
    const pane = await open("editor-delegate", { scenario: "delegate-zero-mac" });
    try {
      expect(await checkStatus(pane.page, "calendar-editor")).toBe("unknown");
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/)).toBe("evidence");
      const check = pane.page.locator('[data-check="calendar-editor"][data-status="partial"]');
      await check.waitFor({ timeout: 10_000 });
      expect(await check.innerText()).toMatch(
        /According to Microsoft 365 \(\d{1,2} [A-Z][a-z]+ \d{4}\), you can add meetings to Alex's calendar; whether you can change ones others made isn't shown\./,
      );
      expect(await calendarText(pane.page)).toMatch(
        /According to Microsoft 365, \d{1,2} [A-Z][a-z]+ \d{4}: You can add and change items in Alex's calendar/,
      );
      // Never "Yes" on Graph's word: send on behalf stays Exchange's to show.
      expect(await pane.page.locator("[data-answer]").getAttribute("data-answer")).not.toBe("yes");
      expect(await checkStatus(pane.page, "send-on-behalf")).toBe("unknown");
    } finally {
      await pane.context.close();
    }
  });

  test("Alex's calendar offering no Teams meetings makes the Teams check missing, for IT to fix, with the source", async () => {
    const pane = await open("no-teams");
    try {
      await openDetails(pane.page, "calendar-editor");
      await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/);
      await pane.page.locator('[data-check="online-meeting-delegate"][data-status="missing"]').waitFor({ timeout: 10_000 });
      expect(await pane.page.locator("[data-answer]").innerText()).toMatch(/Not yet: IT must turn on Microsoft Teams meetings for Alex/);
      await openDetails(pane.page, "online-meeting-delegate");
      expect(await pane.page.locator('[data-check-details="online-meeting-delegate"]').innerText()).toMatch(
        /According to Microsoft 365, \d{1,2} [A-Z][a-z]+ \d{4}: Alex's calendar doesn't allow Microsoft Teams meetings\./,
      );
    } finally {
      await pane.context.close();
    }
  });

  test("an Outlook without NestedAppAuth 1.1 offers no button and says why", async () => {
    const pane = await open("no-naa");
    try {
      await openDetails(pane.page, "calendar-editor");
      await pane.page.locator('[data-graph="unsupported"]').waitFor({ timeout: 10_000 });
      expect(await pane.page.locator('[data-graph="unsupported"]').innerText()).toMatch(/This Outlook can't let add-ins ask Microsoft 365/);
      expect(await pane.page.getByRole("button", { name: /Microsoft 365/ }).count()).toBe(0);
    } finally {
      await pane.context.close();
    }
  });

  test("without graph in config.json: no button, and neither MSAL's chunk nor Graph is ever requested", async () => {
    const pane = await open("editor-delegate", { config: { providers: [{ id: "teams", type: "teams" }] } });
    try {
      await openDetails(pane.page, "calendar-editor");
      await pane.page.locator('[data-check-details="calendar-editor"] li').first().waitFor();
      expect(await pane.page.locator("[data-graph]").count()).toBe(0);
      expect(pane.requested.filter((url) => /graph\.js|graph\.microsoft\.com|login\.microsoftonline\.com/.test(url))).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  test("when the rules that merge Graph's answer cannot be downloaded: the answer shows, the checks stay Outlook's, the pane says a part failed", async () => {
    const pane = await open("reviewer", { failFiles: /\/evidence\.js$/ });
    try {
      const before = await checkStatus(pane.page, "calendar-editor");
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/)).toBe("evidence");
      await pane.page.locator('[data-exchange="failed"]').waitFor({ timeout: 10_000 });
      expect(await checkStatus(pane.page, "calendar-editor")).toBe(before);
      await expect(pane.page.locator("[data-exchange]").innerText()).resolves.toMatch(/^This part of the pane could not be shown/);
    } finally {
      await pane.context.close();
    }
  });

  test("MSAL's chunk downloads only on the click", async () => {
    const pane = await open("editor-delegate");
    try {
      await openDetails(pane.page, "calendar-editor");
      await pane.page.locator('[data-graph="ready"]').waitFor();
      expect(pane.requested.filter((url) => /\/(graph|evidence)\.js/.test(url))).toEqual([]);
      await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/);
      expect(pane.requested.filter((url) => /\/graph\.js/.test(url))).toHaveLength(1);
      // The rules that merge Graph's answer into the checks come with the click too.
      expect(pane.requested.filter((url) => /\/evidence\.js/.test(url))).toHaveLength(1);
      expect(pane.requested.filter((url) => /login\.microsoftonline\.com/.test(url))).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  test("no token reaches localStorage, sessionStorage, IndexedDB, cookies or the report for IT", async () => {
    const pane = await open("claims-challenge");
    try {
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Check with Microsoft 365$/)).toBe("evidence");
      expect(pane.graphCalls[0]?.authorization).toContain(TOKEN_MARK);
      const stored = await pane.page.evaluate(async () => {
        const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? "")}`).join("\n");
        const databases = await indexedDB.databases();
        const idb: string[] = [];
        for (const { name } of databases) {
          if (!name) continue;
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open(name);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          for (const store of Array.from(db.objectStoreNames)) {
            const values = await new Promise<unknown[]>((resolve) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => resolve([]);
            });
            idb.push(`${name}/${store}: ${JSON.stringify(values)}`);
          }
          db.close();
        }
        return {
          local: dump(localStorage),
          session: dump(sessionStorage),
          cookies: document.cookie,
          idb: idb.join("\n"),
          url: location.href,
        };
      });
      for (const [where, text] of Object.entries(stored))
        expect([where, text.includes(TOKEN_MARK) || text.includes("eyJ")]).toEqual([where, false]);
      // The report for IT, as "Technical details" shows it (the same text as "Copy report for IT").
      await pane.page.locator("[data-technical] summary").click();
      const report = await pane.page.locator("[data-technical] pre").innerText();
      expect(report.length).toBeGreaterThan(200);
      // What Graph said reaches IT with its source; the token never does.
      expect(report).toMatch(/According to Microsoft 365, \d{1,2} [A-Z][a-z]+ \d{4}: You can add and change items in Alex's calendar\./);
      expect(report).not.toContain(TOKEN_MARK);
      expect(await pane.page.locator("body").innerText()).not.toContain(TOKEN_MARK);
    } finally {
      await pane.context.close();
    }
  });
});

describe("Check with Microsoft 365, in Dutch", () => {
  const DUTCH: Case[] = [
    {
      graph: "editor-delegate",
      result: "evidence",
      lines: [/^Volgens Microsoft 365, \d{1,2} \w+ (om )?\d\d:\d\d:$/m, /U bent gemachtigde van Alex/],
      calls: 1,
    },
    { graph: "editor-sharee", result: "evidence", lines: [/Of u gemachtigde bent, is niet te zien/], calls: 1 },
    {
      graph: "reviewer",
      result: "evidence",
      lines: [/Microsoft 365 toont geen schrijftoegang voor u tot de agenda van Alex \(het kan toegang via een groep missen\)\./],
      calls: 1,
    },
    { graph: "forbidden", result: "no-access", lines: [/Volgens Microsoft 365 hebt u geen toegang tot de agenda van Alex\./], calls: 1 },
    { graph: "not-found", result: "no-access", lines: [/geen toegang tot de agenda van Alex/], calls: 1 },
    { graph: "claims-challenge", result: "evidence", lines: [/U bent gemachtigde van Alex/], calls: 2 },
    { graph: "throttled", result: "unknown:throttled", lines: [/Microsoft 365 heeft het druk/], calls: 1 },
    {
      graph: "consent-refused",
      result: "unknown:consent-refused",
      lines: [/de aanmelding is geannuleerd of de toestemming is niet gegeven/],
      calls: 0,
    },
    {
      graph: "bridge-missing",
      result: "unknown:bridge-missing",
      lines: [/Outlook bood de invoegtoepassing geen aanmelding aan/],
      calls: 0,
    },
  ];
  test.each(DUTCH)("$graph → $result", async ({ graph, result, lines, calls }) => {
    const pane = await open(graph, { language: "nl-BE" });
    try {
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Controleren met Microsoft 365$/)).toBe(result);
      const text = await calendarText(pane.page);
      for (const line of lines) expect(text).toMatch(line);
      expect(pane.graphCalls).toHaveLength(calls);
      expect(problemsOf(pane)).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  test("timeout: 'antwoordde niet op tijd'", async () => {
    const pane = await open("timeout", { language: "nl-BE" });
    try {
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Controleren met Microsoft 365$/, 15_000)).toBe("unknown:timed-out");
      expect(await calendarText(pane.page)).toMatch(/Microsoft 365 antwoordde niet op tijd\./);
    } finally {
      await pane.context.close();
    }
  }, 30_000);

  test("Outlook for Mac's 0 bits: 'Gedeeltelijk' on Microsoft 365's word, with the source and date in Dutch", async () => {
    const pane = await open("editor-delegate", { scenario: "delegate-zero-mac", language: "nl-BE" });
    try {
      await openDetails(pane.page, "calendar-editor");
      expect(await checkWithMicrosoft365(pane.page, /^Controleren met Microsoft 365$/)).toBe("evidence");
      const check = pane.page.locator('[data-check="calendar-editor"][data-status="partial"]');
      await check.waitFor({ timeout: 10_000 });
      expect(await check.innerText()).toMatch(
        /Volgens Microsoft 365 \(\d{1,2} december \d{4}\) kunt u vergaderingen toevoegen aan de agenda van Alex; of u vergaderingen van anderen kunt wijzigen, is niet te zien\./,
      );
      expect(await pane.page.locator("[data-answer]").getAttribute("data-answer")).not.toBe("yes");
    } finally {
      await pane.context.close();
    }
  });

  test("a calendar without Teams meetings: the Teams check is missing and the answer sends it to IT, in Dutch", async () => {
    const pane = await open("no-teams", { language: "nl-BE" });
    try {
      await openDetails(pane.page, "calendar-editor");
      await checkWithMicrosoft365(pane.page, /^Controleren met Microsoft 365$/);
      await pane.page.locator('[data-check="online-meeting-delegate"][data-status="missing"]').waitFor({ timeout: 10_000 });
      expect(await pane.page.locator("[data-answer]").innerText()).toMatch(
        /Nog niet: IT moet vergaderingen in Microsoft Teams inschakelen voor Alex/,
      );
      await openDetails(pane.page, "online-meeting-delegate");
      expect(await pane.page.locator('[data-check-details="online-meeting-delegate"]').innerText()).toMatch(
        /Volgens Microsoft 365, \d{1,2} december \d{4}: De agenda van Alex staat geen vergaderingen in Microsoft Teams toe\./,
      );
    } finally {
      await pane.context.close();
    }
  });
});
