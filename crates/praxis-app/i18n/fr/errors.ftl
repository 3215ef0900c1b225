# Messages d'erreur. `error-field-<champ>-<code>` : ce qui ne va pas dans un champ ;
# `error-code-<code>` : ce que signifie un refus, un conflit ou un lien expiré.

## Champs de texte
error-field-body-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-text-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-answer-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-private-details-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-reason-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-note-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-description-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-bio-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-message-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-rules-invalid-characters = Ce texte contient des caractères de contrôle.
error-field-reference-url-invalid-url = Indiquez une adresse web complète commençant par https://, sans espaces.
error-field-online-url-invalid-url = Indiquez une adresse web complète commençant par https://, sans espaces.

## Comptes, administration et invitations
error-field-email-invalid-email = Saisissez une adresse électronique comme nom@ministere.example.gov.
error-field-domain-invalid-domain = Saisissez un nom de domaine comme minfin.example.gov, sans @ ni http://.
error-field-token-invalid-token = Ce lien n'est pas valide. Vérifiez que vous l'avez copié en entier.
error-field-current-password-wrong-password = Votre mot de passe actuel est incorrect.
error-field-languages-too-many = Indiquez au maximum { $max } langues.
error-field-languages-invalid-language = Indiquez les langues sous forme de codes à deux lettres, comme en, nl, fr.
error-field-lang-invalid-locale = Choisissez l'une des langues proposées.
error-field-until-in-the-past = La fin de la suspension doit se situer dans le futur.
error-field-until-invalid-datetime = Indiquez la fin de la suspension sous forme de date et d'heure.
error-field-status-invalid-status = Utilisez status=pending, active, rejected, suspended ou unverified.
error-field-actor-invalid-id = Indiquez l'identifiant du membre.
error-field-role-invalid-choice = Choisissez "member" ou "guest".
error-field-role-not-a-public-buyer = Cette adresse ne figure pas sur la liste des domaines d'acheteurs publics. Invitez cette personne avec le rôle d'invité, ou demandez à un administrateur d'ajouter le domaine.

## Communautés, discussions et modération
error-field-slug-invalid-slug = Utilisez des lettres minuscules, des chiffres et des traits d'union simples, comme achats-durables.
error-field-reason-invalid-reason = Choisissez off_topic, inappropriate, confidential, commercial ou other.
error-field-reply-to-unknown-post = Vous ne pouvez répondre qu'à un message de cette discussion.
error-field-post-id-unknown-post = La réponse acceptée doit être une réponse publiée dans cette discussion.
error-field-post-id-not-an-answer = La question elle-même ne peut pas être sa propre réponse.
error-field-ids-required = Indiquez les identifiants à marquer comme lus, ou "all": true.
error-field-action-invalid-action = Choisissez pin, unpin, lock ou unlock.
error-field-decision-invalid-decision = Choisissez hide ou dismiss.

## Expertise et assistance
error-field-review-by-invalid-date = Indiquez la date limite de réexamen au format YYYY-MM-DD.
error-field-review-by-in-the-past = La date limite de réexamen doit se situer dans le futur.
error-field-user-ids-unknown-member = L'une de ces personnes n'est pas membre.
error-field-user-ids-cannot-ask = Sollicitez quelqu'un d'autre que vous-même ou l'auteur de la question.
error-field-email-unknown-member = Aucun membre n'a cette adresse électronique.
error-field-post-id-not-in-thread = Liez une réponse de la discussion dans laquelle cette question a été publiée.

