<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About hrd-desk</source>
            <translation>Acerca de hrd-desk</translation>
        </message>
        <message>
            <source>hrd-desk %1</source>
            <translation>hrd-desk %1</translation>
        </message>
        <message>
            <source>Release key: %1. Compare it with the key id your office was given: releases signed with another key are not ours.</source>
            <translation>Clave de publicación: %1. Compárela con el identificador de clave que recibió su oficina: las versiones firmadas con otra clave no son nuestras.</translation>
        </message>
        <message>
            <source>Release key: none in this copy (not an official release).</source>
            <translation>Clave de publicación: ninguna en esta copia (no es una versión oficial).</translation>
        </message>
        <message>
            <source>An encrypted, offline desk for caseworkers who protect human rights defenders.</source>
            <translation>Un escritorio cifrado y sin conexión para quienes protegen a personas defensoras de derechos humanos.</translation>
        </message>
        <message>
            <source>Licence: %1 (GNU General Public License, version 3 or later). You may share and change it under its terms; it comes with no warranty.</source>
            <translation>Licencia: %1 (GNU General Public License, versión 3 o posterior). Puede compartirlo y modificarlo según sus términos; se ofrece sin garantía.</translation>
        </message>
        <message>
            <source>Packaged app.</source>
            <translation>Aplicación empaquetada.</translation>
        </message>
        <message>
            <source>Running from source.</source>
            <translation>Ejecutándose desde el código fuente.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source> It includes a GPS location.</source>
            <translation> Incluye una ubicación GPS.</translation>
        </message>
        <message>
            <source>This image carries %1 metadata.%2</source>
            <translation>Esta imagen contiene metadatos %1.%2</translation>
        </message>
        <message>
            <source>Attachments of this record</source>
            <translation>Adjuntos de este registro</translation>
        </message>
        <message>
            <source>Evidence files, encrypted in the vault. Drop files here or choose Add file.</source>
            <translation>Archivos de evidencia, cifrados en la bóveda. Suelte archivos aquí o elija Añadir archivo.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>Añadir archivo…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Export decrypted copy…</source>
            <translation>Exportar copia descifrada…</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete the selected file (Del)</source>
            <translation>Eliminar el archivo seleccionado (Supr)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Only images and plain text are shown inside the app: export a decrypted copy to open this file</source>
            <translation>Dentro de la aplicación solo se muestran imágenes y texto sin formato: exporte una copia descifrada para abrir este archivo</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Adjuntar un archivo</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Encrypting %1 into the vault…</source>
            <translation>Cifrando %1 en la bóveda…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Adding an attachment</source>
            <translation>Añadiendo un adjunto</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>El archivo no se adjuntó</translation>
        </message>
        <message>
            <source>Cannot show it</source>
            <translation>No se puede mostrar</translation>
        </message>
        <message>
            <source>Export a decrypted copy</source>
            <translation>Exportar una copia descifrada</translation>
        </message>
        <message>
            <source>“%1” will be written DECRYPTED outside the vault. Anyone with access to that disk can read it. Keep it on an encrypted disk and delete it when done.</source>
            <translation>«%1» se escribirá DESCIFRADO fuera de la bóveda. Cualquiera con acceso a ese disco podrá leerlo. Guárdelo en un disco cifrado y bórrelo al terminar.</translation>
        </message>
        <message>
            <source>Export decrypted copy</source>
            <translation>Exportar copia descifrada</translation>
        </message>
        <message>
            <source>Image metadata</source>
            <translation>Metadatos de la imagen</translation>
        </message>
        <message>
            <source> Leave it out of the copy? The original in the vault keeps it.</source>
            <translation> ¿Quitarlos de la copia? El original en la bóveda los conserva.</translation>
        </message>
        <message>
            <source>Strip metadata</source>
            <translation>Quitar metadatos</translation>
        </message>
        <message>
            <source>Keep metadata</source>
            <translation>Conservar metadatos</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado</translation>
        </message>
        <message>
            <source>A decrypted copy of “%1” was written.</source>
            <translation>Se escribió una copia descifrada de «%1».</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>No exportado</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intacto</translation>
        </message>
        <message>
            <source>“%1” matches the SHA-256 taken at intake:
%2</source>
            <translation>«%1» coincide con el SHA-256 tomado al recibirlo:
