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
        <name>Field</name>
        <message>
            <source>Display name</source>
            <translation>Nombre de uso</translation>
        </message>
        <message>
            <source>Codename</source>
            <translation>Nombre en clave</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Datos de contacto</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>Ámbito de trabajo</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Consentimiento dado el</translation>
        </message>
        <message>
            <source>Consent given how</source>
            <translation>Forma del consentimiento</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Defensor/a</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Abierto el</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado el</translation>
        </message>
        <message>
            <source>Assigned caseworker</source>
            <translation>Responsable del caso</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Defensores</translation>
        </message>
        <message>
            <source>Primary category</source>
            <translation>Categoría principal</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Fecha de los hechos</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Further categories</source>
            <translation>Otras categorías</translation>
        </message>
        <message>
            <source>Sub-type</source>
            <translation>Subtipo</translation>
        </message>
        <message>
            <source>Targeted related people</source>
            <translation>Allegados afectados</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>When reported</source>
            <translation>Fecha del aviso</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Perpetrator type</source>
            <translation>Tipo de autor</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>Medidas tomadas</translation>
        </message>
        <message>
            <source>Reported to</source>
            <translation>Denunciado ante</translation>
        </message>
        <message>
            <source>Relocation case</source>
            <translation>Caso de reubicación</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ciudad de acogida</translation>
        </message>
        <message>
            <source>Planned arrival</source>
            <translation>Llegada prevista</translation>
        </message>
        <message>
            <source>Planned departure</source>
            <translation>Salida prevista</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegada el</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Salida el</translation>
        </message>
        <message>
            <source>Stay status</source>
            <translation>Estado de la estancia</translation>
        </message>
        <message>
            <source>Visa and travel status</source>
            <translation>Visado y viaje</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>Vencimiento del visado</translation>
        </message>
        <message>
            <source>Accompanying person</source>
            <translation>Acompañante</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Alojamiento</translation>
        </message>
        <message>
            <source>Activities during the stay</source>
            <translation>Actividades durante la estancia</translation>
        </message>
        <message>
            <source>Return plan</source>
            <translation>Plan de regreso</translation>
        </message>
        <message>
            <source>Follow-up after return</source>
            <translation>Seguimiento tras el regreso</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Estancia</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
    </context>
    <context>
        <name>ImportBatches</name>
        <message>
            <source>Import %1, %2: %3 (%4 live, %5 deleted)</source>
            <translation>Importación %1, %2: %3 (activos: %4, eliminados: %5)</translation>
        </message>
        <message>
            <source>Spreadsheet imports</source>
            <translation>Importaciones de hojas de cálculo</translation>
        </message>
        <message>
            <source>Each import can be undone as a whole: its records move to the Deleted view, where they can be restored or purged. Records you changed since are undone too.</source>
            <translation>Cada importación puede deshacerse por completo: sus registros pasan a la vista Eliminados, donde pueden restaurarse o purgarse. También se deshacen los registros que haya modificado después.</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation>Deshacer esta importación…</translation>
        </message>
        <message>
            <source>Undo the chosen import</source>
            <translation>Deshacer la importación elegida</translation>
        </message>
        <message>
            <source>Restore this import</source>
            <translation>Restaurar esta importación</translation>
        </message>
        <message>
            <source>Restore the chosen import</source>
            <translation>Restaurar la importación elegida</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>No spreadsheet has been imported into this vault.</source>
            <translation>No se ha importado ninguna hoja de cálculo en esta bóveda.</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>No se hizo: %1</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Deshacer la importación</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) moved to the Deleted view.</source>
            <translation>
                <numerusform>%n registro movido a Eliminados.</numerusform>
                <numerusform>%n registros movidos a Eliminados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) restored.</source>
            <translation>
                <numerusform>%n registro restaurado.</numerusform>
                <numerusform>%n registros restaurados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move the %n live record(s) of import %1 to the Deleted view?</source>
            <translation>
                <numerusform>¿Mover el registro activo de la importación %1 a Eliminados?</numerusform>
                <numerusform>¿Mover los %n registros activos de la importación %1 a Eliminados?</numerusform>
            </translation>
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
            <source>Import from a spreadsheet…</source>
            <translation>Importar desde una hoja de cálculo…</translation>
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
        <message>
            <source>Spreadsheet imports…</source>
            <translation>Importaciones de hojas de cálculo…</translation>
        </message>
        <message>
            <source>Undo a spreadsheet import as a whole, or bring it back</source>
            <translation>Deshacer por completo una importación de hoja de cálculo, o recuperarla</translation>
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
        <name>Progress</name>
        <message>
            <source>Working…</source>
            <translation>En curso…</translation>
        </message>
        <message>
            <source>%1 %v of %m</source>
            <translation>%1 %v de %m</translation>
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
        <name>SheetImport</name>
        <message>
            <source>1. Choose the file</source>
            <translation>1. Elegir el archivo</translation>
        </message>
        <message>
            <source>2. Match the columns</source>
            <translation>2. Asignar las columnas</translation>
        </message>
        <message>
            <source>3. Check every row</source>
            <translation>3. Comprobar cada fila</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Defensores</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>Allegados</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Incidents (threat log)</source>
            <translation>Incidentes (registro de amenazas)</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Estancias</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>%1 is still on this computer, unencrypted: anyone who searches this computer can read it. Overwrite and delete it now? (Best effort: on an SSD, or with backups or cloud sync, copies may remain.)</source>
            <translation>%1 sigue en este equipo, sin cifrar: cualquiera que registre este equipo puede leerlo. ¿Sobrescribirlo y eliminarlo ahora? (En la medida de lo posible: en un SSD, o con copias de seguridad o sincronización en la nube, pueden quedar copias.)</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>Importar desde una hoja de cálculo</translation>
        </message>
        <message>
            <source>Progress of the import</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Paso siguiente</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Comprobadas:</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importadas:</translation>
        </message>
        <message>
            <source>Bring records in from a CSV or Excel (.xlsx) file. Nothing is written until every row has been checked; then all rows come in together, or none.</source>
            <translation>Incorpore registros desde un archivo CSV o Excel (.xlsx). No se escribe nada hasta que se hayan comprobado todas las filas; después entran todas juntas, o ninguna.</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Archivo de hoja de cálculo</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>El archivo que se importará</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Elegir el archivo</translation>
        </message>
        <message>
            <source>Each row is one of:</source>
            <translation>Cada fila es:</translation>
        </message>
        <message>
            <source>What each row is</source>
            <translation>Qué es cada fila</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Worksheet:</source>
            <translation>Hoja:</translation>
        </message>
        <message>
            <source>Dates written like 03/04/2024 are:</source>
            <translation>Las fechas escritas como 03/04/2024 están:</translation>
        </message>
        <message>
            <source>as the file shows (asked if it cannot tell)</source>
            <translation>como indique el archivo (se pregunta si no se puede saber)</translation>
        </message>
        <message>
            <source>day first (15/03/2024)</source>
            <translation>día primero (15/03/2024)</translation>
        </message>
        <message>
            <source>month first (03/15/2024)</source>
            <translation>mes primero (03/15/2024)</translation>
        </message>
        <message>
            <source>Preview of the first rows, with the field of each column</source>
            <translation>Vista previa de las primeras filas, con el campo de cada columna</translation>
        </message>
        <message>
            <source>The accents and letters above read correctly: import this file as Windows-1252.</source>
            <translation>Los acentos y las letras de arriba se leen bien: importar este archivo como Windows-1252.</translation>
        </message>
        <message>
            <source>Confirm the Windows-1252 reading</source>
            <translation>Confirmar la lectura como Windows-1252</translation>
        </message>
        <message>
            <source>What was found in the file</source>
            <translation>Lo que se encontró en el archivo</translation>
        </message>
        <message>
            <source>Leave out the rows that look like existing records</source>
            <translation>Omitir las filas que parecen registros existentes</translation>
        </message>
        <message>
            <source>Overwrite and delete the file…</source>
            <translation>Sobrescribir y eliminar el archivo…</translation>
        </message>
        <message>
            <source>Overwrite and delete the spreadsheet file</source>
            <translation>Sobrescribir y eliminar el archivo de hoja de cálculo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Elegir la hoja de cálculo</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>Hojas de cálculo (*.csv *.xlsx *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>La importación se detuvo: %1</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Elija primero un archivo.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Field for column %1</source>
            <translation>Campo de la columna %1</translation>
        </message>
        <message>
            <source>— not a field: choose one, or Ignore —</source>
            <translation>— ningún campo: elija uno, o Ignorar —</translation>
        </message>
        <message>
            <source>Ignore this column</source>
            <translation>Ignorar esta columna</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatorio)</translation>
        </message>
        <message>
            <source>%1, separated by %2</source>
            <translation>%1, separado por %2</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulador</translation>
        </message>
        <message>
            <source>Read as %1.</source>
            <translation>Leído como %1.</translation>
        </message>
        <message>
            <source>Headings on row %1.</source>
            <translation>Encabezados en la fila %1.</translation>
        </message>
        <message>
            <source>Slashed dates are read day first.</source>
            <translation>Las fechas con barras se leen con el día primero.</translation>
        </message>
        <message>
            <source>Slashed dates are read month first.</source>
            <translation>Las fechas con barras se leen con el mes primero.</translation>
        </message>
        <message>
            <source>This file is not UTF-8: it was read as Windows-1252 (what Excel on Windows saves). Look at the accents in the rows above.</source>
            <translation>Este archivo no está en UTF-8: se leyó como Windows-1252 (lo que guarda Excel en Windows). Revise los acentos en las filas de arriba.</translation>
        </message>
        <message>
            <source>Some dates read both ways (03/04/2024): go Back and say whether the day or the month comes first.</source>
            <translation>Algunas fechas se leen de las dos maneras (03/04/2024): vuelva Atrás e indique si va primero el día o el mes.</translation>
        </message>
        <message>
            <source>This file is not UTF-8: tick the box below if the accents in the rows above read correctly.</source>
            <translation>Este archivo no está en UTF-8: marque la casilla de abajo si los acentos de las filas de arriba se leen bien.</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>fila %1: %2</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Importación terminada: %1.</translation>
        </message>
        <message>
            <source>They can be found in their lists and searched as usual.</source>
            <translation>Están en sus listas y se pueden buscar como siempre.</translation>
        </message>
        <message>
            <source>Overwrite and delete the file</source>
            <translation>Sobrescribir y eliminar el archivo</translation>
        </message>
        <message>
            <source>Overwrite %1 and delete it? This cannot be undone.</source>
            <translation>¿Sobrescribir %1 y eliminarlo? No se puede deshacer.</translation>
        </message>
        <message>
            <source>%1 was overwritten and deleted (copies elsewhere, backups and, on an SSD, old blocks may remain).</source>
            <translation>%1 se sobrescribió y se eliminó (pueden quedar copias en otros lugares, copias de seguridad y, en un SSD, bloques antiguos).</translation>
        </message>
        <message>
            <source>%1 could not be deleted: delete it yourself.</source>
            <translation>No se pudo eliminar %1: elimínelo usted.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n registro</numerusform>
                <numerusform>%n registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defensor/a</numerusform>
                <numerusform>%n defensores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n related person(s)</source>
            <translation>
                <numerusform>%n allegado</numerusform>
                <numerusform>%n allegados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n caso</numerusform>
                <numerusform>%n casos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incidente</numerusform>
                <numerusform>%n incidentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>%n estancia</numerusform>
                <numerusform>%n estancias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n tarea</numerusform>
                <numerusform>%n tareas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Check that each column goes to the right field; the first %n row(s) are shown as they will be read.</source>
            <translation>
                <numerusform>Compruebe que cada columna va al campo correcto; la primera fila se muestra tal como se leerá.</numerusform>
                <numerusform>Compruebe que cada columna va al campo correcto; las primeras %n filas se muestran tal como se leerán.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file cannot be imported as it is: %n problem(s) (nothing was changed). Correct them in the spreadsheet, or go Back and change how columns are matched.</source>
            <translation>
                <numerusform>El archivo no se puede importar tal como está: %n problema (no se cambió nada). Corríjalo en la hoja de cálculo, o vuelva Atrás y cambie cómo se asignan las columnas.</numerusform>
                <numerusform>El archivo no se puede importar tal como está: %n problemas (no se cambió nada). Corríjalos en la hoja de cálculo, o vuelva Atrás y cambie cómo se asignan las columnas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are fine. To be created, in one step: %1.</source>
            <translation>
                <numerusform>La fila está bien. Se creará, en un solo paso: %1.</numerusform>
                <numerusform>Las %n filas están bien. Se crearán, en un solo paso: %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) look like records you already have; they are imported as new records unless you leave them out.</source>
            <translation>
                <numerusform>%n fila se parece a un registro que ya tiene; se importa como registro nuevo salvo que la omita.</numerusform>
                <numerusform>%n filas se parecen a registros que ya tiene; se importan como registros nuevos salvo que las omita.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out as duplicates.</source>
            <translation>
                <numerusform>%n fila omitida por duplicada.</numerusform>
                <numerusform>%n filas omitidas por duplicadas.</numerusform>
            </translation>
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
        <message>
            <source>Death threat</source>
            <translation>Amenaza de muerte</translation>
        </message>
        <message>
            <source>Assault</source>
            <translation>Agresión</translation>
        </message>
        <message>
            <source>Following or stalking</source>
            <translation>Seguimiento o acecho</translation>
        </message>
        <message>
            <source>Raid on home or office</source>
            <translation>Allanamiento de domicilio u oficina</translation>
        </message>
        <message>
            <source>Arrest or detention</source>
            <translation>Arresto o detención</translation>
        </message>
        <message>
            <source>Abduction</source>
            <translation>Secuestro</translation>
        </message>
        <message>
            <source>Account takeover</source>
            <translation>Toma de control de una cuenta</translation>
        </message>
        <message>
            <source>Spyware</source>
            <translation>Programa espía</translation>
        </message>
        <message>
            <source>Phishing</source>
            <translation>Suplantación de identidad (phishing)</translation>
        </message>
        <message>
            <source>Doxxing</source>
            <translation>Divulgación de datos personales (doxing)</translation>
        </message>
        <message>
            <source>Online smear campaign</source>
            <translation>Campaña de desprestigio en línea</translation>
        </message>
        <message>
            <source>Hate speech</source>
            <translation>Discurso de odio</translation>
        </message>
        <message>
            <source>Device seizure</source>
            <translation>Incautación de dispositivos</translation>
        </message>
        <message>
            <source>Threats to children or partner</source>
            <translation>Amenazas a hijos o pareja</translation>
        </message>
        <message>
            <source>Harassment of relatives</source>
            <translation>Acoso a familiares</translation>
        </message>
        <message>
            <source>Pressure on employer of relative</source>
            <translation>Presión sobre el empleador de un familiar</translation>
        </message>
        <message>
            <source>Threatening SMS or calls</source>
            <translation>SMS o llamadas amenazantes</translation>
        </message>
        <message>
            <source>Interception</source>
            <translation>Interceptación de comunicaciones</translation>
        </message>
        <message>
            <source>SIM swap</source>
            <translation>Duplicado fraudulento de SIM</translation>
        </message>
        <message>
            <source>Location tracking</source>
            <translation>Rastreo de ubicación</translation>
        </message>
        <message>
            <source>Restricted foreign funding</source>
            <translation>Restricción de la financiación extranjera</translation>
        </message>
        <message>
            <source>Anti-terrorism charges</source>
            <translation>Cargos por terrorismo</translation>
        </message>
        <message>
            <source>Foreign-agent registration</source>
            <translation>Registro como «agente extranjero»</translation>
        </message>
        <message>
            <source>Travel ban</source>
            <translation>Prohibición de viajar</translation>
        </message>
        <message>
            <source>Office closure</source>
            <translation>Cierre de la oficina</translation>
        </message>
        <message>
            <source>Judicial harassment</source>
            <translation>Acoso judicial</translation>
        </message>
        <message>
            <source>Labelled "Western agent"</source>
            <translation>Tachado de «agente de Occidente»</translation>
        </message>
        <message>
            <source>Smear in state media</source>
            <translation>Desprestigio en medios estatales</translation>
        </message>
        <message>
            <source>Criminal defamation suit</source>
            <translation>Querella penal por difamación</translation>
        </message>
        <message>
            <source>1: harassment or intimidation</source>
            <translation>1: acoso o intimidación</translation>
        </message>
        <message>
            <source>2: indirect threat</source>
            <translation>2: amenaza indirecta</translation>
        </message>
        <message>
            <source>3: direct threat</source>
            <translation>3: amenaza directa</translation>
        </message>
        <message>
            <source>4: threat with capability shown (surveillance, following, raid, account takeover)</source>
            <translation>4: amenaza con capacidad demostrada (vigilancia, seguimiento, allanamiento, toma de una cuenta)</translation>
        </message>
        <message>
            <source>5: attack, detention, abduction, or imminent threat to life</source>
            <translation>5: agresión, detención, secuestro o amenaza inminente para la vida</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Pareja</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Hijo/a</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Padre o madre</translation>
        </message>
        <message>
            <source>Sibling</source>
            <translation>Hermano/a</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Otro familiar</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Colega</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Abogado/a</translation>
        </message>
        <message>
            <source>Not recorded yet: nothing about them leaves this vault</source>
            <translation>Aún no registrado: nada sobre esta persona sale de esta bóveda</translation>
        </message>
        <message>
            <source>None: nothing about them leaves this vault</source>
            <translation>Ninguno: nada sobre esta persona sale de esta bóveda</translation>
        </message>
        <message>
            <source>Colleagues: named colleagues of the programme</source>
            <translation>Colegas: colegas designados del programa</translation>
        </message>
        <message>
            <source>Partners: redacted partner reports</source>
            <translation>Socios: informes con datos ocultados para socios</translation>
        </message>
        <message>
            <source>Public: anonymised statistics</source>
            <translation>Público: estadísticas anonimizadas</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Por escrito</translation>
        </message>
        <message>
            <source>Verbal</source>
            <translation>Verbal</translation>
        </message>
        <message>
            <source>Through a representative</source>
            <translation>A través de un representante</translation>
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
