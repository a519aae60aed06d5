<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CheckIn</name>
        <message>
            <source>Check-in with %1</source>
            <translation>Contacto de seguimiento con %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Contacto de seguimiento</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Previsto el %1</translation>
        </message>
        <message>
            <source>This check-in was missed. Record the contact here once someone has reached the defender.</source>
            <translation>Este contacto de seguimiento no se realizó. Registre aquí el contacto en cuanto alguien haya hablado con el defensor o la defensora.</translation>
        </message>
        <message>
            <source>Something worrying was raised</source>
            <translation>Se planteó algo preocupante</translation>
        </message>
        <message>
            <source>Log an incident about it after saving</source>
            <translation>Registrar un incidente al respecto después de guardar</translation>
        </message>
        <message>
            <source>The incident form opens with the defender, the day and the note filled in; the incident is linked to this check-in</source>
            <translation>El formulario de incidente se abre con el defensor, el día y la nota ya rellenados; el incidente queda vinculado a este contacto de seguimiento</translation>
        </message>
        <message>
            <source>Done on *</source>
            <translation>Hecho el *</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Mark missed</source>
            <translation>Marcar como no realizado</translation>
        </message>
        <message>
            <source>Nobody reached the defender: the check-in stays on the start screen until a contact is recorded</source>
            <translation>Nadie contactó con el defensor o la defensora: el contacto de seguimiento sigue en la pantalla de inicio hasta que se registre un contacto</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Record as done</source>
            <translation>Registrar como hecho</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Say when the check-in was done.</source>
            <translation>Indique cuándo se hizo el contacto de seguimiento.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Defensor/a</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Abierto el</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Responsable del caso</translation>
        </message>
        <message>
            <source>Codename, or name when there is none</source>
            <translation>Nombre en clave, o nombre si no lo hay</translation>
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
            <source>When the newest incident happened</source>
            <translation>Cuándo ocurrió el incidente más reciente</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>Incidentes abiertos</translation>
        </message>
        <message>
            <source>Incidents with status open or monitoring</source>
            <translation>Incidentes abiertos o en seguimiento</translation>
        </message>
        <message>
            <source>Severity (90 days)</source>
            <translation>Gravedad (90 días)</translation>
        </message>
        <message>
            <source>Highest severity among incidents of the last 90 days. Severity: 1 harassment or intimidation; 2 indirect threat; 3 direct threat; 4 threat with capability shown; 5 attack, detention, abduction or imminent threat to life</source>
            <translation>Mayor gravedad entre los incidentes de los últimos 90 días. Gravedad: 1 acoso o intimidación; 2 amenaza indirecta; 3 amenaza directa; 4 amenaza con capacidad demostrada; 5 ataque, detención, secuestro o amenaza inminente para la vida</translation>
        </message>
        <message>
            <source>Active case</source>
            <translation>Caso activo</translation>
        </message>
        <message>
            <source>The newest case that is not closed or declined</source>
            <translation>El caso más reciente que no está cerrado ni rechazado</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Estado del caso</translation>
        </message>
        <message>
            <source>Severity: 1 harassment or intimidation; 2 indirect threat; 3 direct threat; 4 threat with capability shown; 5 attack, detention, abduction or imminent threat to life</source>
            <translation>Gravedad: 1 acoso o intimidación; 2 amenaza indirecta; 3 amenaza directa; 4 amenaza con capacidad demostrada; 5 ataque, detención, secuestro o amenaza inminente para la vida</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Sensitive fields never appear here</source>
            <translation>Los campos sensibles nunca aparecen aquí</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminados</translation>
        </message>
        <message>
            <source>When it was deleted (UTC)</source>
            <translation>Cuándo se eliminó (UTC)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Defensores</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Próximo contacto de seguimiento</translation>
        </message>
        <message>
            <source>A missed check-in first (it waits until someone acts), else the next due</source>
            <translation>Primero un contacto de seguimiento no realizado (espera hasta que alguien actúe); si no, el próximo previsto</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>Vencimiento del visado</translation>
        </message>
        <message>
            <source>Flagged when the visa expires before the planned departure</source>
            <translation>Se señala cuando el visado vence antes de la salida prevista</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Días restantes</translation>
        </message>
        <message>
            <source>Days until the planned departure of a stay under way</source>
            <translation>Días hasta la salida prevista de una estancia en curso</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>The arrival recorded, else the planned one</source>
            <translation>La llegada registrada; si no, la prevista</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>The departure recorded, else the planned one</source>
            <translation>La salida registrada; si no, la prevista</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ciudad de acogida</translation>
        </message>
        <message>
            <source>Hidden: where the defender is now. Ctrl+Shift+H shows or hides it</source>
            <translation>Oculto: dónde está ahora el defensor o la defensora. Ctrl+Mayús+H lo muestra u oculta</translation>
        </message>
        <message>
            <source>Best matches first</source>
            <translation>Mejores coincidencias primero</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Coincidencia</translation>
        </message>
        <message>
            <source>The words found, in context (hidden fields are never quoted)</source>
            <translation>Las palabras encontradas, en contexto (los campos ocultos nunca se citan)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>A local date (with a time when one was given)</source>
            <translation>Una fecha local (con hora si se indicó)</translation>
        </message>
        <message>
            <source>Open tasks say when they are due; overdue is counted from today, never stored</source>
            <translation>Las tareas abiertas indican cuándo vencen; el retraso se calcula desde hoy y nunca se guarda</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>The defender, stay or case it is about</source>
            <translation>El defensor, la estancia o el caso al que se refiere</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>Cuándo ocurrió, con la precisión que se conozca</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>The primary category, then any further ones</source>
            <translation>La categoría principal y luego las demás</translation>
        </message>
        <message>
            <source>Sub-type</source>
            <translation>Subtipo</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edición</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Comienza</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>Esta columna no se puede ordenar.</translation>
        </message>
    </context>
    <context>
        <name>DefenderTabs</name>
        <message>
            <source>Trainings</source>
            <translation>Formaciones</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edición</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Módulos cursados</translation>
        </message>
        <message>
            <source>Enrol in a training…</source>
            <translation>Inscribir en una formación…</translation>
        </message>
        <message>
            <source>Enrol this defender in an edition of the course</source>
            <translation>Inscribir a este defensor o defensora en una edición del curso</translation>
        </message>
        <message>
            <source>Edit enrolment…</source>
            <translation>Editar inscripción…</translation>
        </message>
        <message>
            <source>Modules attended and needs noted</source>
            <translation>Módulos cursados y necesidades anotadas</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Move the selected enrolment to Deleted</source>
            <translation>Mover la inscripción seleccionada a Eliminados</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>Acciones de incidencia</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Incidencia</translation>
        </message>
        <message>
            <source>Log advocacy action…</source>
            <translation>Registrar acción de incidencia…</translation>
        </message>
        <message>
            <source>A meeting, letter or urgent appeal on this defender's behalf</source>
            <translation>Una reunión, carta o acción urgente en nombre de este defensor o defensora</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected action (Enter)</source>
            <translation>Editar la acción seleccionada (Intro)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Move the selected action to Deleted</source>
            <translation>Mover la acción seleccionada a Eliminados</translation>
        </message>
        <message>
            <source> to </source>
            <translation> al </translation>
        </message>
        <message>
            <source>No module recorded yet</source>
            <translation>Aún no hay módulos registrados</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(eliminado)</translation>
        </message>
        <message>
            <source>Not enrolled in any training yet.</source>
            <translation>Aún sin inscripción en ninguna formación.</translation>
        </message>
        <message>
            <source>No advocacy actions on their behalf recorded yet.</source>
            <translation>Aún no hay acciones de incidencia registradas en su nombre.</translation>
        </message>
        <message>
            <source>Preventive measures</source>
            <translation>Medidas preventivas</translation>
        </message>
        <message>
            <source>Emergency protocols</source>
            <translation>Protocolos de emergencia</translation>
        </message>
        <message>
            <source>Measures that reduce the threats and vulnerabilities on the Risk tab. Enter opens the selected measure.</source>
            <translation>Medidas que reducen las amenazas y vulnerabilidades de la pestaña Riesgo. Intro abre la medida seleccionada.</translation>
        </message>
        <message>
            <source>New measure…</source>
            <translation>Nueva medida…</translation>
        </message>
        <message>
            <source>Add a preventive measure or an emergency protocol</source>
            <translation>Añadir una medida preventiva o un protocolo de emergencia</translation>
        </message>
        <message>
            <source>Plan summary…</source>
            <translation>Resumen del plan…</translation>
        </message>
        <message>
            <source>The plan to go through with the defender before the return home (printable)</source>
            <translation>El plan que se repasa con el defensor o la defensora antes del regreso (imprimible)</translation>
        </message>
        <message>
            <source>Security plan</source>
            <translation>Plan de seguridad</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Reduces</source>
            <translation>Reduce</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Open the selected measure (Enter)</source>
            <translation>Abrir la medida seleccionada (Intro)</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>Implementada</translation>
        </message>
        <message>
            <source>The selected measure is in place</source>
            <translation>La medida seleccionada está implementada</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisada</translation>
        </message>
        <message>
            <source>Move the selected measure to Deleted</source>
            <translation>Mover la medida seleccionada a Eliminados</translation>
        </message>
        <message>
            <source>No security plan for this defender yet. Add a measure with “New measure…”.</source>
            <translation>Aún no hay plan de seguridad para este defensor o defensora. Añada una medida con «Nueva medida…».</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>atrasada</translation>
        </message>
        <message>
            <source>review due %1</source>
            <translation>revisión prevista %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>a deleted item</source>
            <translation>un elemento eliminado</translation>
        </message>
        <message>
            <source>Measure not changed</source>
            <translation>Medida sin cambios</translation>
        </message>
        <message>
            <source>In place: %1</source>
            <translation>Implementada: %1</translation>
        </message>
        <message>
            <source>Reviewed today: %1. Next review %2.</source>
            <translation>Revisada hoy: %1. Próxima revisión el %2.</translation>
        </message>
        <message>
            <source>Save the plan summary as PDF</source>
            <translation>Guardar el resumen del plan en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>The PDF could not be written (%1).</source>
            <translation>No se pudo escribir el PDF (%1).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>The PDF holds the plan in clear. Print it, go through it with the defender, then delete the file and empty the trash.</source>
            <translation>El PDF contiene el plan sin cifrar. Imprímalo, repáselo con el defensor o la defensora, y luego elimine el archivo y vacíe la papelera.</translation>
        </message>
        <message>
            <source>Security plan summary</source>
            <translation>Resumen del plan de seguridad</translation>
        </message>
        <message>
            <source>Go through this with the defender before the return home. Threats, the reasoning and how measures work are hidden until shown.</source>
            <translation>Repáselo con el defensor o la defensora antes del regreso. Las amenazas, el razonamiento y el funcionamiento de las medidas quedan ocultos hasta mostrarlos.</translation>
        </message>
        <message>
            <source>Show hidden details</source>
            <translation>Mostrar los detalles ocultos</translation>
        </message>
        <message>
            <source>Plan summary</source>
            <translation>Resumen del plan</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar en PDF…</translation>
        </message>
        <message>
            <source>The facts</source>
            <translation>Los hechos</translation>
        </message>
        <message>
            <source>Pattern over time</source>
            <translation>Patrón en el tiempo</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Who is behind it</source>
            <translation>Quién está detrás</translation>
        </message>
        <message>
            <source>Can it be carried out</source>
            <translation>¿Puede llevarse a cabo?</translation>
        </message>
        <message>
            <source> (suggests %1)</source>
            <translation> (sugiere %1)</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>sin valorar</translation>
        </message>
        <message>
            <source>The assessed level over time beside the incidents logged each month. Enter opens the selected line.</source>
            <translation>El nivel evaluado en el tiempo junto a los incidentes registrados cada mes. Intro abre la línea seleccionada.</translation>
        </message>
        <message>
            <source>New assessment…</source>
            <translation>Nueva evaluación…</translation>
        </message>
        <message>
            <source>Assess this defender's risk again</source>
            <translation>Volver a evaluar el riesgo de este defensor o defensora</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Añadir elemento…</translation>
        </message>
        <message>
            <source>Add a threat, vulnerability or capacity to the selected assessment</source>
            <translation>Añadir una amenaza, vulnerabilidad o capacidad a la evaluación seleccionada</translation>
        </message>
        <message>
            <source>Risk assessments and their items</source>
            <translation>Evaluaciones de riesgo y sus elementos</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Linked incidents</source>
            <translation>Incidentes vinculados</translation>
        </message>
        <message>
            <source>Open the selected assessment or item (Enter)</source>
            <translation>Abrir la evaluación o el elemento seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Move the selected assessment or item to Deleted</source>
            <translation>Mover la evaluación o el elemento seleccionado a Eliminados</translation>
        </message>
        <message>
            <source>No risk assessment for this defender yet. Make one with “New assessment…”.</source>
            <translation>Aún no hay evaluación de riesgo para este defensor o defensora. Cree una con «Nueva evaluación…».</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Razonamiento</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>por %1</translation>
        </message>
        <message>
            <source>deleted incident</source>
            <translation>incidente eliminado</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Hecho el %1</translation>
        </message>
        <message>
            <source>something worrying raised</source>
            <translation>se planteó algo preocupante</translation>
        </message>
        <message>
            <source>incident logged</source>
            <translation>incidente registrado</translation>
        </message>
        <message>
            <source>Missed: waiting for someone to act</source>
            <translation>No realizado: a la espera de que alguien actúe</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programado</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, atrasada</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <source>Stays in a safe city with their check-ins and tasks. Enter opens the selected line.</source>
            <translation>Estancias en una ciudad segura con sus contactos de seguimiento y tareas. Intro abre la línea seleccionada.</translation>
        </message>
        <message>
            <source>New stay…</source>
            <translation>Nueva estancia…</translation>
        </message>
        <message>
            <source>Plan a stay for this defender</source>
            <translation>Planificar una estancia para este defensor o defensora</translation>
        </message>
        <message>
            <source>Schedule check-in…</source>
            <translation>Programar contacto de seguimiento…</translation>
        </message>
        <message>
            <source>Schedule a check-in during or after the selected stay</source>
            <translation>Programar un contacto de seguimiento durante o después de la estancia seleccionada</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Añadir tarea…</translation>
        </message>
        <message>
            <source>A task about this defender (and the selected stay)</source>
            <translation>Una tarea sobre este defensor o defensora (y la estancia seleccionada)</translation>
        </message>
        <message>
            <source>Stays, check-ins and tasks</source>
            <translation>Estancias, contactos de seguimiento y tareas</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Open the selected stay, check-in or task (Enter)</source>
            <translation>Abrir la estancia, el contacto de seguimiento o la tarea seleccionados (Intro)</translation>
        </message>
        <message>
            <source>Move the selected stay, check-in or task to Deleted</source>
            <translation>Mover la estancia, el contacto de seguimiento o la tarea seleccionados a Eliminados</translation>
        </message>
        <message>
            <source>No stays recorded for this defender. Plan one with “New stay…”.</source>
            <translation>No hay estancias registradas para este defensor o defensora. Planifique una con «Nueva estancia…».</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ciudad de acogida</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Alojamiento</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Contacto de seguimiento</translation>
        </message>
        <message>
            <source>Task: %1</source>
            <translation>Tarea: %1</translation>
        </message>
        <message>
            <source>Other tasks about this defender</source>
            <translation>Otras tareas sobre este defensor o defensora</translation>
        </message>
        <message>
            <source>the visa expires %1, before the planned departure %2</source>
            <translation>el visado vence el %1, antes de la salida prevista el %2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Atención: %1</translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today; the next review in %n month(s) (change it with Open…)</source>
            <translation>
                <numerusform>Revisada hoy; la próxima revisión en %n mes (cámbielo con Abrir…)</numerusform>
                <numerusform>Revisada hoy; la próxima revisión en %n meses (cámbielo con Abrir…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DefenderView</name>
        <message>
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>Personas allegadas</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Compartir</translation>
        </message>
        <message>
            <source>Relocation</source>
            <translation>Reubicación</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Security plan</source>
            <translation>Plan de seguridad</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>‹ All defenders</source>
            <translation>‹ Todos los defensores</translation>
        </message>
        <message>
            <source>Back to all defenders</source>
            <translation>Volver a todos los defensores</translation>
        </message>
        <message>
            <source>Log incident…</source>
            <translation>Registrar incidente…</translation>
        </message>
        <message>
            <source>Log an incident for this defender (Ctrl+N)</source>
            <translation>Registrar un incidente de este defensor o defensora (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit this defender</source>
            <translation>Editar este defensor o defensora</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Move this defender to Deleted</source>
            <translation>Mover este defensor o defensora a Eliminados</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <source>What was done to this defender, and when</source>
            <translation>Qué se hizo con este defensor o defensora, y cuándo</translation>
        </message>
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
            <source>Back to the list of defenders (Esc)</source>
            <translation>Volver a la lista de defensores (Esc)</translation>
        </message>
        <message>
            <source>What just happened</source>
            <translation>Lo que acaba de pasar</translation>
        </message>
        <message>
            <source>Defender sections</source>
            <translation>Secciones del defensor o defensora</translation>
        </message>
        <message>
            <source>Edit the selected incident</source>
            <translation>Editar el incidente seleccionado</translation>
        </message>
        <message>
            <source>Move the selected incident to Deleted</source>
            <translation>Mover el incidente seleccionado a Eliminados</translation>
        </message>
        <message>
            <source>Family members, colleagues and others close to the defender. Names are hidden until shown.</source>
            <translation>Familiares, colegas y otras personas cercanas al defensor o defensora. Los nombres quedan ocultos hasta mostrarlos.</translation>
        </message>
        <message>
            <source>Add related person…</source>
            <translation>Añadir persona allegada…</translation>
        </message>
        <message>
            <source>Add a family member, colleague or other related person</source>
            <translation>Añadir un familiar, colega u otra persona allegada</translation>
        </message>
        <message>
            <source>Add case…</source>
            <translation>Añadir caso…</translation>
        </message>
        <message>
            <source>Open a new case for this defender</source>
            <translation>Abrir un caso nuevo para este defensor o defensora</translation>
        </message>
        <message>
            <source>Edit the selected case</source>
            <translation>Editar el caso seleccionado</translation>
        </message>
        <message>
            <source>Move the selected case to Deleted</source>
            <translation>Mover el caso seleccionado a Eliminados</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
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
            <source>Caseworker</source>
            <translation>Responsable del caso</translation>
        </message>
        <message>
            <source>No cases for this defender yet. Open one with “Add case…”.</source>
            <translation>Aún no hay casos para este defensor o defensora. Abra uno con «Añadir caso…».</translation>
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
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>%1 lowered it to “%2”: nothing about them leaves this vault beyond that</source>
            <translation>%1 lo redujo a «%2»: nada sobre esta persona sale de esta bóveda más allá de eso</translation>
        </message>
        <message>
            <source>Consent limit from a colleague</source>
            <translation>Límite de consentimiento de un colega</translation>
        </message>
        <message>
            <source>Consent limit</source>
            <translation>Límite de consentimiento</translation>
        </message>
        <message>
            <source>No related people recorded yet.</source>
            <translation>Aún no hay personas allegadas registradas.</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Persona allegada</translation>
        </message>
        <message>
            <source>Edit this related person</source>
            <translation>Editar esta persona allegada</translation>
        </message>
        <message>
            <source>Move this related person to Deleted</source>
            <translation>Mover esta persona allegada a Eliminados</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Datos de contacto</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No incidents logged yet.</source>
            <translation>Aún no hay incidentes registrados.</translation>
        </message>
        <message>
            <source>Saved. %1</source>
            <translation>Guardado. %1</translation>
        </message>
        <message>
            <source>Training and advocacy</source>
            <translation>Formación e incidencia</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s), newest first. Open a group to see its incidents; Enter edits the selected one.</source>
            <translation>
                <numerusform>%n incidente, el más reciente primero. Abra un grupo para ver sus incidentes; Intro edita el seleccionado.</numerusform>
                <numerusform>%n incidentes, los más recientes primero. Abra un grupo para ver sus incidentes; Intro edita el seleccionado.</numerusform>
            </translation>
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
        <name>Editors</name>
        <message>
            <source>e.g. 2024, 2024-03, 2024-03-15 (or 15/03/2024), 2024-03-15T14:30, or a range 2024-03..2024-05</source>
            <translation>p. ej. 2024, 2024-03, 2024-03-15 (o 15/03/2024), 2024-03-15T14:30, o un intervalo 2024-03..2024-05</translation>
        </message>
        <message>
            <source>Separate with commas</source>
            <translation>Separar con comas</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or DD/MM/YYYY, or just YYYY-MM or YYYY</source>
            <translation>AAAA-MM-DD o DD/MM/AAAA, o solo AAAA-MM o AAAA</translation>
        </message>
        <message>
            <source>Date, %1</source>
            <translation>Fecha, %1</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>Type part of the country's name</source>
            <translation>Escriba parte del nombre del país</translation>
        </message>
        <message>
            <source>“%1” is not a country in the list: type part of its name and choose it, or leave the field empty</source>
            <translation>«%1» no es un país de la lista: escriba parte de su nombre y elíjalo, o deje el campo vacío</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show or hide this value</source>
            <translation>Mostrar u ocultar este valor</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Ocultar: %1</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Mostrar: %1</translation>
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
            <source>Stay</source>
            <translation>Estancia</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Hecho el</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Anything worrying</source>
            <translation>Algo preocupante</translation>
        </message>
        <message>
            <source>Incident logged</source>
            <translation>Incidente registrado</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Comienza</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formación</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Módulos cursados</translation>
        </message>
        <message>
            <source>Needs noted</source>
            <translation>Necesidades anotadas</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Evaluado el</translation>
        </message>
        <message>
            <source>Resulting level</source>
            <translation>Nivel resultante</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Evaluado por</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Razonamiento</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilidad</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <source>The facts</source>
            <translation>Los hechos</translation>
        </message>
        <message>
            <source>Pattern over time</source>
            <translation>Patrón en el tiempo</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Who is behind it</source>
            <translation>Quién está detrás</translation>
        </message>
        <message>
            <source>Can it be carried out</source>
            <translation>¿Puede llevarse a cabo?</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Próxima revisión</translation>
        </message>
        <message>
            <source>Reduces</source>
            <translation>Reduce</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Última revisión</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>Contacts involved</source>
            <translation>Contactos implicados</translation>
        </message>
        <message>
            <source>Defenders it concerns</source>
            <translation>Defensores afectados</translation>
        </message>
        <message>
            <source>Incidents it concerns</source>
            <translation>Incidentes afectados</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
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
        <name>IncidentFilter</name>
        <message>
            <source>Open and monitoring</source>
            <translation>Abiertos y en seguimiento</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abiertos</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>En seguimiento</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrados</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>Todos los incidentes</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>defender</source>
            <translation>defensor/a</translation>
        </message>
        <message>
            <source>related person</source>
            <translation>persona allegada</translation>
        </message>
        <message>
            <source>case</source>
            <translation>caso</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>incidente</translation>
        </message>
        <message>
            <source>stay</source>
            <translation>estancia</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>contacto de seguimiento</translation>
        </message>
        <message>
            <source>training</source>
            <translation>formación</translation>
        </message>
        <message>
            <source>training participant</source>
            <translation>participante en una formación</translation>
        </message>
        <message>
            <source>risk assessment</source>
            <translation>evaluación de riesgo</translation>
        </message>
        <message>
            <source>risk item</source>
            <translation>elemento de riesgo</translation>
        </message>
        <message>
            <source>security measure</source>
            <translation>medida de seguridad</translation>
        </message>
        <message>
            <source>network contact</source>
            <translation>contacto de la red</translation>
        </message>
        <message>
            <source>advocacy action</source>
            <translation>acción de incidencia</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tarea</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Physical</source>
            <translation>Física</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Digital</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Judicial</translation>
        </message>
        <message>
            <source>Defamation</source>
            <translation>Difamación</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Sin categoría</translation>
        </message>
    </context>
    <context>
        <name>LinkEditors</name>
        <message>
            <source>Type part of a name or codename</source>
            <translation>Escriba parte de un nombre o nombre en clave</translation>
        </message>
        <message>
            <source>choose a defender from the list that appears as you type</source>
            <translation>elija un defensor o defensora de la lista que aparece al escribir</translation>
        </message>
        <message>
            <source>%1 chosen</source>
            <translation>%1 elegidos</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected defender</source>
            <translation>Quitar el defensor o defensora seleccionado</translation>
        </message>
        <message>
            <source>Add a defender: type part of a name or codename</source>
            <translation>Añadir un defensor: escriba parte de un nombre o nombre en clave</translation>
        </message>
        <message>
            <source>choose a defender from the list that appears as you type, or empty the line</source>
            <translation>elija un defensor o defensora de la lista que aparece al escribir, o vacíe la línea</translation>
        </message>
        <message>
            <source>related people</source>
            <translation>personas allegadas</translation>
        </message>
        <message>
            <source>names</source>
            <translation>nombres</translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>incidentes</translation>
        </message>
        <message>
            <source>descriptions</source>
            <translation>descripciones</translation>
        </message>
        <message>
            <source>threats and vulnerabilities</source>
            <translation>amenazas y vulnerabilidades</translation>
        </message>
        <message>
            <source>Choose one</source>
            <translation>Elegir uno</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>None recorded yet: %1.</source>
            <translation>Aún no hay registros: %1.</translation>
        </message>
        <message>
            <source>Choose a defender first; their %1 appear here.</source>
            <translation>Elija primero un defensor o defensora; aquí aparecen sus %1.</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Mostrar: %1</translation>
        </message>
        <message>
            <source>Show %1 in %2</source>
            <translation>Mostrar %1 en %2</translation>
        </message>
        <message>
            <source>No %1 recorded for them yet.</source>
            <translation>Aún no hay %1 registrados para esta persona.</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Ocultar: %1</translation>
        </message>
        <message>
            <source>, of %1</source>
            <translation>, de %1</translation>
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
            <source>No cases match this filter.</source>
            <translation>Ningún caso coincide con este filtro.</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Nuevo caso…</translation>
        </message>
        <message>
            <source>Open a new case</source>
            <translation>Abrir un caso nuevo</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected case (Enter)</source>
            <translation>Editar el caso seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Defensor/a</translation>
        </message>
        <message>
            <source>Open the selected case's defender</source>
            <translation>Abrir el defensor o defensora del caso seleccionado</translation>
        </message>
        <message>
            <source>Sharing…</source>
            <translation>Compartir…</translation>
        </message>
        <message>
            <source>Choose the colleagues the selected case is shared with</source>
            <translation>Elegir los colegas con quienes se comparte el caso seleccionado</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Move the selected case to Deleted</source>
            <translation>Mover el caso seleccionado a Eliminados</translation>
        </message>
        <message>
            <source>Active (not closed or declined)</source>
            <translation>Activos (ni cerrados ni rechazados)</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>Todos los casos</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
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
            <source>Defenders</source>
            <translation>Defensores</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>Personas allegadas</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Estancias</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Contactos de seguimiento</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Formaciones</translation>
        </message>
        <message>
            <source>Training participants</source>
            <translation>Participantes en formaciones</translation>
        </message>
        <message>
            <source>Risk assessments</source>
            <translation>Evaluaciones de riesgo</translation>
        </message>
        <message>
            <source>Risk items</source>
            <translation>Elementos de riesgo</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Medidas de seguridad</translation>
        </message>
        <message>
            <source>Network contacts</source>
            <translation>Contactos de la red</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>Acciones de incidencia</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>Nothing of this kind has been deleted.</source>
            <translation>No se ha eliminado nada de este tipo.</translation>
        </message>
        <message>
            <source>Deleted records are kept here and can be restored. Purging one removes its content from this vault for good.</source>
            <translation>Los registros eliminados se guardan aquí y se pueden restaurar. Purgar uno borra su contenido de esta bóveda para siempre.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Put the selected record back where it was</source>
            <translation>Devolver el registro seleccionado a su lugar</translation>
        </message>
        <message>
            <source>Purge…</source>
            <translation>Purgar…</translation>
        </message>
        <message>
            <source>Remove the selected record's content for good (cannot be undone)</source>
            <translation>Borrar para siempre el contenido del registro seleccionado (no se puede deshacer)</translation>
        </message>
        <message>
            <source>Spreadsheet imports…</source>
            <translation>Importaciones de hojas de cálculo…</translation>
        </message>
        <message>
            <source>Undo a spreadsheet import as a whole, or bring it back</source>
            <translation>Deshacer por completo una importación de hoja de cálculo, o recuperarla</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>No network contacts match this filter. Add one with “New contact…”.</source>
            <translation>Ningún contacto de la red coincide con este filtro. Añada uno con «Nuevo contacto…».</translation>
        </message>
        <message>
            <source>People and organisations in Brussels, The Hague, Geneva, New York and elsewhere. How to reach them is hidden until shown, in the contact's form.</source>
            <translation>Personas y organizaciones en Bruselas, La Haya, Ginebra, Nueva York y otros lugares. Cómo contactarlas queda oculto hasta mostrarlo, en el formulario del contacto.</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Nuevo contacto…</translation>
        </message>
        <message>
            <source>Add a network contact</source>
            <translation>Añadir un contacto de la red</translation>
        </message>
        <message>
            <source>Edit the selected contact (Enter)</source>
            <translation>Editar el contacto seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Log advocacy…</source>
            <translation>Registrar incidencia…</translation>
        </message>
        <message>
            <source>Record a meeting, letter or appeal with the selected contact</source>
            <translation>Registrar una reunión, carta o llamamiento con el contacto seleccionado</translation>
        </message>
        <message>
            <source>Move the selected contact to Deleted</source>
            <translation>Mover el contacto seleccionado a Eliminados</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Todas las ciudades</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>No advocacy actions match this filter. Add one with “New action…”.</source>
            <translation>Ninguna acción de incidencia coincide con este filtro. Añada una con «Nueva acción…».</translation>
        </message>
        <message>
            <source>Meetings, letters and urgent appeals with network contacts on behalf of defenders, newest first. Outcomes and follow-ups are in each action's form, hidden until shown.</source>
            <translation>Reuniones, cartas y acciones urgentes con contactos de la red en nombre de defensores, las más recientes primero. Los resultados y seguimientos están en el formulario de cada acción, ocultos hasta mostrarlos.</translation>
        </message>
        <message>
            <source>New action…</source>
            <translation>Nueva acción…</translation>
        </message>
        <message>
            <source>Record an advocacy action</source>
            <translation>Registrar una acción de incidencia</translation>
        </message>
        <message>
            <source>Edit the selected action (Enter)</source>
            <translation>Editar la acción seleccionada (Intro)</translation>
        </message>
        <message>
            <source>Open the first defender the selected action concerns</source>
            <translation>Abrir el primer defensor o defensora al que se refiere la acción seleccionada</translation>
        </message>
        <message>
            <source>Move the selected action to Deleted</source>
            <translation>Mover la acción seleccionada a Eliminados</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Todas las acciones</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Network sections</source>
            <translation>Secciones de la red</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Current (planned, travelling, in stay)</source>
            <translation>Actuales (previstas, en viaje, en estancia)</translation>
        </message>
        <message>
            <source>All stays</source>
            <translation>Todas las estancias</translation>
        </message>
        <message>
            <source>%1 (planned)</source>
            <translation>%1 (prevista)</translation>
        </message>
        <message>
            <source>%1, before departure!</source>
            <translation>%1, ¡antes de la salida!</translation>
        </message>
        <message>
            <source>No stays match this filter. Add one with “New stay…”.</source>
            <translation>Ninguna estancia coincide con este filtro. Añada una con «Nueva estancia…».</translation>
        </message>
        <message>
            <source>Stays in a safe city. A missed check-in is listed first in its row until someone records a contact. Host cities are hidden: %1 shows them.</source>
            <translation>Estancias en una ciudad segura. Un contacto de seguimiento no realizado aparece primero en su fila hasta que alguien registre un contacto. Las ciudades de acogida están ocultas: %1 las muestra.</translation>
        </message>
        <message>
            <source>New stay…</source>
            <translation>Nueva estancia…</translation>
        </message>
        <message>
            <source>Plan a stay for a defender</source>
            <translation>Planificar una estancia para un defensor o defensora</translation>
        </message>
        <message>
            <source>Edit the selected stay (Enter)</source>
            <translation>Editar la estancia seleccionada (Intro)</translation>
        </message>
        <message>
            <source>The stay's check-ins and tasks, on its defender's Relocation tab, where check-ins are scheduled and recorded</source>
            <translation>Los contactos de seguimiento y tareas de la estancia, en la pestaña Reubicación del defensor o defensora, donde se programan y registran</translation>
        </message>
        <message>
            <source>Move the selected stay to Deleted</source>
            <translation>Mover la estancia seleccionada a Eliminados</translation>
        </message>
        <message>
            <source>Missed (%1)</source>
            <translation>No realizado (%1)</translation>
        </message>
        <message>
            <source>Also search names of relatives, legal names and contact details</source>
            <translation>Buscar también en nombres de familiares, nombres legales y datos de contacto</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Try fewer or shorter words.</source>
            <translation>Nada coincide con «%1». Pruebe con menos palabras o más cortas.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Try fewer or shorter words. Names of relatives, legal names and contact details are searched only with “Also search names of relatives, legal names and contact details” ticked.</source>
            <translation>Nada coincide con «%1». Pruebe con menos palabras o más cortas. Los nombres de familiares, nombres legales y datos de contacto solo se buscan con «Buscar también en nombres de familiares, nombres legales y datos de contacto» marcado.</translation>
        </message>
        <message>
            <source>Type in the search field above; results appear as you type.</source>
            <translation>Escriba en el campo de búsqueda de arriba; los resultados aparecen al escribir.</translation>
        </message>
        <message>
            <source>Open the selected record (Enter)</source>
            <translation>Abrir el registro seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Also search sensitive fields</source>
            <translation>Buscar también en los campos sensibles</translation>
        </message>
        <message>
            <source>Results still never show those values</source>
            <translation>Los resultados nunca muestran esos valores</translation>
        </message>
        <message>
            <source>The search could not be run.</source>
            <translation>No se pudo realizar la búsqueda.</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>No tasks match these filters.</source>
            <translation>Ninguna tarea coincide con estos filtros.</translation>
        </message>
        <message>
            <source>New task…</source>
            <translation>Nueva tarea…</translation>
        </message>
        <message>
            <source>Add a task with a due date</source>
            <translation>Añadir una tarea con fecha de vencimiento</translation>
        </message>
        <message>
            <source>Edit the selected task (Enter)</source>
            <translation>Editar la tarea seleccionada (Intro)</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecha</translation>
        </message>
        <message>
            <source>Record the selected task as done</source>
            <translation>Registrar la tarea seleccionada como hecha</translation>
        </message>
        <message>
            <source>Move the selected task to Deleted</source>
            <translation>Mover la tarea seleccionada a Eliminados</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Any: type a name</source>
            <translation>Cualquiera: escriba un nombre</translation>
        </message>
        <message>
            <source>Overdue, %1</source>
            <translation>Atrasada, %1</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Previsto el %1</translation>
        </message>
        <message>
            <source>Task not changed</source>
            <translation>Tarea sin cambios</translation>
        </message>
        <message>
            <source>%1 (also %2)</source>
            <translation>%1 (también %2)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>No incidents match these filters.</source>
            <translation>Ningún incidente coincide con estos filtros.</translation>
        </message>
        <message>
            <source>Log incident…</source>
            <translation>Registrar incidente…</translation>
        </message>
        <message>
            <source>Log an incident; choose its defender in the form</source>
            <translation>Registrar un incidente; elija su defensor o defensora en el formulario</translation>
        </message>
        <message>
            <source>Edit the selected incident (Enter)</source>
            <translation>Editar el incidente seleccionado (Intro)</translation>
        </message>
        <message>
            <source>Open the selected incident's defender</source>
            <translation>Abrir el defensor o defensora del incidente seleccionado</translation>
        </message>
        <message>
            <source>Move the selected incident to Deleted</source>
            <translation>Mover el incidente seleccionado a Eliminados</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>No training editions yet. Add one with “New edition…”.</source>
            <translation>Aún no hay ediciones de la formación. Añada una con «Nueva edición…».</translation>
        </message>
        <message>
            <source>Editions of the training course. Select one to see who took part and the modules each attended.</source>
            <translation>Ediciones del curso de formación. Seleccione una para ver quién participó y los módulos que cursó cada persona.</translation>
        </message>
        <message>
            <source>New edition…</source>
            <translation>Nueva edición…</translation>
        </message>
        <message>
            <source>Add an edition of the course</source>
            <translation>Añadir una edición del curso</translation>
        </message>
        <message>
            <source>Edit the selected edition (Enter)</source>
            <translation>Editar la edición seleccionada (Intro)</translation>
        </message>
        <message>
            <source>Enrol a defender…</source>
            <translation>Inscribir a un defensor…</translation>
        </message>
        <message>
            <source>Enrol a defender in the selected edition, with the modules they attend</source>
            <translation>Inscribir a un defensor o defensora en la edición seleccionada, con los módulos que cursa</translation>
        </message>
        <message>
            <source>Move the selected edition to Deleted</source>
            <translation>Mover la edición seleccionada a Eliminados</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Edit participant…</source>
            <translation>Editar participante…</translation>
        </message>
        <message>
            <source>Modules attended and needs noted (Enter)</source>
            <translation>Módulos cursados y necesidades anotadas (Intro)</translation>
        </message>
        <message>
            <source>Open the selected participant's defender</source>
            <translation>Abrir la ficha de defensor del participante seleccionado</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Move the selected enrolment to Deleted</source>
            <translation>Mover la inscripción seleccionada a Eliminados</translation>
        </message>
        <message>
            <source>Participants of the selected edition</source>
            <translation>Participantes de la edición seleccionada</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Módulos cursados</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(eliminado)</translation>
        </message>
        <message>
            <source>No module recorded yet</source>
            <translation>Aún no hay módulos registrados</translation>
        </message>
        <message>
            <source>Participants (%1)</source>
            <translation>Participantes (%1)</translation>
        </message>
        <message>
            <source>Nobody enrolled in this edition yet: “Enrol a defender…” adds one.</source>
            <translation>Aún no hay nadie inscrito en esta edición: «Inscribir a un defensor…» añade a alguien.</translation>
        </message>
        <message>
            <source>Nothing to show.</source>
            <translation>Nada que mostrar.</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n caso</numerusform>
                <numerusform>%n casos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defensor</numerusform>
                <numerusform>%n defensores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>%n registro eliminado</numerusform>
                <numerusform>%n registros eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contacto</numerusform>
                <numerusform>%n contactos</numerusform>
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
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
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
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incidente</numerusform>
                <numerusform>%n incidentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edition(s)</source>
            <translation>
                <numerusform>%n edición</numerusform>
                <numerusform>%n ediciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanSummary</name>
        <message>
            <source>Threats</source>
            <translation>Amenazas</translation>
        </message>
        <message>
            <source>Vulnerabilities</source>
            <translation>Vulnerabilidades</translation>
        </message>
        <message>
            <source>Capacities</source>
            <translation>Capacidades</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[oculto]</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Security plan: %1</source>
            <translation>Plan de seguridad: %1</translation>
        </message>
        <message>
            <source>Gone through on %1</source>
            <translation>Repasado el %1</translation>
        </message>
        <message>
            <source>No risk assessment yet.</source>
            <translation>Aún no hay evaluación de riesgo.</translation>
        </message>
        <message>
            <source>Preventive measures</source>
            <translation>Medidas preventivas</translation>
        </message>
        <message>
            <source>Emergency protocols</source>
            <translation>Protocolos de emergencia</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ATRASADA</translation>
        </message>
        <message>
            <source>REVIEW DUE</source>
            <translation>REVISIÓN PENDIENTE</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Reduces: %1</source>
            <translation>Reduce: %1</translation>
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
        <name>RecordForm</name>
        <message>
            <source>New defender</source>
            <translation>Nuevo defensor o defensora</translation>
        </message>
        <message>
            <source>Edit defender</source>
            <translation>Editar defensor o defensora</translation>
        </message>
        <message>
            <source>New related person</source>
            <translation>Nueva persona allegada</translation>
        </message>
        <message>
            <source>Edit related person</source>
            <translation>Editar persona allegada</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nuevo caso</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>Editar caso</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>Nuevo incidente</translation>
        </message>
        <message>
            <source>Edit incident</source>
            <translation>Editar incidente</translation>
        </message>
        <message>
            <source>New stay</source>
            <translation>Nueva estancia</translation>
        </message>
        <message>
            <source>Edit stay</source>
            <translation>Editar estancia</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>Nuevo contacto de seguimiento</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Editar contacto de seguimiento</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>Nueva formación</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>Editar formación</translation>
        </message>
        <message>
            <source>New training participant</source>
            <translation>Nuevo participante</translation>
        </message>
        <message>
            <source>Edit training participant</source>
            <translation>Editar participante</translation>
        </message>
        <message>
            <source>New risk assessment</source>
            <translation>Nueva evaluación de riesgo</translation>
        </message>
        <message>
            <source>Edit risk assessment</source>
            <translation>Editar evaluación de riesgo</translation>
        </message>
        <message>
            <source>New risk item</source>
            <translation>Nuevo elemento de riesgo</translation>
        </message>
        <message>
            <source>Edit risk item</source>
            <translation>Editar elemento de riesgo</translation>
        </message>
        <message>
            <source>New security measure</source>
            <translation>Nueva medida de seguridad</translation>
        </message>
        <message>
            <source>Edit security measure</source>
            <translation>Editar medida de seguridad</translation>
        </message>
        <message>
            <source>New network contact</source>
            <translation>Nuevo contacto de la red</translation>
        </message>
        <message>
            <source>Edit network contact</source>
            <translation>Editar contacto de la red</translation>
        </message>
        <message>
            <source>New advocacy action</source>
            <translation>Nueva acción de incidencia</translation>
        </message>
        <message>
            <source>Edit advocacy action</source>
            <translation>Editar acción de incidencia</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nueva tarea</translation>
        </message>
        <message>
            <source>Edit task</source>
            <translation>Editar tarea</translation>
        </message>
        <message>
            <source>Leave empty when it happened in the defender's country.</source>
            <translation>Déjelo vacío si ocurrió en el país del defensor o defensora.</translation>
        </message>
        <message>
            <source>Shown on screen instead of the name when set.</source>
            <translation>Si se indica, se muestra en pantalla en lugar del nombre.</translation>
        </message>
        <message>
            <source>Hidden on screen until shown: where the defender is now.</source>
            <translation>Oculto en pantalla hasta mostrarlo: dónde está ahora el defensor o la defensora.</translation>
        </message>
        <message>
            <source>The caseworker it is for (their name as the team writes it).</source>
            <translation>El responsable al que corresponde (su nombre tal como lo escribe el equipo).</translation>
        </message>
        <message>
            <source>Threats: 1 (unlikely) to 5 (almost certain).</source>
            <translation>Amenazas: 1 (improbable) a 5 (casi segura).</translation>
        </message>
        <message>
            <source>Threats: 1 (minor) to 5 (life-threatening).</source>
            <translation>Amenazas: 1 (menor) a 5 (riesgo para la vida).</translation>
        </message>
        <message>
            <source>Vulnerabilities and capacities: 1 (slight) to 5 (great).</source>
            <translation>Vulnerabilidades y capacidades: 1 (leve) a 5 (grande).</translation>
        </message>
        <message>
            <source>Threats only: the incidents this threat comes from.</source>
            <translation>Solo amenazas: los incidentes de los que procede esta amenaza.</translation>
        </message>
        <message>
            <source>Threats and vulnerabilities of this defender's risk assessments.</source>
            <translation>Amenazas y vulnerabilidades de las evaluaciones de riesgo de este defensor o defensora.</translation>
        </message>
        <message>
            <source>Brussels, The Hague, Geneva, New York, or wherever they are.</source>
            <translation>Bruselas, La Haya, Ginebra, Nueva York o donde estén.</translation>
        </message>
        <message>
            <source>A person, or an organisation's name.</source>
            <translation>Una persona o el nombre de una organización.</translation>
        </message>
        <message>
            <source>Hidden on screen until shown; never sent to partners.</source>
            <translation>Oculto en pantalla hasta mostrarlo; nunca se envía a socios.</translation>
        </message>
        <message>
            <source>This is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Los campos marcados con * son obligatorios.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatorio)</translation>
        </message>
        <message>
            <source>Mark this text sensitive</source>
            <translation>Marcar este texto como sensible</translation>
        </message>
        <message>
            <source>Mark %1 sensitive</source>
            <translation>Marcar «%1» como sensible</translation>
        </message>
        <message>
            <source>Hidden until revealed, searched only when sensitive fields are included, never sent to partner organisations</source>
            <translation>Oculto hasta mostrarlo, solo se busca si se incluyen los campos sensibles y nunca se envía a organizaciones socias</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <source>What was done to this record, and when</source>
            <translation>Qué se hizo con este registro, y cuándo</translation>
        </message>
        <message>
            <source>Attachments…</source>
            <translation>Adjuntos…</translation>
        </message>
        <message>
            <source>Evidence files of this record: add, view, export, verify</source>
            <translation>Archivos de prueba de este registro: añadir, ver, exportar, verificar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Guardar (Ctrl+S)</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Choose a primary category first</source>
            <translation>Elija primero una categoría principal</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>No guardado: %1</translation>
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
        <name>RiskTrend</name>
        <message>
            <source>no assessment yet</source>
            <translation>aún sin evaluación</translation>
        </message>
        <message>
            <source>Assessed levels: %1.</source>
            <translation>Niveles evaluados: %1.</translation>
        </message>
        <message>
            <source>Risk level and incidents over time</source>
            <translation>Nivel de riesgo e incidentes en el tiempo</translation>
        </message>
        <message>
            <source>Assessed level</source>
            <translation>Nivel evaluado</translation>
        </message>
        <message>
            <source>Incidents: </source>
            <translation>Incidentes: </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) logged since %1.</source>
            <translation>
                <numerusform>%n incidente registrado desde %1.</numerusform>
                <numerusform>%n incidentes registrados desde %1.</numerusform>
            </translation>
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
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>Acciones de incidencia</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Resultados de búsqueda</translation>
        </message>
    </context>
    <context>
        <name>Sensitive</name>
        <message>
            <source>Show or hide every hidden value here: %1</source>
            <translation>Mostrar u ocultar todos los valores ocultos aquí: %1</translation>
        </message>
        <message>
            <source>•••••• hidden</source>
            <translation>•••••• oculto</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Mostrar: %1</translation>
        </message>
        <message>
            <source>Show the %1 until you leave this record</source>
            <translation>Mostrar «%1» hasta que salga de este registro</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <translation>Copiar: %1</translation>
        </message>
        <message>
            <source>Copy; the clipboard is cleared after 30 seconds</source>
            <translation>Copiar; el portapapeles se vacía a los 30 segundos</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Ocultar: %1</translation>
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
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Missed check-in with %1</source>
            <translation>Contacto de seguimiento no realizado con %1</translation>
        </message>
        <message>
            <source>Missed check-in</source>
            <translation>Contacto de seguimiento no realizado</translation>
        </message>
        <message>
            <source>Check-in with %1</source>
            <translation>Contacto de seguimiento con %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Contacto de seguimiento</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>Vencimiento del visado</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>Measure due</source>
            <translation>Medida pendiente</translation>
        </message>
        <message>
            <source>Review measure</source>
            <translation>Revisar medida</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
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
        <message>
            <source>All incidents</source>
            <translation>Todos los incidentes</translation>
        </message>
        <message>
            <source>Statistics · %1 · Office: %2</source>
            <translation>Estadísticas · %1 · Oficina: %2</translation>
        </message>
        <message>
            <source>Incident statistics</source>
            <translation>Estadísticas de incidentes</translation>
        </message>
        <message>
            <source>the first record</source>
            <translation>primer registro</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>no grouping</source>
            <translation>sin agrupación</translation>
        </message>
        <message>
            <source>Incidents from %1 to %2, by %3</source>
            <translation>Incidentes, periodo: %1 – %2, por %3</translation>
        </message>
        <message>
            <source>, programme %1</source>
            <translation>, programa %1</translation>
        </message>
        <message>
            <source>. Only defenders whose consent allows statistics are counted. An incident counts once, in the period that contains its whole date.</source>
            <translation>. Solo se cuentan los defensores cuyo consentimiento permite estadísticas. Un incidente cuenta una vez, en el periodo que contiene toda su fecha.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Imprecise (date fits no single period): %1</source>
            <translation>Imprecisos (la fecha no cabe en un solo periodo): %1</translation>
        </message>
    </context>
    <context>
        <name>TaskFilter</name>
        <message>
            <source>Open</source>
            <translation>Abiertas</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasadas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hechas</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Canceladas</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Todas las tareas</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <source>%1, month not known</source>
            <translation>%1, mes desconocido</translation>
        </message>
        <message>
            <source>Incident timeline</source>
            <translation>Cronología de incidentes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <source>(family targeted) %1</source>
            <translation>(familia afectada) %1</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incidente</numerusform>
                <numerusform>%n incidentes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Titles</name>
        <message>
            <source>likelihood %1</source>
            <translation>probabilidad %1</translation>
        </message>
        <message>
            <source>impact %1</source>
            <translation>impacto %1</translation>
        </message>
        <message>
            <source>level %1</source>
            <translation>nivel %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Related person (%1)</source>
            <translation>Persona allegada (%1)</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Persona allegada</translation>
        </message>
        <message>
            <source>Case: %1</source>
            <translation>Caso: %1</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Caso</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Incident: %1</source>
            <translation>Incidente: %1</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Stay from %1</source>
            <translation>Estancia desde el %1</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Estancia</translation>
        </message>
        <message>
            <source>Check-in due %1</source>
            <translation>Contacto de seguimiento previsto el %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Contacto de seguimiento</translation>
        </message>
        <message>
            <source>Risk assessment, %1</source>
            <translation>Evaluación de riesgo, %1</translation>
        </message>
        <message>
            <source>Risk assessment</source>
            <translation>Evaluación de riesgo</translation>
        </message>
        <message>
            <source>Risk item</source>
            <translation>Elemento de riesgo</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formación</translation>
        </message>
        <message>
            <source>Training participant</source>
            <translation>Participante en una formación</translation>
        </message>
        <message>
            <source>Advocacy action</source>
            <translation>Acción de incidencia</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
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
        <name>Unsaved</name>
        <message>
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <source>This %1 has changes that are not saved. Close it and discard them?</source>
            <translation>Este registro (%1) tiene cambios sin guardar. ¿Cerrarlo y descartarlos?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Descartar los cambios</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
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
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Urgent appeal</source>
            <translation>Acción urgente</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En persona</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Llamada telefónica</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Messaging app</source>
            <translation>Aplicación de mensajería</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Redes sociales</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Through family</source>
            <translation>A través de la familia</translation>
        </message>
        <message>
            <source>Legal or administrative act</source>
            <translation>Acto jurídico o administrativo</translation>
        </message>
        <message>
            <source>Nothing worrying</source>
            <translation>Nada preocupante</translation>
        </message>
        <message>
            <source>Something worrying raised</source>
            <translation>Se planteó algo preocupante</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <source>Secure message</source>
            <translation>Mensaje seguro</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Programado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>No realizado</translation>
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
        <message>
            <source>EU institution</source>
            <translation>Institución de la UE</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>ONG</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Periodista</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Abogado/a</translation>
        </message>
        <message>
            <source>The defender</source>
            <translation>El defensor o la defensora</translation>
        </message>
        <message>
            <source>A relative</source>
            <translation>Un familiar</translation>
        </message>
        <message>
            <source>A partner organisation</source>
            <translation>Una organización socia</translation>
        </message>
        <message>
            <source>Own observation</source>
            <translation>Observación propia</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>En seguimiento</translation>
        </message>
        <message>
            <source>Preventive</source>
            <translation>Preventiva</translation>
        </message>
        <message>
            <source>Emergency protocol</source>
            <translation>Protocolo de emergencia</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>Implementada</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonada</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgente</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Baja</translation>
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
            <source>Travelling</source>
            <translation>En viaje</translation>
        </message>
        <message>
            <source>In stay</source>
            <translation>En estancia</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Regresó</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Amenaza</translation>
        </message>
        <message>
            <source>Vulnerability</source>
            <translation>Vulnerabilidad</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacidad</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Crítico</translation>
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
            <source>Digital security</source>
            <translation>Seguridad digital</translation>
        </message>
        <message>
            <source>Physical security</source>
            <translation>Seguridad física</translation>
        </message>
        <message>
            <source>Networking</source>
            <translation>Trabajo en red</translation>
        </message>
        <message>
            <source>Reporting human rights abuses</source>
            <translation>Denuncia de violaciones de derechos humanos</translation>
        </message>
        <message>
            <source>Policy influencing</source>
            <translation>Incidencia en políticas</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planificación</translation>
        </message>
        <message>
            <source>Visa applied</source>
            <translation>Visado solicitado</translation>
        </message>
        <message>
            <source>Visa granted</source>
            <translation>Visado concedido</translation>
        </message>
        <message>
            <source>Visa refused</source>
            <translation>Visado denegado</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegó el</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
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
