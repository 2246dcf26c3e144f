<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>History</name>
    <message>
        <source>under 1 min</source>
        <translation>unter 1 min</translation>
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
        <translation>Noch keine Einheiten aufgezeichnet.
Schließ eine Routine ab, dann erscheint sie hier.</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Dein Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>No practice recorded yet</source>
        <translation>Noch keine Einheiten aufgezeichnet</translation>
    </message>
    <message>
        <source>Reading your history</source>
        <translation>Dein Verlauf wird gelesen</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Minutes practised per week, last {weeks} weeks</source>
        <translation>Geübte Minuten pro Woche, letzte {weeks} Wochen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Minutes practised per day, last {days} days</source>
        <translation>Geübte Minuten pro Tag, letzte {days} Tage</translation>
    </message>
    <message>
        <source>{when}: {completed} min completed, {partial} min partial.</source>
        <translation>{when}: {completed} min vollständig, {partial} min teilweise.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date format: day and short month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <source>Weeks on goal</source>
        <translation>Wochenziel erreicht</translation>
    </message>
    <message>
        <source>By routine</source>
        <translation>Nach Routine</translation>
    </message>
    <message>
        <source>Sessions and time per routine</source>
        <translation>Einheiten und Zeit pro Routine</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Days in a row · best {days}</source>
        <translation>Tage in Folge · Rekord {days}</translation>
    </message>
    <message>
        <source>Weeks on goal · best {weeks}</source>
        <translation>Wochenziel erreicht · Rekord {weeks}</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Routinen</translation>
    </message>
    <message>
        <source>{done} of {goal} min</source>
        <translation>{done} von {goal} min</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>{minutes} min to go</source>
        <translation>Noch {minutes} min</translation>
    </message>
    <message>
        <source>Progress toward this week&apos;s goal</source>
        <translation>Fortschritt zum Wochenziel</translation>
    </message>
    <message>
        <source>{progress}. {to_go}.</source>
        <translation>{progress}. {to_go}.</translation>
    </message>
    <message>
        <source>Goal {goal} min a week · last week {last_week}</source>
        <translation>Ziel {goal} min pro Woche · letzte Woche {last_week}</translation>
    </message>
    <message>
        <source>This week: {progress} of your weekly goal. {to_go}.</source>
        <translation>Diese Woche: {progress} deines Wochenziels. {to_go}.</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Dein Training</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>Letzte {days} Tage</translation>
    </message>
    <message>
        <source>Show minutes per day for the last {days} days</source>
        <translation>Minuten pro Tag der letzten {days} Tage zeigen</translation>
    </message>
    <message>
        <source>Last {weeks} weeks</source>
        <translation>Letzte {weeks} Wochen</translation>
    </message>
    <message>
        <source>Show minutes per week for the last {weeks} weeks</source>
        <translation>Minuten pro Woche der letzten {weeks} Wochen zeigen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Show every day of the last 12 months</source>
        <translation>Jeden Tag der letzten 12 Monate zeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Den Verlauf als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Einheit löschen…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Die gewählte Einheit löschen</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key)</source>
        <translation>Die gewählte Einheit löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Einheit löschen?</translation>
    </message>
    <message>
        <source>Delete your session of “{routine}” from {when} ({time})? It will no longer count in your figures. This cannot be undone.</source>
        <translation>Deine Einheit „{routine}“ vom {when} ({time}) löschen? Sie zählt dann nicht mehr in deinen Zahlen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Deleted the {routine} session.</source>
        <translation>Die Einheit „{routine}“ ist gelöscht.</translation>
    </message>
    <message>
        <source>the history file could not be written.</source>
        <translation>die Verlaufsdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Deleted the {routine} session here, but {problem} It will be saved at the next try.</source>
        <translation>Die Einheit „{routine}“ ist hier gelöscht, aber {problem} Beim nächsten Versuch wird es gespeichert.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>Export nach {path} nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date format: short weekday, day, short month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>This week: front and back of the core</source>
        <translation>Diese Woche: Vorder- und Rückseite des Rumpfs</translation>
    </message>
    <message>
        <source>This week: no practice yet</source>
        <translation>Diese Woche: noch nicht geübt</translation>
    </message>
    <message>
        <source>This week: front and back in balance</source>
        <translation>Diese Woche: Vorder- und Rückseite im Gleichgewicht</translation>
    </message>
    <message>
        <source>This week: much more front than back</source>
        <translation>Diese Woche: viel mehr Vorderseite als Rückseite</translation>
    </message>
    <message>
        <source>This week: much more back than front</source>
        <translation>Diese Woche: viel mehr Rückseite als Vorderseite</translation>
    </message>
    <message>
        <source>Your own steps don&apos;t say which side they work, and routines deleted since are unknown.</source>
        <translation>Bei eigenen Schritten ist keine Seite angegeben, und inzwischen gelöschte Routinen sind unbekannt.</translation>
    </message>
    <message>
        <source>This week&apos;s practice on the front and the back of the core</source>
        <translation>Übung dieser Woche auf der Vorder- und der Rückseite des Rumpfs</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>under {minutes} min</source>
        <translation>unter {minutes} min</translation>
    </message>
    <message>
        <source>{minutes}+ min</source>
        <translation>{minutes}+ min</translation>
    </message>
    <message>
        <source>Practice in the last 12 months, a square per day</source>
        <translation>Übung in den letzten 12 Monaten, ein Quadrat pro Tag</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>{date}: no practice</source>
        <translation>{date}: nicht geübt</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Gewählter Tag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Change the language?</source>
        <translation>Sprache wechseln?</translation>
    </message>
    <message>
        <source>Psoas Timer will be in {language} from its next start. Restart it now? A routine under way is saved first.</source>
        <translation>Psoas Timer ist ab dem nächsten Start auf {language}. Jetzt neu starten? Eine laufende Übungsfolge wird vorher gespeichert.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>{count} day(s)</source>
        <translation>
            <numerusform>{count} Tag</numerusform>
            <numerusform>{count} Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} week(s)</source>
        <translation>
            <numerusform>{count} Woche</numerusform>
            <numerusform>{count} Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} session(s) to {path}.</source>
        <translation>
            <numerusform>{count} Einheit nach {path} exportiert.</numerusform>
            <numerusform>{count} Einheiten nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} von %n Schritt</numerusform>
            <numerusform>{done} von %n Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}: {minutes} in %n session(s)</source>
        <translation>
            <numerusform>{date}: {minutes} in %n Einheit</numerusform>
            <numerusform>{date}: {minutes} in %n Einheiten</numerusform>
        </translation>
    </message>
</context>
</TS>
