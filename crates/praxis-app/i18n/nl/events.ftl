# Evenementen: het overzicht, een evenement organiseren, de pagina van een evenement, deelnemers, de agendafeed.

events-title = Evenementen
events-past-title = Afgelopen evenementen
events-breadcrumb = Kruimelpad
events-times-in = Tijden in { $zone } (wijzig dit in
events-times-in-link = uw profiel
events-times-in-end = ).
events-organise = Een evenement organiseren
events-upcoming = Komende evenementen
events-past-with-slides = Afgelopen evenementen, met hun presentaties
events-past-none = Nog geen afgelopen evenementen.
events-upcoming-none = Geen komende evenementen in uw community's. Beheerders van community's en moderatoren organiseren ze; vraag het hun, of bekijk de
events-upcoming-none-link = afgelopen evenementen
events-upcoming-none-end = .
events-cancelled = Geannuleerd
events-full = Vol
events-for-all-members = Voor alle leden
events-pages = Pagina's
events-previous-page = Vorige pagina
events-next-page = Volgende pagina
events-place-online = Online
events-place-and-online = { $place } en online

# Een evenement organiseren
events-new-title = Titel
events-new-title-hint = Bijvoorbeeld: Kennisuitwisseling over raamovereenkomsten
events-new-for = Voor
events-new-for-all = Alle leden (hele platform)
events-new-discussion = Discussie (bij een evenement voor het hele platform)
events-new-discussion-hint = Een evenement van een community wordt in die community besproken. Kies bij een evenement voor alle leden waar vragen vooraf en aantekeningen achteraf komen.
events-new-no-discussion = Geen discussie
events-new-starts = Begint
events-new-starts-hint = Datum en tijd in de tijdzone hieronder.
events-new-ends = Eindigt
events-new-time-zone = Tijdzone
events-new-location = Plaats (optioneel)
events-new-location-hint = Adres en zaal, als deelnemers fysiek bijeenkomen.
events-new-online-url = Link naar de online vergadering (optioneel)
events-new-capacity = Plaatsen (optioneel)
events-new-capacity-hint = Laat leeg voor geen maximum. Als alle plaatsen bezet zijn, kunnen leden zich op een wachtlijst zetten.
events-new-description = Programma en beschrijving
events-new-description-hint = Markdown.
events-new-publish = Het evenement publiceren

# De pagina van een evenement
events-show-when = Wanneer
events-show-where = Waar
events-show-online = Online
events-show-seats = Plaatsen
events-seats-going = { $count } aangemeld
events-seats-going-of = { $count } van { $capacity } aangemeld
events-seats-maybe = { $count } misschien
events-seats-waitlist = { $count } op de wachtlijst
events-show-organised-by = Georganiseerd door
events-zone-note = In { $zone }: { $when }
events-show-add-to-calendar = Aan mijn agenda toevoegen (.ics)
events-show-discussion = De discussie over het evenement
events-show-discussion-in = in { $community }
events-show-discussed-in = Het evenement wordt besproken in
events-show-discussed-in-end = : word lid om mee te doen
events-rsvp-title = Komt u?
events-rsvp-yours = Uw antwoord:
events-rsvp-legend = Uw antwoord
events-rsvp-status = { $status ->
    [going] Ik kom
    [maybe] Misschien
    [not_going] Ik kom niet
    [waitlisted] Op de wachtlijst
   *[other] { $status }
}
events-rsvp-join-waitlist = Op de wachtlijst (het evenement is vol)
events-rsvp-send = Mijn antwoord versturen
events-documents-title = Presentaties en documenten
events-documents-none = Nog niets gedeeld.
events-documents-none-organiser = Deel hieronder presentaties en verslagen uit de bibliotheek van de community.
events-documents-share-label = Een document uit de bibliotheek delen
events-documents-share = Delen
events-organisers-title = Voor de organisatoren
events-organisers-attendees = Deelnemers
events-organisers-download = De lijst downloaden (CSV)
events-cancel-reason = Reden van annulering (wordt gestuurd aan wie heeft geantwoord)
events-cancel = Het evenement annuleren

# Deelnemers
events-attendees-title = Deelnemers aan { $title }
events-attendees-download = Downloaden als CSV
events-attendees-none = Nog niemand heeft geantwoord.
events-attendees-caption = Deelnemers en hun antwoorden
events-attendees-name = Naam
events-attendees-organisation = Organisatie
events-attendees-answer = Antwoord
events-attendees-answered = Geantwoord op
events-csv-standing = Hoedanigheid
events-csv-guest = gast
events-csv-member = lid
events-csv-email = E-mailadres

# De agendafeed
events-calendar-title = Uw agendafeed
events-calendar-intro = Abonneer u in Outlook, Google Agenda of Apple Agenda op uw persoonlijke feed om de evenementen waarop u "ik kom" of "misschien" hebt geantwoord altijd actueel te zien. Het adres is geheim: iedereen die het heeft, ziet uw evenementen. Vervang het als het is uitgelekt.
events-calendar-url-label = Het adres van uw feed (alleen nu getoond; kopieer het naar uw agendaprogramma):
events-calendar-since = U hebt een feed sinds { $since }. Het adres werd getoond toen u de feed maakte.
events-calendar-none = U hebt nog geen feed.
events-calendar-make = Mijn feed maken
events-calendar-replace = Het adres vervangen
events-calendar-stop = De feed stoppen
