/**
 * The documents the pane writes for people: the report for IT, the message to IT, the request to the
 * owner. Loaded with the report's code (the "actions" chunk), right after the answer is on screen.
 */
import { nameWithAddress, singleLine } from "../../diagnosis/address";
import { toReportedError } from "../../diagnosis/errors/reported";
import { buildReport, copyText, draftOwnerRequest, exchangeCheckBlock, mailToIt } from "../actions";
import type { Derived } from "../state/derive";
import type { PaneCore } from "./paneController";

/** The id the request to IT carries: issued when the pane first prepares one for this pair. */
async function requestId(core: PaneCore): Promise<string | undefined> {
  const pair = core.view().pair;
  if (!pair) return undefined;
  const { gateway, now, random } = core.deps;
  const { id, saved } = await gateway.issueRequest(pair.owner, pair.delegate, now(), random);
  if (!saved && !core.issuedHere.includes(id)) core.issuedHere.push(id);
  // Only a new id changes what a paste is checked against: the box is read again with it.
  if (!core.state().exchange.requestIds.includes(id)) {
    core.dispatch({ type: "request-ids", requestIds: core.readRequestIds(pair) });
    core.readInput();
  }
  return id;
}

/** The report for IT as the pane stands now, with the current pasted error (and the read-only check, unless withCheck is false). */
export async function report(core: PaneCore, withCheck: boolean): Promise<string> {
  const all = await core.details();
  const { facts, verdict, context, answer, decoded, pasted, pair, sendCheck } = core.view();
  if (!facts || !verdict || !context || !sendCheck) return all.report.notReady;
  const { gateway, addinVersion, now } = core.deps;
  const language = gateway.displayLanguage();
  return buildReport(
    facts,
    verdict,
    { ...context, t: all },
    {
      addinVersion,
      generatedAt: now(),
      ...(answer ? { answer: `${answer.headline}. ${answer.line}` } : {}),
      sendCheck: all.sendCheck[sendCheck],
      ...(language ? { displayLanguage: language } : {}),
      ...(decoded && !toReportedError(decoded)
        ? { pasted: { errorId: decoded.id, quote: decoded.quote, remedies: decoded.entry.remedies } }
        : {}),
      ...(pasted?.kind === "evidence" && pasted.ambiguities.length > 0 ? { exchangeNotes: pasted.ambiguities } : {}),
      ...(withCheck && pair ? { exchangeCheck: exchangeCheckBlock(pair, { requestId: await requestId(core) }) } : {}),
    },
  );
}

/** "Send this to IT": a new message to the help desk's address when configured, else the report and check copied. */
export async function sendToIt(core: PaneCore): Promise<void> {
  const all = await core.details();
  const mail = all.adminPaste.mail;
  const pair = core.view().pair;
  const check = pair ? exchangeCheckBlock(pair, { requestId: await requestId(core) }) : undefined;
  const body = mailToIt({ intro: mail.intro, checkHeading: mail.check, ...(check ? { check } : {}), report: await report(core, false) });
  const { config, verdict } = core.view();
  const address = config?.helpdeskEmail;
  if (address) {
    const subject = mail.subject({ owner: singleLine(nameWithAddress(verdict?.owner, all.people.owner), 120) });
    if ((await core.deps.gateway.openDraft({ to: address, subject, body })) === "opened") {
      core.dispatch({ type: "feedback", feedback: { intent: "info", text: mail.opened } });
      return;
    }
  }
  const copied = await copyText(body);
  core.dispatch({ type: "feedback", feedback: { intent: copied ? "info" : "error", text: copied ? mail.copied : all.actions.copyFailed } });
}

/** Opens a draft to the owner, or copies it; says which in the feedback. `v` is what the pane showed at the click. */
export async function askOwner(core: PaneCore, v: Derived): Promise<void> {
  const { verdict, context } = v;
  if (!verdict || !context) return;
  const all = await core.details();
  const draft = draftOwnerRequest(verdict, { ...context, t: all });
  const opened = await core.deps.gateway.openDraft(draft);
  if (opened === "opened") {
    core.dispatch({ type: "feedback", feedback: { intent: "info", text: all.actions.askOpened } });
    return;
  }
  const r = all.ownerRequest;
  const header = [all.labelled({ label: r.toLabel, text: draft.to }), all.labelled({ label: r.subjectLabel, text: draft.subject })];
  const copied = await copyText(`${header.join("\n")}\n\n${draft.body}`);
  core.dispatch({
    type: "feedback",
    feedback: { intent: copied ? "info" : "error", text: copied ? all.actions.askCopied : all.actions.copyFailed },
  });
}
