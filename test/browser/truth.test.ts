/**
 * The pane tells the truth about the meeting in front of it (issue 18): what its first lines say is
 * what the meeting holds, in English and in Dutch. Selectors are language-neutral (data attributes,
 * positions); the words checked are the ones a user reads.
 */
import type { Page } from "playwright-core";
import { checkStatus, openTaskpane, simState, startHarness, waitForAnswer, type Harness } from "./support/harness";
import { copyReportFromFooter } from "./support/pane";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness?.close());

const ZOOM_CONFIG = {
  providers: [
    { id: "jitsi", type: "jitsi", name: "Jitsi Meet", baseUrl: "https://meet.jit.si/" },
    { id: "zoom-room", type: "personal-room", service: "zoom", name: "Zoom", urlTemplate: "https://contoso.zoom.us/my/{owner.alias}" },
  ],
  defaultProvider: "jitsi",
};

interface Words {
  readonly done: (service: string) => RegExp;
  readonly replaceWith: (service: string) => RegExp;
  readonly noLink: RegExp;
  readonly removeFromLocation: RegExp;
  readonly tooLong: RegExp;
  readonly copyLink: RegExp;
  readonly tooOld: RegExp;
  readonly update: RegExp;
  readonly youStepClicks: RegExp;
  readonly ownerAddressedAsYou: RegExp;
  readonly ownerStep: RegExp;
}

const LANGUAGES: ReadonlyArray<[string, Words]> = [
  [
    "en-US",
    {
      done: (service) => new RegExp(`^Done: this meeting has its ${service} link$`),
      replaceWith: (service) => new RegExp(`^Replace with ${service}$`),
      noLink: /^The location says "Microsoft Teams Meeting", but there is no Microsoft Teams link$/,
      removeFromLocation: /^Remove "Microsoft Teams Meeting" from the location$/,
      tooLong: /^The link doesn't fit into this meeting's text$/,
      copyLink: /^Copy the link$/,
      tooOld: /^This Outlook is too old to show the calendar's permissions$/,
      update: /Update Outlook, or open this meeting in Outlook on the web/,
      youStepClicks: /File > Account Settings|Get-Mailbox|Alex looks/,
      ownerAddressedAsYou: /Alex adds you|adds you as a delegate/,
      ownerStep: /Megan/,
    },
  ],
  [
    "nl-NL",
    {
      done: (service) => new RegExp(`^Klaar: deze vergadering heeft een link van ${service}$`),
      replaceWith: (service) => new RegExp(`^Vervangen door ${service}$`),
      noLink: /^De locatie vermeldt "Microsoft Teams Meeting", maar er is geen link van Microsoft Teams$/,
      removeFromLocation: /^"Microsoft Teams Meeting" uit de locatie verwijderen$/,
      tooLong: /^De link past niet meer in de tekst van deze vergadering$/,
      copyLink: /^Link kopiëren$/,
      tooOld: /^Deze versie van Outlook is te oud om de machtigingen van de agenda te tonen$/,
      update: /Werk Outlook bij, of open deze vergadering in de webversie van Outlook/,
      youStepClicks: /Bestand > Info|Get-Mailbox|Hier kan Alex/,
      ownerAddressedAsYou: /U wordt door Alex|Als Alex u/,
      ownerStep: /Megan/,
    },
  ],
];

async function meetingRead(page: Page): Promise<void> {
  await page.locator("[data-meeting]:not([data-meeting='loading'])").waitFor({ timeout: 10_000 });
}

async function headline(page: Page): Promise<string> {
  return (await page.locator("[data-answer] h1").innerText()).trim();
}

async function success(page: Page): Promise<void> {
  await page.locator('[data-feedback="success"], [data-feedback="warning"]').waitFor({ timeout: 10_000 });
}

/** Sets the location as the user types it in the form (through Office.js, so the simulated item keeps it). */
async function typeLocation(page: Page, location: string): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const item = (
          window as unknown as {
            Office: { context: { mailbox: { item: { location: { setAsync(v: string, cb: (r: { status: string }) => void): void } } } } };
          }
        ).Office.context.mailbox.item;
        item.location.setAsync(value, (r) => (r.status === "succeeded" ? resolve() : reject(new Error("location.setAsync failed"))));
      }),
    location,
  );
}

