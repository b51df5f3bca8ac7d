/**
 * AppointmentWriter against the simulated Outlook host (dev/simulated-office, the one the playground
 * and the browser tests use), with its faults (a failing, throwing, silent or wrongly answering call,
 * for all calls or one), its client profiles (Outlook on the web's rewriting, Mac's stale read) and its
 * test hooks (a call log; the user typing while Outlook answers). The rule under test: apart from the
 * block, the body stays identical, and every failure leaves nothing written.
 */
import { HTML_BLOCK_BEGIN, HTML_BLOCK_END, CUSTOM_PROPERTY_KEY, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";
import { insertBlock, MAX_BODY_CHARS } from "../../src/meeting/bodyEdit";
import { blockId } from "../../src/meeting/blockId";
import { personalRoomProvider } from "../../src/meeting/providers";
import { blockSignals } from "../../src/meeting/recognition";
import { AppointmentWriter, type RenderedBlock } from "../../src/office/appointment";
import type { ItemLike } from "../../src/office/officeShape";
import {
  ERRORS,
  FAITHFUL,
  getScenario,
  htmlToText,
  rewriteForWeb,
  textToHtmlDocument,
  type ClientProfile,
  type FaultMap,
  type ItemState,
  type JsonValue,
  type Fault,
  type SimError,
  type CallTarget,
  type TestHooks,
} from "../../dev/simulated-office/api";
import { block, installSimOutlook, JITSI_LINK, ZOOM_LINK, type SimOutlook } from "../support/simulatedOutlook";

/** What a state says once a block is in the body: the join link it holds, its service, and no unmet claims. */
const HOLDING_A_LINK = { blockLink: expect.stringMatching(/^https:\/\//), blockService: expect.any(String), unmetClaims: [] };

type BodyType = "html" | "text";

const ZOOM = block(ZOOM_LINK);
const JITSI = block(JITSI_LINK);
const ROOM = "Conf Room Adams (12)";
const HTML_BODY = '<html><head><meta charset="utf-8"></head><body>\r\n<p>Agenda &amp; notes &#x1F600; — שלום</p>\r\n</body></html>';
const TEXT_BODY = "Hi all,\n\nAgenda: budget & headcount 😀\nThanks";

// --- Outlook: the simulated host, with its call log -----------------------------------------------

interface Init {
  readonly body?: string;
  readonly type?: BodyType;
  readonly location?: string;
  /** Custom properties already saved on the item. */
  readonly saved?: Record<string, JsonValue>;
  readonly faults?: FaultMap;
  /** The client the host behaves like (default "faithful": bodies stored byte for byte). */
  readonly client?: ClientProfile | string;
}

/** The simulated Outlook's appointment as these tests look at it. */
interface Appointment {
  readonly sim: SimOutlook;
  readonly item: ItemLike;
  readonly hooks: TestHooks;
  /**
   * Runs just before Outlook answers the n-th call of `target` (TestHooks.beforeAnswer): the user
   * typing meanwhile. Change the item with `sim.store.update`.
   */
  userMeanwhile: ((target: CallTarget, n: number) => void) | undefined;
  readonly body: string;
  readonly location: string;
  readonly saved: Readonly<Record<string, JsonValue>>;
  state(): ItemState;
  /** Every call the writer made, by member ("item.body.setAsync", "customProperties.set", …). */
  calls(): string[];
  /** The writes Outlook accepted, by member, in order. */
  writes(): string[];
  /** The body writes Outlook accepted: what the writer sent and as which type. */
  bodyWrites(): { data: unknown; coercionType: unknown }[];
  /** Replaces the saved custom properties (e.g. a shared calendar that dropped them). */
  setSaved(saved: Record<string, JsonValue>): void;
}

/**
 * An appointment in organizer mode in the simulated Outlook host (dev/simulated-office), holding
 * HTML_BODY and no location unless told otherwise. Its rules (limits, errors, answers on a later
 * task) are the simulator's; the call log is its test hooks'.
 */
async function appointment(init: Init = {}): Promise<Appointment> {
  const sim = await installSimOutlook({
    item: { body: init.body ?? HTML_BODY, bodyType: init.type ?? "html", location: init.location ?? "" },
    ...(init.faults ? { faults: init.faults } : {}),
    ...(init.client ? { client: init.client } : {}),
    testHooks: true,
  });
  const hooks = sim.hooks;
  if (!hooks) throw new Error("installed without test hooks");
  if (init.saved) sim.store.update({ customProperties: init.saved });
  const outlook: Appointment = {
    sim,
    item: sim.item,
    hooks,
    userMeanwhile: undefined,
    get body() {
      return sim.state().body;
    },
    get location() {
      return sim.state().location;
    },
    get saved() {
      return sim.state().customProperties;
    },
    state: () => sim.state(),
    calls: () => hooks.calls.map((c) => c.target),
    writes: () => hooks.writes().map((w) => w.target),
    bodyWrites: () =>
      hooks
        .writes()
        .filter((w) => w.target === "item.body.setAsync")
        .map((w) => ({ data: w.args[0], coercionType: (w.args[1] as { coercionType?: unknown } | undefined)?.coercionType })),
    setSaved: (saved) => {
      sim.store.update({ customProperties: saved });
    },
  };
  hooks.beforeAnswer = (target, n) => {
    outlook.userMeanwhile?.(target, n);
    // The writer must read the body as the type it holds, never a converted copy (which would
    // write the conversion back): noted here, failed in afterEach.
    if (target !== "item.body.getAsync") return;
    const asked = hooks.calls.filter((c) => c.target === target)[n - 1]?.args[0];
    const held = sim.state().bodyType;
    if (asked !== held) misreads.push(`body.getAsync #${n} read a ${String(asked)} copy of a ${held} body`);
  };
  return outlook;
}

/** Reads of a body in another type than its own, in the current test (see appointment()). */
const misreads: string[] = [];
afterEach(() => {
  expect(misreads.splice(0)).toEqual([]);
});

/** The record as an older version wrote it: no block id, so the markers are vouched for by the link. */
function recordJson(rendered: RenderedBlock): string {
  return JSON.stringify({ providerId: rendered.link.providerId, joinUrl: rendered.link.joinUrl });
}

/** The record as this version writes it: the link and the id of the block as written (issue 29). */
function writtenRecord(rendered: RenderedBlock, block: string): string {
  return JSON.stringify({ providerId: rendered.link.providerId, joinUrl: rendered.link.joinUrl, blockId: blockId(block) });
}

/** An item that already carries the block (inserted as the writer would). */
async function withBlock(
  rendered: RenderedBlock,
  init: { body?: string; type?: BodyType; location?: string; recorded?: boolean; faults?: FaultMap } = {},
): Promise<{ outlook: Appointment; original: string }> {
  const type = init.type ?? "html";
  const original = init.body ?? (type === "html" ? HTML_BODY : TEXT_BODY);
  const outlook = await appointment({
    type,
    body: insertBlock(original, type, type === "html" ? rendered.html : rendered.text),
    location: init.location ?? rendered.link.joinUrl,
    saved: init.recorded === false ? {} : { [CUSTOM_PROPERTY_KEY]: recordJson(rendered) },
    ...(init.faults ? { faults: init.faults } : {}),
  });
  return { outlook, original };
}

/** Asserts the writer left the item exactly as it found it. */
function expectUntouched(outlook: Appointment, before: ItemState): void {
  expect(outlook.writes()).toEqual([]);
  expect(outlook.state()).toEqual(before);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- Insert -------------------------------------------------------------------------------------

/** An Office error with this name, as a fault's answer. */
function officeError(name: string, message = "it failed"): SimError {
  return { name, message, code: 9999 };
}

/** Outlook for Mac's stale first read after a write (the mac profile's quirk), on bodies kept byte for byte. */
const STALE_READ_CLIENT: ClientProfile = { ...FAITHFUL, staleFirstReadAfterWrite: true };

const ZOOM_SIGNALS = blockSignals(
  [personalRoomProvider({ id: "zoom", service: "zoom", urlTemplate: "https://contoso.zoom.us/j/81234567890?pwd=abc" })],
  {
    emailAddress: "alex@contoso.com",
    displayName: "Alex",
  },
);
const NO_PROVIDERS = blockSignals([], undefined);

/**
 * Replaces Zoom's block with Jitsi's, then removes it with `removeWith`: each finds the block, and what
 * survives is the text the user sees (a client that re-serialises the HTML may turn an entity into its
 * character).
 */
async function replaceThenRemove(
  outlook: Awaited<ReturnType<typeof appointment>>,
  writer: AppointmentWriter,
  removeWith: typeof ZOOM_SIGNALS,
): Promise<void> {
  expect(await writer.replace(JITSI, ZOOM_SIGNALS)).toMatchObject({ ok: true });
  expect(outlook.body).toContain(JITSI_LINK.joinUrl);
  expect(outlook.body).not.toContain(ZOOM_LINK.joinUrl);
  expect(await writer.remove(removeWith)).toMatchObject({ ok: true, state: { hasBlock: false } });
  expect(outlook.body).not.toMatch(/Join|Zoom|Jitsi/);
  expect(htmlToText(outlook.body)).toContain("Agenda & notes 😀 — שלום");
}

describe("when Outlook rewrites the body (markers stripped)", () => {
  test("insert, reopen, replace and remove find the block from its link and labels; the user's text survives", async () => {
    const outlook = await appointment({ body: HTML_BODY, client: "web" });
    const writer = new AppointmentWriter(outlook.item);
    expect(await writer.insert(ZOOM, ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(outlook.body).not.toContain(HTML_BLOCK_BEGIN);

    // A reopened pane: a new writer, the custom property lost, only the configured provider's link.
    outlook.setSaved({});
    const reopened = new AppointmentWriter(outlook.item);
    await expect(reopened.readState(ZOOM_SIGNALS)).resolves.toEqual({
      ok: true,
      value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK },
    });
    expect(await reopened.insert(ZOOM, ZOOM_SIGNALS)).toMatchObject({ ok: false, problem: "exists" });

    // The new block's link is recorded, so Remove recognises it even though no provider makes it.
    await replaceThenRemove(outlook, reopened, NO_PROVIDERS);
  });

  test("without any signal, a stripped block is not recognised and nothing is removed", async () => {
    const outlook = await appointment({ body: rewriteForWeb(insertBlock(HTML_BODY, "html", ZOOM.html)), client: "web" });
    const before = outlook.state();
    expect(await new AppointmentWriter(outlook.item).remove(NO_PROVIDERS)).toMatchObject({ ok: false });
    expectUntouched(outlook, before);
  });

  test("Mac's stale read after a write is waited out: Replace right after Insert works", async () => {
    const outlook = await appointment({ body: HTML_BODY, client: STALE_READ_CLIENT });
    const writer = new AppointmentWriter(outlook.item, 4000, 5);
    expect(await writer.insert(ZOOM)).toMatchObject({ ok: true });
    expect(await writer.replace(JITSI)).toMatchObject({ ok: true });
    expect(outlook.body).toBe(insertBlock(HTML_BODY, "html", JITSI.html));
  });

  test.each([
    ["Outlook for Mac (Word HTML and the stale read)", "mac"],
    ["classic Outlook for Windows (Word HTML)", "classic"],
  ])("%s: Insert, Replace and Remove each find the block; the text survives", async (_name, client) => {
    const outlook = await appointment({ body: HTML_BODY, client });
    const writer = new AppointmentWriter(outlook.item, 4000, 5);
    expect(await writer.insert(ZOOM, ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(outlook.body).toContain(ZOOM_LINK.joinUrl);
    await replaceThenRemove(outlook, writer, ZOOM_SIGNALS);
  });
});

describe("insert", () => {
  test("HTML body: the block goes just before </body> with one setAsync, and nothing else changes", async () => {
    const outlook = await appointment({ body: HTML_BODY });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: ZOOM.link },
    });
    const at = HTML_BODY.lastIndexOf("</body>");
    expect(outlook.body).toBe(HTML_BODY.slice(0, at) + ZOOM.html + HTML_BODY.slice(at));
    expect(outlook.bodyWrites()).toEqual([{ data: outlook.body, coercionType: "html" }]);
    expect(outlook.body.startsWith(HTML_BLOCK_BEGIN, at)).toBe(true);
    expect(outlook.body.endsWith(`${HTML_BLOCK_END}</body></html>`)).toBe(true);
  });

  test("HTML fragment without </body>: the block is appended at the very end", async () => {
    const outlook = await appointment({ body: "<p>Hello</p>" });
    expect((await new AppointmentWriter(outlook.item).insert(ZOOM)).ok).toBe(true);
    expect(outlook.body).toBe(`<p>Hello</p>${ZOOM.html}`);
  });

  test("text body: the text block is appended after one blank line, written as text", async () => {
    const outlook = await appointment({ body: TEXT_BODY, type: "text" });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: "text", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: ZOOM.link },
    });
    expect(outlook.body).toBe(`${TEXT_BODY}\n\n${ZOOM.text}`);
    expect(outlook.bodyWrites()).toEqual([{ data: outlook.body, coercionType: "text" }]);
    expect(outlook.body).not.toContain("<");
  });

  test("text body with CRLF line endings: the block's lines use CRLF too", async () => {
    const body = "Line one\r\nLine two";
    const outlook = await appointment({ body, type: "text" });
    expect((await new AppointmentWriter(outlook.item).insert(ZOOM)).ok).toBe(true);
    expect(outlook.body).toBe(`${body}\r\n\r\n${ZOOM.text.replace(/\n/g, "\r\n")}`);
    expect(outlook.body.slice(body.length).replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  test("empty text body: just the block, no leading blank line", async () => {
    const outlook = await appointment({ body: "", type: "text" });
    expect((await new AppointmentWriter(outlook.item).insert(ZOOM)).ok).toBe(true);
    expect(outlook.body).toBe(ZOOM.text);
  });

  test("refuses a second insert (pointing to Replace or Remove) and writes nothing", async () => {
    const { outlook } = await withBlock(ZOOM);
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(JITSI);

    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ problem: "exists" });
    expectUntouched(outlook, before);
  });

  test("refuses when the body holds a block but the custom property was lost", async () => {
    const { outlook } = await withBlock(ZOOM, { recorded: false, location: "" });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(JITSI);
    expect(result).toMatchObject({ ok: false, problem: "exists" });
    expectUntouched(outlook, before);
  });
});

// --- Replace and remove -------------------------------------------------------------------------

describe("markers count only when they are ours (issue 29, security review L2)", () => {
  const STRAY = `<html><body>${HTML_BLOCK_BEGIN}<p>Agenda: budget, hiring</p><p>Join: <a href="https://evil.example/x">https://teams.microsoft.com/l/meetup-join/1</a></p>${HTML_BLOCK_END}</body></html>`;

  test("stray markers around someone's agenda: not our block, so Remove refuses and the agenda stays", async () => {
    const outlook = await appointment({ body: STRAY });
    const writer = new AppointmentWriter(outlook.item);
    const state = await writer.readState(ZOOM_SIGNALS);
    expect(state).toMatchObject({ ok: true, value: { hasBlock: false } });
    const before = outlook.state();
    expect(await writer.remove(ZOOM_SIGNALS)).toMatchObject({ ok: false, problem: "missing" });
    expectUntouched(outlook, before);
  });

  test("stray markers and a record of another block: Add puts ours after them and Remove takes only ours", async () => {
    const outlook = await appointment({ body: STRAY, saved: { [CUSTOM_PROPERTY_KEY]: writtenRecord(ZOOM, "something else") } });
    const writer = new AppointmentWriter(outlook.item);
    expect(await writer.insert(ZOOM, ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(outlook.body).toBe(insertBlock(STRAY, "html", ZOOM.html));
    expect(await writer.remove(ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(outlook.body).toBe(STRAY);
  });

  test("our own block, recorded with its id, is ours; the same markers with edited content are found by their link instead", async () => {
    const body = insertBlock(HTML_BODY, "html", ZOOM.html);
    const outlook = await appointment({ body, saved: { [CUSTOM_PROPERTY_KEY]: writtenRecord(ZOOM, ZOOM.html) } });
    expect(await new AppointmentWriter(outlook.item).readState(ZOOM_SIGNALS)).toMatchObject({ ok: true, value: { hasBlock: true } });
    const edited = await appointment({
      body: body.replace("Meeting ID", "Meeting  ID"),
      saved: { [CUSTOM_PROPERTY_KEY]: writtenRecord(ZOOM, ZOOM.html) },
    });
    const writer = new AppointmentWriter(edited.item);
    expect(await writer.readState(ZOOM_SIGNALS)).toMatchObject({ ok: true, value: { hasBlock: true } });
    expect(await writer.remove(ZOOM_SIGNALS)).toMatchObject({ ok: true });
    // The visible block went; only its two (invisible) marker comments are left of it.
    expect(edited.body).toBe(insertBlock(HTML_BODY, "html", `${HTML_BLOCK_BEGIN}${HTML_BLOCK_END}`));
  });
});

describe("replace and remove", () => {
  test("replace swaps only the block, moves the location and the record to the new link", async () => {
    const { outlook, original } = await withBlock(ZOOM);
    const result = await new AppointmentWriter(outlook.item).replace(JITSI);

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: JITSI.link },
    });
    expect(outlook.body).toBe(insertBlock(original, "html", JITSI.html));
    expect(outlook.location).toBe(JITSI.link.joinUrl);
    expect(outlook.saved).toEqual({ [CUSTOM_PROPERTY_KEY]: writtenRecord(JITSI, JITSI.html) });
  });

  test("replace in a CRLF text body keeps the blank line and the line endings", async () => {
    const { outlook, original } = await withBlock(ZOOM, { type: "text", body: "a\r\nb" });
    expect((await new AppointmentWriter(outlook.item).replace(JITSI)).ok).toBe(true);
    expect(outlook.body).toBe(`${original}\r\n\r\n${JITSI.text.replace(/\n/g, "\r\n")}`);
  });

  test.each([
    ["replace", (w: AppointmentWriter) => w.replace(JITSI)],
    ["remove", (w: AppointmentWriter) => w.remove()],
  ] as const)("%s when the block is gone: refusal, nothing written (not even location or record)", async (_name, act) => {
    // The user deleted the block by hand; the location and the record still name our link.
    const outlook = await appointment({ body: HTML_BODY, location: ZOOM.link.joinUrl, saved: { [CUSTOM_PROPERTY_KEY]: recordJson(ZOOM) } });
    const before = outlook.state();
    const result = await act(new AppointmentWriter(outlook.item));
    expect(result).toMatchObject({ ok: false, problem: "missing" });
    expectUntouched(outlook, before);
  });

  test("remove a block from a text body whose markers only half survive: refusal, nothing written", async () => {
    const outlook = await appointment({ type: "text", body: `${TEXT_BODY}\n\n${TEXT_BLOCK_BEGIN}\nJoin Zoom: https://x.test` });
    const before = outlook.state();
    expect(await new AppointmentWriter(outlook.item).remove()).toMatchObject({ ok: false });
    expectUntouched(outlook, before);
  });

  test.each(["html", "text"] as const)("remove gives back the %s body exactly, clears our location and the record", async (type) => {
    const { outlook, original } = await withBlock(ZOOM, { type });
    const result = await new AppointmentWriter(outlook.item).remove();

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: type, bodyChars: expect.any(Number), hasBlock: false, unmetClaims: [] },
    });
    expect(outlook.body).toBe(original);
    expect(outlook.location).toBe("");
    expect(outlook.saved).toEqual({});
    expect(outlook.bodyWrites()).toEqual([{ data: original, coercionType: type }]);
  });

  test("remove keeps a location the user changed after the insert", async () => {
    const { outlook, original } = await withBlock(ZOOM, { location: ROOM });
    expect((await new AppointmentWriter(outlook.item).remove()).ok).toBe(true);
    expect(outlook.body).toBe(original);
    expect(outlook.location).toBe(ROOM);
    expect(outlook.writes()).not.toContain("item.location.setAsync");
  });

  test("remove without the record: the body is still cleaned; the location is not known to be ours, so it stays", async () => {
    const { outlook, original } = await withBlock(ZOOM, { recorded: false });
    const result = await new AppointmentWriter(outlook.item).remove();
    expect(result).toMatchObject({ ok: true });
    expect(outlook.body).toBe(original);
    expect(outlook.location).toBe(ZOOM.link.joinUrl);
  });
});

