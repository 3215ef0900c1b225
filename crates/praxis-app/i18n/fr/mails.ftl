# Les courriels envoyés par Praxis (crates/praxis-app/src/mail/texts.rs, les
# notifications et récapitulatifs, l'alerte de l'antivirus). Chaque message
# est une ligne ou une phrase d'un courriel ; le programme place les liens,
# les lignes vides et la signature. $site est le nom de la plateforme.

## Éléments communs

# La formule d'appel quand le nom de la personne est connu.
mail-hello-name = Bonjour { $name },
# La formule d'appel quand il ne l'est pas.
mail-hello = Bonjour,
mail-signature = — { $site }

## Confirmer son adresse après l'inscription

mail-verify-subject = Confirmez votre adresse électronique pour { $site }
mail-verify-open = Ouvrez le lien ci-dessus pour confirmer votre adresse électronique et finaliser votre inscription sur { $site }.
mail-verify-validity = Le lien ne fonctionne qu'une fois, pendant { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }.
mail-verify-ignore = Si vous ne vous êtes pas inscrit, ignorez ce courriel : rien ne se passe sans le lien.

## Quelqu'un a inscrit une adresse qui a déjà un compte

mail-already-subject = Vous avez déjà un compte sur { $site }
mail-already-tried = Quelqu'un, peut-être vous-même, a de nouveau tenté d'inscrire cette adresse sur { $site }.
mail-already-sign-in = Vous avez déjà un compte : connectez-vous avec le lien ci-dessus.
# $link est la page où l'on demande un nouveau mot de passe.
mail-already-forgot = Mot de passe oublié ? Choisissez-en un nouveau sur { $link }
mail-already-ignore = Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce courriel.

## Choisir un nouveau mot de passe

mail-reset-subject = Choisissez un nouveau mot de passe pour { $site }
mail-reset-open = Ouvrez le lien ci-dessus pour choisir un nouveau mot de passe.
mail-reset-validity = Le lien ne fonctionne qu'une fois, pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Choisir un nouveau mot de passe vous déconnecte partout.
mail-reset-ignore = Si vous n'avez rien demandé, ignorez ce courriel : votre mot de passe reste inchangé.

## Les inscriptions soumises à un administrateur

mail-approved-subject = Bienvenue sur { $site } : votre inscription est validée
mail-approved-body = Un administrateur a validé votre inscription. Vous pouvez désormais vous connecter à { $site } avec le lien ci-dessus.
mail-rejected-subject = Votre inscription sur { $site }
mail-rejected-body = Un administrateur n'a pas pu valider votre inscription sur { $site }. { $site } est réservé aux acheteurs publics travaillant pour des pouvoirs adjudicateurs.
mail-rejected-reason = Motif indiqué : { $reason }
# Aux administrateurs.
mail-waiting-subject = Une inscription sur { $site } attend votre validation
mail-waiting-body = { $name } <{ $email }>, de { $organisation }, a confirmé son adresse, qui ne figure pas sur la liste des domaines d'acheteurs publics autorisés.
mail-waiting-action = Validez ou refusez l'inscription dans la file d'attente ci-dessus.

## Suspension

mail-suspended-subject = Votre compte sur { $site } est suspendu
# $until est une date et une heure (« 2026-12-03 10:00 UTC »).
mail-suspended-until = Un modérateur a suspendu votre compte sur { $site } jusqu'au { $until }.
mail-suspended-indefinitely = Un modérateur a suspendu votre compte sur { $site } jusqu'à ce qu'un modérateur lève la suspension.
mail-suspended-reason = Motif : { $reason }
mail-unsuspended-subject = Votre compte sur { $site } est de nouveau actif
mail-unsuspended-body = Un modérateur a levé votre suspension. Vous pouvez de nouveau vous connecter.

## Invitation dans une communauté

