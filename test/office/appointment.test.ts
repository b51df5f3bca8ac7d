/**
 * AppointmentWriter against a small hand-written Outlook item (every answer and failure under the
 * test's control) and, where the real host's rules matter, against the simulated Outlook host with
 * fault injection. The rule under test: apart from the block, the body stays identical, and every
 * failure leaves nothing written.
 */
import { HTML_BLOCK_BEGIN, HTML_BLOCK_END, CUSTOM_PROPERTY_KEY, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";
import { insertBlock, MAX_BODY_CHARS } from "../../src/meeting/bodyEdit";
import { blockId } from "../../src/meeting/blockId";
import { personalRoomProvider } from "../../src/meeting/providers";
import { blockSignals } from "../../src/meeting/recognition";
import { AppointmentWriter, type RenderedBlock } from "../../src/office/appointment";
import type { ItemLike } from "../../src/office/officeShape";
import { ERRORS, getScenario, MAX_BODY_WRITE, MAX_LOCATION } from "../../dev/simulated-office/api";
import { block, installSimOutlook, JITSI_LINK, ZOOM_LINK } from "../support/simulatedOutlook";

/** What a state says once a block is in the body: the join link it holds, its service, and no unmet claims. */
const HOLDING_A_LINK = { blockLink: expect.stringMatching(/^https:\/\//), blockService: expect.any(String), unmetClaims: [] };

type BodyType = "html" | "text";

const ZOOM = block(ZOOM_LINK);
const JITSI = block(JITSI_LINK);
const ROOM = "Conf Room Adams (12)";
const HTML_BODY = '<html><head><meta charset="utf-8"></head><body>\r\n<p>Agenda &amp; notes &#x1F600; — שלום</p>\r\n</body></html>';
const TEXT_BODY = "Hi all,\n\nAgenda: budget & headcount 😀\nThanks";

// --- A hand-written Outlook item ----------------------------------------------------------------

type FakeMethod =
  | "body.getTypeAsync"
  | "body.getAsync"
  | "body.setAsync"
  | "location.getAsync"
  | "location.setAsync"
  | "loadCustomPropertiesAsync"
  | "customProperties.set"
  | "customProperties.saveAsync";

type FakeFault =
  | { readonly kind: "fail"; readonly name: string; readonly message?: string }
  | { readonly kind: "throw" }
  | { readonly kind: "silent" }
  | { readonly kind: "undefined" }
  | { readonly kind: "absent" }
  /** Succeeds with this value instead of the real one. */
  | { readonly kind: "value"; readonly value: unknown };

interface AsyncResult {
  readonly status: "succeeded" | "failed";
  readonly value?: unknown;
  readonly error?: { readonly name: string; readonly message: string };
}
type Callback = (result: AsyncResult | undefined) => void;

/**
 * An appointment in compose mode with Outlook's rules, taken from the simulated host (its limits and
 * its error table: HTML into a text body, a body or a location too long). Answers come
 * later (a microtask), never on the caller's stack. `writes` logs every call that changes the item.
 */
class FakeAppointment {
  body: string;
  bodyType: BodyType;
  location: string;
  /** Saved custom properties (what saveAsync wrote). */
  saved: Record<string, unknown>;
  readonly faults: Partial<Record<FakeMethod, FakeFault>> = {};
  readonly calls: FakeMethod[] = [];
  readonly writes: { method: FakeMethod; value?: unknown }[] = [];
  readonly bodyWrites: { data: string; coercionType: unknown }[] = [];
  /** Runs just before the n-th body.getAsync (1-based) answers: the user typing meanwhile. */
  beforeBodyRead: ((n: number) => void) | undefined;
  /** What the client does to HTML it stores (Outlook on the web strips comments, classes, data-*). */
  rewriteOnWrite: ((data: string) => string) | undefined;
  /** Outlook for Mac: the first read after a write returns the body from before it (office-js #5983). */
  staleFirstReadAfterWrite = false;
  private stale: string | undefined;
  private bodyReads = 0;

  constructor(init: { body?: string; type?: BodyType; location?: string; saved?: Record<string, unknown> } = {}) {
    this.body = init.body ?? HTML_BODY;
    this.bodyType = init.type ?? "html";
    this.location = init.location ?? "";
    this.saved = { ...init.saved };
  }

  get item(): ItemLike {
    const body = {
      getTypeAsync: this.method("body.getTypeAsync", () => ok(this.bodyType)),
      getAsync: this.method("body.getAsync", (coercion: unknown) => {
        this.bodyReads += 1;
        this.beforeBodyRead?.(this.bodyReads);
        if (coercion !== this.bodyType) throw new Error(`the writer read a ${String(coercion)} copy of a ${this.bodyType} body`);
        const stale = this.stale;
        this.stale = undefined;
        return ok(stale ?? this.body);
      }),
      setAsync: this.method("body.setAsync", (data: unknown, options: unknown) => {
        const coercionType = (options as { coercionType?: unknown } | undefined)?.coercionType;
        if (typeof data !== "string") throw new Error("setAsync needs a string");
        if (coercionType === "html" && this.bodyType === "text") return failedWith(ERRORS.invalidFormat("The body is plain text."));
        if (data.length > MAX_BODY_WRITE) return failedWith(ERRORS.tooLarge("Too large."));
        this.bodyWrites.push({ data, coercionType });
        this.writes.push({ method: "body.setAsync", value: data });
        if (this.staleFirstReadAfterWrite) this.stale = this.body;
        this.body = this.rewriteOnWrite && this.bodyType === "html" ? this.rewriteOnWrite(data) : data;
        return ok(undefined);
      }),
    };
    const location = {
      getAsync: this.method("location.getAsync", () => ok(this.location)),
      setAsync: this.method("location.setAsync", (value: unknown) => {
        if (typeof value !== "string") throw new Error("location.setAsync needs a string");
        if (value.length > MAX_LOCATION) return failedWith(ERRORS.tooLarge(`The location exceeds ${MAX_LOCATION} characters.`));
        this.writes.push({ method: "location.setAsync", value });
        this.location = value;
        return ok(undefined);
      }),
    };
    return {
      body: stripAbsent(body),
      location: stripAbsent(location),
      ...stripAbsent({ loadCustomPropertiesAsync: this.method("loadCustomPropertiesAsync", () => ok(this.customProperties())) }),
    };
  }

  private customProperties(): Record<string, unknown> {
    const values: Record<string, unknown> = { ...this.saved };
    return {
      get: (name: string) => values[name],
      set: (name: string, value: unknown) => {
        this.calls.push("customProperties.set");
        if (this.faults["customProperties.set"]?.kind === "throw") throw new Error("Custom properties exceed 2500 characters.");
        values[name] = value;
      },
      remove: (name: string) => {
        delete values[name];
      },
      saveAsync: this.method("customProperties.saveAsync", () => {
        this.writes.push({ method: "customProperties.saveAsync", value: { ...values } });
        this.saved = { ...values };
        return ok(undefined);
      }),
    };
  }

  /** A callback-last Office method whose answer comes later, with this fake's faults applied. */
  private method(name: FakeMethod, answer: (...args: unknown[]) => AsyncResult): ((...args: unknown[]) => void) | undefined {
    const fault = this.faults[name];
    if (fault?.kind === "absent") return undefined;
    return (...args: unknown[]) => {
      this.calls.push(name);
      const callback = args[args.length - 1] as Callback;
      if (fault?.kind === "throw") throw new Error(`${name} is not supported`);
      if (fault?.kind === "silent") return;
      void Promise.resolve().then(() => {
        if (fault?.kind === "fail") callback(failed(fault.name, fault.message ?? "it failed"));
        else if (fault?.kind === "undefined") callback(undefined);
        else if (fault?.kind === "value") callback(ok(fault.value));
        else callback(answer(...args.slice(0, -1)));
      });
    };
  }

  snapshot(): { body: string; bodyType: BodyType; location: string; saved: Record<string, unknown> } {
    return { body: this.body, bodyType: this.bodyType, location: this.location, saved: { ...this.saved } };
  }
}

function ok(value: unknown): AsyncResult {
  return { status: "succeeded", value };
}

function failedWith(error: { readonly name: string; readonly message: string }): AsyncResult {
  return failed(error.name, error.message);
}

function failed(name: string, message: string): AsyncResult {
  return { status: "failed", error: { name, message } };
}

/** Drops members that are undefined, so `"x" in obj` is false like an old client. */
function stripAbsent<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The record as an older version wrote it: no block id, so the markers are vouched for by the link. */
function recordJson(rendered: RenderedBlock): string {
  return JSON.stringify({ providerId: rendered.link.providerId, joinUrl: rendered.link.joinUrl });
}

/** The record as this version writes it: the link and the id of the block as written (issue 29). */
function writtenRecord(rendered: RenderedBlock, block: string): string {
  return JSON.stringify({ providerId: rendered.link.providerId, joinUrl: rendered.link.joinUrl, blockId: blockId(block) });
}

/** An item that already carries the block (inserted as the writer would). */
function withBlock(rendered: RenderedBlock, init: { body?: string; type?: BodyType; location?: string; recorded?: boolean } = {}) {
  const type = init.type ?? "html";
  const original = init.body ?? (type === "html" ? HTML_BODY : TEXT_BODY);
  const fake = new FakeAppointment({
    type,
    body: insertBlock(original, type, type === "html" ? rendered.html : rendered.text),
    location: init.location ?? rendered.link.joinUrl,
    saved: init.recorded === false ? {} : { [CUSTOM_PROPERTY_KEY]: recordJson(rendered) },
  });
  return { fake, original };
}

/** Asserts the writer left the item exactly as it found it. */
function expectUntouched(fake: FakeAppointment, before: ReturnType<FakeAppointment["snapshot"]>): void {
  expect(fake.writes).toEqual([]);
  expect(fake.snapshot()).toEqual(before);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// --- Insert -------------------------------------------------------------------------------------

/** Roughly what Outlook on the web does on every write (see dev/simulated-office/README.md). */
function sanitiseLikeTheWeb(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\s(?:class|data-[\w-]+)="[^"]*"/g, "")
    .replace(/<body>/, '<body><div class="elementToProof">')
    .replace(/<\/body>/, "</div><br></body>");
}

const ZOOM_SIGNALS = blockSignals(
  [personalRoomProvider({ id: "zoom", service: "zoom", urlTemplate: "https://contoso.zoom.us/j/81234567890?pwd=abc" })],
  {
    emailAddress: "alex@contoso.com",
    displayName: "Alex",
  },
);
const NO_PROVIDERS = blockSignals([], undefined);

describe("when Outlook rewrites the body (markers stripped)", () => {
  test("insert, reopen, replace and remove find the block from its link and labels; the user's text survives", async () => {
    const fake = new FakeAppointment({ body: HTML_BODY });
    fake.rewriteOnWrite = sanitiseLikeTheWeb;
    const writer = new AppointmentWriter(fake.item);
    expect(await writer.insert(ZOOM, ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(fake.body).not.toContain(HTML_BLOCK_BEGIN);

    // A reopened pane: a new writer, the custom property lost, only the configured provider's link.
    fake.saved = {};
    const reopened = new AppointmentWriter(fake.item);
    await expect(reopened.readState(ZOOM_SIGNALS)).resolves.toEqual({
      ok: true,
      value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK },
    });
    expect(await reopened.insert(ZOOM, ZOOM_SIGNALS)).toMatchObject({ ok: false, problem: "exists" });

    expect(await reopened.replace(JITSI, ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(fake.body).toContain(JITSI_LINK.joinUrl);
    expect(fake.body).not.toContain(ZOOM_LINK.joinUrl);
    // The new block's link is recorded, so it is recognised even though no provider makes it.
    expect(await reopened.remove(NO_PROVIDERS)).toMatchObject({ ok: true, state: { hasBlock: false } });
    expect(fake.body).not.toMatch(/Join|Zoom|Jitsi/);
    expect(fake.body).toContain("Agenda &amp; notes &#x1F600; — שלום");
  });

  test("without any signal, a stripped block is not recognised and nothing is removed", async () => {
    const fake = new FakeAppointment({ body: sanitiseLikeTheWeb(insertBlock(HTML_BODY, "html", ZOOM.html)) });
    const before = fake.snapshot();
    expect(await new AppointmentWriter(fake.item).remove(NO_PROVIDERS)).toMatchObject({ ok: false });
    expectUntouched(fake, before);
  });

  test("Mac's stale read after a write is waited out: Replace right after Insert works", async () => {
    const fake = new FakeAppointment({ body: HTML_BODY });
    fake.staleFirstReadAfterWrite = true;
    const writer = new AppointmentWriter(fake.item, 4000, 5);
    expect(await writer.insert(ZOOM)).toMatchObject({ ok: true });
    expect(await writer.replace(JITSI)).toMatchObject({ ok: true });
    expect(fake.body).toBe(insertBlock(HTML_BODY, "html", JITSI.html));
  });
});

describe("insert", () => {
  test("HTML body: the block goes just before </body> with one setAsync, and nothing else changes", async () => {
    const fake = new FakeAppointment({ body: HTML_BODY });
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: ZOOM.link },
    });
    const at = HTML_BODY.lastIndexOf("</body>");
    expect(fake.body).toBe(HTML_BODY.slice(0, at) + ZOOM.html + HTML_BODY.slice(at));
    expect(fake.bodyWrites).toEqual([{ data: fake.body, coercionType: "html" }]);
    expect(fake.body.startsWith(HTML_BLOCK_BEGIN, at)).toBe(true);
    expect(fake.body.endsWith(`${HTML_BLOCK_END}</body></html>`)).toBe(true);
  });

  test("HTML fragment without </body>: the block is appended at the very end", async () => {
    const fake = new FakeAppointment({ body: "<p>Hello</p>" });
    expect((await new AppointmentWriter(fake.item).insert(ZOOM)).ok).toBe(true);
    expect(fake.body).toBe(`<p>Hello</p>${ZOOM.html}`);
  });

  test("text body: the text block is appended after one blank line, written as text", async () => {
    const fake = new FakeAppointment({ body: TEXT_BODY, type: "text" });
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: "text", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: ZOOM.link },
    });
    expect(fake.body).toBe(`${TEXT_BODY}\n\n${ZOOM.text}`);
    expect(fake.bodyWrites).toEqual([{ data: fake.body, coercionType: "text" }]);
    expect(fake.body).not.toContain("<");
  });

  test("text body with CRLF line endings: the block's lines use CRLF too", async () => {
    const body = "Line one\r\nLine two";
    const fake = new FakeAppointment({ body, type: "text" });
    expect((await new AppointmentWriter(fake.item).insert(ZOOM)).ok).toBe(true);
    expect(fake.body).toBe(`${body}\r\n\r\n${ZOOM.text.replace(/\n/g, "\r\n")}`);
    expect(fake.body.slice(body.length).replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  test("empty text body: just the block, no leading blank line", async () => {
    const fake = new FakeAppointment({ body: "", type: "text" });
    expect((await new AppointmentWriter(fake.item).insert(ZOOM)).ok).toBe(true);
    expect(fake.body).toBe(ZOOM.text);
  });

  test("refuses a second insert (pointing to Replace or Remove) and writes nothing", async () => {
    const { fake } = withBlock(ZOOM);
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item).insert(JITSI);

    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ problem: "exists" });
    expectUntouched(fake, before);
  });

  test("refuses when the body holds a block but the custom property was lost", async () => {
    const { fake } = withBlock(ZOOM, { recorded: false, location: "" });
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item).insert(JITSI);
    expect(result).toMatchObject({ ok: false, problem: "exists" });
    expectUntouched(fake, before);
  });
});

