# Documenten: de bibliotheek van een community, een document delen, de pagina van een document.

documents-library = Bibliotheek
documents-library-of = Bibliotheek van { $name }
documents-breadcrumb = Kruimelpad
documents-share = Een document delen
documents-type = Type
documents-all-types = Alle typen
documents-folder = Map
documents-all-folders = Alle mappen
documents-tag = Tag
documents-sort = Sorteren
documents-sort-newest = Nieuwste eerst
documents-sort-title = Op titel
documents-filter = Filteren
documents-library-empty = Nog geen documenten. Sjablonen, bestekken en beoordelingsmatrices die hier worden gedeeld, helpen elk lid.
documents-caption = Documenten
documents-title = Titel
documents-version = Versie
documents-updated = Bijgewerkt
documents-pages = Pagina's
documents-previous-page = Vorige pagina
documents-next-page = Volgende pagina

## Een document delen
documents-new-warning = Deel nooit documenten die vertrouwelijk zijn of bij een lopende procedure horen.
documents-file = Bestand
documents-file-hint = Maximaal { $size }. Toegestaan: { $accepted }.
documents-upload-progress = Voortgang van het uploaden
documents-uploaded = { $percent } % geüpload
documents-upload-failed = Het uploaden is mislukt. Controleer uw verbinding en probeer het opnieuw.
documents-title-hint = Laat leeg om de naam van het bestand te gebruiken.
documents-folder-hint = Optioneel, bijvoorbeeld: Sjablonen aanbesteding.
documents-tags = Tags
documents-tags-hint = Maximaal 5, gescheiden door komma's.
documents-description = Beschrijving
documents-share-button = Delen

## De pagina van een document
documents-download = { $file } downloaden
documents-versions = Versies
documents-versions-caption = Versies, nieuwste eerst
documents-size = Grootte
documents-added = Toegevoegd
documents-by = Door
documents-note = Toelichting
documents-new-version = Een nieuwe versie uploaden
documents-what-changed = Wat is er gewijzigd
documents-upload-version = De nieuwe versie uploaden
