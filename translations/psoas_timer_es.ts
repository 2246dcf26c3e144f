<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Editor</name>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit routine: {title}</source>
        <translation>Editar rutina: {title}</translation>
    </message>
    <message>
        <source>New routine: {title}</source>
        <translation>Nueva rutina: {title}</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Guardar rutina</translation>
    </message>
    <message>
        <source>Save this routine</source>
        <translation>Guardar esta rutina</translation>
    </message>
    <message>
        <source>Fix the problems shown in red to save</source>
        <translation>Corrige los problemas marcados en rojo para guardar</translation>
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
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The changes to this routine have not been saved.</source>
        <translation>Los cambios de esta rutina no se han guardado.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Challenging</source>
        <translation>Exigente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Evening stretch</source>
        <translation>Por ejemplo: Estiramiento nocturno</translation>
    </message>
    <message>
        <source>Routine id (file name)</source>
        <translation>ID de la rutina (nombre del archivo)</translation>
    </message>
    <message>
        <source>A saved routine keeps its id. Duplicate it to save a copy under another id.</source>
        <translation>Una rutina guardada conserva su ID. Duplícala para guardar una copia con otro ID.</translation>
    </message>
    <message>
        <source>Names the routine&apos;s file: lowercase letters, digits and single hyphens. It follows the title until you change it.</source>
        <translation>Da nombre al archivo de la rutina: minúsculas, cifras y guiones sueltos. Sigue al título hasta que lo cambies.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional: what the routine is for</source>
        <translation>Opcional: para qué sirve la rutina</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Get-ready seconds before the first step</source>
        <translation>Segundos para prepararte antes del primer paso</translation>
    </message>
    <message>
        <source>Rest seconds between steps</source>
        <translation>Segundos de descanso entre pasos</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Id (file name)</source>
        <translation>&amp;ID (nombre del archivo)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>&amp;Get ready</source>
        <translation>P&amp;repárate</translation>
    </message>
    <message>
        <source>&amp;Rest between steps</source>
        <translation>D&amp;escanso entre pasos</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>{name}  (each side)</source>
        <translation>{name}  (cada lado)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the chosen exercise</source>
        <translation>Añadir el ejercicio elegido</translation>
    </message>
    <message>
        <source>Choose an exercise to add:</source>
        <translation>Elige un ejercicio para añadir:</translation>
    </message>
    <message>
        <source>Custom step</source>
        <translation>Paso propio</translation>
    </message>
    <message>
        <source>Add custom step</source>
        <translation>Añadir paso propio</translation>
    </message>
    <message>
        <source>Step name</source>
        <translation>Nombre del paso</translation>
    </message>
    <message>
        <source>For example: Shoulder rolls</source>
        <translation>Por ejemplo: Círculos con los hombros</translation>
    </message>
    <message>
        <source>Step instructions, one per line</source>
        <translation>Instrucciones del paso, una por línea</translation>
    </message>
    <message>
        <source>One instruction per line</source>
        <translation>Una instrucción por línea</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Guardar paso</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Instructions (one per line)</source>
        <translation>&amp;Instrucciones (una por línea)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest between steps</source>
        <translation>Descanso entre pasos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Per side</source>
        <translation>Cada lado</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Give the routine a title.</source>
        <translation>Ponle un título a la rutina.</translation>
    </message>
    <message>
        <source>Give the routine an id.</source>
        <translation>Ponle un ID a la rutina.</translation>
    </message>
    <message>
        <source>Give the step a name.</source>
        <translation>Ponle un nombre al paso.</translation>
    </message>
    <message>
        <source>Write at least one instruction.</source>
        <translation>Escribe al menos una instrucción.</translation>
    </message>
    <message>
        <source>{field}: at most {limit} characters, not {count}.</source>
        <translation>{field}: como máximo {limit} caracteres, no {count}.</translation>
    </message>
    <message>
        <source>{field}: no tabs or other control characters, please.</source>
        <translation>{field}: sin tabuladores ni otros caracteres de control, por favor.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and single hyphens only, as in “evening-stretch”.</source>
        <translation>Usa solo minúsculas, cifras y guiones sueltos, como en «estiramiento-nocturno».</translation>
    </message>
    <message>
        <source>Another routine already uses this id.</source>
        <translation>Otra rutina ya usa este ID.</translation>
    </message>
    <message>
        <source>A built-in routine already uses this id.</source>
        <translation>Una rutina incluida ya usa este ID.</translation>
    </message>
    <message>
        <source>{field}: a whole number of seconds from {low} to {high}.</source>
        <translation>{field}: un número entero de segundos entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Añade al menos un paso.</translation>
    </message>
    <message>
        <source>A routine holds at most {limit} steps.</source>
        <translation>Una rutina tiene como máximo {limit} pasos.</translation>
    </message>
    <message>
        <source>This exercise is no longer in the catalogue: remove the step.</source>
        <translation>Este ejercicio ya no está en el catálogo: quita el paso.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>Paso {number}: {problem}</translation>
    </message>
    <message>
        <source>Step {number}: {name}, {time}</source>
        <translation>Paso {number}: {name}, {time}</translation>
    </message>
    <message>
        <source>{time} each side  ·  {total} in all</source>
        <translation>{time} cada lado  ·  {total} en total</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{name}  (custom)</source>
        <translation>{name}  (paso propio)</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Pasos, en orden</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Añadir ejercicio…</translation>
    </message>
    <message>
        <source>Add an exercise from the catalogue</source>
        <translation>Añadir un ejercicio del catálogo</translation>
    </message>
    <message>
        <source>Add custom step…</source>
        <translation>Añadir paso propio…</translation>
    </message>
    <message>
        <source>Add a step of your own with its name and instructions</source>
        <translation>Añadir un paso propio con su nombre y sus instrucciones</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Editar paso…</translation>
    </message>
    <message>
        <source>Edit custom step</source>
        <translation>Editar paso propio</translation>
    </message>
    <message>
        <source>Change the name and instructions of this custom step (double-click)</source>
        <translation>Cambiar el nombre y las instrucciones de este paso propio (doble clic)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Quitar el paso seleccionado</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <source>Move the selected step earlier (Ctrl+Up)</source>
        <translation>Mover el paso seleccionado antes (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <source>Move the selected step later (Ctrl+Down)</source>
        <translation>Mover el paso seleccionado después (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Seconds for the selected step</source>
        <translation>Segundos del paso seleccionado</translation>
    </message>
    <message>
        <source>How long the step lasts; for each side if it is per side</source>
        <translation>Cuánto dura el paso; en cada lado, si se hace por lados</translation>
    </message>
    <message>
        <source>Per side (left, then right)</source>
        <translation>Cada lado (izquierdo y luego derecho)</translation>
    </message>
    <message>
        <source>Selected step is done on each side</source>
        <translation>El paso seleccionado se hace en cada lado</translation>
    </message>
    <message>
        <source>The step runs on the left side, then on the right</source>
        <translation>El paso se hace primero en el lado izquierdo y luego en el derecho</translation>
    </message>
    <message>
        <source>Selected step:</source>
        <translation>Paso seleccionado:</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Pasos</translation>
    </message>
    <message>
        <source>Drag to reorder</source>
        <translation>Arrastra para reordenar</translation>
    </message>
    <message>
        <source>A step lasts from {low} to {high} seconds, so {typed} s became {kept} s.</source>
        <translation>Un paso dura de {low} a {high} segundos, así que {typed} s pasaron a ser {kept} s.</translation>
    </message>
    <message>
        <source>Step {number}:</source>
        <translation>Paso {number}:</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) per side</source>
        <translation>
            <numerusform>%n segundo cada lado</numerusform>
            <numerusform>%n segundos cada lado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
</TS>
