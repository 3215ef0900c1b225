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
error-field-languages-too-many = Geef maximaal 12 talen op.
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
error-field-type-invalid-type = Kies thread, post, document of person.
error-field-from-invalid-date = Geef een datum op als YYYY-MM-DD.
error-field-to-invalid-date = Geef een datum op als YYYY-MM-DD.
error-field-from-invalid-time = Geef een datum (2026-12-03) of een tijdstip in RFC 3339-notatie op.
error-field-to-invalid-time = Geef een datum (2026-12-03) of een tijdstip in RFC 3339-notatie op.
error-field-from-empty-period = De periode moet beginnen voordat ze eindigt.
error-field-kind-invalid-choice = Kies idea, problem of praise.
error-field-tags-too-many = Maximaal 10 tags.
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