%2</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>DAÑADO</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <source>Delete this file</source>
            <translation>Eliminar este archivo</translation>
        </message>
        <message>
            <source>Delete “%1” from this vault? Its encrypted file is overwritten and its chain of custody goes with it: this cannot be undone. Colleagues who received it keep their copies, and their bundles will not bring it back here.</source>
            <translation>¿Eliminar «%1» de esta bóveda? Su archivo cifrado se sobrescribe y su cadena de custodia se va con él: no se puede deshacer. Los colegas que lo recibieron conservan sus copias, y sus paquetes no lo traerán de vuelta aquí.</translation>
        </message>
        <message>
            <source>Delete file</source>
            <translation>Eliminar archivo</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>No eliminado</translation>
        </message>
        <message>
            <source>This image cannot be shown (damaged, or a format Qt cannot read): export a decrypted copy to open it elsewhere.</source>
            <translation>Esta imagen no se puede mostrar (está dañada o en un formato que Qt no sabe leer): exporte una copia descifrada para abrirla en otro programa.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialogs</name>
        <message>
            <source>Created</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Editado</translation>
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation>Conflicto resuelto</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restaurado</translation>
        </message>
        <message>
            <source>Purged</source>
            <translation>Purgado</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartido</translation>
        </message>
        <message>
            <source>No longer shared</source>
            <translation>Ya no compartido</translation>
        </message>
        <message>
            <source>Marked sensitive</source>
            <translation>Marcado como sensible</translation>
        </message>
        <message>
            <source>No longer marked sensitive</source>
            <translation>Ya no marcado como sensible</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Paquete importado</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Paquete escrito</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>Cambios enviados</translation>
        </message>
        <message>
            <source>Name on the card changed</source>
            <translation>Nombre de la tarjeta cambiado</translation>
        </message>
        <message>
            <source>Colleague added</source>
            <translation>Colega añadido</translation>
        </message>
        <message>
            <source>Colleague verified</source>
            <translation>Colega verificado</translation>
        </message>
        <message>
            <source>Colleague revoked</source>
            <translation>Colega revocado</translation>
        </message>
        <message>
            <source>Colleague kind changed</source>
            <translation>Tipo de colega cambiado</translation>
        </message>
        <message>
            <source>Proposal accepted</source>
            <translation>Propuesta aceptada</translation>
        </message>
        <message>
            <source>Proposal refused</source>
            <translation>Propuesta rechazada</translation>
        </message>
        <message>
            <source>Drop folder set</source>
            <translation>Carpeta de depósito definida</translation>
        </message>
        <message>
            <source>Attachment added</source>
            <translation>Adjunto añadido</translation>
        </message>
        <message>
            <source>Attachment deleted</source>
            <translation>Adjunto eliminado</translation>
        </message>
        <message>
            <source>Attachment verified</source>
            <translation>Adjunto verificado</translation>
        </message>
        <message>
            <source>Attachment viewed</source>
            <translation>Adjunto visualizado</translation>
        </message>
        <message>
            <source>Decrypted copy of an attachment saved</source>
            <translation>Copia descifrada de un adjunto guardada</translation>
        </message>
        <message>
            <source>Custody statement of an attachment made</source>
            <translation>Declaración de cadena de custodia de un adjunto emitida</translation>
        </message>
        <message>
            <source>Colleague's new keys accepted</source>
            <translation>Nuevas claves de un colega aceptadas</translation>
        </message>
        <message>
            <source>Identity keys rotated</source>
            <translation>Claves de identidad renovadas</translation>
        </message>
        <message>
            <source>Old identity keys deleted</source>
            <translation>Claves de identidad antiguas eliminadas</translation>
        </message>
        <message>
            <source>Marked as restored from a backup</source>
            <translation>Marcada como restaurada desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Spreadsheet imported</source>
            <translation>Hoja de cálculo importada</translation>
        </message>
        <message>
            <source>Spreadsheet import undone</source>
            <translation>Importación de hoja de cálculo deshecha</translation>
        </message>
        <message>
            <source>Spreadsheet import brought back</source>
            <translation>Importación de hoja de cálculo recuperada</translation>
        </message>
        <message>
            <source>Recovery code made</source>
            <translation>Código de recuperación creado</translation>
        </message>
        <message>
            <source>Recovery code removed</source>
            <translation>Código de recuperación eliminado</translation>
        </message>
        <message>
            <source>Duress passphrase set</source>
            <translation>Frase de coacción establecida</translation>
        </message>
        <message>
            <source>Duress passphrase removed</source>
            <translation>Frase de coacción eliminada</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks set</source>
            <translation>Borrado tras desbloqueos fallidos configurado</translation>
        </message>
        <message>
            <source>colleague</source>
            <translation>colega</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>adjunto</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>campos</translation>
        </message>
        <message>
            <source>field</source>
            <translation>campo</translation>
        </message>
        <message>
            <source>versions</source>
            <translation>versiones</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>receipts</source>
            <translation>acuses de recibo</translation>
        </message>
        <message>
            <source>size</source>
            <translation>tamaño</translation>
        </message>
        <message>
            <source>records</source>
            <translation>registros</translation>
        </message>
        <message>
            <source>recipients</source>
            <translation>destinatarios</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>resultados</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>watched</source>
            <translation>vigilada</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificado</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recibido</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>adjuntos</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>History of this record</source>
            <translation>Historial de este registro</translation>
        </message>
        <message>
            <source>What was done to this record in this vault, newest first: when, what and which fields. Contents are never kept here. Changes from colleagues arrive with their bundles and show in Vault &gt; Audit trail as imports.</source>
            <translation>Lo que se hizo con este registro en esta bóveda, del más reciente al más antiguo: cuándo, qué y qué campos. Los contenidos nunca se guardan aquí. Los cambios de colegas llegan con sus paquetes y aparecen en Bóveda &gt; Registro de auditoría como importaciones.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <source>Record history</source>
            <translation>Historial del registro</translation>
        </message>
        <message>
            <source>Nothing recorded for it yet.</source>
            <translation>Aún no hay nada registrado.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>The audit trail is broken at event %1: events were changed or removed. Keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation>El registro de auditoría está roto en el evento %1: se modificaron o eliminaron eventos. Guarde una copia de la carpeta de la bóveda y consulte a la persona que da soporte a su oficina.</translation>
        </message>
        <message>
            <source>Audit trail check</source>
            <translation>Comprobación del registro de auditoría</translation>
        </message>
        <message>
            <source>The newest %1 events are shown.</source>
            <translation>Se muestran los %1 eventos más recientes.</translation>
        </message>
        <message>
            <source>Ids and field names only, never contents.</source>
            <translation>Solo identificadores y nombres de campos, nunca contenidos.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Record or colleague</source>
            <translation>Registro o colega</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Audit events</source>
            <translation>Eventos de auditoría</translation>
        </message>
        <message numerus="yes">
            <source>The audit trail is whole: %n event(s), each linked to the one before, and none removed from the end.</source>
            <translation>
                <numerusform>El registro de auditoría está completo: %n evento, enlazado con el anterior, y ninguno eliminado del final.</numerusform>
                <numerusform>El registro de auditoría está completo: %n eventos, cada uno enlazado con el anterior, y ninguno eliminado del final.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BundleRefusal</name>
        <message>
            <source>%1 is too short to be a bundle part: it may have been cut short</source>
            <translation>%1 es demasiado corto para ser una parte de paquete: puede que se haya cortado</translation>
        </message>
        <message>
            <source>%1 is not a whole bundle part: its end is not valid (cut short, damaged or altered)</source>
            <translation>%1 no es una parte de paquete completa: su final no es válido (cortado, dañado o alterado)</translation>
        </message>
        <message>
            <source>%1 claims %2 parts, more than the %3 a bundle may have</source>
            <translation>%1 declara %2 partes, más de las %3 que puede tener un paquete</translation>
        </message>
        <message>
            <source>%1 claims a bundle larger than any may be</source>
            <translation>%1 declara un paquete más grande de lo que ninguno puede ser</translation>
        </message>
        <message>
            <source>%1 holds %2 where part %3 of %4 holds %5: cut short or altered</source>
            <translation>%1 tiene %2 donde la parte %3 de %4 tiene %5: cortada o alterada</translation>
        </message>
        <message>
            <source>the folder %1 holds more than %2 files named as bundle parts</source>
            <translation>la carpeta %1 contiene más de %2 archivos con nombre de parte de paquete</translation>
        </message>
        <message>
            <source>%1 and %2 disagree about the bundle they belong to: altered</source>
            <translation>%1 y %2 no coinciden en el paquete al que pertenecen: alterados</translation>
        </message>
        <message>
            <source>%1 changed while it was read</source>
            <translation>%1 cambió mientras se leía</translation>
        </message>
        <message>
            <source>%1 ended early while it was read</source>
            <translation>%1 terminó antes de tiempo mientras se leía</translation>
        </message>
        <message>
            <source>the file is larger than any bundle may be</source>
            <translation>el archivo es más grande de lo que puede ser un paquete</translation>
        </message>
        <message>
            <source>the file is larger than %1</source>
            <translation>el archivo supera %1</translation>
        </message>
        <message>
            <source>the file ends before its last part</source>
            <translation>el archivo termina antes de su última parte</translation>
        </message>
        <message>
            <source>this is not a bundle of a version this app reads</source>
            <translation>no es un paquete de una versión que esta aplicación lea</translation>
        </message>
        <message>
            <source>bundle format %1, newer than this hrd-desk reads</source>
            <translation>formato de paquete %1, más reciente del que lee este hrd-desk</translation>
        </message>
        <message>
            <source>its records are of schema %1; this hrd-desk knows up to %2</source>
            <translation>sus registros son del esquema %1; este hrd-desk conoce hasta el %2</translation>
        </message>
        <message>
            <source>its header was altered or damaged</source>
            <translation>su encabezado fue alterado o dañado</translation>
        </message>
        <message>
            <source>its header is malformed</source>
            <translation>su encabezado está mal formado</translation>
        </message>
        <message>
            <source>its signed list of contents is malformed</source>
            <translation>su lista firmada de contenido está mal formada</translation>
        </message>
        <message>
            <source>it goes past one of the limits every bundle keeps to</source>
            <translation>supera uno de los límites que todo paquete respeta</translation>
        </message>
        <message>
            <source>its contents do not follow the format</source>
            <translation>su contenido no sigue el formato</translation>
        </message>
        <message>
            <source>none of its recipients is this vault</source>
            <translation>ninguno de sus destinatarios es esta bóveda</translation>
        </message>
        <message>
            <source>the sender did not address it to this vault: someone re-encrypted or forwarded it</source>
            <translation>el remitente no lo dirigió a esta bóveda: alguien lo volvió a cifrar o lo reenvió</translation>
        </message>
        <message>
            <source>its header is not the one the sender signed: someone re-encrypted it</source>
            <translation>su encabezado no es el que firmó el remitente: alguien lo volvió a cifrar</translation>
        </message>
        <message>
            <source>this is not an acknowledgement file</source>
            <translation>no es un archivo de acuses de recibo</translation>
        </message>
        <message>
            <source>acknowledgements in a format this hrd-desk does not know</source>
            <translation>acuses de recibo en un formato que este hrd-desk no conoce</translation>
        </message>
        <message>
            <source>the sender is not one of your colleagues</source>
            <translation>el remitente no es uno de sus colegas</translation>
        </message>
        <message>
            <source>the sender's fingerprint: %1</source>
            <translation>huella del remitente: %1</translation>
        </message>
        <message>
            <source>the sender is a revoked colleague</source>
            <translation>el remitente es un colega revocado</translation>
        </message>
        <message>
            <source>the sender's signature does not verify</source>
            <translation>la firma del remitente no se verifica</translation>
        </message>
        <message>
            <source>a colleague's new identity card in it is not signed as it must be</source>
            <translation>la nueva tarjeta de identidad de un colega que contiene no está firmada como debe</translation>
        </message>
        <message>
            <source>it was imported before</source>
            <translation>ya se importó antes</translation>
        </message>
        <message>
            <source>a record in it is malformed</source>
            <translation>un registro que contiene está mal formado</translation>
        </message>
        <message>
            <source>the description of an evidence file in it is malformed</source>
            <translation>la descripción de un archivo de prueba que contiene está mal formada</translation>
        </message>
        <message>
            <source>it holds more than %1 evidence files</source>
            <translation>contiene más de %1 archivos de prueba</translation>
        </message>
        <message>
            <source>an evidence file in it is larger than %1</source>
            <translation>un archivo de prueba que contiene supera %1</translation>
        </message>
        <message>
            <source>an evidence file in it reuses the id of another one held here</source>
            <translation>un archivo de prueba que contiene reutiliza el identificador de otro que ya está aquí</translation>
        </message>
        <message>
            <source>an evidence file in it holds more data than it declares</source>
            <translation>un archivo de prueba que contiene tiene más datos de los que declara</translation>
        </message>
        <message>
            <source>an evidence file in it ends before its declared size</source>
            <translation>un archivo de prueba que contiene termina antes de su tamaño declarado</translation>
        </message>
        <message>
            <source>an evidence file in it does not match its SHA-256: altered or damaged</source>
            <translation>un archivo de prueba que contiene no coincide con su SHA-256: alterado o dañado</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 is there but belongs to another bundle</source>
            <translation>%1 está ahí pero pertenece a otro paquete</translation>
        </message>
        <message>
            <source>%1 is there but damaged or cut short</source>
            <translation>%1 está ahí pero dañado o cortado</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>missing: part(s) %1 of %2</source>
            <translation>
                <numerusform>falta: parte %1 de %2</numerusform>
                <numerusform>faltan: partes %1 de %2</numerusform>
            </translation>
        </message>
    </context>
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
        <name>Colleagues</name>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation>NO VERIFICADO</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revocado</translation>
        </message>
        <message>
            <source>You compared fingerprints with them</source>
            <translation>Comparó las huellas con esta persona</translation>
        </message>
        <message>
            <source>Compare fingerprints with them before sending anything</source>
            <translation>Compare las huellas con esta persona antes de enviarle nada</translation>
        </message>
        <message>
            <source>Nothing is sent to them, and their bundles are refused</source>
            <translation>No se le envía nada y sus paquetes se rechazan</translation>
        </message>
        <message>
            <source>Programme office</source>
            <translation>Oficina del programa</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Organización socia</translation>
        </message>
        <message>
            <source>Receives the records you share whole</source>
            <translation>Recibe completos los registros que usted comparte</translation>
        </message>
        <message>
            <source>Receives records redacted: codenames instead of names; no legal names, contact details, addresses, exact places, related people's names or notes, or free text marked sensitive</source>
            <translation>Recibe los registros censurados: nombres en clave en lugar de nombres; sin nombres legales, datos de contacto, direcciones, lugares exactos, nombres ni notas de personas relacionadas, ni texto libre marcado como sensible</translation>
        </message>
        <message>
            <source>Colleagues are the offices and caseworkers you exchange records with. Add one from the identity card they gave you, then compare fingerprints with them before you send them anything.</source>
            <translation>Los colegas son las oficinas y las personas que llevan casos con quienes intercambia registros. Añada uno a partir de la tarjeta de identidad que le dio y compare las huellas antes de enviarle nada.</translation>
        </message>
        <message>
            <source>Add from card file…</source>
            <translation>Añadir desde archivo de tarjeta…</translation>
        </message>
        <message>
            <source>Add a colleague from the identity card they gave you</source>
            <translation>Añadir un colega a partir de la tarjeta de identidad que le dio</translation>
        </message>
        <message>
            <source>Compare fingerprints…</source>
            <translation>Comparar huellas…</translation>
        </message>
        <message>
            <source>Compare fingerprints with the selected colleague</source>
            <translation>Comparar huellas con el colega seleccionado</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Revocar…</translation>
        </message>
        <message>
            <source>Stop all exchange with the selected colleague</source>
            <translation>Detener todo intercambio con el colega seleccionado</translation>
        </message>
        <message>
            <source>Make partner…</source>
            <translation>Hacer socia…</translation>
        </message>
        <message>
            <source>Change whether the selected colleague is a programme office or a partner organisation</source>
            <translation>Cambiar si el colega seleccionado es una oficina del programa o una organización socia</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Colegas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Name on their card</source>
            <translation>Nombre en su tarjeta</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <source>No colleagues yet. Ask the office you will exchange with for their identity card, and give them yours (under My identity).</source>
            <translation>Aún no hay colegas. Pida su tarjeta de identidad a la oficina con la que va a intercambiar y entréguele la suya (en Mi identidad).</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>Añadir un colega</translation>
        </message>
        <message>
            <source>Your name for this colleague (only you see it; it must differ from your other colleagues' names):</source>
            <translation>Su nombre para este colega (solo usted lo ve; debe ser distinto de los nombres de sus otros colegas):</translation>
        </message>
        <message>
            <source>Your name for this colleague</source>
            <translation>Su nombre para este colega</translation>
        </message>
        <message>
            <source>A partner organisation (not an office of the programme)</source>
            <translation>Una organización socia (no una oficina del programa)</translation>
        </message>
        <message>
            <source>A partner organisation</source>
            <translation>Una organización socia</translation>
        </message>
        <message>
            <source>Partners receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation>Las organizaciones socias reciben los registros censurados, y solo de defensores cuyo consentimiento cubre a las organizaciones socias.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel adding</source>
            <translation>Cancelar la adición</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Añadir colega</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the comparison</source>
            <translation>Cerrar la comparación</translation>
        </message>
        <message>
            <source>Every group matches: mark verified…</source>
            <translation>Todos los grupos coinciden: marcar como verificado…</translation>
        </message>
        <message>
            <source>Every group matches: mark verified</source>
            <translation>Todos los grupos coinciden: marcar como verificado</translation>
        </message>
        <message>
            <source>Suspect: %1; those changes are kept aside.</source>
            <translation>Sospechoso: %1; esos cambios se apartan.</translation>
        </message>
        <message>
            <source>%1 says it revoked them (%2). Revoke them here too if you agree.</source>
            <translation>%1 dice que lo revocó (%2). Revóquelo aquí también si está de acuerdo.</translation>
        </message>
        <message>
            <source> · SUSPECT</source>
            <translation> · SOSPECHOSO</translation>
        </message>
        <message>
            <source> · revoked by a colleague</source>
            <translation> · revocado por un colega</translation>
        </message>
        <message>
            <source>Make office…</source>
            <translation>Hacer oficina…</translation>
        </message>
        <message>
            <source>Compare fingerprints again…</source>
            <translation>Comparar huellas de nuevo…</translation>
        </message>
        <message>
            <source>Open a colleague's identity card</source>
            <translation>Abrir la tarjeta de identidad de un colega</translation>
        </message>
        <message>
            <source>Card refused</source>
            <translation>Tarjeta rechazada</translation>
        </message>
        <message>
            <source>This card names itself “%1”. Choose your own name for this colleague below. Adding them does not make them trusted: compare fingerprints with them next.</source>
            <translation>Esta tarjeta se llama a sí misma «%1». Elija abajo su propio nombre para este colega. Añadirlo no lo hace de confianza: compare las huellas a continuación.</translation>
        </message>
        <message>
            <source>Fingerprint on this card</source>
            <translation>Huella de esta tarjeta</translation>
        </message>
        <message>
            <source>Added %1. Not verified yet: compare fingerprints with them before sending anything.</source>
            <translation>%1 añadido. Aún no verificado: compare las huellas antes de enviarle nada.</translation>
        </message>
        <message>
            <source>Colleague not added</source>
            <translation>Colega no añadido</translation>
        </message>
        <message>
            <source>Compare fingerprints with %1</source>
            <translation>Comparar huellas con %1</translation>
        </message>
        <message>
            <source>Meet %1, or call them on a line where you know their voice. Each of you reads your own fingerprint aloud, group by group, while the other checks it here. In person, you can instead scan the QR code on their screen with a phone camera and compare the groups it shows with theirs below. Mark them verified only if every group matches. If any group differs, do not verify: someone may be posing as them.</source>
            <translation>Reúnase con %1, o llame por una línea en la que reconozca su voz. Cada uno lee en voz alta su propia huella, grupo por grupo, mientras el otro la comprueba aquí. En persona, también puede escanear el código QR de su pantalla con la cámara de un teléfono y comparar los grupos que muestra con los suyos abajo. Márquelo como verificado solo si todos los grupos coinciden. Si algún grupo difiere, no lo verifique: alguien podría estar haciéndose pasar por esa persona.</translation>
        </message>
        <message>
            <source>This vault (yours)</source>
            <translation>Esta bóveda (la suya)</translation>
        </message>
        <message>
            <source>%1 (theirs, from their card)</source>
            <translation>%1 (la suya, según su tarjeta)</translation>
        </message>
        <message>
            <source>Mark as verified</source>
            <translation>Marcar como verificado</translation>
        </message>
        <message>
            <source>Did all ten groups match, compared with %1 in person or on a call where you knew their voice?

Once verified, records can be sent to them and synced with them without further warnings.</source>
            <translation>¿Coincidieron los diez grupos, comparados con %1 en persona o en una llamada en la que reconocía su voz?

Una vez verificado, se le podrán enviar y sincronizar registros sin más advertencias.</translation>
        </message>
        <message>
            <source>They matched: mark as verified</source>
            <translation>Coincidieron: marcar como verificado</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>%1 is verified.</source>
            <translation>%1 está verificado.</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>No verificado</translation>
        </message>
        <message>
            <source>Make %1 a partner organisation?

From now on they receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation>¿Convertir a %1 en organización socia?

A partir de ahora recibirá los registros censurados, y solo de defensores cuyo consentimiento cubre a las organizaciones socias.</translation>
        </message>
        <message>
            <source>Make %1 an office of the programme?

From now on what you share with them leaves whole. What they already received stays as it was sent: nothing is sent again unredacted.</source>
            <translation>¿Convertir a %1 en oficina del programa?

A partir de ahora lo que comparta con ella sale completo. Lo que ya recibió queda como se envió: nada se reenvía sin censurar.</translation>
        </message>
        <message>
            <source>Change colleague kind</source>
            <translation>Cambiar el tipo de colega</translation>
        </message>
        <message>
            <source>Make partner</source>
            <translation>Hacer socia</translation>
        </message>
        <message>
            <source>Make office</source>
            <translation>Hacer oficina</translation>
        </message>
        <message>
            <source>Keep as it is</source>
            <translation>Dejar como está</translation>
        </message>
        <message>
            <source>%1 is now a partner organisation.</source>
            <translation>%1 es ahora una organización socia.</translation>
        </message>
        <message>
            <source>%1 is now a programme office.</source>
            <translation>%1 es ahora una oficina del programa.</translation>
        </message>
        <message>
            <source>Kind not changed</source>
            <translation>Tipo no cambiado</translation>
        </message>
        <message>
            <source>Revoke colleague</source>
            <translation>Revocar colega</translation>
        </message>
        <message>
            <source>Revoke %1?

Nothing will be sent to them again, and bundles from them will be refused from now on. What they already received stays with them; records they sent you stay here.

This cannot be undone: their card cannot be added again. Revoke only if their key may be lost, stolen or no longer theirs.</source>
            <translation>¿Revocar a %1?

No se le volverá a enviar nada y sus paquetes se rechazarán a partir de ahora. Lo que ya recibió se queda con esa persona; los registros que le envió se quedan aquí.

No se puede deshacer: su tarjeta no podrá añadirse de nuevo. Revoque solo si su clave pudo perderse, ser robada o dejar de ser suya.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revocar</translation>
        </message>
        <message>
            <source>Keep colleague</source>
            <translation>Conservar colega</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>%1 está revocado.</translation>
        </message>
        <message>
            <source>Not revoked</source>
            <translation>No revocado</translation>
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
        <name>Conflicts</name>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>This vault</source>
            <translation>Esta bóveda</translation>
        </message>
        <message>
            <source>%1, %2 (deleted it)</source>
            <translation>%1, %2 (lo eliminó)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>This vault's version (mine), %1</source>
            <translation>Versión de esta bóveda (la mía), %1</translation>
        </message>
        <message>
            <source>%1's version, %2</source>
            <translation>Versión de %1, %2</translation>
        </message>
        <message>
            <source>This vault's own latest version (mine)</source>
            <translation>Última versión propia de esta bóveda (la mía)</translation>
        </message>
        <message>
            <source>A conflict is a field changed here and by a colleague before either saw the other's change (or a record deleted on one side while edited on the other). Both versions are kept until you choose; meanwhile the record shows the latest change and stays visible. A proposal is a colleague's change to consent, to what a record belongs to or to a field it was not given: only this office decides those, so it waits here until you accept or refuse it.</source>
            <translation>Un conflicto es un campo cambiado aquí y por un colega antes de que ninguno viera el cambio del otro (o un registro eliminado en un lado mientras se editaba en el otro). Ambas versiones se guardan hasta que usted elija; mientras tanto, el registro muestra el último cambio y sigue visible. Una propuesta es un cambio de un colega al consentimiento, a aquello a lo que pertenece un registro o a un campo que no se le envió: solo esta oficina decide eso, así que espera aquí hasta que la acepte o la rechace.</translation>
        </message>
        <message>
            <source>Records in conflict</source>
            <translation>Registros en conflicto</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Qué difiere</translation>
        </message>
        <message>
            <source>No conflicts. Nothing needs your decision.</source>
            <translation>No hay conflictos. Nada espera su decisión.</translation>
        </message>
        <message>
            <source>Values in each version</source>
            <translation>Valores de cada versión</translation>
        </message>
        <message>
            <source>Show hidden values</source>
            <translation>Mostrar valores ocultos</translation>
        </message>
        <message>
            <source>Show sensitive values until you leave this conflict</source>
            <translation>Mostrar los valores sensibles hasta que salga de este conflicto</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Version to keep</source>
            <translation>Versión a conservar</translation>
        </message>
        <message>
            <source>Keep this version…</source>
            <translation>Conservar esta versión…</translation>
        </message>
        <message>
            <source>Keep the chosen version</source>
            <translation>Conservar la versión elegida</translation>
        </message>
        <message>
            <source>%1 proposes a change: %2</source>
            <translation>%1 propone un cambio: %2</translation>
        </message>
        <message>
            <source>deleted on one side</source>
            <translation>eliminado en un lado</translation>
        </message>
        <message>
            <source>Each column is one version: where and when it was made, and what it held.</source>
            <translation>Cada columna es una versión: dónde y cuándo se hizo, y qué contenía.</translation>
        </message>
        <message>
            <source> One side deleted this record while the other changed it.</source>
            <translation> Un lado eliminó este registro mientras el otro lo cambiaba.</translation>
        </message>
        <message>
            <source> (sent on by %1)</source>
            <translation> (reenviado por %1)</translation>
        </message>
        <message>
            <source>%1%2 proposes to change what only this office decides: consent, or which defender, case or stay this record belongs to. Nothing changes, and nothing is sent on, until you accept it.</source>
            <translation>%1%2 propone cambiar lo que solo esta oficina decide: el consentimiento, o a qué defensor, caso o estancia pertenece este registro. Nada cambia, y nada se reenvía, hasta que usted lo acepte.</translation>
        </message>
        <message>
            <source>Decide…</source>
            <translation>Decidir…</translation>
        </message>
        <message>
            <source>Refuse: keep this vault's values</source>
            <translation>Rechazar: conservar los valores de esta bóveda</translation>
        </message>
        <message>
            <source>Accept %1's proposal</source>
            <translation>Aceptar la propuesta de %1</translation>
        </message>
        <message>
            <source>This vault now</source>
            <translation>Esta bóveda ahora</translation>
        </message>
        <message>
            <source>%1 proposes, %2</source>
            <translation>%1 propone, %2</translation>
        </message>
        <message>
            <source>Hide values</source>
            <translation>Ocultar valores</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Conservado</translation>
        </message>
        <message>
            <source>This record is not kept updated for any colleague, so your choice stays in this vault.</source>
            <translation>Este registro no se mantiene actualizado para ningún colega, así que su elección se queda en esta bóveda.</translation>
        </message>
        <message>
            <source>Your choice is sent at the next exchange to %1.</source>
            <translation>Su elección se envía en el próximo intercambio a %1.</translation>
        </message>
        <message>
            <source>Accept %1's change to “%2”?

It becomes this office's own decision. %3</source>
            <translation>¿Aceptar el cambio de %1 a «%2»?

Pasa a ser una decisión propia de esta oficina. %3</translation>
        </message>
        <message>
            <source>Accept the change</source>
            <translation>Aceptar el cambio</translation>
        </message>
        <message>
            <source>Refuse %1's change to “%2”?

The record keeps this vault's values; the proposal is dropped.</source>
            <translation>¿Rechazar el cambio de %1 a «%2»?

El registro conserva los valores de esta bóveda; la propuesta se descarta.</translation>
        </message>
        <message>
            <source>Refuse the change</source>
            <translation>Rechazar el cambio</translation>
        </message>
        <message>
            <source>Decide on a proposal</source>
            <translation>Decidir sobre una propuesta</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Sin decidir</translation>
        </message>
        <message>
            <source>Resolve the conflict</source>
            <translation>Resolver el conflicto</translation>
        </message>
        <message>
            <source>Keep %1 for “%2”?

The record then shows that version's values for the fields that differ. The other versions stay in the record's history. %3</source>
            <translation>¿Conservar %1 para «%2»?

El registro mostrará entonces los valores de esa versión en los campos que difieren. Las otras versiones quedan en el historial del registro. %3</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Conservar esta versión</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Sin resolver</translation>
        </message>
    </context>
    <context>
        <name>CopyGuard</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Afghanistan</source>
            <translation>Afganistán</translation>
        </message>
        <message>
            <source>Albania</source>
            <translation>Albania</translation>
        </message>
        <message>
            <source>Algeria</source>
            <translation>Algeria</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <translation>Samoa Estadounidense</translation>
        </message>
        <message>
            <source>Andorra</source>
            <translation>Andorra</translation>
        </message>
        <message>
            <source>Angola</source>
            <translation>Angola</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <translation>Anguila</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <translation>Antártida</translation>
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation>Antigua y Barbuda</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentina</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>Armenia</translation>
        </message>
        <message>
            <source>Aruba</source>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Ascension Island</source>
            <translation>Isla Ascensión</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>Australia</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>Austria</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Azerbaiyán</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <translation>Baréin</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>Bangladés</translation>
        </message>
        <message>
            <source>Barbados</source>
            <translation>Barbados</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>Bielorrusia</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>Bélgica</translation>
        </message>
        <message>
            <source>Belize</source>
            <translation>Belice</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>Benín</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <translation>Islas Bermudas</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>Bután</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>Bolivia</translation>
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation>Bosnia y Herzegovina</translation>
        </message>
        <message>
            <source>Botswana</source>
            <translation>Botsuana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <translation>Isla Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brasil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation>Territorio Británico del Océano Índico</translation>
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation>Islas Vírgenes Británicas</translation>
        </message>
        <message>
            <source>Brunei</source>
            <translation>Brunei Darussalam</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>Bulgaria</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>Burquina Faso</translation>
        </message>
        <message>
            <source>Burundi</source>
            <translation>Burundi</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>Camboya</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Camerún</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>Canadá</translation>
        </message>
        <message>
            <source>Canary Islands</source>
            <translation>Canarias</translation>
        </message>
        <message>
            <source>Cape Verde</source>
            <translation>Cabo Verde</translation>
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation>Caribe neerlandés</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation>Islas Caimán</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <translation>República Centroafricana</translation>
        </message>
        <message>
            <source>Ceuta &amp; Melilla</source>
            <translation>Ceuta y Melilla</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>Chad</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>Chile</translation>
        </message>
        <message>
            <source>China</source>
            <translation>China</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <translation>Isla de Navidad</translation>
        </message>
        <message>
            <source>Clipperton Island</source>
            <translation>Isla Clipperton</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <translation>Islas Cocos (Keeling)</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Comoros</source>
            <translation>Comoras</translation>
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation>República del Congo</translation>
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation>República Democrática del Congo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <translation>Islas Cook</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>Croacia</translation>
        </message>
        <message>
            <source>Cuba</source>
            <translation>Cuba</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <translation>Curazao</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <translation>Chipre</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>Chequia</translation>
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation>Costa de Marfil</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Dinamarca</translation>
        </message>
        <message>
            <source>Diego Garcia</source>
            <translation>Diego García</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <translation>Yibuti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <translation>Dominica</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>República Dominicana</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Egipto</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation>Guinea Ecuatorial</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <translation>Eritrea</translation>
        </message>
        <message>
            <source>Estonia</source>
            <translation>Estonia</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <translation>Esuatini</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Etiopía</translation>
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation>Islas Malvinas</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation>Islas Feroe</translation>
        </message>
        <message>
            <source>Fiji</source>
            <translation>Fiyi</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>Finlandia</translation>
        </message>
        <message>
            <source>France</source>
            <translation>Francia</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <translation>Guayana Francesa</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <translation>Polinesia Francesa</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <translation>Territorios Franceses del Sur</translation>
        </message>
        <message>
            <source>Gabon</source>
            <translation>Gabón</translation>
        </message>
        <message>
            <source>Gambia</source>
            <translation>Gambia</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Georgia</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Alemania</translation>
        </message>
        <message>
            <source>Ghana</source>
            <translation>Ghana</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <translation>Gibraltar</translation>
        </message>
        <message>
            <source>Greece</source>
            <translation>Grecia</translation>
        </message>
        <message>
            <source>Greenland</source>
            <translation>Groenlandia</translation>
        </message>
        <message>
            <source>Grenada</source>
            <translation>Granada</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation>Guadalupe</translation>
        </message>
        <message>
            <source>Guam</source>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <translation>Guatemala</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <translation>Guernsey</translation>
        </message>
        <message>
            <source>Guinea</source>
            <translation>Guinea</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <translation>Guinea-Bisáu</translation>
        </message>
        <message>
            <source>Guyana</source>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Haiti</source>
            <translation>Haití</translation>
        </message>
        <message>
            <source>Heard &amp; McDonald Islands</source>
            <translation>Isla Heard e Islas McDonald</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Hong Kong SAR China</source>
            <translation>Hong Kong</translation>
        </message>
        <message>
            <source>Hungary</source>
            <translation>Hungría</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>Islandia</translation>
        </message>
        <message>
            <source>India</source>
            <translation>India</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>Irán</translation>
        </message>
        <message>
            <source>Iraq</source>
            <translation>Irak</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Irlanda</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <translation>Isla de Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>Israel</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Italia</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <translation>Jamaica</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japón</translation>
        </message>
        <message>
            <source>Jersey</source>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>Jordania</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Kazajistán</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>Kenia</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <translation>Kiribati</translation>
        </message>
        <message>
            <source>Kosovo</source>
            <translation>Kosovo</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <translation>Kuwait</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>Kirguistán</translation>
        </message>
        <message>
            <source>Laos</source>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Latvia</source>
            <translation>Letonia</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <translation>Líbano</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <translation>Lesoto</translation>
        </message>
        <message>
            <source>Liberia</source>
            <translation>Liberia</translation>
        </message>
        <message>
            <source>Libya</source>
            <translation>Libia</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <translation>Lituania</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>Luxemburgo</translation>
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation>Macao</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>Madagascar</translation>
        </message>
        <message>
            <source>Malawi</source>
            <translation>Malaui</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <translation>Malasia</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>Islas Maldivas</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>Malí</translation>
        </message>
        <message>
            <source>Malta</source>
            <translation>Malta</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation>Islas Marshall</translation>
        </message>
        <message>
            <source>Martinique</source>
            <translation>Martinica</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>Mauritania</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <translation>Mauricio</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <source>Micronesia</source>
            <translation>Micronesia</translation>
        </message>
        <message>
            <source>Moldova</source>
            <translation>Moldavia</translation>
        </message>
        <message>
            <source>Monaco</source>
            <translation>Mónaco</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>Mongolia</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>Montenegro</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Marruecos</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation>Birmania</translation>
        </message>
        <message>
            <source>Namibia</source>
            <translation>Namibia</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>Nauru</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>Nepal</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>Países Bajos</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <translation>Nueva Caledonia</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>Nueva Zelanda</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <translation>Nicaragua</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>Niger</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <translation>Nigeria</translation>
        </message>
        <message>
            <source>Niue</source>
            <translation>Niue</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation>Isla Norfolk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <translation>Corea del Norte</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>Macedonia del Norte</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation>Islas Marianas del Norte</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Noruega</translation>
        </message>
        <message>
            <source>Oman</source>
            <translation>Omán</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>Pakistán</translation>
        </message>
        <message>
            <source>Palau</source>
            <translation>Palaos</translation>
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation>Territorios Palestinos</translation>
        </message>
        <message>
            <source>Panama</source>
            <translation>Panamá</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation>Papúa Nueva Guinea</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Perú</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Filipinas</translation>
        </message>
        <message>
            <source>Pitcairn Islands</source>
            <translation>Pitcairn</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Polonia</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation>Puerto Rico</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>Catar</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>Rumanía</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Rusia</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <translation>Ruanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Samoa</source>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>San Marino</source>
            <translation>San Marino</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation>Arabia Saudí</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>Senegal</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>Serbia</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <translation>Seychelles</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation>Sierra Leona</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Singapur</translation>
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation>Isla de San Martín (zona holandesa)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <translation>Eslovaquia</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>Eslovenia</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation>Islas Salomón</translation>
        </message>
        <message>
            <source>Somalia</source>
            <translation>Somalia</translation>
        </message>
        <message>
            <source>South Africa</source>
            <translation>Sudáfrica</translation>
        </message>
        <message>
            <source>South Georgia &amp; South Sandwich Islands</source>
            <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
        </message>
        <message>
            <source>South Korea</source>
            <translation>Corea del Sur</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <translation>Sudán del Sur</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>España</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation>San Bartolomé</translation>
        </message>
        <message>
            <source>St. Helena</source>
            <translation>Santa Elena</translation>
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation>San Cristóbal y Nieves</translation>
        </message>
        <message>
            <source>St. Lucia</source>
            <translation>Santa Lucía</translation>
        </message>
        <message>
            <source>St. Martin</source>
            <translation>San Martín (zona francesa)</translation>
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation>San Pedro y Miquelon</translation>
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation>San Vicente y las Granadinas</translation>
        </message>
        <message>
            <source>Sudan</source>
            <translation>Sudán</translation>
        </message>
        <message>
            <source>Suriname</source>
            <translation>Surinám</translation>
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation>Svalbard y Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>Suecia</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Suiza</translation>
        </message>
        <message>
            <source>Syria</source>
            <translation>Siria</translation>
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation>Santo Tomé y Príncipe</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>Taiwán</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>Tayikistán</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <translation>Tanzania</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>Tailandia</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation>Timor Oriental</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <translation>Tokelau</translation>
        </message>
        <message>
            <source>Tonga</source>
            <translation>Tonga</translation>
        </message>
        <message>
            <source>Trinidad &amp; Tobago</source>
            <translation>Trinidad y Tobago</translation>
        </message>
        <message>
            <source>Tristan da Cunha</source>
            <translation>Tristán de Acuña</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>Tunez</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>Turkmenistán</translation>
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation>Islas Turcas y Caicos</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <translation>Turquía</translation>
        </message>
        <message>
            <source>U.S. Outlying Islands</source>
            <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation>Islas Vírgenes de EE. UU.</translation>
        </message>
        <message>
            <source>Uganda</source>
            <translation>Uganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>Ucrania</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation>Emiratos Árabes Unidos</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Reino Unido</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>Uzbekistán</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <translation>Vanuatu</translation>
        </message>
        <message>
            <source>Vatican City</source>
            <translation>Ciudad del Vaticano</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <translation>Venezuela</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>Vietnam</translation>
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation>Wallis y Futuna</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <translation>Sahara Occidental</translation>
        </message>
        <message>
            <source>Yemen</source>
            <translation>Yemen</translation>
        </message>
        <message>
            <source>Zambia</source>
            <translation>Zambia</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <translation>Zimbabue</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <translation>Islas Äland</translation>
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
            <source>Attachments…</source>
            <translation>Adjuntos…</translation>
        </message>
        <message>
            <source>Evidence files attached to this defender: add, view, export, verify</source>
            <translation>Archivos de prueba adjuntos a este defensor: añadir, ver, exportar, verificar</translation>
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
        <name>Dossier</name>
        <message>
            <source>(withheld)</source>
            <translation>(retenido)</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Defensor/a</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>Incident timeline</source>
            <translation>Cronología de incidentes</translation>
        </message>
        <message>
            <source>Threat pattern</source>
            <translation>Patrón de amenazas</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Estancias</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Incidencia</translation>
        </message>
        <message>
            <source>Risk trend</source>
            <translation>Evolución del riesgo</translation>
        </message>
        <message>
            <source>Risks in the latest assessment</source>
            <translation>Riesgos de la última evaluación</translation>
        </message>
        <message>
            <source>Security plan status</source>
            <translation>Estado del plan de seguridad</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Categoría: %1</translation>
        </message>
        <message>
            <source>Perpetrator: %1</source>
            <translation>Autor: %1</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Highest severity</source>
            <translation>Gravedad máxima</translation>
        </message>
        <message>
            <source>No incident under this profile.</source>
            <translation>Ningún incidente con este perfil.</translation>
        </message>
        <message>
            <source>Incidents counted in the chart</source>
            <translation>Incidentes contados en el gráfico</translation>
        </message>
        <message>
            <source>%1 from %2 to %3 (those this profile lets leave)</source>
            <translation>%1 de %2 a %3 (los que este perfil deja salir)</translation>
        </message>
        <message>
            <source>Measures planned</source>
            <translation>Medidas previstas</translation>
        </message>
        <message>
            <source>Measures in place</source>
            <translation>Medidas vigentes</translation>
        </message>
        <message>
            <source>Measures lapsed</source>
            <translation>Medidas caducadas</translation>
        </message>
        <message>
            <source>Measures dropped</source>
            <translation>Medidas abandonadas</translation>
        </message>
        <message>
            <source>Measures %1</source>
            <translation>Medidas: %1</translation>
        </message>
        <message>
            <source>Measures overdue on %1</source>
            <translation>Medidas atrasadas al %1</translation>
        </message>
        <message>
            <source>Measures whose review is due</source>
            <translation>Medidas que toca revisar</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Próxima revisión</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>ninguna fijada</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasada</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Profile: %1 · %2 · Office: %3</source>
            <translation>Perfil: %1 · %2 · Oficina: %3</translation>
        </message>
        <message>
            <source>Dossier: %1</source>
            <translation>Expediente: %1</translation>
        </message>
        <message>
            <source>Prepared %1 by %2, %3 profile. Not encrypted: keep it safe.</source>
            <translation>Preparado el %1 por %2, perfil %3. Sin cifrar: guárdelo en lugar seguro.</translation>
        </message>
        <message>
            <source>None under this profile.</source>
            <translation>Nada con este perfil.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>full</source>
            <translation>completo</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>socio</translation>
        </message>
        <message>
            <source>public</source>
            <translation>público</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identificador</translation>
        </message>
        <message>
            <source>this office (no name set)</source>
            <translation>esta oficina (sin nombre)</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>%n incidente omitido: el consentimiento de un/a defensor/a afectado/a no permite este perfil.</numerusform>
                <numerusform>%n incidentes omitidos: el consentimiento de un/a defensor/a afectado/a no permite este perfil.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) left out (consent).</source>
            <translation>
                <numerusform>%n estancia omitida (consentimiento).</numerusform>
                <numerusform>%n estancias omitidas (consentimiento).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) left out (consent).</source>
            <translation>
                <numerusform>%n acción omitida (consentimiento).</numerusform>
                <numerusform>%n acciones omitidas (consentimiento).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) left out (consent).</source>
            <translation>
                <numerusform>%n evaluación omitida (consentimiento).</numerusform>
                <numerusform>%n evaluaciones omitidas (consentimiento).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s) left out (consent).</source>
            <translation>
                <numerusform>%n elemento de riesgo omitido (consentimiento).</numerusform>
                <numerusform>%n elementos de riesgo omitidos (consentimiento).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) left out (consent).</source>
            <translation>
                <numerusform>%n medida omitida (consentimiento).</numerusform>
                <numerusform>%n medidas omitidas (consentimiento).</numerusform>
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
        <name>Errors</name>
        <message>
            <source>The change was not saved</source>
            <translation>No se guardó el cambio</translation>
        </message>
        <message>
            <source>access refused</source>
            <translation>acceso denegado</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>no existe</translation>
        </message>
        <message>
            <source>a name in its path is not a folder</source>
            <translation>un nombre de su ruta no es una carpeta</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>es una carpeta</translation>
        </message>
        <message>
            <source>it is a link, which is not followed</source>
            <translation>es un enlace, que no se sigue</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>el disco informó de un error</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>la cuota del disco está agotada</translation>
        </message>
        <message>
            <source>the file is too large for this disk</source>
            <translation>el archivo es demasiado grande para este disco</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>el nombre es demasiado largo</translation>
        </message>
        <message>
            <source>it is in use</source>
            <translation>está en uso</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>hay demasiados archivos abiertos</translation>
        </message>
        <message>
            <source>the device is not there</source>
            <translation>el dispositivo no está</translation>
        </message>
        <message>
            <source>the device did not answer in time</source>
            <translation>el dispositivo no respondió a tiempo</translation>
        </message>
        <message>
            <source>This is required.</source>
            <translation>Este campo es obligatorio.</translation>
        </message>
        <message>
            <source>This is longer than 1 MiB.</source>
            <translation>Este texto supera 1 MiB.</translation>
        </message>
        <message>
            <source>This holds characters that cannot be kept (control characters, or a line break where one line is expected).</source>
            <translation>Este texto contiene caracteres que no se pueden guardar (caracteres de control, o un salto de línea donde se espera una sola línea).</translation>
        </message>
        <message>
            <source>“%1” is not one of the choices.</source>
            <translation>«%1» no es una de las opciones.</translation>
        </message>
        <message>
            <source>“%1” is not a whole number.</source>
            <translation>«%1» no es un número entero.</translation>
        </message>
        <message>
            <source>Give a whole number from %1 to %2.</source>
            <translation>Indique un número entero de %1 a %2.</translation>
        </message>
        <message>
            <source>“%1” is not a two-letter country code.</source>
            <translation>«%1» no es un código de país de dos letras.</translation>
        </message>
        <message>
            <source>There are too many items.</source>
            <translation>Hay demasiados elementos.</translation>
        </message>
        <message>
            <source>“%1” is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, a range A..B or about YYYY.</source>
            <translation>«%1» no es una fecha: escriba AAAA, AAAA-MM, AAAA-MM-DD, AAAA-MM-DDTHH:MM, un periodo A..B o about AAAA (hacia).</translation>
        </message>
        <message>
            <source>“%1”: the year %2 is outside 1900–2200.</source>
            <translation>«%1»: el año %2 está fuera de 1900–2200.</translation>
        </message>
        <message>
            <source>“%1”: month %2 does not exist (months are 01 to 12).</source>
            <translation>«%1»: el mes %2 no existe (los meses van de 01 a 12).</translation>
        </message>
        <message>
            <source>“%1”: %2 is not a time of day (00:00 to 23:59).</source>
            <translation>«%1»: %2 no es una hora del día (00:00 a 23:59).</translation>
        </message>
        <message>
            <source>“%1”: write dates as YYYY-MM-DD (e.g. 2024-03-15).</source>
            <translation>«%1»: escriba las fechas como AAAA-MM-DD (p. ej. 2024-03-15).</translation>
        </message>
        <message>
            <source>“%1” is not a date: write %2, MM/YYYY or YYYY-MM-DD.</source>
            <translation>«%1» no es una fecha: escriba %2, MM/AAAA o AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>“%1”: the range ends before it starts.</source>
            <translation>«%1»: el periodo termina antes de empezar.</translation>
        </message>
        <message>
            <source>%1 is in the future (today is %2).</source>
            <translation>%1 está en el futuro (hoy es %2).</translation>
        </message>
        <message>
            <source>The departure (%1) must be after the arrival (%2).</source>
            <translation>La salida (%1) debe ser posterior a la llegada (%2).</translation>
        </message>
        <message>
            <source>This stay (%1 to %2) overlaps another stay of the defender (%3 to %4): change the dates or cancel one of them.</source>
            <translation>Esta estancia (%1 a %2) se solapa con otra estancia del/de la defensor/a (%3 a %4): cambie las fechas o cancele una de ellas.</translation>
        </message>
        <message>
            <source>This belongs to another defender.</source>
            <translation>Este registro pertenece a otro/a defensor/a.</translation>
        </message>
        <message>
            <source>This case is not in the relocation programme.</source>
            <translation>Este caso no está en el programa de reubicación.</translation>
        </message>
        <message>
            <source>This person is not related to the defender.</source>
            <translation>Esta persona no está vinculada al/a la defensor/a.</translation>
        </message>
        <message>
            <source>A check-in falls during or after the stay, which starts %1; %2 is before it.</source>
            <translation>Un contacto de seguimiento cae durante o después de la estancia, que empieza el %1; %2 es anterior.</translation>
        </message>
        <message>
            <source>Only a check-in recorded as done has this.</source>
            <translation>Solo un contacto registrado como hecho tiene este campo.</translation>
        </message>
        <message>
            <source>That record is deleted: restore it or choose another.</source>
            <translation>Ese registro está eliminado: restáurelo o elija otro.</translation>
        </message>
        <message>
            <source>This sub-type belongs to none of the incident's categories.</source>
            <translation>Este subtipo no pertenece a ninguna de las categorías del incidente.</translation>
        </message>
        <message>
            <source>“None” cannot stand beside the bodies it was reported to: give either.</source>
            <translation>«Ninguno» no puede figurar junto a las instancias a las que se denunció: elija una cosa u otra.</translation>
        </message>
        <message>
            <source>Required when consent allows sharing: record when consent was given (or leave consent “not recorded”).</source>
            <translation>Obligatorio cuando el consentimiento permite compartir: indique cuándo se dio (o deje el consentimiento «no registrado»).</translation>
        </message>
        <message>
            <source>Required when consent allows sharing: record how consent was given (or leave consent “not recorded”).</source>
            <translation>Obligatorio cuando el consentimiento permite compartir: indique cómo se dio (o deje el consentimiento «no registrado»).</translation>
        </message>
        <message>
            <source>“%1” is already the codename of %2: choose another.</source>
            <translation>«%1» ya es el nombre en clave de %2: elija otro.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>«%1» no existe.</translation>
        </message>
        <message>
            <source>“%1” cannot be read (%2).</source>
            <translation>No se puede leer «%1» (%2).</translation>
        </message>
        <message>
            <source>“%1” is not a regular file: a folder, a link or a device cannot be used.</source>
            <translation>«%1» no es un archivo normal: no se puede usar una carpeta, un enlace ni un dispositivo.</translation>
        </message>
        <message>
            <source>“%1” is a folder: give a file name.</source>
            <translation>«%1» es una carpeta: indique un nombre de archivo.</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation>La carpeta «%1» no existe.</translation>
        </message>
        <message>
            <source>“%1” is inside the vault folder, where it could replace the vault's own files: choose another place.</source>
            <translation>«%1» está dentro de la carpeta de la bóveda, donde podría reemplazar los archivos de la propia bóveda: elija otro lugar.</translation>
        </message>
        <message>
            <source>“%1” exists: choose a new file name.</source>
            <translation>«%1» ya existe: elija un nombre de archivo nuevo.</translation>
        </message>
        <message>
            <source>The source and the note hold at most %1 characters each, without control characters.</source>
            <translation>La fuente y la nota admiten como máximo %1 caracteres cada una, sin caracteres de control.</translation>
        </message>
        <message>
            <source>This attachment is no longer in the vault.</source>
            <translation>Este adjunto ya no está en la bóveda.</translation>
        </message>
        <message>
            <source>Files can be attached only to a defender, a case, an incident, a stay or an advocacy action.</source>
            <translation>Solo se pueden adjuntar archivos a un defensor o defensora, un caso, un incidente, una estancia o una acción de incidencia.</translation>
        </message>
        <message>
            <source>The file is larger than %1, the most an attachment may be.</source>
            <translation>El archivo supera %1, el tamaño máximo de un adjunto.</translation>
        </message>
        <message>
            <source>Only images and plain text up to 64 MiB are shown inside the app: export a decrypted copy to open this one.</source>
            <translation>Solo se muestran dentro de la aplicación imágenes y texto sin formato de hasta 64 MiB: exporte una copia descifrada para abrir este.</translation>
        </message>
        <message>
            <source>Its encrypted file is missing from the vault folder.</source>
            <translation>Falta su archivo cifrado en la carpeta de la bóveda.</translation>
        </message>
        <message>
            <source>The folder “%1” holds no bundle parts (files named NAME.part1of3 and so on).</source>
            <translation>La carpeta «%1» no contiene partes de paquete (archivos llamados NOMBRE.part1of3, etc.).</translation>
        </message>
        <message>
            <source>The folder “%1” holds parts of %2 different bundles: choose one part of the bundle to import.</source>
            <translation>La carpeta «%1» contiene partes de %2 paquetes distintos: elija una parte del paquete que quiere importar.</translation>
        </message>
        <message>
            <source>“%1” and “%2” are both part %3 of %4: keep one of them.</source>
            <translation>«%1» y «%2» son ambas la parte %3 de %4: conserve solo una.</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be read (%2).</source>
            <translation>No se puede leer la carpeta «%1» (%2).</translation>
        </message>
        <message>
            <source>“%1” is too large to be an identity card.</source>
            <translation>«%1» es demasiado grande para ser una tarjeta de identidad.</translation>
        </message>
        <message>
            <source>This file is not a valid identity card: it is damaged, was altered, or is another kind of file.</source>
            <translation>Este archivo no es una tarjeta de identidad válida: está dañado, fue alterado o es otro tipo de archivo.</translation>
        </message>
        <message>
            <source>This is this vault's own identity card: add your colleagues' cards here.</source>
            <translation>Es la tarjeta de identidad de esta bóveda: añada aquí las tarjetas de sus colegas.</translation>
        </message>
        <message>
            <source>A name holds 1 to %1 characters, without control characters.</source>
            <translation>Un nombre tiene de 1 a %1 caracteres, sin caracteres de control.</translation>
        </message>
        <message>
            <source>This colleague was revoked.</source>
            <translation>Este colega fue revocado.</translation>
        </message>
        <message>
            <source>Its encrypted file no longer holds the bytes taken in (their SHA-256 differs, or it does not decrypt): it was altered or damaged on disk.</source>
            <translation>Su archivo cifrado ya no contiene los bytes recibidos (su SHA-256 no coincide o no se descifra): fue alterado o dañado en el disco.</translation>
        </message>
        <message>
            <source>An empty passphrase cannot protect a vault.</source>
            <translation>Una frase de contraseña vacía no puede proteger una bóveda.</translation>
        </message>
        <message>
            <source>The passphrase holds characters that are not valid text: choose another.</source>
            <translation>La frase de contraseña contiene caracteres que no son texto válido: elija otra.</translation>
        </message>
        <message>
            <source>That passphrase already opens this vault: choose another.</source>
            <translation>Esa frase de contraseña ya abre esta bóveda: elija otra.</translation>
        </message>
        <message>
            <source>Give the passphrase, not the recovery code, for this change.</source>
            <translation>Indique la frase de contraseña, no el código de recuperación, para este cambio.</translation>
        </message>
        <message>
            <source>The duress passphrase must differ from the passphrase.</source>
            <translation>La frase de coacción debe ser distinta de la frase de contraseña.</translation>
        </message>
        <message>
            <source>That is not a recovery code.</source>
            <translation>Eso no es un código de recuperación.</translation>
        </message>
        <message>
            <source>No shares were given.</source>
            <translation>No se dio ninguna parte.</translation>
        </message>
        <message>
            <source>A share has a mistyped word: check each word against the paper.</source>
            <translation>Una parte tiene una palabra mal escrita: compruebe cada palabra con el papel.</translation>
        </message>
        <message>
            <source>The shares belong to different recovery codes.</source>
            <translation>Las partes pertenecen a códigos de recuperación distintos.</translation>
        </message>
        <message>
            <source>A share has a word missing, too many words, or a word that is not in the list.</source>
            <translation>A una parte le falta una palabra, tiene palabras de más o una palabra que no está en la lista.</translation>
        </message>
        <message>
            <source>A share is mistyped or incomplete.</source>
            <translation>Una parte está mal escrita o incompleta.</translation>
        </message>
        <message>
            <source>These shares are not of an hrd-desk recovery code.</source>
            <translation>Estas partes no son de un código de recuperación de hrd-desk.</translation>
        </message>
        <message>
            <source>%1 different shares are needed and %2 were given.</source>
            <translation>Se necesitan %1 partes distintas y se dieron %2.</translation>
        </message>
        <message>
            <source>Choose how many shares are needed (at least 2) and how many to make (at most %1).</source>
            <translation>Elija cuántas partes hacen falta (al menos 2) y cuántas crear (como máximo %1).</translation>
        </message>
        <message>
            <source>Choose 0 (off), or 3 to %1 failed unlocks.</source>
            <translation>Elija 0 (desactivado) o de 3 a %1 desbloqueos fallidos.</translation>
        </message>
        <message>
            <source>This card is already your colleague “%1”.</source>
            <translation>Esta tarjeta ya es la de su colega «%1».</translation>
        </message>
        <message>
            <source>Another colleague is already called “%1”: choose another name.</source>
            <translation>Otro colega ya se llama «%1»: elija otro nombre.</translation>
        </message>
        <message>
            <source>“%1” is not a folder.</source>
            <translation>«%1» no es una carpeta.</translation>
        </message>
        <message>
            <source>its key file (keyslot) is damaged or was altered</source>
            <translation>su archivo de claves (keyslot) está dañado o fue alterado</translation>
        </message>
        <message>
            <source>its key file (keyslot) is missing</source>
            <translation>falta su archivo de claves (keyslot)</translation>
        </message>
        <message>
            <source>its key file (keyslot) belongs to another vault</source>
            <translation>su archivo de claves (keyslot) pertenece a otra bóveda</translation>
        </message>
        <message>
            <source>its key file asks for more memory than this computer has</source>
            <translation>su archivo de claves pide más memoria de la que tiene este ordenador</translation>
        </message>
        <message>
            <source>its database file is damaged</source>
            <translation>su archivo de base de datos está dañado</translation>
        </message>
        <message>
            <source>its database file cannot be decrypted: it is damaged, or belongs to another key file</source>
            <translation>su archivo de base de datos no se puede descifrar: está dañado o pertenece a otro archivo de claves</translation>
        </message>
        <message>
            <source>its identity keys are missing</source>
            <translation>faltan sus claves de identidad</translation>
        </message>
        <message>
            <source>its key file (keyslot) cannot be read (%1)</source>
            <translation>no se puede leer su archivo de claves (keyslot) (%1)</translation>
        </message>
        <message>
            <source>its database file %1 is missing</source>
            <translation>falta su archivo de base de datos %1</translation>
        </message>
        <message>
            <source>a newer hrd-desk made it (schema %1; this one knows up to %2): update hrd-desk to open it</source>
            <translation>la creó un hrd-desk más reciente (esquema %1; este conoce hasta el %2): actualice hrd-desk para abrirla</translation>
        </message>
        <message>
            <source>the vault could not be written (%1); nothing was changed</source>
            <translation>no se pudo escribir en la bóveda (%1); no se cambió nada</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>a file could not be read or written (%1); nothing was changed</source>
            <translation>no se pudo leer o escribir un archivo (%1); no se cambió nada</translation>
        </message>
        <message>
            <source>an unexpected error stopped the change (%1); nothing was changed</source>
            <translation>un error inesperado detuvo el cambio (%1); no se cambió nada</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: day %2 does not exist in %3 %4, which has %n day(s).</source>
            <translation>
                <numerusform>«%1»: el día %2 no existe en %3 de %4, que tiene %n día.</numerusform>
                <numerusform>«%1»: el día %2 no existe en %3 de %4, que tiene %n días.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Sealed bundles (%1);;All files (*)</source>
            <translation>Paquetes sellados (%1);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Huella</translation>
        </message>
        <message>
            <source>%1: fingerprint</source>
            <translation>%1: huella</translation>
        </message>
        <message>
            <source>%1: fingerprint as a QR code</source>
            <translation>%1: huella como código QR</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>Share records with colleagues as sealed files, and receive theirs, without any server: by USB stick, e-mail or a synced folder.</source>
            <translation>Comparta registros con colegas como archivos sellados y reciba los suyos, sin ningún servidor: por memoria USB, correo electrónico o una carpeta sincronizada.</translation>
        </message>
        <message>
            <source>Exchange sections</source>
            <translation>Secciones de intercambio</translation>
        </message>
        <message>
            <source>My identity</source>
            <translation>Mi identidad</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Colegas</translation>
        </message>
        <message>
            <source>Send records</source>
            <translation>Enviar registros</translation>
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation>Recibir un paquete</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Carpeta de sincronización</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflictos (%1)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <source>Sender's fingerprint</source>
            <translation>Huella del remitente</translation>
        </message>
        <message>
            <source>This file is not addressed to this vault.</source>
            <translation>Este archivo no está dirigido a esta bóveda.</translation>
        </message>
        <message>
            <source>The file is damaged, or it is not a bundle.</source>
            <translation>El archivo está dañado o no es un paquete.</translation>
        </message>
        <message>
            <source>The file is damaged or was altered after it was sealed.</source>
            <translation>El archivo está dañado o se modificó después de sellarlo.</translation>
        </message>
        <message>
            <source>The sender's signature does not match: the file was altered or forged.</source>
            <translation>La firma del remitente no coincide: el archivo se modificó o se falsificó.</translation>
        </message>
        <message>
            <source>The sender is not one of your colleagues. Add their identity card and compare fingerprints first.</source>
            <translation>El remitente no es uno de sus colegas. Añada su tarjeta de identidad y compare primero las huellas.</translation>
        </message>
        <message>
            <source>The sender was revoked: bundles from them are refused.</source>
            <translation>El remitente fue revocado: sus paquetes se rechazan.</translation>
        </message>
        <message>
            <source>This bundle was imported before.</source>
            <translation>Este paquete ya se importó.</translation>
        </message>
        <message>
            <source>The file is larger than any bundle may be.</source>
            <translation>El archivo es más grande de lo que puede ser un paquete.</translation>
        </message>
        <message>
            <source>The file ends early: it may still be copying. Try again when it is complete.</source>
            <translation>El archivo termina antes de tiempo: puede que aún se esté copiando. Inténtelo de nuevo cuando esté completo.</translation>
        </message>
        <message>
            <source>A newer hrd-desk made it: update hrd-desk, then import it again.</source>
            <translation>Lo creó un hrd-desk más reciente: actualice hrd-desk y vuelva a importarlo.</translation>
        </message>
        <message>
            <source>no records</source>
            <translation>ningún registro</translation>
        </message>
        <message>
            <source>Not recorded yet: stays in this vault</source>
            <translation>Aún no registrado: se queda en esta bóveda</translation>
        </message>
        <message>
            <source>None: stays in this vault</source>
            <translation>Ninguno: se queda en esta bóveda</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Colegas</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <source>an impossible time</source>
            <translation>una hora imposible</translation>
        </message>
        <message>
            <source>far in the future</source>
            <translation>muy en el futuro</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 y %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Not every part of this bundle is here (%1). Put all the parts in the same folder, then choose any one of them again.

