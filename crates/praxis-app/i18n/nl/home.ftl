# De startpagina en de foutpagina.

home-title = Start
home-welcome = Welkom, { $name }
home-onboarding = Praxis leeft in zijn community's. Word lid van ten minste één community om de discussies te zien en uw eerste vraag te stellen: daar vindt u de collega's die u voorgingen.
home-suggestions = Community's die u misschien interesseren
home-browse = Alle community's bekijken
home-latest = Nieuw in uw community's
home-my-communities = Mijn community's
home-waiting-button = Vragen die op een antwoord wachten
home-waiting-title = Kunt u helpen? Vragen zonder reactie
home-feed-title = Recente activiteit
home-feed-empty-before = Het is nog stil in uw community's. Begin het gesprek: open een van
home-feed-empty-link = uw community's
home-feed-empty-after = en stel een vraag.
home-pages = Pagina's
home-newer = Nieuwer
home-older = Ouder
home-more-suggestions = Meer community's die u misschien interesseren
home-visitor-heading = { $site }: de kennisgemeenschap van publieke inkopers
home-visitor-lead = Een besloten netwerk waar inkopers, contractmanagers en juristen van overheidsorganisaties vragen stellen, discussiëren, documenten delen en vakgenoten vinden die hen voorgingen.
home-visitor-who = Alleen geverifieerde publieke inkopers krijgen toegang: registreer u met uw zakelijke e-mailadres. Leveranciers worden niet toegelaten.
home-register = Registreren
home-sign-in = Inloggen

## De foutpagina
error-status = Fout { $status }
error-home-link = Naar de startpagina

## Foutpagina's: titels, en wat er gebeurde
error-title-not-found = Pagina niet gevonden
error-title-forbidden = Niet toegestaan
error-title-rate-limited = Te veel pogingen
error-title-gone = Link niet meer geldig
error-title-too-large = Te groot
error-title-internal = Er ging iets mis
error-title-other = Dat is niet gelukt
error-invalid = De invoer is niet geldig.
error-unauthenticated = Log eerst in.
error-invalid-credentials = Het e-mailadres of het wachtwoord klopt niet.
error-not-found = Hier staat niets, of u kunt het niet zien.
error-too-large = Het verzoek is groter dan deze site accepteert.
error-unsupported-media-type = Stuur de inhoud van het verzoek als JSON (Content-Type: application/json).
error-rate-limited = Te veel pogingen. Probeer het over { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} opnieuw.
error-internal = Er ging bij ons iets mis. Het is vastgelegd; probeer het opnieuw.
error-code-forbidden = U mag dit niet doen.
error-code-thread-locked = Deze discussie is gesloten: er kunnen geen nieuwe reacties bij.
error-code-usage-code-not-accepted = Accepteer de huidige gebruikscode voordat u iets plaatst of wijzigt.
