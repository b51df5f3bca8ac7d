/**
 * Adding, recognising, replacing and removing the owner's online-meeting block, as a user does it in
 * the taskpane, checked against the body the simulated Outlook holds (stored exactly as written).
 */
import { AGENDA_HTML } from "../../dev/simulated-office/bodies";
import { removeBlock } from "../../src/meeting/bodyEdit";
import { checkStatus, openTaskpane, simState, startHarness, waitForVerdict, type Harness } from "./support/harness";
import {
  ADD,
  REMOVE,
  REPLACE,
  blockIn,
  clickAndWaitForFeedback,
  countDialogs,
  markerCount,
  recordedJoinUrl,
  waitForMeetingPanel,
} from "./support/pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const ROOM = "Conf Room Adams (12)";
const ADDED = /meeting link was added/;
const REPLACED = /meeting link was replaced/;
const REMOVED = /meeting link was removed/;

test("Add puts exactly one https join block into the HTML body without changing a character of it, and keeps the room", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    expect(await waitForVerdict(page)).toBe("delegate");
    await waitForMeetingPanel(page);
    const original = await simState(page);
    expect(original.bodyType).toBe("html");

    expect(await clickAndWaitForFeedback(page, ADD, ADDED)).toBe("success");
    const after = await simState(page);
    const found = blockIn(after.body, "html");
    expect(found).toBeDefined();
    expect(markerCount(after.body, "html")).toBe(1);
    expect(found?.links).toHaveLength(1);
    expect(found?.links[0]).toMatch(/^https:\/\/meet\.jit\.si\/\S+$/);
    // Character for character: what surrounds the block is the original body.
    expect(`${found?.before}${found?.after}`).toBe(original.body);
    expect(removeBlock(after.body, "html")).toBe(original.body);
    // The room the user typed is a place, not ours to overwrite.
    expect(after.location).toBe(ROOM);
    expect(recordedJoinUrl(after)).toBe(found?.links[0]);

    // Second state: Replace and Remove, and no second Add.
    await expect(page.getByRole("button", { name: REPLACE }).isEnabled()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: REMOVE }).isEnabled()).resolves.toBe(true);
    expect(await page.getByRole("button", { name: ADD }).count()).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("reopening the pane recognises the block; Replace swaps only the link; Remove restores the body exactly", async () => {
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor");
  try {
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    const original = await simState(page);
    await clickAndWaitForFeedback(page, ADD, ADDED);
    const added = await simState(page);
    const first = blockIn(added.body, "html");

    // Reopen on the same item (the simulated host keeps it in sessionStorage).
    await page.reload();
    expect(await waitForVerdict(page)).toBe("delegate");
    await page.getByRole("button", { name: REMOVE }).waitFor();
    await expect(page.getByRole("button", { name: REPLACE }).isEnabled()).resolves.toBe(true);
    expect(await page.getByRole("button", { name: ADD }).count()).toBe(0);
    await expect(page.getByText(/already has a link from this add-in/).isVisible()).resolves.toBe(true);
    expect((await simState(page)).body).toBe(added.body);

    expect(await clickAndWaitForFeedback(page, REPLACE, REPLACED)).toBe("success");
    const replaced = await simState(page);
    const second = blockIn(replaced.body, "html");
    expect(second).toBeDefined();
    expect(markerCount(replaced.body, "html")).toBe(1);
    expect(second?.links).toHaveLength(1);
    expect(second?.links[0]).toMatch(/^https:\/\//);
    expect(second?.links[0]).not.toBe(first?.links[0]);
    expect(second?.before).toBe(first?.before);
    expect(second?.after).toBe(first?.after);
    expect(recordedJoinUrl(replaced)).toBe(second?.links[0]);
    expect(replaced.location).toBe(ROOM);

    expect(await clickAndWaitForFeedback(page, REMOVE, REMOVED)).toBe("success");
    const removed = await simState(page);
    expect(removed.body).toBe(original.body);
    expect(removed.bodyType).toBe("html");
    expect(recordedJoinUrl(removed)).toBeUndefined();
    expect(JSON.stringify(removed.customProperties)).not.toContain(second?.links[0] ?? "-");
    expect(removed.location).toBe(ROOM);
    await expect(page.getByRole("button", { name: ADD }).isEnabled()).resolves.toBe(true);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("an empty location gets the join link, Replace updates it and Remove clears it again", async () => {
  const { page, context, problems } = await openTaskpane(harness, "own-calendar");
  try {
    expect(await waitForVerdict(page)).toBe("self");
    await waitForMeetingPanel(page);
    const original = await simState(page);
    expect(original.location).toBe("");

    await clickAndWaitForFeedback(page, ADD, ADDED);
    const after = await simState(page);
    const found = blockIn(after.body, "html");
    expect(found?.links[0]).toMatch(/^https:\/\//);
    expect(after.location).toBe(found?.links[0]);

    // The location still holds our link, so Replace moves it along with the block.
    await clickAndWaitForFeedback(page, REPLACE, REPLACED);
    const replaced = await simState(page);
    const newLink = blockIn(replaced.body, "html")?.links[0];
    expect(newLink).toMatch(/^https:\/\//);
    expect(newLink).not.toBe(found?.links[0]);
    expect(replaced.location).toBe(newLink);

    await clickAndWaitForFeedback(page, REMOVE, REMOVED);
    const removed = await simState(page);
    expect(removed.location).toBe("");
    expect(removed.body).toBe(original.body);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a plain-text body gets a plain-text block (no markup) that comes out again exactly", async () => {
  const { page, context, problems } = await openTaskpane(harness, "plain-text-body");
  try {
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    const original = await simState(page);
    expect(original.bodyType).toBe("text");

    expect(await clickAndWaitForFeedback(page, ADD, ADDED)).toBe("success");
    const after = await simState(page);
    expect(after.bodyType).toBe("text");
    const found = blockIn(after.body, "text");
    expect(found).toBeDefined();
    expect(markerCount(after.body, "text")).toBe(1);
    expect(found?.block).not.toContain("<");
    expect(found?.block).not.toMatch(/&(?:amp|lt|gt|quot|#\d+);/);
    expect(found?.links).toHaveLength(1);
    expect(found?.links[0]).toMatch(/^https:\/\/meet\.jit\.si\//);
    expect(after.body.startsWith(original.body)).toBe(true);
    expect(removeBlock(after.body, "text")).toBe(original.body);

    await clickAndWaitForFeedback(page, REMOVE, REMOVED);
    expect((await simState(page)).body).toBe(original.body);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a Reviewer cannot add: the button is disabled with a visible reason and the body stays as it was", async () => {
  const { page, context, problems, settled } = await openTaskpane(harness, "delegate-reviewer");
  try {
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    const original = await simState(page);
    const add = page.getByRole("button", { name: ADD });
    await expect(add.isDisabled()).resolves.toBe(true);
    const reason = page.locator("[data-insert-reason]");
    await expect(reason.isVisible()).resolves.toBe(true);
    await expect(reason.innerText()).resolves.toMatch(/\S{3,}/);
    await add.click({ force: true, timeout: 1000 }).catch(() => undefined);
    await settled();
    const after = await simState(page);
    expect(after.body).toBe(original.body);
    expect(after.customProperties).toEqual(original.customProperties);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a hostile owner name goes into the block HTML-escaped, never as markup", async () => {
  const { page, context, problems } = await openTaskpane(harness, "hostile-name", { config: { showScheduledBy: true } });
  const dialogs = countDialogs(page);
  try {
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    const original = await simState(page);
    await clickAndWaitForFeedback(page, ADD, ADDED);
    const after = await simState(page);
    const found = blockIn(after.body, "html");
    expect(found).toBeDefined();
    expect(found?.block).toContain("Scheduled by Megan Bowen on behalf of Alex &lt;img src=x onerror=alert(1)&gt;");
    expect(found?.block).not.toMatch(/<img/i);
    expect(found?.block).not.toContain("\u202E");
    expect(`${found?.before}${found?.after}`).toBe(original.body);
    expect(dialogs.count).toBe(0);
    expect(await page.locator("#container img").count()).toBe(0);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a body near Outlook's size limit: Add is disabled with the reason before any click, and the body is left untouched", async () => {
  const { page, context, problems } = await openTaskpane(harness, "huge-body");
  try {
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    const before = await page.evaluate(() => {
      const s = (window as unknown as { __sim: { getState(): { body: string } } }).__sim.getState();
      return { length: s.body.length, tail: s.body.slice(-200) };
    });
    expect(before.length).toBe(999_900);
    const add = page.getByRole("button", { name: ADD });
    await expect(add.isDisabled()).resolves.toBe(true);
    const reason = page.locator("[data-insert-reason]");
    await expect(reason.innerText()).resolves.toMatch(/too long for Outlook to take the link \(at most 1,000,000 characters\)/);
    await expect(add.getAttribute("aria-describedby")).resolves.toBe(await reason.getAttribute("id"));
    const after = await page.evaluate(() => {
      const s = (window as unknown as { __sim: { getState(): { body: string; customProperties: object } } }).__sim.getState();
      return { length: s.body.length, tail: s.body.slice(-200), marker: s.body.includes("sob-meeting-block"), props: s.customProperties };
    });
    expect(after).toEqual({ length: before.length, tail: before.tail, marker: false, props: {} });
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a Zoom personal room links the OWNER's room, and the Zoom delegate right is reported as unknown", async () => {
  const config = {
    providers: [
      { id: "zoom", type: "personal-room", service: "zoom", name: "Zoom", urlTemplate: "https://contoso.zoom.us/my/{owner.alias}" },
    ],
  };
  const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { config });
  try {
    await waitForVerdict(page);
    await waitForMeetingPanel(page);
    expect(await page.locator("[data-config-problems]").count()).toBe(0);
    expect(await checkStatus(page, "online-meeting-delegate")).toBe("unknown");
    const original = await simState(page);
    await clickAndWaitForFeedback(page, ADD, ADDED);
    const after = await simState(page);
    const found = blockIn(after.body, "html");
    expect(found?.links).toEqual(["https://contoso.zoom.us/my/alex.wilber"]);
    expect(after.body).not.toContain("megan");
    expect(`${found?.before}${found?.after}`).toBe(original.body);
    expect(after.location).toBe(ROOM);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});

test("with Teams configured there is no Add button, Outlook's own toggle is explained, and the body is untouched", async () => {
  const { page, context, problems, settled } = await openTaskpane(harness, "delegate-editor", {
    config: { providers: [{ id: "teams", type: "teams" }] },
  });
  try {
    await waitForVerdict(page);
    const guidance = page.locator('[data-guidance="teams"]');
    await guidance.waitFor({ timeout: 10_000 });
    await expect(guidance.innerText()).resolves.toMatch(/Teams meeting/);
    expect(await page.getByRole("button", { name: ADD }).count()).toBe(0);
    expect(await page.getByRole("button", { name: REPLACE }).count()).toBe(0);
    await settled();
    const after = await simState(page);
    expect(after.body).toBe(AGENDA_HTML);
    expect(after.location).toBe(ROOM);
    expect(after.customProperties).toEqual({});
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
