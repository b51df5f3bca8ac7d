import { escapeHtml, renderHtmlBlock, renderTextBlock } from "../../src/meeting/block";
import { BLOCK_ID, HTML_BLOCK_BEGIN, HTML_BLOCK_END, TEXT_BLOCK_BEGIN, TEXT_BLOCK_END } from "../../src/meeting/marker";
import { renderBlocks } from "../../src/meeting/render";
import { ProviderError, type MeetingLink } from "../../src/meeting/types";

const LINK: MeetingLink = {
  providerId: "zoom-room",
  providerName: "Zoom",
  joinUrl: "https://contoso.zoom.us/my/alex.wilber",
  meetingId: "123 456 789",
  dialIn: ["+1 555 0100,,123456789#", "+44 20 7946 0000"],
};
const SCHEDULED = { scheduledBy: { delegate: "Sam Assistant", owner: "Alex Wilber" } };

const HOSTILE = [
  `<script>alert("x")</script>`,
  `"><img src=x onerror=alert(1)>`,
  `' onmouseover='alert(1)`,
  `${HTML_BLOCK_END}</body></html><a href="javascript:alert(1)">`,
  `Bob\u202Egnp.exe\u202C \u2066Eve\u2069`,
  `Line1\nLine2\r\n${TEXT_BLOCK_END}\n${TEXT_BLOCK_BEGIN}`,
  `&amp; &lt;b&gt; &#x27;`,
  `<!-- comment --> <![CDATA[ x ]]>`,
  `${"W".repeat(10_000)}`,
  `${"😀".repeat(5_000)}`,
];

function parse(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
  return doc.body;
}