## Événements
error-field-time-zone-unknown-time-zone = Choisissez un fuseau horaire de la base IANA, comme Europe/Paris ou Europe/Amsterdam.
error-field-starts-at-invalid-time = Indiquez une date et une heure comme 2026-12-03T10:00.
error-field-starts-at-nonexistent-time = Cette heure n'existe pas dans le fuseau horaire choisi (elle est sautée lors du changement d'heure).
error-field-ends-at-invalid-time = Indiquez une date et une heure comme 2026-12-03T10:00.
error-field-ends-at-nonexistent-time = Cette heure n'existe pas dans le fuseau horaire choisi (elle est sautée lors du changement d'heure).
error-field-ends-at-end-before-start = L'événement doit se terminer après son début.
error-field-capacity-out-of-range = Le nombre de places est d'au moins 1 (laissez vide pour ne pas fixer de limite).
error-field-document-id-unknown-document = Choisissez un document de la bibliothèque de cette communauté.
error-field-discussion-community-not-for-community-events = L'événement d'une communauté est discuté dans cette communauté ; laissez ce champ vide.
error-field-discussion-community-unknown-community = Choisissez une communauté dans laquelle vous pouvez écrire, ou aucune.

## Documents
error-field-file-required = Choisissez un fichier à déposer.
error-field-file-empty-file = Le fichier est vide.
error-field-file-invalid-multipart = Le fichier envoyé n'a pas pu être lu : l'envoi a été interrompu ou le formulaire n'est pas valide.

## Recherche, indicateurs, avis et aide
error-field-lang-invalid-lang = Choisissez en, nl ou fr.
error-field-from-invalid-date = Indiquez une date au format YYYY-MM-DD.
error-field-to-invalid-date = Indiquez une date au format YYYY-MM-DD.
error-field-from-invalid-time = Indiquez une date (2026-12-03) ou une heure au format RFC 3339.
error-field-to-invalid-time = Indiquez une date (2026-12-03) ou une heure au format RFC 3339.
error-field-from-empty-period = La période doit commencer avant de se terminer.
error-field-kind-invalid-choice = Choisissez idea, problem ou praise.
error-field-tags-too-many = { $max } mots-clés au maximum.
error-field-useful-required = Indiquez true (utile) ou false (pas utile).

## Refus, conflits et liens expirés : comptes
error-code-email-not-verified = Confirmez d'abord votre adresse électronique : suivez le lien du courriel que nous vous avons envoyé.
error-code-pending-approval = Votre inscription attend la validation d'un administrateur. Vous recevrez un courriel.
error-code-registration-rejected = Votre inscription n'a pas été validée.
error-code-not-pending = Cette inscription n'est pas en attente de validation.
error-code-cannot-suspend-self = Vous ne pouvez pas vous suspendre vous-même.
error-code-not-suspended = Ce compte n'est pas suspendu.
error-code-token-used = Ce lien a déjà été utilisé.
error-code-token-expired = Ce lien a expiré. Demandez-en un nouveau.
error-code-csrf-failed = Ce formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez.
error-code-not-allowed = Les invités voient les membres de leur communauté, pas l'annuaire.

## Communautés et invitations
error-code-invitation-only = Cette communauté est accessible sur invitation uniquement. Adressez-vous à l'un de ses animateurs.
error-code-already-member = Cette personne est déjà membre de la communauté.
error-code-invitation-closed = Cette invitation a déjà été acceptée ou retirée.
error-code-invitation-revoked = Cette invitation a été retirée. Demandez-en une nouvelle aux animateurs de la communauté.
error-code-invitation-expired = Cette invitation a expiré. Demandez-en une nouvelle aux animateurs de la communauté.

## Discussions et modération
error-code-post-deleted = Son auteur a supprimé ce message ; il ne peut plus être modifié.
error-code-own-post = Vous ne pouvez pas marquer votre propre message comme utile.
error-code-already-flagged = Vous avez déjà signalé ce message ; les modérateurs vont l'examiner.
error-code-already-resolved = Quelqu'un a déjà statué sur ce signalement.
error-code-not-a-moderator = Les alertes sont destinées aux modérateurs et aux animateurs de communauté.
error-code-already-dismissed = Cette alerte a déjà été ignorée.

