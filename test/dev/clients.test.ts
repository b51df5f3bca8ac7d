/** Client profiles: what each simulated client does to the body, the host it reports, custom properties on reopen, and how it is chosen. */
import fc from "fast-check";
import {
  chooseClientId,
  chooseCompose,
  chooseLoseProps,
  CLIENT_STORAGE_KEY,
  SCENARIO_STORAGE_KEY,
  CLIENTS,
  createControl,
  describeScenario,
  ELEMENT_TO_PROOF,
  getClient,
  getScenario,
  installSimulatedOffice,
  ItemStore,
  rewriteForClassic,
  rewriteForMac,
  rewriteForWeb,
  type HostOptions,
  type StorageLike,
} from "../../dev/simulated-office/api";
import { AGENDA_HTML } from "../../dev/simulated-office/bodies";
import { call, memoryStorage, type Loose } from "./simHarness";

const EXAMPLE =
  '<div><p>Hello <b>world</b></p><!--x--><div class="c" data-x="1"><a href="https://meet.jit.si/abc">https://meet.jit.si/abc</a></div></div>';

async function open(options: HostOptions, storage: StorageLike | null = null, scenarioId = "delegate-editor") {
  const scenario = getScenario(scenarioId);
  const host = installSimulatedOffice(window, scenario, new ItemStore(scenario, storage), "light", 0, options);
  await host.office.onReady();
  const item = (host.office.context.mailbox as Loose).item as Loose;
  return { host, item, mailbox: host.office.context.mailbox as Loose };
}

async function setHtml(item: Loose, html: string): Promise<void> {
  const result = await call(item, "body.setAsync", html, { coercionType: "html" });
  expect(result.status).toBe("succeeded");
}

async function getHtml(item: Loose): Promise<string> {
  return (await call<string>(item, "body.getAsync", "html")).value ?? "";
}

/** What a reader sees: the body's text with block boundaries as spaces and whitespace runs collapsed (script, style and head excluded). */
function visibleText(html: string): string {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? "");
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (["script", "style", "template", "noscript"].includes(name)) return;
    const block = /^(p|div|li|ul|ol|table|tr|td|th|tbody|h[1-6]|blockquote|pre|br)$/.test(name);
    if (block) parts.push(" ");
    node.childNodes.forEach(walk);
    if (block) parts.push(" ");
  };
  walk(body);
  return parts
    .join("")
    .replace(/[\t\n\f\r ]+/g, " ")
    .trim();
}

function hrefs(html: string): (string | null)[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return Array.from(body.querySelectorAll("a")).map((a) => a.getAttribute("href"));
}

function count(haystack: string, needle: RegExp): number {
  return (haystack.match(new RegExp(needle.source, needle.flags.includes("g") ? needle.flags : `${needle.flags}g`)) ?? []).length;
}

function classesIn(html: string): string[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return Array.from(body.querySelectorAll("[class]")).map((e) => e.getAttribute("class") ?? "");
}

describe("faithful (default)", () => {
  it("stores HTML byte for byte, with and without options, and keeps the scenario's host", async () => {
    for (const options of [{}, { client: "faithful" }, { client: "nonsense" }] as HostOptions[]) {
      const { host, item } = await open(options);
      await setHtml(item, EXAMPLE);
      expect(host.getState().body).toBe(EXAMPLE);
      expect(await getHtml(item)).toBe(EXAMPLE);
      expect(host.client.id).toBe("faithful");
      expect(host.office.context.platform).toBe("PC");
    }
    const { host, item } = await open({}, null, "delegate-zero-mac");
    await call(item, "body.prependAsync", "<p>J</p>", { coercionType: "html" });
    expect(host.getState().body).toBe(AGENDA_HTML.replace("<body>", "<body><p>J</p>"));
    expect(host.office.context.platform).toBe("Mac");
  });
});

