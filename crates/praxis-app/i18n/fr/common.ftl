# Éléments communs à de nombreuses pages (templates/macros.html) : le
# récapitulatif des erreurs, les listes de discussions, les cartes des
# communautés, les badges.

common-error-summary-title = Il y a un problème
common-nothing-here = Rien pour l'instant.
common-pinned = Épinglée
common-locked = Verrouillée
common-answered = Résolue
common-question = Question
common-guest = Invité
common-by = par { $name }
common-replies = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
common-last-activity = dernière activité le { $when }
common-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
common-threads = { $count ->
    [one] { $count } discussion
   *[other] { $count } discussions
}
common-you-manage = Vous animez cette communauté
common-you-are-member = Vous êtes membre
common-request-sent = Demande envoyée
common-invitation-only = Sur invitation uniquement
common-ask-to-join = Demander à rejoindre
common-join = Rejoindre
common-mention-list = Membres à mentionner