Nothing in this vault was changed.</source>
            <translation>No están todas las partes de este paquete (%1). Ponga todas las partes en la misma carpeta y vuelva a elegir una cualquiera de ellas.

No se cambió nada en esta bóveda.</translation>
        </message>
        <message>
            <source>Refused (%1). %2 (%3)

Nothing in this vault was changed.</source>
            <translation>Rechazado (%1). %2 (%3)

No se cambió nada en esta bóveda.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Refused (%1). %2 (%3)</source>
            <translation>Rechazado (%1). %2 (%3)</translation>
        </message>
        <message>
            <source>This file cannot be read: %1.</source>
            <translation>Este archivo no se puede leer: %1.</translation>
        </message>
        <message>
            <source>it is damaged</source>
            <translation>está dañado</translation>
        </message>
        <message>
            <source>The file could not be read or written (%1).</source>
            <translation>No se pudo leer ni escribir el archivo (%1).</translation>
        </message>
        <message>
            <source>Something unexpected stopped it (%1). Nothing was changed.</source>
            <translation>Algo inesperado lo detuvo (%1). No se cambió nada.</translation>
        </message>
        <message>
            <source> (REVOKED)</source>
            <translation> (REVOCADO)</translation>
        </message>
        <message>
            <source> (NOT VERIFIED: compare fingerprints with them)</source>
            <translation> (NO VERIFICADO: compare las huellas con esta persona)</translation>
        </message>
        <message>
            <source>This bundle from %1 was imported before. Nothing changed.</source>
            <translation>Este paquete de %1 ya se importó. No cambió nada.</translation>
        </message>
        <message>
            <source>From %1%2: %3, %4.</source>
            <translation>De %1%2: %3, %4.</translation>
        </message>
        <message>
            <source>%1 changed its identity keys (a successor card signed by its old and its new key): its new fingerprint is under Colleagues, and it keeps its trust.</source>
            <translation>%1 cambió sus claves de identidad (una tarjeta sucesora firmada con su clave antigua y la nueva): su nueva huella está en Colegas, y conserva su confianza.</translation>
        </message>
        <message>
            <source>They are back.</source>
            <translation>Han vuelto.</translation>
        </message>
        <message>
            <source>This vault was restored from a copy: the bundle held changes made here that it no longer had. %1 It now writes under a new epoch, so your next changes reach colleagues. Changes made since the restore may be kept aside at colleagues: check them and make them again.</source>
            <translation>Esta bóveda se restauró a partir de una copia: el paquete contenía cambios hechos aquí que ya no tenía. %1 Ahora escribe bajo una nueva época, para que sus próximos cambios lleguen a los colegas. Los cambios hechos desde la restauración pueden quedar apartados en los colegas: revíselos y vuelva a hacerlos.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Escrito: %1</translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>Para %1: %2.</translation>
        </message>
        <message>
            <source>Saved in %1. Carry the file to them by any means: it is sealed, and only they can open it.</source>
            <translation>Guardado en %1. Hágales llegar el archivo por cualquier medio: está sellado y solo ellos pueden abrirlo.</translation>
        </message>
        <message>
            <source>Written in %1 parts: %2</source>
            <translation>Escrito en %1 partes: %2</translation>
        </message>
        <message>
            <source>Carry every part. Your colleague imports any one of them once all are in the same folder.</source>
            <translation>Lleve todas las partes. Su colega importa cualquiera de ellas cuando todas estén en la misma carpeta.</translation>
        </message>
        <message>
            <source>These records are now shared with them: each sync sends them the changes.</source>
            <translation>Estos registros se comparten ahora con ellos: cada sincronización les envía los cambios.</translation>
        </message>
        <message>
            <source>Sent to %1: %2.</source>
            <translation>Enviado a %1: %2.</translation>
        </message>
        <message>
            <source>Sent to %1: receipts for what arrived.</source>
            <translation>Enviado a %1: acuses de recibo de lo que llegó.</translation>
        </message>
        <message>
            <source>Nothing sent to %1: an evidence file that goes to them is damaged or missing in this vault. Find it with Verify in Attachments… on their records.</source>
            <translation>No se envió nada a %1: un archivo de evidencia que le corresponde está dañado o falta en esta bóveda. Encuéntrelo con Verificar en Adjuntos… en sus registros.</translation>
        </message>
        <message>
            <source>Nothing new to receive or send.</source>
            <translation>Nada nuevo que recibir ni enviar.</translation>
        </message>
        <message>
            <source>A damaged file was not imported (%1).</source>
            <translation>Un archivo dañado no se importó (%1).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>This file is not a bundle hrd-desk can read.</source>
            <translation>Este archivo no es un paquete que hrd-desk pueda leer.</translation>
        </message>
        <message>
            <source>This bundle is not addressed to this vault: it was sealed for other colleagues, and cannot be opened here.</source>
            <translation>Este paquete no está dirigido a esta bóveda: se selló para otros colegas y no se puede abrir aquí.</translation>
        </message>
        <message>
            <source>Unknown sender</source>
            <translation>Remitente desconocido</translation>
        </message>
        <message>
            <source>Not a colleague</source>
            <translation>No es un colega</translation>
        </message>
        <message>
            <source>Revoked: bundles from them are refused</source>
            <translation>Revocado: sus paquetes se rechazan</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>NOT VERIFIED: you have not compared fingerprints with them</source>
            <translation>NO VERIFICADO: no ha comparado las huellas con este colega</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contiene</translation>
        </message>
        <message>
            <source>The sender is not one of your colleagues, so it cannot be imported. If you expected it, ask them for their identity card, add it under Colleagues, and compare this fingerprint with them.</source>
            <translation>El remitente no es uno de sus colegas, así que no se puede importar. Si lo esperaba, pídale su tarjeta de identidad, añádala en Colegas y compare esta huella con él.</translation>
        </message>
        <message>
            <source>This sender was revoked: the bundle will not be imported.</source>
            <translation>Este remitente fue revocado: el paquete no se importará.</translation>
        </message>
        <message>
            <source>This bundle was imported before: importing it again changes nothing.</source>
            <translation>Este paquete ya se importó: importarlo de nuevo no cambia nada.</translation>
        </message>
        <message>
            <source>You have not verified this colleague. Import only if you expected this file from them.</source>
            <translation>No ha verificado a este colega. Importe solo si esperaba este archivo de su parte.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n cambio</numerusform>
                <numerusform>%n cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) now has a conflict (the same field changed here and there): choose what to keep under Conflicts.</source>
            <translation>
                <numerusform>%n registro tiene ahora un conflicto (el mismo campo cambió aquí y allí): elija qué conservar en Conflictos.</numerusform>
                <numerusform>%n registros tienen ahora un conflicto (el mismo campo cambió aquí y allí): elija qué conservar en Conflictos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) came with a clock far in the future (kept, but flagged: the sender's computer clock may be wrong).</source>
            <translation>
                <numerusform>%n cambio llegó con un reloj muy en el futuro (conservado, pero señalado: puede que el reloj del ordenador del remitente esté mal).</numerusform>
                <numerusform>%n cambios llegaron con un reloj muy en el futuro (conservados, pero señalados: puede que el reloj del ordenador del remitente esté mal).</numerusform>
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
            <source>%n related people</source>
            <translation>
                <numerusform>%n persona relacionada</numerusform>
                <numerusform>%n personas relacionadas</numerusform>
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
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n contacto de seguimiento</numerusform>
                <numerusform>%n contactos de seguimiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training(s)</source>
            <translation>
                <numerusform>%n formación</numerusform>
                <numerusform>%n formaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training participant(s)</source>
            <translation>
                <numerusform>%n participante en formación</numerusform>
                <numerusform>%n participantes en formaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk assessment(s)</source>
            <translation>
                <numerusform>%n evaluación de riesgos</numerusform>
                <numerusform>%n evaluaciones de riesgos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s)</source>
            <translation>
                <numerusform>%n elemento de riesgo</numerusform>
                <numerusform>%n elementos de riesgo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n security measure(s)</source>
            <translation>
                <numerusform>%n medida de seguridad</numerusform>
                <numerusform>%n medidas de seguridad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n network contact(s)</source>
            <translation>
                <numerusform>%n contacto de la red</numerusform>
                <numerusform>%n contactos de la red</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advocacy action(s)</source>
            <translation>
                <numerusform>%n acción de incidencia</numerusform>
                <numerusform>%n acciones de incidencia</numerusform>
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
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>%n archivo de evidencia</numerusform>
                <numerusform>%n archivos de evidencia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s)</source>
            <translation>
                <numerusform>%n registro nuevo</numerusform>
                <numerusform>%n registros nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) applied</source>
            <translation>
                <numerusform>%n cambio aplicado</numerusform>
                <numerusform>%n cambios aplicados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older change(s) kept in the history only (this vault already had something newer).</source>
            <translation>
                <numerusform>%n cambio más antiguo guardado solo en el historial (esta bóveda ya tenía algo más reciente).</numerusform>
                <numerusform>%n cambios más antiguos guardados solo en el historial (esta bóveda ya tenía algo más reciente).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for earlier changes that have not arrived yet; they apply when those come.</source>
            <translation>
                <numerusform>%n cambio espera cambios anteriores que aún no han llegado; se aplicará cuando lleguen.</numerusform>
                <numerusform>%n cambios esperan cambios anteriores que aún no han llegado; se aplicarán cuando lleguen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to consent, to what a record belongs to or to fields the colleague was not given wait for your decision under Conflicts (proposals).</source>
            <translation>
                <numerusform>%n cambio al consentimiento, a aquello a lo que pertenece un registro o a campos que no se le enviaron espera su decisión en Conflictos (propuestas).</numerusform>
                <numerusform>%n cambios al consentimiento, a aquello a lo que pertenece un registro o a campos que no se le enviaron esperan su decisión en Conflictos (propuestas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused: records outside what you share with them, purged here, or from a revoked colleague.</source>
            <translation>
                <numerusform>%n cambio rechazado: registros fuera de lo que comparte con esa persona, purgados aquí o de un colega revocado.</numerusform>
                <numerusform>%n cambios rechazados: registros fuera de lo que comparte con esa persona, purgados aquí o de un colega revocado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) kept aside: its maker sent two different changes under one number (shown as suspect under Colleagues).</source>
            <translation>
                <numerusform>%n cambio apartado: su autor envió dos cambios distintos con un mismo número (marcado como sospechoso en Colegas).</numerusform>
                <numerusform>%n cambios apartados: su autor envió dos cambios distintos con un mismo número (marcado como sospechoso en Colegas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They are back, except %n change(s) kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>Han vuelto, salvo %n cambio apartado aquí: cambios hechos aquí desde la restauración reutilizaron sus números, así que los registros afectados pueden verse distintos aquí y en los colegas (compruébelos con ellos).</numerusform>
                <numerusform>Han vuelto, salvo %n cambios apartados aquí: cambios hechos aquí desde la restauración reutilizaron sus números, así que los registros afectados pueden verse distintos aquí y en los colegas (compruébelos con ellos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received: see Attachments… on their records.</source>
            <translation>
                <numerusform>%n archivo de evidencia recibido: vea Adjuntos… en su registro.</numerusform>
                <numerusform>%n archivos de evidencia recibidos: vea Adjuntos… en sus registros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: the sender may not attach files to their record here.</source>
            <translation>
                <numerusform>%n archivo de evidencia no conservado: el remitente no puede adjuntar archivos a su registro aquí.</numerusform>
                <numerusform>%n archivos de evidencia no conservados: el remitente no puede adjuntar archivos a su registro aquí.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: deleted here before.</source>
            <translation>
                <numerusform>%n archivo de prueba no conservado: se eliminó aquí antes.</numerusform>
                <numerusform>%n archivos de prueba no conservados: se eliminaron aquí antes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out because a defender they concern has not consented to sharing.</source>
            <translation>
                <numerusform>%n registro omitido porque un defensor al que concierne no consintió compartirlo.</numerusform>
                <numerusform>%n registros omitidos porque un defensor al que conciernen no consintió compartirlos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still being copied: tried again at the next sync.</source>
            <translation>
                <numerusform>%n archivo aún copiándose: se reintentará en la próxima sincronización.</numerusform>
                <numerusform>%n archivos aún copiándose: se reintentarán en la próxima sincronización.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) for other vaults left alone.</source>
            <translation>
                <numerusform>%n archivo para otras bóvedas se dejó intacto.</numerusform>
                <numerusform>%n archivos para otras bóvedas se dejaron intactos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ignored (not plain files).</source>
            <translation>
                <numerusform>%n elemento ignorado (no es un archivo normal).</numerusform>
                <numerusform>%n elementos ignorados (no son archivos normales).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this vault's that colleagues no longer need removed from the folder.</source>
            <translation>
                <numerusform>%n archivo de esta bóveda que los colegas ya no necesitan retirado de la carpeta.</numerusform>
                <numerusform>%n archivos de esta bóveda que los colegas ya no necesitan retirados de la carpeta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made here and lost in a restore kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>%n cambio hecho aquí y perdido en una restauración quedó apartado aquí: cambios hechos aquí desde la restauración reutilizaron sus números, así que los registros afectados pueden verse distintos aquí y en los colegas (compruébelos con ellos).</numerusform>
                <numerusform>%n cambios hechos aquí y perdidos en una restauración quedaron apartados aquí: cambios hechos aquí desde la restauración reutilizaron sus números, así que los registros afectados pueden verse distintos aquí y en los colegas (compruébelos con ellos).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent notice(s): %1 changed a defender's consent; nothing about them leaves this vault beyond it (see the defender's Profile).</source>
            <translation>
                <numerusform>%n aviso de consentimiento: %1 cambió el consentimiento de un defensor; nada sobre esa persona sale de esta bóveda más allá de él (vea el Perfil del defensor).</numerusform>
                <numerusform>%n avisos de consentimiento: %1 cambió el consentimiento de defensores; nada sobre ellos sale de esta bóveda más allá de él (vea su Perfil).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Everyone you choose receives the same file. Each of them can see who else received it, and can prove to anyone that the file came from this vault.</source>
            <translation>Todas las personas que elija reciben el mismo archivo. Cada una puede ver quién más lo recibió y puede demostrar a cualquiera que el archivo salió de esta bóveda.</translation>
        </message>
        <message>
            <source>1. What to send</source>
            <translation>1. Qué enviar</translation>
        </message>
        <message>
            <source>2. Who receives it</source>
            <translation>2. Quién lo recibe</translation>
        </message>
        <message>
            <source>3. Write the file</source>
            <translation>3. Escribir el archivo</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Also share these records with them, so each sync sends them every later change.</source>
            <translation>Compartir también estos registros con ellos, para que cada sincronización les envíe todo cambio posterior.</translation>
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
            <source>Writing</source>
            <translation>Escribiendo</translation>
        </message>
        <message>
            <source>A defender comes with their related people, cases and incidents. A case comes with its defender and the incidents linked to it. Defenders whose consent is None never leave this vault and cannot be chosen.</source>
            <translation>Un defensor va con sus personas relacionadas, casos e incidentes. Un caso va con su defensor y los incidentes vinculados. Los defensores cuyo consentimiento es Ninguno nunca salen de esta bóveda y no se pueden elegir.</translation>
        </message>
        <message>
            <source>The defenders and cases I choose</source>
            <translation>Los defensores y casos que elija</translation>
        </message>
        <message>
            <source>Every consenting defender, with all their records</source>
            <translation>Todos los defensores que consintieron, con todos sus registros</translation>
        </message>
        <message>
            <source>Every defender who consented to sharing with colleagues</source>
            <translation>Todos los defensores que consintieron compartir con colegas</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Find a defender or case</source>
            <translation>Buscar un defensor o un caso</translation>
        </message>
        <message>
            <source>Part of a name or case title</source>
            <translation>Parte de un nombre o del título de un caso</translation>
        </message>
        <message>
            <source>Defenders and cases to send</source>
            <translation>Defensores y casos para enviar</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Consent to share</source>
            <translation>Consentimiento para compartir</translation>
        </message>
        <message>
            <source>Colleagues to send to</source>
            <translation>Colegas destinatarios</translation>
        </message>
        <message>
            <source>You have no colleagues to send to yet. Add one under Colleagues first.</source>
            <translation>Aún no tiene colegas a quienes enviar. Añada uno primero en Colegas.</translation>
        </message>
        <message>
            <source>Keep them updated</source>
            <translation>Mantenerlos actualizados</translation>
        </message>
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
        <message>
            <source>Choose where to save and write…</source>
            <translation>Elegir dónde guardar y escribir…</translation>
        </message>
        <message>
            <source>Choose where to save and write the bundle</source>
            <translation>Elegir dónde guardar y escribir el paquete</translation>
        </message>
        <message>
            <source>Writing the bundle</source>
            <translation>Escribiendo el paquete</translation>
        </message>
        <message>
            <source>What was written</source>
            <translation>Lo que se escribió</translation>
        </message>
        <message>
            <source>Send something else</source>
            <translation>Enviar otra cosa</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Defensores</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>No consent to share: nothing about this defender leaves this vault</source>
            <translation>Sin consentimiento para compartir: nada sobre este defensor sale de esta bóveda</translation>
        </message>
        <message>
            <source>%1  (NOT VERIFIED)</source>
            <translation>%1  (NO VERIFICADO)</translation>
        </message>
        <message>
            <source>Every defender who consented will be sent, with all their records.</source>
            <translation>Se enviarán todos los defensores que consintieron, con todos sus registros.</translation>
        </message>
        <message>
            <source>Chosen: %1, %2.</source>
            <translation>Elegidos: %1, %2.</translation>
        </message>
        <message>
            <source>Not verified: %1. You have not compared fingerprints, so the file could reach someone posing as them. You will be asked to confirm by typing %2.</source>
            <translation>No verificado: %1. No ha comparado las huellas, así que el archivo podría llegar a alguien que se hace pasar por esa persona. Se le pedirá que confirme escribiendo %2.</translation>
        </message>
        <message>
            <source>every defender who consented, with all their records</source>
            <translation>todos los defensores que consintieron, con todos sus registros</translation>
        </message>
        <message>
            <source>%1, with what belongs to them</source>
            <translation>%1, con lo que les pertenece</translation>
        </message>
        <message>
            <source>You are sending %1, to %2.</source>
            <translation>Está enviando %1 a %2.</translation>
        </message>
        <message>
            <source>They will also be kept updated: each sync sends them later changes.</source>
            <translation>También se mantendrán actualizados: cada sincronización les envía los cambios posteriores.</translation>
        </message>
        <message>
            <source>Next, choose where to save the file (a USB stick, or a folder a file sync tool carries).</source>
            <translation>A continuación, elija dónde guardar el archivo (una memoria USB o una carpeta que lleve una herramienta de sincronización de archivos).</translation>
        </message>
        <message>
            <source>Send to unverified colleagues</source>
            <translation>Enviar a colegas no verificados</translation>
        </message>
        <message>
            <source>%1: not verified. You have not compared fingerprints with them, so this file could be read by someone posing as them.

