import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { parseConfig } from "../../src/config/parse";
import { en } from "../../src/i18n/en";
import { enDetails } from "../../src/i18n/en/details";
import { nl } from "../../src/i18n/nl";
import { nlFirstScreen } from "../../src/i18n/nl/firstScreen";
import { COPIED_FOR_MS } from "../../src/taskpane/components/CopyButton";
import { ANSWER_WAITS_FOR_BODY_MAX_CHARS, ANSWER_WAITS_FOR_BODY_MS } from "../../src/taskpane/useTaskpane";
import { NOW, renderPane, startPane } from "../support/renderPane";
import { fakeGateway } from "../support/fakeGateway";

/** On Jest's fake timers, the clock at NOW: waits are advanced, never slept through; user-event advances them too. */
let user: UserEvent;
beforeEach(() => {
  jest.useFakeTimers({ now: new Date(NOW) });
  user = userEvent.setup({ advanceTimers: jest.advanceTimersByTimeAsync });
});
afterEach(() => jest.useRealTimers());

async function verdict(container: HTMLElement): Promise<string> {
  await waitFor(() => expect(container.querySelector("[data-delegation]")?.getAttribute("data-delegation")).not.toBe(""));
  return container.querySelector("[data-delegation]")?.getAttribute("data-delegation") ?? "";
}

function status(container: HTMLElement, id: string): string | null | undefined {
  return container.querySelector(`[data-check="${id}"]`)?.getAttribute("data-status");
}

async function meetingReady(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelector("[data-meeting]")?.getAttribute("data-meeting")).not.toBe("loading"));
}

