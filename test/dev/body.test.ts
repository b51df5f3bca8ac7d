import { getScenario, htmlToText, MAX_BODY_WRITE } from "../../dev/simulated-office/api";
import { call, install } from "./simHarness";

describe("item.body", () => {
  it("reports the body type and returns an HTML body exactly as stored", async () => {
    const { item } = await install("delegate-editor");
    expect((await call(item, "body.getTypeAsync")).value).toBe("html");
    const html = await call<string>(item, "body.getAsync", "html");
    expect(html.value).toBe(getScenario("delegate-editor").item.body);
  });

  it("stores HTML exactly as given (no normalisation) and reads it back", async () => {
    const { item, host } = await install("delegate-editor");
    const written = "<div data-x='1'>A &amp; B <!--sob-meeting-block:begin-->x<!--sob-meeting-block:end--></div>";
    const result = await call(item, "body.setAsync", written, { coercionType: "html", asyncContext: "c" });
    expect(result).toMatchObject({ status: "succeeded", asyncContext: "c" });
    expect(host.getState().body).toBe(written);
    expect((await call(item, "body.getAsync", "html", {})).value).toBe(written);
  });

  it("renders an HTML body as readable text", async () => {
    const { item } = await install("delegate-editor");
    const text = (await call<string>(item, "body.getAsync", "text")).value ?? "";
    expect(text).toContain("Budget & headcount");
    expect(text).toContain("R&D roadmap <draft>");
    expect(text).toContain('Café opening – "Zurich"');
    expect(text).toContain("📅");
    expect(text).not.toMatch(/<(p|table|td|br)\b|margin/);
    expect(text.split("\n")).toContain("Hi all,");
  });

  it("returns a text body HTML-escaped inside a minimal document", async () => {
    const { item } = await install("plain-text-body");
    expect((await call(item, "body.getTypeAsync")).value).toBe("text");
    const html = (await call<string>(item, "body.getAsync", "html")).value ?? "";
    expect(html).toMatch(/^<html>.*<body>.*<\/body><\/html>$/s);
    expect(html).toContain("R&amp;D roadmap &lt;draft&gt;");
    expect(html).toContain("Hi all,<br>");
  });

  it("fails with InvalidFormatError when HTML is written into a text body, and leaves it untouched", async () => {
    const { item, host } = await install("plain-text-body");
    const before = host.getState().body;
    for (const method of ["body.setAsync", "body.prependAsync", "body.setSelectedDataAsync"]) {
      const result = await call(item, method, "<b>x</b>", { coercionType: "html", asyncContext: method });
      expect(result.status).toBe("failed");
      expect(result.error?.name).toBe("InvalidFormatError");
      expect(result.asyncContext).toBe(method);
    }
    expect(host.getState().body).toBe(before);
  });

  it("writes text into a text body, prepending at the start", async () => {
    const { item, host } = await install("plain-text-body");
    await call(item, "body.prependAsync", "Join: https://example.test/j\n\n", { coercionType: "text" });
    expect(host.getState().body.startsWith("Join: https://example.test/j\n\nHi all,")).toBe(true);
  });

  it("prepends into an HTML document just inside <body>", async () => {
    const { item, host } = await install("delegate-editor");
    await call(item, "body.prependAsync", "<p>JOIN</p>", { coercionType: "html" });
    expect(host.getState().body).toMatch(/<body><p>JOIN<\/p>\n<p>Hi all,<\/p>/);
    await call(item, "body.setSelectedDataAsync", "<i>sel</i>", { coercionType: "html" });
    expect(host.getState().body).toMatch(/<body><i>sel<\/i><p>JOIN<\/p>/);
  });

  it("escapes text written into an HTML body (default coercion is text)", async () => {
    const { item, host } = await install("delegate-editor");
    await call(item, "body.setAsync", "a <b> & c\nd");
    expect(host.getState().body).toBe("a &lt;b&gt; &amp; c<br>d");
    expect(host.getState().bodyType).toBe("html");
  });

  it("fails with DataExceedsMaximumSize above 1,000,000 characters, at exactly the limit it succeeds", async () => {
    const { item, host } = await install("delegate-editor");
    const tooBig = await call(item, "body.setAsync", "x".repeat(MAX_BODY_WRITE + 1), { coercionType: "html" });
    expect(tooBig.status).toBe("failed");
    expect(tooBig.error?.name).toBe("DataExceedsMaximumSize");
    expect(host.getState().body).toBe(getScenario("delegate-editor").item.body);
    expect((await call(item, "body.setAsync", "y".repeat(MAX_BODY_WRITE), { coercionType: "html" })).status).toBe("succeeded");
  });

  it("huge-body scenario holds 999,900 characters of HTML", async () => {
    const { item } = await install("huge-body");
    const body = (await call<string>(item, "body.getAsync", "html")).value ?? "";
    expect(body).toHaveLength(999_900);
    expect(body.endsWith("</body></html>")).toBe(true);
    expect((await call(item, "body.setAsync", `${body}<p>${"z".repeat(200)}</p>`, { coercionType: "html" })).error?.name).toBe(
      "DataExceedsMaximumSize",
    );
  });

  it("htmlToText drops scripts, comments and styles and lays out tables", () => {
    expect(
      htmlToText(
        "<style>x{}</style><script>alert(1)</script><!--c--><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
      ),
    ).toBe("a\tb\nc\td");
    expect(htmlToText("<p>x&nbsp;y &#x1F600; &unknown; &#0;</p>")).toBe("x\u00a0y 😀 &unknown; &#0;");
  });
});
