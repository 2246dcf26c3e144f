<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
</TS>
