# Discussies, berichten, de onbeantwoorde vragen en de pagina met meldingen.

discussions-breadcrumb = Kruimelpad
discussions-pages = Pagina's
discussions-previous-page = Vorige pagina
discussions-next-page = Volgende pagina
discussions-save = Opslaan

## Een bericht bewerken en de geschiedenis ervan
discussions-edit-title = Bericht bewerken
discussions-edit-intro = De eerdere versie blijft zichtbaar in de geschiedenis van het bericht.
discussions-edit-body = Tekst
discussions-history-title = Geschiedenis van het bericht
discussions-history-back = Terug naar de discussie
discussions-history-current = Huidige versie
# $when is een datum en tijd, $name de naam van een lid.
discussions-history-replaced = Vervangen op { $when } door { $name }
discussions-history-none = Dit bericht is niet bewerkt.

## Een discussie starten
discussions-new-title = Nieuwe discussie in { $community }
discussions-new-kind = Wat wilt u plaatsen?
discussions-new-kind-question = Een vraag: vakgenoten antwoorden en u accepteert het antwoord dat u verder heeft geholpen
discussions-new-kind-discussion = Een discussie: deel een ervaring of een mening
discussions-new-title-label = Titel
discussions-new-title-hint = Eén zin die zegt waar het over gaat, 5 tot 200 tekens.
discussions-new-body = Uw bericht
discussions-new-body-hint = Markdown: **vet**, *cursief*, [link](https://…), lijsten met "- ". Noem een lid met @naam-van-het-lid. Vermeld nooit vertrouwelijke gegevens van een lopende procedure.
discussions-new-tags = Tags
discussions-new-tags-hint = Maximaal 5, gescheiden door komma's: uea, raamovereenkomst
discussions-new-language = Taal van uw bericht
discussions-new-language-hint = Helpt de zoekfunctie het met de juiste woordvormen te vinden; laat u dit leeg, dan herkent Praxis de taal zelf.
discussions-new-language-auto = Automatisch herkennen
discussions-new-topics = Onderwerpen (expertise)
discussions-new-topics-hint = Geef aan waar de discussie over gaat, zodat leden met die expertise haar vinden.
discussions-new-submit = Plaatsen
discussions-attach-library = Documenten uit de bibliotheek bijvoegen
discussions-attach-legend = Bij te voegen documenten

## Een discussie
discussions-kind-question = Vraag
discussions-kind-discussion = Discussie
discussions-follow = Deze discussie volgen
discussions-unfollow = Niet meer volgen
discussions-moderate-thread = Deze discussie modereren
discussions-moderate-pin = Vastzetten
discussions-moderate-unpin = Losmaken
discussions-moderate-lock = Sluiten
discussions-moderate-unlock = Heropenen
discussions-move-to = Verplaatsen naar de community met het adres
# De hint luidt: "De korte naam, zoals in /communities/korte-naam; ook die community moet u modereren."
discussions-move-hint-before = De korte naam, zoals in /communities/
discussions-move-hint-example = korte-naam
discussions-move-hint-after = ; ook die community moet u modereren.
discussions-move-why = Reden (optioneel, wordt bewaard in de auditlog)
discussions-move-submit = Discussie verplaatsen
discussions-accepted-answer = Geaccepteerd antwoord
discussions-replies = Reacties
discussions-no-replies = Nog geen reacties.
discussions-asked-title = Vakgenoten gevraagd om te antwoorden
discussions-asked-answered = beantwoord
discussions-asked-not-answered = nog niet beantwoord
# De zin luidt: "… Zoek iemand in de ledengids."
discussions-asked-none-before = Er is nog niemand gevonden met de expertise van deze vraag. Zoek iemand in
discussions-asked-none-link = de ledengids
discussions-asked-none-after = .
discussions-ask-legend = Vraag maximaal drie vakgenoten die dit onderwerp kennen (zij krijgen een melding)
discussions-ask-submit = Vragen
discussions-reply-title = Uw reactie
discussions-reply-label = Reactie
discussions-reply-hint = Markdown. Noem een lid met @naam-van-het-lid.
discussions-attach-new = Een nieuw document bijvoegen (optioneel)
discussions-attach-new-hint = Het wordt ook gedeeld in de bibliotheek van de community.
discussions-reply-submit = Reactie plaatsen
discussions-locked-notice = Deze discussie is gesloten: er kunnen geen nieuwe reacties meer bij.

## Een bericht
discussions-post-edited = bewerkt
discussions-in-reply-to = als reactie op
discussions-earlier-post = een eerder bericht
discussions-post-deleted = Verwijderd door de auteur.
discussions-post-hidden-by-moderator = Dit bericht is verborgen door een moderator.
discussions-post-hidden = Verborgen voor leden
discussions-attachments = Bijgevoegde documenten
# De zin luidt: "Gecontroleerd door Naam aan de hand van <bron>; opnieuw te beoordelen vóór 2026-01-01."
discussions-verified-by = Gecontroleerd door { $name } aan de hand van
discussions-verified-review = ; opnieuw te beoordelen vóór { $date }.
discussions-verify = Dit antwoord verifiëren
discussions-verify-again = Opnieuw verifiëren
discussions-verify-reference = Juridische bron
discussions-verify-reference-example = Richtlijn 2014/24/EU art. 72
discussions-verify-url = Link naar de bron (optioneel)
discussions-verify-review-by = Opnieuw te beoordelen vóór
discussions-verify-submit = Als geverifieerd markeren
discussions-verify-remove = Verificatie verwijderen
discussions-helpful-button = Nuttig ({ $count })
discussions-helpful-count = Nuttig: { $count }
discussions-accept = Dit antwoord accepteren
discussions-post-edit = Bewerken
discussions-post-delete = Verwijderen
discussions-post-delete-confirm = Mijn bericht definitief verwijderen
discussions-post-reply = Reageren
discussions-report = Melden
discussions-report-why = Waarom moet een moderator naar dit bericht kijken?
discussions-report-off-topic = Niet ter zake
discussions-report-inappropriate = Ongepast
discussions-report-confidential = Vertrouwelijke informatie
discussions-report-commercial = Een leverancier of een commerciële boodschap
discussions-report-other = Iets anders
discussions-report-details = Toelichting (nodig bij "iets anders")
discussions-report-submit = Naar de moderatoren sturen
discussions-moderate-show = Weer tonen
discussions-moderate-hide = Verbergen
discussions-moderate-hide-why = Reden (wordt bewaard in de auditlog)
discussions-moderate-hide-submit = Verbergen voor leden

## Vragen die op een antwoord wachten
discussions-unanswered-title = Vragen die op een antwoord wachten
discussions-unanswered-intro = Vragen in uw community's waarop nog niemand heeft gereageerd. Uw ervaring is misschien precies wat een collega nodig heeft.

## Meldingen
discussions-notifications-title = Meldingen
discussions-notifications-unread = ({ $count } ongelezen)
discussions-notifications-read-all = Alles als gelezen markeren
discussions-notifications-empty = Nog niets. Hier ziet u het wanneer iemand op u reageert, u noemt of uw antwoord accepteert.
# Voorgelezen vóór een ongelezen melding.
discussions-notifications-unread-label = Ongelezen:
discussions-notifications-read-one = Als gelezen markeren
discussions-notifications-newer = Nieuwer
discussions-notifications-older = Ouder
discussions-mail-title = E-mail
discussions-mail-frequency = Hoe vaak wilt u mail ontvangen over wat u volgt?
discussions-mail-immediate = Direct, één mail per melding
discussions-mail-daily = Een dagelijks overzicht per mail
discussions-mail-weekly = Een wekelijks overzicht per mail
discussions-mail-off = Geen mail
discussions-mail-alerts = Mail mij bij elke nieuwe signalering voor de community's die ik modereer (een slapende community, een vraag die al twee dagen wacht, meldingen die zich opstapelen)
