# De ledengids en het profiel van een lid.

people-title = Mensen
people-breadcrumb = Kruimelpad
people-lead = Vind de collega die het al eens heeft gedaan: op wat iemand weet, waar iemand werkt en welke talen iemand spreekt.
people-search-label = Leden zoeken
people-field-q = Naam, organisatie of woorden uit het profiel
people-field-expertise = Expertise
people-any-expertise = Alle
people-field-organisation = Organisatie
people-field-language = Spreekt
people-any-language = Alle talen
people-find = Zoeken
# De groepen van de expertiselijst.
people-group-cpv = Sectoren (CPV-afdelingen)
people-group-procedure = Procedures
people-group-policy = Beleidsterreinen
# Gevolgd door people-count-order als er niet op woorden is gezocht, dan een punt.
people-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
people-count-order = , met de meeste geaccepteerde antwoorden eerst
people-none = Niemand gevonden. Probeer een andere expertise of minder woorden.
people-accepted-answers = { $count ->
    [one] { $count } geaccepteerd antwoord
   *[other] { $count } geaccepteerde antwoorden
}
people-speaks = Spreekt: { $languages }
people-pages = Pagina's
people-previous-page = Vorige pagina
people-next-page = Volgende pagina

## Een profiel
people-edit-profile = Uw profiel bewerken
people-claimed = Opgegeven expertise
people-claimed-none = Niets opgegeven.
people-earned = Wat de antwoorden laten zien
# Gevolgd door people-answers-scope op het profiel van iemand anders, dan een punt.
people-answers-summary = { $count ->
    [one] { $count } antwoord
   *[other] { $count } antwoorden
} op vragen, waarvan { $accepted } geaccepteerd
people-answers-scope = , in community's die u kunt lezen
people-topics-caption = Antwoorden per onderwerp
people-topics-topic = Onderwerp
people-topics-answers = Antwoorden
people-topics-accepted = Geaccepteerd
people-latest-answers = Laatste antwoorden
people-accepted = Geaccepteerd
people-shared = Community's die u deelt
people-shared-none = Nog geen.
