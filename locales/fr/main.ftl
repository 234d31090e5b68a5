# Crocevia — user-interface strings (French).

## Language names, each written in its own language (used by the language switcher).
language-name = Français

## Layout
site-tagline = Informations et services pour l'intégration des personnes ressortissantes de pays tiers
skip-to-content = Aller au contenu principal
skip-to-footer = Aller au pied de page
lang-switcher-label = Langue
lang-switcher-current = Langue de la page : { $language }
menu-label = Menu principal
menu-toggle = Afficher ou masquer le menu
nav-home = Accueil
nav-guides = Guides
nav-services = Services
nav-glossary = Glossaire
nav-search = Rechercher
demo-notice = Site de démonstration : les contacts et les adresses des services sont des exemples. Pour les démarches officielles, adressez-vous aux bureaux indiqués.
external-link = (site externe)

## Home page
home-title = Trouvez la bonne démarche et le service le plus proche, dans votre langue
home-lead = { $network } met en réseau les guichets, les services sociaux, de santé et juridiques et les médiatrices et médiateurs interculturels de la région. Vous trouverez ici des informations claires sur les démarches les plus courantes et les contacts pour demander de l'aide.
home-topics-title = Les démarches les plus demandées
home-topics-lead = Une première explication des démarches sur lesquelles les personnes interrogent le plus souvent les guichets. Les règles peuvent changer : vérifiez toujours auprès du bureau compétent.
topic-where = Où s'adresser : { $office }
topic-permit-title = Renouvellement du titre de séjour
topic-permit-text = Le renouvellement se demande avant la date d'expiration, en général au moins 60 jours avant. Pour de nombreux types de titre de séjour, la demande est envoyée avec le kit postal (kit postale) depuis les bureaux de poste habilités ; pour d'autres, elle est déposée directement à la préfecture de police (Questura).
topic-permit-office = Préfecture de police (Questura) ou bureau de poste habilité (Sportello Amico)
topic-residence-title = Inscription au registre de la population (résidence)
topic-residence-text = S'inscrire au registre de la population (anagrafe) de la commune (Comune) où vous vivez est un droit et donne accès à de nombreux services, de la carte d'identité aux services sociaux. Il faut une pièce d'identité, le titre de séjour (ou le récépissé de la demande de renouvellement) et l'adresse où vous habitez.
topic-residence-office = Service du registre de la population (anagrafe) de la commune (Comune)
topic-health-title = Soins de santé et médecin traitant
topic-health-text = Avec le titre de séjour, vous vous inscrivez au Service sanitaire national (Servizio sanitario nazionale) et vous choisissez le médecin traitant (medico di base) ou le pédiatre. Les personnes sans titre de séjour valide ont quand même droit aux soins urgents et essentiels avec le code STP.
topic-health-office = Agence sanitaire locale (ASL), guichet de choix et de changement du médecin
topic-italian-title = Cours de langue italienne
topic-italian-text = Les centres provinciaux d'éducation des adultes (CPIA) organisent des cours d'italien gratuits pour adultes, à partir du niveau débutant, ainsi que le test de langue italienne exigé pour certains titres de séjour.
topic-italian-office = CPIA, centre provincial d'éducation des adultes (Centro provinciale per l'istruzione degli adulti)
topic-work-title = Travail et formation
topic-work-text = Le centre pour l'emploi (Centro per l'impiego) vous aide à chercher du travail, à faire la déclaration de disponibilité immédiate au travail et à trouver des formations et des stages.
topic-work-office = Centre pour l'emploi (Centro per l'impiego, CPI)
topic-family-title = Regroupement familial
topic-family-text = Pour faire venir en Italie votre conjoint ou conjointe, vos enfants ou vos parents à charge, vous demandez en ligne l'autorisation (nulla osta) au guichet unique pour l'immigration (Sportello unico per l'immigrazione). Il faut un logement adapté et un revenu minimum.
topic-family-office = Guichet unique pour l'immigration (Sportello unico per l'immigrazione) de la préfecture (Prefettura)
home-desk-title = Le guichet unique : un seul endroit pour commencer
home-desk-text = Au guichet unique, une équipe de spécialistes du social, du droit et de la santé et de médiatrices et médiateurs interculturels écoute votre situation, vous oriente et, si besoin, vous accompagne vers les autres services. Le service est gratuit.
home-desk-point-info = Information et orientation sur les services du territoire
home-desk-point-legal = Conseil juridique sur les titres de séjour, la nationalité et l'asile
home-desk-point-health = Orientation vers les services de santé
home-desk-point-mediation = Médiation interculturelle dans votre langue
home-desk-bring = Apportez les documents que vous avez : passeport, titre de séjour ou récépissé, code fiscal (codice fiscale).
home-contact-title = Contacts
home-contact-address = Adresse
home-contact-phone = Téléphone
home-contact-email = E-mail
home-contact-hours = Horaires
home-help-title = Numéros utiles et gratuits
help-112 = Numéro unique d'urgence : police, carabiniers, pompiers, ambulance
help-1522 = Violences et harcèlement (stalking) : ouvert 24 heures sur 24, aussi dans d'autres langues
help-antitratta = Numéro vert contre la traite des êtres humains : anonyme, ouvert 24 heures sur 24, en plusieurs langues
home-languages-title = Dans votre langue
home-languages-text = Ce site est disponible en plusieurs langues. Choisissez la vôtre dans le menu « Langue » en haut : vous resterez sur la même page.

