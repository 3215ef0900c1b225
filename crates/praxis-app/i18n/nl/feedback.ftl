# Feedback: het formulier waarnaar elke pagina verwijst, en het lezen en beantwoorden ervan.

feedback-title = Feedback
feedback-intro = Laat het team achter { $site } weten wat werkt, wat niet werkt en wat u mist. U krijgt hier en bij uw meldingen een antwoord.
feedback-what-is-it = Waar gaat het om?
feedback-an-idea = Een idee
feedback-a-problem = Een probleem
feedback-praise = Een compliment
feedback-yours = Uw feedback
feedback-about-page = Over de pagina { $page }.
feedback-send = Versturen
feedback-answer = Antwoord:
feedback-not-answered = Nog niet beantwoord.
# Het label van een feedbackbericht, naar soort.
feedback-kind = { $kind ->
    [idea] idee
    [problem] probleem
    [praise] compliment
   *[other] { $kind }
}

# Lezen en beantwoorden
feedback-admin-title = Feedback van leden
feedback-admin-kind = Soort
feedback-admin-kind-all = Alle
feedback-admin-kind-ideas = Ideeën
feedback-admin-kind-problems = Problemen
feedback-admin-kind-praise = Complimenten
feedback-admin-tag = Tag
feedback-admin-unanswered-only = Alleen onbeantwoord
feedback-admin-filter = Filteren
feedback-admin-none = Geen feedback.
feedback-admin-none-unanswered = Geen feedback die op antwoord wacht.
feedback-admin-from = van { $name }
feedback-admin-on-page = op { $page }
feedback-admin-tags = Tags
feedback-admin-save-tags = Tags opslaan
feedback-admin-answered = Beantwoord:
feedback-admin-answer-label = Antwoord (het lid krijgt een melding)
feedback-admin-answer-again-label = Opnieuw antwoorden (het lid krijgt een melding)
feedback-admin-send-answer = Het antwoord versturen
feedback-admin-help-title = Was deze helppagina nuttig?
feedback-admin-help-caption = Antwoorden op "was deze pagina nuttig?" per helppagina
feedback-admin-help-page = Helppagina
feedback-admin-help-useful = Nuttig
feedback-admin-help-not-useful = Niet nuttig
