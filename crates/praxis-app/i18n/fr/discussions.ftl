# Discussions, messages, questions sans réponse et page des notifications.

discussions-breadcrumb = Fil d'Ariane
discussions-pages = Pages
discussions-previous-page = Page précédente
discussions-next-page = Page suivante
discussions-save = Enregistrer

## Modifier un message et son historique
discussions-edit-title = Modifier le message
discussions-edit-intro = La version précédente reste visible dans l'historique du message.
discussions-edit-body = Texte
discussions-history-title = Historique du message
discussions-history-back = Retour à la discussion
discussions-history-current = Version actuelle
# $when est une date et une heure, $name le nom d'un membre.
discussions-history-replaced = Version remplacée le { $when } par { $name }
discussions-history-none = Ce message n'a pas été modifié.

## Lancer une discussion
discussions-new-title = Nouvelle discussion dans { $community }
discussions-new-kind = De quoi s'agit-il ?
discussions-new-kind-question = Une question : vos pairs répondent et vous acceptez la réponse qui vous a aidé
discussions-new-kind-discussion = Une discussion : partagez une expérience ou un avis
discussions-new-title-label = Titre
discussions-new-title-hint = Une phrase qui dit de quoi il s'agit, de 5 à 200 caractères.
discussions-new-body = Votre message
discussions-new-body-hint = Markdown : **gras**, *italique*, [lien](https://…), listes avec « - ». Mentionnez un membre avec @son-nom. N'indiquez jamais d'informations confidentielles sur une procédure en cours.
discussions-new-tags = Mots-clés
discussions-new-tags-hint = 5 au maximum, séparés par des virgules : dume, accord-cadre
discussions-new-language = Langue de votre message
discussions-new-language-hint = Aide la recherche à le retrouver sous les bonnes formes de mots ; si vous laissez vide, Praxis reconnaît la langue.
discussions-new-language-auto = Reconnaître automatiquement
discussions-new-topics = Thèmes (expertise)
discussions-new-topics-hint = Indiquez le sujet de la discussion, pour que les membres qui ont cette expertise la trouvent.
discussions-new-submit = Publier
discussions-attach-library = Joindre des documents de la bibliothèque
discussions-attach-legend = Documents à joindre

## Une discussion
discussions-kind-question = Question
discussions-kind-discussion = Discussion
discussions-follow = Suivre cette discussion
discussions-unfollow = Ne plus suivre
discussions-moderate-thread = Modérer cette discussion
discussions-moderate-pin = Épingler
discussions-moderate-unpin = Désépingler
discussions-moderate-lock = Verrouiller
discussions-moderate-unlock = Déverrouiller
discussions-move-to = Déplacer vers la communauté dont l'adresse est
# L'aide se lit : « Son nom court, comme dans /communities/nom-court ; vous devez aussi la modérer. »
discussions-move-hint-before = Son nom court, comme dans /communities/
discussions-move-hint-example = nom-court
discussions-move-hint-after = { " " }; vous devez aussi la modérer.
discussions-move-why = Motif (facultatif, conservé dans le journal d'audit)
discussions-move-submit = Déplacer la discussion
discussions-accepted-answer = Réponse acceptée
discussions-replies = Réponses
discussions-no-replies = Pas encore de réponse.
discussions-asked-title = Praticiens sollicités pour répondre
discussions-asked-answered = a répondu
discussions-asked-not-answered = n'a pas encore répondu
# La phrase se lit : « … Cherchez quelqu'un dans l'annuaire des membres. »
discussions-asked-none-before = Personne ayant l'expertise de cette question n'a encore été trouvé. Cherchez quelqu'un dans
discussions-asked-none-link = l'annuaire des membres
discussions-asked-none-after = .
discussions-ask-legend = Sollicitez jusqu'à trois praticiens qui connaissent ce sujet (ils recevront une notification)
discussions-ask-submit = Les solliciter
discussions-reply-title = Votre réponse
discussions-reply-label = Réponse
discussions-reply-hint = Markdown. Mentionnez un membre avec @son-nom.
discussions-attach-new = Joindre un nouveau document (facultatif)
discussions-attach-new-hint = Il est aussi partagé dans la bibliothèque de la communauté.
discussions-reply-submit = Publier la réponse
discussions-locked-notice = Cette discussion est verrouillée : plus de nouvelles réponses.

## Un message
discussions-post-edited = modifié
discussions-in-reply-to = en réponse à
discussions-earlier-post = un message précédent
discussions-post-deleted = Supprimé par son auteur.
discussions-post-hidden-by-moderator = Ce message a été masqué par un modérateur.
discussions-post-hidden = Masqué pour les membres
discussions-attachments = Documents joints
# La phrase se lit : « Vérifié par Nom au regard de <référence> ; à réexaminer d'ici le 2026-01-01. »
discussions-verified-by = Vérifié par { $name } au regard de
discussions-verified-review = { " " }; à réexaminer d'ici le { $date }.
discussions-verify = Vérifier cette réponse
discussions-verify-again = Vérifier à nouveau
discussions-verify-reference = Référence juridique
discussions-verify-reference-example = Directive 2014/24/UE art. 72
discussions-verify-url = Lien vers la source (facultatif)
discussions-verify-review-by = Date limite de réexamen
discussions-verify-submit = Marquer comme vérifiée
discussions-verify-remove = Retirer la vérification
discussions-helpful-button = Utile ({ $count })
discussions-helpful-count = Utile : { $count }
discussions-accept = Accepter cette réponse
discussions-post-edit = Modifier
discussions-post-delete = Supprimer
discussions-post-delete-confirm = Supprimer définitivement mon message
discussions-post-reply = Répondre
discussions-report = Signaler
discussions-report-why = Pourquoi un modérateur devrait-il examiner ce message ?
discussions-report-off-topic = Hors sujet
discussions-report-inappropriate = Inapproprié
discussions-report-confidential = Information confidentielle
discussions-report-commercial = Un fournisseur ou un message commercial
discussions-report-other = Autre motif
discussions-report-details = Précisions (nécessaires pour « autre motif »)
discussions-report-submit = Envoyer aux modérateurs
discussions-moderate-show = Afficher à nouveau
discussions-moderate-hide = Masquer
discussions-moderate-hide-why = Motif (conservé dans le journal d'audit)
discussions-moderate-hide-submit = Masquer pour les membres

## Questions en attente de réponse
discussions-unanswered-title = Questions en attente de réponse
discussions-unanswered-intro = Les questions de vos communautés auxquelles personne n'a encore répondu. Votre expérience est peut-être exactement ce dont un collègue a besoin.

## Notifications
discussions-notifications-title = Notifications
discussions-notifications-unread = { $count ->
    [one] ({ $count } non lue)
   *[other] ({ $count } non lues)
}
discussions-notifications-read-all = Tout marquer comme lu
discussions-notifications-empty = Rien pour l'instant. Vous serez averti ici lorsque quelqu'un vous répondra, vous mentionnera ou acceptera votre réponse.
# Lu avant une notification non lue.
discussions-notifications-unread-label = Non lue :
discussions-notifications-read-one = Marquer comme lue
discussions-notifications-newer = Plus récentes
discussions-notifications-older = Plus anciennes
discussions-mail-title = Courriel
discussions-mail-frequency = À quelle fréquence souhaitez-vous recevoir un courriel sur ce que vous suivez ?
discussions-mail-immediate = Immédiatement, un courriel par notification
discussions-mail-daily = Un récapitulatif quotidien par courriel
discussions-mail-weekly = Un récapitulatif hebdomadaire par courriel
discussions-mail-off = Aucun courriel
discussions-mail-alerts = M'envoyer un courriel pour chaque nouvelle alerte concernant les communautés que je modère (une communauté en sommeil, une question en attente depuis deux jours, des signalements qui s'accumulent)
