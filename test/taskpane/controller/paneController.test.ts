/**
 * The pane's controller without React: Outlook is the fake gateway, downloads are counted, the clock is
 * a fixed day. What is asserted is what the user would notice: the answer, a paste kept for the next
 * meeting, one draft per click, a write's result not overwritten by an older read of the body.
 */
import { parseConfig } from "../../../src/config/parse";
import { enDetails } from "../../../src/i18n/en/details";
import { enFirstScreen } from "../../../src/i18n/en/firstScreen";
import type { MeetingState, Outcome } from "../../../src/office/gateway";
import { createPaneController, type TaskpaneDeps } from "../../../src/taskpane/controller/paneController";
import { loadEvidenceKit } from "../../../src/taskpane/evidenceKit";
import { blockText } from "../../diagnosis/evidence/fixtures";
import { fakeGateway } from "../../support/fakeGateway";

/** After every fixture block ran (3 December 2026), within the 30 days an answer stays fresh. */
const NOW = "2026-12-09T10:00:00.000Z";
const ISSUED = {
  exchangeRequests: {
    version: 1,
    requests: [
      { owner: "alex.wilber@contoso.com", delegate: "megan.bowen@contoso.com", id: "5f0c2a9e7b1d4c3a8e6f0b2d9c4a7e13", issuedAt: NOW },
    ],
  },
};

function pane(fake = fakeGateway(), overrides: Partial<TaskpaneDeps> = {}) {
  const loads = { details: 0, evidence: 0 };
  const controller = createPaneController({
    gateway: fake.gateway,
    loadConfig: async () => parseConfig(undefined),
    loadText: async () => enFirstScreen,
    loadDetails: async () => {
      loads.details++;
      return enDetails;
    },
    loadEvidence: (language) => {
      loads.evidence++;
      return loadEvidenceKit(language);
    },
    random: (n) => new Uint8Array(n),
    addinVersion: "test",
    now: () => NOW,
    ...overrides,
  });
  controller.start();
  const settled = (test: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (test()) return resolve();
      const timer = setTimeout(() => reject(new Error("never settled")), 4000);
      const stop = controller.subscribe(() => {
        if (!test()) return;
        clearTimeout(timer);
        stop();
        resolve();
      });
    });
  const view = () => controller.viewOf(controller.getState());
  return { controller, view, settled, loads, ...fake };
}

test("the answer shows once facts, config, words and the body are in; the details download once, after it", async () => {
  const { controller, view, settled, loads } = pane();
  await settled(() => view().answer !== undefined);
  expect(view().verdict?.delegation).toBe("delegate");
  expect(loads.details).toBe(0);
  controller.answerShown();
  controller.answerShown();
  await settled(() => view().text !== undefined);
  expect(loads.details).toBe(1);
});

test("IT's answer pasted in the box is read, kept for this pair with the injected clock, and changes the answer", async () => {
  const roaming: Record<string, unknown> = { ...ISSUED };
  const { controller, view, settled, gateway } = pane(fakeGateway({ sharedFails: true, roaming }));
  await settled(() => view().answer !== undefined);
  expect(view().verdict?.checks.find((check) => check.id === "calendar-editor")?.status).toBe("unknown");
  controller.commands.setErrorText(blockText());
  await settled(() => view().memory === "saved");
  expect(view().pasted?.kind).toBe("evidence");
  expect(gateway.readRememberedEvidence("alex.wilber@contoso.com", "megan.bowen@contoso.com", NOW)?.pastedAt).toBe(NOW);
  await settled(() => view().exchangeText !== undefined);
  expect(view().verdict?.checks.find((check) => check.id === "calendar-editor")?.status).toBe("granted");

  // The next pane for the same meeting starts with it, before its first answer shows.
  const next = pane(fakeGateway({ sharedFails: true, roaming }));
  await next.settled(() => next.view().verdict !== undefined);
  expect(next.view().exchange?.pastedAt).toBe(NOW);
  expect(next.loads.evidence).toBe(1);
});

test("text that is not IT's answer is decoded as an error; an emptied box shows nothing", async () => {
  const { controller, view, settled } = pane();
  await settled(() => view().answer !== undefined);
  controller.commands.setErrorText("AADSTS50020: User account from identity provider does not exist in tenant");
  await settled(() => view().decoded !== undefined);
  expect(view().pasted).toBeUndefined();
  controller.commands.setErrorText("");
  await settled(() => view().decoded === undefined);
});

test("a body read that started before a write does not overwrite what the write reported", async () => {
  let answerRead: (outcome: Outcome<MeetingState>) => void = () => undefined;
  const fake = fakeGateway({ bits: 63 });
  const slow = {
    ...fake,
    gateway: { ...fake.gateway, readMeetingState: () => new Promise<Outcome<MeetingState>>((resolve) => (answerRead = resolve)) },
  };
  const { controller, view, settled, writes } = pane(slow);
  await settled(() => view().answer !== undefined); // the wait for the body is over
  controller.commands.insert();
  await settled(() => view().feedback?.intent === "success");
  expect(writes.map((w) => w.action)).toEqual(["insert"]);
  answerRead({ ok: true, value: { bodyType: "html", bodyChars: 500, hasBlock: false } });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(view().meeting).toMatchObject({ kind: "ready", state: { hasBlock: true } });
});

test("one click at a time: a second click while the first is under way opens nothing more", async () => {
  const fake = fakeGateway({ bits: 1 });
  const { controller, view, settled, drafts } = pane(fake);
  await settled(() => view().answer !== undefined);
  await Promise.all([controller.commands.askOwner(), controller.commands.askOwner(), controller.commands.sendToIt()]);
  expect(drafts).toHaveLength(1);
  expect(view().feedback?.text).toBe(enFirstScreen.actions.askOpened);
});

test("after dispose, nothing that arrives later changes the state", async () => {
  let arrive: () => void = () => undefined;
  const { controller } = pane(fakeGateway(), { loadText: () => new Promise((resolve) => (arrive = () => resolve(enFirstScreen))) });
  const before = controller.getState();
  controller.dispose();
  arrive();
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(controller.getState()).toBe(before);
});

test("a body too long for the block: the link to paste by hand is in the first view, and stays the same link", async () => {
  const fake = fakeGateway({ bits: 63, bodyChars: 999_900 });
  let calls = 0;
  const random = (n: number) => new Uint8Array(n).map(() => calls++ & 255);
  const { controller, view, settled } = pane(fake, {
    random,
    initial: { facts: fake.facts, config: parseConfig(undefined), text: enFirstScreen },
    bodyGlance: { ok: true, value: { bodyType: "html", bodyChars: 999_900, mayHoldBlock: false, mayClaim: false } },
  });
  const first = view().manualLink;
  expect(first).toMatch(/^https:\/\//);
  controller.answerShown();
  await settled(() => view().text !== undefined);
  expect(view().manualLink).toBe(first);
});
