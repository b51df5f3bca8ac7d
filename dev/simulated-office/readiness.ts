/**
 * When Office becomes ready, sequenced as office.debug.js does it (@microsoft/office-js 1.1.110; the
 * lines are cited in README.md, "When Office is ready"):
 * - the host handshake starts as soon as office.js runs, not at DOMContentLoaded, so the add-in's own
 *   scripts download and run while the host starts;
 * - when the host has answered (`appReady`), Office.context is filled in (`prepareApiSurface`), then
 *   Office.js checks at once, and every 50 ms after that, whether the add-in has called Office.onReady
 *   or set Office.initialize (`waitForFunction(…, 400, 50)`); the first check that finds it runs
 *   Office.initialize and then the onReady callbacks. An add-in that calls late waits for the next check;
 *   one that never calls is given up on after 10 s (Office.js throws).
 */

/** The delay between two checks: `waitForFunction(…, 400, 50)`. */
export const HOST_POLL_MS = 50;
/**
 * `numberOfTries` is 400, but waitForFunction counts down twice per retry (once per check, once when
 * it schedules the next), so it checks 201 times: at once and every 50 ms up to 10 s.
 */
export const HOST_POLL_CHECKS = 201;

/** Office.js's message when the add-in never calls (thrown there; logged here). */
export const NOT_LOADED_MESSAGE =
  'Office.js has not fully loaded. Your app must call "Office.onReady()" as part of it\'s loading sequence (or set the "Office.initialize" function). If your app has this functionality, try reloading this page.';

export interface StartHooks {
  /** Office.onReady was called or Office.initialize is set: what the host's checks look for. */
  readonly addinHasCalled: () => boolean;
  /** The host answered: Office.context is filled in here, before the add-in is asked. */
  readonly onHostReady: () => void;
  /** The add-in was found ready: Office.initialize runs here, before onReady's callbacks. */
  readonly onReady: () => void;
  /** The last check passed without a call. */
  readonly onGiveUp: () => void;
}

export type Schedule = (run: () => void, ms: number) => void;

export interface OfficeStart {
  /** Settles when the host has answered (`appReady`), `delayMs` after office.js ran. */
  readonly hostReady: Promise<void>;
  /** Settles on the first check that finds the add-in's call: when Office.onReady resolves. */
  readonly ready: Promise<void>;
}

const later: Schedule = (run, ms) => {
  setTimeout(run, ms);
};

/** Starts the host now (office.js has just run); `delayMs` is how long the host takes to answer. */
export function startOffice(delayMs: number, hooks: StartHooks, schedule: Schedule = later): OfficeStart {
  let hostAnswered!: () => void;
  let addinFound!: () => void;
  const hostReady = new Promise<void>((resolve) => (hostAnswered = resolve));
  const ready = new Promise<void>((resolve) => (addinFound = resolve));
  schedule(() => {
    hooks.onHostReady();
    hostAnswered();
    let checksLeft = HOST_POLL_CHECKS;
    const check = () => {
      checksLeft--;
      if (hooks.addinHasCalled()) {
        hooks.onReady();
        addinFound();
      } else if (checksLeft > 0) {
        schedule(check, HOST_POLL_MS);
      } else {
        hooks.onGiveUp();
      }
    };
    check();
  }, delayMs);
  return { hostReady, ready };
}
