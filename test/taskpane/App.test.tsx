import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseConfig } from "../../src/config/parse";
import type { ConfigResult } from "../../src/config/types";
import { App } from "../../src/taskpane/components/App";
import { fakeGateway, type FakeOptions } from "./fakeGateway";

const random = (n: number) => new Uint8Array(n).map((_, i) => (i * 37 + 11) & 255);

function renderPane(options: FakeOptions = {}, config: ConfigResult = parseConfig(undefined)) {
  const fake = fakeGateway(options);
  const utils = render(<App gateway={fake.gateway} loadConfig={async () => config} random={random} addinVersion="test" />);
  return { ...fake, ...utils };
}

async function verdict(container: HTMLElement): Promise<string> {
  await waitFor(() => expect(container.querySelector("[data-delegation]")?.getAttribute("data-delegation")).not.toBe(""));
  return container.querySelector("[data-delegation]")?.getAttribute("data-delegation") ?? "";
}

function status(container: HTMLElement, id: string): string | null | undefined {
  return container.querySelector(`[data-check="${id}"]`)?.getAttribute("data-status");
}

describe("taskpane", () => {
  test("shows a loading state with an empty data-delegation before Outlook answers", () => {
    const fake = fakeGateway();
    fake.gateway.readFacts = () => new Promise(() => undefined);
    const { container } = render(
      <App gateway={fake.gateway} loadConfig={async () => parseConfig(undefined)} random={random} addinVersion="t" />,
    );
    expect(container.querySelector("[data-delegation]")?.getAttribute("data-delegation")).toBe("");
    expect(screen.getByText(/Checking whose calendar/)).toBeInTheDocument();
  });

  test("the verdict does not wait for a slow body read; the button waits for it instead", async () => {
    const fake = fakeGateway({ bits: 1 });
    fake.gateway.readMeetingState = () => new Promise(() => undefined);
    const { container } = render(
      <App gateway={fake.gateway} loadConfig={async () => parseConfig(undefined)} random={random} addinVersion="t" />,
    );
    expect(await verdict(container)).toBe("delegate");
    expect(status(container, "calendar-editor")).toBe("missing");
    expect(screen.getByRole("button", { name: /^Add online meeting/ })).toBeDisabled();
  });

  test("a body read that throws leaves the checks and says the meeting could not be read", async () => {
    const fake = fakeGateway({ bits: 63 });
    fake.gateway.readMeetingState = () => Promise.reject(new Error("item.body.getAsync exploded"));
    const { container } = render(
      <App gateway={fake.gateway} loadConfig={async () => parseConfig(undefined)} random={random} addinVersion="t" />,
    );
    expect(await verdict(container)).toBe("delegate");
    expect(await screen.findByText(/item\.body\.getAsync exploded/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Add online meeting/ })).toBeNull();
  });

  test("a delegate with Editor sees three checks and can add the owner's meeting link", async () => {
    const { container, writes } = renderPane({ bits: 63 });
    expect(await verdict(container)).toBe("delegate");
    expect(status(container, "calendar-editor")).toBe("granted");
    expect(status(container, "send-on-behalf")).toBe("unknown");
    expect(status(container, "online-meeting-delegate")).toBe("not-needed");
    const add = screen.getByRole("button", { name: /^Add online meeting/ });
    expect(add).toBeEnabled();
    await userEvent.click(add);
    await screen.findByText(/meeting details were added/);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.block?.link.joinUrl).toMatch(/^https:\/\/meet\.jit\.si\//);
    // Once the block is there the pane offers Replace and Remove, not a second Add.
    expect(screen.getByRole("button", { name: /Replace meeting link/ })).toBeEnabled();
    expect(screen.queryByRole("button", { name: /^Add online meeting/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: /Remove meeting link/ }));
    await screen.findByText(/meeting details were removed/);
    expect(writes.map((w) => w.action)).toEqual(["insert", "remove"]);
  });

  test("a Reviewer cannot add the link and is told why, next to the button", async () => {
    const { container, writes } = renderPane({ bits: 1 });
    expect(await verdict(container)).toBe("delegate");
    expect(status(container, "calendar-editor")).toBe("missing");
    const add = screen.getByRole("button", { name: /^Add online meeting/ });
    expect(add).toBeDisabled();
    const reason = container.querySelector("[data-insert-reason]");
    expect(reason?.textContent).toMatch(/read/i);
    expect(add.getAttribute("aria-describedby")).toBe(reason?.id);
    expect(writes).toHaveLength(0);
  });

  test("each status is written in words, not colour alone", async () => {
    const { container } = renderPane({ bits: 1 });
    await verdict(container);
    const card = container.querySelector('[data-check="calendar-editor"]') as HTMLElement;
    expect(within(card).getByText("Missing")).toBeInTheDocument();
  });

  test("an existing block found on open offers Replace and Remove", async () => {
    const { container } = renderPane({ hasBlock: true });
    await verdict(container);
    expect(await screen.findByRole("button", { name: /Remove meeting link/ })).toBeEnabled();
  });

  test("a failed write shows Outlook's reason and no success", async () => {
    const { container } = renderPane({ writeFails: "Outlook did not accept the change, so the appointment was left as it was." });
    await verdict(container);
    await userEvent.click(screen.getByRole("button", { name: /^Add online meeting/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/left as it was/);
    expect(screen.getByRole("button", { name: /^Add online meeting/ })).toBeInTheDocument();
  });

  test("hostile display names are shown as text, never as markup", async () => {
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const { container } = renderPane({ ownerName: hostile, sharedFails: true });
    await verdict(container);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test("pasting the Lync error explains it, and a Teams error marks the Teams check missing", async () => {
    const teams = parseConfig({
      providers: [
        { id: "teams", type: "teams" },
        { id: "jitsi", type: "jitsi" },
      ],
    });
    const { container } = renderPane({ bits: 63 }, teams);
    await verdict(container);
    expect(status(container, "online-meeting-delegate")).toBe("unknown");
    const box = screen.getByRole("textbox", { name: /Error message/ });
    await userEvent.click(box);
    await userEvent.paste(
      "Looks like you don't have permission to schedule meetings for this account. Talk to the owner to get permission and try again.",
    );
    await waitFor(() => expect(container.querySelector("[data-error-id]")?.getAttribute("data-error-id")).toBe("teams-delegate"));
    expect(status(container, "online-meeting-delegate")).toBe("missing");
    expect(container.querySelector('[data-check="online-meeting-delegate"]')?.textContent).toMatch(/You reported/);
  });

  test("an unrecognised message says so instead of guessing", async () => {
    const { container } = renderPane();
    await verdict(container);
    await userEvent.click(screen.getByRole("textbox", { name: /Error message/ }));
    await userEvent.paste("Permission denied");
    await waitFor(() => expect(container.querySelector("[data-error-id]")?.getAttribute("data-error-id")).toBe("unknown"));
    expect(screen.getByText("Not recognised")).toBeInTheDocument();
  });

  test("Teams chosen: no made-up link, Outlook's own toggle is pointed to", async () => {
    const teams = parseConfig({ providers: [{ id: "teams", type: "teams" }] });
    const { container, writes } = renderPane({ bits: 63 }, teams);
    await verdict(container);
    expect(screen.queryByRole("button", { name: /^Add online meeting/ })).toBeNull();
    expect(container.querySelector("[data-guidance]")?.textContent).toMatch(/Teams/);
    expect(writes).toHaveLength(0);
  });

  test("Ask the owner opens a draft addressed to the owner", async () => {
    const { container, drafts } = renderPane({ bits: 1 });
    await verdict(container);
    await userEvent.click(screen.getByRole("button", { name: /Ask Alex Wilber for access/ }));
    await screen.findByText(/draft message opened/);
    expect(drafts).toEqual([expect.objectContaining({ to: "alex.wilber@contoso.com" })]);
  });

  test("a broken config.json is reported by field and the pane carries on with defaults", async () => {
    const bad = parseConfig({
      providers: [{ id: "zoom", type: "personal-room", service: "zoom", urlTemplate: "http://zoom.us/my/{owner.alias}" }],
    });
    const { container } = renderPane({}, bad);
    await verdict(container);
    expect(container.querySelector("[data-config-problems]")?.textContent).toMatch(/providers\[0\]/);
    expect(screen.getByRole("button", { name: /^Add online meeting/ })).toBeEnabled();
  });
});
