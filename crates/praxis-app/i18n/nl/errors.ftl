# Foutmeldingen. `error-field-<veld>-<code>`: wat er mis is met een veld;
# `error-code-<code>`: wat een weigering, een conflict of een verlopen link betekent.

## Tekstvelden
error-field-body-invalid-characters = Deze tekst bevat stuurtekens.
error-field-text-invalid-characters = Deze tekst bevat stuurtekens.
error-field-answer-invalid-characters = Deze tekst bevat stuurtekens.
error-field-private-details-invalid-characters = Deze tekst bevat stuurtekens.
error-field-reason-invalid-characters = Deze tekst bevat stuurtekens.
error-field-note-invalid-characters = Deze tekst bevat stuurtekens.
error-field-description-invalid-characters = Deze tekst bevat stuurtekens.
error-field-bio-invalid-characters = Deze tekst bevat stuurtekens.
error-field-message-invalid-characters = Deze tekst bevat stuurtekens.
error-field-rules-invalid-characters = Deze tekst bevat stuurtekens.
error-field-reference-url-invalid-url = Geef een volledig webadres op dat begint met https://, zonder spaties.
error-field-online-url-invalid-url = Geef een volledig webadres op dat begint met https://, zonder spaties.

## Accounts, beheer en uitnodigingen
error-field-email-invalid-email = Voer een e-mailadres in zoals naam@ministerie.example.gov.
error-field-domain-invalid-domain = Voer een domeinnaam in zoals minfin.example.gov, zonder @ of http://.
error-field-token-invalid-token = Deze link is niet geldig. Controleer of u hem volledig hebt gekopieerd.
error-field-current-password-wrong-password = Uw huidige wachtwoord klopt niet.
error-field-languages-too-many = Geef maximaal { $max } talen op.
error-field-languages-invalid-language = Geef talen op als codes van twee letters, zoals en, nl, fr.
error-field-lang-invalid-locale = Kies een van de aangeboden talen.
error-field-until-in-the-past = Het einde van de schorsing moet in de toekomst liggen.
error-field-until-invalid-datetime = Geef het einde van de schorsing op als datum en tijd.
error-field-status-invalid-status = Gebruik status=pending, active, rejected, suspended of unverified.
error-field-actor-invalid-id = Geef de id van het lid op.
error-field-role-invalid-choice = Kies "member" of "guest".
error-field-role-not-a-public-buyer = Dit adres staat niet op de lijst van domeinen van publieke inkopers. Nodig deze persoon uit als gast, of vraag een platformbeheerder het domein toe te voegen.

## Community's, discussies en moderatie
error-field-slug-invalid-slug = Gebruik kleine letters, cijfers en enkele koppeltekens, zoals duurzaam-inkopen.
error-field-reason-invalid-reason = Kies off_topic, inappropriate, confidential, commercial of other.
error-field-reply-to-unknown-post = U kunt alleen reageren op een bericht in deze discussie.
error-field-post-id-unknown-post = Het geaccepteerde antwoord moet een reactie in deze discussie zijn.
error-field-post-id-not-an-answer = De vraag zelf kan niet het antwoord zijn.
error-field-ids-required = Geef de id's op die als gelezen moeten worden gemarkeerd, of "all": true.
error-field-action-invalid-action = Kies pin, unpin, lock of unlock.
error-field-decision-invalid-decision = Kies hide of dismiss.

## Expertise en de helpdesk
error-field-review-by-invalid-date = Geef de datum voor herbeoordeling op als YYYY-MM-DD.
error-field-review-by-in-the-past = De datum voor herbeoordeling moet in de toekomst liggen.
error-field-user-ids-unknown-member = Een van hen is geen lid.
error-field-user-ids-cannot-ask = Vraag iemand anders dan uzelf of de auteur van de vraag.
error-field-email-unknown-member = Geen enkel lid heeft dit e-mailadres.
error-field-post-id-not-in-thread = Koppel een antwoord uit de discussie waarin deze vraag is gepubliceerd.

