# De helpdesk: vertrouwelijk een vraag stellen, en de wachtrij en antwoorden van de medewerkers.

helpdesk-title = Helpdesk
helpdesk-breadcrumb = Kruimelpad
helpdesk-staff-intro = Vragen die naar de helpdesk zijn gestuurd. Beantwoord ze vertrouwelijk, of publiceer een complexe vraag in een community (standaard geanonimiseerd).
helpdesk-filter-label = Vragen filteren
helpdesk-filter-all = Alle
helpdesk-filter-open = Wachtend
helpdesk-filter-answered = Beantwoord
helpdesk-filter-published = Gepubliceerd
helpdesk-filter-closed = Gesloten
# Gevolgd door "[private]", dan helpdesk-ask-intro-and, "[/private]" en helpdesk-ask-intro-end.
helpdesk-ask-intro = Stel de helpdesk vertrouwelijk een vraag. Complexe vragen kunnen ter bespreking in een community worden gepubliceerd, zonder uw naam, tenzij u anders aangeeft. Zet zaaknummers, namen van leveranciers en alles wat tussen u en de helpdesk moet blijven in de vertrouwelijke gegevens, of tussen
helpdesk-ask-intro-and = en
helpdesk-ask-intro-end = in uw tekst.
helpdesk-subject = Onderwerp
helpdesk-your-question = Uw vraag
helpdesk-private-details-label = Vertrouwelijke gegevens (optioneel, worden nooit gepubliceerd)
helpdesk-send = Naar de helpdesk sturen
helpdesk-your-questions = Uw vragen
helpdesk-none = Geen vragen.
helpdesk-none-with-status = Geen vragen met deze status.
helpdesk-caption = Vragen aan de helpdesk
helpdesk-asked-by = Gesteld door
helpdesk-status = Status
helpdesk-sent = Verstuurd
helpdesk-status-open = Wacht op de helpdesk
helpdesk-status-answered = Beantwoord
helpdesk-status-published = Open voor discussie
helpdesk-status-closed = Gesloten
helpdesk-status-unknown = Onbekend

# Een vraag
helpdesk-asked-by-name = gesteld door { $name }
helpdesk-private-details = Vertrouwelijke gegevens
helpdesk-answer-title = Het antwoord van de helpdesk
helpdesk-open-for-discussion = Deze vraag staat open voor discussie:
helpdesk-open-for-discussion-anonymised = Deze vraag staat open voor discussie, zonder uw naam:
helpdesk-open-for-discussion-link = de discussie
helpdesk-open-for-discussion-end = (zichtbaar voor de leden van die community).
helpdesk-staff-title = Voor de helpdesk
helpdesk-answer-privately = Vertrouwelijk antwoorden
helpdesk-send-answer = Het antwoord versturen
helpdesk-publish-community = Ter bespreking publiceren in de community met het adres
helpdesk-publish-anonymise = Zonder de naam van de vraagsteller (aanbevolen)
helpdesk-publish = Publiceren als "Helpdesk"
helpdesk-close-post = Antwoord uit de discussie om te koppelen (het nummer, optioneel)
helpdesk-close = De vraag sluiten
