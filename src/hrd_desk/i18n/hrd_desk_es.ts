<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Column</name>
        <message>
            <source>Defender</source>
            <translation>Defensor/a</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Last incident</source>
            <translation>Último incidente</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>Incidentes abiertos</translation>
        </message>
        <message>
            <source>Severity (90 days)</source>
            <translation>Gravedad (90 días)</translation>
        </message>
        <message>
            <source>Active case</source>
            <translation>Caso activo</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Estado del caso</translation>
        </message>
    </context>
    <context>
        <name>DefenderView</name>
        <message>
            <source>Dossier PDF</source>
            <translation>Dossier PDF</translation>
        </message>
        <message>
            <source>This defender's dossier as PDF, for an office, a partner or the public (what each may see: docs/sharing.md)</source>
            <translation>El dossier de este defensor en PDF, para una oficina, un socio o el público (lo que cada uno puede ver: docs/sharing.md)</translation>
        </message>
        <message>
            <source>For a programme office…</source>
            <translation>Para una oficina del programa…</translation>
        </message>
        <message>
            <source>For a partner organisation…</source>
            <translation>Para una organización socia…</translation>
        </message>
        <message>
            <source>For the public…</source>
            <translation>Para el público…</translation>
        </message>
        <message>
            <source>The dossier will hold this defender's profile, incidents and stays in full, names and places included, for a programme office.</source>
            <translation>El dossier contendrá el perfil, los incidentes y las estancias de este defensor completos, nombres y lugares incluidos, para una oficina del programa.</translation>
        </message>
        <message>
            <source>The dossier will hold what a partner organisation may see: the codename instead of the name, countries instead of places, no contact details, addresses or host cities.</source>
            <translation>El dossier contendrá lo que una organización socia puede ver: el nombre en clave en lugar del nombre, países en lugar de lugares, sin datos de contacto, direcciones ni ciudades de acogida.</translation>
        </message>
        <message>
            <source>The dossier will hold what may be published, if the defender's consent allows it: as for a partner, with dates as months.</source>
            <translation>El dossier contendrá lo que puede publicarse, si el consentimiento del defensor lo permite: como para un socio, con las fechas reducidas al mes.</translation>
        </message>
        <message>
            <source>It is not encrypted, and hrd-desk keeps no copy: save it only where it is safe.</source>
            <translation>No está cifrado y hrd-desk no guarda copia: guárdelo solo en un lugar seguro.</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummaries</name>
        <message>
            <source>Not every part of this bundle is here (%1). Put all the parts in the same folder, then choose any one of them again.

Nothing in this vault was changed.</source>
            <translation>No están todas las partes de este paquete (%1). Ponga todas las partes en la misma carpeta y vuelva a elegir una cualquiera de ellas.

