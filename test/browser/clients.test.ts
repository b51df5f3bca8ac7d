/**
 * The meeting block against what real Outlook clients do to the body (dev/simulated-office/README.md
 * lists the reports each profile imitates): Outlook on the web strips comments, classes and data-*
 * and wraps the body on every write; classic Windows stores Word HTML; Mac returns a whole document
 * and a stale first read. Each profile runs with the custom property kept and with it lost on
 * reopen, so the block must be found from the body alone.
 *
 * The user's text is compared as a reader sees it (white space aside): the rewriting clients change
 * markup, never what the user wrote, and neither may we.
 */
import type { Page } from "playwright-core";
import { openTaskpane, simState, startHarness, waitForVerdict, type Harness } from "./support/harness";
import { ADD, REMOVE, REPLACE, clickAndWaitForFeedback, waitForMeetingPanel } from "./support/pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const CLIENTS = ["faithful", "web", "classic", "mac"] as const;

/** What the pane says about the send-time check on each client (the faithful profile is classic Windows). */
const SEND_CHECK = { faithful: "at-send", web: "popped-out-only", classic: "at-send", mac: "at-send" } as const;

interface Reading {
  /** What a reader sees, all white space removed. */
  readonly text: string;
  /** Every https href that points at the Jitsi server. */
  readonly joinLinks: string[];
}

/** Reads the simulated item's body the way a browser renders it (parsed inertly, never executed). */
async function readBody(page: Page): Promise<Reading> {
  const { body } = await simState(page);
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, "text/html");
    return {
      text: (doc.body.textContent ?? "").replace(/[\s\u00a0]+/g, ""),
      joinLinks: Array.from(doc.querySelectorAll("a[href]"), (a) => a.getAttribute("href") ?? "").filter((href) =>
        href.startsWith("https://meet.jit.si/"),
      ),
    };
  }, body);
}

/** Runs the registered send-time check the way Outlook does when the user presses Send. */
async function send(page: Page): Promise<{ ran: boolean; allowEvent: boolean; errorMessage?: string }> {
  await page.addScriptTag({ url: `${harness.server.origin}/launchevent.js` });
  return page.evaluate(() =>
    (window as unknown as { __sim: { send(): Promise<{ ran: boolean; allowEvent: boolean; errorMessage?: string }> } }).__sim.send(),
  );
}

async function reopen(page: Page): Promise<void> {
  await page.reload();
  expect(await waitForVerdict(page)).toBe("delegate");
  await waitForMeetingPanel(page);
}

test("a client without Mailbox 1.12 says the send-time check cannot run there", async () => {
  const { page, context } = await openTaskpane(harness, "old-client");
  try {
    await waitForVerdict(page);
    await expect(page.locator("[data-send-check]").getAttribute("data-send-check")).resolves.toBe("not-on-this-client");
    await expect(page.locator("[data-send-check]").textContent()).resolves.toMatch(/can't check the join link/);
  } finally {
    await context.close();
  }
});

describe.each(CLIENTS)("client profile %s", (client) => {
  test.each([false, true])(
    "add, reopen, replace, remove and send with custom properties lost on reopen: %s",
    async (loseCustomProperties) => {
      const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { client, loseCustomProperties });
      try {
        expect(await waitForVerdict(page)).toBe("delegate");
        await waitForMeetingPanel(page);
        const original = await readBody(page);
        expect(original.joinLinks).toEqual([]);
        await expect(page.locator("[data-send-check]").getAttribute("data-send-check")).resolves.toBe(SEND_CHECK[client]);

        // One click: exactly one new join link, the user's text unchanged around it.
        await clickAndWaitForFeedback(page, ADD, /meeting link was added/);
        const added = await readBody(page);
        expect(added.joinLinks).toHaveLength(1);
        expect(added.text).toContain(original.text);
        // A second click is not possible: the pane offers Replace and Remove instead.
        expect(await page.getByRole("button", { name: ADD }).count()).toBe(0);

        // Reopened: the block is recognised (from the body alone when the property is lost), no second Add.
        await reopen(page);
        await page.getByRole("button", { name: REMOVE }).waitFor();
        await expect(page.getByRole("button", { name: REPLACE }).isEnabled()).resolves.toBe(true);
        expect(await page.getByRole("button", { name: ADD }).count()).toBe(0);
        if (loseCustomProperties) expect((await simState(page)).customProperties).toEqual({});

        // The send-time check sees our link and lets the meeting go.
        const sent = await send(page);
        expect(sent).toMatchObject({ ran: true, allowEvent: true });

        // Replace: still exactly one join link, and a new one.
        await clickAndWaitForFeedback(page, REPLACE, /meeting link was replaced/);
        const replaced = await readBody(page);
        expect(replaced.joinLinks).toHaveLength(1);
        expect(replaced.joinLinks[0]).not.toBe(added.joinLinks[0]);

        // Reopen once more and remove: no join link, no label of ours, the user's text as it was.
        await reopen(page);
        await clickAndWaitForFeedback(page, REMOVE, /meeting link was removed/);
        const removed = await readBody(page);
        expect(removed.joinLinks).toEqual([]);
        expect(removed.text).not.toMatch(/Join:|JitsiMeet/);
        expect(removed.text).toBe(original.text);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

test("web, properties lost: the owner's personal room is recognised from the configured template alone", async () => {
  const config = {
    providers: [
      { id: "zoom-room", type: "personal-room", service: "zoom", name: "Zoom", urlTemplate: "https://contoso.zoom.us/my/{owner.alias}" },
    ],
  };
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { client: "web", loseCustomProperties: true, config });
  try {
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    const before = (await simState(page)).body;
    await clickAndWaitForFeedback(page, ADD, /meeting link was added/);
    expect((await simState(page)).body).toContain('href="https://contoso.zoom.us/my/alex.wilber"');
    await reopen(page);
    expect((await simState(page)).customProperties).toEqual({});
    await clickAndWaitForFeedback(page, REMOVE, /meeting link was removed/);
    const after = (await simState(page)).body;
    expect(after).not.toMatch(/zoom\.us|Join:/);
    const visible = (html: string) =>
      page.evaluate((h) => (new DOMParser().parseFromString(h, "text/html").body.textContent ?? "").replace(/\s+/g, ""), html);
    expect(await visible(after)).toBe(await visible(before));
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