// --- Replace and remove -------------------------------------------------------------------------

describe("markers count only when they are ours (issue 29, security review L2)", () => {
  const STRAY = `<html><body>${HTML_BLOCK_BEGIN}<p>Agenda: budget, hiring</p><p>Join: <a href="https://evil.example/x">https://teams.microsoft.com/l/meetup-join/1</a></p>${HTML_BLOCK_END}</body></html>`;

  test("stray markers around someone's agenda: not our block, so Remove refuses and the agenda stays", async () => {
    const fake = new FakeAppointment({ body: STRAY });
    const writer = new AppointmentWriter(fake.item);
    const state = await writer.readState(ZOOM_SIGNALS);
    expect(state).toMatchObject({ ok: true, value: { hasBlock: false } });
    const before = fake.snapshot();
    expect(await writer.remove(ZOOM_SIGNALS)).toMatchObject({ ok: false, problem: "missing" });
    expectUntouched(fake, before);
  });

  test("stray markers and a record of another block: Add puts ours after them and Remove takes only ours", async () => {
    const fake = new FakeAppointment({ body: STRAY, saved: { [CUSTOM_PROPERTY_KEY]: writtenRecord(ZOOM, "something else") } });
    const writer = new AppointmentWriter(fake.item);
    expect(await writer.insert(ZOOM, ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(fake.body).toBe(insertBlock(STRAY, "html", ZOOM.html));
    expect(await writer.remove(ZOOM_SIGNALS)).toMatchObject({ ok: true });
    expect(fake.body).toBe(STRAY);
  });

  test("our own block, recorded with its id, is ours; the same markers with edited content are found by their link instead", async () => {
    const body = insertBlock(HTML_BODY, "html", ZOOM.html);
    const fake = new FakeAppointment({ body, saved: { [CUSTOM_PROPERTY_KEY]: writtenRecord(ZOOM, ZOOM.html) } });
    expect(await new AppointmentWriter(fake.item).readState(ZOOM_SIGNALS)).toMatchObject({ ok: true, value: { hasBlock: true } });
    const edited = new FakeAppointment({
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
    const { fake, original } = withBlock(ZOOM);
    const result = await new AppointmentWriter(fake.item).replace(JITSI);

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: JITSI.link },
    });
    expect(fake.body).toBe(insertBlock(original, "html", JITSI.html));
    expect(fake.location).toBe(JITSI.link.joinUrl);
    expect(fake.saved).toEqual({ [CUSTOM_PROPERTY_KEY]: writtenRecord(JITSI, JITSI.html) });
  });

  test("replace in a CRLF text body keeps the blank line and the line endings", async () => {
    const { fake, original } = withBlock(ZOOM, { type: "text", body: "a\r\nb" });
    expect((await new AppointmentWriter(fake.item).replace(JITSI)).ok).toBe(true);
    expect(fake.body).toBe(`${original}\r\n\r\n${JITSI.text.replace(/\n/g, "\r\n")}`);
  });

  test.each([
    ["replace", (w: AppointmentWriter) => w.replace(JITSI)],
    ["remove", (w: AppointmentWriter) => w.remove()],
  ] as const)("%s when the block is gone: refusal, nothing written (not even location or record)", async (_name, act) => {
    // The user deleted the block by hand; the location and the record still name our link.
    const fake = new FakeAppointment({ body: HTML_BODY, location: ZOOM.link.joinUrl, saved: { [CUSTOM_PROPERTY_KEY]: recordJson(ZOOM) } });
    const before = fake.snapshot();
    const result = await act(new AppointmentWriter(fake.item));
    expect(result).toMatchObject({ ok: false, problem: "missing" });
    expectUntouched(fake, before);
  });

  test("remove a block from a text body whose markers only half survive: refusal, nothing written", async () => {
    const fake = new FakeAppointment({ type: "text", body: `${TEXT_BODY}\n\n${TEXT_BLOCK_BEGIN}\nJoin Zoom: https://x.test` });
    const before = fake.snapshot();
    expect(await new AppointmentWriter(fake.item).remove()).toMatchObject({ ok: false });
    expectUntouched(fake, before);
  });

  test.each(["html", "text"] as const)("remove gives back the %s body exactly, clears our location and the record", async (type) => {
    const { fake, original } = withBlock(ZOOM, { type });
    const result = await new AppointmentWriter(fake.item).remove();

    expect(result).toEqual({
      ok: true,
      notes: [],
      state: { bodyType: type, bodyChars: expect.any(Number), hasBlock: false, unmetClaims: [] },
    });
    expect(fake.body).toBe(original);
    expect(fake.location).toBe("");
    expect(fake.saved).toEqual({});
    expect(fake.bodyWrites).toEqual([{ data: original, coercionType: type }]);
  });

  test("remove keeps a location the user changed after the insert", async () => {
    const { fake, original } = withBlock(ZOOM, { location: ROOM });
    expect((await new AppointmentWriter(fake.item).remove()).ok).toBe(true);
    expect(fake.body).toBe(original);
    expect(fake.location).toBe(ROOM);
    expect(fake.writes.map((w) => w.method)).not.toContain("location.setAsync");
  });

  test("remove without the record: the body is still cleaned; the location is not known to be ours, so it stays", async () => {
    const { fake, original } = withBlock(ZOOM, { recorded: false });
    const result = await new AppointmentWriter(fake.item).remove();
    expect(result).toMatchObject({ ok: true });
    expect(fake.body).toBe(original);
    expect(fake.location).toBe(ZOOM.link.joinUrl);
  });
});

// --- Failures leave nothing half-written -------------------------------------------------------

describe("failures leave the appointment untouched", () => {
  test("body.setAsync fails with InvalidFormatError: a clear message, body unchanged, no location or record written", async () => {
    const fake = new FakeAppointment();
    fake.faults["body.setAsync"] = { kind: "fail", name: "InvalidFormatError", message: "format" };
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);

    expect(result).toEqual({ ok: false, problem: "invalid-format", detail: "body.setAsync failed: InvalidFormatError: format" });
    expectUntouched(fake, before);
    expect(fake.calls).not.toContain("location.getAsync");
    expect(fake.calls).not.toContain("customProperties.set");
  });

  test("body.setAsync fails with DataExceedsMaximumSize: a size message, nothing written", async () => {
    const fake = new FakeAppointment();
    fake.faults["body.setAsync"] = { kind: "fail", name: "DataExceedsMaximumSize" };
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toEqual({
      ok: false,
      problem: "too-large",
      detail: expect.stringMatching(/DataExceedsMaximumSize/),
    });
    expectUntouched(fake, before);
  });

  test("a body that would pass 1,000,000 characters is refused before writing (setAsync never called)", async () => {
    const body = `<p>${"x".repeat(MAX_BODY_CHARS - ZOOM.html.length - 6)}</p>`; // one character too many with the block
    expect(insertBlock(body, "html", ZOOM.html).length).toBe(MAX_BODY_CHARS + 1);
    const fake = new FakeAppointment({ body });
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);

    expect(result).toMatchObject({ ok: false, problem: "too-large" });
    expect(fake.calls).not.toContain("body.setAsync");
    expectUntouched(fake, before);
  });

  test("exactly 1,000,000 characters with the block is still written", async () => {
    const body = `<p>${"x".repeat(MAX_BODY_CHARS - ZOOM.html.length - 7)}</p>`;
    const fake = new FakeAppointment({ body });
    expect((await new AppointmentWriter(fake.item).insert(ZOOM)).ok).toBe(true);
    expect(fake.body.length).toBe(MAX_BODY_CHARS);
  });

  test.each<[string, FakeMethod, FakeFault, RegExp]>([
    ["getAsync fails", "body.getAsync", { kind: "fail", name: "InternalError", message: "boom" }, /InternalError: boom/],
    ["getAsync throws", "body.getAsync", { kind: "throw" }, /body\.getAsync threw/],
    ["getAsync answers with nothing", "body.getAsync", { kind: "undefined" }, /answered with nothing/],
    ["getAsync returns no text", "body.getAsync", { kind: "value", value: null }, /returned no text/],
    ["getAsync is absent", "body.getAsync", { kind: "absent" }, /getAsync is missing/],
    ["getTypeAsync fails", "body.getTypeAsync", { kind: "fail", name: "InternalError" }, /body\.getTypeAsync failed/],
  ])("%s: 'could not read', nothing written", async (_name, method, fault, reason) => {
    const fake = new FakeAppointment();
    fake.faults[method] = fault;
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({
      ok: false,
      problem: "unreadable",
    });
    expect(result).toMatchObject({ detail: expect.stringMatching(reason) });
    expectUntouched(fake, before);
  });

  test("getAsync never answers: times out after the writer's timeoutMs, nothing written (not even later)", async () => {
    const fake = new FakeAppointment();
    fake.faults["body.getAsync"] = { kind: "silent" };
    const before = fake.snapshot();
    // Without the timeout this await would never settle and jest's own timeout would fail the test.
    const result = await new AppointmentWriter(fake.item, 30).remove();

    expect(result).toMatchObject({ ok: false, problem: "unreadable", detail: expect.stringMatching(/did not answer/) });
    await wait(50);
    expectUntouched(fake, before);
  });

  test("no body at all (item missing): a message, no exception", async () => {
    await expect(new AppointmentWriter(undefined).insert(ZOOM)).resolves.toMatchObject({
      ok: false,
      problem: "unreadable",
      detail: expect.stringMatching(/getAsync is missing/),
    });
  });

  test("the user types between the two reads: refusal, their new text kept, nothing written", async () => {
    const fake = new FakeAppointment();
    fake.beforeBodyRead = (n) => {
      if (n === 2) fake.body = fake.body.replace("Agenda", "Agenda (updated)");
    };
    const typed = HTML_BODY.replace("Agenda", "Agenda (updated)");
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);

    expect(result).toEqual({
      ok: false,
      problem: "changed",
    });
    expect(fake.body).toBe(typed);
    expect(fake.writes).toEqual([]);
  });

  test("the body's type changes between the two reads: refusal, nothing written", async () => {
    const fake = new FakeAppointment({ body: TEXT_BODY, type: "text" });
    let typeReads = 0;
    const item = fake.item as { body: { getTypeAsync: (cb: Callback) => void } };
    const realGetType = item.body.getTypeAsync;
    item.body.getTypeAsync = (cb) => {
      typeReads += 1;
      if (typeReads === 2) fake.bodyType = "html"; // the user switched the format to HTML
      realGetType(cb);
    };
    const result = await new AppointmentWriter(item as ItemLike).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "changed" });
    expect(fake.writes).toEqual([]);
  });

  test("the second read fails: refusal, nothing written", async () => {
    const fake = new FakeAppointment();
    const item = fake.item as { body: { getAsync: (type: unknown, cb: Callback) => void } };
    const realGetAsync = item.body.getAsync;
    let reads = 0;
    item.body.getAsync = (type, cb) => {
      reads += 1;
      if (reads === 2) setTimeout(() => cb(failed("InternalError", "Outlook is busy")), 0);
      else realGetAsync(type, cb);
    };
    const before = fake.snapshot();
    const result = await new AppointmentWriter(item as ItemLike).insert(ZOOM);
    expect(reads).toBe(2);
    expect(result).toMatchObject({ ok: false, problem: "changed" });
    expectUntouched(fake, before);
  });

  test.each<[string, FakeFault, RegExp]>([
    ["throws", { kind: "throw" }, /body\.setAsync threw/],
    ["answers with nothing", { kind: "undefined" }, /answered with nothing/],
    ["fails with another error", { kind: "fail", name: "InternalError", message: "busy" }, /InternalError: busy/],
    ["is absent", { kind: "absent" }, /setAsync is missing/],
  ])("body.setAsync %s: 'left as it was', nothing written", async (_name, fault, reason) => {
    const fake = new FakeAppointment();
    fake.faults["body.setAsync"] = fault;
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({
      ok: false,
      problem: "refused",
    });
    expect(result).toMatchObject({ detail: expect.stringMatching(reason) });
    expectUntouched(fake, before);
  });

  test("body.setAsync never answers: times out, no location or record written afterwards", async () => {
    const fake = new FakeAppointment();
    fake.faults["body.setAsync"] = { kind: "silent" };
    const before = fake.snapshot();
    const result = await new AppointmentWriter(fake.item, 30).insert(ZOOM);
    expect(result).toMatchObject({ ok: false, problem: "refused", detail: expect.stringMatching(/did not answer/) });
    await wait(50);
    expectUntouched(fake, before);
  });

  test("remove that fails to write leaves the block, the location and the record in place", async () => {
    const { fake } = withBlock(ZOOM);
    fake.faults["body.setAsync"] = { kind: "fail", name: "InternalError" };
    const before = fake.snapshot();
    expect((await new AppointmentWriter(fake.item).remove()).ok).toBe(false);
    expectUntouched(fake, before);
  });
});

