# Accounts: registreren, inloggen, wachtwoorden, het profiel, de
# gebruikscode en uitnodigingen.

## Velden op meerdere formulieren
accounts-email = E-mailadres
accounts-password = Wachtwoord
accounts-your-name = Uw naam
accounts-name-hint = Zichtbaar voor andere leden. Tussen 2 en 60 tekens.
accounts-organisation = Organisatie
accounts-new-password-hint = Ten minste 12 tekens. Een paar losse woorden vormen een sterk wachtwoord dat u makkelijk onthoudt.

## Registreren
accounts-register-title = Registreren
accounts-register-intro = { $site } is bedoeld voor mensen die bij een overheidsorganisatie werken. Gebruik uw zakelijke e-mailadres: als het domein daarvan een bekend domein van een publieke inkoper is, is uw account actief zodra u het adres bevestigt; anders controleert een platformbeheerder het eerst.
accounts-register-work-email = Zakelijk e-mailadres
accounts-register-organisation-hint = Het ministerie, de uitvoeringsorganisatie, de provincie, de gemeente of het ziekenhuis waar u werkt.
accounts-register-submit = Registreren
accounts-register-already = Al geregistreerd?
accounts-register-sign-in = Inloggen

## Controleer uw mail
accounts-check-mail-title = Controleer uw mail
accounts-check-mail-reset = Als er een account met dit adres bestaat, hebben we er een link naartoe gestuurd om een nieuw wachtwoord te kiezen. De link werkt één keer en is beperkt geldig.
accounts-check-mail-verify = We hebben een link gestuurd naar het adres dat u hebt opgegeven. Open de link om uw adres te bevestigen en uw registratie af te ronden. De link werkt één keer en is beperkt geldig.
accounts-check-mail-none-before = Na een paar minuten nog geen mail ontvangen? Kijk in uw map met ongewenste e-mail, of
accounts-check-mail-none-link = registreer opnieuw
accounts-check-mail-none-after = om een nieuwe link te krijgen.

## Adres bevestigd
accounts-verified-title = Adres bevestigd
accounts-verified-heading = Uw adres is bevestigd
accounts-verified-active = Het domein van uw organisatie is een bekend domein van een publieke inkoper: uw account is actief.
accounts-verified-sign-in = Inloggen
accounts-verified-pending = Het domein van uw adres staat nog niet op onze lijst van domeinen van publieke inkopers. Daarom controleert een platformbeheerder uw registratie. U krijgt een mail zodra daarover is beslist.

## Wachten op goedkeuring
accounts-pending-title = Wacht op goedkeuring
accounts-pending-heading = Uw registratie wacht op goedkeuring
accounts-pending-why = Uw adres is bevestigd, maar het domein staat niet op onze lijst van domeinen van publieke inkopers. Een platformbeheerder controleert zulke registraties daarom met de hand. Zo blijven leveranciers buiten de deur, en daardoor kunnen leden vrijuit spreken.
accounts-pending-mail = U krijgt een mail zodra over uw registratie is beslist.

## Inloggen
accounts-login-title = Inloggen
accounts-login-submit = Inloggen
accounts-login-forgot = Wachtwoord vergeten?
accounts-login-new-here = Nieuw hier?
accounts-login-register = Registreer u

## Wachtwoorden
accounts-password-title = Uw wachtwoord wijzigen
accounts-password-current = Huidig wachtwoord
accounts-password-new = Nieuw wachtwoord
accounts-password-new-hint = Ten minste 12 tekens. Uw andere sessies worden afgemeld.
accounts-password-submit = Wachtwoord wijzigen
accounts-reset-title = Wachtwoord vergeten
accounts-reset-heading = Wachtwoord vergeten?
accounts-reset-intro = Vul het adres in waarmee u zich hebt geregistreerd. We mailen u dan een link om een nieuw wachtwoord te kiezen.
accounts-reset-submit = Link versturen
accounts-reset-confirm-title = Kies een nieuw wachtwoord
accounts-reset-confirm-hint = Ten minste 12 tekens. Als u het kiest, wordt u overal afgemeld.
accounts-reset-confirm-submit = Nieuw wachtwoord opslaan

## De gebruikscode
accounts-usage-code-title = Gebruikscode
accounts-usage-code-version = Gebruikscode, versie { $version }, gepubliceerd op { $date }
accounts-usage-code-accepted = U hebt deze versie geaccepteerd.
accounts-usage-code-accept = Ik accepteer de gebruikscode (versie { $version })

## Uw profiel
accounts-profile-title = Uw profiel
accounts-profile-signed-in-as = Ingelogd als
accounts-profile-change-password = Wijzig uw wachtwoord
accounts-profile-public = Bekijk uw openbare profiel
accounts-profile-region = Regio
accounts-profile-optional = Optioneel.
accounts-profile-languages = Talen die u spreekt
accounts-profile-languages-hint = Codes van twee letters, gescheiden door komma's, bijvoorbeeld: en, nl, fr.
accounts-profile-bio = Over u
accounts-profile-bio-hint = Wat u inkoopt, welke procedures u kent, waarmee u anderen kunt helpen. Hoogstens 2000 tekens.
accounts-profile-expertise = Uw expertise
accounts-profile-expertise-hint = Wat u uit ervaring weet: sectoren (CPV-afdelingen), procedures, beleidsterreinen. Collega's vinden u hierop in de ledengids.
accounts-profile-locale = Taal van de website
accounts-profile-time-zone = Tijdzone
accounts-profile-time-zone-hint = Tijden van evenementen worden in deze zone getoond.
accounts-profile-time-zone-site = De tijdzone van de website
accounts-profile-save = Opslaan

## Uitnodigingen voor een community
accounts-invitation-title = Uitnodiging voor { $community }
accounts-invitation-guest-by = { $inviter } nodigt u uit om deel te nemen aan
accounts-invitation-guest = U bent uitgenodigd om deel te nemen aan
accounts-invitation-guest-as = als
accounts-invitation-guest-word = gast
accounts-invitation-guest-after = : gasten lezen en schrijven alleen in deze community, en bij hun naam staat het label "Gast".
accounts-invitation-join-by = { $inviter } nodigt u uit om lid te worden van
accounts-invitation-join = U bent uitgenodigd om lid te worden van
accounts-invitation-join-after = .
accounts-invitation-terms = De uitnodiging is bestemd voor { $email } en werkt één keer, tot { $date }. Voordat u iets schrijft, wordt u gevraagd de gebruikscode te accepteren: u spreekt op persoonlijke titel, niet namens uw organisatie.
accounts-invitation-join-button = Lid worden van { $community }
accounts-invitation-someone-else = Deze uitnodiging is verstuurd naar { $email }, maar u bent ingelogd als { $user }.
accounts-invitation-someone-else-how = Meld u af en open de link opnieuw om de uitnodiging te accepteren.
accounts-invitation-sign-out = Afmelden
accounts-invitation-known = Er bestaat al een account voor het adres { $email }. Bevestig met het wachtwoord daarvan om lid te worden.
accounts-invitation-forgotten = Wachtwoord vergeten?
accounts-invitation-newcomer = Maak uw account aan voor { $email }. Met de link is dit adres bevestigd.
accounts-invitation-organisation = Organisatie (optioneel)
accounts-invitation-organisation-hint = Uw bedrijf, overheidsorganisatie of instelling.
accounts-invitation-create = Account aanmaken en lid worden
