# L'assistance : poser une question en toute confidentialité, la file et les réponses de l'équipe.

helpdesk-title = Assistance
helpdesk-breadcrumb = Fil d'Ariane
helpdesk-staff-intro = Les questions envoyées à l'assistance. Répondez en privé, ou publiez une question complexe dans une communauté (anonymisée par défaut).
helpdesk-filter-label = Filtrer les questions
helpdesk-filter-all = Toutes
helpdesk-filter-open = En attente
helpdesk-filter-answered = Répondues
helpdesk-filter-published = Publiées
helpdesk-filter-closed = Closes
# Suivi de « [private] », puis helpdesk-ask-intro-and, « [/private] » et helpdesk-ask-intro-end.
helpdesk-ask-intro = Posez une question à l'assistance en toute confidentialité. Les questions complexes peuvent être publiées dans une communauté pour en discuter, sans votre nom sauf accord contraire de votre part. Indiquez les numéros de dossier, les noms de fournisseurs ou tout ce qui doit rester entre vous et l'assistance dans les informations confidentielles, ou entre
helpdesk-ask-intro-and = et
helpdesk-ask-intro-end = dans votre texte.
helpdesk-subject = Objet
helpdesk-your-question = Votre question
helpdesk-private-details-label = Informations confidentielles (facultatif, jamais publiées)
helpdesk-send = Envoyer à l'assistance
helpdesk-your-questions = Vos questions
helpdesk-none = Aucune question.
helpdesk-none-with-status = Aucune question avec ce statut.
helpdesk-caption = Questions posées à l'assistance
helpdesk-asked-by = Posée par
helpdesk-status = Statut
helpdesk-sent = Envoyée le
helpdesk-status-open = En attente de l'assistance
helpdesk-status-answered = Répondue
helpdesk-status-published = Ouverte à la discussion
helpdesk-status-closed = Close
helpdesk-status-unknown = Inconnu

# Une question
helpdesk-asked-by-name = posée par { $name }
helpdesk-private-details = Informations confidentielles
helpdesk-answer-title = La réponse de l'assistance
helpdesk-open-for-discussion = Cette question est ouverte à la discussion :
helpdesk-open-for-discussion-anonymised = Cette question est ouverte à la discussion, sans votre nom :
helpdesk-open-for-discussion-link = la discussion
helpdesk-open-for-discussion-end = (visible par les membres de cette communauté).
helpdesk-staff-title = Pour l'assistance
helpdesk-answer-privately = Répondre en privé
helpdesk-send-answer = Envoyer la réponse
helpdesk-publish-community = Publier pour discussion dans la communauté dont l'adresse est
helpdesk-publish-anonymise = Sans le nom de la personne qui pose la question (recommandé)
helpdesk-publish = Publier au nom de l'assistance
helpdesk-close-post = Réponse de la discussion à lier (son numéro, facultatif)
helpdesk-close = Clore la question
