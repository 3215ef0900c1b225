# Le nom de chaque langue dans cette langue, pour choisir la langue.

language-name = Français
