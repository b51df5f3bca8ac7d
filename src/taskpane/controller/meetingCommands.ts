/**
 * Writes to the meeting (insert, replace, remove our block; take a claim out of the location): a chunk
 * of its own with the block's renderer, fetched right after the answer is on screen.
 */
import { ProviderError } from "../../meeting/types";
import { BLOCK_LABELS } from "../../meeting/blockLabels";
import { renderBlocks } from "../../meeting/render";
import { languageOf, type Language } from "../../i18n/language";
import type { Messages } from "../../i18n/messages";
import type { OutlookGateway, WriteResult } from "../../office/gateway";
import type { Derived } from "../state/derive";
import { noteKey, problemText, type WriteProblem } from "./feedbackText";
import type { PaneCore } from "./paneController";

/** A write the controller has already counted and marked busy; `v` is what the pane showed at the click. */
export async function write(core: PaneCore, kind: "insert" | "replace" | "remove" | "fix-location", v: Derived): Promise<void> {
  const { gateway } = core.deps;
  const signals = v.signals;
  const claim = v.claim;
  const build = () => buildBlock(core, v);
  const [action, success, problemWords] = ((): [
    () => Promise<WriteResult>,
    (all: Messages) => string,
    (p: WriteProblem, all: Messages) => string,
  ] => {
    switch (kind) {
      case "insert":
        return [async () => gateway.insertBlock(await build(), signals), (all) => all.meeting.added, problemText];
      case "replace":
        return [async () => gateway.replaceBlock(await build(), signals), (all) => all.meeting.replaced, problemText];
      case "remove":
        return [() => gateway.removeBlock(signals), (all) => all.meeting.removed, problemText];
      case "fix-location": {
        const quote = claim?.quote ?? "";
        return [
          () => gateway.removeLocationClaim(quote, signals),
          (all) => all.meetingFix.locationFixed({ quote }),
          (problem, all) => (problem === "changed" ? all.meetingFix.locationChanged : problemText(problem, all)),
        ];
      }
    }
  })();
  // What a write reports is worded in the details part; without it nothing is written (the caller says so).
  const all = await core.details();
  let result: WriteResult;
  // Only a provider's problem has words of its own for the user; every other detail is technical.
  let providerText: string | undefined;
  try {
    result = await action();
  } catch (error) {
    result = { ok: false, problem: "failed", detail: error instanceof Error ? error.message : String(error) };
    if (error instanceof ProviderError) providerText = all.meeting.linkProblem[error.problem];
  }
  if (result.ok) {
    const notes = result.notes.map((note) => all.meeting.note[noteKey(note)]);
    core.dispatch({
      type: "write-done",
      body: { kind: "ready", state: result.state },
      feedback: { intent: notes.length ? "warning" : "success", text: [success(all), ...notes].join(" ") },
    });
  } else {
    core.dispatch({ type: "write-done", feedback: { intent: "error", text: providerText ?? problemWords(result.problem, all) } });
  }
}

async function buildBlock(core: PaneCore, v: Derived) {
  const { provider, verdict, owner, config } = v;
  if (!provider || !verdict) throw new Error("not ready");
  if (!owner) throw new ProviderError("owner-missing", "no owner");
  const link = provider.build(owner, core.deps.random);
  return renderBlocks(link, {
    labels: BLOCK_LABELS[blockLanguage(core.deps.gateway)],
    ...(config?.showScheduledBy && verdict.delegation === "delegate" && verdict.delegate && verdict.owner
      ? { scheduledBy: { delegate: verdict.delegate.displayName, owner: verdict.owner.displayName } }
      : {}),
  });
}

/** The block is written in the meeting's own language (Office's content language), else the pane's. */
function blockLanguage(gateway: OutlookGateway): Exclude<Language, "pseudo"> {
  const language = languageOf(gateway.contentLanguage() ?? gateway.displayLanguage());
  return language === "pseudo" ? "en" : language;
}
