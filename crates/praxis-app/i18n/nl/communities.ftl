# Community's: het overzicht, de pagina van een community, leden,
# verzoeken tot deelname, uitnodigingen en instellingen.

communities-title = Community's
communities-my-title = Mijn community's
communities-find = Zoek een community
communities-kind = Soort
communities-all-kinds = Alle soorten
communities-search = Zoeken
communities-all = Alle community's
communities-only-mine = Alleen mijn community's
communities-create = Een community aanmaken
communities-count = { $count ->
    [one] { $count } community
   *[other] { $count } community's
}
communities-pages = Pagina's
communities-previous-page = Vorige pagina
communities-next-page = Volgende pagina
communities-breadcrumb = Kruimelpad
communities-actions = Acties
communities-guest = Gast
communities-member = Lid
communities-manager = Beheerder
communities-members = Leden

## De pagina van een community
communities-member-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
communities-thread-count = { $count ->
    [one] { $count } discussie
   *[other] { $count } discussies
}
communities-show-rules = Regels van deze community
communities-show-new-thread = Stel een vraag of begin een discussie
communities-show-unfollow = Nieuwe discussies niet meer volgen
communities-show-follow = Nieuwe discussies volgen
communities-show-leave = Verlaten
communities-show-request-pending = Uw verzoek om lid te worden wacht op een beheerder.
communities-show-invite-only = Deze community is alleen op uitnodiging toegankelijk.
communities-show-join-why = Waarom wilt u lid worden? (optioneel, voor de beheerders)
communities-show-ask-to-join = Vraag om lid te worden
communities-show-join = Word lid van deze community
communities-show-library = Bibliotheek
communities-show-join-requests = Verzoeken tot deelname
communities-show-settings = Instellingen en regels
communities-show-invitations = Uitnodigingen
communities-show-filter = Discussies filteren
communities-show-filter-all = Alle
communities-show-filter-questions = Vragen
communities-show-filter-unanswered = Onbeantwoord
communities-show-filter-discussions = Discussies
communities-show-language = Taal
communities-show-any-language = Alle talen
communities-show-apply-language = Tonen
communities-show-tags = Tags:
communities-show-threads-tagged = Discussies met tag #{ $tag }
communities-show-threads = Discussies
communities-show-members-only = De discussies van deze community zijn alleen zichtbaar voor haar leden.

## Een community aanmaken en de instellingen
communities-form-name = Naam
communities-form-name-hint = Bijvoorbeeld: Circulair bouwen
communities-form-slug = Webadres
communities-form-slug-hint = Kleine letters, cijfers en koppeltekens: circulair-bouwen
communities-form-membership = Wie kan lid worden
communities-form-description = Beschrijving
communities-form-description-hint = Waar de community voor is en wie lid zou moeten worden. Markdown.
communities-form-rules = Regels
communities-form-rules-hint = Wat hier thuishoort en hoe leden met elkaar omgaan, aanvullend op de gebruikscode van het platform. Staat op de pagina van de community. Markdown.
communities-form-create = Aanmaken
communities-form-save = Opslaan
communities-settings-title = Instellingen van { $name }
communities-settings-heading = Instellingen en regels van { $name }

## Leden
communities-members-title = Leden van { $name }
communities-members-name = Naam
communities-members-organisation = Organisatie
communities-members-role = Rol
communities-members-remove-manager = Niet langer beheerder
communities-members-make-manager = Beheerder maken
communities-members-end-guest = Gasttoegang beëindigen
communities-members-remove = Uit de community verwijderen

## Verzoeken tot deelname
communities-requests-title = Verzoeken tot deelname aan { $name }
communities-requests-empty = Er wacht geen verzoek.
communities-requests-approve = Goedkeuren
communities-requests-decline = Afwijzen

## Uitnodigingen
communities-invitations-title = Uitnodigingen voor { $name }
communities-invite-heading = Iemand uitnodigen
# De inleiding is gesplitst rond twee vetgedrukte woorden: start <b>lid</b>midden <b>gast</b>einde.
communities-invite-intro-start = Nodig een publieke inkoper uit als
communities-invite-intro-member = lid
communities-invite-intro-middle = , of iemand van buiten (een advocaat, een lokale overheid, een expert) als
communities-invite-intro-guest = gast
communities-invite-intro-end = : gasten zien en schrijven alleen in deze community. De link in de e-mail werkt één keer.
communities-invite-email = E-mailadres
communities-invite-as = Uitnodigen als
communities-invite-as-guest = Gast (alleen deze community)
communities-invite-as-member = Lid (een publieke inkoper)
communities-invite-valid-for = Geldig gedurende (dagen)
communities-invite-valid-hint = Van 1 tot 60 dagen.
communities-invite-message = Persoonlijk bericht (optioneel)
communities-invite-send = De uitnodiging versturen
communities-invitations-sent = Verstuurde uitnodigingen
communities-invitations-empty = Nog geen uitnodigingen. Uitnodigingen die u verstuurt, staan hier tot ze zijn aanvaard, ingetrokken of verlopen.
communities-invitations-address = Adres
communities-invitations-as = Als
communities-invitations-status = Status
communities-invitations-sent-by = Verstuurd door
communities-invitations-sent-at = Verstuurd
communities-invitations-expires = Verloopt
communities-invitation-status-pending = Wacht
communities-invitation-status-accepted = Aanvaard
communities-invitation-status-revoked = Ingetrokken
communities-invitation-status-expired = Verlopen
communities-invitation-withdraw = Intrekken
communities-invitation-withdraw-hidden = de uitnodiging aan { $email }
