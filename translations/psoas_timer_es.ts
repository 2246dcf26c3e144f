<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>History</name>
    <message>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
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
        <translation>Aún no hay sesiones registradas.
Termina una rutina y aparecerá aquí.</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Leyendo tu historial…</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>No practice recorded yet</source>
        <translation>Aún no hay sesiones registradas</translation>
    </message>
    <message>
        <source>Reading your history</source>
        <translation>Leyendo tu historial</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Minutes practised per week, last {weeks} weeks</source>
        <translation>Minutos de práctica por semana, últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Minutes practised per day, last {days} days</source>
        <translation>Minutos de práctica por día, últimos {days} días</translation>
    </message>
    <message>
        <source>{when}: {completed} min completed, {partial} min partial.</source>
        <translation>{when}: {completed} min completos, {partial} min parciales.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QLocale date format: day and short month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Days in a row</source>
        <translation>Días seguidos</translation>
    </message>
    <message>
        <source>Weeks on goal</source>
        <translation>Semanas con objetivo</translation>
    </message>
    <message>
        <source>By routine</source>
        <translation>Por rutina</translation>
    </message>
    <message>
        <source>Sessions and time per routine</source>
        <translation>Sesiones y tiempo por rutina</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Days in a row · best {days}</source>
        <translation>Días seguidos · récord {days}</translation>
    </message>
    <message>
        <source>Weeks on goal · best {weeks}</source>
        <translation>Semanas con objetivo · récord {weeks}</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message>
        <source>{done} of {goal} min</source>
        <translation>{done} de {goal} min</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>{minutes} min to go</source>
        <translation>Faltan {minutes} min</translation>
    </message>
    <message>
        <source>Progress toward this week&apos;s goal</source>
        <translation>Progreso hacia el objetivo semanal</translation>
    </message>
    <message>
        <source>{progress}. {to_go}.</source>
        <translation>{progress}. {to_go}.</translation>
    </message>
    <message>
        <source>Goal {goal} min a week · last week {last_week}</source>
        <translation>Objetivo {goal} min por semana · semana pasada {last_week}</translation>
    </message>
    <message>
        <source>This week: {progress} of your weekly goal. {to_go}.</source>
        <translation>Esta semana: {progress} de tu objetivo semanal. {to_go}.</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Tu práctica</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>Últimos {days} días</translation>
    </message>
    <message>
        <source>Show minutes per day for the last {days} days</source>
        <translation>Mostrar los minutos por día de los últimos {days} días</translation>
    </message>
    <message>
        <source>Last {weeks} weeks</source>
        <translation>Últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Show minutes per week for the last {weeks} weeks</source>
        <translation>Mostrar los minutos por semana de las últimas {weeks} semanas</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Show every day of the last 12 months</source>
        <translation>Mostrar cada día de los últimos 12 meses</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>Exportar el historial como archivo CSV</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Eliminar sesión…</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Eliminar la sesión seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected session (Delete key)</source>
        <translation>Eliminar la sesión seleccionada (tecla Supr)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>¿Eliminar esta sesión?</translation>
    </message>
    <message>
        <source>Delete your session of “{routine}” from {when} ({time})? It will no longer count in your figures. This cannot be undone.</source>
        <translation>¿Eliminar tu sesión de «{routine}» del {when} ({time})? Dejará de contar en tus cifras. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Deleted the {routine} session.</source>
        <translation>Se eliminó la sesión «{routine}».</translation>
    </message>
    <message>
        <source>the history file could not be written.</source>
        <translation>no se pudo escribir el archivo del historial.</translation>
    </message>
    <message>
        <source>Deleted the {routine} session here, but {problem} It will be saved at the next try.</source>
        <translation>La sesión «{routine}» se eliminó aquí, pero {problem} Se guardará en el próximo intento.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>No se pudo exportar a {path}: {reason}.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale date format: short weekday, day, short month, year</comment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, las más recientes primero</translation>
    </message>
    <message>
        <source>This week: front and back of the core</source>
        <translation>Esta semana: parte delantera y trasera del tronco</translation>
    </message>
    <message>
        <source>This week: no practice yet</source>
        <translation>Esta semana: aún sin práctica</translation>
    </message>
    <message>
        <source>This week: front and back in balance</source>
        <translation>Esta semana: parte delantera y trasera en equilibrio</translation>
    </message>
    <message>
        <source>This week: much more front than back</source>
        <translation>Esta semana: mucha más parte delantera que trasera</translation>
    </message>
    <message>
        <source>This week: much more back than front</source>
        <translation>Esta semana: mucha más parte trasera que delantera</translation>
    </message>
    <message>
        <source>Your own steps don&apos;t say which side they work, and routines deleted since are unknown.</source>
        <translation>Tus pasos propios no indican qué lado trabajan, y las rutinas borradas desde entonces son desconocidas.</translation>
    </message>
    <message>
        <source>This week&apos;s practice on the front and the back of the core</source>
        <translation>Práctica de esta semana en la parte delantera y trasera del tronco</translation>
    </message>
    <message>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>under {minutes} min</source>
        <translation>menos de {minutes} min</translation>
    </message>
    <message>
        <source>{minutes}+ min</source>
        <translation>{minutes}+ min</translation>
    </message>
    <message>
        <source>Practice in the last 12 months, a square per day</source>
        <translation>Práctica de los últimos 12 meses, un cuadrado por día</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <source>{date}: no practice</source>
        <translation>{date}: sin práctica</translation>
    </message>
    <message>
        <source>Chosen day</source>
        <translation>Día elegido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Change the language?</source>
        <translation>¿Cambiar el idioma?</translation>
    </message>
    <message>
        <source>Psoas Timer will be in {language} from its next start. Restart it now? A routine under way is saved first.</source>
        <translation>Psoas Timer estará en {language} a partir del próximo inicio. ¿Reiniciar ahora? Si hay una rutina en curso, se guarda antes.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>{count} day(s)</source>
        <translation>
            <numerusform>{count} día</numerusform>
            <numerusform>{count} días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} week(s)</source>
        <translation>
            <numerusform>{count} semana</numerusform>
            <numerusform>{count} semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} session(s) to {path}.</source>
        <translation>
            <numerusform>{count} sesión exportada a {path}.</numerusform>
            <numerusform>{count} sesiones exportadas a {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} de %n paso</numerusform>
            <numerusform>{done} de %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}: {minutes} in %n session(s)</source>
        <translation>
            <numerusform>{date}: {minutes} en %n sesión</numerusform>
            <numerusform>{date}: {minutes} en %n sesiones</numerusform>
        </translation>
    </message>
</context>
</TS>