Type %2 to write it anyway.</source>
            <translation>No verificado: %1. No ha comparado las huellas con esa persona, así que este archivo podría leerlo alguien que se hace pasar por ella.

Escriba %2 para escribirlo de todos modos.</translation>
        </message>
        <message>
            <source>Save the bundle</source>
            <translation>Guardar el paquete</translation>
        </message>
        <message>
            <source>The bundle was not written</source>
            <translation>El paquete no se escribió</translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n defensor</numerusform>
                <numerusform>%n defensores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n caso</numerusform>
                <numerusform>%n casos</numerusform>
            </translation>
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
        <name>Gate</name>
        <message>
            <source>Vault folder: %1</source>
            <translation>Carpeta de la bóveda: %1</translation>
        </message>
        <message>
            <source>The vault could not be opened (%1). Nothing was changed.</source>
            <translation>No se pudo abrir la bóveda (%1). No se cambió nada.</translation>
        </message>
        <message>
            <source>The vault could not be created (%1).</source>
            <translation>No se pudo crear la bóveda (%1).</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>Identity cards (*.card);;All files (*)</source>
            <translation>Tarjetas de identidad (*.card);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Colleagues add this vault from its identity card. Before they trust the card, compare this fingerprint with them: read it aloud on a call or in person, group by group, or let them scan the QR code.</source>
            <translation>Sus colegas añaden esta bóveda a partir de su tarjeta de identidad. Antes de que confíen en la tarjeta, compare esta huella con ellos: léala en voz alta en una llamada o en persona, grupo por grupo, o deje que escaneen el código QR.</translation>
        </message>
        <message>
            <source>This vault's fingerprint</source>
            <translation>Huella de esta bóveda</translation>
        </message>
        <message>
            <source>Name on your card</source>
            <translation>Nombre en su tarjeta</translation>
        </message>
        <message>
            <source>Colleagues see this name when they add your card; each of them still chooses their own name for you. An office name is safer than a person's name.</source>
            <translation>Sus colegas ven este nombre al añadir su tarjeta; aun así, cada uno elige su propio nombre para usted. Un nombre de oficina es más seguro que el de una persona.</translation>
        </message>
        <message>
            <source>e.g. Nairobi office</source>
            <translation>p. ej., oficina de Nairobi</translation>
        </message>
        <message>
            <source>Save name</source>
            <translation>Guardar nombre</translation>
        </message>
        <message>
            <source>Use this name on cards you save from now on</source>
            <translation>Usar este nombre en las tarjetas que guarde a partir de ahora</translation>
        </message>
        <message>
            <source>Your identity card</source>
            <translation>Su tarjeta de identidad</translation>
        </message>
        <message>
            <source>Give this file to colleagues you will exchange records with (it holds only the name above and public keys, nothing secret).</source>
            <translation>Entregue este archivo a los colegas con quienes intercambiará registros (solo contiene el nombre de arriba y claves públicas, nada secreto).</translation>
        </message>
        <message>
            <source>Save identity card…</source>
            <translation>Guardar tarjeta de identidad…</translation>
        </message>
        <message>
            <source>Save your public identity card to a file</source>
            <translation>Guardar su tarjeta de identidad pública en un archivo</translation>
        </message>
        <message>
            <source>Name saved. Cards you save from now on carry it.</source>
            <translation>Nombre guardado. Las tarjetas que guarde a partir de ahora lo llevarán.</translation>
        </message>
        <message>
            <source>Name not saved</source>
            <translation>Nombre no guardado</translation>
        </message>
        <message>
            <source>Save your identity card</source>
            <translation>Guardar su tarjeta de identidad</translation>
        </message>
        <message>
            <source>Card not saved</source>
            <translation>Tarjeta no guardada</translation>
        </message>
        <message>
            <source>Saved as %1. Give it to your colleague, then compare fingerprints with them.</source>
            <translation>Guardada como %1. Entréguela a su colega y luego comparen las huellas.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import a bundle a colleague sent you: choose the file, or drop it anywhere on this page. You see who sent it and what it holds before anything is imported.</source>
            <translation>Importe un paquete que le envió un colega: elija el archivo o suéltelo en cualquier parte de esta página. Verá quién lo envió y qué contiene antes de importar nada.</translation>
        </message>
        <message>
            <source>A bundle that came in several parts (NAME.part1of3 and so on): put every part in one folder and choose any one of them.</source>
            <translation>Un paquete que llegó en varias partes (NOMBRE.part1of3, etc.): ponga todas las partes en una carpeta y elija una cualquiera de ellas.</translation>
        </message>
        <message>
            <source>Choose a bundle file…</source>
            <translation>Elegir un archivo de paquete…</translation>
        </message>
        <message>
            <source>Before importing</source>
            <translation>Antes de importar</translation>
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
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Import this bundle</source>
            <translation>Importar este paquete</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>What the import did</source>
            <translation>Lo que hizo la importación</translation>
        </message>
        <message>
            <source>Open a bundle</source>
            <translation>Abrir un paquete</translation>
        </message>
        <message>
            <source>Bundle refused</source>
            <translation>Paquete rechazado</translation>
        </message>
        <message>
            <source>The file cannot be read</source>
            <translation>No se puede leer el archivo</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No importado</translation>
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
        <name>KeyActions</name>
        <message>
            <source>This destroys the vault on this computer for good. The keys go first, in under a second: from then on neither the passphrase nor the recovery code opens anything. Then the records, drafts and every other file of the vault are removed. Colleagues keep what you shared with them. There is no undo.</source>
            <translation>Esto destruye para siempre la bóveda en este ordenador. Primero las claves, en menos de un segundo: desde entonces ni la frase de contraseña ni el código de recuperación abren nada. Después se borran los registros, los borradores y todos los demás archivos de la bóveda. Los colegas conservan lo que compartió con ellos. No se puede deshacer.</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault. Nothing was changed.</source>
            <translation>Esa frase de contraseña no abrió la bóveda. No se cambió nada.</translation>
        </message>
        <message>
            <source>%1 failed: %2.</source>
            <translation>%1 falló: %2.</translation>
        </message>
        <message>
            <source>%1 failed (%2).</source>
            <translation>%1 falló (%2).</translation>
        </message>
        <message>
            <source>Emergency wipe</source>
            <translation>Borrado de emergencia</translation>
        </message>
        <message>
            <source>Destroying the keys, then every file of the vault.</source>
            <translation>Destruyendo las claves y luego cada archivo de la bóveda.</translation>
        </message>
        <message>
            <source>%1 seconds</source>
            <translation>%1 segundos</translation>
        </message>
        <message>
            <source>%1 milliseconds</source>
            <translation>%1 milisegundos</translation>
        </message>
        <message>
            <source>Vault wiped</source>
            <translation>Bóveda borrada</translation>
        </message>
        <message>
            <source>The keys were destroyed in %1 and every file of the vault is gone from %2. Nothing on this computer opens it any more.</source>
            <translation>Las claves se destruyeron en %1 y todos los archivos de la bóveda desaparecieron de %2. Ya nada en este ordenador la abre.</translation>
        </message>
        <message>
            <source>The keys could NOT be destroyed, so the vault may still open with the passphrase (%1). The folder may be read-only or held by another program: destroy the computer's disk if you must be sure.</source>
            <translation>NO se pudieron destruir las claves, así que la bóveda aún podría abrirse con la frase de contraseña (%1). Puede que la carpeta sea de solo lectura o que otro programa la esté usando: destruya el disco del ordenador si necesita estar seguro.</translation>
        </message>
        <message>
            <source>The keys were destroyed: nothing opens the vault any more. Some other files could not be removed (%1).</source>
            <translation>Las claves se destruyeron: ya nada abre la bóveda. Algunos otros archivos no se pudieron borrar (%1).</translation>
        </message>
        <message>
            <source>Emergency wipe incomplete</source>
            <translation>Borrado de emergencia incompleto</translation>
        </message>
        <message>
            <source>Setting the new passphrase and re-encrypting the vault.</source>
            <translation>Estableciendo la nueva frase de contraseña y volviendo a cifrar la bóveda.</translation>
        </message>
        <message>
            <source>The new passphrase is set. The recovery code still works.</source>
            <translation>La nueva frase de contraseña está establecida. El código de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <source>Passphrase not changed</source>
            <translation>Frase de contraseña no cambiada</translation>
        </message>
        <message>
            <source>Setting the new passphrase</source>
            <translation>Establecer la nueva frase de contraseña</translation>
        </message>
        <message>
            <source> The old passphrase and the recovery code still open the vault; try again from Vault &gt; Change passphrase.</source>
            <translation> La frase de contraseña antigua y el código de recuperación siguen abriendo la bóveda; inténtelo de nuevo desde Bóveda &gt; Cambiar la frase de contraseña.</translation>
        </message>
        <message>
            <source>Failed unlock attempts</source>
            <translation>Intentos fallidos de desbloqueo</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>Remove the duress passphrase</source>
            <translation>Quitar la frase de coacción</translation>
        </message>
        <message>
            <source>The duress passphrase stops working: typed at an unlock it will be a wrong passphrase like any other. Enter your passphrase to remove it.</source>
            <translation>La frase de coacción deja de funcionar: escrita al desbloquear será una frase de contraseña incorrecta como cualquier otra. Escriba su frase de contraseña para quitarla.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>The duress passphrase is removed.</source>
            <translation>Se quitó la frase de coacción.</translation>
        </message>
        <message>
            <source>There was no duress passphrase.</source>
            <translation>No había frase de coacción.</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks</source>
            <translation>Borrado tras desbloqueos fallidos</translation>
        </message>
        <message>
            <source>The vault will no longer destroy itself after wrong passphrases. Enter your passphrase to apply this.</source>
            <translation>La bóveda ya no se destruirá tras frases de contraseña incorrectas. Escriba su frase de contraseña para aplicarlo.</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>The vault no longer destroys itself after wrong passphrases.</source>
            <translation>La bóveda ya no se destruye tras frases de contraseña incorrectas.</translation>
        </message>
        <message>
            <source>Duress passphrase set</source>
            <translation>Frase de coacción establecida</translation>
        </message>
        <message>
            <source>Typed wherever the passphrase is asked, the duress passphrase now destroys this vault and says the passphrase was wrong.</source>
            <translation>Escrita dondequiera que se pida la frase de contraseña, la frase de coacción ahora destruye esta bóveda y dice que la frase de contraseña era incorrecta.</translation>
        </message>
        <message>
            <source>Duress passphrase not set</source>
            <translation>Frase de coacción no establecida</translation>
        </message>
        <message>
            <source>Setting the duress passphrase</source>
            <translation>Establecer la frase de coacción</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>Sustituir el código de recuperación</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Sustituir</translation>
        </message>
        <message>
            <source>Make a recovery code</source>
            <translation>Crear un código de recuperación</translation>
        </message>
        <message>
            <source>Make code</source>
            <translation>Crear código</translation>
        </message>
        <message>
            <source>A new code is made and shown once; the old code stops opening anything. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase (not the recovery code).</source>
            <translation>Se crea un código nuevo y se muestra una sola vez; el antiguo deja de abrir nada. La bóveda se bloquea unos segundos mientras se vuelve a cifrar y luego se abre de nuevo. Escriba su frase de contraseña (no el código de recuperación).</translation>
        </message>
        <message>
            <source>A new code is made and shown once. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase (not the recovery code).</source>
            <translation>Se crea un código nuevo y se muestra una sola vez. La bóveda se bloquea unos segundos mientras se vuelve a cifrar y luego se abre de nuevo. Escriba su frase de contraseña (no el código de recuperación).</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>Quitar el código de recuperación</translation>
        </message>
        <message>
            <source>The recovery code stops opening anything, so a forgotten passphrase can no longer be recovered. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase.</source>
            <translation>El código de recuperación deja de abrir nada, así que una frase de contraseña olvidada ya no podrá recuperarse. La bóveda se bloquea unos segundos mientras se vuelve a cifrar y luego se abre de nuevo. Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <source>A new recovery code was made. The vault opens again.</source>
            <translation>Se creó un nuevo código de recuperación. La bóveda se abre de nuevo.</translation>
        </message>
        <message>
            <source>The recovery code was removed. The vault opens again.</source>
            <translation>Se quitó el código de recuperación. La bóveda se abre de nuevo.</translation>
        </message>
        <message>
            <source>Rotate identity keys</source>
            <translation>Renovar las claves de identidad</translation>
        </message>
        <message>
            <source>New identity keys are made and announced to your colleagues in your next bundles. The vault locks for a moment, then opens again. Enter your passphrase.</source>
            <translation>Se crean nuevas claves de identidad y se anuncian a sus colegas en sus próximos paquetes. La bóveda se bloquea un momento y luego se abre de nuevo. Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Renovar</translation>
        </message>
        <message>
            <source>New identity keys were made. The vault opens again.</source>
            <translation>Se crearon nuevas claves de identidad. La bóveda se abre de nuevo.</translation>
        </message>
        <message>
            <source>Making new identity keys.</source>
            <translation>Creando nuevas claves de identidad.</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>Restaurada desde una copia de seguridad</translation>
        </message>
        <message>
            <source>From now on your changes get new numbers, so colleagues accept them even where the copy reuses numbers it had already sent. The vault locks for a moment, then opens again. Enter your passphrase.</source>
            <translation>A partir de ahora sus cambios reciben números nuevos, para que los colegas los acepten incluso donde la copia reutiliza números que ya había enviado. La bóveda se bloquea un momento y luego se abre de nuevo. Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>This vault now writes under a new epoch: your next changes reach colleagues. What they received from this vault after the copy was made comes back with their next bundles once they import one of yours. Changes made after putting the copy back and before this step may be kept aside at colleagues (they show this vault as suspect): check them and make them again.</source>
            <translation>Esta bóveda escribe ahora bajo una nueva época: sus próximos cambios llegan a los colegas. Lo que recibieron de esta bóveda después de hacerse la copia vuelve con sus próximos paquetes, una vez que importen uno de los suyos. Los cambios hechos entre la reposición de la copia y este paso pueden quedar apartados en los colegas (muestran esta bóveda como sospechosa): revíselos y vuelva a hacerlos.</translation>
        </message>
        <message>
            <source>This vault now writes under a new epoch. The vault opens again.</source>
            <translation>Esta bóveda escribe ahora bajo una nueva época. La bóveda se abre de nuevo.</translation>
        </message>
        <message>
            <source>Starting a new epoch.</source>
            <translation>Iniciando una nueva época.</translation>
        </message>
        <message>
            <source>New identity keys</source>
            <translation>Nuevas claves de identidad</translation>
        </message>
        <message>
            <source>Your new fingerprint is