## Evenementen
error-field-time-zone-unknown-time-zone = Kies een tijdzone uit de IANA-database, zoals Europe/Paris of Europe/Amsterdam.
error-field-starts-at-invalid-time = Geef een datum en tijd op zoals 2026-12-03T10:00.
error-field-starts-at-nonexistent-time = Dit tijdstip bestaat niet in de gekozen tijdzone (de klok springt eroverheen).
error-field-ends-at-invalid-time = Geef een datum en tijd op zoals 2026-12-03T10:00.
error-field-ends-at-nonexistent-time = Dit tijdstip bestaat niet in de gekozen tijdzone (de klok springt eroverheen).
error-field-ends-at-end-before-start = Het evenement moet na het begin eindigen.
error-field-capacity-out-of-range = Het aantal plaatsen is minimaal 1 (laat het leeg voor geen maximum).
error-field-document-id-unknown-document = Kies een document uit de bibliotheek van deze community.
error-field-discussion-community-not-for-community-events = Een evenement van een community wordt in die community besproken; laat dit leeg.
error-field-discussion-community-unknown-community = Kies een community waarin u mag schrijven, of geen.

## Documenten
error-field-file-required = Kies een bestand om te uploaden.
error-field-file-empty-file = Het bestand is leeg.
error-field-file-invalid-multipart = De upload kon niet worden gelezen: hij is afgebroken of is geen geldig formulier.

## Zoeken, indicatoren, feedback en hulp
error-field-lang-invalid-lang = Kies en, nl of fr.
error-field-from-invalid-date = Geef een datum op als YYYY-MM-DD.
error-field-to-invalid-date = Geef een datum op als YYYY-MM-DD.
error-field-from-invalid-time = Geef een datum (2026-12-03) of een tijdstip in RFC 3339-notatie op.
error-field-to-invalid-time = Geef een datum (2026-12-03) of een tijdstip in RFC 3339-notatie op.
error-field-from-empty-period = De periode moet beginnen voordat ze eindigt.
error-field-kind-invalid-choice = Kies idea, problem of praise.
error-field-tags-too-many = Maximaal { $max } tags.
error-field-useful-required = Geef true (nuttig) of false (niet nuttig) op.

## Weigeringen, conflicten en verlopen links: accounts
error-code-email-not-verified = Bevestig eerst uw e-mailadres: volg de link in de mail die wij u hebben gestuurd.
error-code-pending-approval = Uw registratie wacht op goedkeuring door een platformbeheerder. U krijgt een mail.
error-code-registration-rejected = Uw registratie is niet goedgekeurd.
error-code-not-pending = Deze registratie wacht niet op goedkeuring.
error-code-cannot-suspend-self = U kunt uzelf niet schorsen.
error-code-not-suspended = Dit account is niet geschorst.
error-code-token-used = Deze link is al gebruikt.
error-code-token-expired = Deze link is verlopen. Vraag een nieuwe aan.
error-code-csrf-failed = Dit formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en probeer het nog eens.
error-code-not-allowed = Gasten zien de leden van hun community, niet de ledengids.

## Community's en uitnodigingen
error-code-invitation-only = Deze community is alleen op uitnodiging toegankelijk. Vraag het aan een van de beheerders.
error-code-already-member = Deze persoon is al lid van de community.
error-code-invitation-closed = Deze uitnodiging is al aanvaard of ingetrokken.
error-code-invitation-revoked = Deze uitnodiging is ingetrokken. Vraag de beheerders van de community om een nieuwe.
error-code-invitation-expired = Deze uitnodiging is verlopen. Vraag de beheerders van de community om een nieuwe.

## Discussies en moderatie
error-code-post-deleted = De auteur heeft dit bericht verwijderd; het kan niet meer worden bewerkt.
error-code-own-post = U kunt uw eigen bericht niet als nuttig markeren.
error-code-already-flagged = U hebt dit bericht al gemeld; de moderatoren kijken ernaar.
error-code-already-resolved = Iemand heeft al over deze melding beslist.
error-code-not-a-moderator = Signalen zijn bestemd voor moderatoren en beheerders van community's.
error-code-already-dismissed = Dit signaal is al genegeerd.

