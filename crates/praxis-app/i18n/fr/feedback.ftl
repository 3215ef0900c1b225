# Votre avis : le formulaire vers lequel renvoie chaque page, sa lecture et ses réponses.

feedback-title = Votre avis
feedback-intro = Dites à l'équipe qui anime { $site } ce qui fonctionne, ce qui ne fonctionne pas et ce qui vous manque. Vous recevrez une réponse ici et dans vos notifications.
feedback-what-is-it = De quoi s'agit-il ?
feedback-an-idea = Une idée
feedback-a-problem = Un problème
feedback-praise = Un compliment
feedback-yours = Votre avis
feedback-about-page = À propos de la page { $page }.
feedback-send = Envoyer
feedback-answer = Réponse :
feedback-not-answered = Pas encore de réponse.
# Le badge d'un retour, selon sa nature.
feedback-kind = { $kind ->
    [idea] idée
    [problem] problème
    [praise] compliment
   *[other] { $kind }
}

# Lire et répondre
feedback-admin-title = Les retours des membres
feedback-admin-kind = Nature
feedback-admin-kind-all = Tous
feedback-admin-kind-ideas = Idées
feedback-admin-kind-problems = Problèmes
feedback-admin-kind-praise = Compliments
feedback-admin-tag = Mot-clé
feedback-admin-unanswered-only = Sans réponse uniquement
feedback-admin-filter = Filtrer
feedback-admin-none = Aucun retour.
feedback-admin-none-unanswered = Aucun retour en attente de réponse.
feedback-admin-from = de { $name }
feedback-admin-on-page = sur { $page }
feedback-admin-tags = Mots-clés
feedback-admin-save-tags = Enregistrer les mots-clés
feedback-admin-answered = Réponse donnée :
feedback-admin-answer-label = Répondre (le membre est notifié)
feedback-admin-answer-again-label = Répondre à nouveau (le membre est notifié)
feedback-admin-send-answer = Envoyer la réponse
feedback-admin-help-title = Cette page d'aide était-elle utile ?
feedback-admin-help-caption = Réponses à « cette page était-elle utile ? » par page d'aide
feedback-admin-help-page = Page d'aide
feedback-admin-help-useful = Utile
feedback-admin-help-not-useful = Pas utile
