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

# Titels en samenvattingen (de regel in de index) van de helppagina's.
help-page-getting-started-title = Aan de slag
help-page-getting-started-summary = Uw profiel, communities om lid van te worden, wat u volgt.
help-page-asking-questions-title = Een goede vraag stellen
help-page-asking-questions-summary = Zoek eerst, zeg wat u nodig hebt, accepteer het antwoord dat u hielp.
help-page-documents-title = Documenten delen
help-page-documents-summary = Bibliotheken, versies, en wat u verwijdert voordat u deelt.
help-page-finding-people-title = De vakgenoot vinden die het al eens heeft gedaan
help-page-finding-people-summary = De ledengids op expertise, en een collega om hulp vragen.
help-page-usage-code-and-privacy-title = De gebruikscode en uw privacy
help-page-usage-code-and-privacy-summary = U spreekt op persoonlijke titel; wie wat kan lezen.
help-page-for-managers-title = Een community beheren
help-page-for-managers-summary = Leden, gasten, moderatie, evenementen en indicatoren.
help-page-accessibility-title = Toegankelijkheidsverklaring
help-page-accessibility-summary = Hoe toegankelijk het platform is, wat nog niet, en hoe u het ons laat weten.
