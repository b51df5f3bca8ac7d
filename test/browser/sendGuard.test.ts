/**
 * The Smart Alerts send-time check, loaded the way Outlook on the web and new Outlook load it
 * (dist/launchevent.html), run against the simulated appointment by calling the handler the page
 * registered with Office.actions.associate.
 */
import type { Page } from "playwright-core";
import { simState, startHarness, type Harness } from "./support/harness";
import { openSendPage, pressSend, type Send } from "./support/sendCheck";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const TEAMS_JOIN =
  "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDdiZjYxYmQtMmM1Ni00Y2FhLWE2MjItZmY2ZTQ5ZTM4NWU3%40thread.v2/0?context=%7b%22Tid%22%3a%22c0ffee%22%7d";

/**
 * Edits the item as a user would in the form (location, then a paragraph before </body>), then
 * presses Send, waiting a while after the first completed() to catch a second one.
 */
async function send(page: Page, edits: { location?: string; appendHtml?: string } = {}): Promise<Send> {
  await page.evaluate(async ({ location, appendHtml }) => {
    type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;
    const item = (
      window as unknown as {
        Office: {
          context: {
            mailbox: {
              item: {
                location: { setAsync(v: string, cb: Callback): void };
                body: {
                  getAsync(t: string, cb: Callback): void;
                  setAsync(v: string, o: { coercionType: string }, cb: Callback): void;
                };
              };
            };
          };
        };
      }
    ).Office.context.mailbox.item;
    const call = (start: (cb: Callback) => void) =>
      new Promise<unknown>((resolve, reject) =>
        start((r) => (r.status === "succeeded" ? resolve(r.value) : reject(new Error(r.error?.message ?? "failed")))),
      );
    if (location !== undefined) await call((cb) => item.location.setAsync(location, cb));
    if (appendHtml !== undefined) {
      const body = String(await call((cb) => item.body.getAsync("html", cb)));
      const at = body.toLowerCase().lastIndexOf("</body>");
      const next = at === -1 ? body + appendHtml : body.slice(0, at) + appendHtml + body.slice(at);
      await call((cb) => item.body.setAsync(next, { coercionType: "html" }, cb));
    }
  }, edits);
  return pressSend(page, { settleMs: 300, giveUpMs: 6000 });
}

test('a delegated meeting that says "Microsoft Teams Meeting" but has no join link is stopped once, with a short message naming Teams', async () => {
  const { page, context, problems } = await openSendPage(harness, "delegate-editor");
  try {
    const result = await send(page, { location: "Microsoft Teams Meeting" });
    expect((await simState(page)).location).toBe("Microsoft Teams Meeting");
    expect(result.calls).toHaveLength(1);
    const [completion] = result.calls;
    expect(completion?.allowEvent).toBe(false);
    expect(typeof completion?.errorMessage).toBe("string");
    expect(completion?.errorMessage?.length).toBeGreaterThan(0);
    expect(completion?.errorMessage?.length).toBeLessThanOrEqual(500);
    expect(completion?.errorMessage).toMatch(/Teams/);
    expect(completion?.errorMessage).toMatch(/Schedule on behalf/);
    // Decided well inside Outlook's 5-second "taking longer than expected" prompt.
    expect(result.ms).toBeLessThan(2000);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the same meeting with a Teams join link in the body is sent", async () => {
  const { page, context, problems } = await openSendPage(harness, "delegate-editor");
  try {
    const appendHtml = `<p><a href="${TEAMS_JOIN}">Join the meeting now</a></p>`;
    const result = await send(page, { location: "Microsoft Teams Meeting", appendHtml });
    expect((await simState(page)).body).toContain(TEAMS_JOIN);
    expect(result.calls).toEqual([{ allowEvent: true }]);
    // A decision, not the 4.5-second safety cap letting it through.
    expect(result.ms).toBeLessThan(2000);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a Teams meeting in your own calendar is never stopped", async () => {
  const { page, context, problems } = await openSendPage(harness, "own-calendar");
  try {
    const result = await send(page, { location: "Microsoft Teams Meeting" });
    expect(result.calls).toEqual([{ allowEvent: true }]);
    // A decision, not the 4.5-second safety cap letting it through.
    expect(result.ms).toBeLessThan(2000);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a delegated in-person meeting (a room, no online claim) is sent", async () => {
  const { page, context, problems } = await openSendPage(harness, "delegate-editor");
  try {
    const state = await simState(page);
    expect(state.location).toBe("Conf Room Adams (12)");
    const result = await send(page);
    expect(result.calls).toEqual([{ allowEvent: true }]);
    // A decision, not the 4.5-second safety cap letting it through.
    expect(result.ms).toBeLessThan(2000);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