## Expertise en de helpdesk
error-code-not-an-expert = Alleen experts voor de onderwerpen van deze vraag, de helpdesk en platformbeheerders verifiëren antwoorden.
error-code-not-an-answer = De vraag zelf kan niet worden geverifieerd; verifieer een van de antwoorden.
error-code-answer-not-visible = Dit antwoord is verborgen of verwijderd.
error-code-not-for-guests = De helpdesk beantwoordt vragen van leden van het platform; wend u tot de beheerders van uw community.
error-code-question-closed = Deze vraag is gesloten.
error-code-already-published = Deze vraag is al gepubliceerd.

## Evenementen
error-code-event-past = Dit evenement is voorbij.
error-code-event-full = Het evenement is vol. U kunt zich op de wachtlijst zetten: u krijgt een plaats zodra er een vrijkomt.
error-code-rsvp-in-progress = Uw vorige antwoord wordt nog verwerkt; probeer het opnieuw.

## Documenten
error-code-version-conflict = Iemand heeft op hetzelfde moment een versie toegevoegd. Probeer het opnieuw.
error-code-scan-pending = Dit bestand wordt op virussen gecontroleerd. Probeer het zo meteen opnieuw.
error-code-quarantined = Dit bestand bleek besmet en staat in quarantaine.

## Codes several use cases give, each with its own wording in English;
## one sentence fits them all.
error-code-event-cancelled = Dit evenement is geannuleerd.
error-code-invitation-used = Deze uitnodiging is al gebruikt. Meld u aan om de community te openen.
error-code-not-a-question = Dit is een discussie: alleen vragen hebben een geaccepteerd antwoord en kunnen aan vakgenoten worden voorgelegd.
error-code-unknown-community = { $reason ->
    [moderated] Er is geen community met dat adres die u modereert.
   *[other] Er is geen community met dit adres.
}
error-code-invalid-characters = Deze tekst bevat tekens die hier niet zijn toegestaan (stuurtekens of regeleinden).
error-code-invalid-choice = Kies een van de aangeboden mogelijkheden.
error-code-invalid-date = Geef een datum op als YYYY-MM-DD.
error-code-invalid-time = Geef een datum en tijd op, zoals 2026-12-03T10:00.
error-code-nonexistent-time = Dit tijdstip bestaat niet in de gekozen tijdzone (de klok slaat het over).
error-code-unknown-time-zone = Kies een tijdzone uit de IANA-database, zoals Europe/Amsterdam of Europe/Brussels.
error-code-invalid-url = Geef een volledig webadres op dat begint met https://, zonder spaties.
error-code-invalid-language = Geef een taalcode van twee letters op, zoals en, nl of fr.
error-code-invalid-locale = Kies een van de aangeboden talen.
error-code-invalid-sort = Kies een van de aangeboden sorteringen.
error-code-invalid-json = De inhoud van het verzoek is geen geldige JSON.

