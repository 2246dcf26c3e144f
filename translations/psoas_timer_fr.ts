<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutPsoas</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Up and down arrows change the drawing</source>
        <translation>Les flèches haut et bas changent le dessin</translation>
    </message>
    <message>
        <source>Section {number} of {count}; arrow keys move</source>
        <translation>Section {number} sur {count}&#x202f;; les flèches changent de section</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Psoas Timer is already running; it has been brought to the front.</source>
        <translation>Psoas Timer est déjà ouvert&#x202f;; il a été mis au premier plan.</translation>
    </message>
    <message>
        <source>another copy (process {pid}) is using the data folder {folder}; only one may run at a time.</source>
        <translation>une autre copie (processus {pid}) utilise le dossier de données {folder}&#x202f;; une seule peut tourner à la fois.</translation>
    </message>
    <message>
        <source>another copy is using the data folder {folder}; only one may run at a time.</source>
        <translation>une autre copie utilise le dossier de données {folder}&#x202f;; une seule peut tourner à la fois.</translation>
    </message>
    <message>
        <source>Not medical advice. Move gently, start slow, and stop if anything hurts.</source>
        <translation>Ceci n’est pas un avis médical. Bougez en douceur, commencez lentement et arrêtez si quelque chose fait mal.</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Front and back of the core</source>
        <translation>Avant et arrière du tronc</translation>
    </message>
    <message>
        <source>Practice time on the front and on the back of the core; the mark is the middle. Steps that work both count half to each; your own steps don&apos;t say which side they work, so they are not counted.</source>
        <translation>Temps de pratique pour l’avant et pour l’arrière du tronc&#x202f;; le repère marque le milieu. Les étapes qui travaillent les deux comptent pour moitié de chaque côté&#x202f;; vos étapes personnalisées ne disent pas ce qu’elles travaillent, elles ne sont donc pas comptées.</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>étirer</translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation>renforcer</translation>
    </message>
    <message>
        <source>release</source>
        <translation>relâcher</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirer</translation>
    </message>
    <message>
        <source>Strengthen</source>
        <translation>Renforcer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâcher</translation>
    </message>
    <message>
        <source>front of the core</source>
        <translation>avant du tronc</translation>
    </message>
    <message>
        <source>back of the core</source>
        <translation>arrière du tronc</translation>
    </message>
    <message>
        <source>front and back of the core in turn</source>
        <translation>avant et arrière du tronc, en alternance</translation>
    </message>
    <message>
        <source>front and back of the core</source>
        <translation>avant et arrière du tronc</translation>
    </message>
    <message>
        <source>front</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>back</source>
        <translation>arrière</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>avant et arrière</translation>
    </message>
    <message>
        <source>Front {time}</source>
        <translation>Avant {time}</translation>
    </message>
    <message>
        <source>Back {time}</source>
        <translation>Arrière {time}</translation>
    </message>
    <message>
        <source>nothing on the front or the back yet</source>
        <translation>encore rien pour l’avant ni pour l’arrière</translation>
    </message>
    <message>
        <source>{front}% front, {back}% back</source>
        <translation>{front}&#x202f;% avant, {back}&#x202f;% arrière</translation>
    </message>
    <message>
        <source>{front}, {back}: {shares}</source>
        <translation>{front}, {back}&#x202f;: {shares}</translation>
    </message>
    <message>
        <source>{summary}; {time} not counted</source>
        <translation>{summary}&#x202f;; {time} non comptabilisé</translation>
    </message>
    <message>
        <source>Front and back in balance.</source>
        <translation>Avant et arrière en équilibre.</translation>
    </message>
    <message>
        <source>{time} of your own steps not counted.</source>
        <translation>{time} de vos étapes personnalisées non comptabilisé.</translation>
    </message>
    <message>
        <source>{time} not counted.</source>
        <translation>{time} non comptabilisé.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Much more front than back.</source>
        <translation>Beaucoup plus d’avant que d’arrière.</translation>
    </message>
    <message>
        <source>Much more back than front.</source>
        <translation>Beaucoup plus d’arrière que d’avant.</translation>
    </message>
    <message>
        <source>{when}, much more front than back.</source>
        <translation>{when}, beaucoup plus d’avant que d’arrière.</translation>
    </message>
    <message>
        <source>{when}, much more back than front.</source>
        <translation>{when}, beaucoup plus d’arrière que d’avant.</translation>
    </message>
    <message>
        <source>Much more front than back ({more} to {less}).</source>
        <translation>Beaucoup plus d’avant que d’arrière ({more} contre {less}).</translation>
    </message>
    <message>
        <source>Much more back than front ({more} to {less}).</source>
        <translation>Beaucoup plus d’arrière que d’avant ({more} contre {less}).</translation>
    </message>
    <message>
        <source>{when}, much more front than back ({more} to {less}).</source>
        <translation>{when}, beaucoup plus d’avant que d’arrière ({more} contre {less}).</translation>
    </message>
    <message>
        <source>{when}, much more back than front ({more} to {less}).</source>
        <translation>{when}, beaucoup plus d’arrière que d’avant ({more} contre {less}).</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work.</source>
        <translation>L’idéal est de travailler les deux autant&#x202f;: vous pourriez ajouter du travail pour l’avant.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work.</source>
        <translation>L’idéal est de travailler les deux autant&#x202f;: vous pourriez ajouter du travail pour l’arrière.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work, such as {exercises}.</source>
        <translation>L’idéal est de travailler les deux autant&#x202f;: vous pourriez ajouter du travail pour l’avant, par exemple {exercises}.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work, such as {exercises}.</source>
        <translation>L’idéal est de travailler les deux autant&#x202f;: vous pourriez ajouter du travail pour l’arrière, par exemple {exercises}.</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <translation>{list} ou {last}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A guided timer for psoas and low-back stretching and exercise routines.</source>
        <translation>Un minuteur guidé pour des routines d’étirement et d’exercice du psoas et du bas du dos.</translation>
    </message>
    <message>
        <source>Not medical advice: move gently, start slow, and stop if anything hurts.</source>
        <translation>Ceci n’est pas un avis médical&#x202f;: bougez en douceur, commencez lentement et arrêtez si quelque chose fait mal.</translation>
    </message>
    <message>
        <source>print each routine as: id&lt;TAB&gt;title&lt;TAB&gt;total duration (m:ss), then exit</source>
        <translation>affiche chaque routine sous la forme&#x202f;: id&lt;TAB&gt;titre&lt;TAB&gt;durée totale (m:ss), puis quitte</translation>
    </message>
    <message>
        <source>open the player and start this routine at once</source>
        <translation>ouvre le lecteur et démarre aussitôt cette routine</translation>
    </message>
    <message>
        <source>check a routine file and add it to your routines; prints its id</source>
        <translation>vérifie un fichier de routine et l’ajoute à vos routines&#x202f;; affiche son identifiant</translation>
    </message>
    <message>
        <source>write your practice history, every computer&apos;s, as CSV (UTF-8, ISO 8601 times) or, for a FILE ending in .json, as JSON; - for standard output; then exit</source>
        <translation>écrit votre historique de pratique, celui de tous les ordinateurs, en CSV (UTF-8, heures ISO 8601) ou, pour un FICHIER se terminant par .json, en JSON&#x202f;; - pour la sortie standard&#x202f;; puis quitte</translation>
    </message>
    <message>
        <source>the format of --export-history (default: from the file name, else CSV)</source>
        <translation>le format de --export-history (par défaut&#x202f;: d’après le nom du fichier, sinon CSV)</translation>
    </message>
    <message>
        <source>add Psoas Timer, with its icon, to your desktop&apos;s application menu, then exit</source>
        <translation>ajoute Psoas Timer, avec son icône, au menu des applications de votre bureau, puis quitte</translation>
    </message>
    <message>
        <source>remove it from the menu again (your history and routines stay), then exit</source>
        <translation>le retire du menu (votre historique et vos routines restent), puis quitte</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as starting at login does)</source>
        <translation>démarre dans la zone de notification sans montrer la fenêtre (comme au démarrage de la session)</translation>
    </message>
    <message>
        <source>print each reminder (days, time, routine) and the next time it fires, then exit</source>
        <translation>affiche chaque rappel (jours, heure, routine) et son prochain déclenchement, puis quitte</translation>
    </message>
    <message>
        <source>where history, favourites, settings and your own routines live (default: $PSOAS_TIMER_DATA_DIR, else {default})</source>
        <translation>où se trouvent l’historique, les favoris, les paramètres et vos propres routines (par défaut&#x202f;: $PSOAS_TIMER_DATA_DIR, sinon {default})</translation>
    </message>
    <message>
        <source>psoas-timer: could not write {path}: {reason}</source>
        <translation>psoas-timer&#x202f;: impossible d’écrire {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>No reminders are set. Add them in the app: Settings, Reminders and goal.</source>
        <translation>Aucun rappel n’est programmé. Ajoutez-en dans l’application&#x202f;: Paramètres, Rappels et objectif.</translation>
    </message>
    <message>
        <source>(no routine {id})</source>
        <translation>(aucune routine {id})</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>never (no days chosen)</source>
        <translation>jamais (aucun jour choisi)</translation>
    </message>
    <message>
        <source>next {moment}</source>
        <translation>prochain&#x202f;: {moment}</translation>
    </message>
    <message>
        <source>(A reminder is skipped on a day you have already practised.)</source>
        <translation>(Un rappel est sauté les jours où vous avez déjà pratiqué.)</translation>
    </message>
    <message>
        <source>psoas-timer: could not import {path}: {reason}</source>
        <translation>psoas-timer&#x202f;: impossible d’importer {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>psoas-timer: the id {taken} is taken; imported as {id}</source>
        <translation>psoas-timer&#x202f;: l’identifiant {taken} est déjà pris&#x202f;; importé sous {id}</translation>
    </message>
    <message>
        <source>psoas-timer: could not write: {reason}</source>
        <translation>psoas-timer&#x202f;: écriture impossible&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Psoas Timer is in your application menu.</source>
        <translation>Psoas Timer est dans votre menu des applications.</translation>
    </message>
    <message>
        <source>Psoas Timer is no longer in your application menu.</source>
        <translation>Psoas Timer n’est plus dans votre menu des applications.</translation>
    </message>
    <message>
        <source>Psoas Timer was not in your application menu.</source>
        <translation>Psoas Timer n’était pas dans votre menu des applications.</translation>
    </message>
    <message>
        <source>psoas-timer: unknown routine id {id}. Valid ids:</source>
        <translation>psoas-timer&#x202f;: identifiant de routine inconnu {id}. Identifiants valides&#x202f;:</translation>
    </message>
    <message>
        <source>psoas-timer: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, or on a virtual display by putting xvfb-run in front of the command.</source>
        <translation>psoas-timer&#x202f;: aucun écran sur lequel ouvrir une fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Lancez-le depuis une session de bureau, ou sur un écran virtuel en plaçant xvfb-run devant la commande.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#x202f;: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#x202f;: erreur&#x202f;: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#x202f;: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#x202f;: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#x202f;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#x202f;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Get ready: {name}</source>
        <translation>Préparez-vous&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Get ready: {name}, left side first</source>
        <translation>Préparez-vous&#x202f;: {name}, côté gauche d’abord</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, côté gauche</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, côté droit</translation>
    </message>
    <message>
        <source>Rest. Next: {name}</source>
        <translation>Repos. Ensuite&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Rest. Next: {name}, left side first</source>
        <translation>Repos. Ensuite&#x202f;: {name}, côté gauche d’abord</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>À mi-chemin</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Edit routine: {title}</source>
        <translation>Modifier la routine&#x202f;: {title}</translation>
    </message>
    <message>
        <source>New routine: {title}</source>
        <translation>Nouvelle routine&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Enregistrer la routine</translation>
    </message>
    <message>
        <source>Save this routine</source>
        <translation>Enregistrer cette routine</translation>
    </message>
    <message>
        <source>Fix the problems shown in red to save</source>
        <translation>Corrigez les problèmes indiqués en rouge pour enregistrer</translation>
    </message>
    <message>
        <source>Total {time}  ·  {steps}</source>
        <translation>Total {time}  ·  {steps}</translation>
    </message>
    <message>
        <source>{time}, {steps}</source>
        <translation>{time}, {steps}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#x202f;?</translation>
    </message>
    <message>
        <source>The changes to this routine have not been saved.</source>
        <translation>Les modifications de cette routine n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For example: Evening stretch</source>
        <translation>Par ex.&#x202f;: Étirements du soir</translation>
    </message>
    <message>
        <source>Routine id (file name)</source>
        <translation>Identifiant de la routine (nom du fichier)</translation>
    </message>
    <message>
        <source>A saved routine keeps its id. Duplicate it to save a copy under another id.</source>
        <translation>Une routine enregistrée garde son identifiant. Dupliquez-la pour en enregistrer une copie sous un autre identifiant.</translation>
    </message>
    <message>
        <source>Names the routine&apos;s file: lowercase letters, digits and single hyphens. It follows the title until you change it.</source>
        <translation>Donne son nom au fichier de la routine&#x202f;: lettres minuscules, chiffres et tirets simples. Il suit le titre jusqu’à ce que vous le modifiiez.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional: what the routine is for</source>
        <translation>Facultatif&#x202f;: à quoi sert la routine</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Get-ready seconds before the first step</source>
        <translation>Secondes de préparation avant la première étape</translation>
    </message>
    <message>
        <source>Rest seconds between steps</source>
        <translation>Secondes de repos entre les étapes</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Id (file name)</source>
        <translation>&amp;Identifiant (nom du fichier)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>&amp;Préparez-vous</translation>
    </message>
    <message>
        <source>&amp;Rest between steps</source>
        <translation>&amp;Repos entre les étapes</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>{name}  (each side)</source>
        <translation>{name}  (de chaque côté)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the chosen exercise</source>
        <translation>Ajouter l’exercice choisi</translation>
    </message>
    <message>
        <source>Choose an exercise to add:</source>
        <translation>Choisissez un exercice à ajouter&#x202f;:</translation>
    </message>
    <message>
        <source>Custom step</source>
        <translation>Étape personnalisée</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Ajouter une étape personnalisée</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Nom de l’étape</translation>
    </message>
    <message>
        <source>For example: Shoulder rolls</source>
        <translation>Par ex.&#x202f;: Rotations des épaules</translation>
    </message>
    <message>
        <source>Step instructions, one per line</source>
        <translation>Consignes de l’étape, une par ligne</translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation>Une consigne par ligne</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Enregistrer l’étape</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter l’étape</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Instructions (one per line)</source>
        <translation>&amp;Consignes (une par ligne)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation>Repos entre les étapes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Per side</source>
        <translation>De chaque côté</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Give the routine a title.</source>
        <translation>Donnez un titre à la routine.</translation>
    </message>
    <message>
        <source>Give the routine an id.</source>
        <translation>Donnez un identifiant à la routine.</translation>
    </message>
    <message>
        <source>Give the step a name.</source>
        <translation>Donnez un nom à l’étape.</translation>
    </message>
    <message>
        <source>Write at least one instruction.</source>
        <translation>Écrivez au moins une consigne.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {count}.</source>
        <translation>{field}&#x202f;: {limit} caractères au plus, pas {count}.</translation>
    </message>
    <message>
        <source>{field}: no tabs or other control characters, please.</source>
        <translation>{field}&#x202f;: pas de tabulation ni d’autre caractère de contrôle, s’il vous plaît.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and single hyphens only, as in “evening-stretch”.</source>
        <translation>Utilisez seulement des lettres minuscules, des chiffres et des tirets simples, comme dans «&#x202f;etirements-du-soir&#x202f;».</translation>
    </message>
    <message>
        <source>Another routine already uses this id.</source>
        <translation>Une autre routine utilise déjà cet identifiant.</translation>
    </message>
    <message>
        <source>A built-in routine already uses this id.</source>
        <translation>Une routine intégrée utilise déjà cet identifiant.</translation>
    </message>
    <message>
        <source>{field}: a whole number of seconds from {low} to {high}.</source>
        <translation>{field}&#x202f;: un nombre entier de secondes, de {low} à {high}.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Ajoutez au moins une étape.</translation>
    </message>
    <message>
        <source>A routine holds at most {limit} steps.</source>
        <translation>Une routine compte au plus {limit} étapes.</translation>
    </message>
    <message>
        <source>This exercise is no longer in the catalogue: remove the step.</source>
        <translation>Cet exercice n’est plus dans le catalogue&#x202f;: retirez l’étape.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>Étape {number}&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>Step {number}: {name}, {time}</source>
        <translation>Étape {number}&#x202f;: {name}, {time}</translation>
    </message>
    <message>
        <source>{time} each side  ·  {total} in all</source>
        <translation>{time} de chaque côté  ·  {total} au total</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{name}  (custom)</source>
        <translation>{name}  (personnalisée)</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Étapes, dans l’ordre</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Ajouter un exercice…</translation>
    </message>
    <message>
        <source>Add an exercise from the catalogue</source>
        <translation>Ajouter un exercice du catalogue</translation>
    </message>
    <message>
        <source>Add custom step…</source>
        <translation>Ajouter une étape personnalisée…</translation>
    </message>
    <message>
        <source>Add a step of your own with its name and instructions</source>
        <translation>Ajouter une étape personnalisée, avec son nom et ses consignes</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Modifier l’étape…</translation>
    </message>
    <message>
        <source>Edit custom step</source>
        <translation>Modifier l’étape personnalisée</translation>
    </message>
    <message>
        <source>Change the name and instructions of this custom step (double-click)</source>
        <translation>Modifier le nom et les consignes de cette étape personnalisée (double-clic)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Retirer l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <source>Move the selected step earlier (Ctrl+Up)</source>
        <translation>Avancer l’étape sélectionnée (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <source>Move the selected step later (Ctrl+Down)</source>
        <translation>Reculer l’étape sélectionnée (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Seconds for the selected step</source>
        <translation>Secondes de l’étape sélectionnée</translation>
    </message>
    <message>
        <source>How long the step lasts; for each side if it is per side</source>
        <translation>Durée de l’étape&#x202f;; de chaque côté si elle se fait des deux côtés</translation>
    </message>
    <message>
        <source>Per side (left, then right)</source>
        <translation>De chaque côté (gauche, puis droit)</translation>
    </message>
    <message>
        <source>Selected step is done on each side</source>
        <translation>L’étape sélectionnée se fait de chaque côté</translation>
    </message>
    <message>
        <source>The step runs on the left side, then on the right</source>
        <translation>L’étape se fait d’abord côté gauche, puis côté droit</translation>
    </message>
    <message>
        <source>Selected step:</source>
        <translation>Étape sélectionnée&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Étape&amp;s</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>Glissez pour réordonner</translation>
    </message>
    <message>
        <source>A step lasts from {low} to {high} seconds, so {typed} s became {kept} s.</source>
        <translation>Une étape dure de {low} à {high} secondes, donc {typed} s devient {kept} s.</translation>
    </message>
    <message>
        <source>Step {number}:</source>
        <translation>Étape {number}&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <source>mat</source>
        <translation>tapis</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>serviette</translation>
    </message>
    <message>
        <source>physio ball</source>
        <translation>ballon de gym</translation>
    </message>
    <message>
        <source>reverse sit-up machine</source>
        <translation>banc à redressements inversés</translation>
    </message>
</context>
<context>
    <name>Habit</name>
    <message>
        <source>Keep Psoas Timer in the tray?</source>
        <translation>Garder Psoas Timer dans la zone de notification&#x202f;?</translation>
    </message>
    <message>
        <source>Reminders come only while Psoas Timer runs. Keep it in the tray when you close its window? You can quit it from the tray icon&apos;s menu.</source>
        <translation>Les rappels n’arrivent que tant que Psoas Timer est ouvert. Le garder dans la zone de notification quand vous fermez sa fenêtre&#x202f;? Vous pourrez le quitter depuis le menu de son icône.</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>Le garder ouvert</translation>
    </message>
    <message>
        <source>Quit on close</source>
        <translation>Quitter à la fermeture</translation>
    </message>
    <message>
        <source>reminders.json could not be written.</source>
        <translation>Impossible d’écrire reminders.json.</translation>
    </message>
    <message>
        <source>Could not save the reminders</source>
        <translation>Impossible d’enregistrer les rappels</translation>
    </message>
    <message>
        <source>Could not change starting at login</source>
        <translation>Impossible de modifier le lancement à la connexion</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>under 1 min</source>
        <translation>moins de 1 min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>No practice recorded yet.
Finish a routine and it will appear here.</source>
        <translation>Aucune séance enregistrée pour l’instant.
Terminez une routine et elle apparaîtra ici.</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Lecture de votre historique…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>No practice recorded yet</source>
        <translation>Aucune séance enregistrée pour l’instant</translation>
    </message>
    <message>
        <source>Reading your history</source>
        <translation>Lecture de votre historique</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Minutes practised per week, last {weeks} weeks</source>
        <translation>Minutes de pratique par semaine, {weeks} dernières semaines</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Minutes practised per day, last {days} days</source>
        <translation>Minutes de pratique par jour, {days} derniers jours</translation>
    </message>
    <message>
        <source>{when}: {completed} min completed, {partial} min partial.</source>
        <translation>{when}&#x202f;: {completed} min complètes, {partial} min partielles.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date format: day and short month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}&#x202f;: {value}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Jours d’affilée</translation>
    </message>
    <message>
        <source>Weeks on goal</source>
        <translation>Semaines à l’objectif</translation>
    </message>
    <message>
        <source>By routine</source>
        <translation>Par routine</translation>
    </message>
    <message>
        <source>Sessions and time per routine</source>
        <translation>Séances et durée par routine</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Days in a row · best {days}</source>
        <translation>Jours d’affilée · record {days}</translation>
    </message>
    <message>
        <source>Weeks on goal · best {weeks}</source>
        <translation>Semaines à l’objectif · record {weeks}</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Toutes les routines</translation>
    </message>
    <message>
        <source>{done} of {goal} min</source>
        <translation>{done} sur {goal} min</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>{minutes} min to go</source>
        <translation>Encore {minutes} min</translation>
    </message>
    <message>
        <source>Progress toward this week&apos;s goal</source>
        <translation>Progression vers l’objectif hebdomadaire</translation>
    </message>
    <message>
        <source>{progress}. {to_go}.</source>
        <translation>{progress}. {to_go}.</translation>
    </message>
    <message>
        <source>Goal {goal} min a week · last week {last_week}</source>
        <translation>Objectif {goal} min par semaine · semaine dernière {last_week}</translation>
    </message>
    <message>
        <source>This week: {progress} of your weekly goal. {to_go}.</source>
        <translation>Cette semaine&#x202f;: {progress} de votre objectif hebdomadaire. {to_go}.</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Votre pratique</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>{days} derniers jours</translation>
    </message>
    <message>
        <source>Show minutes per day for the last {days} days</source>
        <translation>Afficher les minutes par jour des {days} derniers jours</translation>
    </message>
    <message>
        <source>Last {weeks} weeks</source>
        <translation>{weeks} dernières semaines</translation>
    </message>
    <message>
        <source>Show minutes per week for the last {weeks} weeks</source>
        <translation>Afficher les minutes par semaine des {weeks} dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Show every day of the last 12 months</source>
        <translation>Afficher chaque jour des 12 derniers mois</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Exporter l’historique dans un fichier CSV</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Supprimer la séance…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Supprimer la séance sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key)</source>
        <translation>Supprimer la séance sélectionnée (touche Suppr)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Supprimer cette séance&#x202f;?</translation>
    </message>
    <message>
        <source>Delete your session of “{routine}” from {when} ({time})? It will no longer count in your figures. This cannot be undone.</source>
        <translation>Supprimer votre séance «&#x202f;{routine}&#x202f;» du {when} ({time})&#x202f;? Elle ne comptera plus dans vos chiffres. Vous ne pourrez pas l’annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Deleted the {routine} session.</source>
        <translation>Séance «&#x202f;{routine}&#x202f;» supprimée.</translation>
    </message>
    <message>
        <source>the history file could not be written.</source>
        <translation>le fichier de l’historique n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Deleted the {routine} session here, but {problem} It will be saved at the next try.</source>
        <translation>Séance «&#x202f;{routine}&#x202f;» supprimée ici, mais {problem} Ce sera enregistré à la prochaine tentative.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>Impossible d’exporter vers {path}&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Temps actif</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date format: short weekday, day, short month, year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Séances, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>This week: front and back of the core</source>
        <translation>Cette semaine&#x202f;: avant et arrière du tronc</translation>
    </message>
    <message>
        <source>This week: no practice yet</source>
        <translation>Cette semaine&#x202f;: pas encore de séance</translation>
    </message>
    <message>
        <source>This week: front and back in balance</source>
        <translation>Cette semaine&#x202f;: avant et arrière en équilibre</translation>
    </message>
    <message>
        <source>This week: much more front than back</source>
        <translation>Cette semaine&#x202f;: beaucoup plus d’avant que d’arrière</translation>
    </message>
    <message>
        <source>This week: much more back than front</source>
        <translation>Cette semaine&#x202f;: beaucoup plus d’arrière que d’avant</translation>
    </message>
    <message>
        <source>Your own steps don&apos;t say which side they work, and routines deleted since are unknown.</source>
        <translation>Vos étapes personnalisées n’indiquent pas le côté travaillé, et les routines supprimées depuis sont inconnues.</translation>
    </message>
    <message>
        <source>This week&apos;s practice on the front and the back of the core</source>
        <translation>Pratique de cette semaine à l’avant et à l’arrière du tronc</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>under {minutes} min</source>
        <translation>moins de {minutes} min</translation>
    </message>
    <message>
        <source>{minutes}+ min</source>
        <translation>{minutes}+ min</translation>
    </message>
    <message>
        <source>Practice in the last 12 months, a square per day</source>
        <translation>Pratique des 12 derniers mois, un carré par jour</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Aujourd’hui, {date}</translation>
    </message>
    <message>
        <source>{date}: no practice</source>
        <translation>{date}&#x202f;: pas de séance</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Jour choisi</translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>No exercise</source>
        <translation>Aucun exercice</translation>
    </message>
    <message>
        <source>Illustration: {name}</source>
        <translation>Illustration&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Keyframe {number} of {count}</source>
        <translation>Image {number} sur {count}</translation>
    </message>
    <message>
        <source>No illustration available</source>
        <translation>Aucune illustration disponible</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Focus:</source>
        <translation>L’essentiel&#x202f;:</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Prudence&#x202f;:</translation>
    </message>
    <message>
        <source>Psoas:</source>
        <translation>Psoas&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flèche gauche</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flèche droite</translation>
    </message>
    <message>
        <source>F11 or F</source>
        <translation>F11 ou F</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>gentle</source>
        <translation>douce</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>challenging</source>
        <translation>exigeante</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Psoas</source>
        <translation>Psoas</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>Rechercher  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by title, exercise, equipment or level (Ctrl+F)</source>
        <translation>Rechercher par titre, exercice, matériel ou niveau (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Rechercher des routines</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Favoris seulement</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Afficher seulement les favoris</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Create a routine of your own (Ctrl+N)</source>
        <translation>Créer votre propre routine (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Copy this routine to change it</source>
        <translation>Copier cette routine pour la modifier</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Modifier cette routine</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Supprimer cette routine</translation>
    </message>
    <message>
        <source>Steps of the routine</source>
        <translation>Étapes de la routine</translation>
    </message>
    <message>
        <source>Double-click a step, or press Enter on it, to look at it</source>
        <translation>Double-cliquez sur une étape, ou appuyez sur Entrée, pour la regarder</translation>
    </message>
    <message>
        <source>About the psoas…</source>
        <translation>À propos du psoas…</translation>
    </message>
    <message>
        <source>What the psoas is, what it does, and why front and back</source>
        <translation>Ce qu’est le psoas, ce qu’il fait, et pourquoi l’avant et l’arrière</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Star this routine (Ctrl+D)</source>
        <translation>Ajouter cette routine aux favoris (Ctrl+D)</translation>
    </message>
    <message>
        <source>Look at the steps…</source>
        <translation>Voir les étapes…</translation>
    </message>
    <message>
        <source>Each step&apos;s picture moving and what to do (Ctrl+L)</source>
        <translation>Chaque étape en image animée, avec ce qu’il faut faire (Ctrl+L)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Commencer cette routine (Entrée)</translation>
    </message>
    <message>
        <source>no equipment</source>
        <translation>sans matériel</translation>
    </message>
    <message>
        <source>{title}  (yours)</source>
        <translation>{title}  (la vôtre)</translation>
    </message>
    <message>
        <source>{title}: {equipment}; {level}</source>
        <translation>{title}&#x202f;: {equipment}&#x202f;; {level}</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>tous niveaux</translation>
    </message>
    <message>
        <source>Click to star or unstar (Ctrl+D)</source>
        <translation>Cliquez pour l’ajouter aux favoris ou l’en retirer (Ctrl+D)</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation>pas un favori</translation>
    </message>
    <message>
        <source>The steps of {title}</source>
        <translation>Les étapes de {title}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only: duplicate one to change it</source>
        <translation>Les routines intégrées sont en lecture seule&#x202f;: dupliquez-en une pour la modifier</translation>
    </message>
    <message>
        <source>No routine matches your search.</source>
        <translation>Aucune routine ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>No favourites yet: star a routine with ☆ or Ctrl+D.</source>
        <translation>Pas encore de favoris&#x202f;: ajoutez une routine avec ☆ ou Ctrl+D.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Votre routine</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <source>get ready {seconds} s</source>
        <translation>préparation {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>rests {seconds} s</source>
        <translation>repos {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>both sides counted</source>
        <translation>les deux côtés comptés</translation>
    </message>
    <message>
        <source>{seconds} s to switch sides</source>
        <translation>{seconds}&#xa0;s pour changer de côté</translation>
    </message>
    <message>
        <source>Total {time} ({details})</source>
        <translation>Total {time} ({details})</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Total {time}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Change the language?</source>
        <translation>Changer de langue ?</translation>
    </message>
    <message>
        <source>Psoas Timer will be in {language} from its next start. Restart it now? A routine under way is saved first.</source>
        <translation>Psoas Timer sera en {language} au prochain démarrage. Redémarrer maintenant&#x202f;? Une routine en cours est d’abord enregistrée.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>{caption} — Psoas Timer</source>
        <translation>{caption} — Psoas Timer</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>cette routine</translation>
    </message>
    <message>
        <source>Start another routine?</source>
        <translation>Commencer une autre routine&#x202f;?</translation>
    </message>
    <message>
        <source>Psoas Timer was started again, asking for “{new}”. Stop “{current}” (what you have practised is saved) and start it?</source>
        <translation>Psoas Timer a été relancé pour «&#x202f;{new}&#x202f;». Arrêter «&#x202f;{current}&#x202f;» (ce que vous avez pratiqué est enregistré) et la commencer&#x202f;?</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Commencer {title}</translation>
    </message>
    <message>
        <source>Carry on with {title}</source>
        <translation>Continuer {title}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importer une routine…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>&amp;Exporter la routine…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation>&amp;Son et voix…</translation>
    </message>
    <message>
        <source>&amp;Reminders and goal…</source>
        <translation>&amp;Rappels et objectif…</translation>
    </message>
    <message>
        <source>Show the &amp;psoas on the figures</source>
        <translation>Montrer le &amp;psoas sur les figures</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>About the &amp;psoas…</source>
        <translation>À propos du &amp;psoas…</translation>
    </message>
    <message>
        <source>&amp;About Psoas Timer</source>
        <translation>À propos de Psoas &amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Guided psoas and low-back stretching and exercise routines.

{disclaimer} This app guides timing only; it does not diagnose or treat anything. If you have pain or a condition, ask a professional first.

Your data folder: {folder}</source>
        <translation>Routines guidées d’étirements et d’exercices pour le psoas et le bas du dos.

{disclaimer} Cette application ne fait que guider le minutage&#x202f;; elle ne diagnostique ni ne traite rien. Si vous avez des douleurs ou un problème de santé, demandez d’abord l’avis d’un professionnel.

Votre dossier de données&#x202f;: {folder}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Skipped a routine file: {problem}</source>
        <translation>Fichier de routine ignoré&#x202f;: {problem}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the data folder {folder} is read-only</source>
        <translation>le dossier de données {folder} est en lecture seule</translation>
    </message>
    <message>
        <source>Could not save {what}: {why}.</source>
        <translation>Impossible d’enregistrer {what}&#x202f;: {why}.</translation>
    </message>
    <message>
        <source>your history</source>
        <translation>votre historique</translation>
    </message>
    <message>
        <source>your favorites</source>
        <translation>vos favoris</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>vos paramètres</translation>
    </message>
    <message>
        <source>It is kept in memory and will be saved at the next try.</source>
        <translation>Les données restent en mémoire et seront enregistrées à la prochaine tentative.</translation>
    </message>
    <message>
        <source>{places} and more</source>
        <translation>{places} et d’autres</translation>
    </message>
    <message>
        <source>The file is left as it is.</source>
        <translation>Le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <source>They are skipped here; the computer that wrote them sets them aside.</source>
        <translation>Ils sont ignorés ici&#x202f;; l’ordinateur qui les a écrits les met de côté.</translation>
    </message>
    <message>
        <source>Your history is saved again.</source>
        <translation>Votre historique est de nouveau enregistré.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); nothing will be added to it.</source>
        <translation>{file} a été écrit par une version plus récente de Psoas Timer (format {version})&#x202f;; rien n’y sera ajouté.</translation>
    </message>
    <message>
        <source>Could not tidy {file}: {reason}.</source>
        <translation>Impossible de ranger {file}&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>The last record of {file} was unfinished (the app was stopped while writing it); it is kept as {kept}.</source>
        <translation>Le dernier enregistrement de {file} était inachevé (l’application a été arrêtée pendant son écriture)&#x202f;; il est conservé sous le nom {kept}.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) nor moved aside. Nothing will be saved to it.</source>
        <translation>{file} n’a pu être ni lu ({why}) ni mis de côté. Rien n’y sera enregistré.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside}.</source>
        <translation>{file} n’a pas pu être lu ({why})&#x202f;; il a donc été déplacé vers {aside}.</translation>
    </message>
    <message>
        <source>They stay in {file}.</source>
        <translation>Ils restent dans {file}.</translation>
    </message>
    <message>
        <source>They are kept in {file}.</source>
        <translation>Ils sont conservés dans {file}.</translation>
    </message>
    <message>
        <source>{file} has favorites that cannot be used ({problems}).</source>
        <translation>{file} contient des favoris inutilisables ({problems}).</translation>
    </message>
    <message>
        <source>{file} has settings that cannot be used ({problems}).</source>
        <translation>{file} contient des paramètres inutilisables ({problems}).</translation>
    </message>
    <message>
        <source>Your favorites are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Vos favoris sont enregistrés&#x202f;; l’ancien {file} est conservé sous le nom {aside}.</translation>
    </message>
    <message>
        <source>Your settings are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Vos paramètres sont enregistrés&#x202f;; l’ancien {file} est conservé sous le nom {aside}.</translation>
    </message>
    <message>
        <source>Your favorites are saved again.</source>
        <translation>Vos favoris sont de nouveau enregistrés.</translation>
    </message>
    <message>
        <source>Your settings are saved again.</source>
        <translation>Vos paramètres sont de nouveau enregistrés.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is moved aside.</source>
        <translation>{file} n’a pas pu être lu ({why})&#x202f;; il est mis de côté.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is.</source>
        <translation>{file} n’a pas pu être lu ({why})&#x202f;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible.</source>
        <translation>{file} a été écrit par une version plus récente de Psoas Timer (format {version})&#x202f;; il est lu dans la mesure du possible.</translation>
    </message>
    <message>
        <source>The file is left as it is until you change one.</source>
        <translation>Le fichier est laissé tel quel jusqu’à ce que vous en modifiiez un.</translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation>Ignoré ici.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is.</source>
        <translation>{file} n’a pu être ni lu ({why}) ni mis de côté&#x202f;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible and left as it is.</source>
        <translation>{file} a été écrit par une version plus récente de Psoas Timer (format {version})&#x202f;; il est lu dans la mesure du possible et laissé tel quel.</translation>
    </message>
    <message>
        <source>{file} has reminders that cannot be used ({problems}). The file is left as it is until you change a reminder.</source>
        <translation>{file} contient des rappels inutilisables ({problems}). Le fichier est laissé tel quel jusqu’à ce que vous modifiiez un rappel.</translation>
    </message>
    <message>
        <source>Your reminders are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Vos rappels sont enregistrés&#x202f;; l’ancien {file} est conservé sous le nom {aside}.</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}. Starting empty.</source>
        <translation>Impossible de lire {file}&#x202f;: {reason}. Démarrage à vide.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is and defaults are used.</source>
        <translation>{file} n’a pas pu être lu ({why})&#x202f;; il est laissé tel quel et les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is and nothing will be saved to it.</source>
        <translation>{file} n’a pu être ni lu ({why}) ni mis de côté&#x202f;; il est laissé tel quel et rien n’y sera enregistré.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside} and the app started with an empty one.</source>
        <translation>{file} n’a pas pu être lu ({why}), il a donc été déplacé vers {aside} et l’application a démarré avec un fichier vide.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}). It is shown as far as possible, and nothing will be saved to it.</source>
        <translation>{file} a été écrit par une version plus récente de Psoas Timer (format {version}). Il est affiché dans la mesure du possible et rien n’y sera enregistré.</translation>
    </message>
    <message>
        <source>{file} is saved again.</source>
        <translation>{file} est de nouveau enregistré.</translation>
    </message>
    <message>
        <source>Could not create the data folder {folder}: {reason}.</source>
        <translation>Impossible de créer le dossier de données {folder}&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>Your routine {name} was changed on two computers at once; the later change is kept, the other as {copy}.</source>
        <translation>Votre routine {name} a été modifiée sur deux ordinateurs en même temps&#x202f;; la modification la plus récente est conservée, l’autre sous le nom {copy}.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Keyboard: {keys}</source>
        <translation>Clavier&#x202f;: {keys}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation>Progression de cette phase</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Progression de la routine</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Recommencer l’étape</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Refaire</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Arrêter la routine&#x202f;?</translation>
    </message>
    <message>
        <source>Stop now? The {time} you have practised will be saved in your history.</source>
        <translation>Arrêter maintenant&#x202f;? Vos {time} de pratique seront enregistrées dans votre historique.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Remettre le son</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Étape {step} sur {total}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>reste {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Paused · {time} · {name}</source>
        <translation>En pause · {time} · {name}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#x202f;!</translation>
    </message>
    <message>
        <source>Finished, with steps skipped</source>
        <translation>Terminée, avec des étapes sautées</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Coming up: {name}</source>
        <translation>À venir&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation>Ensuite&#x202f;: côté gauche</translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation>Ensuite&#x202f;: côté droit</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>{name}, left side next</source>
        <translation>{name}, ensuite côté gauche</translation>
    </message>
    <message>
        <source>{name}, right side next</source>
        <translation>{name}, ensuite côté droit</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, côté gauche</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, côté droit</translation>
    </message>
    <message>
        <source>Get into position: left side</source>
        <translation>Mettez-vous en position&#x202f;: côté gauche</translation>
    </message>
    <message>
        <source>Get into position: right side</source>
        <translation>Mettez-vous en position&#x202f;: côté droit</translation>
    </message>
    <message>
        <source>Get into position: left side first</source>
        <translation>Mettez-vous en position&#x202f;: côté gauche d’abord</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Ensuite&#x202f;: fin</translation>
    </message>
    <message>
        <source>Next: rest, then {name}</source>
        <translation>Ensuite&#x202f;: repos, puis «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Ensuite&#x202f;: changez de côté</translation>
    </message>
    <message>
        <source>Next: {name} (left side)</source>
        <translation>Ensuite&#x202f;: {name} (côté gauche)</translation>
    </message>
    <message>
        <source>Next: {name} (right side)</source>
        <translation>Ensuite&#x202f;: {name} (côté droit)</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Ensuite&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Work: {name}, {time}.</source>
        <translation>Exercice&#x202f;: {name}, {time}.</translation>
    </message>
    <message>
        <source>Work: {name}, left side, {time}.</source>
        <translation>Exercice&#x202f;: {name}, côté gauche, {time}.</translation>
    </message>
    <message>
        <source>Work: {name}, right side, {time}.</source>
        <translation>Exercice&#x202f;: {name}, côté droit, {time}.</translation>
    </message>
    <message>
        <source>Switch sides: left side, {time}.</source>
        <translation>Changez de côté&#x202f;: côté gauche, {time}.</translation>
    </message>
    <message>
        <source>Switch sides: right side, {time}.</source>
        <translation>Changez de côté&#x202f;: côté droit, {time}.</translation>
    </message>
    <message>
        <source>Get ready, {time}. Coming up: {name}.</source>
        <translation>Préparez-vous, {time}. À venir&#x202f;: {name}.</translation>
    </message>
    <message>
        <source>Rest, {time}. Coming up: {name}.</source>
        <translation>Repos, {time}. À venir&#x202f;: {name}.</translation>
    </message>
    <message>
        <source>{time} of practice</source>
        <translation>{time} de pratique</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Enregistré dans votre historique.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#x202f;%</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>{count} day(s)</source>
        <translation>
            <numerusform>{count} jour</numerusform>
            <numerusform>{count} jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} week(s)</source>
        <translation>
            <numerusform>{count} semaine</numerusform>
            <numerusform>{count} semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} session(s) to {path}.</source>
        <translation>
            <numerusform>{count} séance exportée vers {path}.</numerusform>
            <numerusform>{count} séances exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} sur %n étape</numerusform>
            <numerusform>{done} sur %n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}: {minutes} in %n session(s)</source>
        <translation>
            <numerusform>{date}&#x202f;: {minutes} en %n séance</numerusform>
            <numerusform>{date}&#x202f;: {minutes} en %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) per side</source>
        <translation>
            <numerusform>%n seconde de chaque côté</numerusform>
            <numerusform>%n secondes de chaque côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier; hover for all)</source>
        <translation>
            <numerusform>(et&#x202f;%n plus ancien&#x202f;; survolez pour tout voir)</numerusform>
            <numerusform>(et&#x202f;%n plus anciens&#x202f;; survolez pour tout voir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped a routine file: {problem} (+%n more problem(s))</source>
        <translation>
            <numerusform>Fichier de routine ignoré&#x202f;: {problem} (+%n autre problème)</numerusform>
            <numerusform>Fichier de routine ignoré&#x202f;: {problem} (+%n autres problèmes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>Étapes faites&#x202f;: {done} sur&#x202f;%n</numerusform>
            <numerusform>Étapes faites&#x202f;: {done} sur&#x202f;%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Less than %n second(s) of practice, so nothing was recorded.</source>
        <translation>
            <numerusform>Moins de&#x202f;%n seconde de pratique&#x202f;: rien n’a été enregistré.</numerusform>
            <numerusform>Moins de&#x202f;%n secondes de pratique&#x202f;: rien n’a été enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to {path}</source>
        <translation>
            <numerusform>%n séance écrite dans {path}</numerusform>
            <numerusform>%n séances écrites dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history record(s) could not be read ({where}). The first: {reason}.</source>
        <translation>
            <numerusform>%n enregistrement de l’historique n’a pas pu être lu ({where}). Le premier&#x202f;: {reason}.</numerusform>
            <numerusform>%n enregistrements de l’historique n’ont pas pu être lus ({where}). Le premier&#x202f;: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) that could not be saved when Psoas Timer last closed (kept in {path}): now in your history.</source>
        <translation>
            <numerusform>%n séance qui n’avait pas pu être enregistrée à la dernière fermeture de Psoas Timer (conservée dans {path}) est maintenant dans votre historique.</numerusform>
            <numerusform>%n séances qui n’avaient pas pu être enregistrées à la dernière fermeture de Psoas Timer (conservées dans {path}) sont maintenant dans votre historique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your history (%n session(s)) now lives in the {folder} folder, one file per computer, so several computers can share it. The old file is kept as {file}.</source>
        <translation>
            <numerusform>Votre historique (%n séance) se trouve maintenant dans le dossier {folder}, un fichier par ordinateur, pour que plusieurs ordinateurs puissent le partager. L’ancien fichier est conservé sous le nom {file}.</numerusform>
            <numerusform>Votre historique (%n séances) se trouve maintenant dans le dossier {folder}, un fichier par ordinateur, pour que plusieurs ordinateurs puissent le partager. L’ancien fichier est conservé sous le nom {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>{time} each side in this routine</source>
        <translation>{time} de chaque côté dans cette routine</translation>
    </message>
    <message>
        <source>{time} in this routine</source>
        <translation>{time} dans cette routine</translation>
    </message>
    <message>
        <source>done on each side</source>
        <translation>de chaque côté</translation>
    </message>
    <message>
        <source>{beats}, {seconds} s each</source>
        <translation>{beats}, {seconds}&#xa0;s chacun</translation>
    </message>
    <message>
        <source>a held pose</source>
        <translation>posture tenue</translation>
    </message>
    <message>
        <source>psoas: {effect}</source>
        <translation>psoas&#x202f;: {effect}</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot be read ({got})</source>
        <translation>ne peut pas être lu ({got})</translation>
    </message>
    <message>
        <source>is not a file that can be imported</source>
        <translation>n’est pas un fichier que l’on peut importer</translation>
    </message>
    <message>
        <source>is {got} bytes; a routine file may be at most 1 MiB</source>
        <translation>fait {got} octets&#x202f;; un fichier de routine ne peut pas dépasser 1 Mio</translation>
    </message>
    <message>
        <source>would be {got} bytes; a routine file may be at most 1 MiB</source>
        <translation>ferait {got} octets&#x202f;; un fichier de routine ne peut pas dépasser 1 Mio</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at position {got})</source>
        <translation>n’est pas du texte UTF-8 (octet non valide à la position {got})</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode (an unpaired \ud800-\udfff escape)</source>
        <translation>contient du texte qui n’est pas de l’Unicode valide (un échappement \ud800-\udfff isolé)</translation>
    </message>
    <message>
        <source>is not valid JSON: {got}</source>
        <translation>n’est pas du JSON valide&#x202f;: {got}</translation>
    </message>
    <message>
        <source>is nested too deeply to be a routine</source>
        <translation>est imbriqué trop profondément pour être une routine</translation>
    </message>
    <message>
        <source>is not valid JSON: holds a number too long to read</source>
        <translation>n’est pas du JSON valide&#x202f;: contient un nombre trop long pour être lu</translation>
    </message>
    <message>
        <source>must be a JSON object, got {got}</source>
        <translation>doit être un objet JSON, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be an object, got {got}</source>
        <translation>doit être un objet, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be an object with an &quot;exercises&quot; list</source>
        <translation>doit être un objet avec une liste «&#x202f;exercises&#x202f;»</translation>
    </message>
    <message>
        <source>unknown key {got} (allowed keys: {allowed})</source>
        <translation>clé inconnue {got} (clés autorisées&#x202f;: {allowed})</translation>
    </message>
    <message>
        <source>the key {got} is given more than once; keep one</source>
        <translation>la clé {got} apparaît plusieurs fois&#x202f;; n’en gardez qu’une</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be 1, got {got}</source>
        <translation>doit valoir 1, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be text, got {got}</source>
        <translation>doit être du texte, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at most {high} characters, got {got}</source>
        <translation>doit faire au plus {high} caractères, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must not hold control characters or line breaks, got {got}</source>
        <translation>ne doit contenir ni caractères de contrôle ni sauts de ligne, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {got}</source>
        <translation>doit être un nombre entier de {low} à {high}, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>doit valoir true ou false, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens, got {got}</source>
        <translation>ne doit contenir que des minuscules, des chiffres et des traits d’union isolés, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {got}</source>
        <translation>doit être l’une des valeurs {allowed}, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must be a list of steps, got {got}</source>
        <translation>doit être une liste d’étapes, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>must hold {low} to {high} steps, got {got}</source>
        <translation>doit contenir de {low} à {high} étapes, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>unknown exercise {got} (valid ids: {allowed})</source>
        <translation>exercice inconnu {got} (identifiants valides&#x202f;: {allowed})</translation>
    </message>
    <message>
        <source>needs &quot;exercise&quot; (an exercise id) or &quot;name&quot; and &quot;instructions&quot; (a custom step)</source>
        <translation>nécessite «&#x202f;exercise&#x202f;» (l’identifiant d’un exercice) ou «&#x202f;name&#x202f;» et «&#x202f;instructions&#x202f;» (une étape personnalisée)</translation>
    </message>
    <message>
        <source>must be null or an object with &quot;seconds_per_beat&quot; (0.5 to 60) and &quot;beats&quot;</source>
        <translation>doit valoir null ou être un objet avec «&#x202f;seconds_per_beat&#x202f;» (de 0,5 à 60) et «&#x202f;beats&#x202f;»</translation>
    </message>
    <message>
        <source>must hold one word for each of the movement&apos;s {high} beats, got {got}</source>
        <translation>doit contenir un mot pour chacun des {high} temps du mouvement, trouvé&#x202f;: {got}</translation>
    </message>
    <message>
        <source>unknown equipment {got}</source>
        <translation>équipement inconnu {got}</translation>
    </message>
    <message>
        <source>{got} is used twice</source>
        <translation>{got} est utilisé deux fois</translation>
    </message>
    <message>
        <source>is already used by another routine</source>
        <translation>est déjà utilisé par une autre routine</translation>
    </message>
    <message>
        <source>is &quot;{got}&quot; but the file is named {allowed}; rename the file to {got}.json</source>
        <translation>vaut «&#x202f;{got}&#x202f;» mais le fichier s’appelle {allowed}&#x202f;; renommez le fichier en {got}.json</translation>
    </message>
    <message>
        <source>{got} is already a built-in routine; this file was skipped</source>
        <translation>{got} est déjà une routine intégrée&#x202f;; ce fichier a été ignoré</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>step {number} (&quot;{field}&quot;)</source>
        <translation>étape {number} («&#x202f;{field}&#x202f;»)</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>étape {number}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Rappel activé</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Rappeler le {day}</translation>
    </message>
    <message>
        <source>Routine to suggest</source>
        <translation>Routine à proposer</translation>
    </message>
    <message>
        <source>{title} ({time})</source>
        <translation>{title} ({time})</translation>
    </message>
    <message>
        <source>(deleted routine {id})</source>
        <translation>(routine supprimée {id})</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this reminder</source>
        <translation>Retirer ce rappel</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Reminders and goal</source>
        <translation>Rappels et objectif</translation>
    </message>
    <message>
        <source> minutes a week</source>
        <translation> minutes par semaine</translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation>Objectif hebdomadaire en minutes</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Visez</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation>Pas encore de rappels.</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Ajouter un rappel</translation>
    </message>
    <message>
        <source>Skip a reminder on a day I have already practised</source>
        <translation>Sauter le rappel les jours où j’ai déjà pratiqué</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>Démarrer dans la zone de notification à la connexion</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>So that reminders still come; quit from the tray icon</source>
        <translation>Pour que les rappels arrivent toujours&#x202f;; quittez depuis l’icône de notification</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: reminders come while the window is open.</source>
        <translation>Ce bureau n’affiche pas d’icônes de notification&#x202f;: les rappels arrivent tant que la fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Choose at least one day for each reminder.</source>
        <translation>Choisissez au moins un jour pour chaque rappel.</translation>
    </message>
    <message>
        <source>there is no session D-Bus</source>
        <translation>il n’y a pas de D-Bus de session</translation>
    </message>
    <message>
        <source>the notification service answered {signature}, not an id</source>
        <translation>le service de notifications a répondu {signature}, pas un identifiant</translation>
    </message>
    <message>
        <source>no notification service is running</source>
        <translation>aucun service de notifications n’est lancé</translation>
    </message>
    <message>
        <source>the notification service refused ({reason})</source>
        <translation>le service de notifications a refusé ({reason})</translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation>C’est l’heure de s’étirer</translation>
    </message>
    <message>
        <source>The routine this reminder suggested is gone; pick one in Psoas Timer.</source>
        <translation>La routine proposée par ce rappel n’existe plus&#x202f;; choisissez-en une dans Psoas Timer.</translation>
    </message>
    <message>
        <source>Time for {title}</source>
        <translation>C’est l’heure de {title}</translation>
    </message>
    <message>
        <source>{time} on your mat. Start when you are ready.</source>
        <translation>{time} sur votre tapis. Commencez quand vous voulez.</translation>
    </message>
    <message>
        <source>{text} (You asked to be reminded again.)</source>
        <translation>{text} (Vous avez demandé un nouveau rappel.)</translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation>Ouvrir Psoas Timer</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Commencer {title}</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown beside the tray icon.</source>
        <translation>Les notifications du bureau ne sont pas disponibles ({why})&#x202f;: les rappels s’affichent à côté de l’icône de notification.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown in this window.</source>
        <translation>Les notifications du bureau ne sont pas disponibles ({why})&#x202f;: les rappels s’affichent dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Click here to start, or choose Later in the tray menu.</source>
        <translation>Cliquez ici pour commencer, ou choisissez «&#x202f;Plus tard&#x202f;» dans le menu de l’icône.</translation>
    </message>
    <message>
        <source>Reminder: {title}.</source>
        <translation>Rappel&#x202f;: {title}.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>En semaine</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Le week-end</translation>
    </message>
    <message>
        <source>No days</source>
        <translation>Aucun jour</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Built-in routine</source>
        <translation>Routine intégrée</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make a version of your own.</source>
        <translation>Les routines intégrées sont en lecture seule. Dupliquez-la pour en faire votre propre version.</translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation>Impossible de supprimer la routine</translation>
    </message>
    <message>
        <source>This routine cannot be imported</source>
        <translation>Cette routine ne peut pas être importée</translation>
    </message>
    <message>
        <source>Could not import the routine</source>
        <translation>Impossible d’importer la routine</translation>
    </message>
    <message>
        <source>“{title}” is now in your routines, chosen and ready.</source>
        <translation>«&#x202f;{title}&#x202f;» est maintenant dans vos routines, sélectionnée et prête.</translation>
    </message>
    <message>
        <source>A routine with the id “{old}” already exists, so this one was saved as “{new}”.</source>
        <translation>Une routine avec l’identifiant «&#x202f;{old}&#x202f;» existe déjà&#x202f;: celle-ci a été enregistrée sous «&#x202f;{new}&#x202f;».</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importée</translation>
    </message>
    <message>
        <source>Could not export the routine</source>
        <translation>Impossible d’exporter la routine</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>Impossible d’enregistrer la routine</translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation>Supprimer la routine&#x202f;?</translation>
    </message>
    <message>
        <source>Delete “{title}”? Your history of it is kept.</source>
        <translation>Supprimer «&#x202f;{title}&#x202f;»&#x202f;? Votre historique de cette routine est conservé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Fichiers de routine (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Fichiers de routine (*.json)</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#x202f;%</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Son et voix</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mute all cues (M in the player)</source>
        <translation>Couper tous les signaux (M pendant la routine)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Speak the exercise, side and what comes next</source>
        <translation>Annoncer l’exercice, le côté et la suite</translation>
    </message>
    <message>
        <source>Voice announcements</source>
        <translation>Annonces vocales</translation>
    </message>
    <message>
        <source>A gentle beat for each movement of rhythmic exercises</source>
        <translation>Un battement doux pour chaque mouvement des exercices rythmés</translation>
    </message>
    <message>
        <source>Movement beats</source>
        <translation>Battements de mouvement</translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation>Le son est désactivé.</translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng is not installed.</source>
        <translation>Annonces vocales indisponibles&#x202f;: espeak-ng n’est pas installé.</translation>
    </message>
    <message>
        <source>Voice is on.</source>
        <translation>Les annonces vocales sont activées.</translation>
    </message>
    <message>
        <source>This computer has no voice for your language, so the cues are tones only.</source>
        <translation>Cet ordinateur n’a pas de voix française, vous n’entendrez donc que des signaux sonores à la place des annonces vocales.</translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng could not render speech.</source>
        <translation>Annonces vocales indisponibles&#x202f;: espeak-ng n’a pas pu produire la voix.</translation>
    </message>
    <message>
        <source>Sound is unavailable: no audio device was found.</source>
        <translation>Son indisponible&#x202f;: aucun périphérique audio n’a été trouvé.</translation>
    </message>
    <message>
        <source>Sound is unavailable: pygame is not installed.</source>
        <translation>Son indisponible&#x202f;: pygame n’est pas installé.</translation>
    </message>
    <message>
        <source>Sound is on.</source>
        <translation>Le son est activé.</translation>
    </message>
    <message>
        <source>Sound stopped: the audio device is no longer available.</source>
        <translation>Son interrompu&#x202f;: le périphérique audio n’est plus disponible.</translation>
    </message>
    <message>
        <source>Sound is unavailable: the audio library failed to start.</source>
        <translation>Son indisponible&#x202f;: la bibliothèque audio n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>No favourites yet: star a routine to start it from here</source>
        <translation>Pas encore de favoris&#x202f;: ajoutez une routine aux favoris pour la lancer d’ici</translation>
    </message>
    <message>
        <source>Get ready for {name}: {time}</source>
        <translation>Préparez-vous pour {name}&#x202f;: {time}</translation>
    </message>
    <message>
        <source>Rest, then {name}: {time}</source>
        <translation>Repos, puis {name}&#x202f;: {time}</translation>
    </message>
    <message>
        <source>{name}: {time}</source>
        <translation>{name}&#x202f;: {time}</translation>
    </message>
    <message>
        <source>{name}: {time} left</source>
        <translation>{name}&#x202f;: reste {time}</translation>
    </message>
    <message>
        <source>{line} (paused)</source>
        <translation>{line} (en pause)</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Étape {step} sur {total}</translation>
    </message>
    <message>
        <source>Show Psoas Timer</source>
        <translation>Afficher Psoas Timer</translation>
    </message>
    <message>
        <source>{reminder}: remind me in 10 minutes</source>
        <translation>{reminder}&#x202f;: me le rappeler dans 10 minutes</translation>
    </message>
    <message>
        <source>Resume {title}</source>
        <translation>Reprendre {title}</translation>
    </message>
    <message>
        <source>Pause {title}</source>
        <translation>Mettre {title} en pause</translation>
    </message>
    <message>
        <source>Start {title} ({time})</source>
        <translation>Commencer {title} ({time})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>