describe("HTML block", () => {
  test("is wrapped exactly in the markers, around one wrapper carrying the data attribute", () => {
    const html = renderHtmlBlock(LINK, SCHEDULED);
    expect(html.startsWith(`${HTML_BLOCK_BEGIN}<div data-${BLOCK_ID}=`)).toBe(true);
    expect(html.endsWith(`</div>${HTML_BLOCK_END}`)).toBe(true);
    const body = parse(html);
    const wrappers = body.querySelectorAll(`[data-${BLOCK_ID}]`);
    expect(wrappers).toHaveLength(1);
    expect(body.children).toHaveLength(1);
    expect(body.childNodes).toHaveLength(3); // begin comment, wrapper, end comment
  });

  test("shows provider, join link, meeting id, dial-in and who scheduled it", () => {
    const body = parse(renderHtmlBlock(LINK, SCHEDULED));
    const text = body.textContent ?? "";
    expect(text).toContain("Zoom");
    expect(text).toContain("https://contoso.zoom.us/my/alex.wilber");
    expect(text).toContain("Meeting ID: 123 456 789");
    expect(text).toContain("Dial-in: +1 555 0100,,123456789#");
    expect(text).toContain("Dial-in: +44 20 7946 0000");
    expect(text).toContain("Scheduled by Sam Assistant on behalf of Alex Wilber");
    const anchors = body.querySelectorAll("a");
    expect(anchors).toHaveLength(1);
    expect(anchors[0]?.getAttribute("href")).toBe(LINK.joinUrl);
  });

  test("omits what is absent", () => {
    const html = renderHtmlBlock({ providerId: "jitsi", providerName: "Jitsi Meet", joinUrl: "https://meet.jit.si/abc" });
    expect(html).not.toMatch(/Meeting ID|Dial-in|Scheduled by/);
    expect(renderHtmlBlock(LINK, { scheduledBy: { delegate: " ", owner: "Alex" } })).not.toContain("Scheduled by");
  });

  test("uses inline styles only: no classes, ids, <style>, SVG, scripts or event handlers", () => {
    const html = renderHtmlBlock(LINK, SCHEDULED);
    const body = parse(html);
    for (const element of Array.from(body.querySelectorAll("*"))) {
      expect(["DIV", "P", "A"]).toContain(element.tagName);
      for (const attribute of Array.from(element.attributes)) expect(["style", "href", `data-${BLOCK_ID}`]).toContain(attribute.name);
    }
    expect(html).not.toMatch(/<svg|<style|class=|<script/i);
  });

  test.each(HOSTILE.map((value) => [value.slice(0, 30), value]))("hostile value %p stays inert, escaped text", (_label, value) => {
    const link: MeetingLink = { ...LINK, providerName: value, meetingId: value, dialIn: [value] };
    const html = renderHtmlBlock(link, { scheduledBy: { delegate: value, owner: value } });
    // Still exactly one block: no value can end it early or smuggle markup in.
    expect(html.indexOf(HTML_BLOCK_BEGIN)).toBe(0);
    expect(html.indexOf(HTML_BLOCK_END)).toBe(html.length - HTML_BLOCK_END.length);
    expect(html).not.toMatch(/<\/body>|<script|<img|href="javascript/i);
    const body = parse(html);
    expect(body.querySelectorAll("*")).toHaveLength(1 + 1 + 1 + 1 + 1 + 1 + 1); // div, 5 p, a
    expect(body.querySelectorAll("a")[0]?.getAttribute("href")).toBe(LINK.joinUrl);
    expect(body.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\n\r]/);
    // Long values are capped, so a 10,000-character name cannot swamp the invitation.
    expect(html.length).toBeLessThan(3000);
  });

  test("a capped value ends with an ellipsis and never splits an emoji", () => {
    const text = parse(renderHtmlBlock({ ...LINK, providerName: "😀".repeat(100) })).querySelector("p")?.textContent ?? "";
    expect(text.endsWith("…")).toBe(true);
    expect(Array.from(text.slice(0, -1)).every((ch) => ch === "😀")).toBe(true);
    expect(Array.from(text)).toHaveLength(60);
  });

  test.each([
    "http://contoso.zoom.us/my/alex",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "//contoso.zoom.us/my/alex",
    "https://user:pw@contoso.zoom.us/",
  ])("refuses to render a non-https (or unsafe) link %p", (joinUrl) => {
    expect(() => renderHtmlBlock({ ...LINK, joinUrl })).toThrow(ProviderError);
    expect(() => renderTextBlock({ ...LINK, joinUrl })).toThrow(ProviderError);
    expect(() => renderBlocks({ ...LINK, joinUrl })).toThrow(ProviderError);
  });

  test("characters that are not valid in a link are percent-encoded, never written raw into the href", () => {
    const html = renderHtmlBlock({ ...LINK, joinUrl: 'https://contoso.zoom.us/"><script>' });
    expect(html).toContain('href="https://contoso.zoom.us/%22%3E%3Cscript%3E"');
    expect(parse(html).querySelectorAll("script")).toHaveLength(0);
  });

  test("escapeHtml covers the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("text block", () => {
  test("sits between the marker lines, every line in between labelled", () => {
    const text = renderTextBlock(LINK, SCHEDULED);
    expect(text.split("\n")).toEqual([
      TEXT_BLOCK_BEGIN,
      "Join Zoom: https://contoso.zoom.us/my/alex.wilber",
      "Meeting ID: 123 456 789",
      "Dial-in: +1 555 0100,,123456789#",
      "Dial-in: +44 20 7946 0000",
      "Scheduled by Sam Assistant on behalf of Alex Wilber",
      TEXT_BLOCK_END,
    ]);
  });

  test("has no markup", () => {
    expect(renderTextBlock(LINK, SCHEDULED)).not.toMatch(/[<>]|&[a-z]+;/);
  });

  test.each(HOSTILE.map((value) => [value.slice(0, 30), value]))("hostile value %p cannot add lines or forge markers", (_label, value) => {
    const link: MeetingLink = { ...LINK, providerName: value, meetingId: value, dialIn: [value, value] };
    const lines = renderTextBlock(link, { scheduledBy: { delegate: value, owner: value } }).split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(TEXT_BLOCK_BEGIN);
    expect(lines[6]).toBe(TEXT_BLOCK_END);
    for (const line of lines.slice(1, -1)) {
      expect([TEXT_BLOCK_BEGIN, TEXT_BLOCK_END]).not.toContain(line);
      expect(line).not.toMatch(/[\r\u202A-\u202E\u2066-\u2069]/);
      expect(line.length).toBeLessThan(400);
    }
  });

  test("keeps at most 10 dial-in lines and drops blank ones", () => {
    const dialIn = ["", "  ", ...Array.from({ length: 15 }, (_, i) => `+1 555 01${String(i).padStart(2, "0")}`)];
    const lines = renderTextBlock({ ...LINK, dialIn })
      .split("\n")
      .filter((line) => line.startsWith("Dial-in"));
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("Dial-in: +1 555 0100");
  });
});

describe("renderBlocks", () => {
  test("renders both shapes and records the link", () => {
    const rendered = renderBlocks(LINK, SCHEDULED);
    expect(rendered).toEqual({
      html: renderHtmlBlock(LINK, SCHEDULED),
      text: renderTextBlock(LINK, SCHEDULED),
      link: { providerId: "zoom-room", joinUrl: LINK.joinUrl },
    });
  });
});
