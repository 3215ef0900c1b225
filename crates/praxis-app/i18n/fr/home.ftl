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
