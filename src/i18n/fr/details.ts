/**
 * French, details part: what the pane shows after the first screen (remedies, the request to
 * the owner, the report, the meeting panel, the error decoder). How it is written: ./style.ts.
 */
/* eslint-disable no-irregular-whitespace -- U+202F (narrow no-break space) is French typography before ; : ! ? and inside « ». */
import { dateTimeOf } from "../dateTime";
import { dateOf, numberOf } from "../format";
import type { DetailsMessages } from "../messages";
import { lien, reunions, serviceIn, unnamed, liens, serviceStart } from "./services";
import { LOCALE, list, de, start, q, a } from "./style";

export const frDetails: DetailsMessages = {
  meeting: {
    heading: "Réunion en ligne",
    service: "Service de réunion",
    replace: "Remplacer le lien de réunion",
    remove: "Supprimer le lien de réunion",
    added: "Le lien de réunion a été ajouté à la réunion.",
    replaced: "Le lien de réunion a été remplacé.",
    removed: "Le lien de réunion a été supprimé ; le reste du texte de la réunion n’a pas changé.",
    alreadyThere: "Cette réunion a déjà un lien ajouté par ce complément.",
    recordedButChanged:
      "Un lien de ce complément a été ajouté plus tôt, mais il a depuis été modifié ou retiré du texte. Corrigez-le vous-même, ou ajoutez-en un nouveau.",
    // « Réunion Teams »: glossary [10]: github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR, Teams/Teams-add-in-for-Outlook.md (Microsoft, MT: le complément « Réunion Teams », « Skype Entreprise »)
    // « Skype Meeting »: the button's French label is on no Microsoft page, kept in English.
    guidance: {
      teamsSelf: `Utilisez le bouton ${q("Réunion Teams")} d’Outlook, dans le ruban de la réunion (dans le nouvel Outlook et sur le web, c’est un bouton bascule). Ce complément n’ajoute pas de liens Teams.`,
      teamsDelegate: (p: { owner: string }) =>
        `Utilisez le bouton ${q("Réunion Teams")} d’Outlook, dans le ruban de la réunion (dans le nouvel Outlook et sur le web, c’est un bouton bascule) : comme vous figurez parmi les délégués ${de(p.owner)}, Outlook crée la réunion pour ${p.owner}. Ce complément ne peut pas créer de réunions Teams pour quelqu’un d’autre.`,
      skypeSelf: `Utilisez le bouton ${q("Skype Meeting")} d’Outlook, dans le ruban de la réunion. Ce complément n’ajoute pas de liens Skype Entreprise.`,
      skypeDelegate: (p: { owner: string }) =>
        `Utilisez le bouton ${q("Skype Meeting")} d’Outlook, dans le ruban de la réunion : comme vous figurez parmi les délégués ${de(p.owner)}, il crée la réunion pour ${p.owner}. Ce complément ne peut pas créer de réunions Skype Entreprise pour quelqu’un d’autre.`,
    },
    problem: {
      unreadable: "Outlook n’a pas laissé ce volet lire le texte de la réunion : rien n’a été modifié.",
      exists: "Cette réunion a déjà un lien de ce complément : remplacez-le ou supprimez-le.",
      missing: "Le lien de ce complément ne figure plus dans le texte de la réunion : il n’y a rien à modifier.",
      tooLarge: (p: { limit: number }) =>
        `Le texte de la réunion est trop long pour qu’Outlook accepte le lien (${numberOf(LOCALE, p.limit)} caractères au maximum) : rien n’a été modifié.`,
      changed: "La réunion a changé pendant l’ajout du lien : rien n’a été modifié. Veuillez réessayer.",
      invalidFormat: "Outlook a refusé le lien, car il ne correspondait pas au format du texte de la réunion ; rien n’a été modifié.",
      refused: "Outlook n’a pas accepté la modification : la réunion est restée telle quelle.",
      failed: "Un problème est survenu : rien n’a été modifié.",
    },
    note: {
      locationUnreadable: "Le lieu n’a pas pu être lu : il est resté tel quel.",
      locationNotChanged: "Le lieu n’a pas pu être modifié.",
      locationTooLong: "Le lien est trop long pour le champ du lieu : le lieu a été laissé vide.",
      recordRejected: "Outlook n’a pas conservé la note du complément sur cette réunion ; le lien figure quand même dans le texte.",
      recordNotSaved: "Outlook n’a pas pu enregistrer la note du complément sur cette réunion ; le lien figure quand même dans le texte.",
    },
    linkProblem: {
      randomness: "Le navigateur n’a pas pu produire un nom de salle assez imprévisible pour une réunion privée : aucun lien n’a été créé.",
      "owner-missing":
        "Outlook n’a donné ni le nom ni l’adresse de la personne propriétaire du calendrier : le lien de sa salle de réunion personnelle ne peut pas être créé.",
      "owner-unusable":
        "Le nom ou l’adresse de la personne propriétaire du calendrier ne peut pas servir dans un lien de réunion : aucun lien n’a été créé.",
      "bad-link":
        "Le lien de réunion défini dans les paramètres de votre organisation n’est pas un lien https sûr : il n’a pas été ajouté. Contactez le service informatique.",
      "too-long": "Le lien de réunion créé pour la personne propriétaire du calendrier est trop long : il n’a pas été ajouté.",
      "not-available": "Ce service de réunion n’ajoute pas de liens ; utilisez le bouton prévu dans Outlook.",
    },
  },

  sendCheck: {
    "at-send":
      "Au moment de l’envoi, Outlook vérifie que le lien pour rejoindre la réunion figure bien dans l’invitation (si le service informatique a installé ce complément pour tout le monde).",
    "popped-out-only":
      "Outlook ne vérifie le lien à l’envoi que si cette réunion est ouverte dans sa propre fenêtre : ouvrez-la dans une nouvelle fenêtre avant de l’envoyer.",
    "not-on-this-client":
      "Cette version d’Outlook ne peut pas vérifier le lien au moment de l’envoi : assurez-vous qu’il figure dans l’invitation avant de l’envoyer.",
  },

  decoder: {
    heading: "Vous avez reçu un message d’erreur ?",
    label: "Message d’erreur",
    // « rapport de non-remise (NDR) »: Microsoft's Outlook developer docs in fr-FR (« Un fournisseur de transport envoie un rapport de non-remise (NDR)… »)
    hint: "Collez le message que vous avez vu (ou tout le rapport de non-remise). Il reste sur cet appareil.",
    truncated: (p: { max: number }) => `Seuls les ${numberOf(LOCALE, p.max)} premiers caractères ont été lus.`,
    notRecognised: "Non reconnu",
    notRecognisedBody:
      "Ce volet ne reconnaît pas ce message et préfère ne pas deviner. Les vérifications ci-dessus montrent quoi regarder ; vous pouvez aussi envoyer le rapport au service informatique.",
    announce: (p: { title: string }) => `Reconnu : ${p.title}.`,
    announceUnknown: "Non reconnu.",
    concerns: (p: { check: string }) => `Il s’agit de « ${p.check} » ci-dessus : ses détails indiquent qui peut corriger le problème.`,
    concernsNone: "Il ne prouve pas qu’il vous manque une autorisation.",
    ownCalendar:
      "Ce message concerne la planification pour quelqu’un d’autre, mais cette réunion est dans votre propre calendrier. Si vous l’avez reçu dans le calendrier de quelqu’un d’autre, ouvrez ce calendrier (comme calendrier partagé), puis ce volet depuis celui-ci. Si vous avez ouvert la boîte aux lettres d’une autre personne dans Outlook sur le web, Outlook la présente comme la vôtre.",
    whoFixes: "Qui corrige le problème",
    unavailable: "Les explications ne se sont pas chargées. Fermez le volet et rouvrez-le ; les vérifications ci-dessus restent valables.",
    notRead:
      "Ce message est dans une langue que ce volet ne lit pas (il lit l’anglais, le français, le néerlandais et l’allemand) : la phrase elle-même n’a pas été lue, seuls les codes et les noms de produits qu’il contient ont été examinés.",
    seen: (p: { items: string }) => `Trouvé dans le message : ${p.items}.`,
  },

  errors: {
    "lync-delegate": {
      title: "Vous ne figurez pas parmi les délégués de la personne propriétaire dans Lync / Skype Entreprise",
      cause:
        "Lync et Skype Entreprise tiennent leur propre liste de délégués, distincte de celle d’Outlook, et vous ne figurez pas dans celle de la personne propriétaire. Aujourd’hui, ce message vient d’un serveur Lync ou Skype Entreprise de votre organisation (Skype Entreprise Online a été mis hors service en juillet 2021). Raisons habituelles : la personne propriétaire n’a jamais fait cet ajout ; elle ne l’a fait que dans Outlook, et le serveur n’en a jamais tenu compte ; ou vous n’êtes pas sur le même déploiement Skype Entreprise.",
    },
    "teams-delegate": {
      title: "Teams ne vous compte pas parmi les délégués de la personne propriétaire",
      // Auteur (third-party) and Éditeur (Microsoft, MT): sources next to roles below.
      cause:
        "Avant de créer une réunion organisée par quelqu’un d’autre, Teams vérifie la boîte aux lettres de la personne propriétaire : vous devez réellement figurer parmi ses délégués (rôle Auteur ou Éditeur et ajout comme délégué : un simple partage du calendrier ne suffit pas) et avoir le droit d’envoyer de sa part. Avec des boîtes aux lettres dans Exchange Server (en local ou en hybride), cela échoue aussi quand EWS est bloqué pour le service de planification de Teams, ou quand OAuth n’est pas configuré entre Exchange et Teams.",
    },
    "teams-hybrid-oauth": {
      title: "Teams n’a pas pu accéder à la boîte aux lettres de la personne propriétaire pour vérifier votre délégation",
      cause:
        "Quand la boîte aux lettres de la personne propriétaire est sur Exchange en local, Teams lit sa liste de délégués via OAuth ; si OAuth n’est pas configuré, Teams dit seulement qu’il ne peut pas se connecter. Quand toutes les boîtes aux lettres sont dans Exchange Online, ce même message signale en général un problème passager de réseau ou de service.",
    },
    "send-on-behalf": {
      title: "Vous ne pouvez pas envoyer de la part de la personne propriétaire",
      // « Envoyer de la part de », « Envoyer en tant que »: glossary [7]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
      // « Peut modifier »: glossary [9]: isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, sharing-with-outlook-on-the-web.md (Microsoft, human translation: « Peut modifier », « Déléguer ») and how-to-add-or-remove-a-delegate-in-outlook-on-the-web.md (Microsoft, MT: « partage et autorisations »)
      cause: `Exchange a refusé d’envoyer l’invitation de la part de la personne propriétaire : vous n’avez pas l’autorisation « Envoyer de la part de » (ni « Envoyer en tant que »). L’accès en modification au calendrier ne l’inclut pas. Cela arrive quand la personne propriétaire a partagé son calendrier avec ${q("Peut modifier")} au lieu de vous ajouter à ses délégués, ce qui donne ce droit. L’envoi de la part de quelqu’un échoue aussi dans Outlook pour Windows quand sa boîte aux lettres est masquée dans la liste d’adresses.`,
    },
    "calendar-read-only": {
      title: "Votre accès au calendrier de la personne propriétaire est en lecture seule",
      // Relecteur, Auteur: https://www.uqac.ca/soutientechnique/hrf_faq/dans-outlook-2013-comment-partager-un-calendrier (third-party); Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR (Microsoft, MT)
      cause:
        "Vous voyez le calendrier de la personne propriétaire, mais vous ne pouvez rien y ajouter : votre autorisation est Relecteur (lecture seule) ou moins. Pour ajouter une réunion, il faut Éditeur (ou au strict minimum Auteur). Si la personne propriétaire confirme que vous avez déjà Éditeur, Outlook classique peut afficher le même message pendant qu’il synchronise encore de nombreux calendriers partagés.",
    },
    "webex-scheduling-permission": {
      title: "La personne propriétaire ne vous a pas donné l’autorisation de planification Webex",
      // « Scheduling permission » (Webex): French label NOT FOUND (i18n-sources 1e), kept in English.
      cause: `Webex a sa propre liste de délégués : la personne propriétaire (l’organisateur Webex) doit indiquer votre adresse sous ${q("Scheduling permission")} sur son site Webex. Cela échoue aussi quand vous n’êtes pas sur le même site Webex, quand le compte Webex de la personne propriétaire utilise un alias au lieu de l’adresse principale connue d’Outlook, ou pour des calendriers d’une boîte aux lettres partagée.`,
    },
    "zoom-scheduling-privilege": {
      title: "La personne propriétaire ne vous a pas donné le privilège de planification Zoom",
      cause:
        "Zoom ne vous laisse planifier que pour une personne qui vous a donné le privilège de planification dans ses paramètres Zoom. Cela ne fonctionne qu’au sein d’un même compte Zoom (ou de comptes principal et secondaires liés), vous devez avoir une licence l’un comme l’autre et, une fois le privilège accordé, vous devez vous déconnecter de Zoom puis vous reconnecter.",
    },
    "sharing-invitation-failed": {
      title: "Le partage du calendrier a été modifié, mais la notification n’a pas pu être envoyée",
      // Accès total (Full Access): MicrosoftDocs/microsoft-365-docs-pr.fr-FR, microsoft-365/admin/add-users/give-mailbox-permissions-to-another-user.md (Microsoft, HT: « L’autorisation Accès total n’accorde pas les autorisations Envoyer en tant que ou Envoyer de la part de »)
      // "accès délégué": https://support.office.com/fr-fr/article/Autoriser-quelqu-un-d-autre-%C3%A0-g%C3%A9rer-votre-courrier-%C3%A9lectronique-et-votre-calendrier-aaeedebe-9de0-4141-8323-029f4b836759 (Microsoft, MT)
      cause: `Une personne qui a l’autorisation Accès total sur la boîte aux lettres de la personne propriétaire, mais pas le droit d’envoyer de sa part, a modifié le partage de son calendrier dans Outlook sur le web : la modification s’est en général appliquée, seul l’e-mail qui l’annonce n’a pas pu partir. Exchange Server 2013 affiche aussi ce message (comportement normal) quand l’accès délégué est donné à un groupe de sécurité dans Outlook Web App.`,
    },
    "sharing-policy-refused": {
      title: "La stratégie de partage a refusé l’autorisation pour cette personne",
      cause:
        "Outlook a refusé de partager le calendrier, au niveau d’autorisation choisi, avec une ou plusieurs personnes de l’invitation : pour elles, rien n’a changé. La stratégie de partage d’Exchange limite ce qui peut être partagé avec des personnes extérieures à l’organisation. Si la personne est un collègue, la cause habituelle est qu’Outlook a repris son adresse dans ses propres suggestions de saisie, qui contiennent son adresse externe au lieu de son entrée dans le carnet d’adresses.",
    },
    unknown: {
      title: "Non reconnu",
      cause: "Ce volet ne reconnaît pas ce message et préfère ne pas deviner.",
    },
  },

  actor: {
    owner: (p: { owner: string }) => start(p.owner),
    admin: "Service informatique",
    you: "Vous",
  },

  client: {
    "classic-windows": "Outlook classique pour Windows",
    "new-outlook-web": "Nouvel Outlook et Outlook sur le web",
    mac: "Outlook pour Mac",
  },

  /**
   * The owner's clicks and the admin's steps. French labels only where i18n-sources.md confirms them
   * (source in a comment); the others stay in English between « ».
   */
  remedies: {
    /** The calendar folder's name in a French mailbox (admin commands address it). */
    calendarFolder: "Calendrier",
    where: {
      // Fichier > Paramètres du compte > Accès délégué: glossary [7]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
      // "l’accès délégué" only names the feature: https://support.office.com/fr-fr/article/Autoriser-quelqu-un-d-autre-%C3%A0-g%C3%A9rer-votre-courrier-%C3%A9lectronique-et-votre-calendrier-aaeedebe-9de0-4141-8323-029f4b836759 (Microsoft, MT)
      classicDelegateAccess: "Fichier > Paramètres du compte > Accès délégué",
      // Calendrier > Partager: https://support.office.com/fr-ch/article/Partager-votre-calendrier-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
      // Partage et autorisations: glossary [9]: isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, sharing-with-outlook-on-the-web.md (Microsoft, human translation: « Peut modifier », « Déléguer ») and how-to-add-or-remove-a-delegate-in-outlook-on-the-web.md (Microsoft, MT: « partage et autorisations »)
      webShare: "Calendrier > Partager (ou clic droit sur le calendrier > Partage et autorisations)",
      // https://support.office.com/fr-ch/article/Partager-votre-calendrier-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
      webShareShort: "Calendrier > Partager",
      // Outils > Comptes > Avancé > Délégués: https://wus.prod.support.services.microsoft.com/fr-fr/office/ajouter-et-g%C3%A9rer-des-d%C3%A9l%C3%A9gu%C3%A9s-dans-outlook-pour-mac-49ba7631-1984-453e-8a8f-c78fd43475e4 (Microsoft)
      // « Delegation and Sharing » (new Outlook for Mac): French label NOT FOUND (i18n-sources 1c), kept in English.
      macDelegates: `Outils > Comptes > ${q("Delegation and Sharing")} (ancienne version d’Outlook pour Mac : Outils > Comptes > Avancé > Délégués)`,
      // Outils > Options > Paramètres de transfert d’appel > Modifier mes membres délégués: MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR,
      // Skype/SfbOnline/set-up-skype-for-business-online/set-up-and-troubleshoot-skype-for-business-online-delegation.md (Microsoft, MT; the same labels in most stored versions)
      skype: "Skype Entreprise / Lync : Outils > Options > Paramètres de transfert d’appel > Modifier mes membres délégués",
      // NOT FOUND in French (i18n-sources 1e: only Zoom's admin page is in French), kept in English.
      zoom: `Portail web Zoom : ${q("Settings")} > ${q("Meeting")} > ${q("Other")} > ${q("Schedule privilege")}`,
      // NOT FOUND in French (i18n-sources 1e), kept in English.
      webex: `Site Webex : ${q("Preferences")} > ${q("Scheduling")} > ${q("Scheduling permission")}`,
    },
    // Ajouter: glossary [7]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
    // The owner's clicks speak to the owner (« vous », imperatives), like the owner's card they sit in.
    // Calendrier: the calendar's French name, https://support.office.com/fr-ch/article/Partager-votre-calendrier-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
    // Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR delegation guide, "Éditeur (peut lire, créer et modifier des éléments)" (Microsoft, MT)
    addDelegateClassic: (p: { who: string }) =>
      `Ajouter > choisissez ${p.who} > Calendrier : Éditeur > OK. Un délégué ajouté ici peut aussi envoyer des invitations de votre part.`,
    // « Déléguer », « Peut modifier »: glossary [9]: isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, sharing-with-outlook-on-the-web.md (Microsoft, human translation: « Peut modifier », « Déléguer ») and how-to-add-or-remove-a-delegate-in-outlook-on-the-web.md (Microsoft, MT: « partage et autorisations »)
    addDelegateWeb: (p: { who: string }) =>
      `Ajoutez ${p.who} et choisissez ${q("Déléguer")}. ${q("Peut modifier")} permet de modifier le calendrier, mais pas d’envoyer des invitations de votre part, et Teams n’en tient pas compte.`,
    // « Délégués qui peuvent agir en mon nom »: https://wus.prod.support.services.microsoft.com/fr-fr/office/ajouter-et-g%C3%A9rer-des-d%C3%A9l%C3%A9gu%C3%A9s-dans-outlook-pour-mac-49ba7631-1984-453e-8a8f-c78fd43475e4 (Microsoft)
    // Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR delegation guide (Microsoft, MT); Calendrier: fr-ch share page above (Microsoft)
    addDelegateMac: (p: { who: string }) =>
      `Sous « Délégués qui peuvent agir en mon nom », cliquez sur +, ajoutez ${p.who}, choisissez Éditeur pour Calendrier, puis cliquez sur OK.`,
    calendar: {
      // Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR delegation guide (Microsoft, MT)
      owner: (p: { delegate: string }) => `Ajoutez ${p.delegate} à vos délégués, avec le rôle Éditeur sur votre calendrier`,
      // Éditeur: as above (Microsoft, MT)
      admin: (p: { owner: string; delegate: string }) =>
        `Ou donnez à ${p.delegate} le rôle Éditeur sur le calendrier ${de(p.owner)}, avec l’indicateur Delegate`,
      // Éditeur: as above (Microsoft, MT); "accès délégué": aaeedebe page (Microsoft, MT), see where.classicDelegateAccess
      addPurpose:
        "Donne le rôle Éditeur (Editor) sur le calendrier de la personne propriétaire et ajoute l’indicateur Delegate (ce qu’attendent Teams et l’accès délégué d’Outlook).",
      // Reviewer: the value Exchange PowerShell prints, kept as is.
      setPurpose: "À utiliser à la place quand la première commande indique qu’une autorisation existe déjà (par exemple Reviewer).",
      folderNote: (p: { folder: string }) =>
        `Le dossier du calendrier porte un nom dans la langue de la boîte aux lettres de la personne propriétaire (${p.folder}) ; si la commande ne le trouve pas, la dernière commande affiche son vrai nom. -SharingPermissionFlags n’existe que dans Exchange Online ; sur Exchange Server, omettez-le.`,
      findFolderPurpose:
        "Affiche le vrai nom du dossier du calendrier de la personne propriétaire, quelle que soit la langue de la boîte aux lettres.",
    },
    sending: {
      confirm: (p: { owner: string }) => `Faites vérifier si vous pouvez envoyer des invitations de la part ${de(p.owner)}`,
      invisible: "Outlook ne montre pas ce droit aux compléments : ce volet ne peut donc pas le vérifier pour vous.",
      ownerLooks: (p: { delegate: string }) =>
        `Si ${p.delegate} figure ici, cette personne peut déjà envoyer des invitations de votre part.`,
      listPurpose: (p: { owner: string; delegate: string }) =>
        `Affiche la liste des personnes qui peuvent envoyer des invitations de la part ${de(p.owner)} ; ${p.delegate} doit y figurer.`,
      owner: (p: { delegate: string }) => `Ajoutez ${p.delegate} à vos délégués : cela lui permet d’envoyer des invitations de votre part`,
      admin: (p: { owner: string; delegate: string }) => `Ou permettez à ${p.delegate} d’envoyer des invitations de la part ${de(p.owner)}`,
      grantPurpose:
        "Permet au délégué d’envoyer les invitations de la part de la personne propriétaire ; @{Add=…} conserve toutes les personnes déjà présentes dans la liste.",
      hiddenNote:
        "L’envoi de la part de la personne propriétaire échoue aussi dans Outlook pour Windows quand sa boîte aux lettres est masquée dans la liste d’adresses.",
    },
    teams: {
      owner: (p: { delegate: string }) => `Ajoutez ${p.delegate} à vos délégués (partager votre calendrier ne suffit pas pour Teams)`,
      admin: "Vérifiez que Teams voit la délégation",
      ewsOrgPurpose:
        "Indique si EWS est limité à une liste d’autorisation ; si EwsApplicationAccessPolicy vaut EnforceAllowList, exécutez la commande suivante.",
      ewsAllowPurpose:
        "Permet au service de planification de Teams de lire le calendrier de la personne propriétaire via EWS (boîtes aux lettres Exchange Server et hybrides).",
      ewsMailboxPurpose:
        "Vérifie la boîte aux lettres de la personne propriétaire : EwsEnabled doit valoir True (ou être vide) et sa propre liste d’autorisation, s’il y en a une, doit contenir *SchedulingService*.",
      ewsRetirementNote:
        "Exchange Online bloque EWS par défaut à partir d’octobre 2026 et le retire en avril 2027 (annonce de Microsoft) ; revérifiez ces paramètres si la planification Teams par des délégués cesse alors de fonctionner.",
    },
    skype: {
      owner: (p: { delegate: string }) => `Ajoutez ${p.delegate} à vos délégués dans Skype Entreprise (Lync)`,
      ownerClicks: (p: { who: string }) => `Ajoutez ${p.who}, puis cliquez sur OK.`,
      // Accès délégué, Calendrier : Éditeur: glossary [7]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
      alternative: (p: { delegate: string }) =>
        `Ou ajoutez ${p.delegate} dans Outlook, sous « Accès délégué », avec Calendrier : Éditeur (ce qui lui permet aussi d’envoyer des invitations de votre part), en ayant ouvert une session à la fois dans Outlook et dans Skype Entreprise. Cela apparaît en général en une dizaine de minutes, parfois seulement après 24 heures.`,
      admin: "Faites prendre en compte les délégués Outlook par Lync / Skype Entreprise Server (en local)",
      // Voix Entreprise: MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR, Skype/SfbServer/skype-for-business-hybrid-solutions/plan-your-phone-system-cloud-pbx-solution/enable-the-users-for-enterprise-voice-on-premises.md (Microsoft, MT)
      syncPurpose:
        "Sur Lync ou Skype Entreprise Server uniquement : nécessaire quand la personne propriétaire n’est pas activée pour Voix Entreprise. Ensuite, la personne propriétaire se déconnecte de Skype Entreprise puis se reconnecte. Si elle a sa propre stratégie client, appliquez le paramètre à cette stratégie plutôt qu’à Global.",
      deploymentNote: (p: { owner: string }) =>
        `${start(p.owner)} et son délégué doivent être hébergés dans le même déploiement Skype Entreprise.`,
      retiredNote: "Skype Entreprise Online a été mis hors service le 31 juillet 2021 : ceci ne concerne donc qu’un serveur local.",
    },
    zoom: {
      owner: (p: { delegate: string }) => `Donnez à ${p.delegate} le privilège de planification Zoom`,
      ownerClicks: (p: { who: string }) => `Ajoutez ${p.who} comme personne autorisée à planifier pour vous.`,
      admin: "Vérifiez les deux comptes Zoom (rôle d’administrateur Zoom requis)",
      accountsNote: (p: { owner: string }) =>
        `${start(p.owner)} et son délégué doivent être tous deux des utilisateurs sous licence du même compte Zoom (ou de comptes principal et secondaires liés).`,
    },
    webex: {
      owner: (p: { delegate: string }) => `Donnez à ${p.delegate} l’autorisation de planification Webex`,
      // « Save » (Webex): French label NOT FOUND (i18n-sources 1e), kept in English.
      ownerClicks: (p: { email: string }) => `Ajoutez ${p.email}, puis cliquez sur ${q("Save")}.`,
      yourEmail: (p: { address: string }) => `son adresse e-mail (${p.address})`,
      yourEmailUnknown: "son adresse e-mail",
      admin: "Vérifiez les deux comptes Webex (rôle d’administrateur Webex requis)",
      accountsNote: (p: { owner: string }) =>
        `${start(p.owner)} et son délégué doivent être sur le même site Webex, et l’adresse e-mail de chaque compte Webex doit être l’adresse principale de la personne, pas un alias.`,
    },
    placeholders: (p: { items: readonly string[] }) =>
      `Outlook n’a pas donné d’adresse utilisable : remplacez ${list(p.items)} avant d’exécuter ces commandes.`,
    placeholderOwner: (p: { placeholder: string }) => `${p.placeholder} par l’adresse de la personne propriétaire`,
    placeholderDelegate: (p: { placeholder: string }) => `${p.placeholder} par l’adresse du délégué`,
    helpdesk: "Besoin d’aide ? Contactez votre support informatique",
    helpdeskSend: (p: { contact: string }) => `Envoyez le rapport de ce volet à ${p.contact}.`,
    stuckSend: (p: { contact: string }) =>
      `Copiez le rapport depuis ce volet et envoyez-le à ${p.contact}, avec le message que vous avez vu.`,
    sharing: {
      check: "Vérifiez si la modification a quand même été enregistrée",
      // Calendrier: https://support.office.com/fr-ch/article/Partager-votre-calendrier-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
      // Partage et autorisations: glossary [9]: isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, sharing-with-outlook-on-the-web.md (Microsoft, human translation: « Peut modifier », « Déléguer ») and how-to-add-or-remove-a-delegate-in-outlook-on-the-web.md (Microsoft, MT: « partage et autorisations »)
      checkWhere: (p: { owner: string }) => `Calendrier > calendrier ${de(p.owner)} > Partage et autorisations`,
      checkText:
        "La personne que vous avez ajoutée ou retirée apparaît en général déjà telle que vous l’avez laissée ; seul l’e-mail de notification manque. Prévenez-la vous-même.",
      owner: "Ajoutez à vos délégués la personne qui gère votre calendrier",
      // « Déléguer »: glossary [9] (Microsoft), as above. Éditeur: glossary [7]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
      ownerWeb: `Choisissez la personne, puis ${q("Déléguer")} : cela donne à la fois le rôle Éditeur et le droit d’envoyer de votre part.`,
      // Calendrier : Éditeur: see addDelegateClassic (Microsoft; Microsoft, MT)
      ownerClassic: "Calendrier : Éditeur.",
      // "accès délégué": aaeedebe page (Microsoft, MT), see where.classicDelegateAccess
      group:
        "Donnez l’accès délégué à des personnes, pas à un groupe de sécurité : Outlook Web App sur Exchange Server 2013 ne peut pas envoyer cette invitation (utilisez plutôt Outlook pour Windows).",
      admin: (p: { owner: string }) => `Permettez à la personne qui gère le calendrier ${de(p.owner)} d’envoyer de la part ${de(p.owner)}`,
      // Accès total (Full Access): give-mailbox-permissions-to-another-user.md (Microsoft, HT), as in errors above
      adminPurpose: "L’autorisation Accès total seule ne permet pas d’envoyer de la part de la personne propriétaire.",
    },
    sharingPolicy: {
      owner: (p: { delegate: string }) => `Partager de nouveau avec ${p.delegate}, choisi dans le carnet d’adresses`,
      ownerClassic:
        "Ajouter > chercher la personne dans la liste d’adresses globale (pas l’adresse qu’Outlook propose pendant la saisie) > Calendrier : Éditeur > OK.",
      ownerWeb: `Taper le nom et choisir la personne dans l’annuaire de l’organisation, pas une adresse de vos propres contacts ; puis ${q("Déléguer")}.`,
      admin: (p: { owner: string }) => `Vérifier quelle stratégie de partage s’applique à la boîte aux lettres ${de(p.owner)}`,
      policyPurpose: "Affiche la stratégie de partage qui limite ce que la personne propriétaire peut partager hors de l’organisation.",
      externalNote:
        "Les stratégies de partage ne concernent que les personnes extérieures à l’organisation. Si la personne travaille dans la même organisation, la stratégie n’est pas en cause : l’invitation a utilisé son adresse externe. Partager de nouveau en la choisissant dans le carnet d’adresses.",
    },
    hybrid: {
      admin: "Si la boîte aux lettres de la personne propriétaire est sur Exchange en local : permettez à Teams de la lire",
      recipientPurpose:
        "Dans Exchange Online PowerShell, MailUser signifie que la boîte aux lettres de la personne propriétaire est en local (cas hybride) ; UserMailbox signifie qu’elle est dans le cloud.",
      // Assistant Configuration hybride: MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR, Teams/Exchange-Teams-interact.md (Microsoft, MT).
      // The Microsoft article keeps its English title, as a reference to look up.
      oauthNote:
        "Configurez OAuth entre Exchange en local et Exchange Online (Assistant Configuration hybride), puis l’application partenaire pour la planification Teams, comme le décrit l’article de Microsoft « Configure integration and OAuth between Skype for Business Online and Exchange Server ».",
      // Editor, Delegate, Owner: Exchange PowerShell values (-AccessRights, -SharingPermissionFlags), kept as is.
      editorNote:
        "Vérifiez aussi que le délégué a Editor avec l’indicateur Delegate sur le calendrier de la personne propriétaire ; Owner ne le remplace pas.",
      cloud: "Si toutes les boîtes aux lettres sont dans Exchange Online : réessayez plus tard",
      cloudNote: "Le message signale alors en général un problème passager de réseau ou de service, pas une autorisation manquante.",
      report: "Envoyez le rapport au service informatique",
    },
  },

  ownerRequest: {
    // "accès délégué": https://support.office.com/fr-fr/article/Autoriser-quelqu-un-d-autre-%C3%A0-g%C3%A9rer-votre-courrier-%C3%A9lectronique-et-votre-calendrier-aaeedebe-9de0-4141-8323-029f4b836759 (Microsoft, MT)
    subject: (p: { me: string }) => `Accès délégué au calendrier pour ${p.me}`,
    subjectAnonymous: "Accès délégué au calendrier",
    greeting: (p: { owner: string; ownerFull: string }) => `Bonjour ${p.owner},`,
    greetingAnonymous: "Bonjour,",
    introAsk: "Afin de pouvoir planifier vos réunions dans votre calendrier, pourriez-vous m’accorder les accès suivants ?",
    introCheck:
      "Afin de pouvoir planifier vos réunions dans votre calendrier, pourriez-vous vérifier que mon accès délégué à votre calendrier est bien en place ?",
    // Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR delegation guide (Microsoft, MT)
    delegate:
      "Merci de m’ajouter à vos délégués, avec le rôle Éditeur sur votre calendrier, afin que je puisse créer et mettre à jour vos réunions et envoyer les invitations de votre part.",
    // Éditeur: as above (Microsoft, MT)
    checkDelegate:
      "Merci de vérifier que je figure bien parmi les délégués de votre calendrier, avec le rôle Éditeur (Outlook ne peut pas me l’indiquer).",
    sending: "Merci de me permettre d’envoyer les invitations de votre part. M’ajouter à vos délégués dans Outlook suffit pour cela.",
    checkSending:
      "Merci de vérifier que je figure bien parmi vos délégués dans Outlook, ce qui me permet d’envoyer les invitations de votre part (Outlook ne me l’indique pas).",
    teams: (p: { service: string; check: boolean }) =>
      `${p.check ? "Merci de vérifier que je figure bien" : "Merci de vous assurer que je figure"} parmi vos délégués dans Outlook (partager le calendrier ne suffit pas), afin que ${serviceIn(p.service)} me laisse créer des réunions pour vous.`,
    skype: (p: { service: string; check: boolean }) =>
      `${p.check ? "Merci de vérifier que je figure bien" : "Merci de vous assurer que je figure"} parmi vos délégués dans ${serviceIn(p.service)}, afin que je puisse créer des réunions en ligne que vous organisez.`,
    zoom: (p: { service: string; check: boolean }) =>
      `${p.check ? "Merci de vérifier que j’ai bien" : "Merci de vous assurer que j’ai"} le privilège de planification dans ${serviceIn(p.service)}, afin que je puisse créer des réunions que vous organisez.`,
    webex: (p: { service: string; check: boolean }) =>
      `${p.check ? "Merci de vérifier que j’ai bien" : "Merci de vous assurer que j’ai"} l’autorisation de planification dans ${serviceIn(p.service)}, afin que je puisse créer des réunions que vous organisez.`,
    howTo: "Comment faire :",
    // Fichier > Paramètres du compte > Accès délégué > Ajouter: glossary [7]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
    // "accès délégué": aaeedebe page (Microsoft, MT); Calendrier: fr-ch share page (Microsoft); Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR (Microsoft, MT)
    classic: (p: { me: string }) =>
      `- Outlook pour Windows : Fichier > Paramètres du compte > Accès délégué > Ajouter > choisissez ${p.me} > Calendrier : Éditeur > OK.`,
    // Calendrier > Partager: https://support.office.com/fr-ch/article/Partager-votre-calendrier-7ecef8ae-139c-40d9-bae2-a23977ee58d5 (Microsoft)
    // « Déléguer », « Peut modifier »: glossary [9]: isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, sharing-with-outlook-on-the-web.md (Microsoft, human translation: « Peut modifier », « Déléguer ») and how-to-add-or-remove-a-delegate-in-outlook-on-the-web.md (Microsoft, MT: « partage et autorisations »)
    web: (p: { me: string }) =>
      `- Nouvel Outlook ou Outlook sur le web : Calendrier > Partager > ajoutez ${p.me} > choisissez ${q("Déléguer")} (pas seulement ${q("Peut modifier")}).`,
    // Outils > Comptes, Avancé > Délégués: https://wus.prod.support.services.microsoft.com/fr-fr/office/ajouter-et-g%C3%A9rer-des-d%C3%A9l%C3%A9gu%C3%A9s-dans-outlook-pour-mac-49ba7631-1984-453e-8a8f-c78fd43475e4 (Microsoft)
    // « Delegation and Sharing »: French label NOT FOUND (i18n-sources 1c), kept in English. Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR (Microsoft, MT)
    mac: (p: { me: string }) =>
      `- Outlook pour Mac : Outils > Comptes > ${q("Delegation and Sharing")} (anciennes versions : Avancé > Délégués) > + > ajoutez ${p.me} > Calendrier : Éditeur > OK.`,
    // Outils > Options > Paramètres de transfert d’appel > Modifier mes membres délégués: the SfB delegation guide (Microsoft, MT), see remedies.where.skype
    skypeHow: (p: { me: string }) =>
      `- Skype Entreprise : Outils > Options > Paramètres de transfert d’appel > Modifier mes membres délégués > ajoutez ${p.me}.`,
    // NOT FOUND in French (i18n-sources 1e), kept in English.
    zoomHow: (p: { me: string }) =>
      `- Portail web Zoom : ${q("Settings")} > ${q("Meeting")} > ${q("Other")} > ${q("Schedule privilege")} > ajoutez ${p.me}.`,
    // NOT FOUND in French (i18n-sources 1e), kept in English.
    webexHow: (p: { address: string }) =>
      `- Site Webex : ${q("Preferences")} > ${q("Scheduling")} > ${q("Scheduling permission")} > ajoutez mon adresse e-mail${p.address ? ` (${p.address})` : ""}.`,
    wait: "Les modifications peuvent mettre de quelques minutes à une journée pour être prises en compte dans Teams ou Skype Entreprise.",
    helpdesk: (p: { contact: string }) => `Si quelque chose n’est pas clair, ${p.contact} peut vous aider.`,
    thanks: (p: { me: string }) => `Merci d’avance,\n${p.me}`,
    thanksAnonymous: "Merci d’avance",
    /** Stands in for the delegate's name in the owner's clicks ("choisissez mon nom"). */
    me: "mon nom",
    toLabel: "À",
    subjectLabel: "Objet",
  },

  report: {
    title: "Planifier de la part d’autrui : rapport de délégation",
    version: (p: { version: string }) => `Version du complément : ${p.version}`,
    generated: (p: { at: string }) => `Généré : ${p.at}`,
    outlook: "Outlook",
    host: "Application hôte",
    hostVersion: "Version",
    platform: "Plateforme",
    language: "Langue d’affichage",
    sets: "Ensembles de conditions requises Mailbox pris en charge",
    facts: "Faits",
    user: "Utilisateur connecté",
    organizer: "Organisateur",
    shared: "Calendrier partagé",
    source: (p: { source: string }) => `source : ${p.source}`,
    unknownBecause: (p: { reason: string }) => `inconnu, car ${p.reason}`,
    sharedValue: (p: { owner: string; target: string; bits: string }) =>
      `propriétaire ${p.owner}${p.target ? `, boîte aux lettres cible ${p.target}` : ""}, autorisations de délégué ${p.bits}`,
    answer: "Réponse",
    conclusion: "Conclusion",
    delegation: "Délégation",
    checks: "Vérifications",
    noChecks: "Aucune n’est nécessaire : il s’agit du propre calendrier de l’utilisateur.",
    adding: "Ajout d’un lien de réunion",
    allowed: "Autorisé",
    blocked: (p: { reason: string }) => `Bloqué : ${p.reason}`,
    warning: (p: { text: string }) => `Avertissement : ${p.text}`,
    service: (p: { name: string; kind: string }) => `Service de réunion : ${p.name} (${p.kind})`,
    sendCheck: (p: { reach: string }) => `Vérification à l’envoi sur ce client : ${p.reach}`,
    reported: "Erreurs signalées par l’utilisateur",
    none: "Aucune",
    commands: "Commandes d’administration suggérées pour les vérifications ci-dessus",
    helpdesk: (p: { contact: string }) => `Support informatique : ${p.contact}`,
    helpdeskNone: "Support informatique : non configuré",
    notReady: "Le complément n’a pas encore fini de lire les informations d’Outlook.",
    invalidBits: (p: { value: string }) => `${p.value} (valeur non valide)`,
    none_reported: "aucune signalée",
  },
  /** « Vérifier avec Microsoft 365 » (issue 21) : ce que Graph a montré du calendrier, avec sa source. */
  graph: {
    heading: "Microsoft 365",
    check: "Vérifier auprès de Microsoft 365",
    again: "Vérifier à nouveau",
    checking: "Interrogation de Microsoft 365…",
    intro: (p: { owner: string }) =>
      `Microsoft 365 peut indiquer si vous pouvez écrire dans le calendrier ${de(p.owner)}. Outlook vous demandera peut-être de vous connecter une fois.`,
    source: (p: { at: string }) => `D’après Microsoft 365 (le ${dateTimeOf(LOCALE, p.at)}) :`,
    canEdit: (p: { owner: string }) => `Vous pouvez ajouter et modifier des éléments dans le calendrier ${de(p.owner)}.`,
    cannotEdit: (p: { owner: string }) =>
      `Microsoft 365 n’indique aucun accès en écriture pour vous au calendrier ${de(p.owner)} (il peut manquer un accès donné par un groupe).`,
    delegate: (p: { owner: string }) => `Vous figurez parmi les délégués ${de(p.owner)} (vous pouvez voir les éléments privés).`,
    delegateNotShown:
      "Rien n’indique si vous figurez parmi les délégués : Microsoft 365 ne le montre que pour les délégués autorisés à voir les éléments privés.",
    teamsAllowed: (p: { owner: string; service: string }) => `Le calendrier ${de(p.owner)} autorise les ${reunions(p.service)}.`,
    teamsNotAllowed: (p: { owner: string; service: string }) => `Le calendrier ${de(p.owner)} n’autorise pas les ${reunions(p.service)}.`,
    notShown:
      "Microsoft 365 n’indique ni l’envoi de la part d’une autre personne ni la destination des copies de réunion ; ces points restent tels qu’indiqués ci-dessus.",
    otherOwner: (p: { calendar: string }) => `Microsoft 365 a répondu pour un autre calendrier (${p.calendar}) ; rien n’en a été repris.`,
    noAccess: (p: { owner: string }) => `D’après Microsoft 365, vous n’avez pas accès au calendrier ${de(p.owner)}.`,
    unknown: (p: { reason: string }) => `Microsoft 365 n’a pas pu répondre : ${p.reason}`,
    unsupported:
      "Cette version d’Outlook ne permet pas aux compléments d’interroger Microsoft 365 (il faut une version plus récente) ; cette vérification est impossible ici.",
    checks: {
      calendarCanWrite: (p: { owner: string; at: string }) =>
        `D’après Microsoft 365 (le ${dateOf(LOCALE, p.at)}), vous pouvez ajouter des réunions au calendrier ${de(p.owner)} ; rien n’indique si vous pouvez modifier celles des autres.`,
      calendarCannotWrite: (p: { owner: string; at: string }) =>
        `Microsoft 365 (le ${dateOf(LOCALE, p.at)}) n’indique aucun accès en écriture pour vous au calendrier ${de(p.owner)}, mais il peut manquer un accès donné par un groupe : ce n’est donc pas certain.`,
      agrees: (p: { at: string }) => `Microsoft 365 le confirme (le ${dateOf(LOCALE, p.at)}).`,
      conflict: (p: { owner: string }) => `Les sources ci-dessous ne disent pas la même chose de votre accès au calendrier ${de(p.owner)}.`,
      conflictLine: (p: { owner: string }) =>
        `Outlook, Exchange et Microsoft 365 ne disent pas tous la même chose de votre accès au calendrier ${de(p.owner)} : aucun n’est retenu. Demandez au service informatique de vérifier.`,
      canWriteLine: (p: { owner: string }) =>
        `Microsoft 365 confirme que vous pouvez ajouter des réunions au calendrier ${de(p.owner)}, mais pas si vous pouvez modifier celles des autres.`,
      line: (p: { at: string; text: string }) => `D’après Microsoft 365 (le ${dateOf(LOCALE, p.at)}) : ${p.text}`,
      delegateConflict: (p: { owner: string }) =>
        `Exchange ne montre pas l’indicateur Delegate, mais selon Microsoft 365 vous figurez parmi les délégués ${de(p.owner)} : aucun des deux n’est retenu.`,
      serviceNotOffered: (p: { owner: string; at: string; service: string }) =>
        `D’après Microsoft 365 (le ${dateOf(LOCALE, p.at)}), le calendrier ${de(p.owner)} ne propose pas les ${reunions(p.service)} ; seul le service informatique peut les activer pour ${p.owner}.`,
      notOffered: (p: { owner: string; service: string }) =>
        `Pas encore : le service informatique doit activer les ${reunions(p.service)} pour ${p.owner}`,
      teamsGranted: (p: { owner: string; at: string; graphAt: string }) =>
        `D’après Exchange, tel que le service informatique l’a envoyé le ${dateOf(LOCALE, p.at)}, et Microsoft 365 (le ${dateOf(LOCALE, p.graphAt)}), vous figurez parmi les délégués ${de(p.owner)} et EWS n’empêche pas Teams d’accéder à la boîte aux lettres ${de(p.owner)}.`,
    },
    why: {
      "not-supported": "cette version d’Outlook ne permet pas aux compléments de se connecter à Microsoft 365.",
      "bridge-missing": "Outlook n’a pas proposé sa connexion au complément.",
      "consent-refused": "la connexion a été annulée ou l’autorisation n’a pas été donnée.",
      "sign-in-failed": "la connexion a échoué.",
      "scope-missing": "l’autorisation de lire les calendriers partagés (Calendars.Read.Shared) n’a pas été accordée.",
      "still-unauthorized": "Microsoft 365 a refusé la connexion deux fois.",
      throttled: "Microsoft 365 est occupé. Réessayez dans une minute.",
      "server-error": "Microsoft 365 a rencontré un problème. Réessayez plus tard.",
      network: "Microsoft 365 est injoignable.",
      "timed-out": "Microsoft 365 n’a pas répondu à temps.",
      unexpected: "sa réponse n’a pas pu être lue.",
    },
  },

  /** Changes the pane makes to what the meeting already holds: its location's claim, its block's service. */
  meetingFix: {
    locationFixed: (p: { quote: string }) => `« ${p.quote} » a été retiré du lieu ; le reste du lieu est inchangé.`,
    locationChanged: "Le lieu n’indique plus cela : rien n’a été modifié.",
    replaceWith: (p: { service: string }) => `Remplacer par ${unnamed(p.service) ? "une réunion en ligne" : p.service}`,
    blockIs: (p: { service: string }) => `Le lien dans le texte de cette réunion est un ${lien(p.service)}.`,
  },

  /** Who a remedy step is written for: the owner's steps speak to the owner about the delegate. */
  remedyPeople: {
    /**
     * Stands for the delegate when Outlook gave no usable name. The owner's card and IT's card both use it,
     * so it says « vous » to neither (« votre délégué » would be IT's delegate in IT's card).
     */
    delegate: "la personne déléguée",
    askBelow: (p: { owner: string }) => `${start(p.owner)} ou le service informatique peut le vérifier : leurs étapes figurent ci-dessous.`,
  },
  /** La réponse du service informatique tirée d’Exchange : collée dans la zone du message d’erreur, demandée par « Envoyer au service informatique », gardée dans le rapport. */
  adminPaste: {
    also: "La réponse du service informatique à la vérification Exchange (demandée par « Envoyer au service informatique ») peut aussi être collée ici.",
    heading: "Réponse du service informatique, tirée d’Exchange",
    applied: "Lu : les vérifications ci-dessus montrent maintenant ce qu’a dit Exchange.",
    remembered: (p: { owner: string }) =>
      `Gardé pour le calendrier ${de(p.owner)} dans vos paramètres Outlook : ce résultat servira de point de départ pour la prochaine réunion.`,
    ambiguous:
      "Certains noms n’ont pas pu être rattachés avec certitude à vous ou à la personne propriétaire ; ces parties n’ont pas été utilisées.",
    otherPair: (p: { who: string }) => `Ce résultat concerne ${p.who}, pas ce calendrier et vous : rien n’a changé.`,
    otherPairUnnamed:
      "Ce résultat concerne une autre personne propriétaire ou un autre délégué, pas ce calendrier et vous : rien n’a changé.",
    incomplete:
      "Incomplet : demandez au service informatique de coller tout le bloc, de la première ligne de repère à la dernière. Rien n’a changé.",
    tooLong: (p: { limit: number }) =>
      `Trop long pour être lu (plus de ${numberOf(LOCALE, p.limit)} caractères) : collez seulement ce que la vérification a affiché. Rien n’a changé.`,
    unattributed: (p: { cmdlets: string }) =>
      `Ce résultat (${p.cmdlets}) ne dit pas à qui est la boîte aux lettres : rien n’a changé. Pour qu’il compte, collez-le avec la ligne de commande qui nomme la boîte aux lettres (-Identity), ou demandez au service informatique d’exécuter la vérification en lecture seule d’« Envoyer au service informatique ».`,
    unattributedPart: (p: { cmdlets: string }) =>
      `Une partie (${p.cmdlets}) ne dit pas à qui est la boîte aux lettres : cette partie n’a pas été utilisée. Pour qu’elle compte, collez-la avec la ligne de commande qui nomme la boîte aux lettres (-Identity).`,
    noRequestId:
      "Ce n’est pas une réponse à votre demande : ce bloc ne porte aucun numéro de demande (ceux des anciennes versions du complément n’en ont pas), donc rien n’a changé. Envoyez au service informatique la vérification d’« Envoyer au service informatique » et collez sa réponse.",
    notRequested:
      "Ce n’est pas une réponse à votre demande : ce volet n’a pas demandé ce bloc pour ce calendrier et vous, donc rien n’a changé. Collez la réponse à la vérification d’« Envoyer au service informatique ».",
    futureDated: (p: { at: string }) =>
      `Ce bloc indique une exécution plus tard que maintenant (le ${dateOf(LOCALE, p.at)}) : il a été refusé et rien n’a changé. Demandez au service informatique de relancer la vérification.`,
    conflict: (p: { newer: string; older: string; layers: string }) =>
      `Deux blocs collés (exécutés le ${dateOf(LOCALE, p.older)} et le ${dateOf(LOCALE, p.newer)}) se contredisent sur ${p.layers} : aucun n’a été utilisé et rien n’a changé. Demandez au service informatique de relancer la vérification et collez seulement cette réponse.`,
    layers: {
      calendarRole: "votre accès au calendrier",
      delegateFlag: "l’indicateur Delegate",
      sendOnBehalf: "l’envoi de la part de la personne",
      ewsForTeams: "EWS pour Teams",
    },
    announce: "La réponse du service informatique a été lue.",
    announceIgnored: "La réponse du service informatique n’a rien changé.",
    mail: {
      subject: (p: { owner: string }) => `Planifier de la part d’autrui : merci de vérifier mes droits de délégué pour ${p.owner}`,
      intro:
        "Pourriez-vous exécuter la vérification en lecture seule ci-dessous dans Exchange Online PowerShell (après Connect-ExchangeOnline) et m’envoyer tout ce qu’elle affiche, de la première ligne de repère à la dernière ? Je le collerai dans le complément « Planifier de la part d’autrui », qui m’indiquera alors quelle autorisation manque. Le rapport du complément suit la vérification.",
      check: "Vérification en lecture seule (ne modifie rien) :",
      opened:
        "Un message au service informatique s’est ouvert dans Outlook, avec le rapport et la vérification. Cliquez sur Envoyer ; collez ensuite sa réponse dans la zone Message d’erreur.",
      copied:
        "Rapport et vérification copiés : collez-les dans votre ticket ou dans un e-mail au service informatique. Collez ensuite sa réponse dans la zone Message d’erreur.",
    },
    report: {
      heading: "Exchange (résultat d’un administrateur collé dans le volet)",
      none: "rien de collé",
      when: (p: { form: string; ranAt: string; pastedAt: string }) => `forme : ${p.form} ; exécutée : ${p.ranAt} ; collée : ${p.pastedAt}`,
      remembered: "gardée d’un collage précédent",
      stale: "plus de 30 jours : non utilisée par les vérifications",
      conclusions: "conclusions",
      notMatched: "non rattaché",
      check: "Vérification en lecture seule pour le service informatique (Exchange Online PowerShell, après Connect-ExchangeOnline)",
    },
    ownerRoundTrip:
      "En cas de doute sur ce qui est réglé aujourd’hui, notre service informatique peut faire une vérification qui ne modifie rien et m’envoyer sa réponse ; je la colle dans mon outil de planification, qui montre alors quelle autorisation manque encore.",
  },

  /** Commandes pour l’informatique : où les exécuter, et regarder avant de modifier. */
  adminCommands: {
    // Microsoft's fr-fr name: « environnement de ligne de commande Exchange Management Shell »; cmdlets and parameters stay as typed.
    shell:
      "Exécutez ces commandes dans Exchange Online PowerShell, après Connect-ExchangeOnline. Sur Exchange Server (local), exécutez-les dans l’environnement de ligne de commande Exchange Management Shell et omettez -SharingPermissionFlags, qui n’existe que dans Exchange Online.",
    likelyFolder: (p: { folder: string }) =>
      `Les commandes ci-dessous utilisent « ${p.folder} », le nom probable du dossier du calendrier ; la première commande affiche son vrai nom (la ligne dont FolderType vaut Calendar). S’il diffère, utilisez-le à la place.`,
    viewPurpose:
      "Affiche les droits actuels du délégué sur le calendrier et indique si l’indicateur Delegate est défini (SharingPermissionFlags), avant toute modification. Si une entrée s’affiche, utilisez Set-MailboxFolderPermission ci-dessous ; si la commande indique qu’il n’y a pas d’entrée, utilisez Add-MailboxFolderPermission.",
    setPurpose:
      "Utilisez cette commande au lieu d’Add-MailboxFolderPermission si le délégué a déjà une entrée (par exemple Reviewer) : Add- échoue sur une entrée existante.",
  },

  evidence: {
    reported: (p: { quote: string }) => `Vous avez signalé : « ${p.quote} »`,
    permissions: (p: { owner: string; role: string }) => `Outlook indique votre niveau d’accès au calendrier ${de(p.owner)} : ${p.role}.`,
    notEditOthers: "Vous pouvez créer des réunions, mais pas modifier celles que d’autres ont créées.",
    notDeleteOthers: "Vous ne pouvez pas supprimer les réunions que d’autres ont créées.",
    notRead: "Vous ne pouvez pas voir les autres éléments du calendrier.",
    macZero: (p: { owner: string }) =>
      `Outlook pour Mac indique que vous n’avez aucun accès au calendrier ${de(p.owner)}. Il le fait aussi pour de vrais délégués, donc cela ne prouve rien ; pour en avoir le cœur net, enregistrez un simple rendez-vous dans le calendrier ${de(p.owner)}.`,
    badBits: (p: { value: string }) => `Outlook a renvoyé une valeur d’accès que ce complément ne comprend pas (${p.value}).`,
    sharedUnknown: (p: { owner: string; why: string }) =>
      `Outlook n’a pas donné votre accès au calendrier ${de(p.owner)} : ${p.why}. Enregistrez un simple rendez-vous dans le calendrier ${de(p.owner)} : si Outlook refuse, il vous faut un accès en modification.`,
    whoseUnknown:
      "Ce volet n’a pas pu savoir à qui appartient ce calendrier : il ne peut donc dire ni si cette autorisation est nécessaire, ni si elle est accordée.",
    sendingInvisible: (p: { owner: string }) =>
      `Outlook n’indique pas aux compléments si vous pouvez envoyer des invitations de la part ${de(p.owner)} : impossible donc de le vérifier ici.`,
    // « Accès délégué »: glossary [7]: github.com/isabella232/OfficeDocs-AlchemyInsights-pr.fr-FR, how-to-add-or-remove-a-delegate-in-outlook-for-windows.md (Microsoft, MT)
    // "accès délégué" (the feature's name): https://support.office.com/fr-fr/article/Autoriser-quelqu-un-d-autre-%C3%A0-g%C3%A9rer-votre-courrier-%C3%A9lectronique-et-votre-calendrier-aaeedebe-9de0-4141-8323-029f4b836759 (Microsoft, MT)
    sendingHowToConfirm: (p: { owner: string }) =>
      `Pour le confirmer : ${p.owner} ouvre ${q("Accès délégué")} dans Outlook et vérifie que vous y figurez, ou le service informatique exécute la commande ci-dessous.`,
    serviceNotNeeded: (p: { service: string }) =>
      `Les ${liens(p.service)} n’ont pas de compte organisateur : personne n’a besoin de vous accorder un droit.`,
    serviceUnchecked: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} tient son propre registre des personnes autorisées à planifier pour ${p.owner} ; Outlook ne peut pas le montrer.`,
    // Auteur: https://www.uqac.ca/soutientechnique/hrf_faq/dans-outlook-2013-comment-partager-un-calendrier (third-party)
    // Éditeur: MicrosoftDocs/OfficeDocs-SkypeForBusiness-pr.fr-FR, Skype/SfbOnline/set-up-skype-for-business-online/set-up-and-troubleshoot-skype-for-business-online-delegation.md (Microsoft, MT); also the uqac.ca page above (third-party)
    teamsNeeds: (p: { owner: string }) =>
      `Teams exige que vous figuriez réellement parmi les délégués ${de(p.owner)} (rôle Auteur ou Éditeur sur le calendrier et ajout comme délégué : un simple partage du calendrier ne suffit pas), avec l’autorisation d’envoyer de sa part.`,
    // Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR delegation guide (Microsoft, MT), as above
    skypeNeeds: (p: { owner: string }) =>
      `Skype Entreprise exige que vous figuriez dans la liste des délégués ${de(p.owner)}, avec le rôle Éditeur sur le calendrier et l’autorisation d’envoyer de sa part.`,
    prerequisiteCalendar: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} ne planifie pour ${p.owner} que si vous pouvez créer des réunions dans son calendrier, et ce n’est pas le cas (voir plus haut).`,
    prerequisiteSending: (p: { service: string; owner: string }) =>
      `${serviceStart(p.service)} exige aussi que vous puissiez envoyer des invitations de la part ${de(p.owner)}, et vous avez signalé que ce n’est pas possible.`,
    chosenNeedsNothing: (p: { tried: string; chosen: string }) =>
      `Ce refus vient ${de(p.tried)}. ${serviceStart(p.chosen)}, utilisé pour cette réunion, ne demande aucun droit de ce type.`,
    otherService: (p: { quote: string; service: string }) =>
      `Vous avez signalé : « ${p.quote} ». Ce message vient d’un autre service de réunion : il ne dit rien sur ${serviceIn(p.service)}.`,
  },

  roles: {
    // Éditeur: OfficeDocs-SkypeForBusiness-pr.fr-FR delegation guide, "Éditeur (peut lire, créer et modifier des éléments)" (Microsoft, MT);
    // https://www.uqac.ca/soutientechnique/hrf_faq/dans-outlook-2013-comment-partager-un-calendrier, "Éditeur : Créer, lire, modifier et supprimer tous les éléments" (third-party)
    Editor: "Éditeur (lire, créer, modifier et supprimer tous les éléments)",
    // Auteur: https://www.uqac.ca/soutientechnique/hrf_faq/dans-outlook-2013-comment-partager-un-calendrier (third-party)
    Author: "Auteur (lire et créer des éléments, ne modifier et supprimer que les siens)",
    // NOT FOUND in French (i18n-sources 1f): the English role name is kept.
    "Nonediting Author": `${q("Nonediting Author")} (lire et créer des éléments, ne supprimer que les siens)`,
    // Relecteur: https://www.uqac.ca/soutientechnique/hrf_faq/dans-outlook-2013-comment-partager-un-calendrier (third-party)
    Reviewer: "Relecteur (lecture seule)",
    // Collaborateur: support.office.com/fr-fr/article/b2e0440c-7873-48ec-9ff2-b1a20b723005 (Microsoft, MT: « de propriétaire, avec tous les droits, à collaborateur », as the French review quotes it)
    Contributor: "Collaborateur (créer des éléments seulement, sans pouvoir lire le calendrier)",
    // Aucun: glossary [8]: https://support.microsoft.com/fr-fr/office/49ba7631-1984-453e-8a8f-c78fd43475e4 (Microsoft: « Si vous définissez le niveau d’autorisation sur Aucun »)
    None: "Aucun (aucun accès aux éléments)",
    custom: (p: { rights: readonly string[] }) => `un niveau personnalisé : ${list(p.rights)}`,
    right: {
      Read: "lire les éléments",
      Write: "créer des éléments",
      DeleteOwn: "supprimer ses propres éléments",
      DeleteAll: "supprimer tous les éléments",
      EditOwn: "modifier ses propres éléments",
      EditAll: "modifier tous les éléments",
    },
  },

  delegation: {
    user: (p: { who: string }) => `Personne connectée : ${p.who}.`,
    userUnknown: (p: { why: string }) => `Outlook n’a pas indiqué qui est connecté (${p.why}).`,
    owner: (p: { address: string }) => `Outlook indique que ce calendrier appartient à ${p.address}.`,
    sharedUnknown: (p: { why: string }) =>
      `Outlook n’a donné aucun détail de calendrier partagé (${p.why}) ; il fait de même pour votre propre calendrier, donc cela seul ne prouve rien.`,
    organizer: (p: { who: string }) => `Organisateur : ${p.who}.`,
    organizerUnknown: (p: { why: string }) => `Outlook n’a pas indiqué l’organisateur (${p.why}).`,
    organizerDisagrees:
      "L’organisateur n’est pas la personne propriétaire du calendrier ; c’est elle qui détermine à qui appartient cette réunion.",
    selfByOwner: "Le calendrier est le vôtre : l’autorisation de personne d’autre n’entre en jeu.",
    selfByOrganizer:
      "C’est vous qui organisez la réunion, et elle n’est pas dans un calendrier partagé : c’est donc votre propre calendrier.",
    delegateByOwner: (p: { owner: string }) => `Le calendrier appartient ${a(p.owner)}, pas à vous : vous agissez donc pour son compte.`,
    delegateByOrganizer: (p: { owner: string }) => `L’organisateur est ${p.owner}, pas vous : vous agissez donc pour son compte.`,
    unknownBecauseUser:
      "Sans savoir qui est connecté, le volet ne peut pas dire s’il s’agit de votre calendrier ou de celui de quelqu’un d’autre.",
    unknownBecauseOwner:
      "Sans la personne propriétaire du calendrier ni l’organisateur, le volet ne peut pas dire s’il s’agit de votre calendrier ou de celui de quelqu’un d’autre.",
  },
};
