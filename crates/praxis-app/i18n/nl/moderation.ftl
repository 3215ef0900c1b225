# Moderatie: de wachtrij, het auditlog en het dashboard met indicatoren.

moderation-pages = Pagina's
moderation-previous-page = Vorige pagina
moderation-next-page = Volgende pagina

# De wachtrij
moderation-queue-title = Moderatiewachtrij
moderation-queue-intro = Wat op een besluit wacht in de community's die u modereert, oudste eerst.
moderation-queue-alerts = Signalen ({ $count })
moderation-queue-alerts-none = Niets vraagt uw aandacht: geen slapende community, geen vraag die langer dan 48 uur wacht, geen stapel meldingen.
moderation-queue-dismiss = Negeren
moderation-queue-flags = Gemelde berichten ({ $count })
moderation-queue-flags-none = Geen openstaande meldingen.
moderation-queue-flagged-by = gemeld door { $name }
moderation-queue-colon = :
moderation-queue-quoted = “{ $text }”
moderation-queue-already-hidden = Al verborgen
moderation-queue-note = Notitie voor het auditlog (optioneel)
moderation-queue-hide = Het bericht verbergen
moderation-queue-dismiss-flag = De melding afwijzen
moderation-queue-requests = Verzoeken om lid te worden ({ $count })
moderation-queue-requests-none = Geen openstaande verzoeken.
moderation-queue-asks-to-join = vraagt lid te worden van
moderation-queue-registrations = Aanmeldingen die op goedkeuring wachten ({ $count })
moderation-queue-decide = beslissen
# Waarom een bericht is gemeld.
moderation-flag-reason = { $reason ->
    [off_topic] Niet ter zake
    [inappropriate] Ongepast
    [confidential] Vertrouwelijke informatie
    [commercial] Een leverancier of commercieel bericht
    [other] Iets anders
   *[unknown] { $reason }
}
# Signalen
moderation-alert-dormant = Het is al een maand stil in { $community }: een vraag of een evenement kan de community nieuw leven inblazen.
moderation-alert-open-community = De community openen
moderation-alert-unanswered = Een vraag in { $community } wacht al meer dan 48 uur op een reactie.
moderation-alert-who-knows = Leden die het onderwerp kennen: { $names }.
moderation-alert-open-question = De vraag openen
moderation-alert-flags = De meldingen stapelen zich op in { $community }: { $count } open.
moderation-alert-see-flags = De meldingen bekijken

# Het auditlog
moderation-audit-title = Auditlog
moderation-audit-intro = Elke moderatie- en beheeractie: wie, wat, wanneer en waarom. Regels worden nooit gewijzigd of verwijderd.
moderation-audit-filter-label = Het auditlog filteren
moderation-audit-action = Actie
moderation-audit-community-short-name = Community (korte naam)
moderation-audit-filter = Filteren
moderation-audit-entries = { $count ->
    [one] { $count } regel.
   *[other] { $count } regels.
}
moderation-audit-caption = Regels van het auditlog, nieuwste eerst
moderation-audit-when = Wanneer
moderation-audit-who = Wie
moderation-audit-what = Wat
moderation-audit-target = Onderwerp
moderation-audit-community = Community
moderation-audit-why = Waarom
moderation-audit-all-actions = Alle handelingen

