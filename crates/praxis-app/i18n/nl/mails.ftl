# De e-mails die Praxis verstuurt (crates/praxis-app/src/mail/texts.rs, de
# meldingen en overzichten, de waarschuwing van de virusscanner). Elk bericht
# is een regel of een zin van een e-mail; het programma plaatst de links, de
# lege regels en de ondertekening. $site is de naam van het platform.

## Gedeeld

# De aanhef als de naam van de persoon bekend is.
mail-hello-name = Beste { $name },
# De aanhef als die niet bekend is.
mail-hello = Goedendag,
mail-signature = — { $site }

## Het e-mailadres bevestigen na aanmelding

mail-verify-subject = Bevestig uw e-mailadres voor { $site }
mail-verify-open = Open de link hierboven om uw e-mailadres te bevestigen en uw aanmelding bij { $site } af te ronden.
mail-verify-validity = De link werkt één keer en is { $hours } uur geldig.
mail-verify-ignore = Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren: zonder de link gebeurt er niets.

## Iemand meldde een adres aan waarvoor al een account bestaat

mail-already-subject = U hebt al een account op { $site }
mail-already-tried = Iemand, misschien uzelf, heeft geprobeerd dit adres opnieuw aan te melden op { $site }.
mail-already-sign-in = U hebt al een account: log in via de link hierboven.
# $link is de pagina waar men een nieuw wachtwoord aanvraagt.
mail-already-forgot = Wachtwoord vergeten? Kies een nieuw wachtwoord via { $link }
mail-already-ignore = Was u dit niet? Dan kunt u deze e-mail negeren.

## Een nieuw wachtwoord kiezen

mail-reset-subject = Kies een nieuw wachtwoord voor { $site }
mail-reset-open = Open de link hierboven om een nieuw wachtwoord te kiezen.
mail-reset-validity = De link werkt één keer en is { $minutes } minuten geldig. Als u een nieuw wachtwoord kiest, wordt u overal afgemeld.
mail-reset-ignore = Hebt u hier niet om gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft ongewijzigd.

## Aanmeldingen waarover een beheerder beslist

mail-approved-subject = Welkom bij { $site }: uw aanmelding is goedgekeurd
mail-approved-body = Een beheerder heeft uw aanmelding goedgekeurd. U kunt nu via de link hierboven inloggen op { $site }.
mail-rejected-subject = Uw aanmelding bij { $site }
mail-rejected-body = Een beheerder kon uw aanmelding bij { $site } niet goedkeuren. { $site } is uitsluitend bedoeld voor publieke inkopers die werken voor aanbestedende diensten.
mail-rejected-reason = Opgegeven reden: { $reason }
# Aan de beheerders.
mail-waiting-subject = Een aanmelding bij { $site } wacht op uw goedkeuring
mail-waiting-body = { $name } <{ $email }> van { $organisation } heeft het e-mailadres bevestigd; dat staat niet op de lijst van toegestane inkopersdomeinen.
mail-waiting-action = Keur de aanmelding goed of wijs deze af in de wachtrij hierboven.

## Schorsing

mail-suspended-subject = Uw account op { $site } is geschorst
# $until is een datum en tijd ("2026-12-03 10:00 UTC").
mail-suspended-until = Een moderator heeft uw account op { $site } geschorst tot { $until }.
mail-suspended-indefinitely = Een moderator heeft uw account op { $site } geschorst totdat een moderator de schorsing opheft.
mail-suspended-reason = Reden: { $reason }
mail-unsuspended-subject = Uw account op { $site } is weer actief
mail-unsuspended-body = Een moderator heeft uw schorsing opgeheven. U kunt weer inloggen.

## Uitnodiging voor een community

