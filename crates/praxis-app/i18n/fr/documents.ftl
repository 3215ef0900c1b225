# Documents : la bibliothèque d'une communauté, partager un document, la page d'un document.

documents-library = Bibliothèque
documents-library-of = Bibliothèque de { $name }
documents-breadcrumb = Fil d'Ariane
documents-share = Partager un document
documents-type = Type
documents-all-types = Tous les types
documents-folder = Dossier
documents-all-folders = Tous les dossiers
documents-tag = Mot-clé
documents-sort = Trier
documents-sort-newest = Les plus récents d'abord
documents-sort-title = Par titre
documents-filter = Filtrer
documents-library-empty = Aucun document pour l'instant. Les modèles, cahiers des charges et grilles d'analyse partagés ici aident chaque membre.
documents-caption = Documents
documents-title = Titre
documents-version = Version
documents-updated = Mis à jour
documents-pages = Pages
documents-previous-page = Page précédente
documents-next-page = Page suivante

## Partager un document
documents-new-warning = Ne partagez jamais de documents confidentiels ou liés à une procédure en cours.
documents-file = Fichier
documents-file-hint = { $size } au maximum. Formats acceptés : { $accepted }.
documents-upload-progress = Progression de l'envoi
documents-uploaded = Envoyé : { $percent } %
documents-upload-failed = L'envoi a échoué. Vérifiez votre connexion et réessayez.
documents-title-hint = Laissez vide pour utiliser le nom du fichier.
documents-folder-hint = Facultatif, par exemple : Modèles de DCE.
documents-tags = Mots-clés
documents-tags-hint = 5 au maximum, séparés par des virgules.
documents-description = Description
documents-share-button = Partager

## La page d'un document
documents-download = Télécharger { $file }
documents-versions = Versions
documents-versions-caption = Versions, de la plus récente à la plus ancienne
documents-size = Taille
documents-added = Ajoutée le
documents-by = Par
documents-note = Note
documents-new-version = Déposer une nouvelle version
documents-what-changed = Ce qui a changé
documents-upload-version = Déposer la nouvelle version