describe("web: Outlook on the web / new Outlook", () => {
  it("removes comments, class and data-*, rebuilds divs and paragraphs as elementToProof, wraps in <div><span>…</span><br></div>", async () => {
    const { host, item } = await open({ client: "web" });
    await setHtml(item, EXAMPLE);
    const stored = host.getState().body;
    expect(stored).toBe(
      '<div class="elementToProof"><span><div class="elementToProof"><p class="elementToProof">Hello <b>world</b></p>' +
        '<div class="elementToProof"><a href="https://meet.jit.si/abc">https://meet.jit.si/abc</a></div></div></span><br></div>',
    );
    expect(stored).not.toContain("<!--");
    expect(stored).not.toMatch(/data-/);
    expect(new Set(classesIn(stored))).toEqual(new Set([ELEMENT_TO_PROOF]));
    expect(await getHtml(item)).toBe(stored);
  });

  it("grows by one wrapper and one <br> each time the body is read and written back", async () => {
    const { host, item } = await open({ client: "web" });
    await setHtml(item, EXAMPLE);
    const first = host.getState().body;
    await setHtml(item, await getHtml(item));
    const second = host.getState().body;
    await setHtml(item, await getHtml(item));
    const third = host.getState().body;
    expect([first, second, third].map((b) => count(b, /<br>/))).toEqual([1, 2, 3]);
    expect([first, second, third].map((b) => count(b, /<span>/))).toEqual([1, 2, 3]);
    expect(second).toBe(`<div class="elementToProof"><span>${first}</span><br></div>`);
    expect(visibleText(third)).toBe(visibleText(EXAMPLE));
    // Writing the same string again (no read) replaces the body: no growth.
    await setHtml(item, EXAMPLE);
    expect(host.getState().body).toBe(first);
  });

  it("applies to prependAsync, setSelectedDataAsync and text written into the HTML body; reports Outlook on the web", async () => {
    const { host, item } = await open({ client: "web" });
    await call(item, "body.prependAsync", '<p class="x">Join</p><!--m-->', { coercionType: "html" });
    let body = host.getState().body;
    expect(body.startsWith('<div class="elementToProof"><span><p class="elementToProof">Join</p>')).toBe(true);
    expect(body).not.toContain("<!--");
    expect(body).not.toMatch(/<head|<html/);
    await call(item, "body.setSelectedDataAsync", "a <b> & c\nd");
    body = host.getState().body;
    expect(body.startsWith('<div class="elementToProof"><span>a &lt;b&gt; &amp; c<br>d<div class="elementToProof"><span>')).toBe(true);
    const text = (await call<string>(item, "body.getAsync", "text")).value ?? "";
    expect(text.split("\n").filter(Boolean).slice(0, 3)).toEqual(["a <b> & c", "d", "Join"]);
    expect(text).toContain("Budget & headcount");
    expect(host.office.context.platform).toBe("OfficeOnline");
    const mailbox = host.office.context.mailbox as { diagnostics: { hostName: string; hostVersion: string } };
    expect(mailbox.diagnostics.hostName).toBe("OutlookWebApp");
    expect(mailbox.diagnostics.hostVersion).toMatch(/^15\.20\./);
  });
});

