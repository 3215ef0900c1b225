# De zoekpagina (het zoekvak in het menu staat in layout.ftl).

search-page-title = Zoeken
search-page-title-query = Zoeken: { $q }
search-page-form-label = Zoeken in Praxis
search-page-words = Woorden, een zinsdeel tussen "aanhalingstekens", of een vraag
search-page-show = Tonen
search-page-everything = Alles
search-page-language = Taal
search-page-any-language = Alle talen
search-page-order = Volgorde
search-page-best-match = Beste overeenkomst
search-page-newest = Nieuwste eerst
search-page-from = Vanaf (datum)
search-page-until = Tot en met (datum)
search-page-submit = Zoeken
search-page-count = { $count ->
    [one] { $count } resultaat
   *[other] { $count } resultaten
}
search-page-in-community = in deze community
search-page-tagged = met tag #{ $tag }
# Gesplitst rond een link: voor <a>link</a>na.
search-page-nothing-before = Niets gevonden. Probeer minder of andere woorden, een woord uit een andere taal, of
search-page-nothing-link = stel uw vraag aan de community
search-page-nothing-after = .
search-page-accepted-answer = Geaccepteerd antwoord
search-page-answered = Beantwoord
search-page-verified = Bevestigd door een expert
search-page-pages = Pagina's
search-page-previous = Vorige pagina
search-page-next = Volgende pagina

## Wat een resultaat is
search-kind-threads = Discussies
search-kind-replies = Reacties
search-kind-documents = Documenten
search-kind-members = Leden
search-kind-thread = Discussie
search-kind-reply = Reactie
search-kind-document = Document
search-kind-member = Lid