// --- Location -----------------------------------------------------------------------------------

describe("location", () => {
  test("an empty location gets the join URL", async () => {
    const fake = new FakeAppointment({ location: "" });
    await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(fake.location).toBe(ZOOM.link.joinUrl);
  });

  test("a whitespace-only location counts as empty", async () => {
    const fake = new FakeAppointment({ location: "   " });
    await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(fake.location).toBe(ZOOM.link.joinUrl);
  });

  test("a room is never overwritten (location not even written)", async () => {
    const fake = new FakeAppointment({ location: ROOM });
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: [] });
    expect(fake.location).toBe(ROOM);
    expect(fake.writes.map((w) => w.method)).toEqual(["body.setAsync", "customProperties.saveAsync"]);
  });

  test("replace never overwrites a room either", async () => {
    const { fake } = withBlock(ZOOM, { location: ROOM });
    await new AppointmentWriter(fake.item).replace(JITSI);
    expect(fake.location).toBe(ROOM);
  });

  const LONG = block({ providerId: "zoom", providerName: "Zoom", joinUrl: `https://contoso.zoom.us/j/1?pwd=${"a".repeat(260)}` });

  test("a join URL over 255 characters: success with a note, location untouched", async () => {
    const fake = new FakeAppointment({ location: "" });
    const result = await new AppointmentWriter(fake.item).insert(LONG);
    expect(result).toMatchObject({
      ok: true,
      notes: ["location-too-long"],
    });
    expect(fake.location).toBe("");
    expect(fake.calls).not.toContain("location.setAsync");
    expect(fake.body).toContain(LONG.html);
  });

  // BUG (src/office/appointment.ts, updateLocation): on replace, when the location still holds the OLD
  // join URL and the new one is over 255 characters, the location keeps the old, now wrong, link
  // while the note claims it "was left empty".
  test("replace with a join URL over 255 characters does not leave the old link in the location", async () => {
    const { fake } = withBlock(ZOOM);
    expect(fake.location).toBe(ZOOM.link.joinUrl);
    const result = await new AppointmentWriter(fake.item).replace(LONG);
    expect(result).toMatchObject({ ok: true });
    expect(fake.body).toContain(LONG.html);
    expect(fake.body).not.toContain(ZOOM.link.joinUrl);
    // The location must not advertise a link that is no longer the meeting's.
    expect(fake.location).not.toBe(ZOOM.link.joinUrl);
  });

  test("location.getAsync fails: the body is written, a note says the location was left", async () => {
    const fake = new FakeAppointment();
    fake.faults["location.getAsync"] = { kind: "fail", name: "InternalError" };
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: ["location-unreadable"] });
    expect(fake.body).toContain(ZOOM.html);
    expect(fake.location).toBe("");
  });

  test("location.setAsync fails: success with a note", async () => {
    const fake = new FakeAppointment();
    fake.faults["location.setAsync"] = { kind: "fail", name: "InternalError" };
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: ["location-not-changed"] });
  });

  test("no location API: success, no notes", async () => {
    const fake = new FakeAppointment();
    fake.faults["location.getAsync"] = { kind: "absent" };
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true, notes: [] });
  });
});