describe("classic: Outlook for Windows stores Word HTML", () => {
  it("turns a write into one Word document: namespaces, generated head with a commented style sheet, MsoNormal paragraphs in WordSection1, CRLF", async () => {
    const { host, item } = await open({ client: "classic" });
    await setHtml(item, EXAMPLE);
    const stored = host.getState().body;
    expect(stored.startsWith('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')).toBe(true);
    expect(stored).toMatch(
      /<head>\r\n<meta [^>]*>\r\n<meta name="Generator" content="Microsoft Word 15 \(filtered medium\)">\r\n<style><!--\r\n/,
    );
    expect(stored).toContain("--></style>\r\n</head>\r\n<body");
    expect(stored).toContain(
      '<div class=WordSection1>\r\n<div>\r\n<p class=MsoNormal>Hello <b>world</b></p>\r\n<div class="c" data-x="1">\r\n' +
        '<p class=MsoNormal><a href="https://meet.jit.si/abc">https://meet.jit.si/abc</a></p>\r\n</div>\r\n</div>\r\n</div>\r\n</body>\r\n</html>',
    );
    expect(stored).not.toContain("<!--x-->");
    expect(stored.replace(/\r\n/g, "")).not.toContain("\n");
    expect(count(stored, /<head>/)).toBe(1);
  });

  it("a bare div holding text becomes <p class=MsoNormal>; writing back, prepending and selecting never nest a second head or section", async () => {
    const { host, item } = await open({ client: "classic" });
    await setHtml(item, "<div>Line one</div><div>Line <i>two</i></div>");
    const first = host.getState().body;
    expect(first).toContain(
      "<div class=WordSection1>\r\n<p class=MsoNormal>Line one</p>\r\n<p class=MsoNormal>Line <i>two</i></p>\r\n</div>",
    );
    await setHtml(item, await getHtml(item));
    expect(host.getState().body).toBe(first);
    await call(item, "body.prependAsync", '<div><a href="https://x.test/j?a=1&amp;b=2">Join</a></div>', { coercionType: "html" });
    await call(item, "body.setSelectedDataAsync", "typed\ntext");
    const body = host.getState().body;
    for (const tag of [/<html\b/, /<head>/, /<body\b/, /class=WordSection1/]) expect(count(body, tag)).toBe(1);
    expect(body).toContain(
      '<div class=WordSection1>\r\n<p class=MsoNormal>typed<br>text</p>\r\n<p class=MsoNormal><a href="https://x.test/j?a=1&amp;b=2">Join</a></p>\r\n<p class=MsoNormal>Line one</p>',
    );
    expect(hrefs(body)).toEqual(["https://x.test/j?a=1&b=2"]);
    const text = (await call<string>(item, "body.getAsync", "text")).value ?? "";
    expect(text).toBe("typed\ntext\n\nJoin\n\nLine one\n\nLine two");
    expect(host.office.context.platform).toBe("PC");
  });

  it("nested empty divs leave nothing behind, so a second write stores the same bytes (fast-check's counterexample)", () => {
    const once = rewriteForClassic("<div><div></div></div><div><div> </div><p>kept</p></div>");
    expect(rewriteForClassic(once)).toBe(once);
    expect(once).toContain("<div class=WordSection1>\r\n<div>\r\n<p class=MsoNormal>kept</p>\r\n</div>\r\n</div>");
  });

  it("keeps a table's rows on one line each, so getAsync('text') still lays out cells with tabs", async () => {
    const { host, item } = await open({ client: "classic" });
    await call(item, "body.prependAsync", "<p>Join</p>", { coercionType: "html" });
    expect(host.getState().body).toContain("<tr><th>Time</th><th>Topic</th><th>Lead</th></tr>\r\n");
    const text = (await call<string>(item, "body.getAsync", "text")).value ?? "";
    expect(text).toContain("10:00\tBudget & headcount\tAlex");
    expect(text).toContain('Café opening – "Zurich" office');
    expect(text.startsWith("Join\n\nHi all,")).toBe(true);
    expect(text).not.toMatch(/\r|MsoNormal|font-family/);
  });
});

describe("mac: Outlook for Mac", () => {
  it("returns a whole document, and the first read after each write returns the previous body once", async () => {
    const { host, item } = await open({ client: "mac" });
    const original = host.getState().body;
    await setHtml(item, EXAMPLE);
    const stored = host.getState().body;
    expect(stored.startsWith('<html>\n\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n')).toBe(true);
    expect(stored).toContain(`<body lang=EN-US style='word-wrap:break-word'>\n${EXAMPLE}\n</body>`);
    expect(await getHtml(item)).toBe(original); // stale, once
    expect(await getHtml(item)).toBe(stored);
    expect(await getHtml(item)).toBe(stored);

    await setHtml(item, stored); // written back: still one document
    expect(host.getState().body).toBe(stored);
    expect(count(stored, /<html\b/)).toBe(1);
    expect((await call<string>(item, "body.getAsync", "text")).value).toBe("Hello world\n\nhttps://meet.jit.si/abc"); // stale = the same body
    await call(item, "body.prependAsync", "<p>Join</p>", { coercionType: "html" });
    expect((await call<string>(item, "body.getAsync", "text")).value).toBe("Hello world\n\nhttps://meet.jit.si/abc");
    expect((await call<string>(item, "body.getAsync", "text")).value).toBe("Join\n\nHello world\n\nhttps://meet.jit.si/abc");
    expect(count(host.getState().body, /<html\b/)).toBe(1);
    expect(host.office.context.platform).toBe("Mac");
  });

  it("a reloaded pane reads the body fresh (the stale read belongs to the write's session)", async () => {
    const storage = memoryStorage();
    const first = await open({ client: "mac" }, storage);
    await setHtml(first.item, "<p>new</p>");
    const second = await open({ client: "mac" }, storage);
    expect(await getHtml(second.item)).toBe(first.host.getState().body);
  });
});

