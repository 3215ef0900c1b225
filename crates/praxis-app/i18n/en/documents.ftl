# Documents: a community's library, sharing a document, a document's page.

documents-library = Library
documents-library-of = Library of { $name }
documents-breadcrumb = Breadcrumb
documents-share = Share a document
documents-type = Type
documents-all-types = All types
documents-folder = Folder
documents-all-folders = All folders
documents-tag = Tag
documents-sort = Sort
documents-sort-newest = Newest first
documents-sort-title = By title
documents-filter = Filter
documents-library-empty = No document yet. Templates, specifications and evaluation grids shared here help every member.
documents-caption = Documents
documents-title = Title
documents-version = Version
documents-updated = Updated
documents-pages = Pages
documents-previous-page = Previous page
documents-next-page = Next page

## Sharing a document
documents-new-warning = Never share documents that are confidential or belong to a procedure still running.
documents-file = File
documents-file-hint = At most { $size }. Accepted: { $accepted }.
documents-upload-progress = Upload progress
documents-uploaded = Uploaded { $percent } %
documents-upload-failed = The upload failed. Check your connection and try again.
documents-title-hint = Leave empty to use the file's name.
documents-folder-hint = Optional, for example: Tender templates.
documents-tags = Tags
documents-tags-hint = Up to 5, separated by commas.
documents-description = Description
documents-share-button = Share

## A document's page
documents-download = Download { $file }
documents-versions = Versions
documents-versions-caption = Versions, newest first
documents-size = Size
documents-added = Added
documents-by = By
documents-note = Note
documents-new-version = Upload a new version
documents-what-changed = What changed
documents-upload-version = Upload the new version
