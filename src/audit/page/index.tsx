import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { loadDetailsText, loadFirstScreenText } from "../../i18n/load";
import { type Messages, withDetails } from "../../i18n/messages";
import { TextProvider } from "../../taskpane/text";
import { applyTheme } from "../../taskpane/styles";
import { type AuditLanguage, loadAuditText } from "../i18n/load";
import type { AuditText } from "../i18n/types";
import { AuditApp } from "./App";
import "./audit.css";
import { isDark, preferredLanguage, type ThemeChoice } from "./settings";

/**
 * audit.html's composition root: no Office.js and no network after the page's own files. The
 * page's words, and the pane's (statuses, fix commands), in the browser's language; the theme the
 * system prefers, or the one chosen.
 */
function Root() {
  const [language, setLanguage] = useState<AuditLanguage>(() => preferredLanguage(navigator.languages ?? [navigator.language]));
  const [words, setWords] = useState<{ language: AuditLanguage; text: AuditText; pane: Messages } | undefined>(undefined);
  const [theme, setTheme] = useState<ThemeChoice>("auto");
  const [systemDark, setSystemDark] = useState(() => window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false);

  useEffect(() => {
    const query = window.matchMedia?.("(prefers-color-scheme: dark)");
    if (!query) return;
    const changed = () => setSystemDark(query.matches);
    query.addEventListener("change", changed);
    return () => query.removeEventListener("change", changed);
  }, []);
  useEffect(() => applyTheme(isDark(theme, systemDark)), [theme, systemDark]);

  useEffect(() => {
    let current = true;
    void Promise.all([loadAuditText(language), loadFirstScreenText(language), loadDetailsText(language)]).then(([text, first, details]) => {
      if (!current) return;
      document.documentElement.lang = language;
      document.title = text.title;
      setWords({ language, text, pane: withDetails(first, details) });
    });
    return () => {
      current = false;
    };
  }, [language]);

  if (!words) return null;
  return (
    <TextProvider first={words.pane} all={words.pane}>
      <AuditApp language={words.language} onLanguage={setLanguage} theme={theme} onTheme={setTheme} text={words.text} pane={words.pane} />
    </TextProvider>
  );
}

const container = document.getElementById("audit");
if (container) createRoot(container).render(<Root />);
