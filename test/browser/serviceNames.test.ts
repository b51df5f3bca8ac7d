/**
 * Every service and product name on screen comes from the active catalogue: in the pseudo-locale,
 * across every scenario of the simulated Outlook and in the send-time message, no name may stay in
 * plain English (./support/pseudoNames.ts says how that is told). Names an organisation configured
 * for its providers, and what the user typed into the meeting, are theirs and may stay as they are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCENARIOS } from "../../dev/simulated-office/scenarios";
import { openTaskpane, startHarness, waitForAnswer, type Harness } from "./support/harness";
import { nameLeaks } from "./support/pseudoNames";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

/** The organisation's own provider names (config.json "name"), which the pane shows as given. */
const CONFIGURED_NAMES: readonly string[] = (
  JSON.parse(readFileSync(join(__dirname, "../../dev/playground/config.json"), "utf8")) as { providers: { name?: string }[] }
).providers.flatMap((provider) => (provider.name ? [provider.name] : []));

/**
 * Every visible text node, the technical ones ([translate=no]: commands, the service picker) included,
 * joined with NUL between nodes. The technical record for IT is left out: it quotes what Outlook
 * reported about itself ("Outlook", "item.organizer is missing…") verbatim, in English by design.
 */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let chunks = "";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A source's label is its document's own published title ("… in Outlook on the web"), a value
      // shown verbatim like a link, not a sentence of ours.
      if (!parent || parent.closest("script, style, noscript, [data-technical] pre, [data-document]")) continue;
      const shown = parent.closest("option") ?? parent;
      if (!shown.checkVisibility({ checkVisibilityCSS: true }) && !parent.closest("select")) continue;
      if (parent.closest("[hidden], details:not([open]) > :not(summary)")) continue;
      chunks += `${node.nodeValue ?? ""}\u0000`;
    }
    return chunks;
  });
}

async function openAllDetails(page: Page): Promise<void> {
  const closed = page.locator("details:not([open]) > summary");
  for (let i = await closed.count(); i > 0; i--) await closed.first().click();
}

test("the check itself finds an English name in a sentence, a value or plain text, and lets accented ones through", () => {
  expect(nameLeaks("⟦Ðöñé: ţĥîš ɱééţîñĝ ĥåš îţš ⟪Microsoft Teams⟫ ļîñķ···⟧")).toEqual([{ where: "value", text: "Microsoft Teams" }]);
  expect(nameLeaks("⟦Ûšé ⟪⟦Ṁîçŕöšöƒţ Ţéåɱš···⟧⟫ ƒöŕ ⟪Alex Wilber⟫···⟧")).toEqual([]);
  expect(nameLeaks("Open Schedule on behalf\u0000⟦Ŷéš⟧")).toEqual([{ where: "outside", text: "Open Schedule on behalf" }]);
  expect(nameLeaks("Zoom\u0000", ["Zoom"])).toEqual([]);
});

describe("in the pseudo-locale no scenario shows a service or product name outside the catalogue", () => {
  test.each(SCENARIOS.map((s) => [s.id, s.item.location] as const))("%s", async (scenario, location) => {
    // What the user typed into the location ("Microsoft Teams Meeting") is theirs, quoted as they wrote it.
    const allowed = [...CONFIGURED_NAMES, ...(location ? [location] : [])];
    const { page, context, problems } = await openTaskpane(harness, scenario, { language: "qps-ploc", width: 450 });
    try {
      await waitForAnswer(page);
      await page.locator("[data-meeting]:not([data-meeting='loading'])").waitFor({ timeout: 10_000 });
      await openAllDetails(page);
      expect(nameLeaks(await visibleText(page), allowed)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test("the send-time message in the pseudo-locale names the service from its catalogue", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { page: "launchevent.html", language: "qps-ploc" });
  try {
    await page.waitForFunction(
      () =>
        typeof (window as unknown as { __sim?: { handlers: Record<string, unknown> } }).__sim?.handlers["onAppointmentSendHandler"] ===
        "function",
      undefined,
      { timeout: 10_000 },
    );
    const location = "Microsoft Teams Meeting";
    const message = await page.evaluate(async (where) => {
      const w = window as unknown as {
        __sim: { hostReady: Promise<unknown>; handlers: Record<string, (event: unknown) => void> };
        Office: { context: { mailbox: { item: { location: { setAsync(v: string, cb: () => void): void } } } } };
      };
      // The send-time page never calls Office.onReady: the host having answered is what it waits for.
      await w.__sim.hostReady;
      await new Promise<void>((resolve) => w.Office.context.mailbox.item.location.setAsync(where, () => resolve()));
      return new Promise<string | undefined>((resolve) => {
        w.__sim.handlers["onAppointmentSendHandler"]?.({
          completed: (options: { errorMessage?: string }) => resolve(options.errorMessage),
        });
        setTimeout(() => resolve(undefined), 6000);
      });
    }, location);
    expect(message).toMatch(/^⟦/);
    // The quoted location is the user's own text; everything else must come from the catalogue.
    expect(nameLeaks(message ?? "", [location])).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
