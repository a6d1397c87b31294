<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>Call Studio designs click-to-call website widgets.

With no verb it opens the designer (on FILE if given).
Verbs:
  validate FILE...      check design files; exit 0 clean, 1 problems, 2 unreadable
  export FILE [-o OUT]  write the canonical widget config (refused when errors exist)
  new [-o FILE]         write a starter design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callstudio::MainWindow</name>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The live preview of the widget will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States and blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States &amp;&amp; blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
