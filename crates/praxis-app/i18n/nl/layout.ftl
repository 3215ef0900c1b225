# Het kader van elke pagina: menu, zoekvak, meldingen, voettekst.

skip-to-content = Direct naar de hoofdinhoud
nav-main = Hoofdmenu
nav-communities = Community's
nav-unanswered = Onbeantwoord
nav-people = Mensen
nav-events = Evenementen
nav-helpdesk = Helpdesk
nav-notifications = Meldingen
unread-count = { $count ->
    [one] { $count } ongelezen
   *[other] { $count } ongelezen
}
nav-registrations = Aanmeldingen
nav-domains = Domeinen
nav-usage-code = Gebruikscode
nav-experts = Experts
nav-members = Leden
nav-moderation = Moderatie
nav-audit-log = Auditlog
nav-indicators = Indicatoren
nav-feedback = Feedback
sign-out = Afmelden
sign-in = Inloggen
register = Registreren
search-label = Zoeken in { $site }
search-placeholder = Zoek vragen, documenten, mensen
search-button = Zoeken
search-suggestions = Suggesties
search-suggestion-result = Resultaat
search-suggestions-count = { $count ->
    [one] { $count } suggestie. Kies met de pijltjestoetsen omhoog en omlaag.
   *[other] { $count } suggesties. Kies met de pijltjestoetsen omhoog en omlaag.
}
usage-code-banner = De gebruikscode is gewijzigd of nog niet geaccepteerd.
usage-code-banner-link = Lees en accepteer haar
usage-code-banner-end = om te kunnen schrijven en wijzigen.
footer-tagline = { $site }: de kennisgemeenschap van publieke inkopers.
footer-help = Help
footer-usage-code = Gebruikscode
footer-feedback = Feedback
footer-accessibility = Toegankelijkheid
footer-language = Taal
