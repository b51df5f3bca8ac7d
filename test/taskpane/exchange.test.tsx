/**
 * IT's answer from Exchange in the pane: pasted into the error box it becomes evidence for the
 * checks and the answer, is remembered for this owner and delegate, forgotten in one click, and
 * "Send this to IT" asks for it (a message to the help desk's address, or the report copied).
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { parseConfig } from "../../src/config/parse";
import { enFirstScreen } from "../../src/i18n/en/firstScreen";
import type { Language } from "../../src/i18n/language";
import { loadEvidenceKit, type EvidenceKit } from "../../src/taskpane/evidenceKit";
import { blockObject, blockText, REQUEST_ID } from "../diagnosis/evidence/fixtures";
import { NOW, renderPane, type PaneOptions } from "../support/renderPane";
import { fakeGateway } from "../support/fakeGateway";

/** The block ran just now, by the pane's clock (an answer stays fresh for 30 days). */
const RAN_AT = NOW;
const TODAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(new Date(RAN_AT));
/** The pane issued REQUEST_ID for Alex and Megan earlier (a request to IT), kept in roaming settings. */
const ISSUED = {
  exchangeRequests: {
    version: 1,
    requests: [{ owner: "alex.wilber@contoso.com", delegate: "megan.bowen@contoso.com", id: REQUEST_ID, issuedAt: RAN_AT }],
  },
};
/** On Jest's fake timers, the clock at NOW: waits are advanced, never slept through; user-event advances them too. */
let user: UserEvent;
beforeEach(() => {
  jest.useFakeTimers({ now: new Date(NOW) });
  user = userEvent.setup({ advanceTimers: jest.advanceTimersByTimeAsync });
});
afterEach(() => jest.useRealTimers());

const TEAMS = parseConfig({ providers: [{ id: "teams", type: "teams" }] });

/** Teams chosen unless a test says otherwise: its check is the one Exchange's answer settles. */
const pane = async (options: PaneOptions = {}) => renderPane({ config: TEAMS, ...options });

async function answerOf(container: HTMLElement): Promise<string> {
  await waitFor(() => expect(container.querySelector("[data-answer]:not([data-answer=''])")).not.toBeNull(), { timeout: 5000 });
  return container.querySelector("[data-answer]")?.getAttribute("data-answer") ?? "";
}

const statuses = (container: HTMLElement) =>
  Array.from(container.querySelectorAll("[data-check]"), (el) => `${el.getAttribute("data-check")}=${el.getAttribute("data-status")}`);

async function paste(text: string): Promise<void> {
  const box = await screen.findByRole("textbox", { name: "Error message" }, { timeout: 5000 });
  await user.click(box);
  await user.paste(text);
}

