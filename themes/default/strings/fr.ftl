# UI strings of the default theme, French (translated from en.ftl).
# Fluent syntax: https://projectfluent.org/ ; plural forms follow CLDR rules
# (French: 0 and 1 are `one`; `many` is for large round numbers such as 1000000).
# French punctuation uses a no-break space (U+00A0) before : ; ? ! and %.

language-name = Français
skip-to-content = Aller au contenu
site-navigation = Site
course-navigation = Sommaire du cours
breadcrumbs = Fil d’Ariane
contents = Sommaire
home = Accueil
courses = Cours
course = Cours
chapters = Chapitres
course-catalogue = Cours
resources = Ressources
case-library = Bibliothèque d’études de cas
glossary = Glossaire
built-with = Créé avec coursebook. Fonctionne hors ligne.
enter-site = Accéder au site
not-found-title = Page introuvable
not-found-text = La page demandée n’existe pas. Elle a peut-être été déplacée.
back-home = Aller à la page d’accueil

duration = Durée
duration-hours = { $count ->
    [one] { $count } heure
    [many] { $count } d’heures
   *[other] { $count } heures
}
duration-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}
publisher = Éditeur
audience = À qui s’adresse ce cours
objectives = Objectifs d’apprentissage
objectives-intro = À la fin de ce chapitre, vous serez en mesure de :
syllabus = Programme
activities = Activités
practise = S’exercer
editorial-note = Note de la rédaction
chapter-n = Chapitre { $n }
chapter-count = { $count ->
    [one] { $count } chapitre
    [many] { $count } de chapitres
   *[other] { $count } chapitres
}
section-count = { $count ->
    [one] { $count } section
    [many] { $count } de sections
   *[other] { $count } sections
}
case-count = { $count ->
    [0] aucune étude de cas
    [one] { $count } étude de cas
    [many] { $count } d’études de cas
   *[other] { $count } études de cas
}
term-count = { $count ->
    [one] { $count } terme
    [many] { $count } de termes
   *[other] { $count } termes
}
in-this-chapter = Dans ce chapitre
key-messages = Messages clés
cases-in-chapter = Études de cas de ce chapitre
chapter-navigation = Chapitre précédent et chapitre suivant
previous = Précédent
next = Suivant
section = section

case-study = Étude de cas
case-library-intro = { $count ->
    [0] Aucune étude de cas pour le moment.
    [one] Une étude de cas issue de gouvernements du monde entier.
    [many] { $count } d’études de cas issues de gouvernements du monde entier, classées par région.
   *[other] { $count } études de cas issues de gouvernements du monde entier, classées par région.
}
filter-cases = Filtrer les études de cas
browse-cases = Parcourir par pays, objectif et thème
by-country = Par pays
by-sdg = Par objectif de développement durable
by-theme = Par thème
all = Tous
cases-shown-label = Études de cas affichées
countries = Pays
organisations = Organisations
region = Région
level = Niveau
year = Année
sdgs = ODD
sdg-n = ODD { $count }
themes = Thèmes
source = Source
used-in = Utilisée dans
see-also = Voir aussi
list-separator = {", "}

region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
region-oceania = Océanie
region-global = Mondial et multirégional
level-local = Local
level-national = National
level-regional = Régional
level-international = International

callout-note = Remarque
callout-tip = Conseil
callout-important = Important
callout-warning = Avertissement
callout-caution = Attention
table = Tableau