// --- Failures leave nothing half-written -------------------------------------------------------

describe("failures leave the appointment untouched", () => {
  test("body.setAsync fails with InvalidFormatError: a clear message, body unchanged, no location or record written", async () => {
    const outlook = await appointment({
      faults: { "item.body.setAsync": { kind: "fail", error: officeError("InvalidFormatError", "format") } },
    });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);

    expect(result).toEqual({ ok: false, problem: "invalid-format", detail: "body.setAsync failed: InvalidFormatError: format" });
    expectUntouched(outlook, before);
    expect(outlook.calls()).not.toContain("item.location.getAsync");
    expect(outlook.calls()).not.toContain("customProperties.set");
  });

  test("body.setAsync fails with DataExceedsMaximumSize: a size message, nothing written", async () => {
    const outlook = await appointment({ faults: { "item.body.setAsync": { kind: "fail", error: officeError("DataExceedsMaximumSize") } } });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toEqual({
      ok: false,
      problem: "too-large",
      detail: expect.stringMatching(/DataExceedsMaximumSize/),
    });
    expectUntouched(outlook, before);
  });

  test("a body that would pass 1,000,000 characters is refused before writing (setAsync never called)", async () => {
    const body = `<p>${"x".repeat(MAX_BODY_CHARS - ZOOM.html.length - 6)}</p>`; // one character too many with the block
    expect(insertBlock(body, "html", ZOOM.html).length).toBe(MAX_BODY_CHARS + 1);
    const outlook = await appointment({ body });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);

    expect(result).toMatchObject({ ok: false, problem: "too-large" });
    expect(outlook.calls()).not.toContain("item.body.setAsync");
    expectUntouched(outlook, before);
  });

  test("exactly 1,000,000 characters with the block is still written", async () => {
    const body = `<p>${"x".repeat(MAX_BODY_CHARS - ZOOM.html.length - 7)}</p>`;
    const outlook = await appointment({ body });
    expect((await new AppointmentWriter(outlook.item).insert(ZOOM)).ok).toBe(true);
    expect(outlook.body.length).toBe(MAX_BODY_CHARS);
  });

  test.each<[string, "item.body.getAsync" | "item.body.getTypeAsync", Fault, RegExp]>([
    ["getAsync fails", "item.body.getAsync", { kind: "fail", error: officeError("InternalError", "boom") }, /InternalError: boom/],
    ["getAsync throws", "item.body.getAsync", { kind: "throw", message: "not supported" }, /body\.getAsync threw/],
    ["getAsync answers with nothing", "item.body.getAsync", { kind: "undefined-result" }, /answered with nothing/],
    ["getAsync returns no text", "item.body.getAsync", { kind: "succeed-with", value: null }, /returned no text/],
    ["getAsync is absent", "item.body.getAsync", { kind: "absent" }, /getAsync is missing/],
    ["getTypeAsync fails", "item.body.getTypeAsync", { kind: "fail", error: officeError("InternalError") }, /body\.getTypeAsync failed/],
  ])("%s: 'could not read', nothing written", async (_name, method, fault, reason) => {
    const outlook = await appointment({ faults: { [method]: fault } });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({
      ok: false,
      problem: "unreadable",
    });
    expect(result).toMatchObject({ detail: expect.stringMatching(reason) });
    expectUntouched(outlook, before);
  });

  test("getAsync never answers: times out after the writer's timeoutMs, nothing written (not even later)", async () => {
    const outlook = await appointment({ faults: { "item.body.getAsync": { kind: "silent" } } });
    const before = outlook.state();
    // Without the timeout this await would never settle and jest's own timeout would fail the test.
    const result = await new AppointmentWriter(outlook.item, 30).remove();

    expect(result).toMatchObject({ ok: false, problem: "unreadable", detail: expect.stringMatching(/did not answer/) });
    await wait(50);
    expectUntouched(outlook, before);
  });

  test("no body at all (item missing): a message, no exception", async () => {
    await expect(new AppointmentWriter(undefined).insert(ZOOM)).resolves.toMatchObject({
      ok: false,
      problem: "unreadable",
      detail: expect.stringMatching(/getAsync is missing/),
    });
  });

  test("the user types between the two reads: refusal, their new text kept, nothing written", async () => {
    const outlook = await appointment();
    outlook.userMeanwhile = (target, n) => {
      if (target === "item.body.getAsync" && n === 2)
        outlook.sim.store.update({ body: outlook.body.replace("Agenda", "Agenda (updated)") });
    };
    const typed = HTML_BODY.replace("Agenda", "Agenda (updated)");
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);

    expect(result).toEqual({
      ok: false,
      problem: "changed",
    });
    expect(outlook.body).toBe(typed);
    expect(outlook.writes()).toEqual([]);
  });

  test("the body's type changes between the two reads: refusal, nothing written", async () => {
    const outlook = await appointment({ body: TEXT_BODY, type: "text" });
    outlook.userMeanwhile = (target, n) => {
      // The user switched the format to HTML: Outlook converts what they wrote.
      if (target === "item.body.getTypeAsync" && n === 2)
        outlook.sim.store.update({ bodyType: "html", body: textToHtmlDocument(TEXT_BODY) });
    };
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "changed" });
    expect(outlook.writes()).toEqual([]);
  });

  test("the second read fails: refusal, nothing written", async () => {
    const outlook = await appointment({
      faults: { "item.body.getAsync": { kind: "fail", error: ERRORS.internal("Outlook is busy"), onCall: 2 } },
    });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(outlook.calls().filter((target) => target === "item.body.getAsync")).toHaveLength(2);
    expect(result).toMatchObject({ ok: false, problem: "changed" });
    expectUntouched(outlook, before);
  });

  test.each<[string, Fault, RegExp]>([
    ["throws", { kind: "throw", message: "not supported" }, /body\.setAsync threw/],
    ["answers with nothing", { kind: "undefined-result" }, /answered with nothing/],
    ["fails with another error", { kind: "fail", error: ERRORS.internal("busy") }, /InternalError: busy/],
    ["is absent", { kind: "absent" }, /setAsync is missing/],
  ])("body.setAsync %s: 'left as it was', nothing written", async (_name, fault, reason) => {
    const outlook = await appointment({ faults: { "item.body.setAsync": fault } });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({
      ok: false,
      problem: "refused",
    });
    expect(result).toMatchObject({ detail: expect.stringMatching(reason) });
    expectUntouched(outlook, before);
  });

  test("body.setAsync never answers: times out, no location or record written afterwards", async () => {
    const outlook = await appointment({ faults: { "item.body.setAsync": { kind: "silent" } } });
    const before = outlook.state();
    const result = await new AppointmentWriter(outlook.item, 30).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "refused", detail: expect.stringMatching(/did not answer/) });
    await wait(50);
    expectUntouched(outlook, before);
  });

  test("remove that fails to write leaves the block, the location and the record in place", async () => {
    const { outlook } = await withBlock(ZOOM, { faults: { "item.body.setAsync": { kind: "fail", error: officeError("InternalError") } } });
    const before = outlook.state();
    expect((await new AppointmentWriter(outlook.item).remove()).ok).toBe(false);
    expectUntouched(outlook, before);
  });
});

