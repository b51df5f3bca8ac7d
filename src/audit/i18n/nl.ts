import type { AuditText } from "./types";

export const nlAudit: AuditText = {
  title: "Audit van gemachtigden",
  intro:
    "Open het bestand dat het auditscript schreef: sleep het hierheen of kies het. Het wordt alleen in deze browser gelezen; er wordt niets verzonden.",
  choose: "Auditbestand kiezen…",
  drop: "Sleep het auditbestand hierheen",
  reading: "Bestand wordt gelezen…",
  deciding: (p) => `Paren controleren: ${p.done} van ${p.total}`,
  problems: {
    empty: () => "Dit bestand is leeg. Kies het .json-bestand dat het auditscript schreef.",
    "not-json": () => "Dit is geen auditbestand: het is geen JSON. Kies het .json-bestand dat het auditscript schreef.",
    truncated: () => "Dit auditbestand houdt voor het einde op (onderbroken kopie?). Kopieer het opnieuw of voer het script opnieuw uit.",
    "not-audit": () =>
      "Dit JSON-bestand is geen auditbestand van deze invoegtoepassing. Kies het .json-bestand dat het auditscript schreef.",
    journal: () =>
      "Dit is het logboek van een audit die nog niet klaar is. Voer het auditscript opnieuw uit met dezelfde -OutFile: het gaat verder waar het stopte en schrijft het auditbestand.",
    "wrong-version": (p) =>
      `Dit auditbestand heeft versie ${p.version}, die deze pagina niet leest. Gebruik de pagina die bij dat script hoort.`,
    "too-large": (p) => `Dit bestand is groter dan ${p.limit} MB, meer dan een auditbestand kan zijn. Kies het auditbestand.`,
    unreadable: "De browser kon dit bestand niet lezen. Kies het opnieuw.",
  },
  summary: {
    heading: "Samenvatting",
    ownersRead: "Eigenaren gelezen",
    ownersFailed: "Eigenaren niet gelezen",
    pairs: "Paren eigenaar–assistent",
    problemPairs: "Paren met een probleem",
    unclearPairs: "Paren die Exchange niet volledig toonde",
    brokenIn: (p) => `Problemen: ${p.layer}`,
    orphans: "Verzenden namens iemand die Exchange niet kan vinden",
    started: "Gestart",
    finished: "Klaar",
    scriptVersion: "Scriptversie",
    throttled: "Beperkte aanroepen opnieuw geprobeerd",
    partial:
      "Onvolledige run: het script was nog niet klaar toen het dit bestand schreef. Eigenaren die het nog niet had bereikt, ontbreken.",
    organizationUnread:
      "Het script kon de instellingen van de organisatie niet lezen (Get-OrganizationConfig), dus de Teams-laag is voor geen enkel paar vast te stellen.",
    unreadableOwners: (p) => `${p.count} vermeldingen van eigenaren in het bestand zijn beschadigd en weggelaten.`,
  },
  layers: { calendar: "Agenda", sending: "Verzenden namens", teams: "Teams-vergadering" },
  columns: { owner: "Eigenaar", delegate: "Assistent", health: "Status" },
  health: { problem: "Probleem", unclear: "Niet alles zichtbaar", ok: "In orde" },
  filters: {
    heading: "Filters",
    problemsOnly: "Alleen problemen",
    owner: "Eigenaar",
    allOwners: "Alle eigenaren",
    layer: "Probleem in",
    anyLayer: "Elke laag",
    search: "Namen en adressen zoeken",
    sort: "Sorteren op",
    sortKeys: {
      problems: "Problemen eerst",
      owner: "Eigenaar",
      delegate: "Assistent",
      calendar: "Agenda",
      sending: "Verzenden namens",
      teams: "Teams-vergadering",
    },
    shown: (p) => `${p.shown} van ${p.total} rijen`,
    nothing: "Geen rij past bij deze filters.",
  },
  row: {
    notRead: (p) => `Niet gelezen: ${p.cmdlet} mislukte`,
    flag: { yes: "Gemachtigde", no: "Geen gemachtigde", unknown: "Gemachtigde niet zichtbaar" },
    unresolved: "Exchange kan deze persoon niet vinden",
  },
  reasons: {
    "role-read-only": "De assistent kan de agenda van de eigenaar alleen lezen (Lezer of minder): hij kan er geen vergaderingen in maken.",
    "role-none": "De assistent heeft geen machtiging voor de agenda van de eigenaar.",
    "role-can-create":
      "De assistent kan vergaderingen maken (Auteur), maar geen vergaderingen van anderen wijzigen: daarvoor is Redacteur nodig.",
    "no-delegate-flag":
      "De assistent kan de agenda bewerken, maar is geen gemachtigde (geen Delegate-vlag): Teams weigert te plannen namens de eigenaar.",
    "send-not-listed": "De assistent mag niet verzenden namens de eigenaar (niet in GrantSendOnBehalfTo).",
    "ews-blocked": "EWS is gesloten voor de planningsservice van Teams voor deze eigenaar: Teams kan de agenda niet bereiken.",
    orphan:
      "‘Verzenden namens’ is toegekend aan iemand die Exchange niet kan vinden (misschien iemand die vertrokken is). Controleer de lijst GrantSendOnBehalfTo van de eigenaar en verwijder de vermelding als die bij niemand hoort.",
    unreadable:
      "De vermelding in het bestand voor dit paar is niet volledig, dus er valt niets over te zeggen. Voer de audit opnieuw uit voor deze eigenaar.",
    "calendar-unseen": "Exchange toonde de machtiging van de assistent voor de agenda niet.",
    "flag-unseen": "Exchange toonde de Delegate-vlag niet (Exchange Server drukt die niet af), dus over Teams valt niets te zeggen.",
    "sending-unseen": "De lijst GrantSendOnBehalfTo van Exchange zegt niet duidelijk of de assistent erin staat.",
    "ews-unseen": "Exchange toonde niet alle EWS-instellingen waar Teams van afhangt.",
  },
  detail: {
    heading: "Details en oplossing",
    pick: "Selecteer een rij (Enter) om te zien wat er mis is en met welke opdrachten het op te lossen is.",
    close: "Terug naar de lijst",
    rights: (p) => `Machtiging voor de agenda, zoals Exchange die afdrukte: ${p.rights}`,
    fixes: (p) => `Oplossing: ${p.layer}`,
    nothingToFix: "Niets op te lossen voor dit paar.",
    orphanFix:
      "Er is niemand om iets aan toe te kennen. De opdracht hieronder toont de vermeldingen in GrantSendOnBehalfTo van de eigenaar.",
    notReadHeading: "Deze eigenaar kon niet worden gelezen",
    notReadFix:
      "Controleer het adres van de eigenaar in de CSV en voer het auditscript opnieuw uit: eigenaren die al gelezen zijn, worden niet opnieuw gelezen.",
    exchangeMessage: "Melding van Exchange",
  },
  exportCsv: "Exporteren als CSV",
  csv: {
    delegateName: "Naam van de assistent",
    reasons: "Problemen",
    error: "Fout",
    rights: "Machtiging voor de agenda",
    flag: "Delegate-vlag",
  },
  theme: { label: "Thema", auto: "Zoals het systeem", light: "Licht", dark: "Donker" },
  language: "Taal",
  otherFile: "Ander bestand openen",
};