activity-quiz = Quiz
activity-reflections = Réflexion
activity-worksheet = Fiche de travail
quiz-pass-mark = Seuil de réussite : { $count } %
points-total = { $count ->
    [one] { $count } point
    [many] { $count } de points
   *[other] { $count } points
}
points = { $count ->
    [one] { $count } point
    [many] { $count } de points
   *[other] { $count } points
}
select-all = Sélectionnez toutes les réponses qui conviennent.
true = Vrai
false = Faux
your-answer = Votre réponse
ordering-hint = Indiquez pour chaque élément sa position dans l’ordre correct.
show-answer = Afficher la réponse
show-guidance = Afficher des pistes de réflexion
correct-answer = Bonne réponse
check-answers = Vérifier les réponses
save-answers = Enregistrer mes réponses
retry = Réessayer
reset = Effacer les réponses
feedback-correct = Exact.
feedback-incorrect = Pas tout à fait.
feedback-partial = Partiellement exact.
feedback-unanswered = Sans réponse.
quiz-passed = Réussi : vous avez obtenu { $score } sur { $total } points ({ $percent } %).
quiz-failed = Pas encore réussi : vous avez obtenu { $score } sur { $total } points ({ $percent } %). Le seuil de réussite est de { $pass } %.
quiz-score = { $score } sur { $total } points
answers-saved = Vos réponses sont enregistrées dans ce navigateur.

add-row = Ajouter une ligne
export-csv = Exporter au format CSV
export-markdown = Exporter au format Markdown
import = Importer un fichier exporté
print = Imprimer
clear = Effacer la fiche de travail
worksheet-restored = Vos saisies enregistrées ont été restaurées à partir de ce navigateur.
worksheet-not-saved = Ce navigateur ne peut pas enregistrer vos saisies. Exportez-les avant de quitter la page.
worksheet-exported = Fichier { $file } téléchargé.
worksheet-imported = Fichier { $file } importé.
worksheet-import-failed = { $file } n’est pas un export de cette fiche de travail. Rien n’a été modifié.
worksheet-confirm-clear = Effacer toutes les saisies de cette fiche de travail ? Exportez-la d’abord si vous souhaitez en conserver une copie.
worksheet-cleared = La fiche de travail est vide.

activity-assessment = Autoévaluation
assessment-items = { $count ->
    [one] { $count } affirmation à évaluer
    [many] { $count } d’affirmations à évaluer
   *[other] { $count } affirmations à évaluer
}
assessment-edition = Édition
assessment-scale = Échelle de notation
assessment-show-results = Afficher mes résultats
assessment-print = Imprimer les résultats
assessment-results = Résultats
assessment-area = Dimension ou sous-dimension
assessment-mean = Score moyen
assessment-answered = Réponses
assessment-answered-of = { $answered } sur { $total }
assessment-chart = Score moyen par dimension, sur une échelle de { $min } à { $max }
assessment-confirm-reset = Effacer toutes les réponses de cette évaluation ?
export-json = Exporter au format JSON

language = Langue
read-original = Lire l’original
notice-fallback = Cette page n’est pas encore traduite. Elle est affichée dans sa langue d’origine ({ $original }).
notice-outdated = L’original de cette page ({ $original }) a été modifié depuis sa traduction ; cette traduction n’est peut-être plus à jour.
translation-status = État des traductions
status-intro = Part du cours traduite dans chaque langue, comptée en fichiers et en mots du texte source.
status-none = Ce site n’existe qu’en une seule langue.
status-words-translated = Mots traduits et à jour
status-files = Fichiers
status-words = Mots
status-current = Traduit
status-outdated = Peut-être pas à jour
status-missing = Pas encore traduit
status-total = Total
status-heading = Statut

module-n = Module { $n }
part-n = partie { $n }
day-n = Jour { $n }
day-navigation = Jour précédent et jour suivant
agenda-morning = Séance du matin
agenda-afternoon = Séance de l’après-midi
week-at-a-glance = La semaine en un coup d’œil
session = Séance
events = Événements
event = Événement
dates = Dates
venue = Lieu
time-zones = Fuseaux horaires
organisers = Organisateurs
programme = Programme
add-to-calendar = Ajouter à votre agenda (.ics)
date = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
times-in = Les horaires sont indiqués selon le fuseau { $zone }.
your-time = Votre heure locale : { $time }
mode-in-person = En présentiel
mode-online = En ligne
mode-hybrid = En présentiel et en ligne
item-welcome = Accueil
item-lecture = Exposé
item-plenary = Séance plénière
item-group-exercise = Exercice en groupe
item-case-study = Étude de cas
item-wrap-up = Synthèse
item-evaluation = Évaluation
item-panel = Table ronde
item-discussion = Discussion
activity-deck = Diapositives
slide-decks = Présentations
handout = Document à distribuer
slide = diapositive
slide-n-of = Diapositive { $n } sur { $total }
speaker-notes = Notes de l’intervenant
deck-slides = Diapositives
deck-handout = Document avec les notes de l’intervenant
deck-print-hint = Pour imprimer une diapositive par page, utilisez la commande d’impression du navigateur (paysage).
deck-print-handout-hint = Imprimez cette page pour obtenir un document : chaque diapositive avec ses notes.
deck-present = Présenter
deck-presenter-view = Mode présentateur
deck-overview = Vue d’ensemble
deck-print = Imprimer les diapositives
deck-next-slide = Diapositive suivante
deck-end = Fin de la présentation
deck-timer = Temps écoulé
deck-exit = Quitter la présentation
deck-notes = Notes
slide-count = { $count ->
    [one] { $count } diapositive
   *[other] { $count } diapositives
}

