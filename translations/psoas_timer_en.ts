<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutPsoas</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and down arrows change the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {number} of {count}; arrow keys move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Psoas Timer is already running; it has been brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another copy (process {pid}) is using the data folder {folder}; only one may run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another copy is using the data folder {folder}; only one may run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not medical advice. Move gently, start slow, and stop if anything hurts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Front and back of the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice time on the front and on the back of the core; the mark is the middle. Steps that work both count half to each; your own steps don&apos;t say which side they work, so they are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front of the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back of the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front and back of the core in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front and back of the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing on the front or the back yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{front}% front, {back}% back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{front}, {back}: {shares}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary}; {time} not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front and back in balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} of your own steps not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much more front than back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much more back than front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, much more front than back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, much more back than front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much more front than back ({more} to {less}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much more back than front ({more} to {less}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, much more front than back ({more} to {less}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, much more back than front ({more} to {less}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work, such as {exercises}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work, such as {exercises}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A guided timer for psoas and low-back stretching and exercise routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not medical advice: move gently, start slow, and stop if anything hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print each routine as: id&lt;TAB&gt;title&lt;TAB&gt;total duration (m:ss), then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the player and start this routine at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a routine file and add it to your routines; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write your practice history, every computer&apos;s, as CSV (UTF-8, ISO 8601 times) or, for a FILE ending in .json, as JSON; - for standard output; then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format of --export-history (default: from the file name, else CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add Psoas Timer, with its icon, to your desktop&apos;s application menu, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it from the menu again (your history and routines stay), then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as starting at login does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print each reminder (days, time, routine) and the next time it fires, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where history, favourites, settings and your own routines live (default: $PSOAS_TIMER_DATA_DIR, else {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer: could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders are set. Add them in the app: Settings, Reminders and goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no routine {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (no days chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A reminder is skipped on a day you have already practised.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer: could not import {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer: the id {taken} is taken; imported as {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer: could not write: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas Timer is in your application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas Timer is no longer in your application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas Timer was not in your application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer: unknown routine id {id}. Valid ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas-timer: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, or on a virtual display by putting xvfb-run in front of the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Get ready: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: {name}, left side first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest. Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest. Next: {name}, left side first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routine: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown in red to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {time}  ·  {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}, {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this routine have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Evening stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine id (file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved routine keeps its id. Duplicate it to save a copy under another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the routine&apos;s file: lowercase letters, digits and single hyphens. It follows the title until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what the routine is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-ready seconds before the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest seconds between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id (file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rest between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Shoulder rolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step instructions, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the routine a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the routine an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the step a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no tabs or other control characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and single hyphens only, as in “evening-stretch”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another routine already uses this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in routine already uses this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: a whole number of seconds from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine holds at most {limit} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is no longer in the catalogue: remove the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {name}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} each side  ·  {total} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step of your own with its name and instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit custom step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name and instructions of this custom step (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step later (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds for the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the step lasts; for each side if it is per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per side (left, then right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step is done on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step runs on the left side, then on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step lasts from {low} to {high} seconds, so {typed} s became {kept} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Equipment</name>
    <message>
        <source>mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physio ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse sit-up machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Habit</name>
    <message>
        <source>Keep Psoas Timer in the tray?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come only while Psoas Timer runs. Keep it in the tray when you close its window? You can quit it from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit on close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders.json could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change starting at login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice recorded yet.
Finish a routine and it will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised per week, last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised per day, last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}: {completed} min completed, {partial} min partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date format: day and short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks on goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and time per routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in a row · best {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks on goal · best {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {goal} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress toward this week&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress}. {to_go}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {goal} min a week · last week {last_week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: {progress} of your weekly goal. {to_go}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show minutes per day for the last {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show minutes per week for the last {weeks} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every day of the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your session of “{routine}” from {when} ({time})? It will no longer count in your figures. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the {routine} session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the {routine} session here, but {problem} It will be saved at the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date format: short weekday, day, short month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: front and back of the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: no practice yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: front and back in balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: much more front than back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: much more back than front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own steps don&apos;t say which side they work, and routines deleted since are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s practice on the front and the back of the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}+ min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice in the last 12 months, a square per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: no practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Illustration</name>
    <message>
        <source>No exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyframe {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No illustration available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 or F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by title, exercise, equipment or level (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a routine of your own (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this routine to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a step, or press Enter on it, to look at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the psoas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the psoas is, what it does, and why front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this routine (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step&apos;s picture moving and what to do (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}  (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {equipment}; {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to star or unstar (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines are read-only: duplicate one to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites yet: star a routine with ☆ or Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get ready {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rests {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {time} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas Timer will be in {language} from its next start. Restart it now? A routine under way is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption} — Psoas Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psoas Timer was started again, asking for “{new}”. Stop “{current}” (what you have practised is saved) and start it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders and goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;psoas on the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;psoas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Psoas Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided psoas and low-back stretching and exercise routines.

{disclaimer} This app guides timing only; it does not diagnose or treat anything. If you have pain or a condition, ask a professional first.

Your data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped a routine file: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder {folder} is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {what}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept in memory and will be saved at the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{places} and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are skipped here; the computer that wrote them sets them aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); nothing will be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tidy {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last record of {file} was unfinished (the app was stopped while writing it); it is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) nor moved aside. Nothing will be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has favorites that cannot be used ({problems}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has settings that cannot be used ({problems}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your favorites are saved; the earlier {file} is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings are saved; the earlier {file} is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your favorites are saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings are saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is left as it is until you change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible and left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has reminders that cannot be used ({problems}). The file is left as it is until you change a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders are saved; the earlier {file} is kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}. Starting empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is and defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is and nothing will be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside} and the app started with an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}). It is shown as far as possible, and nothing will be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine {name} was changed on two computers at once; the later change is kept, the other as {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Keyboard: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now? The {time} you have practised will be saved in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {time} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished, with steps skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left side next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right side next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position: left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position: right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position: left side first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: rest, then {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name} (left side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name} (right side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work: {name}, {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work: {name}, left side, {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work: {name}, right side, {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: left side, {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: right side, {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready, {time}. Coming up: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest, {time}. Coming up: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} of practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>{count} day(s)</source>
        <translation>
            <numerusform>{count} day</numerusform>
            <numerusform>{count} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} week(s)</source>
        <translation>
            <numerusform>{count} week</numerusform>
            <numerusform>{count} weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} session(s) to {path}.</source>
        <translation>
            <numerusform>Exported {count} session to {path}.</numerusform>
            <numerusform>Exported {count} sessions to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} of %n step</numerusform>
            <numerusform>{done} of %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}: {minutes} in %n session(s)</source>
        <translation>
            <numerusform>{date}: {minutes} in %n session</numerusform>
            <numerusform>{date}: {minutes} in %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) per side</source>
        <translation>
            <numerusform>%n second per side</numerusform>
            <numerusform>%n seconds per side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n earlier; hover for all)</source>
        <translation>
            <numerusform>(and %n earlier; hover for all)</numerusform>
            <numerusform>(and %n earlier; hover for all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped a routine file: {problem} (+%n more problem(s))</source>
        <translation>
            <numerusform>Skipped a routine file: {problem} (+%n more problem)</numerusform>
            <numerusform>Skipped a routine file: {problem} (+%n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} of %n step done</numerusform>
            <numerusform>{done} of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Less than %n second(s) of practice, so nothing was recorded.</source>
        <translation>
            <numerusform>Less than %n second of practice, so nothing was recorded.</numerusform>
            <numerusform>Less than %n seconds of practice, so nothing was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n session to {path}</numerusform>
            <numerusform>Wrote %n sessions to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history record(s) could not be read ({where}). The first: {reason}.</source>
        <translation>
            <numerusform>%n history record could not be read ({where}). The first: {reason}.</numerusform>
            <numerusform>%n history records could not be read ({where}). The first: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) that could not be saved when Psoas Timer last closed (kept in {path}): now in your history.</source>
        <translation>
            <numerusform>%n session that could not be saved when Psoas Timer last closed (kept in {path}) is now in your history.</numerusform>
            <numerusform>%n sessions that could not be saved when Psoas Timer last closed (kept in {path}) are now in your history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your history (%n session(s)) now lives in the {folder} folder, one file per computer, so several computers can share it. The old file is kept as {file}.</source>
        <translation>
            <numerusform>Your history (%n session) now lives in the {folder} folder, one file per computer, so several computers can share it. The old file is kept as {file}.</numerusform>
            <numerusform>Your history (%n sessions) now lives in the {folder} folder, one file per computer, so several computers can share it. The old file is kept as {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>{time} each side in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{beats}, {seconds} s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a held pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoas: {effect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot be read ({got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file that can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {got} bytes; a routine file may be at most 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be {got} bytes; a routine file may be at most 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at position {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode (an unpaired \ud800-\udfff escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to be a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: holds a number too long to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with an &quot;exercises&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key {got} (allowed keys: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key {got} is given more than once; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {high} characters, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not hold control characters or line breaks, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of steps, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold {low} to {high} steps, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exercise {got} (valid ids: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;exercise&quot; (an exercise id) or &quot;name&quot; and &quot;instructions&quot; (a custom step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be null or an object with &quot;seconds_per_beat&quot; (0.5 to 60) and &quot;beats&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold one word for each of the movement&apos;s {high} beats, got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown equipment {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{got} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;{got}&quot; but the file is named {allowed}; rename the file to {got}.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{got} is already a built-in routine; this file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} (&quot;{field}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine to suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted routine {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip a reminder on a day I have already practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that reminders still come; quit from the tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: reminders come while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day for each reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no session D-Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification service answered {signature}, not an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notification service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification service refused ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine this reminder suggested is gone; pick one in Psoas Timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} on your mat. Start when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (You asked to be reminded again.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown beside the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to start, or choose Later in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Built-in routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make a version of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is now in your routines, chosen and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine with the id “{old}” already exists, so this one was saved as “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”? Your history of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute all cues (M in the player)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the exercise, side and what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle beat for each movement of rhythmic exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no voice for your language, so the cues are tones only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng could not render speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is unavailable: no audio device was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is unavailable: pygame is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound stopped: the audio device is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is unavailable: the audio library failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>No favourites yet: star a routine to start it from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready for {name}: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest, then {name}: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Psoas Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reminder}: remind me in 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start {title} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
