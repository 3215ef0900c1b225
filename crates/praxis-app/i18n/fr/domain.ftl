# Noms des codes du domaine (`layout.label(groupe, code)`) : types de
# communautés et d'adhésion, types de documents.

community-kind-sector = Secteur
community-kind-network = Réseau d'achat
community-kind-project = Projet
community-kind-policy = Politique publique
community-membership-open = Ouverte : adhésion immédiate
community-membership-approval = Sur demande : validation par les animateurs
community-membership-invite = Sur invitation uniquement
document-type-template = Modèle
document-type-specification = Cahier des charges
document-type-guide = Guide
document-type-report = Rapport
document-type-example = Exemple
document-type-other = Autre

# Kinds of file (`file-kind-<extension>`), decided from the file's content.
file-kind-pdf = PDF
file-kind-docx = Document Word
file-kind-xlsx = Classeur Excel
file-kind-pptx = Présentation PowerPoint
file-kind-odt = Texte OpenDocument
file-kind-ods = Classeur OpenDocument
file-kind-odp = Présentation OpenDocument
file-kind-png = Image PNG
file-kind-jpg = Image JPEG
file-kind-zip = Archive ZIP
file-kind-txt = Texte
file-kind-csv = CSV
file-kind-other = Fichier