## Footer
footer-about = { $network } est une plateforme ouverte pour le réseau des services d'accueil et d'intégration.
footer-funding = Réalisé dans le cadre de projets financés par le Fonds Asile, migration et intégration (FAMI) de l'Union européenne.
footer-accessibility = Déclaration d'accessibilité
footer-privacy = Politique de confidentialité
footer-api = API et données ouvertes
footer-legal-title = Mentions légales

## Accessibility declaration
accessibility-title = Déclaration d'accessibilité
accessibility-intro = { $network } s'engage à rendre ce site accessible, conformément à la loi italienne n° 4 du 9 janvier 2004 et à la directive (UE) 2016/2102.
accessibility-status-title = État de conformité
accessibility-status-text = Le site est conçu pour être conforme aux exigences de la norme EN 301 549 et aux règles WCAG 2.1 de niveau AA. Chaque version est vérifiée par des tests automatiques dans un vrai navigateur, en italien, en anglais et en arabe ; les vérifications manuelles se poursuivent.
accessibility-features-title = Ce que nous faisons pour l'accessibilité
accessibility-feature-languages = des textes en plusieurs langues, avec le bon sens de lecture pour l'arabe et l'ourdou ;
accessibility-feature-keyboard = une navigation complète au clavier, avec un lien pour aller directement au contenu ;
accessibility-feature-nojs = des pages qui fonctionnent aussi sans JavaScript et avec une connexion lente ;
accessibility-feature-contrast = un contraste des couleurs et une taille de texte adaptés.
accessibility-feedback-title = Signalements
accessibility-feedback-text = Si vous trouvez un contenu non accessible, écrivez à { $email }. Nous vous répondrons dans un délai de 30 jours.
accessibility-feedback-nocontact = Si vous trouvez un contenu non accessible, signalez-le à l'organisme qui gère ce site. Il vous répondra dans un délai de 30 jours.
accessibility-enforcement-title = Procédure de recours
accessibility-enforcement-text = Si la réponse ne vous satisfait pas ou si elle n'arrive pas dans un délai de 30 jours, vous pouvez faire un signalement au Défenseur civique pour le numérique (Difensore civico per il digitale) de l'Agence pour l'Italie numérique (AgID).