// --- Location -----------------------------------------------------------------------------------

describe("location", () => {
  test("an empty location gets the join URL", async () => {
    const outlook = await appointment({ location: "" });
    await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(outlook.location).toBe(ZOOM.link.joinUrl);
  });

  test("a whitespace-only location counts as empty", async () => {
    const outlook = await appointment({ location: "   " });
    await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(outlook.location).toBe(ZOOM.link.joinUrl);
  });

  test("a room is never overwritten (location not even written)", async () => {
    const outlook = await appointment({ location: ROOM });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: [] });
    expect(outlook.location).toBe(ROOM);
    expect(outlook.writes()).toEqual(["item.body.setAsync", "customProperties.saveAsync"]);
  });

  test("replace never overwrites a room either", async () => {
    const { outlook } = await withBlock(ZOOM, { location: ROOM });
    await new AppointmentWriter(outlook.item).replace(JITSI);
    expect(outlook.location).toBe(ROOM);
  });

  const LONG = block({ providerId: "zoom", providerName: "Zoom", joinUrl: `https://contoso.zoom.us/j/1?pwd=${"a".repeat(260)}` });

  test("a join URL over 255 characters: success with a note, location untouched", async () => {
    const outlook = await appointment({ location: "" });
    const result = await new AppointmentWriter(outlook.item).insert(LONG);
    expect(result).toMatchObject({
      ok: true,
      notes: ["location-too-long"],
    });
    expect(outlook.location).toBe("");
    expect(outlook.calls()).not.toContain("item.location.setAsync");
    expect(outlook.body).toContain(LONG.html);
  });

  // BUG (src/office/appointment.ts, updateLocation): on replace, when the location still holds the OLD
  // join URL and the new one is over 255 characters, the location keeps the old, now wrong, link
  // while the note claims it "was left empty".
  test("replace with a join URL over 255 characters does not leave the old link in the location", async () => {
    const { outlook } = await withBlock(ZOOM);
    expect(outlook.location).toBe(ZOOM.link.joinUrl);
    const result = await new AppointmentWriter(outlook.item).replace(LONG);
    expect(result).toMatchObject({ ok: true });
    expect(outlook.body).toContain(LONG.html);
    expect(outlook.body).not.toContain(ZOOM.link.joinUrl);
    // The location must not advertise a link that is no longer the meeting's.
    expect(outlook.location).not.toBe(ZOOM.link.joinUrl);
  });

  test("location.getAsync fails: the body is written, a note says the location was left", async () => {
    const outlook = await appointment({ faults: { "item.location.getAsync": { kind: "fail", error: officeError("InternalError") } } });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: ["location-unreadable"] });
    expect(outlook.body).toContain(ZOOM.html);
    expect(outlook.location).toBe("");
  });

  test("location.setAsync fails: success with a note", async () => {
    const outlook = await appointment({ faults: { "item.location.setAsync": { kind: "fail", error: officeError("InternalError") } } });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: ["location-not-changed"] });
  });

  test("no location API: success, no notes", async () => {
    const outlook = await appointment({ faults: { "item.location.getAsync": { kind: "absent" } } });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: [] });
  });
});