%1

Colleagues that trust you move to it when they import your next bundle. New colleagues need your new card (My identity &gt; Save identity card). Bundles sent to the old keys open here until %2.</source>
            <translation>Su nueva huella es
%1

Los colegas que confían en usted pasan a ella al importar su próximo paquete. Los colegas nuevos necesitan su nueva tarjeta (Mi identidad &gt; Guardar tarjeta de identidad). Los paquetes enviados a las claves antiguas se abren aquí hasta el %2.</translation>
        </message>
        <message>
            <source>Making the recovery shares</source>
            <translation>Creando las partes de recuperación</translation>
        </message>
        <message>
            <source>New recovery shares were made. The vault opens again.</source>
            <translation>Se crearon nuevas partes de recuperación. La bóveda se abre de nuevo.</translation>
        </message>
        <message>
            <source>Re-encrypting the vault for the change. This takes a few seconds.</source>
            <translation>Volviendo a cifrar la bóveda para el cambio. Tarda unos segundos.</translation>
        </message>
        <message>
            <source>Opening the vault. This takes a second or two.</source>
            <translation>Abriendo la bóveda. Tarda uno o dos segundos.</translation>
        </message>
        <message>
            <source> Unlock with your passphrase to go on.</source>
            <translation> Desbloquee con su frase de contraseña para continuar.</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Guardar el código de recuperación como PDF</translation>
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
            <source>The PDF holds the recovery code in clear. Print it, then delete the file and empty the trash.</source>
            <translation>El PDF contiene el código de recuperación sin cifrar. Imprímalo y luego borre el archivo y vacíe la papelera.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message numerus="yes">
            <source>%n failed attempt(s) to unlock this vault since it was last opened. If that was not you, someone may have tried to open it.</source>
            <translation>
                <numerusform>%n intento fallido de desbloquear esta bóveda desde la última vez que se abrió. Si no fue usted, alguien pudo intentar abrirla.</numerusform>
                <numerusform>%n intentos fallidos de desbloquear esta bóveda desde la última vez que se abrió. Si no fue usted, alguien pudo intentar abrirla.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n wrong passphrase(s) in a row the vault destroys itself. Enter your passphrase to apply this.</source>
            <translation>
                <numerusform>Tras %n frase de contraseña incorrecta seguida, la bóveda se destruye. Escriba su frase de contraseña para aplicarlo.</numerusform>
                <numerusform>Tras %n frases de contraseña incorrectas seguidas, la bóveda se destruye. Escriba su frase de contraseña para aplicarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The vault now destroys itself after %n wrong passphrase(s) in a row.</source>
            <translation>
                <numerusform>La bóveda se destruye ahora tras %n frase de contraseña incorrecta seguida.</numerusform>
                <numerusform>La bóveda se destruye ahora tras %n frases de contraseña incorrectas seguidas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyDialogs</name>
        <message>
            <source>A second passphrase for when someone forces you to open the vault. Typed where the passphrase is asked, it destroys the vault on this computer at once and then says the passphrase was wrong. It does not open a harmless-looking decoy: a decoy would have to look lived-in to be believed, and records gone are safer for the people in them than records read. Colleagues keep what you shared with them. Nothing on disk shows whether one is set.</source>
            <translation>Una segunda frase de contraseña para cuando alguien le obligue a abrir la bóveda. Escrita donde se pide la frase de contraseña, destruye al instante la bóveda en este ordenador y luego dice que la frase de contraseña era incorrecta. No abre un señuelo de apariencia inofensiva: un señuelo tendría que parecer usado para resultar creíble, y los registros destruidos protegen mejor a las personas que aparecen en ellos que los registros leídos. Los colegas conservan lo que compartió con ellos. Nada en el disco indica si hay una establecida.</translation>
        </message>
        <message>
            <source>The vault destroys itself after this many wrong passphrases in a row. It stops someone guessing at this computer through hrd-desk, not someone who copied the vault's files first. A mistyped passphrase counts too, so do not set it low.</source>
            <translation>La bóveda se destruye tras este número de frases de contraseña incorrectas seguidas. Detiene a quien intente adivinarla en este ordenador a través de hrd-desk, no a quien haya copiado antes los archivos de la bóveda. Un error al teclear también cuenta, así que no ponga un número bajo.</translation>
        </message>
        <message>
            <source>The keys colleagues know this vault by. New keys are announced in your next bundles, signed by the old and the new keys; colleagues that trust you move to them, still verified. Bundles sent to the old keys open here for 30 days, then the old keys are deleted. If someone may have copied your keys, ask colleagues to revoke them instead.</source>
            <translation>Las claves por las que los colegas conocen esta bóveda. Las claves nuevas se anuncian en sus próximos paquetes, firmadas con la antigua y la nueva; los colegas que confían en usted pasan a ellas, todavía verificados. Los paquetes enviados a las claves antiguas se abren aquí durante 30 días y después las claves antiguas se borran. Si alguien pudo copiar sus claves, pida a los colegas que las revoquen.</translation>
        </message>
        <message>
            <source>After putting back a copy of this vault (a backup), say so before changing anything: what you change from then on gets new numbers, so colleagues accept it. The vault also notices by itself when a colleague sends back changes it lost.</source>
            <translation>Tras reponer una copia de esta bóveda (una copia de seguridad), indíquelo antes de cambiar nada: lo que cambie a partir de entonces recibe números nuevos, para que los colegas lo acepten. La bóveda también se da cuenta sola cuando un colega le devuelve cambios que había perdido.</translation>
        </message>
        <message>
            <source>A long code that opens the vault if the passphrase is forgotten. It is shown once: print it or write it down and keep it away from this computer. Anyone who has it can open the vault. A new code replaces the old one, which then opens nothing.</source>
            <translation>Un código largo que abre la bóveda si se olvida la frase de contraseña. Se muestra una sola vez: imprímalo o anótelo y guárdelo lejos de este ordenador. Quien lo tenga puede abrir la bóveda. Un código nuevo sustituye al antiguo, que entonces ya no abre nada.</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>This vault has a recovery code.</source>
            <translation>Esta bóveda tiene un código de recuperación.</translation>
        </message>
        <message>
            <source>This vault has no recovery code.</source>
            <translation>Esta bóveda no tiene código de recuperación.</translation>
        </message>
        <message>
            <source>Replace the recovery code…</source>
            <translation>Sustituir el código de recuperación…</translation>
        </message>
        <message>
            <source>Make a recovery code…</source>
            <translation>Crear un código de recuperación…</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>Sustituir el código de recuperación</translation>
        </message>
        <message>
            <source>Make a recovery code</source>
            <translation>Crear un código de recuperación</translation>
        </message>
        <message>
            <source>Make one split into shares…</source>
            <translation>Crear uno dividido en partes…</translation>
        </message>
        <message>
            <source>Make a recovery code split into shares</source>
            <translation>Crear un código de recuperación dividido en partes</translation>
        </message>
        <message>
            <source>Give the code to several people: any k of n shares give it back, fewer say nothing about it</source>
            <translation>Confiar el código a varias personas: k de n partes lo devuelven, menos no revelan nada</translation>
        </message>
        <message>
            <source>Remove the recovery code…</source>
            <translation>Quitar el código de recuperación…</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>Quitar el código de recuperación</translation>
        </message>
        <message>
            <source>Duress passphrase</source>
            <translation>Frase de coacción</translation>
        </message>
        <message>
            <source>Set or replace…</source>
            <translation>Establecer o sustituir…</translation>
        </message>
        <message>
            <source>Set or replace the duress passphrase</source>
            <translation>Establecer o sustituir la frase de coacción</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Quitar…</translation>
        </message>
        <message>
            <source>Remove the duress passphrase</source>
            <translation>Quitar la frase de coacción</translation>
        </message>
        <message>
            <source>Identity keys</source>
            <translation>Claves de identidad</translation>
        </message>
        <message>
            <source>Rotate identity keys…</source>
            <translation>Renovar las claves de identidad…</translation>
        </message>
        <message>
            <source>Rotate the identity keys</source>
            <translation>Renovar las claves de identidad</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>Restaurada desde una copia de seguridad</translation>
        </message>
        <message>
            <source>This vault was restored…</source>
            <translation>Esta bóveda se restauró…</translation>
        </message>
        <message>
            <source>Say this vault was restored from a backup</source>
            <translation>Indicar que esta bóveda se restauró desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks</source>
            <translation>Borrado tras desbloqueos fallidos</translation>
        </message>
        <message>
            <source>Wrong passphrases in a row:</source>
            <translation>Frases de contraseña incorrectas seguidas:</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source>Wipe after this many failed unlocks</source>
            <translation>Borrar tras este número de desbloqueos fallidos</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>Aplicar…</translation>
        </message>
        <message>
            <source>Apply the wipe-after setting</source>
            <translation>Aplicar el ajuste de borrado</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Set the duress passphrase</source>
            <translation>Establecer la frase de coacción</translation>
        </message>
        <message>
            <source>Set duress passphrase</source>
            <translation>Establecer frase de coacción</translation>
        </message>
        <message>
            <source>Your passphrase</source>
            <translation>Su frase de contraseña</translation>
        </message>
        <message>
            <source>Repeat duress passphrase</source>
            <translation>Repetir la frase de coacción</translation>
        </message>
        <message>
            <source>Choose words you can say under pressure, unlike your passphrase.</source>
            <translation>Elija palabras que pueda decir bajo presión, distintas de su frase de contraseña.</translation>
        </message>
        <message>
            <source>The duress passphrases do not match yet.</source>
            <translation>Las frases de coacción aún no coinciden.</translation>
        </message>
        <message>
            <source>The duress passphrase must differ from your passphrase.</source>
            <translation>La frase de coacción debe ser distinta de su frase de contraseña.</translation>
        </message>
        <message>
            <source>Set a new passphrase</source>
            <translation>Establecer una nueva frase de contraseña</translation>
        </message>
        <message>
            <source>You opened the vault with the recovery code. Set a new passphrase now, so the code can go back to its safe place. The vault is re-encrypted under a new key; the recovery code keeps working.</source>
            <translation>Abrió la bóveda con el código de recuperación. Establezca ahora una nueva frase de contraseña, para que el código vuelva a su lugar seguro. La bóveda se vuelve a cifrar con una clave nueva; el código de recuperación sigue funcionando.</translation>
        </message>
        <message>
            <source>Set passphrase</source>
            <translation>Establecer frase de contraseña</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Repetir la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>hrd-desk recovery code. It opens the vault if the passphrase is forgotten, wherever the passphrase is asked. Anyone who holds it can open the vault: keep it locked away, apart from the computer.</source>
            <translation>Código de recuperación de hrd-desk. Abre la bóveda si se olvida la frase de contraseña, dondequiera que se pida. Quien lo tenga puede abrir la bóveda: guárdelo bajo llave, lejos del ordenador.</translation>
        </message>
        <message>
            <source>hrd-desk recovery code</source>
            <translation>Código de recuperación de hrd-desk</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Su código de recuperación</translation>
        </message>
        <message>
            <source>This is the vault's recovery code. It is shown only this once. Write it down or print it, and keep it away from this computer: anyone who has it can open the vault.</source>
            <translation>Este es el código de recuperación de la bóveda. Solo se muestra esta vez. Anótelo o imprímalo y guárdelo lejos de este ordenador: quien lo tenga puede abrir la bóveda.</translation>
        </message>
        <message>
            <source>Recovery code as a QR code</source>
            <translation>Código de recuperación como código QR</translation>
        </message>
        <message>
            <source>Save as PDF writes the code in clear to a file: print it, then delete the file.</source>
            <translation>Guardar como PDF escribe el código sin cifrar en un archivo: imprímalo y luego borre el archivo.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>I have kept it</source>
            <translation>Ya lo guardé</translation>
        </message>
        <message>
            <source>Recovery code in shares</source>
            <translation>Código de recuperación en partes</translation>
        </message>
        <message>
            <source>A new recovery code is made and given only as shares, one for each person you trust: any k of them together give the code back, fewer say nothing about it. The old code stops opening anything. The vault locks for a few seconds while it is re-encrypted, then opens again.</source>
            <translation>Se crea un nuevo código de recuperación y se entrega solo en partes, una para cada persona de confianza: k de ellas juntas devuelven el código, menos no revelan nada. El código antiguo deja de abrir nada. La bóveda se bloquea unos segundos mientras se vuelve a cifrar y luego se abre de nuevo.</translation>
        </message>
        <message>
            <source>Make shares</source>
            <translation>Crear partes</translation>
        </message>
        <message>
            <source>Number of shares</source>
            <translation>Número de partes</translation>
        </message>
        <message>
            <source>Shares needed to give the code back</source>
            <translation>Partes necesarias para devolver el código</translation>
        </message>
        <message>
            <source>Shares to make (n)</source>
            <translation>Partes a crear (n)</translation>
        </message>
        <message>
            <source>Shares needed (k)</source>
            <translation>Partes necesarias (k)</translation>
        </message>
        <message>
            <source>hrd-desk recovery share %1 of %2. Any %3 shares together give back the recovery code that opens the vault; fewer say nothing about it. Keep this share safe and apart from the other shares and from the computer.</source>
            <translation>Parte de recuperación de hrd-desk %1 de %2. %3 partes juntas devuelven el código de recuperación que abre la bóveda; menos no revelan nada. Guarde esta parte en lugar seguro, separada de las demás partes y del ordenador.</translation>
        </message>
        <message>
            <source>hrd-desk recovery shares</source>
            <translation>Partes de recuperación de hrd-desk</translation>
        </message>
        <message>
            <source>Your recovery shares</source>
            <translation>Sus partes de recuperación</translation>
        </message>
        <message>
            <source>Give each share to a different person you trust, on paper. Any %1 of these %2 shares give back the recovery code (on the unlock screen: Use recovery shares); fewer say nothing about it. They are shown only this once.</source>
            <translation>Entregue cada parte a una persona de confianza distinta, en papel. %1 de estas %2 partes devuelven el código de recuperación (en la pantalla de desbloqueo: Usar partes de recuperación); menos no revelan nada. Solo se muestran esta vez.</translation>
        </message>
        <message>
            <source>Share %1 of %2</source>
            <translation>Parte %1 de %2</translation>
        </message>
        <message>
            <source>Share %1</source>
            <translation>Parte %1</translation>
        </message>
        <message>
            <source>Save as PDF writes the shares in clear to a file, each on its own page: print it, then delete the file.</source>
            <translation>Guardar como PDF escribe las partes sin cifrar en un archivo, cada una en su página: imprímalo y luego borre el archivo.</translation>
        </message>
        <message>
            <source>I have kept them</source>
            <translation>Ya las guardé</translation>
        </message>
        <message>
            <source>Use recovery shares</source>
            <translation>Usar partes de recuperación</translation>
        </message>
        <message>
            <source>Type the shares of the recovery code, one share per line (the words of a share on one line). Enough shares give back the code, which then opens the vault.</source>
            <translation>Escriba las partes del código de recuperación, una parte por línea (las palabras de una parte en una línea). Suficientes partes devuelven el código, que entonces abre la bóveda.</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Shares, one per line</source>
            <translation>Partes, una por línea</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Open the vault</source>
            <translation>Abrir la bóveda</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
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
        <name>ListExport</name>
        <message>
            <source>Full, for a programme office</source>
            <translation>Completo, para una oficina del programa</translation>
        </message>
        <message>
            <source>Drops nothing: names, contact details and places included. Leaves out records whose consent does not allow colleagues.</source>
            <translation>No omite nada: incluye nombres, datos de contacto y lugares. Deja fuera los registros cuyo consentimiento no permite compartir con colegas.</translation>
        </message>
        <message>
            <source>Partner, for a partner organisation</source>
            <translation>Socio, para una organización socia</translation>
        </message>
        <message>
            <source>Drops names (the codename stays), contact details, addresses, accommodation, exact places (the country stays) and anything marked sensitive.</source>
            <translation>Omite los nombres (queda el nombre en clave), los datos de contacto, las direcciones, el alojamiento, los lugares exactos (queda el país) y todo lo marcado como sensible.</translation>
        </message>
        <message>
            <source>Public, for a published report</source>
            <translation>Público, para un informe publicado</translation>
        </message>
        <message>
            <source>Drops what the partner profile drops and gives dates as months; only records whose defenders' consent is public.</source>
            <translation>Omite lo que omite el perfil de socio y reduce las fechas al mes; solo los registros cuyos defensores dieron consentimiento público.</translation>
        </message>
        <message>
            <source>The file will hold %1, under the profile “%2”. %3</source>
            <translation>El archivo contendrá %1, según el perfil «%2». %3</translation>
        </message>
        <message>
            <source>Only the records the page shows are in it: its filters apply.</source>
            <translation>Solo contiene los registros que muestra la página: se aplican sus filtros.</translation>
        </message>
        <message>
            <source>Every record of the list is in it: no filter narrows the page.</source>
            <translation>Contiene todos los registros de la lista: ningún filtro restringe la página.</translation>
        </message>
        <message>
            <source>It is not encrypted, and hrd-desk keeps no copy: save it only where it is safe.</source>
            <translation>No está cifrado y hrd-desk no guarda copia: guárdelo solo en un lugar seguro.</translation>
        </message>
        <message>
            <source>No record of the list can leave under the profile “%1”: there is nothing to save.</source>
            <translation>Ningún registro de la lista puede salir con el perfil «%1»: no hay nada que guardar.</translation>
        </message>
        <message>
            <source>Export list as CSV</source>
            <translation>Exportar la lista en CSV</translation>
        </message>
        <message>
            <source>Who is the file for? Each record leaves only if the consent of every defender it concerns allows it.</source>
            <translation>¿Para quién es el archivo? Un registro solo sale si el consentimiento de cada defensor/a al que afecta lo permite.</translation>
        </message>
        <message>
            <source>Continue…</source>
            <translation>Continuar…</translation>
        </message>
        <message>
            <source>The list was not exported</source>
            <translation>La lista no se exportó</translation>
        </message>
        <message>
            <source>Making the list under the chosen profile…</source>
            <translation>Preparando la lista según el perfil elegido…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Progress of the list</source>
            <translation>Avance de la lista</translation>
        </message>
        <message>
            <source>Records decided:</source>
            <translation>Registros examinados:</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>%n registro omitido: el consentimiento de un/a defensor/a afectado/a no permite este perfil.</numerusform>
                <numerusform>%n registros omitidos: el consentimiento de un/a defensor/a afectado/a no permite este perfil.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockReason</name>
        <message>
            <source>You locked the vault.</source>
            <translation>Usted bloqueó la bóveda.</translation>
        </message>
        <message>
            <source>Locked with the panic key.</source>
            <translation>Bloqueada con la tecla de pánico.</translation>
        </message>
        <message>
            <source>Locked because the computer went to sleep.</source>
            <translation>Bloqueada porque el ordenador entró en suspensión.</translation>
        </message>
        <message>
            <source>Locked because the screen was locked.</source>
            <translation>Bloqueada porque se bloqueó la pantalla.</translation>
        </message>
        <message>
            <source>Locked before closing.</source>
            <translation>Bloqueada antes de cerrar.</translation>
        </message>
        <message>
            <source>Locked to change the passphrase.</source>
            <translation>Bloqueada para cambiar la frase de contraseña.</translation>
        </message>
        <message>
            <source>Locked to change the recovery code.</source>
            <translation>Bloqueada para cambiar el código de recuperación.</translation>
        </message>
        <message>
            <source>Locked for the emergency wipe.</source>
            <translation>Bloqueada para el borrado de emergencia.</translation>
        </message>
        <message>
            <source>The vault was locked.</source>
            <translation>La bóveda se bloqueó.</translation>
        </message>
        <message numerus="yes">
            <source>Locked after %n minute(s) without activity.</source>
            <translation>
                <numerusform>Bloqueada tras %n minuto sin actividad.</numerusform>
                <numerusform>Bloqueada tras %n minutos sin actividad.</numerusform>
            </translation>
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
        <message>
            <source>Log incident</source>
            <translation>Registrar incidente</translation>
        </message>
        <message>
            <source>Logging incidents is not available in this version yet.</source>
            <translation>El registro de incidentes aún no está disponible en esta versión.</translation>
        </message>
        <message>
            <source>Unsaved input was lost</source>
            <translation>Se perdieron datos sin guardar</translation>
        </message>
        <message>
            <source>Your unsaved input from before the lock has been reopened.</source>
            <translation>Se volvieron a abrir los datos sin guardar de antes del bloqueo.</translation>
        </message>
        <message>
            <source>Changing the passphrase and re-encrypting the vault. This takes a few seconds.</source>
            <translation>Cambiando la frase de contraseña y volviendo a cifrar la bóveda. Tarda unos segundos.</translation>
        </message>
        <message>
            <source>The passphrase was changed. The vault opens with the new one.</source>
            <translation>Se cambió la frase de contraseña. La bóveda se abre con la nueva.</translation>
        </message>
        <message>
            <source>The current passphrase was not right. Nothing was changed.</source>
            <translation>La frase de contraseña actual no era correcta. No se cambió nada.</translation>
        </message>
        <message>
            <source>The passphrase was not changed: %1. Nothing was changed.</source>
            <translation>No se cambió la frase de contraseña: %1. No se cambió nada.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed (%1). Nothing was changed.</source>
            <translation>No se pudo cambiar la frase de contraseña (%1). No se cambió nada.</translation>
        </message>
        <message>
            <source>%1 Unlock with your passphrase to go on.</source>
            <translation>%1 Desbloquee con su frase de contraseña para continuar.</translation>
        </message>
        <message>
            <source>Check vault integrity</source>
            <translation>Comprobar la integridad de la bóveda</translation>
        </message>
        <message>
            <source>Every page of the vault is read and checked, with its keyslot and audit trail. Nothing is changed. Enter the passphrase to start.</source>
            <translation>Se lee y comprueba cada página de la bóveda, con su ranura de clave y su registro de auditoría. No se cambia nada. Escriba la frase de contraseña para empezar.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <source>Checking the vault. This can take a while for a big vault.</source>
            <translation>Comprobando la bóveda. Puede tardar un rato si es grande.</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault, so nothing was checked.</source>
            <translation>Esa frase de contraseña no abrió la bóveda, así que no se comprobó nada.</translation>
        </message>
        <message>
            <source>The check could not run (%1).</source>
            <translation>No se pudo hacer la comprobación (%1).</translation>
        </message>
        <message>
            <source>Integrity not checked</source>
            <translation>Integridad sin comprobar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The menus and the sections are in the new language now. The pages follow the next time the vault is unlocked: lock it (Ctrl+L) and unlock it to see them all in the new language.</source>
            <translation>Los menús y las secciones ya están en el nuevo idioma. Las páginas lo seguirán la próxima vez que se desbloquee la bóveda: bloquéela (Ctrl+L) y desbloquéela para verlo todo en el nuevo idioma.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Copiado. El portapapeles se vaciará en %n segundo.</numerusform>
                <numerusform>Copiado. El portapapeles se vaciará en %n segundos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved form(s) could not be kept when the vault locked.</source>
            <translation>
                <numerusform>%n formulario sin guardar no se pudo conservar al bloquearse la bóveda.</numerusform>
                <numerusform>%n formularios sin guardar no se pudieron conservar al bloquearse la bóveda.</numerusform>
            </translation>
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
        <message>
            <source>Export list as CSV…</source>
            <translation>Exportar la lista en CSV…</translation>
        </message>
        <message>
            <source>The list as the page shows it, filters included, as a CSV file for a programme office, a partner or the public: you choose the profile, then where to save it</source>
            <translation>La lista tal como la muestra la página, con sus filtros, como archivo CSV para una oficina del programa, un socio o el público: usted elige el perfil y luego dónde guardarlo</translation>
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
        <name>Passphrase</name>
        <message>
            <source>Too short</source>
            <translation>Demasiado corta</translation>
        </message>
        <message>
            <source>Use at least %1 characters; four or more random words are easier to remember.</source>
            <translation>Use al menos %1 caracteres; cuatro o más palabras al azar son más fáciles de recordar.</translation>
        </message>
        <message>
            <source>Too weak</source>
            <translation>Demasiado débil</translation>
        </message>
        <message>
            <source>Add more words or characters; avoid repeats and common words.</source>
            <translation>Añada más palabras o caracteres; evite repeticiones y palabras comunes.</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <source>Acceptable. Another random word would make it good.</source>
            <translation>Aceptable. Otra palabra al azar la haría buena.</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <source>A good passphrase.</source>
            <translation>Una buena frase de contraseña.</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
        <message>
            <source>A strong passphrase.</source>
            <translation>Una frase de contraseña fuerte.</translation>
        </message>
        <message>
            <source>Strength: %1. %2</source>
            <translation>Fortaleza: %1. %2</translation>
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
        <name>Prompts</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
        <message>
            <source>Type %1 to confirm:</source>
            <translation>Escriba %1 para confirmar:</translation>
        </message>
        <message>
            <source>Confirmation word</source>
            <translation>Palabra de confirmación</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>Delete %1</source>
            <translation>Eliminar: %1</translation>
        </message>
        <message>
            <source>Delete the %1 “%2”?