## Privacy notice
privacy-title = Politique de confidentialité
privacy-intro = Cette note explique comment { $network } traite les données des personnes qui visitent le portail public, conformément au règlement (UE) 2016/679 (RGPD).
privacy-data-title = Quelles données nous traitons
privacy-data-text = Pour consulter le portail, vous n'avez pas besoin de vous inscrire et nous ne vous demandons pas de données personnelles. Le serveur enregistre seulement les données techniques nécessaires au fonctionnement et à la sécurité (par exemple l'heure de la demande et la page demandée), sans le contenu de ce que vous écrivez.
privacy-cookies-title = Cookies
privacy-cookies-text = Nous utilisons uniquement des cookies techniques : l'un mémorise la langue que vous avez choisie, l'autre protège les formulaires contre les demandes falsifiées. Nous n'utilisons ni cookies de profilage ni outils de suivi de tiers.
privacy-rights-title = Vos droits
privacy-rights-text = Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, et vous opposer à leur traitement en écrivant à { $email }. Vous pouvez aussi déposer une réclamation auprès de l'autorité italienne de protection des données personnelles (Garante per la protezione dei dati personali).
privacy-rights-nocontact = Vous pouvez demander l'accès à vos données, leur rectification ou leur effacement, et vous opposer à leur traitement en vous adressant à l'organisme qui gère ce site, responsable du traitement. Vous pouvez aussi déposer une réclamation auprès de l'autorité italienne de protection des données personnelles (Garante per la protezione dei dati personali).
privacy-operators = Les équipes des services du réseau utilisent un espace réservé, avec une note d'information spécifique pour les données des personnes qu'elles accompagnent.

## Error pages
error-404-title = Page introuvable
error-404-text = La page que vous cherchez n'existe pas ou a été déplacée.
error-500-title = Une erreur s'est produite
error-500-text = Votre demande n'a pas pu être traitée. Réessayez dans quelques minutes.
error-back-home = Retour à la page d'accueil
error-request-id = Code de la demande : { $id }
error-403-title = Accès non autorisé
error-403-text = L'opération demandée n'a pas pu être effectuée. Rechargez la page et réessayez.
error-403-permission = Votre profil ne permet pas cette opération. Si vous pensez qu'il s'agit d'une erreur, contactez l'administrateur du réseau.
error-429-title = Trop de tentatives
error-429-text = Vous avez fait trop de demandes en peu de temps. Attendez quelques minutes et réessayez.
error-400-title = Demande non valide
error-400-text = Le formulaire envoyé est illisible ou trop volumineux. Vérifiez le fichier et réessayez.

