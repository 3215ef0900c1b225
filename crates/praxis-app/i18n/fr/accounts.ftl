# Comptes : inscription, connexion, mots de passe, profil, charte d'usage
# et invitations.

## Champs communs à plusieurs formulaires
accounts-email = Adresse électronique
accounts-password = Mot de passe
accounts-your-name = Votre nom
accounts-name-hint = Visible par les autres membres. Entre 2 et 60 caractères.
accounts-organisation = Organisation
accounts-new-password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir.

## Inscription
accounts-register-title = S'inscrire
accounts-register-intro = { $site } est réservé aux personnes qui travaillent pour une autorité publique. Utilisez votre adresse électronique professionnelle : si son domaine est un domaine connu d'acheteur public, votre compte est actif dès que vous la confirmez ; sinon, un administrateur le vérifie d'abord.
accounts-register-work-email = Adresse électronique professionnelle
accounts-register-organisation-hint = Le ministère, l'agence, la région, la commune ou l'hôpital pour lequel vous travaillez.
accounts-register-submit = S'inscrire
accounts-register-already = Déjà inscrit ?
accounts-register-sign-in = Se connecter

## Vérifiez votre messagerie
accounts-check-mail-title = Consultez votre messagerie
accounts-check-mail-reset = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien ne fonctionne qu'une fois et pendant une durée limitée.
accounts-check-mail-verify = Nous avons envoyé un lien à l'adresse que vous avez indiquée. Ouvrez-le pour confirmer votre adresse et terminer votre inscription. Le lien ne fonctionne qu'une fois et pendant une durée limitée.
accounts-check-mail-none-before = Pas de courriel après quelques minutes ? Vérifiez votre dossier de courriers indésirables, ou
accounts-check-mail-none-link = inscrivez-vous à nouveau
accounts-check-mail-none-after = pour recevoir un nouveau lien.

## Adresse confirmée
accounts-verified-title = Adresse confirmée
accounts-verified-heading = Votre adresse est confirmée
accounts-verified-active = Le domaine de votre organisation est un domaine connu d'acheteur public : votre compte est actif.
accounts-verified-sign-in = Se connecter
accounts-verified-pending = Le domaine de votre adresse ne figure pas encore sur notre liste de domaines d'acheteurs publics : un administrateur va donc vérifier votre inscription. Vous recevrez un courriel dès qu'une décision aura été prise.

## En attente de validation
accounts-pending-title = En attente de validation
accounts-pending-heading = Votre inscription est en attente de validation
accounts-pending-why = Votre adresse est confirmée, mais son domaine ne figure pas sur notre liste de domaines d'acheteurs publics : un administrateur vérifie donc manuellement chacune de ces inscriptions. Les fournisseurs restent ainsi à l'écart, ce qui permet aux membres de s'exprimer librement.
accounts-pending-mail = Vous recevrez un courriel dès qu'une décision aura été prise sur votre inscription.

## Connexion
accounts-login-title = Se connecter
accounts-login-submit = Se connecter
accounts-login-forgot = Mot de passe oublié ?
accounts-login-new-here = Première visite ?
accounts-login-register = Inscrivez-vous

## Mots de passe
accounts-password-title = Modifier votre mot de passe
accounts-password-current = Mot de passe actuel
accounts-password-new = Nouveau mot de passe
accounts-password-new-hint = Au moins 12 caractères. Vos autres sessions seront déconnectées.
accounts-password-submit = Modifier le mot de passe
accounts-reset-title = Mot de passe oublié
accounts-reset-heading = Mot de passe oublié ?
accounts-reset-intro = Indiquez l'adresse avec laquelle vous vous êtes inscrit : nous vous enverrons un lien pour choisir un nouveau mot de passe.
accounts-reset-submit = Envoyer le lien
accounts-reset-confirm-title = Choisir un nouveau mot de passe
accounts-reset-confirm-hint = Au moins 12 caractères. Le choisir vous déconnecte de toutes vos sessions.
accounts-reset-confirm-submit = Enregistrer le nouveau mot de passe

## La charte d'usage
accounts-usage-code-title = Charte d'usage
accounts-usage-code-version = Charte d'usage, version { $version }, publiée le { $date }
accounts-usage-code-accepted = Vous avez accepté cette version.
accounts-usage-code-accept = J'accepte la charte d'usage (version { $version })

## Votre profil
accounts-profile-title = Votre profil
accounts-profile-signed-in-as = Connecté en tant que
accounts-profile-change-password = Modifier votre mot de passe
accounts-profile-public = Voir votre profil public
accounts-profile-region = Région
accounts-profile-optional = Facultatif.
accounts-profile-languages = Langues que vous parlez
accounts-profile-languages-hint = Codes de deux lettres séparés par des virgules, par exemple : en, nl, fr.
accounts-profile-bio = À propos de vous
accounts-profile-bio-hint = Ce que vous achetez, les procédures que vous connaissez, les sujets sur lesquels vous pouvez aider. 2000 caractères au plus.
accounts-profile-expertise = Votre expertise
accounts-profile-expertise-hint = Ce que vous connaissez par expérience : secteurs (divisions CPV), procédures, domaines d'action publique. Vos collègues vous trouvent grâce à ces éléments dans l'annuaire des membres.
accounts-profile-locale = Langue de l'interface
accounts-profile-time-zone = Fuseau horaire
accounts-profile-time-zone-hint = Les horaires des événements sont affichés dans ce fuseau.
accounts-profile-time-zone-site = Le fuseau horaire du site
accounts-profile-save = Enregistrer

## Invitations à une communauté
accounts-invitation-title = Invitation à { $community }
accounts-invitation-guest-by = { $inviter } vous invite à participer à la communauté
accounts-invitation-guest = Vous êtes invité à participer à la communauté
accounts-invitation-guest-as = comme
accounts-invitation-guest-word = invité
accounts-invitation-guest-after = {" "}: les invités lisent et écrivent uniquement dans cette communauté, et leur nom porte la mention « Invité ».
accounts-invitation-join-by = { $inviter } vous invite à rejoindre la communauté
accounts-invitation-join = Vous êtes invité à rejoindre la communauté
accounts-invitation-join-after = .
accounts-invitation-terms = L'invitation est destinée à { $email } et fonctionne une seule fois, jusqu'au { $date }. Avant d'écrire quoi que ce soit, il vous sera demandé d'accepter la charte d'usage : vous vous exprimez en votre nom propre, et non au nom de votre organisation.
accounts-invitation-join-button = Rejoindre { $community }
accounts-invitation-someone-else = Cette invitation a été envoyée à { $email }, mais vous êtes connecté en tant que { $user }.
accounts-invitation-someone-else-how = Pour l'accepter, déconnectez-vous et ouvrez à nouveau le lien.
accounts-invitation-sign-out = Se déconnecter
accounts-invitation-known = L'adresse { $email } a déjà un compte. Confirmez avec son mot de passe pour rejoindre la communauté.
accounts-invitation-forgotten = Mot de passe oublié ?
accounts-invitation-newcomer = Créez votre compte pour { $email }. Le lien a confirmé cette adresse.
accounts-invitation-organisation = Organisation (facultatif)
accounts-invitation-organisation-hint = Votre entreprise, administration ou institution.
accounts-invitation-create = Créer mon compte et rejoindre la communauté
