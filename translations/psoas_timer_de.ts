<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Editor</name>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Edit routine: {title}</source>
        <translation>Routine bearbeiten: {title}</translation>
    </message>
    <message>
        <source>New routine: {title}</source>
        <translation>Neue Routine: {title}</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Ohne Speichern schließen (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>Save this routine</source>
        <translation>Diese Routine speichern</translation>
    </message>
    <message>
        <source>Fix the problems shown in red to save</source>
        <translation>Behebe die rot angezeigten Probleme, um zu speichern</translation>
    </message>
    <message>
        <source>Total {time}  ·  {steps}</source>
        <translation>Gesamt {time}  ·  {steps}</translation>
    </message>
    <message>
        <source>{time}, {steps}</source>
        <translation>{time}, {steps}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to this routine have not been saved.</source>
        <translation>Die Änderungen an dieser Routine sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Challenging</source>
        <translation>Fordernd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: Evening stretch</source>
        <translation>Zum Beispiel: Dehnen am Abend</translation>
    </message>
    <message>
        <source>Routine id (file name)</source>
        <translation>ID der Routine (Dateiname)</translation>
    </message>
    <message>
        <source>A saved routine keeps its id. Duplicate it to save a copy under another id.</source>
        <translation>Eine gespeicherte Routine behält ihre ID. Dupliziere sie, um eine Kopie unter einer anderen ID zu speichern.</translation>
    </message>
    <message>
        <source>Names the routine&apos;s file: lowercase letters, digits and single hyphens. It follows the title until you change it.</source>
        <translation>Der Name der Datei der Routine: Kleinbuchstaben, Ziffern und einzelne Bindestriche. Sie folgt dem Titel, bis du sie selbst änderst.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what the routine is for</source>
        <translation>Optional: wofür die Routine gedacht ist</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Get-ready seconds before the first step</source>
        <translation>Sekunden zum Bereitmachen vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>Rest seconds between steps</source>
        <translation>Sekunden Erholung zwischen den Schritten</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Id (file name)</source>
        <translation>&amp;ID (Dateiname)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>Bereit &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Rest between steps</source>
        <translation>&amp;Erholung zwischen Schritten</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>{name}  (each side)</source>
        <translation>{name}  (je Seite)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen exercise</source>
        <translation>Die gewählte Übung hinzufügen</translation>
    </message>
    <message>
        <source>Choose an exercise to add:</source>
        <translation>Wähle eine Übung aus:</translation>
    </message>
    <message>
        <source>Custom step</source>
        <translation>Eigener Schritt</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Eigenen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Name des Schritts</translation>
    </message>
    <message>
        <source>For example: Shoulder rolls</source>
        <translation>Zum Beispiel: Schulterkreisen</translation>
    </message>
    <message>
        <source>Step instructions, one per line</source>
        <translation>Anweisungen des Schritts, eine pro Zeile</translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation>Eine Anweisung pro Zeile</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Schritt speichern</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Instructions (one per line)</source>
        <translation>&amp;Anweisungen (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation>Erholung zwischen Schritten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Per side</source>
        <translation>Je Seite</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Give the routine a title.</source>
        <translation>Gib der Routine einen Titel.</translation>
    </message>
    <message>
        <source>Give the routine an id.</source>
        <translation>Gib der Routine eine ID.</translation>
    </message>
    <message>
        <source>Give the step a name.</source>
        <translation>Gib dem Schritt einen Namen.</translation>
    </message>
    <message>
        <source>Write at least one instruction.</source>
        <translation>Schreib mindestens eine Anweisung.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {count}.</source>
        <translation>{field}: höchstens {limit} Zeichen, nicht {count}.</translation>
    </message>
    <message>
        <source>{field}: no tabs or other control characters, please.</source>
        <translation>{field}: bitte keine Tabulatoren oder anderen Steuerzeichen.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and single hyphens only, as in “evening-stretch”.</source>
        <translation>Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, wie in „dehnen-am-abend“.</translation>
    </message>
    <message>
        <source>Another routine already uses this id.</source>
        <translation>Eine andere Routine hat schon diese ID.</translation>
    </message>
    <message>
        <source>A built-in routine already uses this id.</source>
        <translation>Eine mitgelieferte Routine hat schon diese ID.</translation>
    </message>
    <message>
        <source>{field}: a whole number of seconds from {low} to {high}.</source>
        <translation>{field}: ganze Sekunden von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Füge mindestens einen Schritt hinzu.</translation>
    </message>
    <message>
        <source>A routine holds at most {limit} steps.</source>
        <translation>Eine Routine hat höchstens {limit} Schritte.</translation>
    </message>
    <message>
        <source>This exercise is no longer in the catalogue: remove the step.</source>
        <translation>Diese Übung ist nicht mehr im Katalog: Entferne den Schritt.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>Schritt {number}: {problem}</translation>
    </message>
    <message>
        <source>Step {number}: {name}, {time}</source>
        <translation>Schritt {number}: {name}, {time}</translation>
    </message>
    <message>
        <source>{time} each side  ·  {total} in all</source>
        <translation>{time} je Seite  ·  {total} insgesamt</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>{name}  (custom)</source>
        <translation>{name}  (eigener Schritt)</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Schritte, der Reihe nach</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Übung hinzufügen…</translation>
    </message>
    <message>
        <source>Add an exercise from the catalogue</source>
        <translation>Eine Übung aus dem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Add custom step…</source>
        <translation>Eigenen Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Add a step of your own with its name and instructions</source>
        <translation>Einen eigenen Schritt mit Name und Anweisungen hinzufügen</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Schritt bearbeiten…</translation>
    </message>
    <message>
        <source>Edit custom step</source>
        <translation>Eigenen Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Change the name and instructions of this custom step (double-click)</source>
        <translation>Name und Anweisungen dieses eigenen Schritts ändern (Doppelklick)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Den gewählten Schritt entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move the selected step earlier (Ctrl+Up)</source>
        <translation>Den gewählten Schritt nach vorn verschieben (Strg+↑)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source>Move the selected step later (Ctrl+Down)</source>
        <translation>Den gewählten Schritt nach hinten verschieben (Strg+↓)</translation>
    </message>
    <message>
        <source>Seconds for the selected step</source>
        <translation>Sekunden für den gewählten Schritt</translation>
    </message>
    <message>
        <source>How long the step lasts; for each side if it is per side</source>
        <translation>Wie lange der Schritt dauert; je Seite, wenn er auf beiden Seiten läuft</translation>
    </message>
    <message>
        <source>Per side (left, then right)</source>
        <translation>Je Seite (links, dann rechts)</translation>
    </message>
    <message>
        <source>Selected step is done on each side</source>
        <translation>Der gewählte Schritt wird auf jeder Seite gemacht</translation>
    </message>
    <message>
        <source>The step runs on the left side, then on the right</source>
        <translation>Der Schritt läuft erst auf der linken Seite, dann auf der rechten</translation>
    </message>
    <message>
        <source>Selected step:</source>
        <translation>Gewählter Schritt:</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>Zum Umsortieren ziehen</translation>
    </message>
    <message>
        <source>A step lasts from {low} to {high} seconds, so {typed} s became {kept} s.</source>
        <translation>Ein Schritt dauert {low} bis {high} Sekunden, daher wurden aus {typed} s nun {kept} s.</translation>
    </message>
    <message>
        <source>Step {number}:</source>
        <translation>Schritt {number}:</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) per side</source>
        <translation>
            <numerusform>%n Sekunde je Seite</numerusform>
            <numerusform>%n Sekunden je Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
</TS>
