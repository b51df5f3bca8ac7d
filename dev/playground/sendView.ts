/**
 * The simulated appointment's Send button: window.__sim.send() runs the registered OnAppointmentSend
 * handler; a blocked send shows a Smart Alerts–style dialog (SoftBlock: "Don't send" / "Send
 * anyway"), an allowed one a "Sent" status. The handler's message is Outlook data from the add-in's
 * point of view: it is shown as text only.
 */
import type { SimControl } from "../simulated-office/control";
import type { SendOutcome } from "../simulated-office/send";

export interface SendElements {
  readonly button: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly dialog: HTMLDialogElement;
  readonly message: HTMLElement;
  readonly dontSend: HTMLButtonElement;
  readonly sendAnyway: HTMLButtonElement;
}

export const SEND_TEXT = {
  checking: "Checking the meeting before it is sent…",
  sent: "Sent.",
  sentWithoutCheck: (reason: string) => `Sent without the send-time check. ${reason}`,
  notSent: "Not sent. Change the meeting and press Send again.",
  sentAnyway: "Sent anyway.",
  blockedWithoutMessage: "The add-in stopped this meeting from being sent.",
  failed: (why: string) => `The simulated send failed: ${why}`,
} as const;

export function setUpSend(sim: SimControl, el: SendElements): void {
  const setStatus = (text: string) => {
    el.status.textContent = text;
  };

  const close = (choice: "dont" | "anyway") => {
    if (typeof el.dialog.close === "function") el.dialog.close();
    else el.dialog.removeAttribute("open");
    setStatus(choice === "anyway" ? SEND_TEXT.sentAnyway : SEND_TEXT.notSent);
    el.button.focus();
  };

  const openAlert = (outcome: SendOutcome) => {
    el.message.textContent = outcome.errorMessage ?? outcome.reason ?? SEND_TEXT.blockedWithoutMessage;
    setStatus("");
    // jsdom (tests) has no showModal: the open attribute shows the same dialog, without the backdrop.
    if (typeof el.dialog.showModal === "function") el.dialog.showModal();
    else el.dialog.setAttribute("open", "");
    el.dontSend.focus();
  };

  el.dontSend.addEventListener("click", () => close("dont"));
  el.sendAnyway.addEventListener("click", () => close("anyway"));
  // Escape closes a modal dialog: that is "Don't send".
  el.dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    close("dont");
  });

  el.button.addEventListener("click", () => {
    el.button.disabled = true;
    setStatus(SEND_TEXT.checking);
    sim.send().then(
      (outcome) => {
        el.button.disabled = false;
        if (!outcome.allowEvent) openAlert(outcome);
        else setStatus(outcome.ran ? SEND_TEXT.sent : SEND_TEXT.sentWithoutCheck(outcome.reason ?? ""));
      },
      (error: unknown) => {
        el.button.disabled = false;
        setStatus(SEND_TEXT.failed(error instanceof Error ? error.message : String(error)));
      },
    );
  });
}
