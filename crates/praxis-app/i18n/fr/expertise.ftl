# Experts : les désigner, et les réponses vérifiées d'une communauté.

expertise-experts-title = Experts
expertise-experts-intro = Les experts vérifient les réponses aux questions de leurs domaines, en citant la référence juridique. Désignez des membres dont vous garantissez les connaissances.
expertise-experts-email = Adresse électronique du membre
expertise-experts-topics-label = Domaines qu'il vérifie
expertise-experts-topics-hint = Secteurs (divisions CPV), procédures et domaines d'action publique.
expertise-experts-designate = Désigner
expertise-experts-designated = Experts désignés
expertise-experts-none = Aucun expert pour l'instant.
expertise-experts-caption = Les experts et leurs domaines
expertise-experts-name = Nom
expertise-experts-email-column = Courriel
expertise-experts-topics = Domaines
expertise-experts-actions = Actions
expertise-experts-remove = Retirer
expertise-experts-remove-whom = { $name } des experts

# Réponses vérifiées
expertise-breadcrumb = Fil d'Ariane
expertise-verified-title = Réponses vérifiées dans { $community }
expertise-verified-intro = Des réponses qu'un expert a vérifiées au regard du droit, avec la référence sur laquelle il s'est appuyé. Une vérification dont la date de réexamen est dépassée porte la mention « à réexaminer ».
expertise-verified-none = Aucune réponse vérifiée pour l'instant. Les experts désignés par les administrateurs vérifient les réponses depuis la page de la question.
# Le badge d'une réponse vérifiée, selon son statut.
expertise-verification-status = { $status ->
    [verified] Vérifiée
    [to_review] Vérifiée, à réexaminer
    [suspended] Vérification suspendue (modifiée depuis)
   *[other] { $status }
}
expertise-verified-by = par { $name }
expertise-verified-review-by = à réexaminer avant le { $date }
expertise-pages = Pages
expertise-previous-page = Page précédente
expertise-next-page = Page suivante