It moves to Deleted, where it can be restored.</source>
            <translation>¿Eliminar «%2» (%1)?

Pasa a Eliminados, desde donde se puede restaurar.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Conservarlo</translation>
        </message>
        <message>
            <source>Purge %1</source>
            <translation>Purgar: %1</translation>
        </message>
        <message>
            <source>Purge the deleted %1 “%2” for good?

Its content is removed from this vault, its history and the search index. This cannot be undone.</source>
            <translation>¿Purgar definitivamente «%2» (%1, eliminado)?

Su contenido se borra de esta bóveda, de su historial y del índice de búsqueda. No se puede deshacer.</translation>
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
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
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
        <name>Sharing</name>
        <message>
            <source>Colleagues ticked here receive this defender at each sync, with their related people, cases and incidents, and every later change. Only verified colleagues are synced.</source>
            <translation>Los colegas marcados aquí reciben a este defensor en cada sincronización, con sus personas relacionadas, casos e incidentes, y todo cambio posterior. Solo se sincroniza con colegas verificados.</translation>
        </message>
        <message>
            <source>Colleagues ticked here receive this case at each sync, with the incidents linked to it and its defender's non-sensitive details, and every later change. Only verified colleagues are synced.</source>
            <translation>Los colegas marcados aquí reciben este caso en cada sincronización, con los incidentes vinculados y los datos no sensibles de su defensor, y todo cambio posterior. Solo se sincroniza con colegas verificados.</translation>
        </message>
        <message>
            <source>Colleagues this record is shared with</source>
            <translation>Colegas con quienes se comparte este registro</translation>
        </message>
        <message>
            <source>This defender's consent: %1.</source>
            <translation>Consentimiento de este defensor: %1.</translation>
        </message>
        <message>
            <source>This defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation>El consentimiento de este defensor no cubre a colegas: nada sobre esta persona sale de esta bóveda, así que no se puede compartir.</translation>
        </message>
        <message>
            <source>The defender's consent: %1.</source>
            <translation>Consentimiento del defensor: %1.</translation>
        </message>
        <message>
            <source>The defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation>El consentimiento del defensor no cubre a colegas: nada sobre esta persona sale de esta bóveda, así que no se puede compartir.</translation>
        </message>
        <message>
            <source>No colleagues yet: add them in the Exchange section.</source>
            <translation>Aún no hay colegas: añádalos en la sección Intercambio.</translation>
        </message>
        <message>
            <source>%1  (NOT VERIFIED: not synced until verified)</source>
            <translation>%1  (NO VERIFICADO: sin sincronizar hasta verificarlo)</translation>
        </message>
        <message>
            <source>this colleague</source>
            <translation>este colega</translation>
        </message>
        <message>
            <source>Shared with %1.</source>
            <translation>Compartido con %1.</translation>
        </message>
        <message>
            <source>Not shared</source>
            <translation>No compartido</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Dejar de compartir</translation>
        </message>
        <message>
            <source>Stop sharing with %1?