describe("every profile keeps visible text and hrefs, and does not nest", () => {
  const TEXT_UNITS = ["a", "Z", "7", " ", "  ", "\n", "&", "<", ">", '"', "'", "é", "😀", "\u00a0", "—"];
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const text = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: 6 }).map(escape);
  const href = fc.constantFrom(
    "https://meet.jit.si/abc",
    "https://x.test/a?b=1&amp;c=2",
    "https://contoso.zoom.us/my/alex",
    "mailto:help@contoso.com",
  );
  const attributes = fc.subarray([' class="c"', ' data-x="1"', ' id="k"', ' style="color:red"']).map((list) => list.join(""));
  const { fragment } = fc.letrec<{ inline: string; block: string; fragment: string }>((tie) => ({
    inline: fc.oneof(
      { depthSize: "small" },
      text,
      fc.constant("<br>"),
      fc.constant("<!--c-->"),
      fc.tuple(href, text).map(([h, t]) => `<a href="${h}">${t}</a>`),
      fc
        .tuple(fc.constantFrom("b", "i", "span"), fc.array(tie("inline"), { maxLength: 3 }))
        .map(([tag, kids]) => `<${tag}>${kids.join("")}</${tag}>`),
    ),
    block: fc.oneof(
      { depthSize: "small" },
      fc.tuple(attributes, fc.array(tie("inline"), { maxLength: 3 })).map(([a, kids]) => `<p${a}>${kids.join("")}</p>`),
      fc
        .tuple(attributes, fc.array(fc.oneof(tie("block"), tie("inline")), { maxLength: 4 }))
        .map(([a, kids]) => `<div${a}>${kids.join("")}</div>`),
      fc
        .array(fc.array(tie("inline"), { maxLength: 2 }), { minLength: 1, maxLength: 3 })
        .map((items) => `<ul>${items.map((kids) => `<li>${kids.join("")}</li>`).join("")}</ul>`),
    ),
    fragment: fc
      .tuple(fc.array(fc.oneof(tie("block"), tie("inline")), { maxLength: 5 }), fc.boolean())
      .map(([parts, whole]) =>
        whole ? `<html><head><title>t</title><style>p{margin:0}</style></head><body>${parts.join("")}</body></html>` : parts.join(""),
      ),
  }));

  it("web, classic and mac: same visible text and hrefs; classic and mac are idempotent, web adds exactly one wrapper", () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const expectedText = visibleText(html);
        const expectedHrefs = hrefs(html);
        for (const rewrite of [rewriteForWeb, rewriteForClassic, rewriteForMac]) {
          const once = rewrite(html);
          expect(visibleText(once)).toBe(expectedText);
          expect(hrefs(once)).toEqual(expectedHrefs);
          expect(rewrite(html)).toBe(once); // deterministic
        }
        const classic = rewriteForClassic(html);
        expect(rewriteForClassic(classic)).toBe(classic);
        expect(count(classic, /<head>/)).toBe(1);
        const mac = rewriteForMac(html);
        expect(rewriteForMac(mac)).toBe(mac);
        expect(count(mac, /<html\b/)).toBe(1);
        const web = rewriteForWeb(html);
        expect(rewriteForWeb(web)).toBe(`<div class="elementToProof"><span>${web}</span><br></div>`);
        expect(web).not.toMatch(/<!--|data-x|class="c"/);
        // The same item opened on another client: classic over what the web client stored.
        const switched = rewriteForClassic(web);
        expect(visibleText(switched)).toBe(expectedText);
        expect(rewriteForClassic(switched)).toBe(switched);
      }),
      { numRuns: 150 },
    );
  });

  it.each(["web", "classic", "mac"])("%s: the scenario bodies keep their text through a prepend", async (client) => {
    for (const scenarioId of ["delegate-editor", "hostile-name"]) {
      const faithful = await open({}, null, scenarioId);
      const other = await open({ client }, null, scenarioId);
      for (const { item } of [faithful, other]) {
        await call(item, "body.prependAsync", '<div class="sob"><a href="https://meet.jit.si/x">Join</a></div>', { coercionType: "html" });
      }
      expect(visibleText(other.host.getState().body)).toBe(visibleText(faithful.host.getState().body));
      expect(hrefs(other.host.getState().body)).toEqual(hrefs(faithful.host.getState().body));
    }
  });

  // A quadratic rewrite of 1 MB never finishes within jest's timeout below; speed itself is the bench's to measure.
  it("classic and web rewrite the 1 MB huge body and keep all of it", async () => {
    for (const client of ["classic", "web"]) {
      const { host, item } = await open({ client }, null, "huge-body");
      await call(item, "body.prependAsync", "<p>Join</p>", { coercionType: "html" });
      expect(visibleText(host.getState().body)).toContain("End of minutes.");
    }
  }, 60_000);
});