// --- Custom property ----------------------------------------------------------------------------

describe("custom property", () => {
  test("insert saves JSON with exactly providerId, joinUrl and the id of the block as written", async () => {
    const fake = new FakeAppointment();
    await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(Object.keys(fake.saved)).toEqual([CUSTOM_PROPERTY_KEY]);
    expect(JSON.parse(fake.saved[CUSTOM_PROPERTY_KEY] as string)).toEqual({
      providerId: "zoom",
      joinUrl: ZOOM_LINK.joinUrl,
      blockId: blockId(ZOOM.html),
    });
  });

  test("remove deletes it and keeps other properties", async () => {
    const { fake } = withBlock(ZOOM);
    fake.saved.other = "keep me";
    await new AppointmentWriter(fake.item).remove();
    expect(fake.saved).toEqual({ other: "keep me" });
  });

  test("saveAsync fails: still success (the body is right), with a note", async () => {
    const fake = new FakeAppointment();
    fake.faults["customProperties.saveAsync"] = { kind: "fail", name: "GenericResponseError" };
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toEqual({
      ok: true,
      notes: ["record-not-saved"],
      state: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: ZOOM.link },
    });
    expect(fake.body).toContain(ZOOM.html);
    expect(fake.location).toBe(ZOOM.link.joinUrl);
  });

  test("set throws (size limit): success with a note naming the error", async () => {
    const fake = new FakeAppointment();
    fake.faults["customProperties.set"] = { kind: "throw" };
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({
      ok: true,
      notes: ["record-rejected"],
    });
  });

  test("loadCustomPropertiesAsync fails: success, body and location written", async () => {
    const fake = new FakeAppointment();
    fake.faults.loadCustomPropertiesAsync = { kind: "fail", name: "InternalError" };
    const result = await new AppointmentWriter(fake.item).insert(ZOOM);
    expect(result).toMatchObject({ ok: true });
    expect(fake.body).toContain(ZOOM.html);
    expect(fake.location).toBe(ZOOM.link.joinUrl);
  });
});

