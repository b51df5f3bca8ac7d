/**
 * Starts the pane in a component test the way src/taskpane/index.tsx starts it in Outlook: the page's
 * static frame ("Reading Outlook…") is in the container first; the facts, the first look at the body,
 * the configuration and the first screen's words are asked for at once; the pane mounts when all of
 * them are in (the body's look within the answer's wait), with them as its start, in one render. Only
 * when the words did not download does it mount without them, as production does.
 *
 * Outlook is the fake gateway (./fakeGateway.ts), configured by the same options; the
 * clock is fixed (NOW) unless a test gives another. The start itself is production's
 * (src/taskpane/paneStart.ts), shared with index.tsx, so these tests take the path users take.
 */
import { act, render } from "@testing-library/react";
import { parseConfig } from "../../src/config/parse";
import type { ConfigResult } from "../../src/config/types";
import { browserLanguage } from "../../src/i18n/language";
import { loadDetailsText, loadFirstScreenText } from "../../src/i18n/load";
import { App } from "../../src/taskpane/components/App";
import type { TaskpaneDeps } from "../../src/taskpane/controller/paneController";
import { loadEvidenceKit } from "../../src/taskpane/evidenceKit";
import { beginPane, type StartProps } from "../../src/taskpane/paneStart";
import { fakeGateway, type FakeOptions } from "./fakeGateway";

/** The tests' clock: after every fixture block ran (3 December 2026), within the 30 days an answer stays fresh. */
export const NOW = "2026-12-09T10:00:00.000Z";

/** What taskpane.html shows in the container before the pane's script has run. */
const STATIC_FRAME =
  '<main class="sob-frame"><section data-delegation="" aria-busy="true"><p data-frame data-frame-text>Reading Outlook…</p></section></main>';

export type Outlook = ReturnType<typeof fakeGateway>;

export type PaneOptions = FakeOptions & {
  /** Outlook, when a test needs to change the fake before the pane starts; else made from the options. */
  readonly outlook?: Outlook;
  /** config.json as parsed; none by default. */
  readonly config?: ConfigResult;
  readonly loadText?: TaskpaneDeps["loadText"];
  readonly loadDetails?: TaskpaneDeps["loadDetails"];
  readonly loadEvidence?: TaskpaneDeps["loadEvidence"];
  readonly random?: TaskpaneDeps["random"];
  readonly now?: () => string;
};

export type RenderedPane = Outlook & {
  /** The page's container: the static frame until the pane mounts, the pane after. */
  readonly container: HTMLElement;
  /** Settles once the pane is mounted (or the start gave up, as production's does). */
  readonly mounted: Promise<void>;
  /** Closes the pane (a second pane on the same roaming settings is "reopening" it). */
  unmount(): void;
};

const started = new Set<{ container: HTMLElement; closed: boolean }>();
afterEach(() => {
  // A pane whose start never finished leaves its frame behind; nothing mounts after its test.
  for (const pane of started) {
    pane.closed = true;
    pane.container.remove();
  }
  started.clear();
});

const defaultRandom = (n: number) => new Uint8Array(n).map((_, i) => (i * 37 + 11) & 255);

/**
 * The pane as the user first sees it with an answer: started as production starts it, and mounted.
 * The start and the mount's first effects run inside act(), so what they change is rendered before
 * the test goes on (and React has nothing to warn about).
 */
export async function renderPane(options: PaneOptions = {}): Promise<RenderedPane> {
  const pane = startPane(options);
  await act(() => pane.mounted);
  return pane;
}

/**
 * The pane's start without waiting for it: for a test that looks at the page before the pane has
 * mounted (Outlook slow or silent). Advance the fake timers inside act() to move it on.
 */
export function startPane(options: PaneOptions = {}): RenderedPane {
  const outlook = options.outlook ?? fakeGateway(options);
  const { gateway } = outlook;
  const loadText = options.loadText ?? loadFirstScreenText;
  const loadEvidence = options.loadEvidence ?? loadEvidenceKit;
  const container = document.body.appendChild(document.createElement("div"));
  container.id = "container";
  container.innerHTML = STATIC_FRAME;
  const pane = { container, closed: false };
  started.add(pane);
  let unmountPane: (() => void) | undefined;

  // index.tsx, start(): everything that takes time starts at once, through the same code.
  const config = Promise.resolve(options.config ?? parseConfig(undefined));
  const start = beginPane({ gateway, config, browserLanguage: browserLanguage(), loadText, loadEvidence });
  const mount = (started: StartProps) => {
    if (pane.closed) return;
    unmountPane = render(
      <App
        gateway={gateway}
        loadConfig={() => config}
        loadDetails={options.loadDetails ?? loadDetailsText}
        random={options.random ?? defaultRandom}
        addinVersion="test"
        now={options.now ?? (() => NOW)}
        {...started}
      />,
      { container },
    ).unmount;
  };
  const mounted = start.mountWhenReady(mount);
  return {
    ...outlook,
    container,
    mounted,
    unmount: () => {
      pane.closed = true;
      if (unmountPane) act(() => unmountPane?.());
    },
  };
}
