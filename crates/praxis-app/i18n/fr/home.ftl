# La page d'accueil et la page d'erreur.

home-title = Accueil
home-welcome = Bienvenue, { $name }
home-onboarding = Praxis vit à travers ses communautés. Rejoignez-en au moins une pour voir ses discussions et poser votre première question : les collègues qui sont déjà passés par là s'y trouvent.
home-suggestions = Des communautés qui pourraient vous intéresser
home-browse = Parcourir toutes les communautés
home-latest = Les nouveautés de vos communautés
home-my-communities = Mes communautés
home-waiting-button = Questions en attente de réponse
home-waiting-title = Pouvez-vous aider ? Questions sans réponse
home-feed-title = Activité récente
home-feed-empty-before = Vos communautés sont calmes pour l'instant. Lancez la conversation : ouvrez l'une de
home-feed-empty-link = vos communautés
home-feed-empty-after = et posez une question.
home-pages = Pages
home-newer = Plus récents
home-older = Plus anciens
home-more-suggestions = D'autres communautés qui pourraient vous intéresser
home-visitor-heading = { $site } : la communauté de pratique des acheteurs publics
home-visitor-lead = Un réseau privé où les acheteurs, les gestionnaires de contrats et les juristes des autorités publiques posent des questions, échangent, partagent des documents et trouvent des pairs qui sont déjà passés par là.
home-visitor-who = Seuls les acheteurs publics vérifiés y ont accès : inscrivez-vous avec votre adresse électronique professionnelle. Les fournisseurs ne sont pas admis.
home-register = S'inscrire
home-sign-in = Se connecter

## La page d'erreur
error-status = Erreur { $status }
error-home-link = Aller à la page d'accueil

## Pages d'erreur : titres, et ce qui s'est passé
error-title-not-found = Page introuvable
error-title-forbidden = Accès refusé
error-title-rate-limited = Trop de tentatives
error-title-gone = Lien expiré
error-title-too-large = Trop volumineux
error-title-internal = Une erreur est survenue
error-title-other = L'opération n'a pas abouti
error-invalid = La saisie n'est pas valide.
error-unauthenticated = Connectez-vous d'abord.
error-invalid-credentials = L'adresse électronique ou le mot de passe est incorrect.
error-not-found = Il n'y a rien ici, ou vous n'avez pas accès à ce contenu.
error-too-large = La requête dépasse la taille acceptée par ce site.
error-unsupported-media-type = Envoyez le corps de la requête en JSON (Content-Type: application/json).
error-rate-limited = Trop de tentatives. Réessayez dans { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}.
error-internal = Une erreur est survenue de notre côté. Elle a été enregistrée ; veuillez réessayer.
error-code-forbidden = Vous n'êtes pas autorisé à effectuer cette action.
error-code-thread-locked = Cette discussion est verrouillée : il n'est plus possible d'y répondre.
error-code-usage-code-not-accepted = Acceptez la charte d'usage en vigueur avant de publier ou de modifier quoi que ce soit.
