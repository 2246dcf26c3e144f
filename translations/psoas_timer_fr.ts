<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>Gentle</source>
        <translation>Douce</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Challenging</source>
        <translation>Exigeante</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For example: Evening stretch</source>
        <translation>Par exemple&#x202f;: Étirements du soir</translation>
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
        <translation>Par exemple&#x202f;: Rotations des épaules</translation>
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
        <translation>Une routine fournie utilise déjà cet identifiant.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Change the language?</source>
        <translation>Changer de langue ?</translation>
    </message>
    <message>
        <source>Psoas Timer will be in {language} from its next start. Restart it now? A routine under way is saved first.</source>
        <translation>Psoas Timer sera en {language} au prochain démarrage. Redémarrer maintenant ? Une séance en cours est d’abord enregistrée.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
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
</context>
</TS>
