<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenging</source>
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
    <name>MainWindow</name>
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
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({language})</source>
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
</context>
</TS>
