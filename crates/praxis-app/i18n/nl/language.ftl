# De naam van elke taal in die taal zelf, voor taalkeuzes.

language-name = Nederlands
