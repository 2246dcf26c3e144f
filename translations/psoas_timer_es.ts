<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutPsoas</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Up and down arrows change the drawing</source>
        <translation>Las flechas arriba y abajo cambian el dibujo</translation>
    </message>
    <message>
        <source>Section {number} of {count}; arrow keys move</source>
        <translation>Sección {number} de {count}; las flechas cambian de sección</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Psoas Timer is already running; it has been brought to the front.</source>
        <translation>Psoas Timer ya está abierto; se ha traído al frente.</translation>
    </message>
    <message>
        <source>another copy (process {pid}) is using the data folder {folder}; only one may run at a time.</source>
        <translation>otra copia (proceso {pid}) está usando la carpeta de datos {folder}; solo puede haber una abierta a la vez.</translation>
    </message>
    <message>
        <source>another copy is using the data folder {folder}; only one may run at a time.</source>
        <translation>otra copia está usando la carpeta de datos {folder}; solo puede haber una abierta a la vez.</translation>
    </message>
    <message>
        <source>Not medical advice. Move gently, start slow, and stop if anything hurts.</source>
        <translation>Esto no es consejo médico. Muévete con suavidad, empieza despacio y para si algo duele.</translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <source>Front and back of the core</source>
        <translation>Parte delantera y trasera del tronco</translation>
    </message>
    <message>
        <source>Practice time on the front and on the back of the core; the mark is the middle. Steps that work both count half to each; your own steps don&apos;t say which side they work, so they are not counted.</source>
        <translation>Tiempo de práctica en la parte delantera y en la trasera del tronco; la marca es el centro. Los pasos que trabajan ambas cuentan la mitad para cada una; tus pasos propios no dicen qué parte trabajan, así que no se cuentan.</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>estirar</translation>
    </message>
    <message>
        <source>strengthen</source>
        <translation>fortalecer</translation>
    </message>
    <message>
        <source>release</source>
        <translation>soltar</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <source>Strengthen</source>
        <translation>Fortalecer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>front of the core</source>
        <translation>parte delantera del tronco</translation>
    </message>
    <message>
        <source>back of the core</source>
        <translation>parte trasera del tronco</translation>
    </message>
    <message>
        <source>front and back of the core in turn</source>
        <translation>parte delantera y trasera del tronco, por turnos</translation>
    </message>
    <message>
        <source>front and back of the core</source>
        <translation>parte delantera y trasera del tronco</translation>
    </message>
    <message>
        <source>front</source>
        <translation>delante</translation>
    </message>
    <message>
        <source>back</source>
        <translation>detrás</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>delante y detrás</translation>
    </message>
    <message>
        <source>Front {time}</source>
        <translation>Delante {time}</translation>
    </message>
    <message>
        <source>Back {time}</source>
        <translation>Detrás {time}</translation>
    </message>
    <message>
        <source>nothing on the front or the back yet</source>
        <translation>todavía nada delante ni detrás</translation>
    </message>
    <message>
        <source>{front}% front, {back}% back</source>
        <translation>{front}&#xa0;% delante, {back}&#xa0;% detrás</translation>
    </message>
    <message>
        <source>{front}, {back}: {shares}</source>
        <translation>{front}, {back}: {shares}</translation>
    </message>
    <message>
        <source>{summary}; {time} not counted</source>
        <translation>{summary}; {time} sin contar</translation>
    </message>
    <message>
        <source>Front and back in balance.</source>
        <translation>Delante y detrás en equilibrio.</translation>
    </message>
    <message>
        <source>{time} of your own steps not counted.</source>
        <translation>{time} de tus pasos propios sin contar.</translation>
    </message>
    <message>
        <source>{time} not counted.</source>
        <translation>{time} sin contar.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Much more front than back.</source>
        <translation>Mucho más delante que detrás.</translation>
    </message>
    <message>
        <source>Much more back than front.</source>
        <translation>Mucho más detrás que delante.</translation>
    </message>
    <message>
        <source>{when}, much more front than back.</source>
        <translation>{when}, mucho más delante que detrás.</translation>
    </message>
    <message>
        <source>{when}, much more back than front.</source>
        <translation>{when}, mucho más detrás que delante.</translation>
    </message>
    <message>
        <source>Much more front than back ({more} to {less}).</source>
        <translation>Mucho más delante que detrás ({more} frente a {less}).</translation>
    </message>
    <message>
        <source>Much more back than front ({more} to {less}).</source>
        <translation>Mucho más detrás que delante ({more} frente a {less}).</translation>
    </message>
    <message>
        <source>{when}, much more front than back ({more} to {less}).</source>
        <translation>{when}, mucho más delante que detrás ({more} frente a {less}).</translation>
    </message>
    <message>
        <source>{when}, much more back than front ({more} to {less}).</source>
        <translation>{when}, mucho más detrás que delante ({more} frente a {less}).</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work.</source>
        <translation>Lo ideal es trabajar las dos por igual: podrías añadir trabajo para la parte delantera.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work.</source>
        <translation>Lo ideal es trabajar las dos por igual: podrías añadir trabajo para la parte trasera.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add front work, such as {exercises}.</source>
        <translation>Lo ideal es trabajar las dos por igual: podrías añadir trabajo para la parte delantera, como {exercises}.</translation>
    </message>
    <message>
        <source>Aim to work both equally: you could add back work, such as {exercises}.</source>
        <translation>Lo ideal es trabajar las dos por igual: podrías añadir trabajo para la parte trasera, como {exercises}.</translation>
    </message>
    <message>
        <source>{list} or {last}</source>
        <translation>{list} o {last}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A guided timer for psoas and low-back stretching and exercise routines.</source>
        <translation>Un temporizador guiado para rutinas de estiramiento y ejercicio del psoas y la zona lumbar.</translation>
    </message>
    <message>
        <source>Not medical advice: move gently, start slow, and stop if anything hurts.</source>
        <translation>Esto no es consejo médico: muévete con suavidad, empieza despacio y para si algo duele.</translation>
    </message>
    <message>
        <source>print each routine as: id&lt;TAB&gt;title&lt;TAB&gt;total duration (m:ss), then exit</source>
        <translation>muestra cada rutina como: id&lt;TAB&gt;título&lt;TAB&gt;duración total (m:ss) y termina</translation>
    </message>
    <message>
        <source>open the player and start this routine at once</source>
        <translation>abre el reproductor y empieza esta rutina de inmediato</translation>
    </message>
    <message>
        <source>check a routine file and add it to your routines; prints its id</source>
        <translation>comprueba un archivo de rutina y lo añade a tus rutinas; muestra su id</translation>
    </message>
    <message>
        <source>write your practice history, every computer&apos;s, as CSV (UTF-8, ISO 8601 times) or, for a FILE ending in .json, as JSON; - for standard output; then exit</source>
        <translation>escribe tu historial de práctica, el de todos los ordenadores, como CSV (UTF-8, horas ISO 8601) o, para un ARCHIVO que termine en .json, como JSON; - para la salida estándar; y termina</translation>
    </message>
    <message>
        <source>the format of --export-history (default: from the file name, else CSV)</source>
        <translation>el formato de --export-history (predeterminado: según el nombre del archivo, si no CSV)</translation>
    </message>
    <message>
        <source>add Psoas Timer, with its icon, to your desktop&apos;s application menu, then exit</source>
        <translation>añade Psoas Timer, con su icono, al menú de aplicaciones de tu escritorio y termina</translation>
    </message>
    <message>
        <source>remove it from the menu again (your history and routines stay), then exit</source>
        <translation>lo quita otra vez del menú (tu historial y tus rutinas se quedan) y termina</translation>
    </message>
    <message>
        <source>start in the tray without showing the window (as starting at login does)</source>
        <translation>empieza en la bandeja del sistema sin mostrar la ventana (como al iniciar sesión)</translation>
    </message>
    <message>
        <source>print each reminder (days, time, routine) and the next time it fires, then exit</source>
        <translation>muestra cada recordatorio (días, hora, rutina) y cuándo suena la próxima vez, y termina</translation>
    </message>
    <message>
        <source>where history, favourites, settings and your own routines live (default: $PSOAS_TIMER_DATA_DIR, else {default})</source>
        <translation>dónde están el historial, los favoritos, los ajustes y tus propias rutinas (predeterminado: $PSOAS_TIMER_DATA_DIR, si no {default})</translation>
    </message>
    <message>
        <source>psoas-timer: could not write {path}: {reason}</source>
        <translation>psoas-timer: no se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>No reminders are set. Add them in the app: Settings, Reminders and goal.</source>
        <translation>No hay recordatorios. Añádelos en la aplicación: Ajustes, Recordatorios y objetivo.</translation>
    </message>
    <message>
        <source>(no routine {id})</source>
        <translation>(no hay rutina {id})</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>never (no days chosen)</source>
        <translation>nunca (no hay días elegidos)</translation>
    </message>
    <message>
        <source>next {moment}</source>
        <translation>próximo: {moment}</translation>
    </message>
    <message>
        <source>(A reminder is skipped on a day you have already practised.)</source>
        <translation>(Un recordatorio se omite el día que ya has practicado.)</translation>
    </message>
    <message>
        <source>psoas-timer: could not import {path}: {reason}</source>
        <translation>psoas-timer: no se pudo importar {path}: {reason}</translation>
    </message>
    <message>
        <source>psoas-timer: the id {taken} is taken; imported as {id}</source>
        <translation>psoas-timer: el id {taken} ya está en uso; se importó como {id}</translation>
    </message>
    <message>
        <source>psoas-timer: could not write: {reason}</source>
        <translation>psoas-timer: no se pudo escribir: {reason}</translation>
    </message>
    <message>
        <source>Psoas Timer is in your application menu.</source>
        <translation>Psoas Timer está en tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>Psoas Timer is no longer in your application menu.</source>
        <translation>Psoas Timer ya no está en tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>Psoas Timer was not in your application menu.</source>
        <translation>Psoas Timer no estaba en tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>psoas-timer: unknown routine id {id}. Valid ids:</source>
        <translation>psoas-timer: id de rutina desconocido {id}. Ids válidos:</translation>
    </message>
    <message>
        <source>psoas-timer: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session, or on a virtual display by putting xvfb-run in front of the command.</source>
        <translation>psoas-timer: no hay pantalla en la que abrir una ventana (no están definidas ni DISPLAY ni WAYLAND_DISPLAY). Ejecútalo desde una sesión de escritorio, o en una pantalla virtual poniendo xvfb-run delante del comando.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra el número de versión y sale</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