## Expertise et assistance
error-code-not-an-expert = Seuls les experts des domaines de cette question, l'assistance et les administrateurs vérifient les réponses.
error-code-not-an-answer = La question elle-même ne peut pas être vérifiée ; vérifiez l'une de ses réponses.
error-code-answer-not-visible = Cette réponse est masquée ou supprimée.
error-code-not-for-guests = L'assistance répond aux membres de la plateforme ; adressez-vous aux animateurs de votre communauté.
error-code-question-closed = Cette question est close.
error-code-already-published = Cette question a déjà été publiée.

## Événements
error-code-event-past = Cet événement est terminé.
error-code-event-full = L'événement est complet. Vous pouvez vous inscrire sur la liste d'attente : vous obtiendrez une place dès qu'il s'en libérera une.
error-code-rsvp-in-progress = Votre réponse précédente est encore en cours d'enregistrement ; réessayez.

## Documents
error-code-version-conflict = Quelqu'un a ajouté une version au même moment. Veuillez réessayer.
error-code-scan-pending = Ce fichier est en cours d'analyse antivirus. Réessayez dans un instant.
error-code-quarantined = Ce fichier s'est révélé infecté et a été mis en quarantaine.

## Codes several use cases give, each with its own wording in English;
## one sentence fits them all.
error-code-event-cancelled = Cet événement a été annulé.
error-code-invitation-used = Cette invitation a déjà été utilisée. Connectez-vous pour accéder à la communauté.
error-code-not-a-question = Ce fil est une discussion : seules les questions ont une réponse acceptée et peuvent être soumises à des praticiens.
error-code-unknown-community = { $reason ->
    [moderated] Aucune communauté que vous modérez ne porte cette adresse.
   *[other] Aucune communauté ne porte cette adresse.
}
error-code-invalid-characters = Ce texte contient des caractères non autorisés ici (caractères de contrôle ou sauts de ligne).
error-code-invalid-choice = Choisissez l'une des options proposées.
error-code-invalid-date = Indiquez une date au format YYYY-MM-DD.
error-code-invalid-time = Indiquez une date et une heure, par exemple 2026-12-03T10:00.
error-code-nonexistent-time = Cette heure n'existe pas dans le fuseau horaire choisi (lors du changement d'heure, les horloges la sautent).
error-code-unknown-time-zone = Choisissez un fuseau horaire de la base IANA, par exemple Europe/Paris ou Europe/Brussels.
error-code-invalid-url = Indiquez une adresse web complète commençant par https://, sans espaces.
error-code-invalid-language = Indiquez un code de langue à deux lettres, par exemple en, nl ou fr.
error-code-invalid-locale = Choisissez l'une des langues proposées.
error-code-invalid-sort = Choisissez l'un des ordres de tri proposés.
error-code-invalid-json = Le corps de la requête n'est pas du JSON valide.

