/**
 * Runs while the page is still being parsed, before any other script: puts "Reading Outlook…" in
 * the browser's language into the frame that taskpane.html already shows, so the first thing on
 * screen is the pane's own frame, in words the user reads. A few hundred bytes; no React.
 * It also hands the boot words to taskpane.js (../i18n/bootShared.ts).
 */
import { bootText, publishBootText } from "../i18n/boot";
import { browserLanguage } from "../i18n/language";

const frame = document.querySelector("[data-frame-text]");
if (frame) frame.textContent = bootText(browserLanguage()).reading;
// taskpane.js takes the boot words of every language from here instead of carrying them again.
publishBootText();