describe("the answer first", () => {
  test("shows the frame, with an empty data-delegation, before Outlook answers", () => {
    const fake = fakeGateway();
    fake.gateway.readFacts = () => new Promise(() => undefined);
    const { container } = startPane({ outlook: fake });
    expect(container.querySelector("[data-delegation]")?.getAttribute("data-delegation")).toBe("");
    expect(screen.getByText("Reading Outlook…")).toBeInTheDocument();
  });

  test("an Editor reads 'Looks ready', with Add online meeting as the primary step and Confirm with Alex beside it", async () => {
    const { container } = await renderPane({ bits: 63 });
    expect(await verdict(container)).toBe("delegate");
    expect(container.querySelector("[data-answer]")?.getAttribute("data-answer")).toBe("looks-ready");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Looks ready");
    expect(screen.getByRole("button", { name: "Confirm with Alex" })).toBeInTheDocument();
    // Send-on-behalf can never be seen: that alone is not a reason to ask for access.
    expect(screen.queryByRole("button", { name: /^Ask Alex/ })).toBeNull();
  });

  test("a second click while Outlook is still opening the draft opens no second draft", async () => {
    const fake = fakeGateway({ bits: 1 });
    const slow = {
      ...fake,
      gateway: {
        ...fake.gateway,
        openDraft: (draft: Parameters<typeof fake.gateway.openDraft>[0]) =>
          new Promise<Awaited<ReturnType<typeof fake.gateway.openDraft>>>((resolve) =>
            setTimeout(() => resolve(fake.gateway.openDraft(draft)), 200),
          ),
      },
    };
    const { container } = await renderPane({ outlook: slow });
    await verdict(container);
    const ask = screen.getByRole("button", { name: "Ask Alex for edit access" });
    await user.click(ask);
    await user.click(ask);
    await screen.findByText(/draft opened/);
    expect(fake.drafts).toHaveLength(1);
  });

  test("a Reviewer reads 'Not yet', and the one next step asks Alex for edit access; Add is disabled with the reason", async () => {
    const { container, writes, drafts } = await renderPane({ bits: 1 });
    await verdict(container);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Not yet: you need edit access to Alex's calendar");
    await meetingReady(container);
    const add = screen.getByRole("button", { name: "Add online meeting" });
    expect(add).toBeDisabled();
    const reason = container.querySelector("[data-insert-reason]");
    expect(reason?.textContent).toMatch(/only read/);
    expect(add.getAttribute("aria-describedby")).toBe(reason?.id);
    await user.click(screen.getByRole("button", { name: "Ask Alex for edit access" }));
    await screen.findByText(/draft opened/);
    expect(drafts).toEqual([expect.objectContaining({ to: "alex.wilber@contoso.com" })]);
    expect(writes).toHaveLength(0);
  });

  test("in one's own calendar nothing addresses the user as the owner", async () => {
    const { container } = await renderPane({ self: true, sharedFails: true });
    expect(await verdict(container)).toBe("self");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Yes, you can add the online meeting");
    expect(container.querySelectorAll("[data-check]")).toHaveLength(0);
    await user.click(await screen.findByRole("textbox", { name: "Error message" }));
    await user.paste("Please contact the owner of the account to get delegate permissions in Lync");
    await waitFor(() => expect(container.querySelector("[data-error-id]")?.getAttribute("data-error-id")).toBe("lync-delegate"));
    const decoded = container.querySelector("[data-error-id]") as HTMLElement;
    expect(decoded).toHaveTextContent(/this meeting is in your own calendar/);
    expect(container.textContent).not.toMatch(/Megan (Bowen )?(adds|has to give)/);
  });

  test("Teams chosen in one's own calendar: Outlook's own button, no word about someone else", async () => {
    const teams = parseConfig({ providers: [{ id: "teams", type: "teams" }] });
    const { container, writes } = await renderPane({ self: true, sharedFails: true, config: teams });
    await verdict(container);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Yes: use Outlook's Microsoft Teams button");
    const guidance = await waitFor(() => {
      const found = container.querySelector("[data-guidance]");
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(guidance.textContent).not.toMatch(/someone else|delegate/);
    expect(screen.queryByRole("button", { name: "Add online meeting" })).toBeNull();
    expect(writes).toHaveLength(0);
  });

  test("each check is one line on the first screen; its evidence, steps and sources open on demand", async () => {
    const { container } = await renderPane({ bits: 1 });
    await verdict(container);
    const card = container.querySelector('[data-check="calendar-editor"]') as HTMLElement;
    expect(within(card).getByText("Missing")).toBeInTheDocument();
    expect(within(card).getByText("You can only read Alex's calendar.")).toBeInTheDocument();
    expect(card.querySelector("[data-check-details]")).toBeNull();
    await user.click(within(card).getByText("Details"));
    await waitFor(() => expect(card.querySelector("[data-check-details]")).not.toBeNull());
    expect(Array.from(card.querySelectorAll("[data-command]"), (c) => c.textContent).join("\n")).toContain(
      "Add-MailboxFolderPermission -Identity 'alex.wilber@contoso.com:\\Calendar'",
    );
    const source = within(card).getByRole("link", { name: /Allow someone else to manage your mail and calendar/ });
    expect(source).toHaveTextContent("Microsoft Support: Allow someone else to manage your mail and calendar");
    expect(source).toHaveAttribute("target", "_blank");
    expect(source).toHaveAttribute("rel", "noopener noreferrer");
  });

  test("sources open in the browser through Outlook where it can", async () => {
    const { container, links } = await renderPane({ bits: 1 });
    await verdict(container);
    const card = container.querySelector('[data-check="calendar-editor"]') as HTMLElement;
    await user.click(within(card).getByText("Details"));
    await user.click(await within(card).findByRole("link", { name: /Add-MailboxFolderPermission/ }));
    expect(links).toEqual(["https://learn.microsoft.com/powershell/module/exchangepowershell/add-mailboxfolderpermission"]);
  });
});

describe("the meeting link", () => {
  test("the answer waits a moment for the body, then no longer: a body read that never answers leaves Add waiting instead", async () => {
    const fake = fakeGateway({ bits: 63 });
    // Outlook never answers a body read: neither the first look nor the reader's.
    fake.gateway.glanceAtBody = () => new Promise(() => undefined);
    fake.gateway.readMeetingState = () => new Promise(() => undefined);
    const { container } = startPane({ outlook: fake });
    await act(() => jest.advanceTimersByTimeAsync(ANSWER_WAITS_FOR_BODY_MS / 2));
    expect(container.querySelector("[data-delegation]")?.getAttribute("data-delegation")).toBe("");
    await waitFor(() => expect(container.querySelector("[data-delegation]")?.getAttribute("data-delegation")).toBe("delegate"), {
      timeout: ANSWER_WAITS_FOR_BODY_MS * 2,
    });
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeDisabled();
  });

  test("with everything read before the pane mounts and a body that cannot hold the link, the first render is the answer, Add usable", async () => {
    const fake = fakeGateway({ bits: 63 });
    fake.gateway.glanceAtBody = async () => ({
      ok: true,
      value: { bodyType: "html", bodyChars: 500, mayHoldBlock: false, mayClaim: false },
    });
    const { container } = await renderPane({ outlook: fake });
    // No waiting of any kind: what the first commit shows.
    expect(container.querySelector("[data-answer]")?.getAttribute("data-answer")).toBe("looks-ready");
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeEnabled();
  });

  test("a body that may hold the link: the answer waits for the body reader, and shows with Add already usable", async () => {
    const fake = fakeGateway({ bits: 63 });
    let answerBody: (() => void) | undefined;
    const read = fake.gateway.readMeetingState;
    fake.gateway.readMeetingState = (signals) => new Promise((resolve) => (answerBody = () => resolve(read(signals))));
    fake.gateway.glanceAtBody = async () => ({
      ok: true,
      value: { bodyType: "html", bodyChars: 500, mayHoldBlock: true, mayClaim: false },
    });
    const { container } = await renderPane({ outlook: fake });
    await waitFor(() => expect(answerBody).toBeDefined());
    expect(container.querySelector("[data-answer]")?.getAttribute("data-answer")).toBe("");
    await act(async () => answerBody?.());
    expect(container.querySelector("[data-answer]")?.getAttribute("data-answer")).toBe("looks-ready");
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeEnabled();
  });

  test("a body too long to wait for (issue 29): the first render is the answer, and Add waits for the reader instead", async () => {
    const fake = fakeGateway({ bits: 63 });
    let answerBody: (() => void) | undefined;
    const read = fake.gateway.readMeetingState;
    fake.gateway.readMeetingState = (signals) => new Promise((resolve) => (answerBody = () => resolve(read(signals))));
    fake.gateway.glanceAtBody = async () => ({
      ok: true,
      value: { bodyType: "html", bodyChars: ANSWER_WAITS_FOR_BODY_MAX_CHARS + 1, mayHoldBlock: true, mayClaim: true },
    });
    const { container } = await renderPane({ outlook: fake });
    expect(container.querySelector("[data-answer]")?.getAttribute("data-answer")).not.toBe("");
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeDisabled();
    await waitFor(() => expect(answerBody).toBeDefined());
    await act(async () => answerBody?.());
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeEnabled();
  });

  test("a body read that fails says the meeting's text could not be read, and Add is disabled with that reason", async () => {
    const fake = fakeGateway({ bits: 63 });
    fake.gateway.readMeetingState = async () => ({ ok: false, why: "failed", reason: "item.body.getAsync failed: InternalError" });
    const { container } = await renderPane({ outlook: fake });
    await verdict(container);
    await waitFor(() =>
      expect(container.querySelector("[data-insert-reason]")?.textContent).toMatch(/couldn't be added from here|didn't let this pane read/),
    );
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeDisabled();
    expect(container.textContent).not.toMatch(/InternalError|getAsync/);
  });

  test("a body already too large for the link: Add is disabled with the reason before any click", async () => {
    const { container, writes } = await renderPane({ bits: 63, bodyChars: 999_900 });
    await verdict(container);
    await waitFor(() => expect(container.querySelector("[data-insert-reason]")?.textContent).toMatch(/too long for Outlook/));
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeDisabled();
    expect(writes).toHaveLength(0);
  });

  test("add, then Replace and Remove; never a second Add", async () => {
    const { container, writes } = await renderPane({ bits: 63 });
    await verdict(container);
    const add = screen.getByRole("button", { name: "Add online meeting" });
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);
    await screen.findByText(/meeting link was added/);
    expect(writes[0]?.block?.link.joinUrl).toMatch(/^https:\/\/meet\.jit\.si\//);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Done: this meeting has its Jitsi Meet link");
    expect(screen.getByRole("button", { name: /Replace meeting link/ })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Add online meeting" })).toBeNull();
    await user.click(screen.getByRole("button", { name: /Remove meeting link/ }));
    await screen.findByText(/meeting link was removed/);
    expect(writes.map((w) => w.action)).toEqual(["insert", "remove"]);
  });

  test("an existing block found on open offers Replace and Remove", async () => {
    const { container } = await renderPane({ hasBlock: true });
    await verdict(container);
    expect(await screen.findByRole("button", { name: /Remove meeting link/ })).toBeEnabled();
  });

  test("a failed write says so in plain words, as an alert, and nothing else", async () => {
    const { container } = await renderPane({ writeFails: "refused" });
    await verdict(container);
    const add = screen.getByRole("button", { name: "Add online meeting" });
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);
    expect(await screen.findByRole("alert")).toHaveTextContent("Outlook didn't accept the change, so the meeting was left as it was.");
  });

  test("a write that fails for a technical reason shows plain words, never the technical detail", async () => {
    const detail = "ChunkLoadError: Loading chunk meeting failed. (error: https://localhost:3000/meeting.js)";
    const { container } = await renderPane({ writeFails: "failed", writeDetail: detail });
    await verdict(container);
    const add = screen.getByRole("button", { name: "Add online meeting" });
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(en.meeting.problem.failed);
    expect(alert).not.toHaveTextContent(/ChunkLoadError|https:/);
  });

  test("hostile display names are shown as text, never as markup", async () => {
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const { container } = await renderPane({ ownerName: hostile, sharedFails: true });
    await verdict(container);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe("errors, said once", () => {
  test("a cause no check carries (Teams can't reach the mailbox) shows its own fix in the decoder, with the owner's address in IT's command", async () => {
    const { container } = await renderPane({ bits: 63 });
    await verdict(container);
    const before = Array.from(container.querySelectorAll("[data-check]"), (el) => el.getAttribute("data-status"));
    await user.click(await screen.findByRole("textbox", { name: "Error message" }));
    await user.paste("Microsoft Teams: Sorry, but we can't connect to the server right now. Please try again later.");
    await waitFor(() => expect(container.querySelector("[data-error-id]")?.getAttribute("data-error-id")).toBe("teams-hybrid-oauth"));
    const decoded = container.querySelector("[data-error-id]") as HTMLElement;
    expect(within(decoded).getByRole("heading", { name: "Who fixes it" })).toBeInTheDocument();
    expect(decoded.querySelector("[data-command]")?.textContent).toMatch(/Get-Recipient -Identity '.+@.+'/);
    // It proves no right missing: the checks stay as they were.
    expect(Array.from(container.querySelectorAll("[data-check]"), (el) => el.getAttribute("data-status"))).toEqual(before);
  });

  test("a Teams refusal marks the Teams check missing; the decoder says what it means and which check, without repeating the fix", async () => {
    const teams = parseConfig({
      providers: [
        { id: "teams", type: "teams" },
        { id: "jitsi", type: "jitsi" },
      ],
    });
    const { container } = await renderPane({ bits: 63, config: teams });
    await verdict(container);
    expect(status(container, "online-meeting-delegate")).toBe("unknown");
    await user.click(await screen.findByRole("textbox", { name: "Error message" }));
    await user.paste(
      "Looks like you don't have permission to schedule meetings for this account. Talk to the owner to get permission and try again.",
    );
    await waitFor(() => expect(container.querySelector("[data-error-id]")?.getAttribute("data-error-id")).toBe("teams-delegate"));
    expect(status(container, "online-meeting-delegate")).toBe("missing");
    const decoded = container.querySelector("[data-error-id]") as HTMLElement;
    expect(decoded).toHaveTextContent('This is about "Microsoft Teams" above');
    expect(decoded.querySelector("[data-actor], [data-command]")).toBeNull();
  });

  test("Lync's refusal while Jitsi is chosen shows inside the online-meeting check, not as a second card; Add stays enabled", async () => {
    const { container } = await renderPane({ bits: 63 });
    await verdict(container);
    await user.click(await screen.findByRole("textbox", { name: "Error message" }));
    await user.paste("Please contact the owner of the account to get delegate permissions in Lync");
    await waitFor(() =>
      expect(container.querySelector('[data-check="online-meeting-delegate"]')?.getAttribute("data-service")).toBe("skype"),
    );
    expect(container.querySelectorAll("[data-check]")).toHaveLength(3);
    expect(screen.getByRole("button", { name: "Add online meeting" })).toBeEnabled();
  });

  test("an unrecognised message says so instead of guessing", async () => {
    const { container } = await renderPane();
    await verdict(container);
    await user.click(await screen.findByRole("textbox", { name: "Error message" }));
    await user.paste("Permission denied");
    await waitFor(() => expect(container.querySelector("[data-error-id]")?.getAttribute("data-error-id")).toBe("unknown"));
    expect(screen.getByText("Not recognised")).toBeInTheDocument();
  });
});

describe("feedback that stays true", () => {
  beforeEach(() => {
    // user-event puts its own clipboard on the page; the report's copy is watched on it.
    jest.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
  });

  test("'Copied' returns to the label after a few seconds, and the report holds the current pasted error", async () => {
    const { container } = await renderPane({ bits: 63 });
    await verdict(container);
    const copy = await screen.findByRole("button", { name: "Copy report for IT" });
    await user.click(copy);
    expect(await screen.findByText("Report copied: paste it into your ticket or email to IT.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copied" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Copy report for IT" })).toBeInTheDocument(), {
      timeout: COPIED_FOR_MS + 2000,
    });
    // A new pasted error makes "Report copied" stale: it goes, and the next copy carries the error.
    await user.click(await screen.findByRole("textbox", { name: "Error message" }));
    await user.paste("You do not have the permission to send the message on behalf of the specified user.");
    await waitFor(() => expect(screen.queryByText(/Report copied/)).toBeNull());
    // The answer now offers the report too (not yet: send permission); the footer's copy is this test's.
    await user.click(within(container.querySelector("footer") as HTMLElement).getByRole("button", { name: "Copy report for IT" }));
    await waitFor(() => expect(navigator.clipboard.writeText).toHaveBeenCalledTimes(2));
    const second = (navigator.clipboard.writeText as jest.Mock).mock.calls[1]?.[0] as string;
    expect(second).toContain(
      'send-on-behalf (send-on-behalf): "You do not have the permission to send the message on behalf of the specified user."',
    );
  }, 15_000);

  test("a broken config.json is reported by field and the pane carries on with defaults", async () => {
    const bad = parseConfig({
      providers: [{ id: "zoom", type: "personal-room", service: "zoom", urlTemplate: "http://zoom.us/my/{owner.alias}" }],
    });
    const { container } = await renderPane({ config: bad });
    await verdict(container);
    expect(container.querySelector("[data-config-problems]")?.textContent).toMatch(/providers\[0\]/);
    await act(async () => undefined);
  });
});

describe("a file that does not arrive", () => {
  test("a language catalogue that fails to load ends the wait with what to do, instead of 'Reading Outlook…' forever", async () => {
    await renderPane({
      loadText: () => Promise.reject(new Error("ChunkLoadError: Loading chunk i18n-nl failed.")),
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Part of this add-in did not load.");
    expect(screen.queryByText("Reading Outlook…")).toBeNull();
  });
});

describe("the catalogue in two parts", () => {
  test("the first verdict needs only the first screen's part: answer, check lines and actions show while the details never arrive", async () => {
    const asked: string[] = [];
    const { container, mounted } = startPane({
      bits: 1,
      loadDetails: () => {
        // Fetched only once the answer is on screen, never side by side with the first part.
        asked.push(container.querySelector("[data-delegation]")?.getAttribute("data-delegation") ?? "");
        return new Promise(() => undefined);
      },
    });
    await act(() => mounted);
    expect(await verdict(container)).toBe("delegate");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Not yet: you need edit access to Alex's calendar");
    expect(Array.from(container.querySelectorAll("[data-check]"), (el) => el.getAttribute("data-status"))).toEqual([
      "missing",
      "unknown",
      "not-needed",
    ]);
    expect(screen.getByText("You can only read Alex's calendar.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ask Alex for edit access" })).toBeInTheDocument();
    // Without the help desk's address (no config.json), the answer's IT step says it copies.
    expect(screen.getByRole("button", { name: "Copy report for IT" })).toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual(["delegate"]));
    // What needs the details' words waits for them instead of showing anything half-worded.
    expect(container.querySelector("[data-meeting]")).toBeNull();
    const card = container.querySelector('[data-check="calendar-editor"]') as HTMLElement;
    await user.click(within(card).getByText("Details"));
    expect(card.querySelector("[data-check-details]")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("details that arrive later bring the panels and each check's details", async () => {
    let arrive: (details: typeof enDetails) => void = () => undefined;
    const details = new Promise<typeof enDetails>((resolve) => (arrive = resolve));
    const { container } = await renderPane({ bits: 1, loadDetails: () => details });
    await verdict(container);
    const card = container.querySelector('[data-check="calendar-editor"]') as HTMLElement;
    await user.click(within(card).getByText("Details"));
    expect(container.querySelector("[data-meeting]")).toBeNull();
    expect(card.querySelector("[data-check-details]")).toBeNull();
    await act(async () => arrive(enDetails));
    await waitFor(() => expect(container.querySelector("[data-meeting]")).not.toBeNull());
    await waitFor(() => expect(card.querySelector("[data-check-details]")).not.toBeNull());
    expect(Array.from(card.querySelectorAll("[data-command]"), (c) => c.textContent).join("\n")).toContain(
      "Add-MailboxFolderPermission -Identity 'alex.wilber@contoso.com:\\Calendar'",
    );
    expect(screen.getByRole("textbox", { name: "Error message" })).toBeInTheDocument();
  });

  test("details that fail to download: the part-failed notice in the pane's language, the answer kept, no write without words", async () => {
    const fake = fakeGateway({ bits: 63 });
    fake.gateway.displayLanguage = () => "nl-BE";
    const { container, writes } = await renderPane({
      outlook: fake,
      loadText: async () => nlFirstScreen,
      loadDetails: () => Promise.reject(new Error("ChunkLoadError: Loading chunk i18n-nl-details failed.")),
    });
    expect(await verdict(container)).toBe("delegate");
    const failed = await screen.findByRole("alert");
    expect(failed).toHaveTextContent(nl.app.partFailed);
    expect(container.textContent).not.toContain(en.app.partFailed);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(nl.answer.looksReady);
    expect(container.querySelectorAll("[data-check]")).toHaveLength(3);
    // The first screen's button still answers, in Dutch, and writes nothing it could not report on.
    const add = screen.getByRole("button", { name: nl.actions.addMeeting });
    await waitFor(() => expect(add).toBeEnabled());
    await user.click(add);
    await waitFor(() => expect(container.querySelector('[data-feedback="error"]')).toHaveTextContent(nl.actions.failed));
    expect(writes).toHaveLength(0);
    expect(container.textContent).not.toMatch(/ChunkLoadError/);
  });
});

describe("whatever throws, the pane stays readable", () => {
  test("a throw while the answer is worked out (hostile facts) shows the crash notice, in Outlook's language, not a blank pane", async () => {
    const fake = fakeGateway({});
    const real = await fake.gateway.readFacts();
    const hostile = new Proxy(real, {
      get(target, key, receiver) {
        if (key === "host") throw new TypeError("host is not readable");
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      fake.gateway.readFacts = async () => hostile;
      await renderPane({ outlook: fake });
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent("Something went wrong in this pane");
      expect(alert).toHaveTextContent("Nothing in your meeting was changed.");
      expect(alert).toHaveTextContent("TypeError: host is not readable");
    } finally {
      spy.mockRestore();
    }
  });
});