duration-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
duration-hours-minutes = { $hours } { $minutes }
audience-label = Public
in-this-module = Dans ce module
objectives-intro-module = À la fin de ce module, vous serez en mesure de :
cases-in-module = Études de cas de ce module
all-chapters = Tous les chapitres…

# Provenance, events and drafted items
written-for-this-edition = Rédigé pour cette édition : cette page va au-delà de la boîte à outils d’origine et s’appuie sur les sources publiques citées ci-dessous.
sources = Sources
event-objectives = Objectifs
event-outcomes = Résultats attendus
note-on-sources = Note sur les sources
drafted-item = (énoncé provisoire, non officiel)
teaching-time = Enseignement
exercise-time = Exercices
questions = Questions abordées
rating-agree-1 = Pas du tout d’accord
rating-agree-2 = Plutôt pas d’accord
rating-agree-3 = Ni d’accord ni pas d’accord
rating-agree-4 = Plutôt d’accord
rating-agree-5 = Tout à fait d’accord
rating-statement = Énoncé

# Lesson blocks and the facilitator edition
block-exercise = Exercice
block-solution = Solution
block-hint = Indice
block-facilitator = Note pour l’animateur
block-callout = Remarque
block-keypoints = Points clés
block-objectives = Objectifs
block-prerequisites = Prérequis
block-discussion = Discussion
block-checklist = Liste de vérification
model-answer = Réponse type
for-facilitators = Pour les animateurs
materials = Matériel
preparation = Préparation
facilitator-guide = Guide de l’animateur
facilitator-notes = Notes pour l’animateur
facilitator-edition-banner = Édition animateur : contient les notes, les solutions et les corrigés. Ne pas diffuser aux apprenants.
schedule = Programme
chapter = Chapitre
when = Quand
task-done = Fait
task-open = À faire
code-output = Résultat

# Livre imprimable, PDF et copies hors ligne
print-book = Tout le cours sur une page
print-book-link = Tout le cours sur une seule page, à lire ou à imprimer
pdf-book = PDF du cours
print-book-hint = Cette page contient tout le cours : lisez-le ici du début à la fin, ou imprimez-le avec la commande Imprimer de votre navigateur, qui permet aussi d’enregistrer un PDF.
print-back-to-contents = Retour à la table des matières
print-back-to-course = Retour à la page du cours
about-this-course = À propos de ce cours
case-studies = Études de cas
answer-key = Corrigé
answer-open = Question ouverte : il n’y a pas de réponse unique.
matching-hint = Écrivez sur chaque ligne la lettre de l’élément correspondant.
activity-framework = Cadre de référence
slide-handouts = Diapositives à distribuer
pdf-note = Composé à partir des sources du cours avec coursebook.
offline-open-course = Ouvrir le cours
offline-not-included-title = Absent de cette copie hors ligne
offline-not-included-text = Cette copie hors ligne contient un seul cours dans une seule langue. La page demandée appartient à un autre cours ou à une autre langue ; consultez-la sur le site du cours.
offline-readme-title = { $course } : copie hors ligne
offline-readme-open = Pour lire le cours, décompressez ce fichier, ouvrez le dossier { $folder } puis ouvrez index.html dans un navigateur web. Aucune connexion à Internet n’est nécessaire.
offline-readme-saved = Les réponses aux quiz et les saisies des fiches de travail sont enregistrées uniquement dans le navigateur de cet ordinateur. Utilisez les boutons d’exportation des fiches pour en garder une copie.
offline-readme-pdf = Le cours complet, prêt à imprimer, se trouve dans le PDF { $pdf }.