// --- Custom property ----------------------------------------------------------------------------

describe("custom property", () => {
  test("insert saves JSON with exactly providerId, joinUrl and the id of the block as written", async () => {
    const outlook = await appointment();
    await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(Object.keys(outlook.saved)).toEqual([CUSTOM_PROPERTY_KEY]);
    expect(JSON.parse(outlook.saved[CUSTOM_PROPERTY_KEY] as string)).toEqual({
      providerId: "zoom",
      joinUrl: ZOOM_LINK.joinUrl,
      blockId: blockId(ZOOM.html),
    });
  });

  test("remove deletes it and keeps other properties", async () => {
    const { outlook } = await withBlock(ZOOM);
    outlook.setSaved({ ...outlook.saved, other: "keep me" });
    await new AppointmentWriter(outlook.item).remove();
    expect(outlook.saved).toEqual({ other: "keep me" });
  });

  test("saveAsync fails: still success (the body is right), with a note", async () => {
    const outlook = await appointment({
      faults: { "customProperties.saveAsync": { kind: "fail", error: officeError("GenericResponseError") } },
    });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toEqual({
      ok: true,
      notes: ["record-not-saved"],
      state: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: ZOOM.link },
    });
    expect(outlook.body).toContain(ZOOM.html);
    expect(outlook.location).toBe(ZOOM.link.joinUrl);
  });

  test("set throws (size limit): success with a note naming the error", async () => {
    const outlook = await appointment({
      faults: { "customProperties.set": { kind: "throw", message: "Custom properties exceed 2500 characters." } },
    });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({
      ok: true,
      notes: ["record-rejected"],
    });
  });

  test("loadCustomPropertiesAsync fails: success, body and location written", async () => {
    const outlook = await appointment({
      faults: { "item.loadCustomPropertiesAsync": { kind: "fail", error: officeError("InternalError") } },
    });
    const result = await new AppointmentWriter(outlook.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true });
    expect(outlook.body).toContain(ZOOM.html);
    expect(outlook.location).toBe(ZOOM.link.joinUrl);
  });
});