// --- readState ----------------------------------------------------------------------------------

describe("readState", () => {
  test("recognises an existing block from the body alone when the custom property is missing", async () => {
    const { fake } = withBlock(ZOOM, { recorded: false });
    await expect(new AppointmentWriter(fake.item).readState()).resolves.toEqual({
      ok: true,
      value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK },
    });
    expect(fake.writes).toEqual([]);
  });

  test("recognises a text block and reports the record when Outlook kept it", async () => {
    const { fake } = withBlock(JITSI, { type: "text" });
    await expect(new AppointmentWriter(fake.item).readState()).resolves.toEqual({
      ok: true,
      value: { bodyType: "text", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK, recorded: JITSI.link },
    });
  });

  test("a record without a block in the body: hasBlock false (the body is the truth)", async () => {
    const fake = new FakeAppointment({ saved: { [CUSTOM_PROPERTY_KEY]: recordJson(ZOOM) } });
    await expect(new AppointmentWriter(fake.item).readState()).resolves.toEqual({
      ok: true,
      value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: false, unmetClaims: [], recorded: ZOOM.link },
    });
  });

  test.each([["not json {"], [JSON.stringify({ providerId: 1, joinUrl: "x" })], [JSON.stringify("just a string")]])(
    "a corrupted record (%s) is treated as absent",
    async (raw) => {
      const { fake } = withBlock(ZOOM, { recorded: false });
      fake.saved[CUSTOM_PROPERTY_KEY] = raw;
      await expect(new AppointmentWriter(fake.item).readState()).resolves.toEqual({
        ok: true,
        value: { bodyType: "html", bodyChars: expect.any(Number), hasBlock: true, ...HOLDING_A_LINK },
      });
    },
  );

  test("a read failure is reported, not thrown", async () => {
    const fake = new FakeAppointment();
    fake.faults["body.getAsync"] = { kind: "fail", name: "InternalError" };
    await expect(new AppointmentWriter(fake.item).readState()).resolves.toMatchObject({
      ok: false,
      reason: expect.stringMatching(/body\.getAsync failed/),
    });
  });
});

// --- Against the simulated Outlook host ----------------------------------------------------------

describe("with the simulated Outlook host", () => {
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
