/**
 * English, Exchange part: the words for what an Exchange admin's output said, always with its source
 * and date. Its own chunk, loaded with the rules that read that output (diagnosis/checks/evidenceRules.ts)
 * only when there is such an answer for the pair; most panes never need it. How it is written: ./style.ts.
 */
import { dateOf } from "../format";
import { serviceIn } from "./services";
import { of } from "./style";

/** Dates as the rest of the catalogue writes them: day before month, with the year ("3 December 2026"). */
const DATES = "en-GB";
/** Exchange's answer came through IT and a paste, and says so: "According to Exchange, as IT sent it on 9 December 2026". */
const asSent = (at: string) => `According to Exchange, as IT sent it on ${dateOf(DATES, at)}`;

/** What an Exchange admin's output said, always with its source and date (evidence/merge.ts). */
export const enExchange = {
  calendar: {
    granted: (p: { owner: string; at: string }) => `${asSent(p.at)}, you can create and change meetings in ${of(p.owner)} calendar.`,
    partial: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, you can add meetings to ${of(p.owner)} calendar, but not change ones others made.`,
    readOnly: (p: { owner: string; at: string }) => `${asSent(p.at)}, you can only read ${of(p.owner)} calendar.`,
    none: (p: { owner: string; at: string }) => `${asSent(p.at)}, you have no access to ${of(p.owner)} calendar.`,
    conflict: (p: { owner: string }) => `Outlook and Exchange disagree about your access to ${of(p.owner)} calendar.`,
  },
  sending: {
    granted: (p: { owner: string; at: string }) => `${asSent(p.at)}, invitations can go out for ${p.owner}.`,
    missing: (p: { owner: string; at: string }) => `${asSent(p.at)}, you may not send invitations for ${p.owner}.`,
  },
  service: {
    granted: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}, you are ${of(p.owner)} delegate and EWS does not stop Teams from reaching ${of(p.owner)} mailbox.`,
    notDelegate: (p: { owner: string }) => `Teams needs you as ${of(p.owner)} delegate; Exchange shows the calendar only shared with you.`,
    ewsBlocked: (p: { owner: string }) =>
      `Exchange's EWS settings may stop Teams' scheduling service from reaching ${of(p.owner)} mailbox; only IT can change them.`,
  },
  evidence: {
    role: (p: { owner: string; rights: string; at: string }) => `${asSent(p.at)}: your access to ${of(p.owner)} calendar is ${p.rights}.`,
    noEntry: (p: { owner: string; at: string }) => `${asSent(p.at)}: ${of(p.owner)} calendar has no permission entry for you.`,
    delegateYes: (p: { owner: string }) => `Exchange marks you as ${of(p.owner)} delegate (the Delegate flag).`,
    delegateNo: (p: { owner: string }) =>
      `Exchange shows the calendar shared with you without the Delegate flag: you are not ${of(p.owner)} delegate, which Teams needs.`,
    sendingListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}: you are listed as allowed to send on behalf of ${p.owner} (GrantSendOnBehalfTo).`,
    sendingNotListed: (p: { owner: string; at: string }) =>
      `${asSent(p.at)}: you are not listed as allowed to send on behalf of ${p.owner} (GrantSendOnBehalfTo).`,
    sendingUnsettled: (p: { owner: string }) =>
      `What IT pasted doesn't settle whether you may send for ${p.owner} (a name matched more than one person, or the list was not in it).`,
    ewsAllowed: (p: { owner: string }) =>
      `According to Exchange, EWS is not blocked for ${of(p.owner)} mailbox, so it should not stop Teams' scheduling service.`,
    ewsBlocked: (p: { owner: string }) =>
      `According to Exchange, EWS is blocked for ${of(p.owner)} mailbox or the whole organisation, which may stop Teams' scheduling service from reaching it.`,
    ewsDates:
      "Since 1 October 2026 Exchange Online blocks EWS in organisations that left EwsAllowedAppIDs empty. On 1 April 2027 EWS ends in Exchange Online; after that, these EWS lines apply only to owners on Exchange Server or in a hybrid setup.",
    unverified: "The add-in cannot verify text pasted into it: this is Exchange's answer as IT sent it and you pasted it.",
    conflict: "Outlook and Exchange say different things, so neither is taken. Ask IT to run the check again.",
    stale: (p: { at: string }) => `${asSent(p.at)}, more than 30 days ago, so it is not used until IT checks again.`,
  },
  answer: {
    yesLine: (p: { owner: string; at: string }) => `${asSent(p.at)}, you have every permission you need for ${p.owner}.`,
    cantSeeService: (p: { owner: string; service: string }) =>
      `Outlook can't show whether ${serviceIn(p.service)} lets you schedule for ${p.owner}.`,
    conflictLine: (p: { owner: string }) =>
      `Outlook and Exchange disagree about your access to ${of(p.owner)} calendar. Ask IT to check again.`,
    itOnly: (p: { owner: string }) => `Not yet: IT should check whether Teams can reach ${of(p.owner)} mailbox`,
    itOnlyLine: "Only IT can check and change this setting. Send them the report.",
  },
  status: {
    confirmed: (p: { at: string }) => `${asSent(p.at)}.`,
    old: (p: { at: string }) => `${asSent(p.at)}, more than 30 days ago. Ask IT to check again.`,
    forget: "Forget",
    forgotten: "Forgotten. The checks show what Outlook alone can see.",
    notSaved: "Outlook didn't keep this for next time; it still applies while the pane is open.",
  },
};

export type ExchangeMessages = typeof enExchange;
