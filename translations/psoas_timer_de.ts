<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutPsoas</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Up and down arrows change the drawing</source>
        <translation>Pfeiltasten hoch und runter wechseln die Zeichnung</translation>
    </message>
    <message>
        <source>Section {number} of {count}; arrow keys move</source>
        <translation>Abschnitt {number} von {count}; Pfeiltasten blättern</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Psoas Timer is already running; it has been brought to the front.</source>
        <translation>Psoas Timer läuft schon; das Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>another copy (process {pid}) is using the data folder {folder}; only one may run at a time.</source>
        <translation>eine andere Instanz (Prozess {pid}) nutzt den Datenordner {folder}; es darf nur eine gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>another copy is using the data folder {folder}; only one may run at a time.</source>
        <translation>eine andere Instanz nutzt den Datenordner {folder}; es darf nur eine gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>Not medical advice. Move gently, start slow, and stop if anything hurts.</source>
        <translation>Keine medizinische Beratung. Bewege dich sanft, fang langsam an und hör auf, wenn etwas wehtut.</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Front and back of the core</source>
        <translation>Vorder- und Rückseite des Rumpfs</translation>
    </message>
    <message>
        <source>Practice time on the front and on the back of the core; the mark is the middle. Steps that work both count half to each; your own steps don&apos;t say which side they work, so they are not counted.</source>
        <translation>Übungszeit für die Vorderseite und für die Rückseite des Rumpfs; die Markierung ist die Mitte. Schritte, die beide trainieren, zählen je zur Hälfte; deine eigenen Schritte sagen nicht, welche Seite sie trainieren, darum werden sie nicht gezählt.</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>dehnen</translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation>kräftigen</translation>
    </message>
    <message>
        <source>release</source>
        <translation>lösen</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Strengthen</source>
        <translation>Kräftigen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>front of the core</source>
        <translation>Vorderseite des Rumpfs</translation>
    </message>
    <message>
        <source>back of the core</source>
        <translation>Rückseite des Rumpfs</translation>
    </message>
    <message>
        <source>front and back of the core in turn</source>
        <translation>abwechselnd Vorder- und Rückseite des Rumpfs</translation>
    </message>
    <message>
        <source>front and back of the core</source>
        <translation>Vorder- und Rückseite des Rumpfs</translation>
    </message>
    <message>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>Vorder- und Rückseite</translation>
    </message>
    <message>
        <source>Front {time}</source>
        <translation>Vorderseite {time}</translation>
    </message>
    <message>
        <source>Back {time}</source>
        <translation>Rückseite {time}</translation>
    </message>
    <message>
        <source>nothing on the front or the back yet</source>
        <translation>noch nichts für Vorder- oder Rückseite</translation>
    </message>
    <message>
        <source>{front}% front, {back}% back</source>
        <translation>{front}&#xa0;% Vorderseite, {back}&#xa0;% Rückseite</translation>
    </message>
    <message>
        <source>{front}, {back}: {shares}</source>
        <translation>{front}, {back}: {shares}</translation>
    </message>
    <message>
        <source>{summary}; {time} not counted</source>
        <translation>{summary}; {time} nicht gezählt</translation>
    </message>
    <message>
        <source>Front and back in balance.</source>
        <translation>Vorder- und Rückseite im Gleichgewicht.</translation>
    </message>
    <message>
        <source>{time} of your own steps not counted.</source>
        <translation>{time} deiner eigenen Schritte nicht gezählt.</translation>
    </message>
    <message>
        <source>{time} not counted.</source>
        <translation>{time} nicht gezählt.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Much more front than back.</source>
        <translation>Deutlich mehr Vorderseite als Rückseite.</translation>
    </message>
    <message>
        <source>Much more back than front.</source>
        <translation>Deutlich mehr Rückseite als Vorderseite.</translation>
    </message>
    <message>
        <source>{when}, much more front than back.</source>
        <translation>{when} deutlich mehr Vorderseite als Rückseite.</translation>
    </message>
    <message>
        <source>{when}, much more back than front.</source>
        <translation>{when} deutlich mehr Rückseite als Vorderseite.</translation>
    </message>
    <message>
        <source>Much more front than back ({more} to {less}).</source>
        <translation>Deutlich mehr Vorderseite als Rückseite ({more} zu {less}).</translation>
    </message>
    <message>
        <source>Much more back than front ({more} to {less}).</source>
        <translation>Deutlich mehr Rückseite als Vorderseite ({more} zu {less}).</translation>
    </message>
    <message>
        <source>{when}, much more front than back ({more} to {less}).</source>
        <translation>{when} deutlich mehr Vorderseite als Rückseite ({more} zu {less}).</translation>
    </message>
    <message>
        <source>{when}, much more back than front ({more} to {less}).</source>
        <translation>{when} deutlich mehr Rückseite als Vorderseite ({more} zu {less}).</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work.</source>
        <translation>Am besten trainierst du beide Seiten gleich viel: Du könntest Übungen für die Vorderseite ergänzen.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work.</source>
        <translation>Am besten trainierst du beide Seiten gleich viel: Du könntest Übungen für die Rückseite ergänzen.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work, such as {exercises}.</source>
        <translation>Am besten trainierst du beide Seiten gleich viel: Du könntest Übungen für die Vorderseite ergänzen, etwa {exercises}.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work, such as {exercises}.</source>
        <translation>Am besten trainierst du beide Seiten gleich viel: Du könntest Übungen für die Rückseite ergänzen, etwa {exercises}.</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <translation>{list} oder {last}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A guided timer for psoas and low-back stretching and exercise routines.</source>
        <translation>Ein geführter Timer für Dehn- und Kräftigungsroutinen für den Psoas und den unteren Rücken.</translation>
    </message>
    <message>
        <source>Not medical advice: move gently, start slow, and stop if anything hurts.</source>
        <translation>Keine medizinische Beratung: Bewege dich sanft, fang langsam an und hör auf, wenn etwas wehtut.</translation>
    </message>
    <message>
        <source>print each routine as: id&lt;TAB&gt;title&lt;TAB&gt;total duration (m:ss), then exit</source>
        <translation>jede Routine ausgeben als: ID&lt;TAB&gt;Titel&lt;TAB&gt;Gesamtdauer (m:ss), dann beenden</translation>
    </message>
    <message>
        <source>open the player and start this routine at once</source>
        <translation>den Player öffnen und diese Routine sofort starten</translation>
    </message>
    <message>
        <source>check a routine file and add it to your routines; prints its id</source>
        <translation>eine Routinendatei prüfen und zu deinen Routinen hinzufügen; gibt ihre ID aus</translation>
    </message>
    <message>
        <source>write your practice history, every computer&apos;s, as CSV (UTF-8, ISO 8601 times) or, for a FILE ending in .json, as JSON; - for standard output; then exit</source>
        <translation>deinen Übungsverlauf, den aller Computer, als CSV schreiben (UTF-8, Zeiten nach ISO 8601) oder, bei einer DATEI mit der Endung .json, als JSON; - für die Standardausgabe; dann beenden</translation>
    </message>
    <message>
        <source>the format of --export-history (default: from the file name, else CSV)</source>
        <translation>das Format von --export-history (Standard: nach dem Dateinamen, sonst CSV)</translation>
    </message>
    <message>
        <source>add Psoas Timer, with its icon, to your desktop&apos;s application menu, then exit</source>
        <translation>Psoas Timer mit seinem Symbol zum Anwendungsmenü deines Desktops hinzufügen, dann beenden</translation>
    </message>
    <message>
        <source>remove it from the menu again (your history and routines stay), then exit</source>
        <translation>ihn wieder aus dem Menü entfernen (dein Verlauf und deine Routinen bleiben), dann beenden</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as starting at login does)</source>
        <translation>im Infobereich starten, ohne das Fenster zu zeigen (wie beim Start mit der Anmeldung)</translation>
    </message>
    <message>
        <source>print each reminder (days, time, routine) and the next time it fires, then exit</source>
        <translation>jede Erinnerung ausgeben (Tage, Uhrzeit, Routine) und wann sie das nächste Mal kommt, dann beenden</translation>
    </message>
    <message>
        <source>where history, favourites, settings and your own routines live (default: $PSOAS_TIMER_DATA_DIR, else {default})</source>
        <translation>wo Verlauf, Favoriten, Einstellungen und deine eigenen Routinen liegen (Standard: $PSOAS_TIMER_DATA_DIR, sonst {default})</translation>
    </message>
    <message>
        <source>psoas-timer: could not write {path}: {reason}</source>
        <translation>psoas-timer: {path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>No reminders are set. Add them in the app: Settings, Reminders and goal.</source>
        <translation>Es sind keine Erinnerungen eingerichtet. Du kannst sie in der App hinzufügen: Einstellungen, Erinnerungen und Ziel.</translation>
    </message>
    <message>
        <source>(no routine {id})</source>
        <translation>(keine Routine {id})</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>never (no days chosen)</source>
        <translation>nie (keine Tage gewählt)</translation>
    </message>
    <message>
        <source>next {moment}</source>
        <translation>nächste: {moment}</translation>
    </message>
    <message>
        <source>(A reminder is skipped on a day you have already practised.)</source>
        <translation>(An einem Tag, an dem du schon geübt hast, entfällt die Erinnerung.)</translation>
    </message>
    <message>
        <source>psoas-timer: could not import {path}: {reason}</source>
        <translation>psoas-timer: {path} konnte nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>psoas-timer: the id {taken} is taken; imported as {id}</source>
        <translation>psoas-timer: Die ID {taken} ist schon vergeben; importiert als {id}</translation>
    </message>
    <message>
        <source>psoas-timer: could not write: {reason}</source>
        <translation>psoas-timer: Schreiben nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Psoas Timer is in your application menu.</source>
        <translation>Psoas Timer ist jetzt in deinem Anwendungsmenü.</translation>
    </message>
    <message>
        <source>Psoas Timer is no longer in your application menu.</source>
        <translation>Psoas Timer ist nicht mehr in deinem Anwendungsmenü.</translation>
    </message>
    <message>
        <source>Psoas Timer was not in your application menu.</source>
        <translation>Psoas Timer war nicht in deinem Anwendungsmenü.</translation>
    </message>
    <message>
        <source>psoas-timer: unknown routine id {id}. Valid ids:</source>
        <translation>psoas-timer: unbekannte Routinen-ID {id}. Gültige IDs:</translation>
    </message>
    <message>
        <source>psoas-timer: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, or on a virtual display by putting xvfb-run in front of the command.</source>
        <translation>psoas-timer: kein Bildschirm, auf dem sich ein Fenster öffnen lässt (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starte es in einer Desktop-Sitzung oder auf einem virtuellen Bildschirm, indem du xvfb-run vor den Befehl setzt.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit %s erlaubt</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Get ready: {name}</source>
        <translation>Mach dich bereit: {name}</translation>
    </message>
    <message>
        <source>Get ready: {name}, left side first</source>
        <translation>Mach dich bereit: {name}, zuerst die linke Seite</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, linke Seite</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, rechte Seite</translation>
    </message>
    <message>
        <source>Rest. Next: {name}</source>
        <translation>Erholung. Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>Rest. Next: {name}, left side first</source>
        <translation>Erholung. Als Nächstes: {name}, zuerst die linke Seite</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
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
        <translation>Sekunden Vorbereitung vor dem ersten Schritt</translation>
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
        <translation>&amp;Vorbereitung</translation>
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
        <translation>Vorbereitung</translation>
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
        <translation>Eine vorinstallierte Routine hat schon diese ID.</translation>
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
    <name>Equipment</name>
    <message>
        <source>mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>physio ball</source>
        <translation>Gymnastikball</translation>
    </message>
    <message>
        <source>reverse sit-up machine</source>
        <translation>Rückenstrecker-Gerät</translation>
    </message>
</context>
<context>
    <name>Habit</name>
    <message>
        <source>Keep Psoas Timer in the tray?</source>
        <translation>Psoas Timer im Infobereich lassen?</translation>
    </message>
    <message>
        <source>Reminders come only while Psoas Timer runs. Keep it in the tray when you close its window? You can quit it from the tray icon&apos;s menu.</source>
        <translation>Erinnerungen kommen nur, solange Psoas Timer läuft. Soll es im Infobereich bleiben, wenn du das Fenster schließt? Beenden kannst du es über das Menü seines Symbols.</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>Im Infobereich lassen</translation>
    </message>
    <message>
        <source>Quit on close</source>
        <translation>Beim Schließen beenden</translation>
    </message>
    <message>
        <source>reminders.json could not be written.</source>
        <translation>reminders.json konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not save the reminders</source>
        <translation>Die Erinnerungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not change starting at login</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden</translation>
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
    <name>Illustration</name>
    <message>
        <source>No exercise</source>
        <translation>Keine Übung</translation>
    </message>
    <message>
        <source>Illustration: {name}</source>
        <translation>Abbildung: {name}</translation>
    </message>
    <message>
        <source>Keyframe {number} of {count}</source>
        <translation>Bild {number} von {count}</translation>
    </message>
    <message>
        <source>No illustration available</source>
        <translation>Keine Abbildung vorhanden</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Focus:</source>
        <translation>Worauf es ankommt:</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Vorsicht:</translation>
    </message>
    <message>
        <source>Psoas:</source>
        <translation>Psoas:</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Pfeil nach links</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Pfeil nach rechts</translation>
    </message>
    <message>
        <source>F11 or F</source>
        <translation>F11 oder F</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>gentle</source>
        <translation>sanft</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>challenging</source>
        <translation>fordernd</translation>
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
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Psoas</source>
        <translation>Psoas</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>Suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Search by title, exercise, equipment or level (Ctrl+F)</source>
        <translation>Nach Titel, Übung, Ausrüstung oder Stufe suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Routinen durchsuchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Nur Favoriten zeigen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create a routine of your own (Ctrl+N)</source>
        <translation>Eine eigene Routine anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Copy this routine to change it</source>
        <translation>Diese Routine kopieren, um sie zu ändern</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Diese Routine ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Diese Routine löschen</translation>
    </message>
    <message>
        <source>Steps of the routine</source>
        <translation>Schritte der Routine</translation>
    </message>
    <message>
        <source>Double-click a step, or press Enter on it, to look at it</source>
        <translation>Doppelklick auf einen Schritt oder Eingabetaste, um ihn anzusehen</translation>
    </message>
    <message>
        <source>About the psoas…</source>
        <translation>Über den Psoas…</translation>
    </message>
    <message>
        <source>What the psoas is, what it does, and why front and back</source>
        <translation>Was der Psoas ist, was er tut und warum Vorder- und Rückseite</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Star this routine (Ctrl+D)</source>
        <translation>Diese Routine als Favorit markieren (Strg+D)</translation>
    </message>
    <message>
        <source>Look at the steps…</source>
        <translation>Schritte ansehen…</translation>
    </message>
    <message>
        <source>Each step&apos;s picture moving and what to do (Ctrl+L)</source>
        <translation>Jeder Schritt als bewegtes Bild, mit Anleitung (Strg+L)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Diese Routine starten (Eingabetaste)</translation>
    </message>
    <message>
        <source>no equipment</source>
        <translation>ohne Ausrüstung</translation>
    </message>
    <message>
        <source>{title}  (yours)</source>
        <translation>{title}  (eigene)</translation>
    </message>
    <message>
        <source>{title}: {equipment}; {level}</source>
        <translation>{title}: {equipment}; {level}</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>jede Stufe</translation>
    </message>
    <message>
        <source>Click to star or unstar (Ctrl+D)</source>
        <translation>Klicken, um sie als Favorit zu markieren oder nicht mehr (Strg+D)</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation>kein Favorit</translation>
    </message>
    <message>
        <source>The steps of {title}</source>
        <translation>Die Schritte von {title}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only: duplicate one to change it</source>
        <translation>Vorinstallierte Routinen sind schreibgeschützt: Dupliziere eine, um sie zu ändern</translation>
    </message>
    <message>
        <source>No routine matches your search.</source>
        <translation>Keine Routine passt zu deiner Suche.</translation>
    </message>
    <message>
        <source>No favourites yet: star a routine with ☆ or Ctrl+D.</source>
        <translation>Noch keine Favoriten: Markiere eine Routine mit ☆ oder Strg+D.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Vorinstalliert</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Deine Routine</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>get ready {seconds} s</source>
        <translation>Vorbereitung {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>rests {seconds} s</source>
        <translation>Erholung {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>both sides counted</source>
        <translation>beide Seiten gezählt</translation>
    </message>
    <message>
        <source>{seconds} s to switch sides</source>
        <translation>{seconds}&#xa0;s zum Seitenwechsel</translation>
    </message>
    <message>
        <source>Total {time} ({details})</source>
        <translation>Gesamt {time} ({details})</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Gesamt {time}</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Change the language?</source>
        <translation>Sprache wechseln?</translation>
    </message>
    <message>
        <source>Psoas Timer will be in {language} from its next start. Restart it now? A routine under way is saved first.</source>
        <translation>Psoas Timer ist ab dem nächsten Start auf {language}. Jetzt neu starten? Eine laufende Routine wird vorher gespeichert.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>{caption} — Psoas Timer</source>
        <translation>{caption} — Psoas Timer</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>diese Routine</translation>
    </message>
    <message>
        <source>Start another routine?</source>
        <translation>Eine andere Routine starten?</translation>
    </message>
    <message>
        <source>Psoas Timer was started again, asking for “{new}”. Stop “{current}” (what you have practised is saved) and start it?</source>
        <translation>Psoas Timer wurde noch einmal gestartet, mit „{new}“. „{current}“ beenden (was du geübt hast, wird gespeichert) und die neue Routine starten?</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>{title} starten</translation>
    </message>
    <message>
        <source>Carry on with {title}</source>
        <translation>Mit {title} weitermachen</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Routine &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>Routine &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation>&amp;Ton und Stimme…</translation>
    </message>
    <message>
        <source>&amp;Reminders and goal…</source>
        <translation>&amp;Erinnerungen und Ziel…</translation>
    </message>
    <message>
        <source>Show the &amp;psoas on the figures</source>
        <translation>&amp;Psoas auf den Figuren zeigen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>About the &amp;psoas…</source>
        <translation>Über den &amp;Psoas…</translation>
    </message>
    <message>
        <source>&amp;About Psoas Timer</source>
        <translation>Über Psoas &amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Guided psoas and low-back stretching and exercise routines.

{disclaimer} This app guides timing only; it does not diagnose or treat anything. If you have pain or a condition, ask a professional first.

Your data folder: {folder}</source>
        <translation>Angeleitete Dehn- und Übungsroutinen für den Psoas und den unteren Rücken.

{disclaimer} Diese App gibt nur die Zeiten vor; sie stellt keine Diagnose und behandelt nichts. Wenn du Schmerzen oder eine Erkrankung hast, frag vorher eine Fachperson.

Dein Datenordner: {folder}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Skipped a routine file: {problem}</source>
        <translation>Routinedatei übersprungen: {problem}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the data folder {folder} is read-only</source>
        <translation>der Datenordner {folder} ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Could not save {what}: {why}.</source>
        <translation>Konnte {what} nicht speichern: {why}.</translation>
    </message>
    <message>
        <source>your history</source>
        <translation>deinen Verlauf</translation>
    </message>
    <message>
        <source>your favorites</source>
        <translation>deine Favoriten</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>deine Einstellungen</translation>
    </message>
    <message>
        <source>It is kept in memory and will be saved at the next try.</source>
        <translation>Es bleibt im Speicher und wird beim nächsten Versuch gespeichert.</translation>
    </message>
    <message>
        <source>{places} and more</source>
        <translation>{places} und weitere</translation>
    </message>
    <message>
        <source>The file is left as it is.</source>
        <translation>Die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>They are skipped here; the computer that wrote them sets them aside.</source>
        <translation>Sie werden hier übersprungen; der Computer, der sie geschrieben hat, legt sie beiseite.</translation>
    </message>
    <message>
        <source>Your history is saved again.</source>
        <translation>Dein Verlauf ist wieder gespeichert.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); nothing will be added to it.</source>
        <translation>{file} wurde von einer neueren Version von Psoas Timer geschrieben (Format {version}); darin wird nichts ergänzt.</translation>
    </message>
    <message>
        <source>Could not tidy {file}: {reason}.</source>
        <translation>{file} konnte nicht aufgeräumt werden: {reason}.</translation>
    </message>
    <message>
        <source>The last record of {file} was unfinished (the app was stopped while writing it); it is kept as {kept}.</source>
        <translation>Der letzte Eintrag in {file} war unvollständig (die App wurde beim Schreiben beendet); er bleibt als {kept} erhalten.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) nor moved aside. Nothing will be saved to it.</source>
        <translation>{file} konnte nicht gelesen ({why}) und nicht beiseitegelegt werden. Darin wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside}.</source>
        <translation>{file} konnte nicht gelesen werden ({why}) und wurde deshalb nach {aside} verschoben.</translation>
    </message>
    <message>
        <source>They stay in {file}.</source>
        <translation>Sie bleiben in {file}.</translation>
    </message>
    <message>
        <source>They are kept in {file}.</source>
        <translation>Sie bleiben in {file} erhalten.</translation>
    </message>
    <message>
        <source>{file} has favorites that cannot be used ({problems}).</source>
        <translation>{file} enthält Favoriten, die sich nicht verwenden lassen ({problems}).</translation>
    </message>
    <message>
        <source>{file} has settings that cannot be used ({problems}).</source>
        <translation>{file} enthält Einstellungen, die sich nicht verwenden lassen ({problems}).</translation>
    </message>
    <message>
        <source>Your favorites are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Deine Favoriten sind gespeichert; die frühere {file} bleibt als {aside} erhalten.</translation>
    </message>
    <message>
        <source>Your settings are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Deine Einstellungen sind gespeichert; die frühere {file} bleibt als {aside} erhalten.</translation>
    </message>
    <message>
        <source>Your favorites are saved again.</source>
        <translation>Deine Favoriten sind wieder gespeichert.</translation>
    </message>
    <message>
        <source>Your settings are saved again.</source>
        <translation>Deine Einstellungen sind wieder gespeichert.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is moved aside.</source>
        <translation>{file} konnte nicht gelesen werden ({why}); die Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is.</source>
        <translation>{file} konnte nicht gelesen werden ({why}); die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible.</source>
        <translation>{file} wurde von einer neueren Version von Psoas Timer geschrieben (Format {version}); sie wird gelesen, so weit es geht.</translation>
    </message>
    <message>
        <source>The file is left as it is until you change one.</source>
        <translation>Die Datei bleibt, wie sie ist, bis du einen Wert änderst.</translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation>Hier nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is.</source>
        <translation>{file} konnte nicht gelesen ({why}) und nicht beiseitegelegt werden; die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible and left as it is.</source>
        <translation>{file} wurde von einer neueren Version von Psoas Timer geschrieben (Format {version}); sie wird gelesen, so weit es geht, und bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>{file} has reminders that cannot be used ({problems}). The file is left as it is until you change a reminder.</source>
        <translation>{file} enthält Erinnerungen, die sich nicht verwenden lassen ({problems}). Die Datei bleibt, wie sie ist, bis du eine Erinnerung änderst.</translation>
    </message>
    <message>
        <source>Your reminders are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Deine Erinnerungen sind gespeichert; die frühere {file} bleibt als {aside} erhalten.</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}. Starting empty.</source>
        <translation>{file} konnte nicht gelesen werden: {reason}. Es wird leer begonnen.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is and defaults are used.</source>
        <translation>{file} konnte nicht gelesen werden ({why}); die Datei bleibt, wie sie ist, und es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is and nothing will be saved to it.</source>
        <translation>{file} konnte nicht gelesen ({why}) und nicht beiseitegelegt werden; die Datei bleibt, wie sie ist, und darin wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside} and the app started with an empty one.</source>
        <translation>{file} konnte nicht gelesen werden ({why}) und wurde deshalb nach {aside} verschoben; die App hat mit einer leeren Datei begonnen.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}). It is shown as far as possible, and nothing will be saved to it.</source>
        <translation>{file} wurde von einer neueren Version von Psoas Timer geschrieben (Format {version}). Sie wird angezeigt, so weit es geht, und darin wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>{file} is saved again.</source>
        <translation>{file} ist wieder gespeichert.</translation>
    </message>
    <message>
        <source>Could not create the data folder {folder}: {reason}.</source>
        <translation>Der Datenordner {folder} konnte nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <source>Your routine {name} was changed on two computers at once; the later change is kept, the other as {copy}.</source>
        <translation>Deine Routine {name} wurde auf zwei Computern gleichzeitig geändert; die spätere Änderung gilt, die andere bleibt als {copy} erhalten.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Keyboard: {keys}</source>
        <translation>Tastatur: {keys}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation>Fortschritt in diesem Abschnitt</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Schritt neu starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Routine beenden?</translation>
    </message>
    <message>
        <source>Stop now? The {time} you have practised will be saved in your history.</source>
        <translation>Jetzt beenden? Die {time}, die du geübt hast, werden in deinem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Schritt {step} von {total}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused · {time} · {name}</source>
        <translation>Pausiert · {time} · {name}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Finished, with steps skipped</source>
        <translation>Fertig, mit übersprungenen Schritten</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Coming up: {name}</source>
        <translation>Gleich: {name}</translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation>Gleich: linke Seite</translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation>Gleich: rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>{name}, left side next</source>
        <translation>{name}, gleich linke Seite</translation>
    </message>
    <message>
        <source>{name}, right side next</source>
        <translation>{name}, gleich rechte Seite</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, linke Seite</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, rechte Seite</translation>
    </message>
    <message>
        <source>Get into position: left side</source>
        <translation>Geh in Position: linke Seite</translation>
    </message>
    <message>
        <source>Get into position: right side</source>
        <translation>Geh in Position: rechte Seite</translation>
    </message>
    <message>
        <source>Get into position: left side first</source>
        <translation>Geh in Position: zuerst die linke Seite</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Geh in Position</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Danach: Ende</translation>
    </message>
    <message>
        <source>Next: rest, then {name}</source>
        <translation>Danach: Erholung, dann „{name}“</translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Danach: Seite wechseln</translation>
    </message>
    <message>
        <source>Next: {name} (left side)</source>
        <translation>Danach: {name} (linke Seite)</translation>
    </message>
    <message>
        <source>Next: {name} (right side)</source>
        <translation>Danach: {name} (rechte Seite)</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Danach: {name}</translation>
    </message>
    <message>
        <source>Work: {name}, {time}.</source>
        <translation>Übung: {name}, {time}.</translation>
    </message>
    <message>
        <source>Work: {name}, left side, {time}.</source>
        <translation>Übung: {name}, linke Seite, {time}.</translation>
    </message>
    <message>
        <source>Work: {name}, right side, {time}.</source>
        <translation>Übung: {name}, rechte Seite, {time}.</translation>
    </message>
    <message>
        <source>Switch sides: left side, {time}.</source>
        <translation>Seite wechseln: linke Seite, {time}.</translation>
    </message>
    <message>
        <source>Switch sides: right side, {time}.</source>
        <translation>Seite wechseln: rechte Seite, {time}.</translation>
    </message>
    <message>
        <source>Get ready, {time}. Coming up: {name}.</source>
        <translation>Mach dich bereit, {time}. Gleich: {name}.</translation>
    </message>
    <message>
        <source>Rest, {time}. Coming up: {name}.</source>
        <translation>Erholung, {time}. Gleich: {name}.</translation>
    </message>
    <message>
        <source>{time} of practice</source>
        <translation>{time} geübt</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
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
    <message numerus="yes">
        <source>(and %n earlier; hover for all)</source>
        <translation>
            <numerusform>(und %n ältere; mit der Maus darauf zeigen für alle)</numerusform>
            <numerusform>(und %n ältere; mit der Maus darauf zeigen für alle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped a routine file: {problem} (+%n more problem(s))</source>
        <translation>
            <numerusform>Routinedatei übersprungen: {problem} (+%n weiteres Problem)</numerusform>
            <numerusform>Routinedatei übersprungen: {problem} (+%n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt</numerusform>
            <numerusform>{done} von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Less than %n second(s) of practice, so nothing was recorded.</source>
        <translation>
            <numerusform>Weniger als %n Sekunde geübt, darum wurde nichts gespeichert.</numerusform>
            <numerusform>Weniger als %n Sekunden geübt, darum wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to {path}</source>
        <translation>
            <numerusform>%n Einheit in {path} geschrieben</numerusform>
            <numerusform>%n Einheiten in {path} geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history record(s) could not be read ({where}). The first: {reason}.</source>
        <translation>
            <numerusform>%n Eintrag im Verlauf konnte nicht gelesen werden ({where}). Der erste: {reason}.</numerusform>
            <numerusform>%n Einträge im Verlauf konnten nicht gelesen werden ({where}). Der erste: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) that could not be saved when Psoas Timer last closed (kept in {path}): now in your history.</source>
        <translation>
            <numerusform>%n Einheit, die beim letzten Schließen von Psoas Timer nicht gespeichert werden konnte (aufbewahrt in {path}), ist jetzt in deinem Verlauf.</numerusform>
            <numerusform>%n Einheiten, die beim letzten Schließen von Psoas Timer nicht gespeichert werden konnten (aufbewahrt in {path}), sind jetzt in deinem Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your history (%n session(s)) now lives in the {folder} folder, one file per computer, so several computers can share it. The old file is kept as {file}.</source>
        <translation>
            <numerusform>Dein Verlauf (%n Einheit) liegt jetzt im Ordner {folder}, eine Datei pro Computer, damit mehrere Computer ihn teilen können. Die alte Datei bleibt als {file} erhalten.</numerusform>
            <numerusform>Dein Verlauf (%n Einheiten) liegt jetzt im Ordner {folder}, eine Datei pro Computer, damit mehrere Computer ihn teilen können. Die alte Datei bleibt als {file} erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>{time} each side in this routine</source>
        <translation>{time} je Seite in dieser Routine</translation>
    </message>
    <message>
        <source>{time} in this routine</source>
        <translation>{time} in dieser Routine</translation>
    </message>
    <message>
        <source>done on each side</source>
        <translation>auf beiden Seiten</translation>
    </message>
    <message>
        <source>{beats}, {seconds} s each</source>
        <translation>{beats}, je {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>a held pose</source>
        <translation>eine gehaltene Haltung</translation>
    </message>
    <message>
        <source>psoas: {effect}</source>
        <translation>Psoas: {effect}</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot be read ({got})</source>
        <translation>kann nicht gelesen werden ({got})</translation>
    </message>
    <message>
        <source>is not a file that can be imported</source>
        <translation>ist keine Datei, die importiert werden kann</translation>
    </message>
    <message>
        <source>is {got} bytes; a routine file may be at most 1 MiB</source>
        <translation>ist {got} Byte groß; eine Routinendatei darf höchstens 1 MiB groß sein</translation>
    </message>
    <message>
        <source>would be {got} bytes; a routine file may be at most 1 MiB</source>
        <translation>wäre {got} Byte groß; eine Routinendatei darf höchstens 1 MiB groß sein</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at position {got})</source>
        <translation>ist kein UTF-8-Text (ungültiges Byte an Position {got})</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode (an unpaired \ud800-\udfff escape)</source>
        <translation>enthält Text, der kein gültiges Unicode ist (ein einzelnes \ud800-\udfff-Escape)</translation>
    </message>
    <message>
        <source>is not valid JSON: {got}</source>
        <translation>ist kein gültiges JSON: {got}</translation>
    </message>
    <message>
        <source>is nested too deeply to be a routine</source>
        <translation>ist zu tief verschachtelt für eine Routine</translation>
    </message>
    <message>
        <source>is not valid JSON: holds a number too long to read</source>
        <translation>ist kein gültiges JSON: enthält eine Zahl, die zu lang zum Lesen ist</translation>
    </message>
    <message>
        <source>must be a JSON object, got {got}</source>
        <translation>muss ein JSON-Objekt sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be an object, got {got}</source>
        <translation>muss ein Objekt sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be an object with an &quot;exercises&quot; list</source>
        <translation>muss ein Objekt mit einer Liste &quot;exercises&quot; sein</translation>
    </message>
    <message>
        <source>unknown key {got} (allowed keys: {allowed})</source>
        <translation>unbekannter Schlüssel {got} (erlaubte Schlüssel: {allowed})</translation>
    </message>
    <message>
        <source>the key {got} is given more than once; keep one</source>
        <translation>der Schlüssel {got} kommt mehrfach vor; behalte nur einen</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be 1, got {got}</source>
        <translation>muss 1 sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be text, got {got}</source>
        <translation>muss Text sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most {high} characters, got {got}</source>
        <translation>darf höchstens {high} Zeichen lang sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must not hold control characters or line breaks, got {got}</source>
        <translation>darf keine Steuerzeichen oder Zeilenumbrüche enthalten, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {got}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>muss true oder false sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens, got {got}</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {got}</source>
        <translation>muss eins von {allowed} sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must be a list of steps, got {got}</source>
        <translation>muss eine Liste von Schritten sein, gefunden: {got}</translation>
    </message>
    <message>
        <source>must hold {low} to {high} steps, got {got}</source>
        <translation>muss {low} bis {high} Schritte enthalten, gefunden: {got}</translation>
    </message>
    <message>
        <source>unknown exercise {got} (valid ids: {allowed})</source>
        <translation>unbekannte Übung {got} (gültige IDs: {allowed})</translation>
    </message>
    <message>
        <source>needs &quot;exercise&quot; (an exercise id) or &quot;name&quot; and &quot;instructions&quot; (a custom step)</source>
        <translation>braucht &quot;exercise&quot; (die ID einer Übung) oder &quot;name&quot; und &quot;instructions&quot; (ein eigener Schritt)</translation>
    </message>
    <message>
        <source>must be null or an object with &quot;seconds_per_beat&quot; (0.5 to 60) and &quot;beats&quot;</source>
        <translation>muss null sein oder ein Objekt mit &quot;seconds_per_beat&quot; (0,5 bis 60) und &quot;beats&quot;</translation>
    </message>
    <message>
        <source>must hold one word for each of the movement&apos;s {high} beats, got {got}</source>
        <translation>muss für jeden der {high} Takte der Bewegung ein Wort enthalten, gefunden: {got}</translation>
    </message>
    <message>
        <source>unknown equipment {got}</source>
        <translation>unbekannte Ausrüstung {got}</translation>
    </message>
    <message>
        <source>{got} is used twice</source>
        <translation>{got} kommt zweimal vor</translation>
    </message>
    <message>
        <source>is already used by another routine</source>
        <translation>wird schon von einer anderen Routine verwendet</translation>
    </message>
    <message>
        <source>is &quot;{got}&quot; but the file is named {allowed}; rename the file to {got}.json</source>
        <translation>ist &quot;{got}&quot;, aber die Datei heißt {allowed}; benenne die Datei in {got}.json um</translation>
    </message>
    <message>
        <source>{got} is already a built-in routine; this file was skipped</source>
        <translation>{got} ist schon eine vorinstallierte Routine; diese Datei wurde übersprungen</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>step {number} (&quot;{field}&quot;)</source>
        <translation>Schritt {number} (&quot;{field}&quot;)</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Erinnerung an</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <source>Routine to suggest</source>
        <translation>Vorgeschlagene Routine</translation>
    </message>
    <message>
        <source>{title} ({time})</source>
        <translation>{title} ({time})</translation>
    </message>
    <message>
        <source>(deleted routine {id})</source>
        <translation>(gelöschte Routine {id})</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this reminder</source>
        <translation>Diese Erinnerung entfernen</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Reminders and goal</source>
        <translation>Erinnerungen und Ziel</translation>
    </message>
    <message>
        <source> minutes a week</source>
        <translation> Minuten pro Woche</translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation>Wochenziel in Minuten</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Nimm dir vor</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation>Noch keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Skip a reminder on a day I have already practised</source>
        <translation>Keine Erinnerung an Tagen, an denen ich schon geübt habe</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>Beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster zu ist</translation>
    </message>
    <message>
        <source>So that reminders still come; quit from the tray icon</source>
        <translation>Damit Erinnerungen weiter kommen; beenden über das Symbol im Infobereich</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: reminders come while the window is open.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich: Erinnerungen kommen, solange das Fenster offen ist.</translation>
    </message>
    <message>
        <source>Choose at least one day for each reminder.</source>
        <translation>Wähle für jede Erinnerung mindestens einen Tag.</translation>
    </message>
    <message>
        <source>there is no session D-Bus</source>
        <translation>es gibt keinen Sitzungs-D-Bus</translation>
    </message>
    <message>
        <source>the notification service answered {signature}, not an id</source>
        <translation>der Benachrichtigungsdienst antwortete {signature} statt einer Kennung</translation>
    </message>
    <message>
        <source>no notification service is running</source>
        <translation>es läuft kein Benachrichtigungsdienst</translation>
    </message>
    <message>
        <source>the notification service refused ({reason})</source>
        <translation>der Benachrichtigungsdienst lehnte ab ({reason})</translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>The routine this reminder suggested is gone; pick one in Psoas Timer.</source>
        <translation>Die Routine dieser Erinnerung gibt es nicht mehr; wähle eine in Psoas Timer.</translation>
    </message>
    <message>
        <source>Time for {title}</source>
        <translation>Zeit für {title}</translation>
    </message>
    <message>
        <source>{time} on your mat. Start when you are ready.</source>
        <translation>{time} auf der Matte. Fang an, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>{text} (You asked to be reminded again.)</source>
        <translation>{text} (Du wolltest noch einmal erinnert werden.)</translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation>Psoas Timer öffnen</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>{title} starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown beside the tray icon.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar ({why}), darum erscheinen Erinnerungen neben dem Symbol im Infobereich.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown in this window.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar ({why}), darum erscheinen Erinnerungen in diesem Fenster.</translation>
    </message>
    <message>
        <source>Click here to start, or choose Later in the tray menu.</source>
        <translation>Klick hier, um zu starten, oder wähle „Später“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Reminder: {title}.</source>
        <translation>Erinnerung: {title}.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Am Wochenende</translation>
    </message>
    <message>
        <source>No days</source>
        <translation>Keine Tage</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Built-in routine</source>
        <translation>Vorinstallierte Routine</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make a version of your own.</source>
        <translation>Vorinstallierte Routinen sind schreibgeschützt. Dupliziere sie, um eine eigene Fassung zu machen.</translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation>Die Routine konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>This routine cannot be imported</source>
        <translation>Diese Routine kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Could not import the routine</source>
        <translation>Die Routine konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>“{title}” is now in your routines, chosen and ready.</source>
        <translation>„{title}“ ist jetzt bei deinen Routinen, ausgewählt und bereit.</translation>
    </message>
    <message>
        <source>A routine with the id “{old}” already exists, so this one was saved as “{new}”.</source>
        <translation>Eine Routine mit der Kennung „{old}“ gibt es schon, darum wurde diese als „{new}“ gespeichert.</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importiert</translation>
    </message>
    <message>
        <source>Could not export the routine</source>
        <translation>Die Routine konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>Die Routine konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation>Routine löschen?</translation>
    </message>
    <message>
        <source>Delete “{title}”? Your history of it is kept.</source>
        <translation>„{title}“ löschen? Dein Verlauf dazu bleibt erhalten.</translation>
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
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Routinedateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinedateien (*.json)</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Mute all cues (M in the player)</source>
        <translation>Alle Signale stumm (M während der Routine)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Speak the exercise, side and what comes next</source>
        <translation>Übung, Seite und was als Nächstes kommt ansagen</translation>
    </message>
    <message>
        <source>Voice announcements</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>A gentle beat for each movement of rhythmic exercises</source>
        <translation>Ein sanfter Takt für jede Bewegung rhythmischer Übungen</translation>
    </message>
    <message>
        <source>Movement beats</source>
        <translation>Bewegungstakt</translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation>Der Ton ist aus.</translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng is not installed.</source>
        <translation>Keine Sprachansagen: espeak-ng ist nicht installiert.</translation>
    </message>
    <message>
        <source>Voice is on.</source>
        <translation>Die Sprachansagen sind an.</translation>
    </message>
    <message>
        <source>This computer has no voice for your language, so the cues are tones only.</source>
        <translation>Auf diesem Computer gibt es keine deutsche Stimme, daher gibt es statt Sprachansagen nur Signaltöne.</translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng could not render speech.</source>
        <translation>Keine Sprachansagen: espeak-ng konnte keine Sprache erzeugen.</translation>
    </message>
    <message>
        <source>Sound is unavailable: no audio device was found.</source>
        <translation>Kein Ton: Es wurde kein Audiogerät gefunden.</translation>
    </message>
    <message>
        <source>Sound is unavailable: pygame is not installed.</source>
        <translation>Kein Ton: pygame ist nicht installiert.</translation>
    </message>
    <message>
        <source>Sound is on.</source>
        <translation>Der Ton ist an.</translation>
    </message>
    <message>
        <source>Sound stopped: the audio device is no longer available.</source>
        <translation>Der Ton ist verstummt: Das Audiogerät ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Sound is unavailable: the audio library failed to start.</source>
        <translation>Kein Ton: Die Audiobibliothek ließ sich nicht starten.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>No favourites yet: star a routine to start it from here</source>
        <translation>Noch keine Favoriten: Markiere eine Routine, um sie hier zu starten</translation>
    </message>
    <message>
        <source>Get ready for {name}: {time}</source>
        <translation>Mach dich bereit für {name}: {time}</translation>
    </message>
    <message>
        <source>Rest, then {name}: {time}</source>
        <translation>Erholung, dann {name}: {time}</translation>
    </message>
    <message>
        <source>{name}: {time}</source>
        <translation>{name}: {time}</translation>
    </message>
    <message>
        <source>{name}: {time} left</source>
        <translation>{name}: noch {time}</translation>
    </message>
    <message>
        <source>{line} (paused)</source>
        <translation>{line} (pausiert)</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Schritt {step} von {total}</translation>
    </message>
    <message>
        <source>Show Psoas Timer</source>
        <translation>Psoas Timer zeigen</translation>
    </message>
    <message>
        <source>{reminder}: remind me in 10 minutes</source>
        <translation>{reminder}: in 10 Minuten erinnern</translation>
    </message>
    <message>
        <source>Resume {title}</source>
        <translation>{title} fortsetzen</translation>
    </message>
    <message>
        <source>Pause {title}</source>
        <translation>{title} pausieren</translation>
    </message>
    <message>
        <source>Start {title} ({time})</source>
        <translation>{title} starten ({time})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
</TS>