## Services directory
dir-title = Services
dir-lead = Trouvez le bureau ou le service le plus proche qui peut vous aider et qui parle votre langue.
dir-filters = Filtrer les services
dir-category = Type de service
dir-category-any = Tous les types
dir-place = Commune
dir-place-hint = Écrivez le nom de la commune, par exemple Torino.
dir-language = Langue parlée
dir-language-any = Toutes les langues
dir-open-now = Ouvert maintenant
dir-free = Services gratuits uniquement
dir-search = Afficher les services
dir-use-location = Utiliser ma position
dir-location-used = Classés par distance depuis votre position.
dir-place-used = Classés par distance depuis { $place }.
dir-place-unknown = Nous ne trouvons pas la commune « { $place } » : vérifiez le nom ou écrivez-en un autre.
dir-jump-map = Voir sur la carte
dir-nothing-near = Aucun service à { $place } ne correspond aux filtres : les plus proches sont à environ { $km } km.
dir-results = { $count ->
    [one] { $count } service trouvé.
   *[other] { $count } services trouvés.
}
dir-none = Aucun service ne correspond aux filtres choisis. Essayez d'enlever un filtre ou de chercher dans une commune proche.
dir-map = Carte des services
dir-map-hint = La carte montre les services de la liste. La liste fonctionne aussi sans la carte.
dir-distance = à { $km } km
dir-open-until = Ouvert maintenant, ferme à { $time }
dir-opens-today = Fermé maintenant, ouvre aujourd'hui à { $time }
dir-opens-at = Fermé maintenant, ouvre { $day } à { $time }
dir-hours-unknown = Horaires non indiqués
dir-temporarily-closed = Fermé temporairement
dir-free-badge = Gratuit
dir-languages = Langues parlées
dir-pagination = Pages des résultats
dir-page-prev = Page précédente
dir-page-next = Page suivante
dir-page-of = Page { $page } sur { $pages }
dir-address = Adresse
dir-hours = Horaires d'ouverture
dir-phone = Téléphone
dir-email = E-mail
dir-website = Site web
dir-documents = Documents à apporter
dir-accessibility = Accessibilité
dir-cost = Coût
dir-directions = Comment y aller
dir-verified = Informations vérifiées le { $date }.
dir-not-verified = Ces informations n'ont pas encore été vérifiées par la rédaction.
dir-organization = Organisme
dir-back = Retour à la liste des services
dir-how-to-apply = Comment y accéder
dir-eligibility = Pour qui
dir-where = Lieu
dir-closed-day = fermé
dir-not-translated = Cette fiche n'est pas encore traduite dans votre langue. Langue affichée : { $language }.
dir-machine-translated = Cette fiche a été traduite automatiquement et n'a pas encore été relue.
day-1 = lundi
day-2 = mardi
day-3 = mercredi
day-4 = jeudi
day-5 = vendredi
day-6 = samedi
day-7 = dimanche
hours-every-weeks =
    { $n ->
        [1] chaque semaine
        *[other] toutes les { $n } semaines
    }
hours-every-months =
    { $n ->
        [1] chaque mois
        *[other] tous les { $n } mois
    }
hours-in-month = { $which } du mois
hours-month-days = jours { $days } du mois
list-separator = { ", " }
hours-nth-1 = premier
hours-nth-2 = deuxième
hours-nth-3 = troisième
hours-nth-4 = quatrième
hours-nth-5 = cinquième
hours-nth-m1 = dernier
hours-nth-m2 = avant-dernier
hours-nth-m3 = troisième avant la fin
hours-nth-m4 = quatrième avant la fin
hours-nth-m5 = cinquième avant la fin
category-legal-permits = Titres de séjour et questions juridiques
category-health = Santé
category-housing = Logement
category-work-training = Travail et formation
category-italian-language = Cours d'italien
category-school = École
category-social-services = Services sociaux
category-mediation = Médiation interculturelle
category-anti-violence = Aide contre les violences
category-asylum = Asile et protection
category-family = Famille

