# Événements : la liste, en organiser un, la page d'un événement, les participants, le flux d'agenda.

events-title = Événements
events-past-title = Événements passés
events-breadcrumb = Fil d'Ariane
events-times-in = Heures en { $zone } (modifiable dans
events-times-in-link = votre profil
events-times-in-end = ).
events-organise = Organiser un événement
events-upcoming = Événements à venir
events-past-with-slides = Événements passés, avec leurs présentations
events-past-none = Aucun événement passé pour l'instant.
events-upcoming-none = Aucun événement à venir dans vos communautés. Les animateurs des communautés et les modérateurs les organisent ; adressez-vous aux vôtres, ou consultez les
events-upcoming-none-link = événements passés
events-upcoming-none-end = .
events-cancelled = Annulé
events-full = Complet
events-for-all-members = Pour tous les membres
events-pages = Pages
events-previous-page = Page précédente
events-next-page = Page suivante
events-place-online = En ligne
events-place-and-online = { $place } et en ligne

# Organiser un événement
events-new-title = Titre
events-new-title-hint = Par exemple : Échange entre pairs sur les accords-cadres
events-new-for = Pour
events-new-for-all = Tous les membres (toute la plateforme)
events-new-discussion = Discussion (pour un événement de toute la plateforme)
events-new-discussion-hint = Un événement de communauté est discuté dans sa communauté. Pour un événement ouvert à tous les membres, choisissez où iront les questions préalables et les notes ensuite.
events-new-no-discussion = Pas de discussion
events-new-starts = Début
events-new-starts-hint = Date et heure dans le fuseau horaire ci-dessous.
events-new-ends = Fin
events-new-time-zone = Fuseau horaire
events-new-location = Lieu (facultatif)
events-new-location-hint = Adresse et salle, si les participants se retrouvent sur place.
events-new-online-url = Lien de la réunion en ligne (facultatif)
events-new-capacity = Places (facultatif)
events-new-capacity-hint = Laissez vide pour ne pas fixer de limite. Une fois les places prises, les membres peuvent s'inscrire sur une liste d'attente.
events-new-description = Programme et description
events-new-description-hint = Markdown.
events-new-publish = Publier l'événement

# La page d'un événement
events-show-when = Quand
events-show-where = Où
events-show-online = En ligne
events-show-seats = Places
events-seats-going = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
events-seats-going-of = { $count ->
    [one] { $count } participant sur { $capacity }
   *[other] { $count } participants sur { $capacity }
}
events-seats-maybe = { $count } peut-être
events-seats-waitlist = { $count } sur la liste d'attente
events-show-organised-by = Organisé par
events-zone-note = En { $zone } : { $when }
events-show-add-to-calendar = Ajouter à mon agenda (.ics)
events-show-discussion = La discussion de l'événement
events-show-discussion-in = dans { $community }
events-show-discussed-in = L'événement est discuté dans
events-show-discussed-in-end = { " " }: rejoignez-la pour participer
events-rsvp-title = Serez-vous présent ?
events-rsvp-yours = Votre réponse :
events-rsvp-legend = Votre réponse
events-rsvp-status = { $status ->
    [going] Je participe
    [maybe] Peut-être
    [not_going] Je ne participe pas
    [waitlisted] Sur la liste d'attente
   *[other] { $status }
}
events-rsvp-join-waitlist = M'inscrire sur la liste d'attente (l'événement est complet)
events-rsvp-send = Envoyer ma réponse
events-documents-title = Présentations et documents
events-documents-none = Rien n'a encore été partagé.
events-documents-none-organiser = Partagez ci-dessous des présentations et des comptes rendus de la bibliothèque de la communauté.
events-documents-share-label = Partager un document de la bibliothèque
events-documents-share = Partager
events-organisers-title = Pour les organisateurs
events-organisers-attendees = Participants
events-organisers-download = Télécharger la liste (CSV)
events-cancel-reason = Motif de l'annulation (envoyé à ceux qui ont répondu)
events-cancel = Annuler l'événement

# Participants
events-attendees-title = Participants à { $title }
events-attendees-download = Télécharger en CSV
events-attendees-none = Personne n'a encore répondu.
events-attendees-caption = Les participants et leurs réponses
events-attendees-name = Nom
events-attendees-organisation = Organisation
events-attendees-answer = Réponse
events-attendees-answered = Date de réponse
events-csv-standing = Qualité
events-csv-guest = invité
events-csv-member = membre
events-csv-email = Adresse e-mail

# Le flux d'agenda
events-calendar-title = Votre flux d'agenda
events-calendar-intro = Abonnez-vous à votre flux personnel dans Outlook, Google Agenda ou Apple Calendrier pour voir, toujours à jour, les événements auxquels vous avez répondu « je participe » ou « peut-être ». L'adresse est secrète : toute personne qui la connaît voit vos événements. Remplacez-la si elle a fuité.
events-calendar-url-label = L'adresse de votre flux (affichée uniquement maintenant ; copiez-la dans votre application d'agenda) :
events-calendar-since = Vous avez un flux depuis le { $since }. Son adresse a été affichée lors de sa création.
events-calendar-none = Vous n'avez pas encore de flux.
events-calendar-make = Créer mon flux
events-calendar-replace = Remplacer l'adresse
events-calendar-stop = Arrêter le flux