describe("IT's answer pasted into the error box", () => {
  test("Editor, Delegate flag, send on behalf and EWS open: every check granted, the answer Yes, remembered for the next meeting", async () => {
    const roaming: Record<string, unknown> = { ...ISSUED };
    const first = await pane({ roaming });
    expect(await answerOf(first.container)).toBe("looks-ready");
    await paste(blockText(blockObject({ RanAtUtc: RAN_AT })));
    await waitFor(() => expect(first.container.querySelector("[data-answer]")?.getAttribute("data-answer")).toBe("yes"), { timeout: 5000 });
    expect(statuses(first.container)).toEqual(["calendar-editor=granted", "send-on-behalf=granted", "online-meeting-delegate=granted"]);
    expect(screen.getByText(`According to Exchange, as IT sent it on ${TODAY}, invitations can go out for Alex.`)).toBeInTheDocument();
    expect(first.container.querySelector("[data-admin-paste]")?.getAttribute("data-admin-paste")).toBe("evidence");
    expect(first.container.querySelector("[data-error-id]")).toBeNull();
    await waitFor(() => expect(screen.getByText(/Remembered for Alex's calendar/)).toBeInTheDocument());
    first.unmount();

    // The next meeting for the same owner starts from it, before anything is pasted.
    const second = await pane({ roaming });
    expect(await answerOf(second.container)).toBe("yes");
    expect(second.container.querySelector("[data-exchange]")?.textContent).toContain(`According to Exchange, as IT sent it on ${TODAY}.`);

    // Forget: one click, and the checks go back to what Outlook alone shows.
    await user.click(screen.getByRole("button", { name: "Forget" }));
    await waitFor(() => expect(second.container.querySelector("[data-answer]")?.getAttribute("data-answer")).toBe("looks-ready"));
    expect(second.container.querySelector("[data-exchange]")).toBeNull();
    expect(screen.getByText("Forgotten. The checks show what Outlook alone can see.")).toBeInTheDocument();
    expect(roaming["exchangeEvidence"]).toEqual({ version: 2, pairs: [] });
  }, 20_000);

  test("a block about another owner changes nothing and says whom it is about", async () => {
    const { container } = await pane();
    await answerOf(container);
    const before = statuses(container);
    await paste(blockText(blockObject({ Owner: "lee.gu@contoso.com", OwnerMailbox: null })));
    await waitFor(() => expect(container.querySelector("[data-admin-paste]")?.getAttribute("data-admin-paste")).toBe("other-pair"));
    expect(container.querySelector("[data-admin-paste]")?.textContent).toMatch(/This output is about .*lee\.gu@contoso\.com/);
    expect(statuses(container)).toEqual(before);
    expect(container.querySelector("[data-exchange]")).toBeNull();
  });

  test("a reply thread whose two blocks disagree: none is used, both dates and what they disagree on are shown", async () => {
    const { container } = await pane({ roaming: { ...ISSUED } });
    await answerOf(container);
    const before = statuses(container);
    const newer = blockObject({ RanAtUtc: RAN_AT });
    const older = blockObject({
      RanAtUtc: "2026-12-01T08:00:00Z",
      OwnerMailbox: { ...(blockObject().OwnerMailbox as object), GrantSendOnBehalfTo: [] },
    });
    await paste(`${blockText(newer)}\n\n> On 1 December IT wrote:\n${blockText(older)}`);
    await waitFor(() => expect(container.querySelector("[data-admin-paste]")?.getAttribute("data-admin-paste")).toBe("conflict"));
    expect(container.querySelector("[data-admin-paste]")?.textContent).toContain(
      `Two blocks in this paste (run on 1 December 2026 and on ${TODAY}) disagree about sending on behalf, so none was used`,
    );
    expect(statuses(container)).toEqual(before);
    expect(container.querySelector("[data-exchange]")).toBeNull();
  });

  test("a truncated block: incomplete, ask IT for the whole block, nothing granted", async () => {
    const { container } = await pane({ bits: 0 });
    await answerOf(container);
    const whole = blockText();
    await paste(whole.slice(0, Math.floor(whole.length * 0.6)));
    await waitFor(() => expect(container.querySelector("[data-admin-paste]")?.getAttribute("data-admin-paste")).toBe("incomplete"));
    expect(container.querySelector("[data-admin-paste]")?.textContent).toContain("Incomplete: ask IT to paste the whole block");
    expect(statuses(container)).not.toContain("send-on-behalf=granted");
  });

  test("an old remembered answer is shown as old, used by no check", async () => {
    const roaming: Record<string, unknown> = {
      exchangeEvidence: {
        version: 2,
        pairs: [
          {
            owner: "alex.wilber@contoso.com",
            delegate: "megan.bowen@contoso.com",
            savedAt: "2020-03-03T12:00:00Z",
            pastedAt: "2020-03-03T12:00:00Z",
            form: "block",
            conclusions: { calendarRole: "editor", delegateFlag: "yes", sendOnBehalf: "granted", ewsForTeams: "allowed" },
          },
        ],
      },
    };
    const { container } = await pane({ roaming });
    expect(await answerOf(container)).toBe("looks-ready");
    expect(container.querySelector("[data-exchange]")?.getAttribute("data-exchange")).toBe("old");
    expect(container.querySelector("[data-exchange]")?.textContent).toContain("more than 30 days ago. Ask IT to check again.");
    expect(statuses(container)).toContain("send-on-behalf=unknown");
  });
});

describe("the rules and words for Exchange's answer (a chunk of their own)", () => {
  const remembered = (): Record<string, unknown> => ({
    exchangeEvidence: {
      version: 2,
      pairs: [
        {
          owner: "alex.wilber@contoso.com",
          delegate: "megan.bowen@contoso.com",
          savedAt: RAN_AT,
          pastedAt: RAN_AT,
          form: "block",
          conclusions: { calendarRole: "editor", delegateFlag: "yes", sendOnBehalf: "granted", ewsForTeams: "allowed" },
        },
      ],
    },
  });

  test("are not asked for when nothing was heard from Exchange or Graph", async () => {
    const loadEvidence = jest.fn(loadEvidenceKit);
    const { container } = await pane({ loadEvidence });
    expect(await answerOf(container)).toBe("looks-ready");
    await screen.findByRole("textbox", { name: "Error message" }, { timeout: 5000 });
    expect(loadEvidence).not.toHaveBeenCalled();
  });

  test("did not download: the answer is Outlook's alone, the pane says a part failed, and a later paste asks again", async () => {
    const loadEvidence = jest.fn((_language: Language): Promise<EvidenceKit> =>
      Promise.reject(new Error("ChunkLoadError: Loading chunk evidence failed.")),
    );
    const { container } = await pane({ roaming: { ...remembered(), ...ISSUED }, loadEvidence });
    expect(await answerOf(container)).toBe("looks-ready");
    expect(statuses(container)).toEqual(["calendar-editor=granted", "send-on-behalf=unknown", "online-meeting-delegate=unknown"]);
    await waitFor(() => expect(container.querySelector("[data-exchange]")?.getAttribute("data-exchange")).toBe("failed"));
    expect(container.querySelector("[data-exchange]")?.textContent).toBe(enFirstScreen.app.partFailed);
    expect(loadEvidence).toHaveBeenCalledTimes(1);

    loadEvidence.mockImplementation(loadEvidenceKit);
    await paste(blockText(blockObject({ RanAtUtc: RAN_AT })));
    await waitFor(() => expect(container.querySelector("[data-answer]")?.getAttribute("data-answer")).toBe("yes"), { timeout: 5000 });
    expect(loadEvidence).toHaveBeenCalledTimes(2);
    expect(container.querySelector("[data-exchange]")?.getAttribute("data-exchange")).toBe("confirmed");
  });
});

describe("the request id", () => {
  test("is issued once for the pair: reading the report under Technical details again and again issues no new one and settles", async () => {
    const gateway = fakeGateway({ roaming: {} });
    const issue = jest.spyOn(gateway.gateway, "issueRequest");
    const { container } = await pane({ outlook: gateway });
    expect(await answerOf(container)).toBe("looks-ready");
    await waitFor(() => expect(container.querySelector("[data-technical]")).not.toBeNull(), { timeout: 5000 });
    const technical = container.querySelector("[data-technical]") as HTMLDetailsElement;
    // jsdom does not toggle <details> on a summary click: opened as the browser would.
    await act(async () => {
      technical.open = true;
      technical.dispatchEvent(new Event("toggle"));
    });
    await waitFor(() => expect(container.querySelector("[data-technical] pre")?.textContent).toMatch(/\$requestId = '[0-9a-f]{32}'/), {
      timeout: 5000,
    });
    const settled = issue.mock.calls.length;
    await act(() => jest.advanceTimersByTimeAsync(500));
    // The report is built on each render while the details are open: the same id, no render loop.
    expect(issue.mock.calls.length).toBe(settled);
    expect(new Set(await Promise.all(issue.mock.results.map(async (r) => (await (r.value as Promise<{ id: string }>)).id))).size).toBe(1);
  });
});

describe("Send this to IT", () => {
  beforeEach(() => {
    // user-event puts its own clipboard on the page; the report's copy is watched on it.
    jest.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
  });

  test("with the help desk's address: a new message to it, holding the read-only check and the report", async () => {
    const config = parseConfig({ providers: [{ id: "teams", type: "teams" }], helpdeskEmail: "help@contoso.com" });
    const { container, drafts } = await pane({ bits: 1, config });
    expect(await answerOf(container)).toBe("not-yet");
    await user.click(within(container.querySelector("[data-answer]") as HTMLElement).getByRole("button", { name: "Send this to IT" }));
    await waitFor(() => expect(drafts).toHaveLength(1));
    const draft = drafts[0] as { to: string; subject: string; body: string };
    expect(draft.to).toBe("help@contoso.com");
    expect(draft.subject).toContain("alex.wilber@contoso.com");
    expect(draft.body).toContain("$owner = 'alex.wilber@contoso.com'");
    expect(draft.body).toContain("Schedule on behalf: delegation report");
    expect(await screen.findByText(/A message to IT opened in Outlook/)).toBeInTheDocument();
  });

  test("without an address: the button says it copies, and the feedback says where to paste", async () => {
    const { container, drafts } = await pane({ bits: 1 });
    expect(await answerOf(container)).toBe("not-yet");
    await user.click(within(container.querySelector("[data-answer]") as HTMLElement).getByRole("button", { name: "Copy report for IT" }));
    expect(await screen.findByText(/Report and check copied: paste them into your ticket or an email to IT/)).toBeInTheDocument();
    expect(drafts).toHaveLength(0);
    const copied = (navigator.clipboard.writeText as jest.Mock).mock.calls[0]?.[0] as string;
    expect(copied).toContain("Get-MailboxFolderPermission");
  });

  test("the request carries an id the pane keeps for this pair: the answer carrying it is used, one carrying another id is not", async () => {
    const config = parseConfig({ providers: [{ id: "teams", type: "teams" }], helpdeskEmail: "help@contoso.com" });
    const roaming: Record<string, unknown> = {};
    const { container, drafts } = await pane({ roaming, bits: 1, config });
    expect(await answerOf(container)).toBe("not-yet");
    await user.click(within(container.querySelector("[data-answer]") as HTMLElement).getByRole("button", { name: "Send this to IT" }));
    await waitFor(() => expect(drafts).toHaveLength(1));
    const body = (drafts[0] as { body: string }).body;
    const id = /\$requestId = '([0-9a-f]{32})'/.exec(body)?.[1];
    expect(id).toBeDefined();
    expect(body).toContain("$result['RequestId'] = $requestId");
    // Kept with the pair, so the answer still counts in a pane opened later.
    expect(JSON.stringify(roaming["exchangeRequests"])).toContain(id as string);

    await paste(blockText(blockObject({ RanAtUtc: RAN_AT, RequestId: "0123456789abcdef0123456789abcdef" })));
    await waitFor(() => expect(container.querySelector("[data-admin-paste]")?.getAttribute("data-admin-paste")).toBe("unrequested"));
    expect(container.querySelector("[data-admin-paste]")?.textContent).toContain("Not an answer to your request");
    expect(statuses(container)).toContain("send-on-behalf=unknown");

    const box = screen.getByRole("textbox", { name: "Error message" });
    await user.clear(box);
    await paste(blockText(blockObject({ RanAtUtc: RAN_AT, RequestId: id })));
    await waitFor(() => expect(container.querySelector("[data-admin-paste]")?.getAttribute("data-admin-paste")).toBe("evidence"));
    await waitFor(() => expect(statuses(container)).toContain("send-on-behalf=granted"));
  });
});
