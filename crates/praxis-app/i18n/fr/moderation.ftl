# Modération : la file, le journal d'audit et le tableau de bord des indicateurs.

moderation-pages = Pages
moderation-previous-page = Page précédente
moderation-next-page = Page suivante

# La file
moderation-queue-title = File de modération
moderation-queue-intro = Ce qui attend une décision dans les communautés que vous modérez, du plus ancien au plus récent.
moderation-queue-alerts = Alertes ({ $count })
moderation-queue-alerts-none = Rien ne requiert votre attention : aucune communauté en sommeil, aucune question en attente depuis plus de 48 heures, aucune accumulation de signalements.
moderation-queue-dismiss = Ignorer
moderation-queue-flags = Messages signalés ({ $count })
moderation-queue-flags-none = Aucun signalement en cours.
moderation-queue-flagged-by = signalé par { $name }
moderation-queue-colon = { " " }:
moderation-queue-quoted = « { $text } »
moderation-queue-already-hidden = Déjà masqué
moderation-queue-note = Note pour le journal d'audit (facultatif)
moderation-queue-hide = Masquer le message
moderation-queue-dismiss-flag = Rejeter le signalement
moderation-queue-requests = Demandes d'adhésion ({ $count })
moderation-queue-requests-none = Aucune demande en attente.
moderation-queue-asks-to-join = demande à rejoindre
moderation-queue-registrations = Inscriptions en attente de validation ({ $count })
moderation-queue-decide = décider
# Le motif d'un signalement.
moderation-flag-reason = { $reason ->
    [off_topic] Hors sujet
    [inappropriate] Inapproprié
    [confidential] Information confidentielle
    [commercial] Un fournisseur ou un message commercial
    [other] Autre chose
   *[unknown] { $reason }
}
# Alertes
moderation-alert-dormant = { $community } est silencieuse depuis un mois : une question ou un événement pourrait la relancer.
moderation-alert-open-community = Ouvrir la communauté
moderation-alert-unanswered = Une question dans { $community } attend une réponse depuis plus de 48 heures.
moderation-alert-who-knows = Des membres qui connaissent le sujet : { $names }.
moderation-alert-open-question = Ouvrir la question
moderation-alert-flags = Les signalements s'accumulent dans { $community } : { $count } en cours.
moderation-alert-see-flags = Voir les signalements

# Le journal d'audit
moderation-audit-title = Journal d'audit
moderation-audit-intro = Chaque action de modération et d'administration : qui, quoi, quand et pourquoi. Les entrées ne sont jamais modifiées ni supprimées.
moderation-audit-filter-label = Filtrer le journal d'audit
moderation-audit-action = Action
moderation-audit-community-short-name = Communauté (nom court)
moderation-audit-filter = Filtrer
moderation-audit-entries = { $count ->
    [one] { $count } entrée.
   *[other] { $count } entrées.
}
moderation-audit-caption = Les entrées du journal d'audit, les plus récentes d'abord
moderation-audit-when = Quand
moderation-audit-who = Qui
moderation-audit-what = Quoi
moderation-audit-target = Cible
moderation-audit-community = Communauté
moderation-audit-why = Pourquoi
moderation-audit-all-actions = Toutes les actions

