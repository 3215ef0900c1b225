# Experts: hen aanwijzen, en de geverifieerde antwoorden van een community.

expertise-experts-title = Experts
expertise-experts-intro = Experts verifiëren antwoorden op vragen over hun onderwerpen, met vermelding van de juridische bron. Wijs leden aan voor wier kennis u instaat.
expertise-experts-email = E-mailadres van het lid
expertise-experts-topics-label = Onderwerpen die zij verifiëren
expertise-experts-topics-hint = Sectoren (CPV-afdelingen), procedures en beleidsterreinen.
expertise-experts-designate = Aanwijzen
expertise-experts-designated = Aangewezen experts
expertise-experts-none = Nog geen experts.
expertise-experts-caption = Experts en hun onderwerpen
expertise-experts-name = Naam
expertise-experts-email-column = E-mail
expertise-experts-topics = Onderwerpen
expertise-experts-actions = Acties
expertise-experts-remove = Verwijderen
expertise-experts-remove-whom = { $name } als expert

# Geverifieerde antwoorden
expertise-breadcrumb = Kruimelpad
expertise-verified-title = Geverifieerde antwoorden in { $community }
expertise-verified-intro = Antwoorden die een expert aan de wet heeft getoetst, met de bron waarop die zich baseerde. Een verificatie waarvan de herzieningsdatum is verstreken, is gemarkeerd met "te herzien".
expertise-verified-none = Nog geen geverifieerde antwoorden. Experts die door de platformbeheerders zijn aangewezen, verifiëren antwoorden vanaf de pagina van de vraag.
# Het label van een geverifieerd antwoord, naar status.
expertise-verification-status = { $status ->
    [verified] Geverifieerd
    [to_review] Geverifieerd, te herzien
    [suspended] Verificatie opgeschort (sindsdien bewerkt)
   *[other] { $status }
}
expertise-verified-by = door { $name }
expertise-verified-review-by = herzien uiterlijk { $date }
expertise-pages = Pagina's
expertise-previous-page = Vorige pagina
expertise-next-page = Volgende pagina