# Names of the audit log's actions (`audit-action-<action>`, one for each
# of `praxis_store::audit::ACTIONS`) and of what they touched.
audit-action-alert-dismissed = Signaal afgehandeld
audit-action-answer-unverified = Verificatie van een antwoord ingetrokken
audit-action-answer-verified = Antwoord geverifieerd
audit-action-buyer-domain-added = Domein van een aanbestedende dienst toegevoegd
audit-action-buyer-domain-removed = Domein van een aanbestedende dienst verwijderd
audit-action-community-created = Community aangemaakt
audit-action-community-updated = Instellingen van de community gewijzigd
audit-action-event-cancelled = Evenement geannuleerd
audit-action-event-created = Evenement aangemaakt
audit-action-expert-designated = Expert aangewezen
audit-action-expert-removed = Expert afgevoerd
audit-action-feedback-answered = Feedback beantwoord
audit-action-flag-resolved = Melding afgehandeld
audit-action-guest-access-ended = Gasttoegang beëindigd
audit-action-helpdesk-question-answered = Helpdeskvraag beantwoord
audit-action-helpdesk-question-closed = Helpdeskvraag gesloten
audit-action-helpdesk-question-published = Helpdeskvraag gepubliceerd
audit-action-invitation-accepted = Uitnodiging aanvaard
audit-action-invitation-revoked = Uitnodiging ingetrokken
audit-action-invitation-sent = Uitnodiging verstuurd
audit-action-join-request-approved = Verzoek tot deelname goedgekeurd
audit-action-join-request-rejected = Verzoek tot deelname afgewezen
audit-action-manager-appointed = Beheerder aangesteld
audit-action-manager-removed = Beheerder afgevoerd
audit-action-member-removed = Lid verwijderd
audit-action-post-hidden = Bericht verborgen
audit-action-post-restored = Bericht hersteld
audit-action-registration-approved = Registratie goedgekeurd
audit-action-registration-rejected = Registratie afgewezen
audit-action-thread-locked = Discussie gesloten
audit-action-thread-moved = Discussie verplaatst
audit-action-thread-pinned = Discussie vastgezet
audit-action-thread-unlocked = Discussie heropend
audit-action-thread-unpinned = Discussie losgemaakt
audit-action-usage-code-published = Gebruikscode gepubliceerd
audit-action-user-suspended = Account geschorst
audit-action-user-unsuspended = Schorsing opgeheven
audit-target-alert = Signaal
audit-target-buyer-domain = Domein
audit-target-community = Community
audit-target-event = Evenement
audit-target-feedback = Feedback
audit-target-helpdesk-question = Helpdeskvraag
audit-target-invitation = Uitnodiging
audit-target-post = Bericht
audit-target-thread = Discussie
audit-target-usage-code = Gebruikscode
audit-target-user = Lid

# De indicatoren
moderation-indicators-title = Indicatoren
moderation-indicators-title-of = Indicatoren van { $community }
moderation-indicators-from = Van
moderation-indicators-until = Tot en met
moderation-indicators-community-address = Community (adres, optioneel)
moderation-indicators-community = Community
moderation-indicators-show = Tonen
moderation-indicators-download = Per community downloaden (CSV)
moderation-indicators-period = De periode van { $from } tot en met { $to }
moderation-indicators-members = Leden
moderation-indicators-members-value = { $total } ({ $new } nieuw)
moderation-indicators-active = Actief in de periode (geschreven, gereageerd of een reactie gegeven)
moderation-indicators-active-30d = Actief in de afgelopen 30 dagen
moderation-indicators-participation = Discussies gestart / alleen bijgedragen / alleen gelezen / niet gezien
moderation-indicators-page-views = Gelezen pagina's
moderation-indicators-threads = Discussies, waarvan vragen
moderation-indicators-posts = Berichten
moderation-indicators-answered = Beantwoorde vragen (binnen 48 uur)
moderation-indicators-median-first-reply = Mediane tijd tot een eerste reactie
moderation-indicators-accepted = Vragen met een geaccepteerd antwoord (of een door een expert geverifieerd antwoord)
moderation-indicators-documents = Documenten gedeeld / gedownload
moderation-indicators-events = Evenementen gehouden / plaatsen bezet
moderation-indicators-chart-table = De cijfers als tabel
moderation-indicators-chart-posts = Berichten per week
moderation-indicators-chart-active = Actieve leden per week (geschreven, gereageerd of een reactie gegeven)
moderation-indicators-active-members = Actieve leden
moderation-indicators-chart-first-reply = Mediaan aantal uren tot een eerste reactie, naar de week waarin de vraag werd gesteld
moderation-indicators-median-hours = Mediaan aantal uren
moderation-indicators-chart-top = De tien drukste community's: berichten in de afgelopen 30 dagen
moderation-indicators-chart-dormant = De community's die het langst slapen: dagen sinds het laatste bericht
moderation-indicators-days-since-post = Dagen sinds het laatste bericht
moderation-indicators-week = Week
moderation-indicators-week-of = Week van { $date }
moderation-indicators-by-organisation = Leden per organisatie
moderation-indicators-by-organisation-caption = De grootste organisaties onder de leden
moderation-indicators-organisation = Organisatie
moderation-indicators-not-given = Niet opgegeven
moderation-indicators-dormant-title = Slapende community's
moderation-indicators-dormant-intro = Al { $days } dagen geen bericht: een vraag aan de beheerders waard, of een nieuw onderwerp.
moderation-indicators-last-activity-on = laatste activiteit { $date }
moderation-indicators-last-activity-never = nog nooit activiteit
moderation-indicators-communities = Community's
moderation-indicators-communities-caption = Activiteit per community
moderation-indicators-posts-30d = Berichten, afgelopen 30 dagen
moderation-indicators-last-activity = Laatste activiteit
moderation-indicators-dormant = Slapend
moderation-indicators-never = nooit
moderation-indicators-no = nee
