# De helppagina's.

help-title = Help
help-lead = Hoe Praxis werkt, en hoe u er het meeste uit haalt.
help-missing = Mist u iets?
help-tell-us = Laat het ons weten
help-or-ask = , of stel uw vraag aan de
help-helpdesk = helpdesk
help-breadcrumb = Kruimelpad
help-useful-title = Was deze pagina nuttig?
help-useful-yes = Ja
help-useful-no = Nee
help-useful-if-not = Zo niet,
help-useful-tell-us = laat ons weten wat u miste