No se cambió nada en esta bóveda.</translation>
        </message>
        <message>
            <source>Written in %1 parts: %2</source>
            <translation>Escrito en %1 partes: %2</translation>
        </message>
        <message>
            <source>Carry every part. Your colleague imports any one of them once all are in the same folder.</source>
            <translation>Lleve todas las partes. Su colega importa cualquiera de ellas cuando todas estén en la misma carpeta.</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Split into parts</source>
            <translation>Dividir en partes</translation>
        </message>
        <message>
            <source>No split: one file</source>
            <translation>Sin dividir: un solo archivo</translation>
        </message>
        <message>
            <source>Mail with a 25 MB limit: parts of 18 MB</source>
            <translation>Correo con límite de 25 MB: partes de 18 MB</translation>
        </message>
        <message>
            <source>Mail with a 10 MB limit: parts of 7 MB</source>
            <translation>Correo con límite de 10 MB: partes de 7 MB</translation>
        </message>
        <message>
            <source>USB stick formatted FAT32: parts under 4 GB</source>
            <translation>Memoria USB en FAT32: partes de menos de 4 GB</translation>
        </message>
        <message>
            <source>A larger bundle is written as several files (NAME.part1of3 and so on). Carry every part: the colleague imports any one of them once all are in the same folder.</source>
            <translation>Un paquete más grande se escribe en varios archivos (NOMBRE.part1of3, etc.). Lleve todas las partes: el colega importa cualquiera de ellas cuando todas estén en la misma carpeta.</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>A bundle that came in several parts (NAME.part1of3 and so on): put every part in one folder and choose any one of them.</source>
            <translation>Un paquete que llegó en varias partes (NOMBRE.part1of3, etc.): ponga todas las partes en una carpeta y elija una cualquiera de ellas.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Log incident…</source>
            <translation>Registrar incidente…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Panic: lock and minimise</source>
            <translation>Pánico: bloquear y minimizar</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Configuración…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Check vault integrity…</source>
            <translation>Comprobar la integridad de la bóveda…</translation>
        </message>
        <message>
            <source>Security…</source>
            <translation>Seguridad…</translation>
        </message>
        <message>
            <source>Audit trail…</source>
            <translation>Registro de auditoría…</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>Borrado de emergencia…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>About hrd-desk</source>
            <translation>Acerca de hrd-desk</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;Bóveda</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>No defenders to show. Add one with “New defender…”.</source>
            <translation>No hay defensores que mostrar. Añada uno con «Nuevo defensor…».</translation>
        </message>
        <message>
            <source>New defender…</source>
            <translation>Nuevo defensor…</translation>
        </message>
        <message>
            <source>Add a defender</source>
            <translation>Añadir un defensor</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the selected defender's page (Enter)</source>
            <translation>Abrir la página del defensor seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Move the selected defender to Deleted</source>
            <translation>Mover el defensor seleccionado a Eliminados</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtrar</translation>
        </message>
        <message>
            <source>Name or codename</source>
            <translation>Nombre o nombre en clave</translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defensor</numerusform>
                <numerusform>%n defensores</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Choose where…</source>
            <translation>Elegir dónde…</translation>
        </message>
        <message>
            <source>Nothing was written: %1</source>
            <translation>No se escribió nada: %1</translation>
        </message>
        <message>
            <source>Saved. The file is not encrypted.</source>
            <translation>Guardado. El archivo no está cifrado.</translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Defenders</source>
            <translation>Defensores</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Threat log</source>
            <translation>Registro de amenazas</translation>
        </message>
        <message>
            <source>Relocations</source>
            <translation>Reubicaciones</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Formaciones</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Estadísticas</translation>
        </message>
        <message>
            <source>This part of hrd-desk is not available in this version yet.</source>
            <translation>Esta parte de hrd-desk aún no está disponible en esta versión.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminados</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>Como el sistema ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Bloquear tras estos minutos de inactividad</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>Bloquear tras inactividad</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Tema de colores</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Settings are kept on this computer outside the vault, so they never hold anything about your records.</source>
            <translation>La configuración se guarda en este equipo fuera de la bóveda, así que nunca contiene nada de sus registros.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Search everything</source>
            <translation>Buscar en todo</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender</source>
            <translation>Registrar un incidente para el defensor seleccionado</translation>
        </message>
        <message>
            <source>Today: what needs attention (the start screen)</source>
            <translation>Hoy: lo que requiere atención (la pantalla de inicio)</translation>
        </message>
        <message>
            <source>Go to a section (Ctrl+1 shows the list of defenders)</source>
            <translation>Ir a una sección (Ctrl+1 muestra la lista de defensores)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Show or hide every hidden value in a form or on a page</source>
            <translation>Mostrar u ocultar todos los valores ocultos de un formulario o una página</translation>
        </message>
        <message>
            <source>Save a form; record a check-in as done</source>
            <translation>Guardar un formulario; marcar un contacto de seguimiento como hecho</translation>
        </message>
        <message>
            <source>Tasks: mark the selected task done</source>
            <translation>Tareas: marcar como hecha la tarea seleccionada</translation>
        </message>
        <message>
            <source>Close a form; back to the list from a defender's page</source>
            <translation>Cerrar un formulario; volver a la lista desde la página de un defensor</translation>
        </message>
        <message>
            <source>Lock the vault</source>
            <translation>Bloquear la bóveda</translation>
        </message>
        <message>
            <source>Panic: lock and minimise at once</source>
            <translation>Pánico: bloquear y minimizar al instante</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Quit (locks first)</source>
            <translation>Salir (bloquea primero)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Qué hacen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>%1 in the 90 before</source>
            <translation>%1 en los 90 anteriores</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>gravedad %1</translation>
        </message>
        <message>
            <source>, was %1</source>
            <translation>, era %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Open the selected line's record (Enter)</source>
            <translation>Abrir el registro de la línea seleccionada (Intro)</translation>
        </message>
        <message>
            <source>What needs attention: overdue first (a missed check-in stays until someone records a contact), then today and the next seven days. Enter opens a line.</source>
            <translation>Lo que requiere atención: primero lo atrasado (un contacto de seguimiento perdido permanece hasta que alguien registre un contacto), luego hoy y los próximos siete días. Intro abre una línea.</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Lo que requiere atención</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Nada atrasado.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Nada pendiente hoy.</translation>
        </message>
        <message>
            <source>Next 7 days</source>
            <translation>Próximos 7 días</translation>
        </message>
        <message>
            <source>Nothing due in the next seven days.</source>
            <translation>Nada pendiente en los próximos siete días.</translation>
        </message>
        <message>
            <source>Threats escalating (last 30 days against the 90 before)</source>
            <translation>Amenazas en aumento (últimos 30 días frente a los 90 anteriores)</translation>
        </message>
        <message>
            <source>No defender's threats are escalating.</source>
            <translation>Las amenazas de ningún defensor están en aumento.</translation>
        </message>
        <message>
            <source>Open incidents by category</source>
            <translation>Incidentes abiertos por categoría</translation>
        </message>
        <message>
            <source>No open incidents.</source>
            <translation>No hay incidentes abiertos.</translation>
        </message>
        <message>
            <source>Stays in progress</source>
            <translation>Estancias en curso</translation>
        </message>
        <message>
            <source>%1, in stay since %2</source>
            <translation>%1, en estancia desde el %2</translation>
        </message>
        <message>
            <source>No stay in progress.</source>
            <translation>Ninguna estancia en curso.</translation>
        </message>
        <message>
            <source>Enter opens it</source>
            <translation>Intro lo abre</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) in the last 30 days</source>
            <translation>
                <numerusform>%n incidente en los últimos 30 días</numerusform>
                <numerusform>%n incidentes en los últimos 30 días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>hasta el %1 (queda %n día)</numerusform>
                <numerusform>hasta el %1 (quedan %n días)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Perpetrator type</source>
            <translation>Tipo de perpetrador</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>Ámbito de trabajo</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>Incidents counted once each, in the period that holds their whole date; a date that fits no single period (a year-only date counted by month) is counted as imprecise. Only defenders whose consent allows statistics are counted.</source>
            <translation>Cada incidente se cuenta una vez, en el periodo que contiene toda su fecha; una fecha que no cabe en un solo periodo (solo un año, contado por mes) se cuenta como imprecisa. Solo se cuentan los defensores cuyo consentimiento permite estadísticas.</translation>
        </message>
        <message>
            <source>e.g. 2024 or 2024-01</source>
            <translation>p. ej. 2024 o 2024-01</translation>
        </message>
        <message>
            <source>e.g. 2024-12</source>
            <translation>p. ej. 2024-12</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(nada)</translation>
        </message>
        <message>
            <source>Every programme</source>
            <translation>Todos los programas</translation>
        </message>
        <message>
            <source>Every defender (inside the office only: no export)</source>
            <translation>Todos los defensores (solo dentro de la oficina: sin exportar)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <source>Then by</source>
            <translation>Luego por</translation>
        </message>
        <message>
            <source>Chart of the counts</source>
            <translation>Gráfico de los recuentos</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Recuentos</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total: %1</translation>
        </message>
        <message>
            <source>Imprecise: %1</source>
            <translation>Imprecisos: %1</translation>
        </message>
        <message>
            <source>Not counted (consent): %1</source>
            <translation>No contados (consentimiento): %1</translation>
        </message>
        <message>
            <source>Every defender counted: not for use outside the office</source>
            <translation>Todos los defensores contados: no usar fuera de la oficina</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Exportar estadísticas</translation>
        </message>
        <message>
            <source>The file will hold incident counts (no names, no descriptions) of defenders whose consent allows statistics. It is not encrypted, and hrd-desk keeps no copy: save it only where it may be read.</source>
            <translation>El archivo contendrá recuentos de incidentes (sin nombres ni descripciones) de los defensores cuyo consentimiento permite estadísticas. No está cifrado y hrd-desk no guarda copia: guárdelo solo donde pueda leerse.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <source>Show or hide the passphrase as you type</source>
            <translation>Mostrar u ocultar la frase de contraseña al escribir</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Unlock your vault</source>
            <translation>Desbloquee su bóveda</translation>
        </message>
        <message>
            <source>Enter the passphrase, or the recovery code if the vault has one.</source>
            <translation>Escriba la frase de contraseña, o el código de recuperación si la bóveda tiene uno.</translation>
        </message>
        <message>
            <source>Passphrase or recovery code</source>
            <translation>Frase de contraseña o código de recuperación</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>Borrado de emergencia…</translation>
        </message>
        <message>
            <source>Emergency wipe</source>
            <translation>Borrado de emergencia</translation>
        </message>
        <message>
            <source>Destroy this vault for good (asks first)</source>
            <translation>Destruir esta bóveda para siempre (pregunta antes)</translation>
        </message>
        <message>
            <source>Use recovery shares…</source>
            <translation>Usar partes de recuperación…</translation>
        </message>
        <message>
            <source>Use recovery shares</source>
            <translation>Usar partes de recuperación</translation>
        </message>
        <message>
            <source>Open the vault with enough shares of its recovery code</source>
            <translation>Abrir la bóveda con suficientes partes de su código de recuperación</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Opening the vault. This takes a second or two.</source>
            <translation>Abriendo la bóveda. Tarda uno o dos segundos.</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Physical harassment and direct threats</source>
            <translation>Acoso físico y amenazas directas</translation>
        </message>
        <message>
            <source>Digital surveillance and online threats</source>
            <translation>Vigilancia digital y amenazas en línea</translation>
        </message>
        <message>
            <source>Threats to family members</source>
            <translation>Amenazas a familiares</translation>
        </message>
        <message>
            <source>Phone surveillance and SMS threats</source>
            <translation>Vigilancia telefónica y amenazas por SMS</translation>
        </message>
        <message>
            <source>Obstruction through laws and courts</source>
            <translation>Obstrucción mediante leyes y tribunales</translation>
        </message>
        <message>
            <source>Defamation and stigmatisation</source>
            <translation>Difamación y estigmatización</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Recepción</translation>
        </message>
        <message>
            <source>Assessing</source>
            <translation>En evaluación</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>State security forces</source>
            <translation>Fuerzas de seguridad del Estado</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Policía</translation>
        </message>
        <message>
            <source>Judiciary</source>
            <translation>Poder judicial</translation>
        </message>
        <message>
            <source>Other state officials</source>
            <translation>Otros funcionarios del Estado</translation>
        </message>
        <message>
            <source>Pro-government groups</source>
            <translation>Grupos progubernamentales</translation>
        </message>
        <message>
            <source>Non-state armed groups</source>
            <translation>Grupos armados no estatales</translation>
        </message>
        <message>
            <source>Corporations or their security</source>
            <translation>Empresas o su seguridad</translation>
        </message>
        <message>
            <source>Private individuals</source>
            <translation>Particulares</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Land and environment</source>
            <translation>Tierra y medio ambiente</translation>
        </message>
        <message>
            <source>Journalism and media</source>
            <translation>Periodismo y medios</translation>
        </message>
        <message>
            <source>LGBTI rights</source>
            <translation>Derechos LGBTI</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>Derechos de las mujeres</translation>
        </message>
        <message>
            <source>Labour rights</source>
            <translation>Derechos laborales</translation>
        </message>
        <message>
            <source>Indigenous rights</source>
            <translation>Derechos indígenas</translation>
        </message>
        <message>
            <source>Anti-corruption</source>
            <translation>Anticorrupción</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Asistencia jurídica</translation>
        </message>
        <message>
            <source>Civil and political rights</source>
            <translation>Derechos civiles y políticos</translation>
        </message>
        <message>
            <source>Police accountability</source>
            <translation>Rendición de cuentas policial</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Documentación</translation>
        </message>
        <message>
            <source>Relocation</source>
            <translation>Reubicación</translation>
        </message>
        <message>
            <source>Training course</source>
            <translation>Curso de formación</translation>
        </message>
        <message>
            <source>Emergency support</source>
            <translation>Apoyo de emergencia</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Incidencia</translation>
        </message>
        <message>
            <source>UN mechanism</source>
            <translation>Mecanismo de la ONU</translation>
        </message>
        <message>
            <source>Embassy</source>
            <translation>Embajada</translation>
        </message>
        <message>
            <source>National human rights institution</source>
            <translation>Institución nacional de derechos humanos</translation>
        </message>
        <message>
            <source>Police oversight body</source>
            <translation>Órgano de control policial</translation>
        </message>
        <message>
            <source>Courts</source>
            <translation>Tribunales</translation>
        </message>
        <message>
            <source>Regional mechanism (such as the African Commission)</source>
            <translation>Mecanismo regional (como la Comisión Africana)</translation>
        </message>
        <message>
            <source>Protection NGO</source>
            <translation>ONG de protección</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medios de comunicación</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Names, places, descriptions (Ctrl+F)</source>
            <translation>Nombres, lugares, descripciones (Ctrl+F)</translation>
        </message>
        <message>
            <source>Results appear as you type; Enter goes to them, Escape empties the field</source>
            <translation>Los resultados aparecen al escribir; Intro lleva a ellos, Escape vacía el campo</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Buscar en todo</translation>
        </message>
        <message>
            <source>Log incident</source>
            <translation>Registrar incidente</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender (Ctrl+N)</source>
            <translation>Registrar un incidente para el defensor seleccionado (Ctrl+N)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Bloquear la bóveda ahora (Ctrl+L)</translation>
        </message>
    </context>
</TS>
