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