</context>
<context>
    <name>Cue</name>
    <message>
        <source>Get ready: {name}</source>
        <translation>Prepárate: {name}</translation>
    </message>
    <message>
        <source>Get ready: {name}, left side first</source>
        <translation>Prepárate: {name}, primero el lado izquierdo</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, lado izquierdo</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, lado derecho</translation>
    </message>
    <message>
        <source>Rest. Next: {name}</source>
        <translation>Descanso. A continuación: {name}</translation>
    </message>
    <message>
        <source>Rest. Next: {name}, left side first</source>
        <translation>Descanso. A continuación: {name}, primero el lado izquierdo</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Vas por la mitad</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>¡Bien hecho!</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
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
    <name>Equipment</name>
    <message>
        <source>mat</source>
        <translation>esterilla</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>toalla</translation>
    </message>
    <message>
        <source>physio ball</source>
        <translation>pelota de pilates</translation>
    </message>
    <message>
        <source>reverse sit-up machine</source>
        <translation>máquina de abdominales inversos</translation>
    </message>
</context>
<context>
    <name>Habit</name>
    <message>
        <source>Keep Psoas Timer in the tray?</source>
        <translation>¿Dejar Psoas Timer en la bandeja del sistema?</translation>
    </message>
    <message>
        <source>Reminders come only while Psoas Timer runs. Keep it in the tray when you close its window? You can quit it from the tray icon&apos;s menu.</source>
        <translation>Los recordatorios solo llegan mientras Psoas Timer está abierto. ¿Lo dejas en la bandeja del sistema al cerrar la ventana? Puedes salir desde el menú de su icono.</translation>
    </message>
    <message>
        <source>Keep in tray</source>
        <translation>Dejar en la bandeja</translation>
    </message>
    <message>
        <source>Quit on close</source>
        <translation>Salir al cerrar</translation>
    </message>
    <message>
        <source>reminders.json could not be written.</source>
        <translation>No se pudo escribir reminders.json.</translation>
    </message>
    <message>
        <source>Could not save the reminders</source>
        <translation>No se pudieron guardar los recordatorios</translation>
    </message>
    <message>
        <source>Could not change starting at login</source>
        <translation>No se pudo cambiar el inicio al entrar en la sesión</translation>
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
    <name>Illustration</name>
    <message>
        <source>No exercise</source>
        <translation>Ningún ejercicio</translation>
    </message>
    <message>
        <source>Illustration: {name}</source>
        <translation>Ilustración: {name}</translation>
    </message>
    <message>
        <source>Keyframe {number} of {count}</source>
        <translation>Imagen {number} de {count}</translation>
    </message>
    <message>
        <source>No illustration available</source>
        <translation>No hay ilustración</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Focus:</source>
        <translation>Lo importante:</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Precaución:</translation>
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
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <source>Right arrow</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <source>F11 or F</source>
        <translation>F11 o F</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>gentle</source>
        <translation>suave</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>challenging</source>
        <translation>exigente</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Psoas</source>
        <translation>Psoas</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>Buscar  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by title, exercise, equipment or level (Ctrl+F)</source>
        <translation>Busca por título, ejercicio, material o nivel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search routines</source>
        <translation>Buscar rutinas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Solo favoritos</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Mostrar solo favoritos</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Create a routine of your own (Ctrl+N)</source>
        <translation>Crea una rutina propia (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Copy this routine to change it</source>
        <translation>Copia esta rutina para cambiarla</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change this routine</source>
        <translation>Cambia esta rutina</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Elimina esta rutina</translation>
    </message>
    <message>
        <source>Steps of the routine</source>
        <translation>Pasos de la rutina</translation>
    </message>
    <message>
        <source>Double-click a step, or press Enter on it, to look at it</source>
        <translation>Haz doble clic en un paso, o pulsa Intro sobre él, para verlo</translation>
    </message>
    <message>
        <source>About the psoas…</source>
        <translation>Sobre el psoas…</translation>
    </message>
    <message>
        <source>What the psoas is, what it does, and why front and back</source>
        <translation>Qué es el psoas, qué hace y por qué delante y detrás</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Star this routine (Ctrl+D)</source>
        <translation>Marca esta rutina como favorita (Ctrl+D)</translation>
    </message>
    <message>
        <source>Look at the steps…</source>
        <translation>Ver los pasos…</translation>
    </message>
    <message>
        <source>Each step&apos;s picture moving and what to do (Ctrl+L)</source>
        <translation>Cada paso en imagen animada y qué hacer (Ctrl+L)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start this routine (Enter)</source>
        <translation>Empieza esta rutina (Intro)</translation>
    </message>
    <message>
        <source>no equipment</source>
        <translation>sin material</translation>
    </message>
    <message>
        <source>{title}  (yours)</source>
        <translation>{title}  (tuya)</translation>
    </message>
    <message>
        <source>{title}: {equipment}; {level}</source>
        <translation>{title}: {equipment}; {level}</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>cualquier nivel</translation>
    </message>
    <message>
        <source>Click to star or unstar (Ctrl+D)</source>
        <translation>Haz clic para marcarla o desmarcarla como favorita (Ctrl+D)</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorita</translation>
    </message>
    <message>
        <source>not a favourite</source>
        <translation>no es favorita</translation>
    </message>
    <message>
        <source>The steps of {title}</source>
        <translation>Los pasos de {title}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only: duplicate one to change it</source>
        <translation>Las rutinas incluidas son de solo lectura: duplica una para cambiarla</translation>
    </message>
    <message>
        <source>No routine matches your search.</source>
        <translation>Ninguna rutina coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>No favourites yet: star a routine with ☆ or Ctrl+D.</source>
        <translation>Aún no hay favoritos: marca una rutina con ☆ o Ctrl+D.</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>Tu rutina</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>get ready {seconds} s</source>
        <translation>prepararse {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>rests {seconds} s</source>
        <translation>descansos {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>both sides counted</source>
        <translation>ambos lados contados</translation>
    </message>
    <message>
        <source>{seconds} s to switch sides</source>
        <translation>{seconds}&#xa0;s para cambiar de lado</translation>
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
        <translation>{title} (copia)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
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
    <message>
        <source>{caption} — Psoas Timer</source>
        <translation>{caption} — Psoas Timer</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>esta rutina</translation>
    </message>
    <message>
        <source>Start another routine?</source>
        <translation>¿Empezar otra rutina?</translation>
    </message>
    <message>
        <source>Psoas Timer was started again, asking for “{new}”. Stop “{current}” (what you have practised is saved) and start it?</source>
        <translation>Psoas Timer se abrió otra vez pidiendo «{new}». ¿Detener «{current}» (lo que has practicado se guarda) y empezarla?</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Empezar {title}</translation>
    </message>
    <message>
        <source>Carry on with {title}</source>
        <translation>Seguir con {title}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>&amp;Importar rutina…</translation>
    </message>
    <message>
        <source>&amp;Export routine…</source>
        <translation>&amp;Exportar rutina…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation>&amp;Sonido y voz…</translation>
    </message>
    <message>
        <source>&amp;Reminders and goal…</source>
        <translation>&amp;Recordatorios y objetivo…</translation>
    </message>
    <message>
        <source>Show the &amp;psoas on the figures</source>
        <translation>Mostrar el &amp;psoas en las figuras</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplicar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>About the &amp;psoas…</source>
        <translation>Sobre el &amp;psoas…</translation>
    </message>
    <message>
        <source>&amp;About Psoas Timer</source>
        <translation>&amp;Acerca de Psoas Timer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Guided psoas and low-back stretching and exercise routines.

{disclaimer} This app guides timing only; it does not diagnose or treat anything. If you have pain or a condition, ask a professional first.

Your data folder: {folder}</source>
        <translation>Rutinas guiadas de estiramiento y ejercicio para el psoas y la zona lumbar.

{disclaimer} Esta aplicación solo marca los tiempos; no diagnostica ni trata nada. Si tienes dolor o alguna afección, consulta antes a un profesional.

Tu carpeta de datos: {folder}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Skipped a routine file: {problem}</source>
        <translation>Archivo de rutina omitido: {problem}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the data folder {folder} is read-only</source>
        <translation>la carpeta de datos {folder} es de solo lectura</translation>
    </message>
    <message>
        <source>Could not save {what}: {why}.</source>
        <translation>No se pudo guardar {what}: {why}.</translation>
    </message>
    <message>
        <source>your history</source>
        <translation>tu historial</translation>
    </message>
    <message>
        <source>your favorites</source>
        <translation>tus favoritos</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>tus ajustes</translation>
    </message>
    <message>
        <source>It is kept in memory and will be saved at the next try.</source>
        <translation>Se conserva en memoria y se guardará en el próximo intento.</translation>
    </message>
    <message>
        <source>{places} and more</source>
        <translation>{places} y más</translation>
    </message>
    <message>
        <source>The file is left as it is.</source>
        <translation>El archivo se deja como está.</translation>
    </message>
    <message>
        <source>They are skipped here; the computer that wrote them sets them aside.</source>
        <translation>Aquí se omiten; el ordenador que los escribió los aparta.</translation>
    </message>
    <message>
        <source>Your history is saved again.</source>
        <translation>Tu historial vuelve a estar guardado.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); nothing will be added to it.</source>
        <translation>{file} lo escribió una versión más reciente de Psoas Timer (formato {version}); no se le añadirá nada.</translation>
    </message>
    <message>
        <source>Could not tidy {file}: {reason}.</source>
        <translation>No se pudo ordenar {file}: {reason}.</translation>
    </message>
    <message>
        <source>The last record of {file} was unfinished (the app was stopped while writing it); it is kept as {kept}.</source>
        <translation>El último registro de {file} estaba incompleto (la aplicación se cerró mientras lo escribía); se conserva como {kept}.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) nor moved aside. Nothing will be saved to it.</source>
        <translation>{file} no se pudo leer ({why}) ni apartar. No se guardará nada en él.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside}.</source>
        <translation>{file} no se pudo leer ({why}), así que se movió a {aside}.</translation>
    </message>
    <message>
        <source>They stay in {file}.</source>
        <translation>Se quedan en {file}.</translation>
    </message>
    <message>
        <source>They are kept in {file}.</source>
        <translation>Se conservan en {file}.</translation>
    </message>
    <message>
        <source>{file} has favorites that cannot be used ({problems}).</source>
        <translation>{file} tiene favoritos que no se pueden usar ({problems}).</translation>
    </message>
    <message>
        <source>{file} has settings that cannot be used ({problems}).</source>
        <translation>{file} tiene ajustes que no se pueden usar ({problems}).</translation>
    </message>
    <message>
        <source>Your favorites are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Tus favoritos están guardados; el {file} anterior se conserva como {aside}.</translation>
    </message>
    <message>
        <source>Your settings are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Tus ajustes están guardados; el {file} anterior se conserva como {aside}.</translation>
    </message>
    <message>
        <source>Your favorites are saved again.</source>
        <translation>Tus favoritos vuelven a estar guardados.</translation>
    </message>
    <message>
        <source>Your settings are saved again.</source>
        <translation>Tus ajustes vuelven a estar guardados.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is moved aside.</source>
        <translation>{file} no se pudo leer ({why}); se aparta.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is.</source>
        <translation>{file} no se pudo leer ({why}); se deja como está.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible.</source>
        <translation>{file} lo escribió una versión más reciente de Psoas Timer (formato {version}); se lee en lo posible.</translation>
    </message>
    <message>
        <source>The file is left as it is until you change one.</source>
        <translation>El archivo se deja como está hasta que cambies uno.</translation>
    </message>
    <message>
        <source>Ignored here.</source>
        <translation>Se ignora aquí.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is.</source>
        <translation>{file} no se pudo leer ({why}) ni apartar; se deja como está.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}); it is read as far as possible and left as it is.</source>
        <translation>{file} lo escribió una versión más reciente de Psoas Timer (formato {version}); se lee en lo posible y se deja como está.</translation>
    </message>
    <message>
        <source>{file} has reminders that cannot be used ({problems}). The file is left as it is until you change a reminder.</source>
        <translation>{file} tiene recordatorios que no se pueden usar ({problems}). El archivo se deja como está hasta que cambies un recordatorio.</translation>
    </message>
    <message>
        <source>Your reminders are saved; the earlier {file} is kept as {aside}.</source>
        <translation>Tus recordatorios están guardados; el {file} anterior se conserva como {aside}.</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}. Starting empty.</source>
        <translation>No se pudo leer {file}: {reason}. Se empieza de cero.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}); it is left as it is and defaults are used.</source>
        <translation>{file} no se pudo leer ({why}); se deja como está y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}) and could not be moved aside; it is left as it is and nothing will be saved to it.</source>
        <translation>{file} no se pudo leer ({why}) ni apartar; se deja como está y no se guardará nada en él.</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}), so it was moved to {aside} and the app started with an empty one.</source>
        <translation>{file} no se pudo leer ({why}), así que se movió a {aside} y la aplicación empezó con uno vacío.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of Psoas Timer (format {version}). It is shown as far as possible, and nothing will be saved to it.</source>
        <translation>{file} lo escribió una versión más reciente de Psoas Timer (formato {version}). Se muestra en lo posible y no se guardará nada en él.</translation>
    </message>
    <message>
        <source>{file} is saved again.</source>
        <translation>{file} vuelve a estar guardado.</translation>
    </message>
    <message>
        <source>Could not create the data folder {folder}: {reason}.</source>
        <translation>No se pudo crear la carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Your routine {name} was changed on two computers at once; the later change is kept, the other as {copy}.</source>
        <translation>Tu rutina {name} se cambió en dos ordenadores a la vez; se conserva el cambio más reciente, y el otro como {copy}.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Keyboard: {keys}</source>
        <translation>Teclado: {keys}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation>Progreso de esta fase</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Reiniciar paso</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>¿Detener la rutina?</translation>
    </message>
    <message>
        <source>Stop now? The {time} you have practised will be saved in your history.</source>
        <translation>¿Detener ahora? Los {time} que has practicado se guardarán en tu historial.</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Paso {step} de {total}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused · {time} · {name}</source>
        <translation>En pausa · {time} · {name}</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Finished, with steps skipped</source>
        <translation>Terminada, con pasos saltados</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes de tiempo</translation>
    </message>
    <message>
        <source>Coming up: {name}</source>
        <translation>A continuación: {name}</translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation>Luego: lado izquierdo</translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation>Luego: lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>{name}, left side next</source>
        <translation>{name}, luego lado izquierdo</translation>
    </message>
    <message>
        <source>{name}, right side next</source>
        <translation>{name}, luego lado derecho</translation>
    </message>
    <message>
        <source>{name}, left side</source>
        <translation>{name}, lado izquierdo</translation>
    </message>
    <message>
        <source>{name}, right side</source>
        <translation>{name}, lado derecho</translation>
    </message>
    <message>
        <source>Get into position: left side</source>
        <translation>Colócate: lado izquierdo</translation>
    </message>
    <message>
        <source>Get into position: right side</source>
        <translation>Colócate: lado derecho</translation>
    </message>
    <message>
        <source>Get into position: left side first</source>
        <translation>Colócate: primero el lado izquierdo</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Colócate</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Después: fin</translation>
    </message>
    <message>
        <source>Next: rest, then {name}</source>
        <translation>Después: descanso y luego {name}</translation>
    </message>
    <message>
        <source>Next: switch sides</source>
        <translation>Después: cambia de lado</translation>
    </message>
    <message>
        <source>Next: {name} (left side)</source>
        <translation>Después: {name} (lado izquierdo)</translation>
    </message>
    <message>
        <source>Next: {name} (right side)</source>
        <translation>Después: {name} (lado derecho)</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Después: {name}</translation>
    </message>
    <message>
        <source>Work: {name}, {time}.</source>
        <translation>Ejercicio: {name}, {time}.</translation>
    </message>
    <message>
        <source>Work: {name}, left side, {time}.</source>
        <translation>Ejercicio: {name}, lado izquierdo, {time}.</translation>
    </message>
    <message>
        <source>Work: {name}, right side, {time}.</source>
        <translation>Ejercicio: {name}, lado derecho, {time}.</translation>
    </message>
    <message>
        <source>Switch sides: left side, {time}.</source>
        <translation>Cambia de lado: lado izquierdo, {time}.</translation>
    </message>
    <message>
        <source>Switch sides: right side, {time}.</source>
        <translation>Cambia de lado: lado derecho, {time}.</translation>
    </message>
    <message>
        <source>Get ready, {time}. Coming up: {name}.</source>
        <translation>Prepárate, {time}. A continuación: {name}.</translation>
    </message>
    <message>
        <source>Rest, {time}. Coming up: {name}.</source>
        <translation>Descanso, {time}. A continuación: {name}.</translation>
    </message>
    <message>
        <source>{time} of practice</source>
        <translation>{time} de práctica</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Guardado en tu historial.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
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
    <message numerus="yes">
        <source>(and %n earlier; hover for all)</source>
        <translation>
            <numerusform>(y %n anterior; pasa el ratón para verlos todos)</numerusform>
            <numerusform>(y %n anteriores; pasa el ratón para verlos todos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped a routine file: {problem} (+%n more problem(s))</source>
        <translation>
            <numerusform>Archivo de rutina omitido: {problem} (+%n problema más)</numerusform>
            <numerusform>Archivo de rutina omitido: {problem} (+%n problemas más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} de %n paso hecho</numerusform>
            <numerusform>{done} de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Less than %n second(s) of practice, so nothing was recorded.</source>
        <translation>
            <numerusform>Menos de %n segundo de práctica, así que no se ha guardado nada.</numerusform>
            <numerusform>Menos de %n segundos de práctica, así que no se ha guardado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to {path}</source>
        <translation>
            <numerusform>%n sesión escrita en {path}</numerusform>
            <numerusform>%n sesiones escritas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history record(s) could not be read ({where}). The first: {reason}.</source>
        <translation>
            <numerusform>%n registro del historial no se pudo leer ({where}). El primero: {reason}.</numerusform>
            <numerusform>%n registros del historial no se pudieron leer ({where}). El primero: {reason}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) that could not be saved when Psoas Timer last closed (kept in {path}): now in your history.</source>
        <translation>
            <numerusform>%n sesión que no se pudo guardar al cerrarse Psoas Timer la última vez (guardada en {path}) ya está en tu historial.</numerusform>
            <numerusform>%n sesiones que no se pudieron guardar al cerrarse Psoas Timer la última vez (guardadas en {path}) ya están en tu historial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your history (%n session(s)) now lives in the {folder} folder, one file per computer, so several computers can share it. The old file is kept as {file}.</source>
        <translation>
            <numerusform>Tu historial (%n sesión) está ahora en la carpeta {folder}, un archivo por ordenador, para que varios ordenadores puedan compartirlo. El archivo antiguo se conserva como {file}.</numerusform>
            <numerusform>Tu historial (%n sesiones) está ahora en la carpeta {folder}, un archivo por ordenador, para que varios ordenadores puedan compartirlo. El archivo antiguo se conserva como {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>{time} each side in this routine</source>
        <translation>{time} por lado en esta rutina</translation>
    </message>
    <message>
        <source>{time} in this routine</source>
        <translation>{time} en esta rutina</translation>
    </message>
    <message>
        <source>done on each side</source>
        <translation>en cada lado</translation>
    </message>
    <message>
        <source>{beats}, {seconds} s each</source>
        <translation>{beats}, {seconds}&#xa0;s cada uno</translation>
    </message>
    <message>
        <source>a held pose</source>
        <translation>postura mantenida</translation>
    </message>
    <message>
        <source>psoas: {effect}</source>
        <translation>psoas: {effect}</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot be read ({got})</source>
        <translation>no se puede leer ({got})</translation>
    </message>
    <message>
        <source>is not a file that can be imported</source>
        <translation>no es un archivo que se pueda importar</translation>
    </message>
    <message>
        <source>is {got} bytes; a routine file may be at most 1 MiB</source>
        <translation>ocupa {got} bytes; un archivo de rutina puede ocupar como máximo 1 MiB</translation>
    </message>
    <message>
        <source>would be {got} bytes; a routine file may be at most 1 MiB</source>
        <translation>ocuparía {got} bytes; un archivo de rutina puede ocupar como máximo 1 MiB</translation>
    </message>
    <message>
        <source>is not UTF-8 text (bad byte at position {got})</source>
        <translation>no es texto UTF-8 (byte no válido en la posición {got})</translation>
    </message>
    <message>
        <source>holds text that is not valid Unicode (an unpaired \ud800-\udfff escape)</source>
        <translation>contiene texto que no es Unicode válido (un escape \ud800-\udfff sin pareja)</translation>
    </message>
    <message>
        <source>is not valid JSON: {got}</source>
        <translation>no es JSON válido: {got}</translation>
    </message>
    <message>
        <source>is nested too deeply to be a routine</source>
        <translation>está anidado a demasiada profundidad para ser una rutina</translation>
    </message>
    <message>
        <source>is not valid JSON: holds a number too long to read</source>
        <translation>no es JSON válido: contiene un número demasiado largo para leerlo</translation>
    </message>
    <message>
        <source>must be a JSON object, got {got}</source>
        <translation>debe ser un objeto JSON; se encontró {got}</translation>
    </message>
    <message>
        <source>must be an object, got {got}</source>
        <translation>debe ser un objeto; se encontró {got}</translation>
    </message>
    <message>
        <source>must be an object with an &quot;exercises&quot; list</source>
        <translation>debe ser un objeto con una lista &quot;exercises&quot;</translation>
    </message>
    <message>
        <source>unknown key {got} (allowed keys: {allowed})</source>
        <translation>clave desconocida {got} (claves permitidas: {allowed})</translation>
    </message>
    <message>
        <source>the key {got} is given more than once; keep one</source>
        <translation>la clave {got} aparece más de una vez; deja solo una</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be 1, got {got}</source>
        <translation>debe ser 1; se encontró {got}</translation>
    </message>
    <message>
        <source>must be text, got {got}</source>
        <translation>debe ser texto; se encontró {got}</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>debe ser una lista de textos</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be at most {high} characters, got {got}</source>
        <translation>debe tener como máximo {high} caracteres; se encontró {got}</translation>
    </message>
    <message>
        <source>must not hold control characters or line breaks, got {got}</source>
        <translation>no puede contener caracteres de control ni saltos de línea; se encontró {got}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {got}</source>
        <translation>debe ser un número entero de {low} a {high}; se encontró {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>debe ser true o false; se encontró {got}</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens, got {got}</source>
        <translation>solo puede tener minúsculas, dígitos y guiones sueltos; se encontró {got}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, got {got}</source>
        <translation>debe ser uno de {allowed}; se encontró {got}</translation>
    </message>
    <message>
        <source>must be a list of steps, got {got}</source>
        <translation>debe ser una lista de pasos; se encontró {got}</translation>
    </message>
    <message>
        <source>must hold {low} to {high} steps, got {got}</source>
        <translation>debe tener de {low} a {high} pasos; se encontró {got}</translation>
    </message>
    <message>
        <source>unknown exercise {got} (valid ids: {allowed})</source>
        <translation>ejercicio desconocido {got} (ids válidos: {allowed})</translation>
    </message>
    <message>
        <source>needs &quot;exercise&quot; (an exercise id) or &quot;name&quot; and &quot;instructions&quot; (a custom step)</source>
        <translation>necesita &quot;exercise&quot; (el id de un ejercicio) o &quot;name&quot; e &quot;instructions&quot; (un paso propio)</translation>
    </message>
    <message>
        <source>must be null or an object with &quot;seconds_per_beat&quot; (0.5 to 60) and &quot;beats&quot;</source>
        <translation>debe ser null o un objeto con &quot;seconds_per_beat&quot; (de 0,5 a 60) y &quot;beats&quot;</translation>
    </message>
    <message>
        <source>must hold one word for each of the movement&apos;s {high} beats, got {got}</source>
        <translation>debe tener una palabra para cada uno de los {high} tiempos del movimiento; se encontró {got}</translation>
    </message>
    <message>
        <source>unknown equipment {got}</source>
        <translation>material desconocido {got}</translation>
    </message>
    <message>
        <source>{got} is used twice</source>
        <translation>{got} aparece dos veces</translation>
    </message>
    <message>
        <source>is already used by another routine</source>
        <translation>ya lo usa otra rutina</translation>
    </message>
    <message>
        <source>is &quot;{got}&quot; but the file is named {allowed}; rename the file to {got}.json</source>
        <translation>es &quot;{got}&quot;, pero el archivo se llama {allowed}; cambia el nombre del archivo a {got}.json</translation>
    </message>
    <message>
        <source>{got} is already a built-in routine; this file was skipped</source>
        <translation>{got} ya es una rutina incluida; se ha omitido este archivo</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>step {number} (&quot;{field}&quot;)</source>
        <translation>paso {number} (&quot;{field}&quot;)</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>paso {number}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
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
        <translation>Activo</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Recordatorio activo</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation>Recordar el {day}</translation>
    </message>
    <message>
        <source>Routine to suggest</source>
        <translation>Rutina que sugerir</translation>
    </message>
    <message>
        <source>{title} ({time})</source>
        <translation>{title} ({time})</translation>
    </message>
    <message>
        <source>(deleted routine {id})</source>
        <translation>(rutina eliminada {id})</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this reminder</source>
        <translation>Quitar este recordatorio</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Reminders and goal</source>
        <translation>Recordatorios y objetivo</translation>
    </message>
    <message>
        <source> minutes a week</source>
        <translation> minutos por semana</translation>
    </message>
    <message>
        <source>Weekly goal in minutes</source>
        <translation>Objetivo semanal en minutos</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>Aim for</source>
        <translation>Proponte</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation>Aún no hay recordatorios.</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <source>Skip a reminder on a day I have already practised</source>
        <translation>Saltar el recordatorio si ese día ya he practicado</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>Start in the tray when I log in</source>
        <translation>Abrir en la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>So that reminders still come; quit from the tray icon</source>
        <translation>Para que sigan llegando los recordatorios; sal desde el icono de la bandeja</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: reminders come while the window is open.</source>
        <translation>Este escritorio no muestra iconos en la bandeja: los recordatorios llegan mientras la ventana está abierta.</translation>
    </message>
    <message>
        <source>Choose at least one day for each reminder.</source>
        <translation>Elige al menos un día para cada recordatorio.</translation>
    </message>
    <message>
        <source>there is no session D-Bus</source>
        <translation>no hay D-Bus de sesión</translation>
    </message>
    <message>
        <source>the notification service answered {signature}, not an id</source>
        <translation>el servicio de notificaciones respondió {signature}, no un identificador</translation>
    </message>
    <message>
        <source>no notification service is running</source>
        <translation>no hay ningún servicio de notificaciones en marcha</translation>
    </message>
    <message>
        <source>the notification service refused ({reason})</source>
        <translation>el servicio de notificaciones se negó ({reason})</translation>
    </message>
    <message>
        <source>Time to stretch</source>
        <translation>Hora de estirar</translation>
    </message>
    <message>
        <source>The routine this reminder suggested is gone; pick one in Psoas Timer.</source>
        <translation>La rutina que sugería este recordatorio ya no existe; elige una en Psoas Timer.</translation>
    </message>
    <message>
        <source>Time for {title}</source>
        <translation>Hora de {title}</translation>
    </message>
    <message>
        <source>{time} on your mat. Start when you are ready.</source>
        <translation>{time} en tu esterilla. Empieza cuando quieras.</translation>
    </message>
    <message>
        <source>{text} (You asked to be reminded again.)</source>
        <translation>{text} (Pediste que te lo recordáramos otra vez.)</translation>
    </message>
    <message>
        <source>Open Psoas Timer</source>
        <translation>Abrir Psoas Timer</translation>
    </message>
    <message>
        <source>Start {title}</source>
        <translation>Empezar {title}</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown beside the tray icon.</source>
        <translation>Las notificaciones del escritorio no están disponibles ({why}), así que los recordatorios aparecen junto al icono de la bandeja.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available ({why}), so reminders are shown in this window.</source>
        <translation>Las notificaciones del escritorio no están disponibles ({why}), así que los recordatorios aparecen en esta ventana.</translation>
    </message>
    <message>
        <source>Click here to start, or choose Later in the tray menu.</source>
        <translation>Haz clic aquí para empezar o elige «Más tarde» en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Reminder: {title}.</source>
        <translation>Recordatorio: {title}.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Entre semana</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Fines de semana</translation>
    </message>
    <message>
        <source>No days</source>
        <translation>Ningún día</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>Built-in routine</source>
        <translation>Rutina incluida</translation>
    </message>
    <message>
        <source>Built-in routines are read-only. Duplicate it to make a version of your own.</source>
        <translation>Las rutinas incluidas son de solo lectura. Duplícala para hacer tu propia versión.</translation>
    </message>
    <message>
        <source>Could not delete the routine</source>
        <translation>No se pudo eliminar la rutina</translation>
    </message>
    <message>
        <source>This routine cannot be imported</source>
        <translation>Esta rutina no se puede importar</translation>
    </message>
    <message>
        <source>Could not import the routine</source>
        <translation>No se pudo importar la rutina</translation>
    </message>
    <message>
        <source>“{title}” is now in your routines, chosen and ready.</source>
        <translation>«{title}» ya está en tus rutinas, seleccionada y lista.</translation>
    </message>
    <message>
        <source>A routine with the id “{old}” already exists, so this one was saved as “{new}”.</source>
        <translation>Ya existe una rutina con el identificador «{old}», así que esta se guardó como «{new}».</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Rutina importada</translation>
    </message>
    <message>
        <source>Could not export the routine</source>
        <translation>No se pudo exportar la rutina</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>No se pudo guardar la rutina</translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation>¿Eliminar la rutina?</translation>
    </message>
    <message>
        <source>Delete “{title}”? Your history of it is kept.</source>
        <translation>¿Eliminar «{title}»? Tu historial con ella se conserva.</translation>
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
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Archivos de rutina (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
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
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mute all cues (M in the player)</source>
        <translation>Silenciar todas las señales (M durante la rutina)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Speak the exercise, side and what comes next</source>
        <translation>Decir en voz alta el ejercicio, el lado y lo que viene</translation>
    </message>
    <message>
        <source>Voice announcements</source>
        <translation>Indicaciones por voz</translation>
    </message>
    <message>
        <source>A gentle beat for each movement of rhythmic exercises</source>
        <translation>Un pulso suave para cada movimiento de los ejercicios rítmicos</translation>
    </message>
    <message>
        <source>Movement beats</source>
        <translation>Pulsos de movimiento</translation>
    </message>
    <message>
        <source>Sound is off.</source>
        <translation>El sonido está desactivado.</translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng is not installed.</source>
        <translation>Indicaciones por voz no disponibles: espeak-ng no está instalado.</translation>
    </message>
    <message>
        <source>Voice is on.</source>
        <translation>Las indicaciones por voz están activadas.</translation>
    </message>
    <message>
        <source>This computer has no voice for your language, so the cues are tones only.</source>
        <translation>Este equipo no tiene una voz en español, así que en lugar de indicaciones por voz solo sonarán tonos.</translation>
    </message>
    <message>
        <source>Voice is unavailable: espeak-ng could not render speech.</source>
        <translation>Indicaciones por voz no disponibles: espeak-ng no pudo generar la voz.</translation>
    </message>
    <message>
        <source>Sound is unavailable: no audio device was found.</source>
        <translation>Sonido no disponible: no se encontró ningún dispositivo de audio.</translation>
    </message>
    <message>
        <source>Sound is unavailable: pygame is not installed.</source>
        <translation>Sonido no disponible: pygame no está instalado.</translation>
    </message>
    <message>
        <source>Sound is on.</source>
        <translation>El sonido está activado.</translation>
    </message>
    <message>
        <source>Sound stopped: the audio device is no longer available.</source>
        <translation>El sonido se detuvo: el dispositivo de audio ya no está disponible.</translation>
    </message>
    <message>
        <source>Sound is unavailable: the audio library failed to start.</source>
        <translation>Sonido no disponible: la biblioteca de audio no pudo iniciarse.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>No favourites yet: star a routine to start it from here</source>
        <translation>Aún no hay favoritos: marca una rutina para empezarla desde aquí</translation>
    </message>
    <message>
        <source>Get ready for {name}: {time}</source>
        <translation>Prepárate para {name}: {time}</translation>
    </message>
    <message>
        <source>Rest, then {name}: {time}</source>
        <translation>Descanso y luego {name}: {time}</translation>
    </message>
    <message>
        <source>{name}: {time}</source>
        <translation>{name}: {time}</translation>
    </message>
    <message>
        <source>{name}: {time} left</source>
        <translation>{name}: quedan {time}</translation>
    </message>
    <message>
        <source>{line} (paused)</source>
        <translation>{line} (en pausa)</translation>
    </message>
    <message>
        <source>Step {step} of {total}</source>
        <translation>Paso {step} de {total}</translation>
    </message>
    <message>
        <source>Show Psoas Timer</source>
        <translation>Mostrar Psoas Timer</translation>
    </message>
    <message>
        <source>{reminder}: remind me in 10 minutes</source>
        <translation>{reminder}: recuérdamelo en 10 minutos</translation>
    </message>
    <message>
        <source>Resume {title}</source>
        <translation>Reanudar {title}</translation>
    </message>
    <message>
        <source>Pause {title}</source>
        <translation>Pausar {title}</translation>
    </message>
    <message>
        <source>Start {title} ({time})</source>
        <translation>Empezar {title} ({time})</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
</TS>
