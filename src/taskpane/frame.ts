/**
 * Runs while the page is still being parsed, before any other script: puts "Reading Outlook…" in
 * the browser's language into the frame that taskpane.html already shows, so the first thing on
 * screen is the pane's own frame, in words the user reads. A few hundred bytes; no React.
 */
import { bootText, browserLanguage } from "../i18n/boot";

const frame = document.querySelector("[data-frame-text]");
if (frame) frame.textContent = bootText(browserLanguage()).reading;
