# Gedeelde onderdelen van veel pagina's (templates/macros.html): de
# foutensamenvatting, lijsten van discussies, community-kaarten, labels.

common-error-summary-title = Er is een probleem
common-nothing-here = Hier staat nog niets.
common-pinned = Vastgezet
common-locked = Gesloten
common-answered = Beantwoord
common-question = Vraag
common-guest = Gast
common-by = door { $name }
common-replies = { $count ->
    [one] { $count } reactie
   *[other] { $count } reacties
}
common-last-activity = laatste activiteit { $when }
common-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
common-threads = { $count ->
    [one] { $count } discussie
   *[other] { $count } discussies
}
common-you-manage = U beheert deze community
common-you-are-member = U bent lid
common-request-sent = Verzoek verstuurd
common-invitation-only = Alleen op uitnodiging
common-ask-to-join = Lid worden aanvragen
common-join = Lid worden
common-mention-list = Leden om te vermelden