## Zinnen met waarden: de use case geeft ze als argumenten.
## `$field` is de Engelse naam van het veld (die van de API); hier weggelaten.
error-code-required = Dit veld is verplicht.
error-code-too-long = Gebruik maximaal { $max ->
    [one] 1 teken
   *[other] { $max } tekens
}.
error-code-too-short = Gebruik minstens { $min ->
    [one] 1 teken
   *[other] { $min } tekens
}.
error-code-invalid-kind = Kies een van: { $allowed }.
error-code-invalid-membership = Kies een van: { $allowed }.
error-code-invalid-role = Kies een van: { $allowed }.
error-code-invalid-type = Kies een van: { $allowed }.
error-code-too-many = Kies er maximaal { $max }.
error-code-unknown-expertise = "{ $code }" is geen expertisecode; zie /api/v1/taxonomy/expertise.
error-field-tags-invalid-tag = Tags bestaan uit letters, cijfers en koppeltekens, met maximaal { $max } tekens.
error-code-too-many-tags = Gebruik maximaal { $max } tags.
error-field-attachments-invalid-attachment = { $reason ->
    [too_many] Voeg maximaal { $max } documenten toe.
   *[elsewhere] Voeg documenten uit de bibliotheek van deze community toe.
}
error-field-file-file-refused = { $reason ->
    [type] Dit soort bestand wordt niet aanvaard. Toegestaan: { $accepted }.
   *[size] Het bestand is groter dan { $limit } of dan wat er vandaag nog over is van uw uploadtegoed.
}
error-field-expires-in-days-out-of-range = Een uitnodiging is 1 tot { $max } dagen geldig.
error-field-user-ids-not-in-community = { $name } is geen lid van { $community }; vraag iemand die dat wel is.
error-code-too-many-requests = Per vraag kunnen maximaal { $max } vakgenoten worden gevraagd.
error-code-suspended = { $until ->
    [none] Uw account is geschorst.
   *[other] Uw account is geschorst tot { $until }.
}
error-code-usage-code-outdated = Versie { $version } is niet de huidige gebruikscode; lees en accepteer versie { $current }.
error-code-domain-exists = { $domain } staat al op de lijst van toegestane domeinen.
error-code-slug-taken = Het adres { $slug } is al in gebruik bij een andere community.
error-code-invitation-for-another-account = Deze uitnodiging is verstuurd naar { $invited }, maar u bent aangemeld als { $signed_in }. Meld u af en open de link opnieuw.
error-code-invalid-form = Het formulier kon niet worden gelezen.
error-code-invalid-parameter = Een parameter in het webadres is ongeldig.
error-code-invalid-field = Deze waarde is ongeldig.

## Wachtwoorden: het advies van zxcvbn (`$advice`), één bericht per waarschuwing en suggestie.
error-code-weak-password = Dit wachtwoord is te gemakkelijk te raden. { $advice }
password-warning-straight-rows = Rechte rijen toetsen zijn gemakkelijk te raden.
password-warning-short-keyboard-patterns = Korte toetsenbordpatronen zijn gemakkelijk te raden.
password-warning-repeats = Herhalingen zoals "aaa" zijn gemakkelijk te raden.
password-warning-repeated-sequences = Herhalingen zoals "abcabcabc" zijn maar een beetje moeilijker te raden dan "abc".
password-warning-top-10 = Dit is een van de tien meest gebruikte wachtwoorden.
password-warning-top-100 = Dit is een van de honderd meest gebruikte wachtwoorden.
password-warning-common = Dit is een heel gangbaar wachtwoord.
password-warning-similar-to-common = Dit lijkt op een veelgebruikt wachtwoord.
password-warning-sequences = Reeksen zoals abc of 6543 zijn gemakkelijk te raden.
password-warning-recent-years = Recente jaartallen zijn gemakkelijk te raden.
password-warning-word-by-itself = Eén woord op zich is gemakkelijk te raden.
password-warning-dates = Datums zijn vaak gemakkelijk te raden.
password-warning-names-by-themselves = Voor- en achternamen op zich zijn gemakkelijk te raden.
password-warning-common-names = Gangbare voor- en achternamen zijn gemakkelijk te raden.
password-suggestion-few-words = Gebruik een paar woorden en vermijd bekende uitdrukkingen.
password-suggestion-no-need-for-symbols = Symbolen, cijfers of hoofdletters zijn niet nodig.
password-suggestion-another-word = Voeg nog een of twee woorden toe. Ongewone woorden zijn beter.
password-suggestion-capitalization = Hoofdletters helpen niet veel.
password-suggestion-all-uppercase = Alleen hoofdletters is bijna even gemakkelijk te raden als alleen kleine letters.
password-suggestion-reversed-words = Omgekeerde woorden zijn niet veel moeilijker te raden.
password-suggestion-predictable-substitutions = Voorspelbare vervangingen, zoals '@' in plaats van 'a', helpen niet veel.
password-suggestion-longer-keyboard-pattern = Gebruik een langer toetsenbordpatroon met meer wendingen.
password-suggestion-repeated-words = Vermijd herhaalde woorden en tekens.
password-suggestion-sequences = Vermijd reeksen.
password-suggestion-recent-years = Vermijd recente jaartallen.
password-suggestion-years-associated = Vermijd jaartallen die met u te maken hebben.
password-suggestion-dates-associated = Vermijd datums en jaartallen die met u te maken hebben.