describe("custom properties when the pane is reopened", () => {
  type Props = { set(n: string, v: unknown): void; get(n: string): unknown };
  async function saveProp(item: Loose, name: string, value: string): Promise<void> {
    const props = (await call<Loose>(item, "loadCustomPropertiesAsync")).value as unknown as Props;
    props.set(name, value);
    expect((await call(props, "saveAsync")).status).toBe("succeeded");
  }
  async function propsAfterReload(options: HostOptions, storage: StorageLike): Promise<Record<string, unknown>> {
    const { item, host } = await open(options, storage);
    const props = (await call<Loose>(item, "loadCustomPropertiesAsync")).value as unknown as Props;
    expect(host.getState().customProperties).toEqual(
      Object.fromEntries(Object.keys(host.getState().customProperties).map((k) => [k, props.get(k)])),
    );
    return { ...host.getState().customProperties };
  }

  it("faithful, web and mac keep saved custom properties", async () => {
    for (const client of ["faithful", "web", "mac"]) {
      const storage = memoryStorage();
      const { item } = await open({ client }, storage);
      await saveProp(item, "sobMeeting", "x");
      expect(await propsAfterReload({ client }, storage)).toEqual({ sobMeeting: "x" });
    }
  });

  it("classic keeps only what was saved before the last item.saveAsync", async () => {
    const storage = memoryStorage();
    const { item } = await open({ client: "classic" }, storage);
    await saveProp(item, "a", "1");
    expect(await propsAfterReload({ client: "classic" }, storage)).toEqual({});

    const again = await open({ client: "classic" }, storage);
    await saveProp(again.item, "a", "1");
    expect((await call(again.item, "saveAsync")).status).toBe("succeeded");
    await saveProp(again.item, "b", "2"); // after the item save: lost on reopen
    expect(again.host.getState().customProperties).toEqual({ a: "1", b: "2" });
    expect(await propsAfterReload({ client: "classic" }, storage)).toEqual({ a: "1" });
  });

  it("?props=lost: any profile reopens with no custom properties", async () => {
    for (const client of ["faithful", "web", "classic", "mac"]) {
      const storage = memoryStorage();
      const { item } = await open({ client }, storage);
      await saveProp(item, "a", "1");
      await call(item, "saveAsync");
      expect(await propsAfterReload({ client, losePropsOnReopen: true }, storage)).toEqual({});
    }
  });
});