mail-invitation-subject = Invitation à rejoindre { $community } sur { $site }
mail-invitation-as-guest = { $inviter } vous invite à participer à la communauté « { $community } » sur { $site } en tant qu'invité. Les invités lisent et écrivent uniquement dans cette communauté.
mail-invitation-as-member = { $inviter } vous invite à rejoindre la communauté « { $community } » sur { $site }.
# Les mots de la personne qui invite.
mail-invitation-message = Son message : « { $message } »
mail-invitation-how-member = Ouvrez le lien ci-dessus et confirmez avec votre mot de passe pour rejoindre la communauté.
mail-invitation-how-newcomer = Ouvrez le lien ci-dessus pour choisir votre nom et votre mot de passe ; le lien confirme aussi votre adresse.
mail-invitation-validity = Le lien ne fonctionne qu'une fois, pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. Chacun accepte la charte d'usage avant d'écrire.
mail-invitation-ignore = Si vous n'attendiez pas cette invitation, ignorez ce courriel : rien ne se passe sans le lien.

## Événements ($when est une date et une heure, « 2026-12-03 10:00–12:30 CET »)

mail-seat-subject = Une place vous est attribuée : { $title }
mail-seat-body = Une place s'est libérée pour « { $title } » ({ $when }) et elle vous revient : vous êtes désormais inscrit comme participant.
mail-seat-change = Si vous ne pouvez plus venir, modifiez votre réponse sur la page de l'événement afin que la personne suivante obtienne la place.
mail-cancelled-subject = Annulé : { $title }
mail-cancelled-body = L'événement « { $title } » ({ $when }) a été annulé.
mail-cancelled-reason = Message des organisateurs : « { $reason } »
mail-cancelled-calendars = Les agendas abonnés à votre flux personnel l'afficheront comme annulé.
mail-reminder-subject = Demain : { $title }
mail-reminder-body = Pour rappel, vous êtes inscrit à « { $title } », { $when }.
mail-reminder-where = Lieu : { $place }
mail-reminder-online = En ligne : { $url }
mail-reminder-where-or-online = Lieu : { $place } — ou en ligne : { $url }
mail-reminder-change = Si vous ne pouvez pas venir, modifiez votre réponse sur la page de l'événement : une personne de la liste d'attente pourra prendre votre place.

## Assistance ($subject est l'objet de la question)

mail-helpdesk-answered-subject = L'assistance vous a répondu : { $subject }
mail-helpdesk-answered-body = L'assistance a répondu à votre question « { $subject } ». Ouvrez le lien ci-dessus pour lire la réponse.
mail-helpdesk-published-subject = Votre question est ouverte à la discussion : { $subject }
mail-helpdesk-published-body = L'assistance a publié votre question « { $subject } » dans la communauté « { $community } » afin que des praticiens puissent partager leur expérience.
mail-helpdesk-published-follow = La page de votre question renvoie vers la discussion. Vous la suivez : vous serez donc informé des réponses si vous êtes membre de cette communauté.
mail-helpdesk-new-answer-subject = Nouvelle réponse dans la discussion sur votre question : { $subject }
mail-helpdesk-new-answer-body = Une réponse a été publiée dans la discussion sur votre question « { $subject } ».
mail-helpdesk-new-answer-later = Lorsqu'elle clôturera la question, l'assistance reliera la meilleure réponse à la page de votre question.

## Le rapport mensuel aux administrateurs

# $month est le numéro du mois (1 à 12), $year l'année.
mail-report-subject = { $site } : les chiffres { $month ->
        [1] de janvier
        [2] de février
        [3] de mars
        [4] d'avril
        [5] de mai
        [6] de juin
        [7] de juillet
        [8] d'août
        [9] de septembre
        [10] d'octobre
        [11] de novembre
       *[12] de décembre
    } { $year }
# Deux lignes, comme le courriel les affiche.
mail-report-intro =
    Voici le bilan de la communauté pour le mois écoulé. Le tableau de bord (lien ci-dessus) présente
    les graphiques, les chiffres par communauté et un export CSV.
# Une part en pourcentage ; $value est un nombre.
mail-report-percent = { $value } %
mail-report-hours = { $value } h
mail-report-members = Membres : { $total } ({ $new ->
        [one] { $new } nouveau
       *[other] { $new } nouveaux
    })
