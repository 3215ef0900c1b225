# Names of the domain's codes (`layout.label(group, code)`): community kinds
# and membership, document types.

community-kind-sector = Sector
community-kind-network = Purchasing network
community-kind-project = Project
community-kind-policy = Policy field
community-membership-open = Open: join at once
community-membership-approval = On request: managers approve
community-membership-invite = By invitation only
document-type-template = Template
document-type-specification = Specification
document-type-guide = Guide
document-type-report = Report
document-type-example = Example
document-type-other = Other

# Kinds of file (`file-kind-<extension>`), decided from the file's content.
file-kind-pdf = PDF
file-kind-docx = Word document
file-kind-xlsx = Excel workbook
file-kind-pptx = PowerPoint presentation
file-kind-odt = OpenDocument text
file-kind-ods = OpenDocument spreadsheet
file-kind-odp = OpenDocument presentation
file-kind-png = PNG image
file-kind-jpg = JPEG image
file-kind-zip = ZIP archive
file-kind-txt = Text
file-kind-csv = CSV
file-kind-other = File