describe("choosing the client", () => {
  beforeEach(() => window.sessionStorage.clear());

  it("prefers __SIM_CLIENT__, then ?client=, then sessionStorage for the same scenario, then faithful; unknown ids fall back with a warning", () => {
    const storage = memoryStorage();
    storage.setItem(CLIENT_STORAGE_KEY, "mac");
    storage.setItem(SCENARIO_STORAGE_KEY, "delegate-editor");
    expect(chooseClientId({ injected: "web", search: "?client=classic", storage })).toBe("web");
    expect(chooseClientId({ search: "?client=classic", storage })).toBe("classic");
    expect(chooseClientId({ search: "?scenario=delegate-editor", storage, scenarioId: "delegate-editor" })).toBe("mac");
    // Another scenario opens as its own client: the last pick does not stick.
    expect(chooseClientId({ search: "?scenario=delegate-zero-mac", storage, scenarioId: "delegate-zero-mac" })).toBe("faithful");
    expect(chooseClientId({})).toBe("faithful");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(chooseClientId({ search: "?client=%3Cscript%3E", storage })).toBe("faithful");
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("compose defaults to popout; props are lost only when asked", () => {
    expect(chooseCompose({})).toBe("popout");
    expect(chooseCompose({ search: "?compose=embedded" })).toBe("embedded");
    expect(chooseCompose({ injected: "popout", search: "?compose=embedded" })).toBe("popout");
    expect(chooseCompose({ search: "?compose=weird" })).toBe("popout");
    expect(chooseLoseProps({})).toBe(false);
    expect(chooseLoseProps({ search: "?props=lost" })).toBe(true);
    expect(chooseLoseProps({ injected: true })).toBe(true);
    expect(chooseLoseProps({ injected: false, search: "?props=lost" })).toBe(false);
  });

  it("the script entry reads the globals, remembers the client in this tab and exposes it on window.__sim", async () => {
    window.__SIM_SCENARIO__ = "delegate-editor";
    window.__SIM_CLIENT__ = "web";
    window.__SIM_COMPOSE__ = "embedded";
    window.__SIM_LOSE_PROPS__ = true;
    jest.isolateModules(() => {
      require("../../dev/simulated-office/index");
    });
    const sim = window.__sim;
    expect(sim?.client.id).toBe("web");
    expect(sim?.compose).toBe("embedded");
    expect(sim?.losePropsOnReopen).toBe(true);
    expect(sim?.client.quirks.map((q) => q.id)).toContain("custom-properties-lost-on-reopen");
    expect(sim?.details.host.hostName).toBe("OutlookWebApp");
    expect(sim?.details.client.id).toBe("web");
    await sim?.hostReady;
    expect(window.sessionStorage.getItem(CLIENT_STORAGE_KEY)).toBe("web");
    for (const key of ["__SIM_SCENARIO__", "__SIM_CLIENT__", "__SIM_COMPOSE__", "__SIM_LOSE_PROPS__", "__sim"] as const) delete window[key];
  });
});

describe("profiles are data with evidence", () => {
  it("every quirk cites a public report with a quote, or says it is an assumption", () => {
    expect(CLIENTS.map((c) => c.id)).toEqual(["faithful", "web", "classic", "mac"]);
    for (const client of CLIENTS) {
      for (const quirk of client.quirks) {
        if (quirk.evidence.length === 0) expect(quirk.summary).toMatch(/Assumption/);
        for (const evidence of quirk.evidence) {
          expect(evidence.url).toMatch(/^https:\/\/(github\.com|learn\.microsoft\.com)\//);
          expect(evidence.quote.length).toBeGreaterThan(20);
        }
      }
    }
    expect(getClient("faithful").quirks).toEqual([]);
  });

  it("describeScenario and __sim report the profile's host (faithful keeps the scenario's) and its quirks", async () => {
    const scenario = getScenario("delegate-zero-mac");
    expect(describeScenario(scenario).host).toEqual(scenario.host);
    expect(describeScenario(scenario).client.id).toBe("faithful");
    expect(describeScenario(scenario, getClient("classic")).host).toMatchObject({ hostName: "Outlook", platform: "PC" });
    expect(describeScenario(scenario, getClient("web")).host).toMatchObject({ hostName: "OutlookWebApp", platform: "OfficeOnline" });
    const { host } = await open({ client: "mac" }, null, "own-calendar");
    const control = createControl(host);
    expect(control.details.host).toMatchObject({ hostName: "Outlook", platform: "Mac" });
    expect(control.client.quirks.map((q) => q.id)).toEqual([
      "html-rewritten",
      "whole-document",
      "stale-first-read",
      "custom-properties-vanish",
    ]);
    expect(control.clients.map((c) => c.id)).toEqual(["faithful", "web", "classic", "mac"]);
    expect(JSON.parse(JSON.stringify(control.client))).toEqual(control.client);
  });
});
