# Le cadre de chaque page : menu, recherche, bandeaux, pied de page.

skip-to-content = Aller au contenu principal
nav-main = Menu principal
nav-communities = Communautés
nav-unanswered = Sans réponse
nav-people = Membres
nav-events = Événements
nav-helpdesk = Assistance
nav-notifications = Notifications
unread-count = { $count ->
    [one] { $count } non lue
   *[other] { $count } non lues
}
nav-registrations = Inscriptions
nav-domains = Domaines
nav-usage-code = Charte d'usage
nav-experts = Experts
nav-members = Comptes
nav-moderation = Modération
nav-audit-log = Journal d'audit
nav-indicators = Indicateurs
nav-feedback = Retours
sign-out = Se déconnecter
sign-in = Se connecter
register = S'inscrire
search-label = Rechercher dans { $site }
search-placeholder = Rechercher des questions, des documents, des membres
search-button = Rechercher
search-suggestions = Suggestions
search-suggestion-result = Résultat
search-suggestions-count = { $count ->
    [one] { $count } suggestion. Utilisez les flèches haut et bas pour choisir.
   *[other] { $count } suggestions. Utilisez les flèches haut et bas pour choisir.
}
usage-code-banner = La charte d'usage a changé ou n'est pas encore acceptée.
usage-code-banner-link = Lisez-la et acceptez-la
usage-code-banner-end = pour publier et modifier.
footer-tagline = { $site } : la communauté de pratique des acheteurs publics.
footer-help = Aide
footer-usage-code = Charte d'usage
footer-feedback = Votre avis
footer-accessibility = Accessibilité
footer-language = Langue
