# Administration : inscriptions, domaines d'acheteurs publics, charte
# d'usage, comptes.

## Commun
admin-col-name = Nom
admin-col-email = Adresse électronique
admin-col-organisation = Organisation
admin-col-role = Rôle
admin-col-status = Statut
admin-col-actions = Actions
admin-pages = Pages
admin-previous-page = Page précédente
admin-next-page = Page suivante

## Domaines d'acheteurs publics
admin-domains-title = Domaines d'acheteurs publics
admin-domains-intro = Les personnes dont l'adresse électronique appartient à l'un de ces domaines, ou à l'un de leurs sous-domaines, sont actives dès qu'elles confirment leur adresse. Toutes les autres attendent une validation.
admin-domains-field = Domaine à ajouter
admin-domains-field-hint = Par exemple minfin.example.gov. Les sous-domaines sont inclus.
admin-domains-add = Ajouter le domaine
admin-domains-empty = La liste des domaines autorisés est vide : toute inscription attend une validation.
admin-domains-caption = { $count ->
    [one] { $count } domaine autorisé
   *[other] { $count } domaines autorisés
}
admin-domains-domain = Domaine
admin-domains-added = Date d'ajout
admin-domains-remove = Retirer

## Inscriptions en attente de validation
admin-registrations-title = Inscriptions en attente de validation
admin-registrations-intro-before = Ces personnes ont confirmé une adresse dont le domaine ne figure pas sur la
admin-registrations-intro-link = liste des domaines autorisés d'acheteurs publics
admin-registrations-intro-after = . N'approuvez que des acheteurs publics ; les fournisseurs ne doivent jamais y avoir accès.
admin-registrations-empty = Aucune inscription en attente.
admin-registrations-total = { $count ->
    [one] { $count } inscription en attente.
   *[other] { $count } inscriptions en attente.
}
admin-registrations-registered = Date d'inscription
admin-registrations-decision = Décision
admin-registrations-approve = Approuver
admin-registrations-reason-label = Motif du refus de { $name }
admin-registrations-reason-placeholder = Motif (facultatif)
admin-registrations-reject = Refuser

## La charte d'usage
admin-usage-code-title = Modifier la charte d'usage
admin-usage-code-heading = La charte d'usage
admin-usage-code-status = La version { $version } est en vigueur ; { $count ->
        [one] { $count } membre l'a acceptée
       *[other] { $count } membres l'ont acceptée
    }. Publier une nouvelle version demande à chaque membre de l'accepter à nouveau avant de pouvoir publier.
admin-usage-code-see = La voir comme les membres la voient
admin-usage-code-text = Texte de la nouvelle version
admin-usage-code-text-hint = Markdown. Au moins 20 caractères.
admin-usage-code-publish = Publier comme version { $version }

## Comptes
admin-users-title = Comptes
admin-users-find = Rechercher par nom ou adresse électronique
admin-users-search = Rechercher
admin-users-total = { $count ->
    [one] { $count } compte.
   *[other] { $count } comptes.
}
admin-users-caption = Comptes
admin-users-until = jusqu'au { $date }
admin-users-lift = Lever la suspension
admin-users-of = de { $name }
admin-users-suspend = Suspendre
admin-users-reason = Motif (communiqué au membre)
admin-users-until-label = Jusqu'au (UTC, vide pour une durée indéterminée)
admin-role-admin = administrateur
admin-role-moderator = modérateur
admin-role-helpdesk = assistance
admin-role-member = membre
admin-role-guest = invité
admin-status-unverified = non vérifié
admin-status-pending-approval = en attente de validation
admin-status-active = actif
admin-status-rejected = refusé
admin-status-suspended = suspendu
