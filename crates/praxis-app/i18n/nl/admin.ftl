# Beheer: aanmeldingen, domeinen van publieke inkopers, de gebruikscode,
# leden.

## Gedeeld
admin-col-name = Naam
admin-col-email = E-mail
admin-col-organisation = Organisatie
admin-col-role = Rol
admin-col-status = Status
admin-col-actions = Acties
admin-pages = Pagina's
admin-previous-page = Vorige pagina
admin-next-page = Volgende pagina

## Domeinen van publieke inkopers
admin-domains-title = Domeinen van publieke inkopers
admin-domains-intro = Mensen met een e-mailadres op een van deze domeinen, of op een subdomein daarvan, zijn actief zodra zij hun adres bevestigen. Alle anderen wachten op goedkeuring.
admin-domains-field = Toe te voegen domein
admin-domains-field-hint = Bijvoorbeeld minfin.example.gov. Subdomeinen vallen eronder.
admin-domains-add = Domein toevoegen
admin-domains-empty = De lijst met toegestane domeinen is leeg: elke registratie wacht op goedkeuring.
admin-domains-caption = { $count ->
    [one] { $count } toegestaan domein
   *[other] { $count } toegestane domeinen
}
admin-domains-domain = Domein
admin-domains-added = Toegevoegd
admin-domains-remove = Verwijderen

## Aanmeldingen die op goedkeuring wachten
admin-registrations-title = Aanmeldingen die op goedkeuring wachten
admin-registrations-intro-before = Deze mensen hebben een adres bevestigd waarvan het domein niet op de
admin-registrations-intro-link = lijst van toegestane domeinen van publieke inkopers
admin-registrations-intro-after = {" "}staat. Keur alleen publieke inkopers goed; leveranciers mogen nooit toegang krijgen.
admin-registrations-empty = Er wacht geen enkele aanmelding.
admin-registrations-total = { $count ->
    [one] { $count } aanmelding wacht.
   *[other] { $count } aanmeldingen wachten.
}
admin-registrations-registered = Geregistreerd
admin-registrations-decision = Besluit
admin-registrations-approve = Goedkeuren
admin-registrations-reason-label = Reden voor het afwijzen van { $name }
admin-registrations-reason-placeholder = Reden (optioneel)
admin-registrations-reject = Afwijzen

## De gebruikscode
admin-usage-code-title = De gebruikscode bewerken
admin-usage-code-heading = De gebruikscode
admin-usage-code-status = Versie { $version } is van kracht; { $count ->
        [one] { $count } lid heeft
       *[other] { $count } leden hebben
    } deze geaccepteerd. Als u een nieuwe versie publiceert, moet elk lid die opnieuw accepteren voordat het weer berichten kan plaatsen.
admin-usage-code-see = Bekijk haar zoals leden haar zien
admin-usage-code-text = Tekst van de nieuwe versie
admin-usage-code-text-hint = Markdown. Ten minste 20 tekens.
admin-usage-code-publish = Publiceren als versie { $version }

## Leden
admin-users-title = Leden
admin-users-find = Zoeken op naam of e-mail
admin-users-search = Zoeken
admin-users-total = { $count ->
    [one] { $count } account.
   *[other] { $count } accounts.
}
admin-users-caption = Accounts
admin-users-until = tot { $date }
admin-users-lift = Schorsing opheffen
admin-users-of = van { $name }
admin-users-suspend = Schorsen
admin-users-reason = Reden (het lid krijgt deze te zien)
admin-users-until-label = Tot (UTC, leeg voor onbepaalde tijd)
admin-role-admin = platformbeheerder
admin-role-moderator = moderator
admin-role-helpdesk = helpdesk
admin-role-member = lid
admin-role-guest = gast
admin-status-unverified = niet bevestigd
admin-status-pending-approval = wacht op goedkeuring
admin-status-active = actief
admin-status-rejected = afgewezen
admin-status-suspended = geschorst
