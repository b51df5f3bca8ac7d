/**
 * French, first-screen part: the words of the answer, the check lines, the actions row and the
 * configuration warning, and all the verdict is worked out from. How it is written: ./style.ts.
 */
/* eslint-disable no-irregular-whitespace -- U+202F (narrow no-break space) is French typography before ; : ! ? and inside « ». */
import { numberOf } from "../format";
import type { FirstScreenMessages } from "../messages";
import { LOCALE, list, OWNER, de, a, start } from "./style";
import { acces, bouton, frServices, lien, reunion, reunions, serviceIn, serviceStart, serviceTitle } from "./services";

export const frFirstScreen: FirstScreenMessages = {
  locale: LOCALE,

  people: {
    owner: OWNER,
  },

  app: {
    name: "Planifier de la part d’autrui",
    partFailed: "Cette partie du volet n’a pas pu s’afficher. Fermez le volet et rouvrez-le ; ce qui figure au-dessus reste valable.",
  },

  calendarOf: {
    self: "Votre calendrier",
    delegate: (p: { owner: string }) => `Calendrier ${de(p.owner)}`,
    unknown: "De quel calendrier s’agit-il ? Outlook ne l’a pas indiqué",
  },

  status: {
    checking: "Vérification",
    granted: "Accordé",
    partial: "En partie",
    missing: "Manquant",
    unknown: "Non visible",
    "not-needed": "Non nécessaire",
  },

  answer: {
    yes: "Oui, vous pouvez ajouter la réunion en ligne",
    yesLine: "C’est votre propre calendrier : vous n’avez besoin de l’autorisation de personne.",
    yesOutlookButton: (p: { service: string }) => `Oui : utilisez le ${bouton(p.service)} d’Outlook`,
    yesOutlookButtonLine: (p: { service: string }) => `C’est votre propre calendrier ; Outlook ajoute lui-même les ${reunions(p.service)}.`,
    done: (p: { service: string }) => `C’est fait : cette réunion a son ${lien(p.service)}`,
    doneLine: "Vous pouvez le remplacer ou le supprimer ci-dessous.",
    looksReady: "Tout semble prêt",
    looksReadyOutlookButton: (p: { service: string }) => `Tout semble prêt : utilisez le ${bouton(p.service)} d’Outlook`,
    cantSeeSending: (p: { owner: string }) =>
      `Outlook ne peut pas montrer si des invitations peuvent partir de la part ${de(p.owner)} ; si l’envoi échoue, renseignez-vous auprès ${de(p.owner)}.`,
    cantSeeSendingOrService: (p: { owner: string; service: string }) =>
      `Outlook ne peut pas montrer si des invitations peuvent partir de la part ${de(p.owner)}, ni si ${serviceIn(p.service)} vous permet de planifier pour ${p.owner}.`,
    partialLine: (p: { owner: string }) =>
      `Vous pouvez ajouter des réunions au calendrier ${de(p.owner)}, mais pas modifier celles que d’autres ont créées.`,
    notYet: (p: { needs: readonly string[] }) => `Pas encore : il vous faut ${list(p.needs)}`,
    notYetLine: (p: { owner: string }) =>
      `Cela ne peut être accordé que par ${p.owner} (ou par le service informatique), et ne lui prend qu’une minute.`,
    need: {
      calendar: (p: { owner: string }) => `un accès en modification au calendrier ${de(p.owner)}`,
      sending: (p: { owner: string }) => `l’autorisation d’envoyer des invitations de la part ${de(p.owner)}`,
      service: (p: { owner: string; service: string }) => `l’autorisation de planifier pour ${p.owner} dans ${serviceIn(p.service)}`,
    },
    otherServiceRefused: (p: { chosen: string }) => `Vous pouvez quand même ajouter un ${lien(p.chosen)}`,
    otherServiceRefusedLine: (p: { tried: string; chosen: string; owner: string }) =>
      `${p.tried} a refusé de planifier pour ${p.owner}. ${serviceStart(p.chosen)} ne demande aucune autorisation ; adressez-vous ${a(p.owner)} si vous avez besoin ${de(p.tried)}.`,
    cantTell: "Impossible de le savoir d’ici",
    cantTellWho: "Outlook n’a pas indiqué qui est connecté : ce volet ne peut donc rien vérifier.",
    cantTellWhose: "Outlook n’a pas indiqué dans quel calendrier se trouve cette réunion.",
    cantTellAccess: (p: { owner: string }) =>
      `Outlook n’a pas montré votre accès au calendrier ${de(p.owner)}. ${start(p.owner)} peut confirmer que vous figurez parmi ses délégués.`,
  },

  actions: {
    addMeeting: "Ajouter la réunion en ligne",
    working: "En cours…",
    askOwner: (p: { owner: string; needs: readonly string[] }) => `Demander ${a(p.owner)} ${list(p.needs)}`,
    needShort: {
      calendar: "l’accès en modification",
      sending: "l’autorisation d’envoi",
      service: (p: { service: string }) => `l’${acces(p.service)}`,
    },
    confirmWithOwner: (p: { owner: string }) => `Vérifier auprès ${de(p.owner)}`,
    sendToIt: "Envoyer au service informatique",
    copyReport: "Copier le rapport pour le service informatique",
    reportCopied: "Rapport copié : collez-le dans votre ticket ou dans un e-mail au service informatique.",
    askOpened: "Un brouillon s’est ouvert dans Outlook. Relisez-le, puis envoyez-le.",
    askCopied:
      "Outlook n’a pas pu ouvrir de nouveau message ici : la demande a donc été copiée. Collez-la dans un e-mail à la personne propriétaire du calendrier.",
    copy: "Copier",
    copied: "Copié",
    copyFailed: "La copie a échoué : sélectionnez le texte et copiez-le vous-même.",
    failed: "Cela n’a pas fonctionné. Fermez le volet et rouvrez-le ; si cela se reproduit, prévenez le service informatique.",
    helpdesk: (p: { contact: string }) => `Support informatique : ${p.contact}`,
  },

  checks: {
    heading: "Ce qu’il vous faut",
    details: "Détails",
    technical: "Détails techniques",
    whoDoesWhat: "Comment corriger",
    sources: "Sources",
    title: {
      calendar: "Modifier le calendrier",
      sending: "Envoyer les invitations",
      service: (p: { service: string }) => serviceTitle(p.service),
    },
    calendar: {
      granted: (p: { owner: string }) => `Vous pouvez créer et modifier des réunions dans le calendrier ${de(p.owner)}.`,
      partial: "Vous pouvez ajouter des réunions, mais pas modifier celles que d’autres ont créées.",
      readOnly: (p: { owner: string }) => `Vous pouvez seulement lire le calendrier ${de(p.owner)}.`,
      noAccess: (p: { owner: string }) => `Vous n’avez accès à aucun élément du calendrier ${de(p.owner)}.`,
      cannotCreate: (p: { owner: string }) => `Vous ne pouvez pas créer de réunions dans le calendrier ${de(p.owner)}.`,
      reported: (p: { owner: string }) =>
        `Outlook a refusé d’enregistrer dans le calendrier ${de(p.owner)} (le message que vous avez collé).`,
      macZero: "Outlook pour Mac n’a pas indiqué votre accès (c’est fréquent).",
      notShown: (p: { owner: string }) => `Outlook n’a pas montré votre accès au calendrier ${de(p.owner)}.`,
      badValue: "Outlook a indiqué un niveau d’accès que ce complément ne connaît pas.",
      whoseUnknown: "Vérification impossible tant qu’Outlook n’indique pas à qui appartient ce calendrier.",
    },
    sending: {
      unknown: (p: { owner: string }) => `Outlook ne peut pas le montrer ; ${p.owner} peut le confirmer.`,
      reported: (p: { owner: string }) =>
        `Exchange a refusé d’envoyer une invitation de la part ${de(p.owner)} (le message que vous avez collé).`,
    },
    service: {
      notNeeded: (p: { service: string }) => `${serviceStart(p.service)} ne demande aucune autorisation.`,
      teams: (p: { owner: string }) =>
        `Teams se fie aux délégués définis dans Outlook par ${p.owner} ; Outlook ne peut pas montrer si Teams les reconnaît.`,
      skype: "Skype Entreprise tient sa propre liste de délégués, qu’Outlook ne peut pas montrer.",
      zoom: "Zoom gère ses propres droits de planification, qu’Outlook ne peut pas montrer.",
      webex: "Webex gère sa propre autorisation de planification, qu’Outlook ne peut pas montrer.",
      reported: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} a refusé de planifier pour ${p.owner} (le message que vous avez collé).`,
      otherRefused: (p: { tried: string; chosen: string; owner: string }) =>
        `${p.tried} a refusé de planifier pour ${p.owner} ; ${serviceIn(p.chosen)} ne demande aucune autorisation.`,
      needsCalendar: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} exige d’abord un accès en modification au calendrier ${de(p.owner)}.`,
      needsSending: (p: { service: string; owner: string }) =>
        `${serviceStart(p.service)} exige aussi l’autorisation d’envoyer des invitations de la part ${de(p.owner)}.`,
      whoseUnknown: "Vérification impossible tant qu’Outlook n’indique pas à qui appartient ce calendrier.",
    },
  },

  why: {
    absent: "cette version d’Outlook ne le fournit pas aux compléments",
    failed: "Outlook a signalé une erreur",
    "timed-out": "Outlook n’a pas répondu à temps",
    empty: "Outlook a donné une réponse vide",
    unexpected: "Outlook a renvoyé une valeur que ce complément ne comprend pas",
    "no-item": "aucune réunion n’est ouverte",
  },

  insert: {
    blocked: (p: { reasons: readonly string[] }) => `Vous ne pouvez pas encore ajouter de lien de réunion : ${list(p.reasons)}.`,
    readOnly: (p: { owner: string }) => `vous pouvez seulement lire le calendrier ${de(p.owner)}`,
    noAccess: (p: { owner: string }) => `vous n’avez accès à aucun élément du calendrier ${de(p.owner)}`,
    cannotCreate: (p: { owner: string }) => `vous ne pouvez pas créer de réunions dans le calendrier ${de(p.owner)}`,
    reportedCalendar: (p: { owner: string }) =>
      `le message que vous avez collé montre que vous ne pouvez pas créer de réunions dans le calendrier ${de(p.owner)}`,
    serviceMissing: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} ne vous permet pas encore de planifier pour ${p.owner}`,
    warnCalendarUnknown: (p: { owner: string }) => `Outlook n’a pas indiqué si vous pouvez modifier le calendrier ${de(p.owner)}.`,
    warnPartial: (p: { owner: string }) =>
      `Vous pouvez créer des réunions dans le calendrier ${de(p.owner)}, mais pas modifier celles que d’autres ont créées.`,
    warnSendingUnknown: (p: { owner: string }) =>
      `Outlook ne permet pas de voir si des invitations peuvent partir de la part ${de(p.owner)}.`,
    warnSendingMissing: (p: { owner: string }) =>
      `Les invitations ne peuvent pas partir de la part ${de(p.owner)} tant que vous n’avez pas le droit d’envoyer de sa part.`,
    warnServiceUnknown: (p: { service: string; owner: string }) =>
      `Outlook ne permet pas de voir si ${serviceIn(p.service)} vous laisse planifier pour ${p.owner}.`,
    warnWhoseUnknown: "Outlook n’a pas indiqué à qui appartient ce calendrier : les autorisations n’ont donc pas pu être vérifiées.",
    bodyTooLarge: (p: { limit: number }) =>
      `Le texte de la réunion est trop long pour qu’Outlook accepte le lien (${numberOf(LOCALE, p.limit)} caractères au maximum). Raccourcissez-le ou ajoutez le lien vous-même.`,
    bodyUnreadable: "Outlook n’a pas laissé ce volet lire le texte de la réunion : le lien ne peut donc pas être ajouté d’ici.",
  },

  config: {
    title: "Les paramètres du complément définis par votre organisation posent problème",
    body: "Les valeurs par défaut sont utilisées là où un paramètre n’est pas valide. Signalez-le au service informatique :",
  },

  /** "Label: text", with the language's own spacing around the colon. */
  labelled: (p: { label: string; text: string }) => `${p.label} : ${p.text}`,
  list,

  services: frServices,
  /** What the meeting itself holds (its link, its location, its size) and what this Outlook can show. */
  meetingTruth: {
    tooOld: "Cette version d’Outlook est trop ancienne pour afficher les autorisations du calendrier",
    tooOldLine: (p: { owner: string }) =>
      `Mettez Outlook à jour, ou ouvrez cette réunion dans Outlook sur le web, pour voir votre accès au calendrier ${de(p.owner)}.`,
    tooLong: "Le lien ne tient plus dans le texte de cette réunion",
    tooLongLine:
      "Le texte est presque aussi long qu’Outlook le permet : ce volet ne peut donc pas ajouter le lien. Copiez-le et collez-le vous-même dans la réunion, ou raccourcissez le texte.",
    copyLink: "Copier le lien",
    link: "Lien de la réunion",
    claimNoLink: (p: { quote: string; service: string; inLocation: boolean }) =>
      `${p.inLocation ? "Le lieu" : "Le texte"} indique « ${p.quote} », mais il n’y a aucun ${lien(p.service)}`,
    claimLocationLine: (p: { service: string }) =>
      `Les invités chercheraient un ${lien(p.service)}, et Outlook bloque l’invitation à l’envoi. Retirez ces mots du lieu, ou ajoutez la ${reunion(p.service)} elle-même.`,
    claimBodyLine: (p: { service: string }) =>
      `Les invités chercheraient un ${lien(p.service)}, et Outlook bloque l’invitation à l’envoi. Ajoutez la ${reunion(p.service)}, ou retirez ces mots du texte.`,
    blockWithoutLink: "Le bloc de réunion de ce complément a perdu son lien",
    blockWithoutLinkLine: "Les invités n’auraient aucun moyen de rejoindre la réunion. Remplacez-le ou supprimez-le ci-dessous.",
    fixLocation: (p: { quote: string }) => `Retirer « ${p.quote} » du lieu`,
  },
};