## Phrases avec des valeurs : le cas d'utilisation les donne en arguments.
## `$field` est le nom anglais du champ (celui de l'API) ; il n'est pas repris ici.
error-code-required = Ce champ est obligatoire.
error-code-too-long = Utilisez au maximum { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
}.
error-code-too-short = Utilisez au moins { $min ->
    [one] { $min } caractère
   *[other] { $min } caractères
}.
error-code-invalid-kind = Choisissez parmi : { $allowed }.
error-code-invalid-membership = Choisissez parmi : { $allowed }.
error-code-invalid-role = Choisissez parmi : { $allowed }.
error-code-invalid-type = Choisissez parmi : { $allowed }.
error-code-too-many = Choisissez-en { $max } au maximum.
error-code-unknown-expertise = « { $code } » n'est pas un code d'expertise ; voir /api/v1/taxonomy/expertise.
error-field-tags-invalid-tag = Les mots-clés se composent de lettres, de chiffres et de traits d'union, avec { $max } caractères au maximum.
error-code-too-many-tags = Utilisez { $max } mots-clés au maximum.
error-field-attachments-invalid-attachment = { $reason ->
    [too_many] Joignez { $max } documents au maximum.
   *[elsewhere] Joignez des documents de la bibliothèque de cette communauté.
}
error-field-file-file-refused = { $reason ->
    [type] Ce type de fichier n'est pas accepté. Types acceptés : { $accepted }.
   *[size] Le fichier dépasse { $limit } ou ce qu'il vous reste de votre quota de dépôt du jour.
}
error-field-expires-in-days-out-of-range = Une invitation est valable de 1 à { $max } jours.
error-field-user-ids-not-in-community = { $name } n'est pas membre de { $community } ; sollicitez quelqu'un qui l'est.
error-code-too-many-requests = Au maximum { $max } praticiens peuvent être sollicités par question.
error-code-suspended = { $until ->
    [none] Votre compte est suspendu.
   *[other] Votre compte est suspendu jusqu'au { $until }.
}
error-code-usage-code-outdated = La version { $version } n'est pas la charte d'usage en vigueur ; lisez et acceptez la version { $current }.
error-code-domain-exists = { $domain } figure déjà sur la liste des domaines autorisés.
error-code-slug-taken = L'adresse { $slug } est déjà utilisée par une autre communauté.
error-code-invitation-for-another-account = Cette invitation a été envoyée à { $invited }, mais vous êtes connecté en tant que { $signed_in }. Déconnectez-vous, puis rouvrez le lien.
error-code-invalid-form = Le formulaire n'a pas pu être lu.
error-code-invalid-parameter = Un paramètre de l'adresse n'est pas valide.
error-code-invalid-field = Cette valeur n'est pas valide.

## Mots de passe : les conseils de zxcvbn (`$advice`), un message par avertissement et par suggestion.
error-code-weak-password = Ce mot de passe est trop facile à deviner. { $advice }
password-warning-straight-rows = Les rangées de touches sont faciles à deviner.
password-warning-short-keyboard-patterns = Les motifs courts sur le clavier sont faciles à deviner.
password-warning-repeats = Les répétitions comme « aaa » sont faciles à deviner.
password-warning-repeated-sequences = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
password-warning-top-10 = C'est l'un des dix mots de passe les plus courants.
password-warning-top-100 = C'est l'un des cent mots de passe les plus courants.
password-warning-common = C'est un mot de passe très courant.
password-warning-similar-to-common = Il ressemble à un mot de passe très utilisé.
password-warning-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
password-warning-recent-years = Les années récentes sont faciles à deviner.
password-warning-word-by-itself = Un mot seul est facile à deviner.
password-warning-dates = Les dates sont souvent faciles à deviner.
password-warning-names-by-themselves = Les prénoms et les noms seuls sont faciles à deviner.
password-warning-common-names = Les prénoms et les noms courants sont faciles à deviner.
password-suggestion-few-words = Utilisez quelques mots et évitez les expressions courantes.
password-suggestion-no-need-for-symbols = Inutile d'ajouter des symboles, des chiffres ou des majuscules.
password-suggestion-another-word = Ajoutez un ou deux mots. Les mots peu courants sont préférables.
password-suggestion-capitalization = Les majuscules n'aident pas beaucoup.
password-suggestion-all-uppercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
password-suggestion-reversed-words = Les mots à l'envers ne sont guère plus difficiles à deviner.
password-suggestion-predictable-substitutions = Les substitutions prévisibles, comme « @ » au lieu de « a », n'aident pas beaucoup.
password-suggestion-longer-keyboard-pattern = Utilisez un motif de clavier plus long, avec plus de changements de direction.
password-suggestion-repeated-words = Évitez les mots et les caractères répétés.
password-suggestion-sequences = Évitez les suites.
password-suggestion-recent-years = Évitez les années récentes.
password-suggestion-years-associated = Évitez les années qui vous sont associées.
password-suggestion-dates-associated = Évitez les dates et les années qui vous sont associées.
