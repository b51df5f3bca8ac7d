/**
 * The Outlook calls the pane makes only after its answer is on screen (saving to roaming settings,
 * opening a new message): one entry, so ./gateway.ts loads them in one go with the pane's actions.
 */
export { openDraft } from "./newMessage";
export { forgetEvidence, issueRequest, rememberEvidence, savePreferredProvider } from "./roamingWrites";
