# The name of each language in its own language, for language pickers.

language-name = English
