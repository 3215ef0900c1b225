# Communautés : l'annuaire, la page d'une communauté, ses membres, les
# demandes d'adhésion, les invitations et les paramètres.

communities-title = Communautés
communities-my-title = Mes communautés
communities-find = Trouver une communauté
communities-kind = Type
communities-all-kinds = Tous les types
communities-search = Rechercher
communities-all = Toutes les communautés
communities-only-mine = Seulement mes communautés
communities-create = Créer une communauté
communities-count = { $count ->
    [one] { $count } communauté
   *[other] { $count } communautés
}
communities-pages = Pages
communities-previous-page = Page précédente
communities-next-page = Page suivante
communities-breadcrumb = Fil d'Ariane
communities-actions = Actions
communities-guest = Invité
communities-member = Membre
communities-manager = Animateur
communities-members = Membres

## La page d'une communauté
communities-member-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
communities-thread-count = { $count ->
    [one] { $count } discussion
   *[other] { $count } discussions
}
communities-show-rules = Règles de cette communauté
communities-show-new-thread = Poser une question ou lancer une discussion
communities-show-unfollow = Ne plus suivre les nouvelles discussions
communities-show-follow = Suivre les nouvelles discussions
communities-show-leave = Quitter
communities-show-request-pending = Votre demande d'adhésion attend la réponse d'un animateur.
communities-show-invite-only = Cette communauté est accessible sur invitation uniquement.
communities-show-join-why = Pourquoi souhaitez-vous rejoindre la communauté ? (facultatif, pour les animateurs)
communities-show-ask-to-join = Demander à rejoindre
communities-show-join = Rejoindre cette communauté
communities-show-library = Bibliothèque
communities-show-join-requests = Demandes d'adhésion
communities-show-settings = Paramètres et règles
communities-show-invitations = Invitations
communities-show-filter = Filtrer les discussions
communities-show-filter-all = Toutes
communities-show-filter-questions = Questions
communities-show-filter-unanswered = Sans réponse
communities-show-filter-discussions = Discussions
communities-show-language = Langue
communities-show-any-language = Toutes les langues
communities-show-apply-language = Afficher
communities-show-tags = Mots-clés :
communities-show-threads-tagged = Discussions avec le mot-clé #{ $tag }
communities-show-threads = Discussions
communities-show-members-only = Les discussions de cette communauté ne sont visibles que par ses membres.

## Créer une communauté et ses paramètres
communities-form-name = Nom
communities-form-name-hint = Par exemple : Construction circulaire
communities-form-slug = Adresse web
communities-form-slug-hint = Lettres minuscules, chiffres et traits d'union : construction-circulaire
communities-form-membership = Qui peut rejoindre
communities-form-description = Description
communities-form-description-hint = À quoi sert la communauté et qui devrait la rejoindre. Markdown.
communities-form-rules = Règles
communities-form-rules-hint = Ce qui a sa place ici et comment les membres se comportent entre eux, en plus de la charte d'usage de la plateforme. Affichées sur la page de la communauté. Markdown.
communities-form-create = Créer
communities-form-save = Enregistrer
communities-settings-title = Paramètres de { $name }
communities-settings-heading = Paramètres et règles de { $name }

## Membres
communities-members-title = Membres de { $name }
communities-members-name = Nom
communities-members-organisation = Organisation
communities-members-role = Rôle
communities-members-remove-manager = Retirer le rôle d'animateur
communities-members-make-manager = Nommer animateur
communities-members-end-guest = Mettre fin à l'accès invité
communities-members-remove = Retirer de la communauté

## Demandes d'adhésion
communities-requests-title = Demandes d'adhésion à { $name }
communities-requests-empty = Aucune demande en attente.
communities-requests-approve = Accepter
communities-requests-decline = Refuser

## Invitations
communities-invitations-title = Invitations à { $name }
communities-invite-heading = Inviter quelqu'un
# L'introduction est coupée autour de deux mots en gras : début <b>membre</b>milieu <b>invité</b>fin.
communities-invite-intro-start = Invitez un acheteur public comme
communities-invite-intro-member = membre
communities-invite-intro-middle = , ou une personne extérieure (un avocat, une collectivité, un expert) comme
communities-invite-intro-guest = invité
communities-invite-intro-end = . Les invités ne voient que cette communauté et n'écrivent que dans celle-ci. Le lien du courriel ne fonctionne qu'une fois.
communities-invite-email = Adresse électronique
communities-invite-as = Inviter comme
communities-invite-as-guest = Invité (cette communauté seulement)
communities-invite-as-member = Membre (un acheteur public)
communities-invite-valid-for = Valable pendant (jours)
communities-invite-valid-hint = De 1 à 60 jours.
communities-invite-message = Message personnel (facultatif)
communities-invite-send = Envoyer l'invitation
communities-invitations-sent = Invitations envoyées
communities-invitations-empty = Aucune invitation pour l'instant. Les invitations que vous envoyez apparaissent ici jusqu'à ce qu'elles soient acceptées, retirées ou expirées.
communities-invitations-address = Adresse
communities-invitations-as = Comme
communities-invitations-status = Statut
communities-invitations-sent-by = Envoyée par
communities-invitations-sent-at = Envoyée le
communities-invitations-expires = Expire le
communities-invitation-status-pending = En attente
communities-invitation-status-accepted = Acceptée
communities-invitation-status-revoked = Retirée
communities-invitation-status-expired = Expirée
communities-invitation-withdraw = Retirer
communities-invitation-withdraw-hidden = l'invitation envoyée à { $email }