mail-report-active = Membres actifs : { $active } (ont publié, répondu ou réagi)
mail-report-participation = Ont lancé des discussions / seulement contribué / seulement lu / pas venus : { $started } / { $contributed } / { $read } / { $inactive }
mail-report-threads = Discussions : { $threads }, dont questions : { $questions } ; messages : { $posts }
mail-report-answered = Questions ayant reçu une réponse : { $answered } (sous 48 heures : { $fast }) ; avec une réponse acceptée : { $accepted }
mail-report-accepted-or-verified = Questions avec une réponse acceptée ou vérifiée par un expert : { $share }
mail-report-first-reply = Délai médian avant une première réponse : { $time }
mail-report-documents = Documents partagés : { $documents } ; téléchargements : { $downloads }
mail-report-events = Événements tenus : { $events } ; places prises : { $seats }
# $names : au plus dix noms, séparés par des virgules.
mail-report-dormant = Communautés en sommeil ({ $count }) : { $names }

## Alertes aux modérateurs et aux gestionnaires de communauté

mail-alert-subject = { $site } : { $what }
mail-alert-dormant = Aucun message n'a été publié dans { $community } depuis un mois
mail-alert-unanswered = Une question dans { $community } attend une réponse depuis deux jours
mail-alert-flags = Les signalements s'accumulent dans { $community }
# Quand le nom de la communauté est introuvable.
mail-alert-some-community = une communauté
# Deux lignes, comme le courriel les affiche.
mail-alert-details =
    La file de modération (lien ci-dessus) donne le détail ; écartez-y l'alerte une fois qu'elle
    est traitée. Vous pouvez désactiver ces courriels sous Notifications.

## Notifications : une phrase qui dit ce qui s'est passé ($actor est le nom d'une personne)

# Quand on ne sait plus qui l'a fait.
mail-someone = Quelqu'un
# Le nom d'un invité, partout où il apparaît dans un courriel.
mail-guest-name = { $name } (invité)
mail-notification-reply-to-thread = { $actor } a répondu dans votre discussion
mail-notification-reply-to-post = { $actor } a répondu à votre message
mail-notification-followed-thread = { $actor } a répondu dans une discussion que vous suivez
mail-notification-new-thread = { $actor } a lancé une nouvelle discussion
mail-notification-mention = { $actor } a mentionné votre nom
mail-notification-answer-accepted = { $actor } a accepté votre réponse
mail-notification-join-approved = Votre demande d'adhésion a été acceptée
mail-notification-join-rejected = Votre demande d'adhésion a été refusée
mail-notification-join-requested = { $actor } demande à rejoindre la communauté
mail-notification-invited = { $actor } vous invite à rejoindre la communauté ; le lien figure dans le courriel que nous vous avons envoyé
mail-notification-invitation-accepted = { $actor } a accepté votre invitation
mail-notification-answer-verified = { $actor } a vérifié votre réponse
mail-notification-asked-to-answer = { $actor } vous demande de répondre à une question
mail-notification-feedback-answered = { $actor } a répondu à votre retour

## Une notification envoyée aussitôt par courriel ($what est l'une des phrases ci-dessus)

mail-notify-sentence = { $what }, dans la communauté { $community }.
mail-notify-sentence-thread = { $what } : « { $title } », dans la communauté { $community }.
# La même chose quand la notification ne relève d'aucune communauté.
mail-notify-sentence-nowhere = { $what }.
mail-notify-sentence-thread-nowhere = { $what } : « { $title } ».
# $link est la page des préférences de courriel.
mail-notify-footer = Vous recevez ce courriel parce que vous avez demandé à être averti immédiatement par courriel de ce qui se passe sur { $site }. Vous pouvez modifier ce choix sur { $link }

## Le récapitulatif quotidien ou hebdomadaire ($period vaut « daily » ou « weekly »)

mail-digest-subject = Votre récapitulatif { $period ->
        [weekly] hebdomadaire
       *[daily] quotidien
    } de { $site }
mail-digest-summary = Votre récapitulatif { $period ->
        [weekly] hebdomadaire
       *[daily] quotidien
    } de { $site } : { $count ->
        [one] { $count } nouvelle notification
       *[other] { $count } nouvelles notifications
    }.
# $link est la page des préférences de courriel.
mail-digest-settings = Choisissez la fréquence de vos courriels sur { $link }

## L'antivirus a trouvé un fichier infecté

mail-quarantine-subject = [{ $site }] Un fichier partagé a été mis en quarantaine
# $file est le nom du fichier, $title le titre du document, $virus ce que l'antivirus a trouvé.
mail-quarantine-body = Le fichier « { $file } » (version { $version } de « { $title } ») s'est révélé infecté ({ $virus }) et a été mis en quarantaine : personne ne peut le télécharger.
