# L'annuaire des membres et le profil d'un membre.

people-title = Membres
people-breadcrumb = Fil d'Ariane
people-lead = Trouvez le collègue qui l'a déjà fait : selon ce qu'il sait, là où il travaille et les langues qu'il parle.
people-search-label = Rechercher des membres
people-field-q = Nom, organisation ou mots de leur profil
people-field-expertise = Expertise
people-any-expertise = Toutes
people-field-organisation = Organisation
people-field-language = Langue parlée
people-any-language = Toutes les langues
people-find = Rechercher
# Les groupes de la liste des expertises.
people-group-cpv = Secteurs (divisions CPV)
people-group-procedure = Procédures
people-group-policy = Domaines d'action publique
# Suivi de people-count-order si aucun mot n'a été recherché, puis d'un point.
people-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
people-count-order = , en commençant par ceux qui ont le plus de réponses acceptées
people-none = Personne ne correspond. Essayez une autre expertise ou moins de mots.
people-accepted-answers = { $count ->
    [one] { $count } réponse acceptée
   *[other] { $count } réponses acceptées
}
people-speaks = Langues : { $languages }
people-pages = Pages
people-previous-page = Page précédente
people-next-page = Page suivante

## Un profil
people-edit-profile = Modifier votre profil
people-claimed = Expertise déclarée
people-claimed-none = Aucune indiquée.
people-earned = Ce que montrent ses réponses
# Suivi de people-answers-scope sur le profil d'une autre personne, puis d'un point.
people-answers-summary = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
} à des questions, dont { $accepted ->
    [one] { $accepted } acceptée
   *[other] { $accepted } acceptées
}
people-answers-scope = , dans les communautés que vous pouvez consulter
people-topics-caption = Réponses par thème
people-topics-topic = Thème
people-topics-answers = Réponses
people-topics-accepted = Acceptées
people-latest-answers = Dernières réponses
people-accepted = Acceptée
people-shared = Communautés en commun
people-shared-none = Aucune pour l'instant.