// --- readState ----------------------------------------------------------------------------------

describe("readState", () => {
  test("recognises an existing block from the body alone when the custom property is missing", async () => {
    const { outlook } = await withBlock(ZOOM, { recorded: false });
    await expect(new AppointmentWriter(outlook.item).readState()).resolves.toEqual({
      ok: true,
      value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK },
    });
    expect(outlook.writes()).toEqual([]);
  });

  test("recognises a text block and reports the record when Outlook kept it", async () => {
    const { outlook } = await withBlock(JITSI, { type: "text" });
    await expect(new AppointmentWriter(outlook.item).readState()).resolves.toEqual({
      ok: true,
      value: { bodyType: "text", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: JITSI.link },
    });
  });

  test("a record without a block in the body: hasBlock false (the body is the truth)", async () => {
    const outlook = await appointment({ saved: { [CUSTOM_PROPERTY_KEY]: recordJson(ZOOM) } });
    await expect(new AppointmentWriter(outlook.item).readState()).resolves.toEqual({
      ok: true,
      value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: false, unmetClaims: [], recorded: ZOOM.link },
    });
  });

  test.each([["not json {"], [JSON.stringify({ providerId: 1, joinUrl: "x" })], [JSON.stringify("just a string")]])(
    "a corrupted record (%s) is treated as absent",
    async (raw) => {
      const { outlook } = await withBlock(ZOOM, { recorded: false });
      outlook.setSaved({ ...outlook.saved, [CUSTOM_PROPERTY_KEY]: raw });
      await expect(new AppointmentWriter(outlook.item).readState()).resolves.toEqual({
        ok: true,
        value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK },
      });
    },
  );

  test("a read failure is reported, not thrown", async () => {
    const outlook = await appointment({ faults: { "item.body.getAsync": { kind: "fail", error: officeError("InternalError") } } });
    await expect(new AppointmentWriter(outlook.item).readState()).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/body\.getAsync failed/),
    });
  });
});