mail-invitation-subject = Uitnodiging voor { $community } op { $site }
mail-invitation-as-guest = { $inviter } nodigt u uit om als gast deel te nemen aan de community "{ $community }" op { $site }. Gasten kunnen alleen in deze ene community lezen en schrijven.
mail-invitation-as-member = { $inviter } nodigt u uit om lid te worden van de community "{ $community }" op { $site }.
# De eigen woorden van wie uitnodigt.
mail-invitation-message = Persoonlijk bericht: "{ $message }"
mail-invitation-how-member = Open de link hierboven en bevestig met uw wachtwoord om lid te worden.
mail-invitation-how-newcomer = Open de link hierboven om uw naam en wachtwoord te kiezen; met de link bevestigt u ook uw e-mailadres.
mail-invitation-validity = De link werkt één keer en is { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geldig. Voordat u iets schrijft, aanvaardt u eerst de gebruikscode.
mail-invitation-ignore = Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren: zonder de link gebeurt er niets.

## Evenementen ($when is een datum en tijd, "2026-12-03 10:00–12:30 CET")

mail-seat-subject = Er is een plaats voor u: { $title }
mail-seat-body = Er is een plaats vrijgekomen voor "{ $title }" ({ $when }) en die is voor u: u staat nu ingeschreven als deelnemer.
mail-seat-change = Kunt u toch niet komen? Pas dan uw antwoord aan op de pagina van het evenement, zodat de volgende op de wachtlijst uw plaats krijgt.
mail-cancelled-subject = Geannuleerd: { $title }
mail-cancelled-body = Het evenement "{ $title }" ({ $when }) is geannuleerd.
mail-cancelled-reason = De organisatoren laten weten: "{ $reason }"
mail-cancelled-calendars = Agenda's die op uw persoonlijke feed zijn geabonneerd, tonen het evenement als geannuleerd.
mail-reminder-subject = Morgen: { $title }
mail-reminder-body = Ter herinnering: u bent ingeschreven voor "{ $title }", { $when }.
mail-reminder-where = Locatie: { $place }
mail-reminder-online = Online: { $url }
mail-reminder-where-or-online = Locatie: { $place } — of online: { $url }
mail-reminder-change = Kunt u niet komen? Pas dan uw antwoord aan op de pagina van het evenement: iemand op de wachtlijst kan dan uw plaats innemen.

## Helpdesk ($subject is het onderwerp van de vraag)

mail-helpdesk-answered-subject = De helpdesk heeft geantwoord: { $subject }
mail-helpdesk-answered-body = De helpdesk heeft uw vraag "{ $subject }" beantwoord. Open de link hierboven om het antwoord te lezen.
mail-helpdesk-published-subject = Uw vraag staat open voor discussie: { $subject }
mail-helpdesk-published-body = De helpdesk heeft uw vraag "{ $subject }" gepubliceerd in de community "{ $community }", zodat vakgenoten hun ervaring kunnen delen.
mail-helpdesk-published-follow = Op de pagina van uw vraag staat een link naar de discussie. U volgt de discussie, dus als u lid bent van die community hoort u het wanneer er antwoorden komen.
mail-helpdesk-new-answer-subject = Nieuw antwoord in de discussie over uw vraag: { $subject }
mail-helpdesk-new-answer-body = Er is een antwoord geplaatst in de discussie over uw vraag "{ $subject }".
mail-helpdesk-new-answer-later = Wanneer de helpdesk de vraag afsluit, wordt het beste antwoord gekoppeld aan de pagina van uw vraag.

## Het maandrapport voor de beheerders

# $month is het nummer van de maand (1 tot 12), $year het jaar.
mail-report-subject = { $site }: de cijfers van { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
# Twee regels, zoals de e-mail ze toont.
mail-report-intro =
    Zo verliep de afgelopen maand in de community. Op het dashboard (link hierboven) vindt u de
    grafieken, de cijfers per community en een CSV-export.
# Een aandeel in procenten; $value is een getal.
mail-report-percent = { $value } %
mail-report-hours = { $value } uur
mail-report-members = Leden: { $total } ({ $new } nieuw)
mail-report-active = Actieve leden: { $active } (geschreven, gereageerd of een reactie gegeven)
mail-report-participation = Discussies gestart / alleen bijgedragen / alleen gelezen / niet gezien: { $started } / { $contributed } / { $read } / { $inactive }
mail-report-threads = Discussies: { $threads }, waarvan vragen: { $questions }; berichten: { $posts }
mail-report-answered = Beantwoorde vragen: { $answered } (binnen 48 uur: { $fast }); met een geaccepteerd antwoord: { $accepted }
mail-report-accepted-or-verified = Vragen met een geaccepteerd of door een expert geverifieerd antwoord: { $share }
mail-report-first-reply = Mediane tijd tot een eerste reactie: { $time }
mail-report-documents = Gedeelde documenten: { $documents }; downloads: { $downloads }
mail-report-events = Gehouden evenementen: { $events }; bezette plaatsen: { $seats }
# $names: hoogstens tien namen, gescheiden door komma's.
mail-report-dormant = Slapende community's ({ $count }): { $names }

## Signalen voor moderatoren en communitybeheerders

mail-alert-subject = { $site }: { $what }
mail-alert-dormant = In { $community } is al een maand geen bericht geplaatst
mail-alert-unanswered = Een vraag in { $community } wacht al twee dagen op een reactie
mail-alert-flags = In { $community } stapelen de meldingen zich op
# Als de naam van de community niet gevonden wordt.
mail-alert-some-community = een community
# Twee regels, zoals de e-mail ze toont.
mail-alert-details =
    In de moderatiewachtrij (link hierboven) vindt u de details; negeer het signaal daar zodra het
    is afgehandeld. U kunt deze e-mails uitzetten onder Meldingen.

## Meldingen: één zin over wat er gebeurde ($actor is de naam van een persoon)

# Als niet meer bekend is wie het deed.
mail-someone = Iemand
# De naam van een gast, overal waar die in een e-mail staat.
mail-guest-name = { $name } (gast)
mail-notification-reply-to-thread = { $actor } heeft gereageerd in uw discussie
mail-notification-reply-to-post = { $actor } heeft gereageerd op uw bericht
mail-notification-followed-thread = { $actor } heeft gereageerd in een discussie die u volgt
mail-notification-new-thread = { $actor } is een nieuwe discussie begonnen
mail-notification-mention = { $actor } heeft u genoemd
mail-notification-answer-accepted = { $actor } heeft uw antwoord geaccepteerd
mail-notification-join-approved = Uw verzoek om lid te worden is goedgekeurd
mail-notification-join-rejected = Uw verzoek om lid te worden is afgewezen
mail-notification-join-requested = { $actor } vraagt om lid te worden
mail-notification-invited = { $actor } heeft u uitgenodigd om lid te worden; de link staat in de e-mail die wij u hebben gestuurd
mail-notification-invitation-accepted = { $actor } heeft uw uitnodiging aanvaard
mail-notification-answer-verified = { $actor } heeft uw antwoord geverifieerd
mail-notification-asked-to-answer = { $actor } vraagt u een vraag te beantwoorden
mail-notification-feedback-answered = { $actor } heeft gereageerd op uw feedback

## Een melding die meteen wordt gemaild ($what is een van de zinnen hierboven)

mail-notify-sentence = { $what }, in de community { $community }.
mail-notify-sentence-thread = { $what }: "{ $title }", in de community { $community }.
# Hetzelfde als de melding niet bij een community hoort.
mail-notify-sentence-nowhere = { $what }.
mail-notify-sentence-thread-nowhere = { $what }: "{ $title }".
# $link is de pagina met de e-mailinstellingen.
mail-notify-footer = U ontvangt deze e-mail omdat u hebt gevraagd om meldingen van { $site } direct per e-mail te ontvangen. U kunt dit wijzigen via { $link }

## Het dagelijkse of wekelijkse overzicht ($period is "daily" of "weekly")

mail-digest-subject = Uw { $period ->
        [weekly] wekelijkse
       *[daily] dagelijkse
    } overzicht van { $site }
mail-digest-summary = Uw { $period ->
        [weekly] wekelijkse
       *[daily] dagelijkse
    } overzicht van { $site }: { $count ->
        [one] { $count } nieuwe melding
       *[other] { $count } nieuwe meldingen
    }.
# $link is de pagina met de e-mailinstellingen.
mail-digest-settings = Stel via { $link } in hoe vaak u e-mail ontvangt

## De virusscanner vond een besmet bestand

mail-quarantine-subject = [{ $site }] Een gedeeld bestand is in quarantaine geplaatst
# $file is de bestandsnaam, $title de titel van het document, $virus wat de scanner vond.
mail-quarantine-body = Het bestand "{ $file }" (versie { $version } van "{ $title }") bleek besmet ({ $virus }) en is in quarantaine geplaatst: niemand kan het downloaden.
