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
