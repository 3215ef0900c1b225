# La page de recherche (le champ du menu est dans layout.ftl).

search-page-title = Recherche
search-page-title-query = Recherche : { $q }
search-page-form-label = Rechercher dans Praxis
search-page-words = Des mots, une expression entre "guillemets" ou une question
search-page-show = Afficher
search-page-everything = Tout
search-page-language = Langue
search-page-any-language = Toutes
search-page-order = Ordre
search-page-best-match = Pertinence
search-page-newest = Les plus récents d'abord
search-page-from = Du (date)
search-page-until = Au (date)
search-page-submit = Rechercher
search-page-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-page-in-community = dans cette communauté
search-page-tagged = avec le mot-clé #{ $tag }
# Coupé autour d'un lien : avant <a>lien</a>après.
search-page-nothing-before = Aucun résultat. Essayez moins de mots ou d'autres mots, un mot dans une autre langue, ou
search-page-nothing-link = posez la question à la communauté
search-page-nothing-after = .
search-page-accepted-answer = Réponse acceptée
search-page-answered = Résolue
search-page-verified = Vérifié par un expert
search-page-pages = Pages
search-page-previous = Page précédente
search-page-next = Page suivante

## Ce qu'est un résultat
search-kind-threads = Discussions
search-kind-replies = Réponses
search-kind-documents = Documents
search-kind-members = Membres
search-kind-thread = Discussion
search-kind-reply = Réponse
search-kind-document = Document
search-kind-member = Membre