## Guides and glossary
guides-title = Guides des démarches
guides-lead = Les démarches les plus courantes expliquées étape par étape : pour qui, que faire, quoi apporter, combien ça coûte et où aller.
guides-categories = Thèmes
guides-glossary-link = Les mots de ces démarches, expliqués dans le glossaire
guides-back = Tous les guides
guide-not-translated = Cette page n’est pas encore entièrement traduite dans votre langue : certaines parties sont en { $language }.
guide-machine-translated = Cette page a été traduite automatiquement et n’a pas encore été relue par une personne.
guide-category-permits = Titres de séjour (permesso di soggiorno)
guide-category-residency = Résidence et registre de la population (Anagrafe)
guide-category-health = Santé
guide-category-tax = Code fiscal (codice fiscale) et impôts
guide-category-family = Famille
guide-category-education = École, études et langue italienne
guide-category-work = Travail
guide-category-citizenship = Citoyenneté
guide-category-protection = Protection internationale
guide-category-mobility = Permis de conduire (patente) et transports
guide-contents = Sur cette page
guide-section-audience = Pour qui
guide-section-steps = Que faire
guide-section-documents = Ce qu’il faut
guide-section-outcome = Ce que vous obtenez
guide-section-timing = Délais et dates limites
guide-section-costs = Combien ça coûte
guide-section-legal = Références juridiques
guide-section-contacts = Contacts
guide-permit-types = Pour les personnes qui ont :
guide-permit-any = n’importe quel titre de séjour
guide-permit-work = un titre de séjour pour travail
guide-permit-family = un titre de séjour pour raisons familiales
guide-permit-study = un titre de séjour pour études
guide-permit-long_term_eu = un titre de séjour UE de longue durée (permesso UE di lungo periodo)
guide-permit-asylum = l’asile (statut de réfugié)
guide-permit-subsidiary_protection = la protection subsidiaire (protezione sussidiaria)
guide-permit-special_protection = la protection spéciale (protezione speciale)
guide-permit-waiting_employment = un titre de séjour pour chercher un emploi (attesa occupazione)
guide-permit-none = pas (encore) de titre de séjour
guide-where-to-go = Où aller :
guide-official-pages = Pages officielles :
guide-reviewed = Contenu vérifié le { $date } ; prochaine vérification au plus tard le { $next }.
glossary-title = Glossaire
glossary-lead = Les mots de l’immigration et des services publics, expliqués simplement, par ordre alphabétique.
glossary-back = Tout le glossaire
glossary-in-italian = En italien :
glossary-aliases = Aussi appelé :
glossary-source = Source :
glossary-related = Voir aussi
glossary-guides = Guides qui en parlent
guide-print = Version à imprimer
guide-print-title = Guide à imprimer : dans votre langue et en italien
guide-print-qr = Scannez le code pour ouvrir ce guide sur un téléphone :
guide-pdf = Télécharger le PDF (deux langues)

## Search (issue 6)
search-title = Recherche
search-label = Rechercher des guides, des services et des mots
search-placeholder = ex. : renouveler le permis de séjour
search-button = Rechercher
search-results = { $count ->
    [one] { $count } résultat pour « { $query } »
   *[other] { $count } résultats pour « { $query } »
}
search-kind-all = Tout
search-kind-guide = Guides
search-kind-service = Services
search-kind-concept = Glossaire
search-did-you-mean = Vouliez-vous dire :
search-none = Aucun résultat pour « { $query } ».
search-none-help = Essayez d’autres mots ou moins de mots, vérifiez l’orthographe, ou commencez par les guides et le glossaire.
search-suggested = Guides que beaucoup de personnes recherchent
search-glossary = Parcourir le glossaire des mots de la migration
search-near = Près de (commune)
search-near-unknown = Nous ne connaissons pas la commune « { $place } » : les résultats ne sont pas triés par distance.
search-km = { $km } km
search-in-language = En { $language }
search-filter = Afficher