They keep everything they already received; from now on, changes are no longer sent to them.</source>
            <translation>¿Dejar de compartir con %1?

Conserva todo lo que ya recibió; a partir de ahora ya no se le envían los cambios.</translation>
        </message>
        <message>
            <source>Keep sharing</source>
            <translation>Seguir compartiendo</translation>
        </message>
        <message>
            <source>No longer shared with %1.</source>
            <translation>Ya no se comparte con %1.</translation>
        </message>
        <message>
            <source>Still shared</source>
            <translation>Sigue compartido</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Compartir</translation>
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
        <message>
            <source>(closest: %1)</source>
            <translation>(los más parecidos: %1)</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>no defender has this codename or name</source>
            <translation>ningún defensor o defensora tiene este nombre en clave o nombre</translation>
        </message>
        <message>
            <source>give the id of the record (%1)</source>
            <translation>indique el identificador del registro (%1)</translation>
        </message>
        <message>
            <source>no record (%1) of this row's defender has this %2</source>
            <translation>ningún registro (%1) de la persona defensora de esta fila tiene este %2</translation>
        </message>
        <message>
            <source>this heading matches no field of this import (%1): choose its field in the list above it, or “Ignore this column”</source>
            <translation>este encabezado no corresponde a ningún campo de esta importación (%1): elija su campo en la lista de arriba, o «Ignorar esta columna»</translation>
        </message>
        <message>
            <source>a second column for %1 (column %2 is the first)</source>
            <translation>una segunda columna para %1 (la columna %2 es la primera)</translation>
        </message>
        <message>
            <source>no column for %1, which every record of this import (%2) needs</source>
            <translation>ninguna columna para %1, que todo registro de esta importación (%2) necesita</translation>
        </message>
        <message>
            <source>this date reads only day first</source>
            <translation>esta fecha solo se lee con el día primero</translation>
        </message>
        <message>
            <source>this date reads only month first</source>
            <translation>esta fecha solo se lee con el mes primero</translation>
        </message>
        <message>
            <source>the file mixes dates written day first and month first: correct it</source>
            <translation>el archivo mezcla fechas escritas con el día primero y con el mes primero: corríjalo</translation>
        </message>
        <message>
            <source>a value in a column without a heading</source>
            <translation>un valor en una columna sin encabezado</translation>
        </message>
        <message>
            <source>a value in a column without a heading (a merged heading?): give the column a heading</source>
            <translation>un valor en una columna sin encabezado (¿un encabezado combinado?): póngale un encabezado a la columna</translation>
        </message>
        <message>
            <source>not one of the choices of this field</source>
            <translation>no es una de las opciones de este campo</translation>
        </message>
        <message>
            <source>this field cannot be imported</source>
            <translation>este campo no se puede importar</translation>
        </message>
        <message>
            <source>dates such as 03/04/2024 read both as day/month and month/day: go Back and say which comes first</source>
            <translation>fechas como 03/04/2024 se leen como día/mes y como mes/día: vuelva Atrás e indique cuál va primero</translation>
        </message>
        <message>
            <source>no rows below the headings: nothing to import</source>
            <translation>no hay filas bajo los encabezados: nada que importar</translation>
        </message>
        <message>
            <source>%1 is not a date: as an Excel serial number it falls outside 1900-2199</source>
            <translation>%1 no es una fecha: como número de serie de Excel queda fuera de 1900-2199</translation>
        </message>
        <message>
            <source>write the year in full (four digits); a two-digit year is not guessed</source>
            <translation>escriba el año completo (cuatro cifras); un año de dos cifras no se adivina</translation>
        </message>
        <message>
            <source>this date reads as day/month or month/day: go Back and say which comes first</source>
            <translation>esta fecha se lee como día/mes o mes/día: vuelva Atrás e indique cuál va primero</translation>
        </message>
        <message>
            <source>not a date this import reads (2024-03-15, 15/03/2024, 15 March 2024, March 2024, 2024, a range A..B)</source>
            <translation>no es una fecha que esta importación lea (2024-03-15, 15/03/2024, 15 de marzo de 2024, marzo de 2024, 2024, un intervalo A..B)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>row %1, column %2: %3</source>
            <translation>fila %1, columna %2: %3</translation>
        </message>
        <message>
            <source>%1 [%2]</source>
            <translation>%1 [%2]</translation>
        </message>
        <message>
            <source>same name or codename and country as an existing defender</source>
            <translation>mismo nombre o nombre en clave y mismo país que una persona defensora existente</translation>
        </message>
        <message>
            <source>same defender, date and category as an existing incident</source>
            <translation>misma persona defensora, fecha y categoría que un incidente existente</translation>
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
        <message numerus="yes">
            <source>%n defender(s) have this codename or name: give the codename</source>
            <translation>
                <numerusform>%n persona defensora tiene este nombre en clave o nombre: indique el nombre en clave</numerusform>
                <numerusform>%n personas defensoras tienen este nombre en clave o nombre: indique el nombre en clave</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records (%1) of this row's defender have this %2: give the id</source>
            <translation>
                <numerusform>%n registro (%1) de la persona defensora de esta fila tiene este %2: indique el identificador</numerusform>
                <numerusform>%n registros (%1) de la persona defensora de esta fila tienen este %2: indique el identificador</numerusform>
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
            <source>Several fields</source>
            <translation>Varios ámbitos</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Imprecise (date fits no single period)</source>
            <translation>Imprecisos (la fecha no cabe en un solo periodo)</translation>
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
        <name>SyncFolder</name>
        <message>
            <source>Starting</source>
            <translation>Iniciando</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Recibiendo</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Sync when bundles arrive there (the folder is also checked every minute).</source>
            <translation>Sincronizar cuando lleguen paquetes (la carpeta también se comprueba cada minuto).</translation>
        </message>
        <message>
            <source>Sync through a folder that another tool carries between offices: a Syncthing folder, a network share, or a USB stick. Each pair of offices has its own subfolder there, named by a code only the two can work out, so a partner that carries only its own subfolder sees nothing of the others. Each sync imports what colleagues left for this vault and leaves a sealed bundle for each verified colleague that has new changes to the records shared with them (nothing when there is nothing new). Unverified colleagues are never synced. File and folder names carry no names.</source>
            <translation>Sincronice mediante una carpeta que otra herramienta lleva entre oficinas: una carpeta de Syncthing, un recurso compartido de red o una memoria USB. Cada par de oficinas tiene allí su propia subcarpeta, con un nombre en clave que solo las dos pueden calcular, así que una organización socia que solo lleva su propia subcarpeta no ve nada de las demás. Cada sincronización importa lo que los colegas dejaron para esta bóveda y deja un paquete sellado para cada colega verificado que tenga cambios nuevos en los registros compartidos con él (nada si no hay nada nuevo). Nunca se sincroniza con colegas no verificados. Los nombres de archivos y carpetas no llevan nombres.</translation>
        </message>
        <message>
            <source>Drop folder</source>
            <translation>Carpeta de depósito</translation>
        </message>
        <message>
            <source>No folder chosen yet.</source>
            <translation>Aún no se eligió ninguna carpeta.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <source>Choose the drop folder</source>
            <translation>Elegir la carpeta de depósito</translation>
        </message>
        <message>
            <source>Watch this folder while the vault is unlocked</source>
            <translation>Vigilar esta carpeta mientras la bóveda esté desbloqueada</translation>
        </message>
        <message>
            <source>Watch the drop folder while unlocked</source>
            <translation>Vigilar la carpeta de depósito mientras esté desbloqueada</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <source>Receive and send through the drop folder now</source>
            <translation>Recibir y enviar ahora por la carpeta de depósito</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Progreso de la sincronización</translation>
        </message>
        <message>
            <source>What the last sync did</source>
            <translation>Lo que hizo la última sincronización</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>The drop folder %1 is not there right now (a USB stick or a network share not connected?). Nothing was synced.</source>
            <translation>La carpeta de depósito %1 no está disponible ahora (¿memoria USB o recurso de red sin conectar?). No se sincronizó nada.</translation>
        </message>
        <message>
            <source>Sync did not start</source>
            <translation>La sincronización no empezó</translation>
        </message>
        <message>
            <source>Last checked %1 (automatically).</source>
            <translation>Última comprobación: %1 (automática).</translation>
        </message>
        <message>
            <source>Last synced %1 (automatically).</source>
            <translation>Última sincronización: %1 (automática).</translation>
        </message>
        <message>
            <source>Last synced %1.</source>
            <translation>Última sincronización: %1.</translation>
        </message>
        <message>
            <source>The sync at %1 did not finish.</source>
            <translation>La sincronización de %1 no terminó.</translation>
        </message>
        <message>
            <source>Sync did not finish</source>
            <translation>La sincronización no terminó</translation>
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
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Trabajando</translation>
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
            <source>Why the vault locked</source>
            <translation>Por qué se bloqueó la bóveda</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>Esa frase de contraseña no abrió la bóveda. Compruebe la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>This vault cannot be opened: %1. Nothing was changed. If you have a backup of the vault folder, restore it; otherwise ask the person who supports your office. Do not delete the folder.</source>
            <translation>Esta bóveda no se puede abrir: %1. No se cambió nada. Si tiene una copia de seguridad de la carpeta de la bóveda, restáurela; si no, consulte a la persona que da soporte a su oficina. No borre la carpeta.</translation>
        </message>
        <message>
            <source>Create your vault</source>
            <translation>Cree su bóveda</translation>
        </message>
        <message>
            <source>Everything you record is kept in this vault, encrypted on this computer. Choose a passphrase you will use to open it.</source>
            <translation>Todo lo que registre se guarda en esta bóveda, cifrado en este ordenador. Elija la frase de contraseña con la que la abrirá.</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Repetir la frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Fortaleza de la frase de contraseña</translation>
        </message>
        <message>
            <source>There is no way to recover a lost passphrase. If it is forgotten, everything in this vault is lost for good: nobody can open it, not your colleagues and not the people who make hrd-desk. Write it down and keep it somewhere safe, away from this computer. Once the vault is open you can also make a recovery code (Vault &gt; Security).</source>
            <translation>No hay forma de recuperar una frase de contraseña perdida. Si se olvida, todo lo que hay en esta bóveda se pierde para siempre: nadie puede abrirla, ni sus colegas ni quienes desarrollan hrd-desk. Anótela y guárdela en un lugar seguro, lejos de este ordenador. Una vez abierta la bóveda, también puede crear un código de recuperación (Bóveda &gt; Seguridad).</translation>
        </message>
        <message>
            <source>Warning: a lost passphrase cannot be recovered</source>
            <translation>Atención: una frase de contraseña perdida no se puede recuperar</translation>
        </message>
        <message>
            <source>I understand that it cannot be recovered</source>
            <translation>Entiendo que no se puede recuperar</translation>
        </message>
        <message>
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>Entiendo que una frase de contraseña perdida no se puede recuperar</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Crear bóveda</translation>
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation>Cuatro o más palabras al azar forman una frase de contraseña fuerte y fácil de recordar.</translation>
        </message>
        <message>
            <source>The passphrases match.</source>
            <translation>Las frases de contraseña coinciden.</translation>
        </message>
        <message>
            <source>The passphrases do not match yet.</source>
            <translation>Las frases de contraseña aún no coinciden.</translation>
        </message>
        <message>
            <source>Creating the vault and tuning it to this computer. This takes a few seconds.</source>
            <translation>Creando la bóveda y ajustándola a este ordenador. Tarda unos segundos.</translation>
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
        <name>VaultMaintenance</name>
        <message>
            <source>Keyslot file</source>
            <translation>Archivo de ranura de clave</translation>
        </message>
        <message>
            <source>Passphrase opens the vault key</source>
            <translation>La frase de contraseña abre la clave de la bóveda</translation>
        </message>
        <message>
            <source>Database opens</source>
            <translation>La base de datos se abre</translation>
        </message>
        <message>
            <source>Every page is intact (encryption checksums)</source>
            <translation>Todas las páginas están intactas (sumas de comprobación del cifrado)</translation>
        </message>
        <message>
            <source>Database structure</source>
            <translation>Estructura de la base de datos</translation>
        </message>
        <message>
            <source>Audit trail is unbroken</source>
            <translation>El registro de auditoría no está roto</translation>
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation>Cuatro o más palabras al azar forman una frase de contraseña fuerte y fácil de recordar.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The new passphrases do not match yet.</source>
            <translation>Las nuevas frases de contraseña aún no coinciden.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>The vault locks for a few seconds while it is re-encrypted for the new passphrase (open forms are kept as drafts), then opens again. There is still no way to recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
            <translation>La bóveda se bloquea unos segundos mientras se vuelve a cifrar para la nueva frase de contraseña (los formularios abiertos se guardan como borradores) y luego se abre de nuevo. Sigue sin haber forma de recuperar una frase de contraseña perdida: anote la nueva y guárdela en un lugar seguro, lejos de este ordenador.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Repetir la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Vault integrity</source>
            <translation>Integridad de la bóveda</translation>
        </message>
        <message>
            <source>Every check passed. The vault is intact.</source>
            <translation>Todas las comprobaciones se superaron. La bóveda está intacta.</translation>
        </message>
        <message>
            <source>Integrity checks</source>
            <translation>Comprobaciones de integridad</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Superada</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FALLÓ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) failed. Do not delete anything; keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation>
                <numerusform>%n comprobación falló. No borre nada; guarde una copia de la carpeta de la bóveda y consulte a la persona que da soporte a su oficina.</numerusform>
                <numerusform>%n comprobaciones fallaron. No borre nada; guarde una copia de la carpeta de la bóveda y consulte a la persona que da soporte a su oficina.</numerusform>
            </translation>
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
            <source>Shelter City relocation</source>
            <translation>Reubicación Shelter City</translation>
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
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>Vocab/checkin</name>
        <message>
            <source>Scheduled</source>
            <translation>Programado</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>No realizado</translation>
        </message>
    </context>
    <context>
        <name>Vocab/relocation</name>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
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
            <translation>Llegó</translation>
        </message>
    </context>
    <context>
        <name>Vocab/risk_assessment</name>
        <message>
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Crítico</translation>
        </message>
    </context>
    <context>
        <name>Vocab/security_measure</name>
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
    </context>
    <context>
        <name>Vocab/task</name>
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
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
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
        <message>
            <source>This kind of record cannot be opened here yet.</source>
            <translation>Este tipo de registro aún no se puede abrir aquí.</translation>
        </message>
        <message>
            <source>Search is not available in this version yet.</source>
            <translation>La búsqueda aún no está disponible en esta versión.</translation>
        </message>
    </context>
    <context>
        <name>KindCount</name>
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
    </context>
</TS>
