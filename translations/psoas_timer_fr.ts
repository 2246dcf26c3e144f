<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
</context>
</TS>
