<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Page</name>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defender</numerusform>
                <numerusform>%n defenders</numerusform>
            </translation>
        </message>
    </context>
</TS>
