# Les pages d'aide.

help-title = Aide
help-lead = Comment fonctionne Praxis, et comment en tirer le meilleur parti.
help-missing = Il manque quelque chose ?
help-tell-us = Dites-le-nous
help-or-ask = , ou posez votre question au
help-helpdesk = service d'assistance
help-breadcrumb = Fil d'Ariane
help-useful-title = Cette page vous a-t-elle été utile ?
help-useful-yes = Oui
help-useful-no = Non
help-useful-if-not = Sinon,
help-useful-tell-us = dites-nous ce qui manquait

# Titres et résumés (la ligne de l'index) des pages d'aide.
help-page-getting-started-title = Bien démarrer
help-page-getting-started-summary = Votre profil, les communautés à rejoindre, ce qu'il faut suivre.
help-page-asking-questions-title = Bien poser une question
help-page-asking-questions-summary = Cherchez d'abord, dites ce dont vous avez besoin, acceptez la réponse qui vous a aidé.
help-page-documents-title = Partager des documents
help-page-documents-summary = Bibliothèques, versions, et ce qu'il faut retirer avant de partager.
help-page-finding-people-title = Trouver le praticien qui l'a déjà fait
help-page-finding-people-summary = L'annuaire des membres par expertise, et solliciter un collègue.
help-page-usage-code-and-privacy-title = La charte d'usage et votre vie privée
help-page-usage-code-and-privacy-summary = Vous vous exprimez en votre nom propre ; qui peut lire quoi.
help-page-for-managers-title = Animer une communauté
help-page-for-managers-summary = Membres, invités, modération, événements et indicateurs.
help-page-accessibility-title = Déclaration d'accessibilité
help-page-accessibility-summary = Le niveau d'accessibilité de la plateforme, ce qui ne l'est pas encore, et comment nous le signaler.
