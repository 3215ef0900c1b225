# Namen van de codes van het domein (`layout.label(groep, code)`): soorten
# community's en lidmaatschap, soorten documenten.

community-kind-sector = Sector
community-kind-network = Inkoopnetwerk
community-kind-project = Project
community-kind-policy = Beleidsthema
community-membership-open = Open: direct lid worden
community-membership-approval = Op aanvraag: beheerders keuren goed
community-membership-invite = Alleen op uitnodiging
document-type-template = Sjabloon
document-type-specification = Bestek
document-type-guide = Handreiking
document-type-report = Rapport
document-type-example = Voorbeeld
document-type-other = Overig

# Kinds of file (`file-kind-<extension>`), decided from the file's content.
file-kind-pdf = PDF
file-kind-docx = Word-document
file-kind-xlsx = Excel-werkmap
file-kind-pptx = PowerPoint-presentatie
file-kind-odt = OpenDocument-tekst
file-kind-ods = OpenDocument-rekenblad
file-kind-odp = OpenDocument-presentatie
file-kind-png = PNG-afbeelding
file-kind-jpg = JPEG-afbeelding
file-kind-zip = ZIP-archief
file-kind-txt = Tekst
file-kind-csv = CSV
file-kind-other = Bestand
