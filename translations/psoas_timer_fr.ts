<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Change the language?</source>
        <translation>Changer de langue ?</translation>
    </message>
    <message>
        <source>Psoas Timer will be in {language} from its next start. Restart it now? A routine under way is saved first.</source>
        <translation>Psoas Timer sera en {language} au prochain démarrage. Redémarrer maintenant ? Une séance en cours est d’abord enregistrée.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
</context>
</TS>