/** The user presses Send: the send-time check runs on the same item (launchevent.html in the same tab). */
async function pressSend(page: Page): Promise<{ allowEvent: boolean; errorMessage?: string }> {
  await page.goto(`${harness.server.origin}/launchevent.html`);
  await page.waitForFunction(
    () =>
      typeof (window as unknown as { __sim?: { handlers: Record<string, unknown> } }).__sim?.handlers.onAppointmentSendHandler ===
      "function",
    undefined,
    { timeout: 10_000 },
  );
  return page.evaluate(() =>
    (window as unknown as { __sim: { send(): Promise<{ allowEvent: boolean; errorMessage?: string }> } }).__sim.send(),
  );
}

describe.each(LANGUAGES)("in %s", (language, words) => {
  test("1. a Jitsi link in the body with Zoom chosen: headline and check line name Jitsi, the picker offers Replace with Zoom, also after reopening", async () => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { language, config: ZOOM_CONFIG });
    try {
      await waitForAnswer(page);
      await meetingRead(page);
      await page.locator("[data-answer] button").first().click();
      await success(page);
      await page.locator("[data-meeting] select").selectOption("zoom-room");
      const replace = page.locator("[data-meeting] button").first();
      await expect(replace.innerText()).resolves.toMatch(words.replaceWith("Zoom"));
      await expect(headline(page)).resolves.toMatch(words.done("Jitsi Meet"));
      expect(await page.locator('[data-check="online-meeting-delegate"]').getAttribute("data-service")).toBe("jitsi");
      expect(await checkStatus(page, "online-meeting-delegate")).toBe("not-needed");

      await page.reload();
      await waitForAnswer(page);
      await page.locator("[data-block-service]").waitFor({ timeout: 10_000 });
      await expect(headline(page)).resolves.toMatch(words.done("Jitsi Meet"));
      expect(await page.locator('[data-check="online-meeting-delegate"]').getAttribute("data-service")).toBe("jitsi");
      await expect(page.locator("[data-meeting] button").first().innerText()).resolves.toMatch(words.replaceWith("Zoom"));

      // Replacing makes the body Zoom's, and only then does the pane say so.
      await page.locator("[data-meeting] button").first().click();
      await success(page);
      await expect(headline(page)).resolves.toMatch(words.done("Zoom"));
      expect((await simState(page)).body).toContain("https://contoso.zoom.us/my/alex.wilber");
      expect(await page.locator('[data-check="online-meeting-delegate"]').getAttribute("data-service")).toBe("zoom");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('2. location "Microsoft Teams Meeting" and no Teams link: the pane warns as Send would, and takes only those words out of the location', async () => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-editor", { language });
    try {
      await waitForAnswer(page);
      await typeLocation(page, "Conf Room Adams (12); Microsoft Teams Meeting");
      await page.reload();
      // The location and body are read right after the first answer; from then on the pane warns.
      await meetingRead(page);
      expect(await waitForAnswer(page)).toBe("not-yet");
      await expect(headline(page)).resolves.toMatch(words.noLink);
      const fix = page.locator("[data-answer] button").first();
      await expect(fix.innerText()).resolves.toMatch(words.removeFromLocation);

      // A Jitsi link added now does not make the warning go away: the location still says Teams.
      await page.locator("[data-meeting] button").first().click();
      await success(page);
      expect(await waitForAnswer(page)).toBe("not-yet");
      await expect(headline(page)).resolves.toMatch(words.noLink);
      const body = (await simState(page)).body;
      const stopped = await pressSend(page);
      expect(stopped.allowEvent).toBe(false);
      expect(stopped.errorMessage).toMatch(/Teams/);

      await page.goto(`${harness.server.origin}/taskpane.html`);
      await meetingRead(page);
      expect(await waitForAnswer(page)).toBe("not-yet");
      await page.locator("[data-answer] button").first().click();
      await page.locator("[data-answer]:not([data-answer='not-yet'])").waitFor({ timeout: 10_000 });
      const fixed = await simState(page);
      expect(fixed.location).toBe("Conf Room Adams (12)");
      expect(fixed.body).toBe(body);
      expect(await waitForAnswer(page)).toBe("looks-ready");
      await expect(headline(page)).resolves.toMatch(words.done("Jitsi Meet"));
      expect((await pressSend(page)).allowEvent).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("3. a body too long for the block: the answer says so and offers the link to copy", async () => {
    const { page, context, problems } = await openTaskpane(harness, "huge-body", { language });
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await waitForAnswer(page);
      await meetingRead(page);
      await expect(headline(page)).resolves.toMatch(words.tooLong);
      const shown = await page.locator("[data-manual-link]").innerText();
      const link = /https:\/\/meet\.jit\.si\/\S+/.exec(shown)?.[0];
      expect(link).toBeDefined();
      const copy = page.locator("[data-answer] button").first();
      await expect(copy.innerText()).resolves.toMatch(words.copyLink);
      await expect(copy.isEnabled()).resolves.toBe(true);
      await copy.click();
      await page.waitForFunction((expected) => navigator.clipboard.readText().then((text) => text === expected), link, { timeout: 5000 });
      expect((await simState(page)).body.includes("sob-meeting-block")).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("4. an Outlook too old to show permissions says so on the first screen, with what to do; a failing call does not", async () => {
    const old = await openTaskpane(harness, "old-client", { language });
    try {
      expect(await waitForAnswer(old.page)).toBe("cant-tell");
      await expect(headline(old.page)).resolves.toMatch(words.tooOld);
      await expect(old.page.locator("[data-answer] > p").first().innerText()).resolves.toMatch(words.update);
      expect(old.problems).toEqual([]);
    } finally {
      await old.context.close();
    }
    const failing = await openTaskpane(harness, "shared-props-failing", { language });
    try {
      expect(await waitForAnswer(failing.page)).toBe("cant-tell");
      await expect(headline(failing.page)).resolves.not.toMatch(words.tooOld);
    } finally {
      await failing.context.close();
    }
  });

  test("5. each remedy step is addressed to whoever does it: no owner's clicks or admin commands under You", async () => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-reviewer", { language });
    try {
      await waitForAnswer(page);
      for (const id of ["calendar-editor", "send-on-behalf"]) {
        await page.locator(`[data-check="${id}"] details > summary`).click();
        await page.locator(`[data-check="${id}"] [data-actor="owner"]`).waitFor({ timeout: 10_000 });
      }
      const you = page.locator('[data-check="send-on-behalf"] [data-actor="you"]');
      expect(await you.locator("[data-command]").count()).toBe(0);
      await expect(you.innerText()).resolves.not.toMatch(words.youStepClicks);
      for (const id of ["calendar-editor", "send-on-behalf"]) {
        const owner = page.locator(`[data-check="${id}"] [data-actor="owner"]`);
        const text = await owner.innerText();
        expect(text).not.toMatch(words.ownerAddressedAsYou);
        expect(text).toMatch(words.ownerStep);
        expect(await owner.locator("[data-command]").count()).toBe(0);
      }
      expect(await page.locator('[data-check="send-on-behalf"] [data-actor="admin"] [data-command]').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("6. sources show each document's title, not its site", async () => {
    const { page, context, problems } = await openTaskpane(harness, "delegate-reviewer", { language });
    try {
      await waitForAnswer(page);
      await page.locator('[data-check="calendar-editor"] details > summary').click();
      const links = page.locator('[data-check="calendar-editor"] a[href^="https://"]');
      await links.first().waitFor({ timeout: 10_000 });
      const texts = await links.allInnerTexts();
      expect(texts).toContain("Microsoft Support: Allow someone else to manage your mail and calendar");
      for (const text of texts) expect(text).not.toMatch(/^[a-z0-9.-]+\.(?:com|us)$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test("6. the report lists every Mailbox requirement set the client supports, 1.2, 1.4 and 1.6 included", async () => {
  const { page, context } = await openTaskpane(harness, "delegate-reviewer");
  try {
    await waitForAnswer(page);
    const report = await copyReportFromFooter(page, context);
    expect(report).toContain("1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, 1.11, 1.12, 1.13, 1.14");
  } finally {
    await context.close();
  }
});

test("6. without an organisation's settings the production pane logs no error to the console (no config.json 404)", async () => {
  const errors: string[] = [];
  const { page, context, settled } = await openTaskpane(harness, "delegate-editor");
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  try {
    // Reopened so the listener sees the pane's whole start.
    await page.reload();
    await waitForAnswer(page);
    await meetingRead(page);
    await settled();
    expect(errors).toEqual([]);
    expect(await page.locator("[data-config-problems]").count()).toBe(0);
  } finally {
    await context.close();
  }
});