# Names of the audit log's actions (`audit-action-<action>`, one for each
# of `praxis_store::audit::ACTIONS`) and of what they touched.
audit-action-alert-dismissed = Alerte classée
audit-action-answer-unverified = Vérification d'une réponse retirée
audit-action-answer-verified = Réponse vérifiée
audit-action-buyer-domain-added = Domaine d'acheteur public ajouté
audit-action-buyer-domain-removed = Domaine d'acheteur public retiré
audit-action-community-created = Communauté créée
audit-action-community-updated = Paramètres de la communauté modifiés
audit-action-event-cancelled = Événement annulé
audit-action-event-created = Événement créé
audit-action-expert-designated = Expert désigné
audit-action-expert-removed = Expert retiré
audit-action-feedback-answered = Avis traité
audit-action-flag-resolved = Signalement tranché
audit-action-guest-access-ended = Accès invité clos
audit-action-helpdesk-question-answered = Question à l'assistance traitée
audit-action-helpdesk-question-closed = Question à l'assistance close
audit-action-helpdesk-question-published = Question à l'assistance publiée
audit-action-invitation-accepted = Invitation acceptée
audit-action-invitation-revoked = Invitation retirée
audit-action-invitation-sent = Invitation envoyée
audit-action-join-request-approved = Demande d'adhésion acceptée
audit-action-join-request-rejected = Demande d'adhésion refusée
audit-action-manager-appointed = Gestionnaire nommé
audit-action-manager-removed = Gestionnaire retiré
audit-action-member-removed = Membre retiré
audit-action-post-hidden = Message masqué
audit-action-post-restored = Message rétabli
audit-action-registration-approved = Inscription approuvée
audit-action-registration-rejected = Inscription refusée
audit-action-thread-locked = Discussion verrouillée
audit-action-thread-moved = Discussion déplacée
audit-action-thread-pinned = Discussion épinglée
audit-action-thread-unlocked = Discussion déverrouillée
audit-action-thread-unpinned = Discussion désépinglée
audit-action-usage-code-published = Charte d'usage publiée
audit-action-user-suspended = Compte suspendu
audit-action-user-unsuspended = Suspension levée
audit-target-alert = Alerte
audit-target-buyer-domain = Domaine
audit-target-community = Communauté
audit-target-event = Événement
audit-target-feedback = Avis
audit-target-helpdesk-question = Question à l'assistance
audit-target-invitation = Invitation
audit-target-post = Message
audit-target-thread = Discussion
audit-target-usage-code = Charte d'usage
audit-target-user = Membre

# Les indicateurs
moderation-indicators-title = Indicateurs
moderation-indicators-title-of = Indicateurs de { $community }
moderation-indicators-from = Du
moderation-indicators-until = Au
moderation-indicators-community-address = Communauté (adresse, facultatif)
moderation-indicators-community = Communauté
moderation-indicators-show = Afficher
moderation-indicators-download = Télécharger par communauté (CSV)
moderation-indicators-period = La période du { $from } au { $to }
moderation-indicators-members = Membres
moderation-indicators-members-value = { $total } ({ $new ->
    [one] { $new } nouveau
   *[other] { $new } nouveaux
})
moderation-indicators-active = Actifs sur la période (ont publié, répondu ou réagi)
moderation-indicators-active-30d = Actifs ces 30 derniers jours
moderation-indicators-participation = Ont lancé des discussions / seulement contribué / seulement lu / pas venus
moderation-indicators-page-views = Pages lues
moderation-indicators-threads = Discussions, dont questions
moderation-indicators-posts = Messages
moderation-indicators-answered = Questions ayant reçu une réponse (sous 48 heures)
moderation-indicators-median-first-reply = Délai médian avant une première réponse
moderation-indicators-accepted = Questions avec une réponse acceptée (ou vérifiée par un expert)
moderation-indicators-documents = Documents partagés / téléchargés
moderation-indicators-events = Événements tenus / places prises
moderation-indicators-chart-table = Les chiffres sous forme de tableau
moderation-indicators-chart-posts = Messages par semaine
moderation-indicators-chart-active = Membres actifs par semaine (ont publié, répondu ou réagi)
moderation-indicators-active-members = Membres actifs
moderation-indicators-chart-first-reply = Nombre médian d'heures avant une première réponse, selon la semaine où la question a été posée
moderation-indicators-median-hours = Heures (médiane)
moderation-indicators-chart-top = Les dix communautés les plus actives : messages des 30 derniers jours
moderation-indicators-chart-dormant = Les communautés en sommeil depuis le plus longtemps : jours depuis le dernier message
moderation-indicators-days-since-post = Jours depuis le dernier message
moderation-indicators-week = Semaine
moderation-indicators-week-of = Semaine du { $date }
moderation-indicators-by-organisation = Membres par organisation
moderation-indicators-by-organisation-caption = Les organisations les plus représentées parmi les membres
moderation-indicators-organisation = Organisation
moderation-indicators-not-given = Non renseignée
moderation-indicators-dormant-title = Communautés en sommeil
moderation-indicators-dormant-intro = Aucun message depuis { $days } jours : l'occasion d'une question à leurs animateurs, ou d'un nouveau sujet.
moderation-indicators-last-activity-on = dernière activité le { $date }
moderation-indicators-last-activity-never = aucune activité
moderation-indicators-communities = Communautés
moderation-indicators-communities-caption = L'activité par communauté
moderation-indicators-posts-30d = Messages des 30 derniers jours
moderation-indicators-last-activity = Dernière activité
moderation-indicators-dormant = En sommeil
moderation-indicators-never = jamais
moderation-indicators-no = non