// --- The simulated host's own scenarios --------------------------------------------------------------

describe("in the simulated host's own scenarios", () => {
  test("plain-text-body scenario: text block after a blank line, the room kept, the record saved", async () => {
    const sim = await installSimOutlook({ scenarioId: "plain-text-body" });
    const original = sim.state().body;
    const result = await new AppointmentWriter(sim.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: [] });
    expect(sim.state().body).toBe(`${original}\n\n${ZOOM.text}`);
    expect(sim.state().location).toBe(ROOM);
    expect(sim.state().customProperties).toEqual({ [CUSTOM_PROPERTY_KEY]: writtenRecord(ZOOM, ZOOM.text) });
    expect(sim.state().body.endsWith(TEXT_BLOCK_END)).toBe(true);
  });

  test("body.setAsync fault (InvalidFormatError): body, location and custom properties untouched", async () => {
    const sim = await installSimOutlook({
      faults: { "item.body.setAsync": { kind: "fail", error: ERRORS.invalidFormat("bad") } },
      item: { location: "" },
    });
    const before = sim.state();
    const result = await new AppointmentWriter(sim.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "invalid-format" });
    expect(sim.state()).toEqual(before);
  });

  test("getTypeAsync absent on a text body: the writer assumes HTML, Outlook refuses, nothing changes", async () => {
    const sim = await installSimOutlook({ scenarioId: "plain-text-body", faults: { "item.body.getTypeAsync": { kind: "absent" } } });
    const before = sim.state();
    const result = await new AppointmentWriter(sim.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "invalid-format" });
    expect(sim.state()).toEqual(before);
  });

  test("huge-body scenario (999,900 characters): refused as too large, body untouched", async () => {
    const sim = await installSimOutlook({ scenarioId: "huge-body" });
    const before = sim.state();
    expect(before.body).toBe(getScenario("huge-body").item.body);
    const result = await new AppointmentWriter(sim.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "too-large" });
    expect(sim.state()).toBe(before); // the store was not even updated
  });

  test.each([
    ["fail", { kind: "fail", error: ERRORS.internal() }],
    ["undefined-result", { kind: "undefined-result" }],
    ["throw", { kind: "throw", message: "Object doesn't support property or method 'getAsync'" }],
    ["silent", { kind: "silent" }],
  ] as const)("body.getAsync %s: a message, the item untouched", async (_kind, fault) => {
    const sim = await installSimOutlook({ faults: { "item.body.getAsync": fault } });
    const before = sim.state();
    const result = await new AppointmentWriter(sim.item, 40).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "unreadable" });
    await wait(20);
    expect(sim.state()).toBe(before);
  });

  test("customProperties.saveAsync fault: success with a note, body and location right", async () => {
    const sim = await installSimOutlook({
      faults: { "customProperties.saveAsync": { kind: "fail", error: ERRORS.internal() } },
      item: { location: "" },
    });
    const original = sim.state().body;
    const result = await new AppointmentWriter(sim.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: ["record-not-saved"] });
    expect(sim.state().body).toBe(insertBlock(original, "html", ZOOM.html));
    expect(sim.state().location).toBe(ZOOM.link.joinUrl);
    expect(sim.state().customProperties).toEqual({});
  });

  test("location over 255 via the host: note, location still empty", async () => {
    const sim = await installSimOutlook({ item: { location: "" } });
    const long = block({ providerId: "x", providerName: "X", joinUrl: `https://x.test/${"a".repeat(300)}` });
    const result = await new AppointmentWriter(sim.item).insert(long);
    expect(result).toMatchObject({ ok: true, notes: ["location-too-long"] });
    expect(sim.state().location).toBe("");
  });

  test("insert, readState with the record lost, then remove: the original body comes back", async () => {
    const sim = await installSimOutlook();
    const original = sim.state().body;
    const writer = new AppointmentWriter(sim.item);
    expect((await writer.insert(ZOOM)).ok).toBe(true);
    sim.store.update({ customProperties: {} }); // a shared calendar dropped it
    await expect(writer.readState()).resolves.toEqual({
      ok: true,
      value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK },
    });
    expect((await writer.remove()).ok).toBe(true);
    expect(sim.state().body).toBe(original);
    expect(sim.state().location).toBe(ROOM);
  });
});