## Documents for the person: consent form and the copy of their data
consent-title = Consentement à la communication des données personnelles
consent-intro = Je soussigné(e), { $name }, autorise { $agency } à communiquer mes données personnelles à { $recipient } dans le but suivant : { $purpose }.
consent-any = tout organisme de ce type : { $kind }
consent-special = Le consentement couvre aussi les données sensibles (santé, situations de vulnérabilité).
consent-period = Le consentement est valable du { $from } au { $until }.
consent-period-open = Le consentement est valable à partir du { $from }, jusqu'à ce que je le retire.
consent-withdraw = Je peux retirer mon consentement à tout moment, sans conséquence sur les services que je reçois, en m'adressant à { $agency }. Le retrait vaut pour l'avenir.
consent-rights = J'ai le droit de voir mes données, de demander qu'elles soient corrigées ou effacées, et de savoir qui les a vues et qui les a reçues.
consent-place-date = Lieu et date
consent-signature = Signature de la personne
consent-operator = Signature de l'intervenant
consent-mediator = Signature du médiateur ou de la médiatrice (le cas échéant)
consent-purpose-employment = travail et formation
consent-purpose-health = santé
consent-purpose-housing = logement
consent-purpose-legal = aide juridique et démarches
consent-purpose-education = école et langue italienne
consent-purpose-social = aide sociale et revenu
consent-kind-comune = commune
consent-kind-ente_gestore = services sociaux du territoire
consent-kind-asl = agence sanitaire locale (ASL)
consent-kind-cpi = centre pour l'emploi
consent-kind-cpia = centre d'éducation des adultes (CPIA)
consent-kind-prefettura = préfecture
consent-kind-questura = préfecture de police (Questura)
consent-kind-school = école
consent-kind-third_sector = association ou coopérative
consent-kind-region = région
consent-kind-research_institute = université ou institut de recherche
dsr-title = Vos données personnelles
dsr-intro = Voici la copie de toutes les données que { $agency } conserve sur vous, avec la liste de ceux qui les ont vues et de ceux qui les ont reçues. Date : { $date }.
dsr-identity = Qui vous êtes
dsr-visits = Vos visites au guichet
dsr-cases = Vos parcours d'accompagnement
dsr-bases = Vos consentements et les autres bases légales pour communiquer vos données
dsr-recipients = Qui a reçu vos données
dsr-access = Qui a vu ou modifié vos données
dsr-none = Personne.
dsr-rights = Vous pouvez demander au guichet de corriger ou d'effacer vos données.

## The newcomer's app: saved pages, offline, share and act
saved-link = Vos pages enregistrées
saved-title = Enregistrés sur le téléphone
saved-intro = Les guides et les services que vous enregistrez restent sur ce téléphone et vous pouvez les lire même sans connexion. Personne, pas même nous, ne voit cette liste.
saved-empty = Vous n’avez encore rien enregistré. Ouvrez un guide ou un service et appuyez sur « Enregistrer pour lire hors ligne ».
saved-noscript = Pour enregistrer les pages sur le téléphone, JavaScript doit être activé dans le navigateur.
saved-kind-guide = Guide
saved-kind-service = Service
save-offline = Enregistrer pour lire hors ligne
save-offline-done = Enregistré : vous pouvez le lire même sans connexion
save-offline-remove = Retirer des pages enregistrées
offline-title = Vous êtes hors ligne
offline-text = Cette page n’est pas enregistrée sur le téléphone et il n’y a pas de connexion maintenant. Vous pouvez lire les pages que vous avez enregistrées.
share-title = Partager cette page
share-whatsapp = Envoyer par WhatsApp
share-sms = Envoyer par SMS
share-native = Partager…
share-copy = Copier le lien
share-copied = Lien copié
share-address = Adresse de la page
share-qr = Afficher le code QR
share-qr-caption = Scannez le code avec un autre téléphone pour ouvrir cette page.
act-call = Appeler
act-whatsapp = Écrire sur WhatsApp
act-directions = Itinéraire
act-map = Ouvrir la carte
listen = Écouter
listen-stop = Arrêter la lecture

## Was this useful? Report wrong information
feedback-back = Revenir à la page
feedback-title = Cette page vous a-t-elle été utile ?
feedback-yes = Oui
feedback-no = Non
feedback-report = Signaler une information incorrecte
feedback-report-label = Qu’est-ce qui est faux ou qui manque ?
feedback-report-hint = Le signalement est anonyme : n’écrivez pas de données personnelles (nom, documents, téléphone).
feedback-send = Envoyer le signalement
feedback-thanks = Merci : la rédaction lira votre réponse.
feedback-empty = Écrivez ce qui est faux ou ce qui manque.
feedback-too-long = Le signalement est trop long : { $max } caractères au maximum.

## A guide's "in brief" box
guide-brief-title = En bref
guide-brief-who = Pour qui
guide-brief-bring = À apporter
guide-brief-cost = Combien ça coûte
guide-brief-time = Combien de temps
guide-brief-where = Où aller