# Numbered figures, tables, equations and exercises, and links to them ("Figure 3.1")
ref-figure = Figure { $number }
ref-table = Tableau { $number }
ref-equation = Équation { $number }
ref-exercise = Exercice { $number }
# The page that lists a course's figures, linked from the course page
list-of-figures = Liste des figures
# A number label followed by a caption or title ("Figure 3.1: Spending by sector")
numbered-title = { $label } : { $title }

# Recherche
search = Rechercher
search-label = Rechercher dans ce site
search-placeholder = Rechercher (touche /)
search-results = Résultats de la recherche
search-results-count = { $count ->
    [0] Aucun résultat
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-no-results = Aucun résultat pour « { $query } ». Essayez avec moins de mots ou une autre orthographe.
search-all-results = Tous les résultats pour « { $query } »
search-failed = L’index de recherche n’a pas pu être chargé.
search-filter = Affiner les résultats
search-type = Type
search-no-js = La recherche nécessite JavaScript. Toutes les pages et tous les termes du glossaire sont listés ci-dessous de A à Z.
search-az = Index de A à Z
search-az-intro = Toutes les pages et tous les termes du glossaire de ce site, par ordre alphabétique.
search-az-other = Autres
search-kind-chapter = Chapitre
search-kind-agenda = Programme
search-kind-framework = Cadre de référence
module = Module
modules = Modules

# A course's setup page (courses/<course>/setup.md)
setup = Préparation
setup-intro = Avant la première séance : ce qu’il faut installer, télécharger ou préparer.
on-this-page = Sur cette page

# Learner progress on the course page, kept in this browser only (site.js)
progress-read = Lu
progress-quiz-passed = Quiz réussi : { $score } sur { $total }
progress-quiz-tried = Quiz tenté : { $score } sur { $total }
progress-summary-chapters = Chapitres lus : { $read } sur { $count }.
progress-summary-modules = Modules lus : { $read } sur { $count }.
progress-summary-quizzes = Quiz réussis : { $passed } sur { $quizzes }.
progress-note = Votre progression n’est enregistrée que dans ce navigateur. Sur un ordinateur partagé, effacez-la quand vous avez terminé.
progress-forget = Effacer ma progression
progress-continue = Continuer avec

# Certificates of participation (coursebook certificates, pdf/certificate.typ)
certificate-heading = Attestation de participation
certificate-certifies = Nous attestons que
certificate-took-part = a participé à la formation
certificate-signature-facilitator = Animateur principal ou animatrice principale
certificate-signature-organiser = Pour les organisateurs

# Facilitator edition: compiling participants' exported worksheets (activity.js)
compile-title = Compiler les réponses des participants
compile-intro = Choisissez en une fois les fichiers CSV ou Markdown que les participants ont exportés depuis cette fiche de travail. Ils sont lus dans ce navigateur ; rien n’est envoyé nulle part.
compile-choose = Choisir les fichiers
compile-files = Fichiers compilés : { $count }.
compile-not-export = { $file } n’est pas un export de cette fiche de travail et a été écarté.
compile-answered = Réponses
compile-share = { $count } sur { $total } ({ $percent } %)
compile-no-answers = Aucune réponse.

# Facilitator edition: an event's attendance sheets and certificates
attendance-title = Feuille de présence
attendance-intro = Une feuille par jour de l’événement, chacune imprimée sur sa propre page : imprimez cette page et faites circuler les feuilles.
attendance-link = Feuilles de présence à imprimer (une par jour)
attendance-number = N°
attendance-name = Nom
attendance-organisation = Organisation et fonction
attendance-email = Courriel
attendance-signature = Signature
certificates-how = Attestations de participation, à partir d’un fichier des noms des participants, un par ligne :
