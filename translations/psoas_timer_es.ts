<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
</TS>