## Your city: the portal by municipality
city-title = Votre ville
city-lead = Choisissez la commune (comune) où vous habitez : vous verrez les guichets pour les étrangers, les services les plus proches et les guides. Ce choix reste uniquement sur ce téléphone.
city-choose-label = Votre commune
city-choose-button = Valider
city-locate = Utiliser ma position
city-list-title = Communes ayant des services dans le réseau
city-unknown = Nous ne trouvons pas la commune « { $place } ». Vérifiez l’orthographe ou choisissez dans la liste.
city-change = Changer de commune
city-remembered = Cette commune est mémorisée uniquement sur ce téléphone.
city-desks = Guichets pour les titres de séjour et les questions juridiques
city-no-desk = Il n’y a pas de guichet dans cette commune : consultez les services les plus proches.
city-nearby = Services à proximité
city-all-services = Tous les services à proximité, sur la carte
city-guides = Guides des démarches
city-yours = Votre ville :
city-choose-link = Choisir votre ville

# Certificate verification (public)
verify-title = Vérifier une attestation
verify-lead = Saisissez le code imprimé sur l'attestation de formation pour voir si elle est valide, à qui elle appartient et pour quel cours.
verify-code-label = Code de l'attestation
verify-code-hint = Dix lettres et chiffres, par exemple ABCDE-12345. Majuscules, minuscules et tirets ne comptent pas.
verify-submit = Vérifier
verify-malformed = Ce n'est pas un code d'attestation : vérifiez que vous l'avez saisi en entier.
verify-unknown = Aucune attestation n'a le code { $code }.
verify-valid = Attestation valide.
verify-revoked = Attestation révoquée le { $date }.
verify-holder = Délivrée à
verify-course = Cours
verify-hours = Heures
verify-dates = Dates
verify-issuer = Délivrée par
verify-issued = Date de délivrance
verify-code = Code

## Needs survey by public link (partner bodies without an account)
survey-public-lead = Les réponses servent à planifier la formation du personnel des services. Nous ne vous demandons pas votre nom : nous conservons seulement le type d'organisme, la profession et la province.
survey-about-you = Qui répond
survey-agency-kind = Type d'organisme
survey-profession = Profession
survey-province = Province
survey-province-hint = Son sigle, par exemple TO.
survey-choose = Choisir
survey-required = obligatoire
survey-scale-hint = De 1 (pas du tout) à 5 (énormément).
survey-rank-hint = Donnez un rang à chaque élément, de 1 (le plus important) à { $count }, chaque rang une seule fois.
survey-place = Rang de « { $choice } »
survey-submit = Envoyer les réponses
survey-thanks-title = Merci
survey-thanks = Vos réponses ont été enregistrées. Vous pouvez fermer cette page.
survey-closed = Ce questionnaire n'accepte pas de réponses pour le moment.
survey-error-summary = Certaines réponses sont à corriger : { $count }.
survey-error-missing = Veuillez répondre à cette question.
survey-error-unknown = Choisissez l'une des options proposées.
survey-error-scale = Choisissez une valeur de 1 à 5.
survey-error-ranking = Donnez à chaque élément un rang différent, de 1 à { $count }.
survey-error-too-long = La réponse est trop longue : { $max } caractères au maximum.
survey-error-agency-kind = Choisissez le type d'organisme.
survey-error-profession = Choisissez la profession.
survey-error-province = Écrivez le sigle d'une province italienne, par exemple TO.
survey-profession-front_office = agent d'accueil
survey-profession-social_worker = assistant social
survey-profession-legal_operator = conseiller juridique
survey-profession-health_operator = professionnel de santé
survey-profession-mediator = médiateur interculturel
survey-profession-coordinator = coordinateur
survey-profession-trainer = formateur
survey-profession-editor = rédacteur
survey-profession-translator = traducteur
survey-profession-analyst = analyste
survey-profession-administrator = administrateur
survey-profession-other = autre profession
