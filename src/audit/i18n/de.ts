import type { AuditText } from "./types";

export const deAudit: AuditText = {
  title: "Audit der Stellvertretungen",
  intro:
    "Öffnen Sie die Datei, die das Auditskript geschrieben hat: Ziehen Sie sie hierher, oder wählen Sie sie aus. Sie wird nur in diesem Browser gelesen; nichts wird gesendet.",
  choose: "Auditdatei auswählen…",
  drop: "Auditdatei hierher ziehen",
  reading: "Datei wird gelesen…",
  deciding: (p) => `Paare werden geprüft: ${p.done} von ${p.total}`,
  problems: {
    empty: () => "Diese Datei ist leer. Wählen Sie die .json-Datei, die das Auditskript geschrieben hat.",
    "not-json": () => "Dies ist keine Auditdatei: Sie enthält kein JSON. Wählen Sie die .json-Datei, die das Auditskript geschrieben hat.",
    truncated: () =>
      "Diese Auditdatei bricht vor ihrem Ende ab (eine unterbrochene Kopie?). Kopieren Sie sie erneut, oder führen Sie das Skript erneut aus.",
    "not-audit": () =>
      "Diese JSON-Datei ist keine Auditdatei dieses Add-Ins. Wählen Sie die .json-Datei, die das Auditskript geschrieben hat.",
    journal: () =>
      "Dies ist das Journal eines Audits, das noch nicht fertig ist. Führen Sie das Auditskript mit derselben -OutFile erneut aus: Es setzt dort fort, wo es aufgehört hat, und schreibt die Auditdatei.",
    "wrong-version": (p) =>
      `Diese Auditdatei hat die Version ${p.version}, die diese Seite nicht liest. Verwenden Sie die Seite, die zu diesem Skript gehört.`,
    "too-large": (p) => `Diese Datei ist größer als ${p.limit} MB, mehr als eine Auditdatei sein kann. Wählen Sie die Auditdatei.`,
    unreadable: "Der Browser konnte diese Datei nicht lesen. Wählen Sie sie erneut aus.",
  },
  summary: {
    heading: "Zusammenfassung",
    ownersRead: "Gelesene Besitzer",
    ownersFailed: "Nicht gelesene Besitzer",
    pairs: "Paare Besitzer–Assistenz",
    problemPairs: "Paare mit einem Problem",
    unclearPairs: "Paare, die Exchange nicht vollständig gezeigt hat",
    brokenIn: (p) => `Probleme: ${p.layer}`,
    orphans: "Senden im Auftrag von jemandem, den Exchange nicht findet",
    started: "Gestartet",
    finished: "Beendet",
    scriptVersion: "Skriptversion",
    throttled: "Gedrosselte und wiederholte Aufrufe",
    partial:
      "Unvollständiger Lauf: Das Skript war noch nicht fertig, als es diese Datei schrieb. Besitzer, die es noch nicht erreicht hatte, fehlen.",
    organizationUnread:
      "Das Skript konnte die Einstellungen der Organisation nicht lesen (Get-OrganizationConfig), daher lässt sich die Teams-Ebene für kein Paar feststellen.",
    unreadableOwners: (p) => `${p.count} Einträge von Besitzern in der Datei sind beschädigt und wurden ausgelassen.`,
  },
  layers: { calendar: "Kalender", sending: "Senden im Auftrag von", teams: "Teams-Besprechung" },
  columns: { owner: "Besitzer", delegate: "Assistenz", health: "Zustand" },
  health: { problem: "Problem", unclear: "Nicht alles sichtbar", ok: "In Ordnung" },
  filters: {
    heading: "Filter",
    problemsOnly: "Nur Probleme",
    owner: "Besitzer",
    allOwners: "Alle Besitzer",
    layer: "Problem bei",
    anyLayer: "Jede Ebene",
    search: "Namen und Adressen suchen",
    sort: "Sortieren nach",
    sortKeys: {
      problems: "Probleme zuerst",
      owner: "Besitzer",
      delegate: "Assistenz",
      calendar: "Kalender",
      sending: "Senden im Auftrag von",
      teams: "Teams-Besprechung",
    },
    shown: (p) => `${p.shown} von ${p.total} Zeilen`,
    nothing: "Keine Zeile entspricht diesen Filtern.",
  },
  row: {
    notRead: (p) => `Nicht gelesen: ${p.cmdlet} ist fehlgeschlagen`,
    flag: { yes: "Stellvertretung", no: "Keine Stellvertretung", unknown: "Stellvertretung nicht sichtbar" },
    unresolved: "Exchange findet diese Person nicht",
  },
  reasons: {
    "role-read-only":
      "Die Assistenz kann den Kalender des Besitzers nur lesen („Prüfer“ oder weniger): Sie kann darin keine Besprechungen erstellen.",
    "role-none": "Die Assistenz hat keine Berechtigung für den Kalender des Besitzers.",
    "role-can-create":
      "Die Assistenz kann Besprechungen erstellen („Autor“), aber keine von anderen erstellten ändern: Dafür ist „Bearbeiter“ nötig.",
    "no-delegate-flag":
      "Die Assistenz kann den Kalender bearbeiten, ist aber keine Stellvertretung (kein Delegate-Kennzeichen): Teams lehnt es ab, im Auftrag des Besitzers zu planen.",
    "send-not-listed": "Die Assistenz darf nicht im Auftrag des Besitzers senden (nicht in GrantSendOnBehalfTo).",
    "ews-blocked": "EWS ist für den Planungsdienst von Teams bei diesem Besitzer gesperrt: Teams erreicht dessen Kalender nicht.",
    orphan:
      "„Senden im Auftrag von“ ist jemandem erteilt, den Exchange nicht findet (vielleicht jemand, der das Unternehmen verlassen hat). Prüfen Sie die Liste GrantSendOnBehalfTo des Besitzers, und entfernen Sie den Eintrag, wenn er zu niemandem gehört.",
    unreadable:
      "Der Eintrag der Datei für dieses Paar ist unvollständig, daher lässt sich nichts darüber sagen. Führen Sie das Audit für diesen Besitzer erneut aus.",
    "calendar-unseen": "Exchange hat die Berechtigung der Assistenz für den Kalender nicht gezeigt.",
    "flag-unseen":
      "Exchange hat das Delegate-Kennzeichen nicht gezeigt (Exchange Server gibt es nicht aus), daher lässt sich zu Teams nichts sagen.",
    "sending-unseen": "Die Liste GrantSendOnBehalfTo von Exchange sagt nicht eindeutig, ob die Assistenz darin steht.",
    "ews-unseen": "Exchange hat nicht alle EWS-Einstellungen gezeigt, von denen Teams abhängt.",
  },
  detail: {
    heading: "Details und Behebung",
    pick: "Wählen Sie eine Zeile (Eingabetaste), um zu sehen, was fehlt, und die Befehle, die es beheben.",
    close: "Zurück zur Liste",
    rights: (p) => `Berechtigung für den Kalender, wie Exchange sie ausgegeben hat: ${p.rights}`,
    fixes: (p) => `Behebung: ${p.layer}`,
    nothingToFix: "Für dieses Paar ist nichts zu beheben.",
    orphanFix:
      "Es gibt niemanden, dem etwas zu erteilen wäre. Der Befehl unten listet die Einträge in GrantSendOnBehalfTo des Besitzers auf.",
    notReadHeading: "Dieser Besitzer konnte nicht gelesen werden",
    notReadFix:
      "Prüfen Sie die Adresse des Besitzers in der CSV-Datei, und führen Sie das Auditskript erneut aus: Bereits gelesene Besitzer werden nicht erneut gelesen.",
    exchangeMessage: "Meldung von Exchange",
  },
  exportCsv: "Als CSV exportieren",
  csv: {
    delegateName: "Name der Assistenz",
    reasons: "Probleme",
    error: "Fehler",
    rights: "Berechtigung für den Kalender",
    flag: "Delegate-Kennzeichen",
  },
  theme: { label: "Design", auto: "Wie das System", light: "Hell", dark: "Dunkel" },
  language: "Sprache",
  otherFile: "Andere Datei öffnen",
};
