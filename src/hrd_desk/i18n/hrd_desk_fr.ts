<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About hrd-desk</source>
            <translation>À propos de hrd-desk</translation>
        </message>
        <message>
            <source>hrd-desk %1</source>
            <translation>hrd-desk %1</translation>
        </message>
        <message>
            <source>Release key: %1. Compare it with the key id your office was given: releases signed with another key are not ours.</source>
            <translation>Clé de publication : %1. Comparez-la avec l'identifiant de clé remis à votre bureau : une version signée avec une autre clé ne vient pas de nous.</translation>
        </message>
        <message>
            <source>Release key: none in this copy (not an official release).</source>
            <translation>Clé de publication : aucune dans cette copie (pas une version officielle).</translation>
        </message>
        <message>
            <source>An encrypted, offline desk for caseworkers who protect human rights defenders.</source>
            <translation>Un bureau chiffré, hors ligne, pour les chargé·es de dossiers qui protègent les défenseur·es des droits humains.</translation>
        </message>
        <message>
            <source>Licence: %1 (GNU General Public License, version 3 or later). You may share and change it under its terms; it comes with no warranty.</source>
            <translation>Licence : %1 (GNU General Public License, version 3 ou ultérieure). Vous pouvez le partager et le modifier selon ses termes ; il est fourni sans garantie.</translation>
        </message>
        <message>
            <source>Packaged app.</source>
            <translation>Application empaquetée.</translation>
        </message>
        <message>
            <source>Running from source.</source>
            <translation>Exécution depuis les sources.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsDialog</name>
        <message>
            <source> It includes a GPS location.</source>
            <translation> Elle contient une position GPS.</translation>
        </message>
        <message>
            <source>This image carries %1 metadata.%2</source>
            <translation>Cette image contient des métadonnées %1.%2</translation>
        </message>
        <message>
            <source>Attachments of this record</source>
            <translation>Pièces jointes de cette fiche</translation>
        </message>
        <message>
            <source>Evidence files, encrypted in the vault. Drop files here or choose Add file.</source>
            <translation>Pièces à conviction, chiffrées dans le coffre. Déposez des fichiers ici ou choisissez Ajouter un fichier.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue le</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Add file…</source>
            <translation>Ajouter un fichier…</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Export decrypted copy…</source>
            <translation>Exporter une copie déchiffrée…</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete the selected file (Del)</source>
            <translation>Supprimer le fichier sélectionné (Suppr)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Only images and plain text are shown inside the app: export a decrypted copy to open this file</source>
            <translation>Seuls les images et le texte brut s'affichent dans l'application : exportez une copie déchiffrée pour ouvrir ce fichier</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Encrypting %1 into the vault…</source>
            <translation>Chiffrement de %1 dans le coffre…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Adding an attachment</source>
            <translation>Ajout d'une pièce jointe</translation>
        </message>
        <message>
            <source>The file was not attached</source>
            <translation>Le fichier n'a pas été joint</translation>
        </message>
        <message>
            <source>Cannot show it</source>
            <translation>Impossible de l'afficher</translation>
        </message>
        <message>
            <source>Export a decrypted copy</source>
            <translation>Exporter une copie déchiffrée</translation>
        </message>
        <message>
            <source>“%1” will be written DECRYPTED outside the vault. Anyone with access to that disk can read it. Keep it on an encrypted disk and delete it when done.</source>
            <translation>« %1 » sera écrit DÉCHIFFRÉ hors du coffre. Toute personne ayant accès à ce disque pourra le lire. Gardez-le sur un disque chiffré et supprimez-le une fois terminé.</translation>
        </message>
        <message>
            <source>Export decrypted copy</source>
            <translation>Exporter une copie déchiffrée</translation>
        </message>
        <message>
            <source>Image metadata</source>
            <translation>Métadonnées de l'image</translation>
        </message>
        <message>
            <source> Leave it out of the copy? The original in the vault keeps it.</source>
            <translation> Les retirer de la copie ? L'original dans le coffre les conserve.</translation>
        </message>
        <message>
            <source>Strip metadata</source>
            <translation>Retirer les métadonnées</translation>
        </message>
        <message>
            <source>Keep metadata</source>
            <translation>Garder les métadonnées</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exporté</translation>
        </message>
        <message>
            <source>A decrypted copy of “%1” was written.</source>
            <translation>Une copie déchiffrée de « %1 » a été écrite.</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Non exporté</translation>
        </message>
        <message>
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message>
            <source>“%1” matches the SHA-256 taken at intake:
%2</source>
            <translation>« %1 » correspond à l'empreinte SHA-256 prise à la réception :
%2</translation>
        </message>
        <message>
            <source>DAMAGED</source>
            <translation>ENDOMMAGÉ</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>« %1 » : %2</translation>
        </message>
        <message>
            <source>Delete this file</source>
            <translation>Supprimer ce fichier</translation>
        </message>
        <message>
            <source>Delete “%1” from this vault? Its encrypted file is overwritten and its chain of custody goes with it: this cannot be undone. Colleagues who received it keep their copies, and their bundles will not bring it back here.</source>
            <translation>Supprimer « %1 » de ce coffre ? Son fichier chiffré est écrasé et sa chaîne de traçabilité disparaît avec lui : c’est irréversible. Les collègues qui l’ont reçu gardent leur copie, et leurs paquets ne le ramèneront pas ici.</translation>
        </message>
        <message>
            <source>Delete file</source>
            <translation>Supprimer le fichier</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Le garder</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Non supprimé</translation>
        </message>
        <message>
            <source>This image cannot be shown (damaged, or a format Qt cannot read): export a decrypted copy to open it elsewhere.</source>
            <translation>Cette image ne peut pas être affichée (endommagée, ou dans un format que Qt ne sait pas lire) : exportez une copie déchiffrée pour l'ouvrir ailleurs.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialogs</name>
        <message>
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Modifiée</translation>
        </message>
        <message>
            <source>Conflict resolved</source>
            <translation>Conflit résolu</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimée</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restaurée</translation>
        </message>
        <message>
            <source>Purged</source>
            <translation>Purgée</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Partagée</translation>
        </message>
        <message>
            <source>No longer shared</source>
            <translation>N'est plus partagée</translation>
        </message>
        <message>
            <source>Marked sensitive</source>
            <translation>Marquée sensible</translation>
        </message>
        <message>
            <source>No longer marked sensitive</source>
            <translation>N'est plus marquée sensible</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <source>Bundle imported</source>
            <translation>Paquet importé</translation>
        </message>
        <message>
            <source>Bundle written</source>
            <translation>Paquet écrit</translation>
        </message>
        <message>
            <source>Changes sent</source>
            <translation>Modifications envoyées</translation>
        </message>
        <message>
            <source>Name on the card changed</source>
            <translation>Nom sur la carte modifié</translation>
        </message>
        <message>
            <source>Colleague added</source>
            <translation>Collègue ajouté·e</translation>
        </message>
        <message>
            <source>Colleague verified</source>
            <translation>Collègue vérifié·e</translation>
        </message>
        <message>
            <source>Colleague revoked</source>
            <translation>Collègue révoqué·e</translation>
        </message>
        <message>
            <source>Colleague kind changed</source>
            <translation>Type de collègue modifié</translation>
        </message>
        <message>
            <source>Proposal accepted</source>
            <translation>Proposition acceptée</translation>
        </message>
        <message>
            <source>Proposal refused</source>
            <translation>Proposition refusée</translation>
        </message>
        <message>
            <source>Drop folder set</source>
            <translation>Dossier de dépôt défini</translation>
        </message>
        <message>
            <source>Attachment added</source>
            <translation>Pièce jointe ajoutée</translation>
        </message>
        <message>
            <source>Attachment deleted</source>
            <translation>Pièce jointe supprimée</translation>
        </message>
        <message>
            <source>Attachment verified</source>
            <translation>Pièce jointe vérifiée</translation>
        </message>
        <message>
            <source>Attachment viewed</source>
            <translation>Pièce jointe consultée</translation>
        </message>
        <message>
            <source>Decrypted copy of an attachment saved</source>
            <translation>Copie déchiffrée d'une pièce jointe enregistrée</translation>
        </message>
        <message>
            <source>Custody statement of an attachment made</source>
            <translation>Attestation de chaîne de possession d'une pièce jointe établie</translation>
        </message>
        <message>
            <source>Colleague's new keys accepted</source>
            <translation>Nouvelles clés d'un·e collègue acceptées</translation>
        </message>
        <message>
            <source>Identity keys rotated</source>
            <translation>Clés d'identité renouvelées</translation>
        </message>
        <message>
            <source>Old identity keys deleted</source>
            <translation>Anciennes clés d'identité supprimées</translation>
        </message>
        <message>
            <source>Marked as restored from a backup</source>
            <translation>Signalé comme restauré depuis une sauvegarde</translation>
        </message>
        <message>
            <source>Spreadsheet imported</source>
            <translation>Tableur importé</translation>
        </message>
        <message>
            <source>Spreadsheet import undone</source>
            <translation>Import de tableur annulé</translation>
        </message>
        <message>
            <source>Spreadsheet import brought back</source>
            <translation>Import de tableur rétabli</translation>
        </message>
        <message>
            <source>Recovery code made</source>
            <translation>Code de récupération créé</translation>
        </message>
        <message>
            <source>Recovery code removed</source>
            <translation>Code de récupération supprimé</translation>
        </message>
        <message>
            <source>Duress passphrase set</source>
            <translation>Phrase de contrainte définie</translation>
        </message>
        <message>
            <source>Duress passphrase removed</source>
            <translation>Phrase de contrainte supprimée</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks set</source>
            <translation>Effacement après échecs de déverrouillage réglé</translation>
        </message>
        <message>
            <source>colleague</source>
            <translation>collègue</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>pièce jointe</translation>
        </message>
        <message>
            <source>fields</source>
            <translation>champs</translation>
        </message>
        <message>
            <source>field</source>
            <translation>champ</translation>
        </message>
        <message>
            <source>versions</source>
            <translation>versions</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>receipts</source>
            <translation>accusés de réception</translation>
        </message>
        <message>
            <source>size</source>
            <translation>taille</translation>
        </message>
        <message>
            <source>records</source>
            <translation>fiches</translation>
        </message>
        <message>
            <source>recipients</source>
            <translation>destinataires</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>résultats</translation>
        </message>
        <message>
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <source>watched</source>
            <translation>surveillé</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>vérifié</translation>
        </message>
        <message>
            <source>received</source>
            <translation>reçu</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>pièces jointes</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>History of this record</source>
            <translation>Historique de cette fiche</translation>
        </message>
        <message>
            <source>What was done to this record in this vault, newest first: when, what and which fields. Contents are never kept here. Changes from colleagues arrive with their bundles and show in Vault &gt; Audit trail as imports.</source>
            <translation>Ce qui a été fait à cette fiche dans ce coffre, du plus récent au plus ancien : quand, quoi et quels champs. Les contenus ne sont jamais conservés ici. Les modifications des collègues arrivent avec leurs paquets et apparaissent dans Coffre &gt; Journal d'audit comme importations.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Champs</translation>
        </message>
        <message>
            <source>Record history</source>
            <translation>Historique de la fiche</translation>
        </message>
        <message>
            <source>Nothing recorded for it yet.</source>
            <translation>Rien d'enregistré pour elle pour l'instant.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>The audit trail is broken at event %1: events were changed or removed. Keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation>Le journal d'audit est rompu à l'événement %1 : des événements ont été modifiés ou retirés. Gardez une copie du dossier du coffre et demandez conseil à la personne qui assure le support de votre bureau.</translation>
        </message>
        <message>
            <source>Audit trail check</source>
            <translation>Vérification du journal d'audit</translation>
        </message>
        <message>
            <source>The newest %1 events are shown.</source>
            <translation>Les %1 événements les plus récents sont affichés.</translation>
        </message>
        <message>
            <source>Ids and field names only, never contents.</source>
            <translation>Identifiants et noms de champs seulement, jamais les contenus.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Record or colleague</source>
            <translation>Fiche ou collègue</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Audit events</source>
            <translation>Événements d'audit</translation>
        </message>
        <message numerus="yes">
            <source>The audit trail is whole: %n event(s), each linked to the one before, and none removed from the end.</source>
            <translation>
                <numerusform>Le journal d'audit est complet : %n événement, lié au précédent, et aucun retiré de la fin.</numerusform>
                <numerusform>Le journal d'audit est complet : %n événements, chacun lié au précédent, et aucun retiré de la fin.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BundleRefusal</name>
        <message>
            <source>%1 is too short to be a bundle part: it may have been cut short</source>
            <translation>%1 est trop court pour être une partie de paquet : il a peut-être été tronqué</translation>
        </message>
        <message>
            <source>%1 is not a whole bundle part: its end is not valid (cut short, damaged or altered)</source>
            <translation>%1 n’est pas une partie de paquet entière : sa fin n’est pas valide (tronquée, abîmée ou modifiée)</translation>
        </message>
        <message>
            <source>%1 claims %2 parts, more than the %3 a bundle may have</source>
            <translation>%1 annonce %2 parties, plus que les %3 qu’un paquet peut avoir</translation>
        </message>
        <message>
            <source>%1 claims a bundle larger than any may be</source>
            <translation>%1 annonce un paquet plus grand qu’aucun ne peut l’être</translation>
        </message>
        <message>
            <source>%1 holds %2 where part %3 of %4 holds %5: cut short or altered</source>
            <translation>%1 contient %2 là où la partie %3 sur %4 contient %5 : tronquée ou modifiée</translation>
        </message>
        <message>
            <source>the folder %1 holds more than %2 files named as bundle parts</source>
            <translation>le dossier %1 contient plus de %2 fichiers nommés comme des parties de paquet</translation>
        </message>
        <message>
            <source>%1 and %2 disagree about the bundle they belong to: altered</source>
            <translation>%1 et %2 ne s’accordent pas sur le paquet auquel ils appartiennent : modifiés</translation>
        </message>
        <message>
            <source>%1 changed while it was read</source>
            <translation>%1 a changé pendant sa lecture</translation>
        </message>
        <message>
            <source>%1 ended early while it was read</source>
            <translation>%1 s’est terminé trop tôt pendant sa lecture</translation>
        </message>
        <message>
            <source>the file is larger than any bundle may be</source>
            <translation>le fichier est plus grand qu’aucun paquet ne peut l’être</translation>
        </message>
        <message>
            <source>the file is larger than %1</source>
            <translation>le fichier dépasse %1</translation>
        </message>
        <message>
            <source>the file ends before its last part</source>
            <translation>le fichier s’arrête avant sa dernière partie</translation>
        </message>
        <message>
            <source>this is not a bundle of a version this app reads</source>
            <translation>ce n’est pas un paquet d’une version que cette application lit</translation>
        </message>
        <message>
            <source>bundle format %1, newer than this hrd-desk reads</source>
            <translation>format de paquet %1, plus récent que ce que lit cet hrd-desk</translation>
        </message>
        <message>
            <source>its records are of schema %1; this hrd-desk knows up to %2</source>
            <translation>ses fiches sont du schéma %1 ; cet hrd-desk connaît jusqu’au %2</translation>
        </message>
        <message>
            <source>its header was altered or damaged</source>
            <translation>son en-tête a été modifié ou abîmé</translation>
        </message>
        <message>
            <source>its header is malformed</source>
            <translation>son en-tête est mal formé</translation>
        </message>
        <message>
            <source>its signed list of contents is malformed</source>
            <translation>sa liste signée du contenu est mal formée</translation>
        </message>
        <message>
            <source>it goes past one of the limits every bundle keeps to</source>
            <translation>il dépasse l’une des limites que tout paquet respecte</translation>
        </message>
        <message>
            <source>its contents do not follow the format</source>
            <translation>son contenu ne suit pas le format</translation>
        </message>
        <message>
            <source>none of its recipients is this vault</source>
            <translation>aucun de ses destinataires n’est ce coffre</translation>
        </message>
        <message>
            <source>the sender did not address it to this vault: someone re-encrypted or forwarded it</source>
            <translation>l’expéditeur ne l’a pas adressé à ce coffre : quelqu’un l’a rechiffré ou transféré</translation>
        </message>
        <message>
            <source>its header is not the one the sender signed: someone re-encrypted it</source>
            <translation>son en-tête n’est pas celui que l’expéditeur a signé : quelqu’un l’a rechiffré</translation>
        </message>
        <message>
            <source>this is not an acknowledgement file</source>
            <translation>ce n’est pas un fichier d’accusés de réception</translation>
        </message>
        <message>
            <source>acknowledgements in a format this hrd-desk does not know</source>
            <translation>des accusés de réception dans un format que cet hrd-desk ne connaît pas</translation>
        </message>
        <message>
            <source>the sender is not one of your colleagues</source>
            <translation>l’expéditeur n’est pas l’un de vos collègues</translation>
        </message>
        <message>
            <source>the sender's fingerprint: %1</source>
            <translation>empreinte de l’expéditeur : %1</translation>
        </message>
        <message>
            <source>the sender is a revoked colleague</source>
            <translation>l’expéditeur est un collègue révoqué</translation>
        </message>
        <message>
            <source>the sender's signature does not verify</source>
            <translation>la signature de l’expéditeur ne se vérifie pas</translation>
        </message>
        <message>
            <source>a colleague's new identity card in it is not signed as it must be</source>
            <translation>la nouvelle carte d’identité d’un collègue qu’il contient n’est pas signée comme elle doit l’être</translation>
        </message>
        <message>
            <source>it was imported before</source>
            <translation>il a déjà été importé</translation>
        </message>
        <message>
            <source>a record in it is malformed</source>
            <translation>une fiche qu’il contient est mal formée</translation>
        </message>
        <message>
            <source>the description of an evidence file in it is malformed</source>
            <translation>la description d’un fichier de preuve qu’il contient est mal formée</translation>
        </message>
        <message>
            <source>it holds more than %1 evidence files</source>
            <translation>il contient plus de %1 fichiers de preuve</translation>
        </message>
        <message>
            <source>an evidence file in it is larger than %1</source>
            <translation>un fichier de preuve qu’il contient dépasse %1</translation>
        </message>
        <message>
            <source>an evidence file in it reuses the id of another one held here</source>
            <translation>un fichier de preuve qu’il contient reprend l’identifiant d’un autre déjà présent ici</translation>
        </message>
        <message>
            <source>an evidence file in it holds more data than it declares</source>
            <translation>un fichier de preuve qu’il contient a plus de données qu’il n’en déclare</translation>
        </message>
        <message>
            <source>an evidence file in it ends before its declared size</source>
            <translation>un fichier de preuve qu’il contient s’arrête avant sa taille déclarée</translation>
        </message>
        <message>
            <source>an evidence file in it does not match its SHA-256: altered or damaged</source>
            <translation>un fichier de preuve qu’il contient ne correspond pas à son SHA-256 : modifié ou abîmé</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1 is there but belongs to another bundle</source>
            <translation>%1 est là mais appartient à un autre paquet</translation>
        </message>
        <message>
            <source>%1 is there but damaged or cut short</source>
            <translation>%1 est là mais abîmé ou tronqué</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message numerus="yes">
            <source>missing: part(s) %1 of %2</source>
            <translation>
                <numerusform>manquante : partie %1 sur %2</numerusform>
                <numerusform>manquantes : parties %1 sur %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckIn</name>
        <message>
            <source>Check-in with %1</source>
            <translation>Point de contact avec %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Prévu le %1</translation>
        </message>
        <message>
            <source>This check-in was missed. Record the contact here once someone has reached the defender.</source>
            <translation>Ce point de contact a été manqué. Enregistrez le contact ici dès que quelqu'un a joint le/la défenseur·e.</translation>
        </message>
        <message>
            <source>Something worrying was raised</source>
            <translation>Un motif d'inquiétude a été signalé</translation>
        </message>
        <message>
            <source>Log an incident about it after saving</source>
            <translation>Consigner un incident à ce sujet après l'enregistrement</translation>
        </message>
        <message>
            <source>The incident form opens with the defender, the day and the note filled in; the incident is linked to this check-in</source>
            <translation>Le formulaire d'incident s'ouvre avec le/la défenseur·e, le jour et la note déjà remplis ; l'incident est lié à ce point de contact</translation>
        </message>
        <message>
            <source>Done on *</source>
            <translation>Fait le *</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Mark missed</source>
            <translation>Marquer comme manqué</translation>
        </message>
        <message>
            <source>Nobody reached the defender: the check-in stays on the start screen until a contact is recorded</source>
            <translation>Personne n'a joint le/la défenseur·e : le point de contact reste sur l'écran d'accueil jusqu'à ce qu'un contact soit enregistré</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Record as done</source>
            <translation>Enregistrer comme fait</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>Say when the check-in was done.</source>
            <translation>Indiquez quand le point de contact a eu lieu.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Colleagues</name>
        <message>
            <source>Verified</source>
            <translation>Vérifié·e</translation>
        </message>
        <message>
            <source>NOT VERIFIED</source>
            <translation>NON VÉRIFIÉ·E</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué·e</translation>
        </message>
        <message>
            <source>You compared fingerprints with them</source>
            <translation>Vous avez comparé vos empreintes avec cette personne</translation>
        </message>
        <message>
            <source>Compare fingerprints with them before sending anything</source>
            <translation>Comparez vos empreintes avec cette personne avant de lui envoyer quoi que ce soit</translation>
        </message>
        <message>
            <source>Nothing is sent to them, and their bundles are refused</source>
            <translation>Rien ne lui est envoyé, et ses paquets sont refusés</translation>
        </message>
        <message>
            <source>Programme office</source>
            <translation>Bureau du programme</translation>
        </message>
        <message>
            <source>Partner organisation</source>
            <translation>Organisation partenaire</translation>
        </message>
        <message>
            <source>Receives the records you share whole</source>
            <translation>Reçoit intégralement les fiches que vous partagez</translation>
        </message>
        <message>
            <source>Receives records redacted: codenames instead of names; no legal names, contact details, addresses, exact places, related people's names or notes, or free text marked sensitive</source>
            <translation>Reçoit les fiches caviardées : des noms de code au lieu des noms ; ni noms légaux, ni coordonnées, ni adresses, ni lieux précis, ni noms ou notes des proches, ni texte libre marqué sensible</translation>
        </message>
        <message>
            <source>Colleagues are the offices and caseworkers you exchange records with. Add one from the identity card they gave you, then compare fingerprints with them before you send them anything.</source>
            <translation>Les collègues sont les bureaux et chargé·es de dossiers avec qui vous échangez des fiches. Ajoutez-en un·e à partir de la carte d'identité qu'on vous a remise, puis comparez vos empreintes avant de lui envoyer quoi que ce soit.</translation>
        </message>
        <message>
            <source>Add from card file…</source>
            <translation>Ajouter depuis un fichier carte…</translation>
        </message>
        <message>
            <source>Add a colleague from the identity card they gave you</source>
            <translation>Ajouter un·e collègue à partir de la carte d'identité qu'on vous a remise</translation>
        </message>
        <message>
            <source>Compare fingerprints…</source>
            <translation>Comparer les empreintes…</translation>
        </message>
        <message>
            <source>Compare fingerprints with the selected colleague</source>
            <translation>Comparer les empreintes avec le/la collègue sélectionné·e</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Révoquer…</translation>
        </message>
        <message>
            <source>Stop all exchange with the selected colleague</source>
            <translation>Cesser tout échange avec le/la collègue sélectionné·e</translation>
        </message>
        <message>
            <source>Make partner…</source>
            <translation>Passer en partenaire…</translation>
        </message>
        <message>
            <source>Change whether the selected colleague is a programme office or a partner organisation</source>
            <translation>Indiquer si le/la collègue sélectionné·e est un bureau du programme ou une organisation partenaire</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collègues</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Name on their card</source>
            <translation>Nom sur sa carte</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajouté·e le</translation>
        </message>
        <message>
            <source>No colleagues yet. Ask the office you will exchange with for their identity card, and give them yours (under My identity).</source>
            <translation>Aucun·e collègue pour l'instant. Demandez sa carte d'identité au bureau avec lequel vous allez échanger, et donnez-lui la vôtre (sous Mon identité).</translation>
        </message>
        <message>
            <source>Add a colleague</source>
            <translation>Ajouter un·e collègue</translation>
        </message>
        <message>
            <source>Your name for this colleague (only you see it; it must differ from your other colleagues' names):</source>
            <translation>Votre nom pour ce·tte collègue (vous seul·e le voyez ; il doit différer des noms de vos autres collègues) :</translation>
        </message>
        <message>
            <source>Your name for this colleague</source>
            <translation>Votre nom pour ce·tte collègue</translation>
        </message>
        <message>
            <source>A partner organisation (not an office of the programme)</source>
            <translation>Une organisation partenaire (pas un bureau du programme)</translation>
        </message>
        <message>
            <source>A partner organisation</source>
            <translation>Une organisation partenaire</translation>
        </message>
        <message>
            <source>Partners receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation>Les partenaires reçoivent les fiches caviardées, et seulement sur les défenseur·es dont le consentement couvre les partenaires.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel adding</source>
            <translation>Annuler l'ajout</translation>
        </message>
        <message>
            <source>Add colleague</source>
            <translation>Ajouter le/la collègue</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the comparison</source>
            <translation>Fermer la comparaison</translation>
        </message>
        <message>
            <source>Every group matches: mark verified…</source>
            <translation>Tous les groupes correspondent : marquer vérifié·e…</translation>
        </message>
        <message>
            <source>Every group matches: mark verified</source>
            <translation>Tous les groupes correspondent : marquer vérifié·e</translation>
        </message>
        <message>
            <source>Suspect: %1; those changes are kept aside.</source>
            <translation>Suspect : %1 ; ces modifications sont mises de côté.</translation>
        </message>
        <message>
            <source>%1 says it revoked them (%2). Revoke them here too if you agree.</source>
            <translation>%1 dit l'avoir révoqué·e (%2). Révoquez-le/la ici aussi si vous êtes d'accord.</translation>
        </message>
        <message>
            <source> · SUSPECT</source>
            <translation> · SUSPECT</translation>
        </message>
        <message>
            <source> · revoked by a colleague</source>
            <translation> · révoqué·e par un·e collègue</translation>
        </message>
        <message>
            <source>Make office…</source>
            <translation>Passer en bureau…</translation>
        </message>
        <message>
            <source>Compare fingerprints again…</source>
            <translation>Comparer à nouveau les empreintes…</translation>
        </message>
        <message>
            <source>Open a colleague's identity card</source>
            <translation>Ouvrir la carte d'identité d'un·e collègue</translation>
        </message>
        <message>
            <source>Card refused</source>
            <translation>Carte refusée</translation>
        </message>
        <message>
            <source>This card names itself “%1”. Choose your own name for this colleague below. Adding them does not make them trusted: compare fingerprints with them next.</source>
            <translation>Cette carte se nomme « %1 ». Choisissez ci-dessous votre propre nom pour ce·tte collègue. L'ajouter ne le/la rend pas digne de confiance : comparez ensuite vos empreintes.</translation>
        </message>
        <message>
            <source>Fingerprint on this card</source>
            <translation>Empreinte sur cette carte</translation>
        </message>
        <message>
            <source>Added %1. Not verified yet: compare fingerprints with them before sending anything.</source>
            <translation>%1 ajouté·e. Pas encore vérifié·e : comparez vos empreintes avant d'envoyer quoi que ce soit.</translation>
        </message>
        <message>
            <source>Colleague not added</source>
            <translation>Collègue non ajouté·e</translation>
        </message>
        <message>
            <source>Compare fingerprints with %1</source>
            <translation>Comparer les empreintes avec %1</translation>
        </message>
        <message>
            <source>Meet %1, or call them on a line where you know their voice. Each of you reads your own fingerprint aloud, group by group, while the other checks it here. In person, you can instead scan the QR code on their screen with a phone camera and compare the groups it shows with theirs below. Mark them verified only if every group matches. If any group differs, do not verify: someone may be posing as them.</source>
            <translation>Rencontrez %1, ou appelez sur une ligne où vous reconnaissez sa voix. Chacun·e lit sa propre empreinte à voix haute, groupe par groupe, pendant que l'autre la vérifie ici. En personne, vous pouvez aussi scanner le code QR sur son écran avec l'appareil photo d'un téléphone et comparer les groupes affichés avec les siens ci-dessous. Marquez vérifié·e seulement si tous les groupes correspondent. Si un seul groupe diffère, ne vérifiez pas : quelqu'un se fait peut-être passer pour cette personne.</translation>
        </message>
        <message>
            <source>This vault (yours)</source>
            <translation>Ce coffre (le vôtre)</translation>
        </message>
        <message>
            <source>%1 (theirs, from their card)</source>
            <translation>%1 (le sien, d'après sa carte)</translation>
        </message>
        <message>
            <source>Mark as verified</source>
            <translation>Marquer comme vérifié·e</translation>
        </message>
        <message>
            <source>Did all ten groups match, compared with %1 in person or on a call where you knew their voice?

Once verified, records can be sent to them and synced with them without further warnings.</source>
            <translation>Les dix groupes correspondaient-ils, comparés avec %1 en personne ou lors d'un appel où vous reconnaissiez sa voix ?

Une fois vérifié·e, des fiches peuvent lui être envoyées et synchronisées sans autre avertissement.</translation>
        </message>
        <message>
            <source>They matched: mark as verified</source>
            <translation>Ils correspondent : marquer vérifié·e</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
        <message>
            <source>%1 is verified.</source>
            <translation>%1 est vérifié·e.</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>Non vérifié·e</translation>
        </message>
        <message>
            <source>Make %1 a partner organisation?

From now on they receive records redacted, and only about defenders whose consent covers partners.</source>
            <translation>Faire de %1 une organisation partenaire ?

Désormais, elle reçoit les fiches caviardées, et seulement sur les défenseur·es dont le consentement couvre les partenaires.</translation>
        </message>
        <message>
            <source>Make %1 an office of the programme?

From now on what you share with them leaves whole. What they already received stays as it was sent: nothing is sent again unredacted.</source>
            <translation>Faire de %1 un bureau du programme ?

Désormais, ce que vous partagez avec ce bureau part intégralement. Ce qu'il a déjà reçu reste tel qu'envoyé : rien n'est renvoyé non caviardé.</translation>
        </message>
        <message>
            <source>Change colleague kind</source>
            <translation>Changer le type de collègue</translation>
        </message>
        <message>
            <source>Make partner</source>
            <translation>Passer en partenaire</translation>
        </message>
        <message>
            <source>Make office</source>
            <translation>Passer en bureau</translation>
        </message>
        <message>
            <source>Keep as it is</source>
            <translation>Laisser tel quel</translation>
        </message>
        <message>
            <source>%1 is now a partner organisation.</source>
            <translation>%1 est désormais une organisation partenaire.</translation>
        </message>
        <message>
            <source>%1 is now a programme office.</source>
            <translation>%1 est désormais un bureau du programme.</translation>
        </message>
        <message>
            <source>Kind not changed</source>
            <translation>Type non modifié</translation>
        </message>
        <message>
            <source>Revoke colleague</source>
            <translation>Révoquer le/la collègue</translation>
        </message>
        <message>
            <source>Revoke %1?

Nothing will be sent to them again, and bundles from them will be refused from now on. What they already received stays with them; records they sent you stay here.

This cannot be undone: their card cannot be added again. Revoke only if their key may be lost, stolen or no longer theirs.</source>
            <translation>Révoquer %1 ?

Plus rien ne lui sera envoyé, et ses paquets seront refusés désormais. Ce qu'il/elle a déjà reçu reste chez lui/elle ; les fiches qu'il/elle vous a envoyées restent ici.

C'est irréversible : sa carte ne pourra plus être ajoutée. Ne révoquez que si sa clé a pu être perdue, volée ou ne plus lui appartenir.</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Révoquer</translation>
        </message>
        <message>
            <source>Keep colleague</source>
            <translation>Garder le/la collègue</translation>
        </message>
        <message>
            <source>%1 is revoked.</source>
            <translation>%1 est révoqué·e.</translation>
        </message>
        <message>
            <source>Not revoked</source>
            <translation>Non révoqué·e</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Défenseur·e</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Chargé·e de dossier</translation>
        </message>
        <message>
            <source>Codename, or name when there is none</source>
            <translation>Nom de code, ou nom s'il n'y en a pas</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Last incident</source>
            <translation>Dernier incident</translation>
        </message>
        <message>
            <source>When the newest incident happened</source>
            <translation>Date de l'incident le plus récent</translation>
        </message>
        <message>
            <source>Open incidents</source>
            <translation>Incidents ouverts</translation>
        </message>
        <message>
            <source>Incidents with status open or monitoring</source>
            <translation>Incidents ouverts ou en suivi</translation>
        </message>
        <message>
            <source>Severity (90 days)</source>
            <translation>Gravité (90 jours)</translation>
        </message>
        <message>
            <source>Highest severity among incidents of the last 90 days. Severity: 1 harassment or intimidation; 2 indirect threat; 3 direct threat; 4 threat with capability shown; 5 attack, detention, abduction or imminent threat to life</source>
            <translation>Gravité la plus haute parmi les incidents des 90 derniers jours. Gravité : 1 harcèlement ou intimidation ; 2 menace indirecte ; 3 menace directe ; 4 menace avec capacité démontrée ; 5 attaque, détention, enlèvement ou menace imminente pour la vie</translation>
        </message>
        <message>
            <source>Active case</source>
            <translation>Dossier actif</translation>
        </message>
        <message>
            <source>The newest case that is not closed or declined</source>
            <translation>Le dossier le plus récent qui n'est ni clos ni refusé</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Statut du dossier</translation>
        </message>
        <message>
            <source>Severity: 1 harassment or intimidation; 2 indirect threat; 3 direct threat; 4 threat with capability shown; 5 attack, detention, abduction or imminent threat to life</source>
            <translation>Gravité : 1 harcèlement ou intimidation ; 2 menace indirecte ; 3 menace directe ; 4 menace avec capacité démontrée ; 5 attaque, détention, enlèvement ou menace imminente pour la vie</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Sensitive fields never appear here</source>
            <translation>Les champs sensibles n'apparaissent jamais ici</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimés</translation>
        </message>
        <message>
            <source>When it was deleted (UTC)</source>
            <translation>Date de suppression (UTC)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Défenseur·es</translation>
        </message>
        <message>
            <source>Next check-in</source>
            <translation>Prochain point de contact</translation>
        </message>
        <message>
            <source>A missed check-in first (it waits until someone acts), else the next due</source>
            <translation>D'abord un point de contact manqué (il attend que quelqu'un agisse), sinon le prochain prévu</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>Expiration du visa</translation>
        </message>
        <message>
            <source>Flagged when the visa expires before the planned departure</source>
            <translation>Signalé quand le visa expire avant le départ prévu</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Jours restants</translation>
        </message>
        <message>
            <source>Days until the planned departure of a stay under way</source>
            <translation>Jours jusqu'au départ prévu d'un séjour en cours</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>The arrival recorded, else the planned one</source>
            <translation>L'arrivée enregistrée, sinon celle prévue</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>The departure recorded, else the planned one</source>
            <translation>Le départ enregistré, sinon celui prévu</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ville d'accueil</translation>
        </message>
        <message>
            <source>Hidden: where the defender is now. Ctrl+Shift+H shows or hides it</source>
            <translation>Masqué : là où se trouve le/la défenseur·e. Ctrl+Maj+H l'affiche ou le masque</translation>
        </message>
        <message>
            <source>Best matches first</source>
            <translation>Meilleures correspondances d'abord</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Trouvé</translation>
        </message>
        <message>
            <source>The words found, in context (hidden fields are never quoted)</source>
            <translation>Les mots trouvés, en contexte (les champs masqués ne sont jamais cités)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>A local date (with a time when one was given)</source>
            <translation>Une date locale (avec une heure si elle a été donnée)</translation>
        </message>
        <message>
            <source>Open tasks say when they are due; overdue is counted from today, never stored</source>
            <translation>Les tâches ouvertes indiquent leur échéance ; le retard est calculé à partir d'aujourd'hui, jamais enregistré</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Concerne</translation>
        </message>
        <message>
            <source>The defender, stay or case it is about</source>
            <translation>Le/la défenseur·e, le séjour ou le dossier concerné</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>When it happened, as precisely as known</source>
            <translation>Quand cela s'est produit, aussi précisément que connu</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>The primary category, then any further ones</source>
            <translation>La catégorie principale, puis les autres</translation>
        </message>
        <message>
            <source>Sub-type</source>
            <translation>Sous-type</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>This column cannot be sorted.</source>
            <translation>Cette colonne ne peut pas être triée.</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>Deleted</source>
            <translation>Supprimée</translation>
        </message>
        <message>
            <source>This vault</source>
            <translation>Ce coffre</translation>
        </message>
        <message>
            <source>%1, %2 (deleted it)</source>
            <translation>%1, %2 (l'a supprimée)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>This vault's version (mine), %1</source>
            <translation>Version de ce coffre (la mienne), %1</translation>
        </message>
        <message>
            <source>%1's version, %2</source>
            <translation>Version de %1, %2</translation>
        </message>
        <message>
            <source>This vault's own latest version (mine)</source>
            <translation>Dernière version propre à ce coffre (la mienne)</translation>
        </message>
        <message>
            <source>A conflict is a field changed here and by a colleague before either saw the other's change (or a record deleted on one side while edited on the other). Both versions are kept until you choose; meanwhile the record shows the latest change and stays visible. A proposal is a colleague's change to consent, to what a record belongs to or to a field it was not given: only this office decides those, so it waits here until you accept or refuse it.</source>
            <translation>Un conflit, c'est un champ modifié ici et par un·e collègue avant que l'un·e ait vu la modification de l'autre (ou une fiche supprimée d'un côté pendant qu'elle était modifiée de l'autre). Les deux versions sont gardées jusqu'à votre choix ; en attendant, la fiche affiche la modification la plus récente et reste visible. Une proposition est une modification par un·e collègue du consentement, de ce à quoi une fiche se rattache ou d'un champ qui ne lui a pas été transmis : seul ce bureau en décide, elle attend donc ici que vous l'acceptiez ou la refusiez.</translation>
        </message>
        <message>
            <source>Records in conflict</source>
            <translation>Fiches en conflit</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>Ce qui diffère</translation>
        </message>
        <message>
            <source>No conflicts. Nothing needs your decision.</source>
            <translation>Aucun conflit. Rien n'attend votre décision.</translation>
        </message>
        <message>
            <source>Values in each version</source>
            <translation>Valeurs de chaque version</translation>
        </message>
        <message>
            <source>Show hidden values</source>
            <translation>Afficher les valeurs masquées</translation>
        </message>
        <message>
            <source>Show sensitive values until you leave this conflict</source>
            <translation>Afficher les valeurs sensibles jusqu'à ce que vous quittiez ce conflit</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Version to keep</source>
            <translation>Version à garder</translation>
        </message>
        <message>
            <source>Keep this version…</source>
            <translation>Garder cette version…</translation>
        </message>
        <message>
            <source>Keep the chosen version</source>
            <translation>Garder la version choisie</translation>
        </message>
        <message>
            <source>%1 proposes a change: %2</source>
            <translation>%1 propose une modification : %2</translation>
        </message>
        <message>
            <source>deleted on one side</source>
            <translation>supprimée d'un côté</translation>
        </message>
        <message>
            <source>Each column is one version: where and when it was made, and what it held.</source>
            <translation>Chaque colonne est une version : où et quand elle a été faite, et ce qu'elle contenait.</translation>
        </message>
        <message>
            <source> One side deleted this record while the other changed it.</source>
            <translation> Un côté a supprimé cette fiche pendant que l'autre la modifiait.</translation>
        </message>
        <message>
            <source> (sent on by %1)</source>
            <translation> (transmise par %1)</translation>
        </message>
        <message>
            <source>%1%2 proposes to change what only this office decides: consent, or which defender, case or stay this record belongs to. Nothing changes, and nothing is sent on, until you accept it.</source>
            <translation>%1%2 propose de modifier ce que seul ce bureau décide : le consentement, ou le/la défenseur·e, le dossier ou le séjour auquel cette fiche se rattache. Rien ne change, et rien n'est transmis, tant que vous ne l'acceptez pas.</translation>
        </message>
        <message>
            <source>Decide…</source>
            <translation>Décider…</translation>
        </message>
        <message>
            <source>Refuse: keep this vault's values</source>
            <translation>Refuser : garder les valeurs de ce coffre</translation>
        </message>
        <message>
            <source>Accept %1's proposal</source>
            <translation>Accepter la proposition de %1</translation>
        </message>
        <message>
            <source>This vault now</source>
            <translation>Ce coffre actuellement</translation>
        </message>
        <message>
            <source>%1 proposes, %2</source>
            <translation>%1 propose, %2</translation>
        </message>
        <message>
            <source>Hide values</source>
            <translation>Masquer les valeurs</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Gardée</translation>
        </message>
        <message>
            <source>This record is not kept updated for any colleague, so your choice stays in this vault.</source>
            <translation>Cette fiche n'est tenue à jour pour aucun·e collègue : votre choix reste dans ce coffre.</translation>
        </message>
        <message>
            <source>Your choice is sent at the next exchange to %1.</source>
            <translation>Votre choix est envoyé au prochain échange à %1.</translation>
        </message>
        <message>
            <source>Accept %1's change to “%2”?

It becomes this office's own decision. %3</source>
            <translation>Accepter la modification de « %2 » par %1 ?

Elle devient la décision propre de ce bureau. %3</translation>
        </message>
        <message>
            <source>Accept the change</source>
            <translation>Accepter la modification</translation>
        </message>
        <message>
            <source>Refuse %1's change to “%2”?

The record keeps this vault's values; the proposal is dropped.</source>
            <translation>Refuser la modification de « %2 » par %1 ?

La fiche garde les valeurs de ce coffre ; la proposition est abandonnée.</translation>
        </message>
        <message>
            <source>Refuse the change</source>
            <translation>Refuser la modification</translation>
        </message>
        <message>
            <source>Decide on a proposal</source>
            <translation>Décider d'une proposition</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Pas de décision</translation>
        </message>
        <message>
            <source>Resolve the conflict</source>
            <translation>Résoudre le conflit</translation>
        </message>
        <message>
            <source>Keep %1 for “%2”?

The record then shows that version's values for the fields that differ. The other versions stay in the record's history. %3</source>
            <translation>Garder %1 pour « %2 » ?

La fiche affiche alors les valeurs de cette version pour les champs qui diffèrent. Les autres versions restent dans l'historique de la fiche. %3</translation>
        </message>
        <message>
            <source>Keep this version</source>
            <translation>Garder cette version</translation>
        </message>
        <message>
            <source>Not resolved</source>
            <translation>Non résolu</translation>
        </message>
    </context>
    <context>
        <name>CopyGuard</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <source>Afghanistan</source>
            <translation>Afghanistan</translation>
        </message>
        <message>
            <source>Albania</source>
            <translation>Albanie</translation>
        </message>
        <message>
            <source>Algeria</source>
            <translation>Algérie</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <translation>Samoa américaines</translation>
        </message>
        <message>
            <source>Andorra</source>
            <translation>Andorre</translation>
        </message>
        <message>
            <source>Angola</source>
            <translation>Angola</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <translation>Anguilla</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <translation>Antarctique</translation>
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation>Antigua-et-Barbuda</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentine</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>Arménie</translation>
        </message>
        <message>
            <source>Aruba</source>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Ascension Island</source>
            <translation>Île de l’Ascension</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>Australie</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>Autriche</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Azerbaïdjan</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <translation>Bahreïn</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>Bangladesh</translation>
        </message>
        <message>
            <source>Barbados</source>
            <translation>Barbade</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>Bélarus</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>Belgique</translation>
        </message>
        <message>
            <source>Belize</source>
            <translation>Belize</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>Bénin</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <translation>Bermudes</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>Bhoutan</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>Bolivie</translation>
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation>Bosnie-Herzégovine</translation>
        </message>
        <message>
            <source>Botswana</source>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <translation>Île Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brésil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation>Territoire britannique de l'océan Indien</translation>
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation>Îles Vierges britanniques</translation>
        </message>
        <message>
            <source>Brunei</source>
            <translation>Brunéi Darussalam</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>Bulgarie</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>Burkina Faso</translation>
        </message>
        <message>
            <source>Burundi</source>
            <translation>Burundi</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>Cambodge</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Cameroun</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Canary Islands</source>
            <translation>Îles Canaries</translation>
        </message>
        <message>
            <source>Cape Verde</source>
            <translation>Cap-Vert</translation>
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation>Pays-Bas caribéens</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation>Îles Caïmans</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <translation>République centrafricaine</translation>
        </message>
        <message>
            <source>Ceuta &amp; Melilla</source>
            <translation>Ceuta et Melilla</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>Tchad</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>Chili</translation>
        </message>
        <message>
            <source>China</source>
            <translation>Chine</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <translation>Île Christmas</translation>
        </message>
        <message>
            <source>Clipperton Island</source>
            <translation>Île Clipperton</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <translation>Îles Cocos (Keeling)</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombie</translation>
        </message>
        <message>
            <source>Comoros</source>
            <translation>Comores</translation>
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation>République du Congo</translation>
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation>République démocratique du Congo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <translation>Îles Cook</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>Croatie</translation>
        </message>
        <message>
            <source>Cuba</source>
            <translation>Cuba</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <translation>Curaçao</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <translation>Chypre</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>Tchéquie</translation>
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation>Côte d'Ivoire</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Danemark</translation>
        </message>
        <message>
            <source>Diego Garcia</source>
            <translation>Diego Garcia</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <translation>Dominique</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>République dominicaine</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Égypte</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>Salvador</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation>Guinée Équatoriale</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <translation>Érythrée</translation>
        </message>
        <message>
            <source>Estonia</source>
            <translation>Estonie</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Éthiopie</translation>
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation>Îles Malouines</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation>Îles Féroé</translation>
        </message>
        <message>
            <source>Fiji</source>
            <translation>Fidji</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>Finlande</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <translation>Guyane française</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <translation>Polynésie française</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <translation>Terres australes françaises</translation>
        </message>
        <message>
            <source>Gabon</source>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>Gambia</source>
            <translation>Gambie</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Géorgie</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Allemagne</translation>
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
            <translation>Grèce</translation>
        </message>
        <message>
            <source>Greenland</source>
            <translation>Groënland</translation>
        </message>
        <message>
            <source>Grenada</source>
            <translation>Grenade</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation>Guadeloupe</translation>
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
            <translation>Guernesey</translation>
        </message>
        <message>
            <source>Guinea</source>
            <translation>Guinée</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <translation>Guinée-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Haiti</source>
            <translation>Haïti</translation>
        </message>
        <message>
            <source>Heard &amp; McDonald Islands</source>
            <translation>Îles Heard-et-MacDonald</translation>
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
            <translation>Hongrie</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>Islande</translation>
        </message>
        <message>
            <source>India</source>
            <translation>Inde</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>Indonésie</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>Iran</translation>
        </message>
        <message>
            <source>Iraq</source>
            <translation>Irak</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Irlande</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <translation>Île de Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>Israël</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Italie</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <translation>Jamaïque</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japon</translation>
        </message>
        <message>
            <source>Jersey</source>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>Jordanie</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Kazakhstan</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>Kenya</translation>
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
            <translation>Koweït</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>Kirghizistan</translation>
        </message>
        <message>
            <source>Laos</source>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Latvia</source>
            <translation>Lettonie</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <translation>Liban</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <translation>Lesotho</translation>
        </message>
        <message>
            <source>Liberia</source>
            <translation>Libéria</translation>
        </message>
        <message>
            <source>Libya</source>
            <translation>Libye</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <translation>Lituanie</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>Luxembourg</translation>
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation>Macau</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>Madagascar</translation>
        </message>
        <message>
            <source>Malawi</source>
            <translation>Malawi</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <translation>Malaisie</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>Maldives</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Malta</source>
            <translation>Malte</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation>Îles Marshall</translation>
        </message>
        <message>
            <source>Martinique</source>
            <translation>Martinique</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>Mauritanie</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <translation>Maurice</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>Micronesia</source>
            <translation>Micronésie</translation>
        </message>
        <message>
            <source>Moldova</source>
            <translation>Moldavie</translation>
        </message>
        <message>
            <source>Monaco</source>
            <translation>Monaco</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>Mongolie</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>Monténégro</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Maroc</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation>Birmanie</translation>
        </message>
        <message>
            <source>Namibia</source>
            <translation>Namibie</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>Nauru</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>Népal</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>Pays-Bas</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <translation>Nouvelle-Calédonie</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>Nouvelle-Zélande</translation>
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
            <translation>Nioue</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation>Île Norfolk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <translation>Corée du Nord</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>Macédoine du Nord</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation>Îles Mariannes du Nord</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Norvège</translation>
        </message>
        <message>
            <source>Oman</source>
            <translation>Oman</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>Pakistan</translation>
        </message>
        <message>
            <source>Palau</source>
            <translation>Palaos</translation>
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation>Territoires palestiniens</translation>
        </message>
        <message>
            <source>Panama</source>
            <translation>Panama</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation>Papouasie-Nouvelle-Guinée</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Pérou</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Philippines</translation>
        </message>
        <message>
            <source>Pitcairn Islands</source>
            <translation>Îles Pitcairn</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Pologne</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation>Porto Rico</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>Qatar</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>Roumanie</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Russie</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>La Réunion</translation>
        </message>
        <message>
            <source>Samoa</source>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>San Marino</source>
            <translation>Saint-Marin</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation>Arabie saoudite</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>Sénégal</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>Serbie</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <translation>Seychelles</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation>Sierra Leone</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Singapour</translation>
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation>Saint-Martin (partie néerlandaise)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <translation>Slovaquie</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>Slovénie</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation>Îles Salomon</translation>
        </message>
        <message>
            <source>Somalia</source>
            <translation>Somalie</translation>
        </message>
        <message>
            <source>South Africa</source>
            <translation>Afrique du Sud</translation>
        </message>
        <message>
            <source>South Georgia &amp; South Sandwich Islands</source>
            <translation>Géorgie du Sud et les îles Sandwich du Sud</translation>
        </message>
        <message>
            <source>South Korea</source>
            <translation>Corée du Sud</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <translation>Soudan du Sud</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>Espagne</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation>Saint-Barthélemy</translation>
        </message>
        <message>
            <source>St. Helena</source>
            <translation>Sainte-Hélène</translation>
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation>Saint-Christophe-et-Niévès</translation>
        </message>
        <message>
            <source>St. Lucia</source>
            <translation>Sainte-Lucie</translation>
        </message>
        <message>
            <source>St. Martin</source>
            <translation>Saint-Martin (partie française)</translation>
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation>Saint-Pierre-et-Miquelon</translation>
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation>Saint-Vincent-et-les-Grenadines</translation>
        </message>
        <message>
            <source>Sudan</source>
            <translation>Soudan</translation>
        </message>
        <message>
            <source>Suriname</source>
            <translation>Surinam</translation>
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation>Svalbard et île Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>Suède</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Suisse</translation>
        </message>
        <message>
            <source>Syria</source>
            <translation>Syrie</translation>
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation>Sao Tomé-et-Principe</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>Taïwan</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>Tadjikistan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <translation>Tanzanie</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>Thaïlande</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation>Timor oriental</translation>
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
            <translation>Trinité-et-Tobago</translation>
        </message>
        <message>
            <source>Tristan da Cunha</source>
            <translation>Tristan da Cunha</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>Tunisie</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>Turkménistan</translation>
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation>Îles Turques-et-Caïques</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <translation>Turquie</translation>
        </message>
        <message>
            <source>U.S. Outlying Islands</source>
            <translation>Îles mineures éloignées des États-Unis</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation>Îles Vierges des États-Unis</translation>
        </message>
        <message>
            <source>Uganda</source>
            <translation>Ouganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>Ukraine</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation>Émirats arabes unis</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>Ouzbékistan</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <translation>Vanuatu</translation>
        </message>
        <message>
            <source>Vatican City</source>
            <translation>État de la Cité du Vatican</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <translation>Venezuela</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>Viêt Nam</translation>
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation>Wallis et Futuna</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <translation>Sahara occidental</translation>
        </message>
        <message>
            <source>Yemen</source>
            <translation>Yémen</translation>
        </message>
        <message>
            <source>Zambia</source>
            <translation>Zambie</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <translation>Zimbabwe</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <translation>Îles Åland</translation>
        </message>
    </context>
    <context>
        <name>DefenderTabs</name>
        <message>
            <source>Trainings</source>
            <translation>Formations</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Modules suivis</translation>
        </message>
        <message>
            <source>Enrol in a training…</source>
            <translation>Inscrire à une formation…</translation>
        </message>
        <message>
            <source>Enrol this defender in an edition of the course</source>
            <translation>Inscrire ce·tte défenseur·e à une session de la formation</translation>
        </message>
        <message>
            <source>Edit enrolment…</source>
            <translation>Modifier l'inscription…</translation>
        </message>
        <message>
            <source>Modules attended and needs noted</source>
            <translation>Modules suivis et besoins notés</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Move the selected enrolment to Deleted</source>
            <translation>Déplacer l'inscription sélectionnée vers Supprimés</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>Actions de plaidoyer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Plaidoyer</translation>
        </message>
        <message>
            <source>Log advocacy action…</source>
            <translation>Consigner une action de plaidoyer…</translation>
        </message>
        <message>
            <source>A meeting, letter or urgent appeal on this defender's behalf</source>
            <translation>Une réunion, une lettre ou un appel urgent au nom de ce·tte défenseur·e</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected action (Enter)</source>
            <translation>Modifier l'action sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Move the selected action to Deleted</source>
            <translation>Déplacer l'action sélectionnée vers Supprimés</translation>
        </message>
        <message>
            <source> to </source>
            <translation> au </translation>
        </message>
        <message>
            <source>No module recorded yet</source>
            <translation>Aucun module enregistré pour l'instant</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(supprimé·e)</translation>
        </message>
        <message>
            <source>Not enrolled in any training yet.</source>
            <translation>Inscrit·e à aucune formation pour l'instant.</translation>
        </message>
        <message>
            <source>No advocacy actions on their behalf recorded yet.</source>
            <translation>Aucune action de plaidoyer en sa faveur enregistrée pour l'instant.</translation>
        </message>
        <message>
            <source>Preventive measures</source>
            <translation>Mesures préventives</translation>
        </message>
        <message>
            <source>Emergency protocols</source>
            <translation>Protocoles d'urgence</translation>
        </message>
        <message>
            <source>Measures that reduce the threats and vulnerabilities on the Risk tab. Enter opens the selected measure.</source>
            <translation>Mesures qui réduisent les menaces et vulnérabilités de l'onglet Risque. Entrée ouvre la mesure sélectionnée.</translation>
        </message>
        <message>
            <source>New measure…</source>
            <translation>Nouvelle mesure…</translation>
        </message>
        <message>
            <source>Add a preventive measure or an emergency protocol</source>
            <translation>Ajouter une mesure préventive ou un protocole d'urgence</translation>
        </message>
        <message>
            <source>Plan summary…</source>
            <translation>Résumé du plan…</translation>
        </message>
        <message>
            <source>The plan to go through with the defender before the return home (printable)</source>
            <translation>Le plan à passer en revue avec le/la défenseur·e avant le retour (imprimable)</translation>
        </message>
        <message>
            <source>Security plan</source>
            <translation>Plan de sécurité</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Reduces</source>
            <translation>Réduit</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Open the selected measure (Enter)</source>
            <translation>Ouvrir la mesure sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>En place</translation>
        </message>
        <message>
            <source>The selected measure is in place</source>
            <translation>La mesure sélectionnée est en place</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Révisée</translation>
        </message>
        <message>
            <source>Move the selected measure to Deleted</source>
            <translation>Déplacer la mesure sélectionnée vers Supprimés</translation>
        </message>
        <message>
            <source>No security plan for this defender yet. Add a measure with “New measure…”.</source>
            <translation>Pas encore de plan de sécurité pour ce·tte défenseur·e. Ajoutez une mesure avec « Nouvelle mesure… ».</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>review due %1</source>
            <translation>révision prévue %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>a deleted item</source>
            <translation>un élément supprimé</translation>
        </message>
        <message>
            <source>Measure not changed</source>
            <translation>Mesure non modifiée</translation>
        </message>
        <message>
            <source>In place: %1</source>
            <translation>En place : %1</translation>
        </message>
        <message>
            <source>Reviewed today: %1. Next review %2.</source>
            <translation>Révisée aujourd'hui : %1. Prochaine révision le %2.</translation>
        </message>
        <message>
            <source>Save the plan summary as PDF</source>
            <translation>Enregistrer le résumé du plan en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>The PDF could not be written (%1).</source>
            <translation>Le PDF n'a pas pu être écrit (%1).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>The PDF holds the plan in clear. Print it, go through it with the defender, then delete the file and empty the trash.</source>
            <translation>Le PDF contient le plan en clair. Imprimez-le, passez-le en revue avec le/la défenseur·e, puis supprimez le fichier et videz la corbeille.</translation>
        </message>
        <message>
            <source>Security plan summary</source>
            <translation>Résumé du plan de sécurité</translation>
        </message>
        <message>
            <source>Go through this with the defender before the return home. Threats, the reasoning and how measures work are hidden until shown.</source>
            <translation>À passer en revue avec le/la défenseur·e avant le retour. Les menaces, le raisonnement et le fonctionnement des mesures restent masqués jusqu'à affichage.</translation>
        </message>
        <message>
            <source>Show hidden details</source>
            <translation>Afficher les détails masqués</translation>
        </message>
        <message>
            <source>Plan summary</source>
            <translation>Résumé du plan</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>The facts</source>
            <translation>Les faits</translation>
        </message>
        <message>
            <source>Pattern over time</source>
            <translation>Évolution dans le temps</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Who is behind it</source>
            <translation>Qui est derrière</translation>
        </message>
        <message>
            <source>Can it be carried out</source>
            <translation>Peut-elle être mise à exécution</translation>
        </message>
        <message>
            <source> (suggests %1)</source>
            <translation> (suggère %1)</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>non évalué</translation>
        </message>
        <message>
            <source>The assessed level over time beside the incidents logged each month. Enter opens the selected line.</source>
            <translation>Le niveau évalué dans le temps, à côté des incidents consignés chaque mois. Entrée ouvre la ligne sélectionnée.</translation>
        </message>
        <message>
            <source>New assessment…</source>
            <translation>Nouvelle évaluation…</translation>
        </message>
        <message>
            <source>Assess this defender's risk again</source>
            <translation>Réévaluer le risque de ce·tte défenseur·e</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Ajouter un élément…</translation>
        </message>
        <message>
            <source>Add a threat, vulnerability or capacity to the selected assessment</source>
            <translation>Ajouter une menace, une vulnérabilité ou une capacité à l'évaluation sélectionnée</translation>
        </message>
        <message>
            <source>Risk assessments and their items</source>
            <translation>Évaluations des risques et leurs éléments</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Cotation</translation>
        </message>
        <message>
            <source>Linked incidents</source>
            <translation>Incidents liés</translation>
        </message>
        <message>
            <source>Open the selected assessment or item (Enter)</source>
            <translation>Ouvrir l'évaluation ou l'élément sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Move the selected assessment or item to Deleted</source>
            <translation>Déplacer l'évaluation ou l'élément sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>No risk assessment for this defender yet. Make one with “New assessment…”.</source>
            <translation>Pas encore d'évaluation des risques pour ce·tte défenseur·e. Créez-en une avec « Nouvelle évaluation… ».</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Raisonnement</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>par %1</translation>
        </message>
        <message>
            <source>deleted incident</source>
            <translation>incident supprimé</translation>
        </message>
        <message>
            <source>Done %1</source>
            <translation>Fait le %1</translation>
        </message>
        <message>
            <source>something worrying raised</source>
            <translation>inquiétude signalée</translation>
        </message>
        <message>
            <source>incident logged</source>
            <translation>incident consigné</translation>
        </message>
        <message>
            <source>Missed: waiting for someone to act</source>
            <translation>Manqué : en attente d'une action</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>%1, overdue</source>
            <translation>%1, en retard</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>Stays in a safe city with their check-ins and tasks. Enter opens the selected line.</source>
            <translation>Séjours dans une ville sûre avec leurs points de contact et tâches. Entrée ouvre la ligne sélectionnée.</translation>
        </message>
        <message>
            <source>New stay…</source>
            <translation>Nouveau séjour…</translation>
        </message>
        <message>
            <source>Plan a stay for this defender</source>
            <translation>Planifier un séjour pour ce·tte défenseur·e</translation>
        </message>
        <message>
            <source>Schedule check-in…</source>
            <translation>Prévoir un point de contact…</translation>
        </message>
        <message>
            <source>Schedule a check-in during or after the selected stay</source>
            <translation>Prévoir un point de contact pendant ou après le séjour sélectionné</translation>
        </message>
        <message>
            <source>Add task…</source>
            <translation>Ajouter une tâche…</translation>
        </message>
        <message>
            <source>A task about this defender (and the selected stay)</source>
            <translation>Une tâche concernant ce·tte défenseur·e (et le séjour sélectionné)</translation>
        </message>
        <message>
            <source>Stays, check-ins and tasks</source>
            <translation>Séjours, points de contact et tâches</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Open the selected stay, check-in or task (Enter)</source>
            <translation>Ouvrir le séjour, le point de contact ou la tâche sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Move the selected stay, check-in or task to Deleted</source>
            <translation>Déplacer le séjour, le point de contact ou la tâche sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>No stays recorded for this defender. Plan one with “New stay…”.</source>
            <translation>Aucun séjour enregistré pour ce·tte défenseur·e. Planifiez-en un avec « Nouveau séjour… ».</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ville d'accueil</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Hébergement</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <source>Task: %1</source>
            <translation>Tâche : %1</translation>
        </message>
        <message>
            <source>Other tasks about this defender</source>
            <translation>Autres tâches concernant ce·tte défenseur·e</translation>
        </message>
        <message>
            <source>the visa expires %1, before the planned departure %2</source>
            <translation>le visa expire le %1, avant le départ prévu le %2</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Attention : %1</translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today; the next review in %n month(s) (change it with Open…)</source>
            <translation>
                <numerusform>Révisée aujourd'hui ; prochaine révision dans %n mois (modifiable avec Ouvrir…)</numerusform>
                <numerusform>Révisée aujourd'hui ; prochaine révision dans %n mois (modifiable avec Ouvrir…)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DefenderView</name>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>Proches</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Partage</translation>
        </message>
        <message>
            <source>Relocation</source>
            <translation>Relocalisation</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Security plan</source>
            <translation>Plan de sécurité</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>‹ All defenders</source>
            <translation>‹ Tous les défenseur·es</translation>
        </message>
        <message>
            <source>Back to all defenders</source>
            <translation>Retour à tous les défenseur·es</translation>
        </message>
        <message>
            <source>Log incident…</source>
            <translation>Consigner un incident…</translation>
        </message>
        <message>
            <source>Log an incident for this defender (Ctrl+N)</source>
            <translation>Consigner un incident pour ce·tte défenseur·e (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit this defender</source>
            <translation>Modifier ce·tte défenseur·e</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Move this defender to Deleted</source>
            <translation>Déplacer ce·tte défenseur·e vers Supprimés</translation>
        </message>
        <message>
            <source>Attachments…</source>
            <translation>Pièces jointes…</translation>
        </message>
        <message>
            <source>Evidence files attached to this defender: add, view, export, verify</source>
            <translation>Fichiers de preuve joints à ce défenseur : ajouter, voir, exporter, vérifier</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>What was done to this defender, and when</source>
            <translation>Ce qui a été fait sur cette fiche, et quand</translation>
        </message>
        <message>
            <source>Dossier PDF</source>
            <translation>Dossier PDF</translation>
        </message>
        <message>
            <source>This defender's dossier as PDF, for an office, a partner or the public (what each may see: docs/sharing.md)</source>
            <translation>Le dossier de ce·tte défenseur·e en PDF, pour un bureau, un partenaire ou le public (ce que chacun peut voir : docs/sharing.md)</translation>
        </message>
        <message>
            <source>For a programme office…</source>
            <translation>Pour un bureau du programme…</translation>
        </message>
        <message>
            <source>For a partner organisation…</source>
            <translation>Pour une organisation partenaire…</translation>
        </message>
        <message>
            <source>For the public…</source>
            <translation>Pour le public…</translation>
        </message>
        <message>
            <source>Back to the list of defenders (Esc)</source>
            <translation>Retour à la liste des défenseur·es (Échap)</translation>
        </message>
        <message>
            <source>What just happened</source>
            <translation>Ce qui vient de se passer</translation>
        </message>
        <message>
            <source>Defender sections</source>
            <translation>Sections du/de la défenseur·e</translation>
        </message>
        <message>
            <source>Edit the selected incident</source>
            <translation>Modifier l'incident sélectionné</translation>
        </message>
        <message>
            <source>Move the selected incident to Deleted</source>
            <translation>Déplacer l'incident sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>Family members, colleagues and others close to the defender. Names are hidden until shown.</source>
            <translation>Membres de la famille, collègues et autres proches du/de la défenseur·e. Les noms restent masqués jusqu'à affichage.</translation>
        </message>
        <message>
            <source>Add related person…</source>
            <translation>Ajouter un·e proche…</translation>
        </message>
        <message>
            <source>Add a family member, colleague or other related person</source>
            <translation>Ajouter un membre de la famille, un·e collègue ou un·e autre proche</translation>
        </message>
        <message>
            <source>Add case…</source>
            <translation>Ajouter un dossier…</translation>
        </message>
        <message>
            <source>Open a new case for this defender</source>
            <translation>Ouvrir un nouveau dossier pour ce·tte défenseur·e</translation>
        </message>
        <message>
            <source>Edit the selected case</source>
            <translation>Modifier le dossier sélectionné</translation>
        </message>
        <message>
            <source>Move the selected case to Deleted</source>
            <translation>Déplacer le dossier sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturé le</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Chargé·e de dossier</translation>
        </message>
        <message>
            <source>No cases for this defender yet. Open one with “Add case…”.</source>
            <translation>Pas encore de dossier pour ce·tte défenseur·e. Ouvrez-en un avec « Ajouter un dossier… ».</translation>
        </message>
        <message>
            <source>The dossier will hold this defender's profile, incidents and stays in full, names and places included, for a programme office.</source>
            <translation>Le dossier contiendra le profil, les incidents et les séjours de ce·tte défenseur·e en entier, noms et lieux compris, pour un bureau du programme.</translation>
        </message>
        <message>
            <source>The dossier will hold what a partner organisation may see: the codename instead of the name, countries instead of places, no contact details, addresses or host cities.</source>
            <translation>Le dossier contiendra ce qu'une organisation partenaire peut voir : le nom de code au lieu du nom, les pays au lieu des lieux, ni coordonnées, ni adresses, ni villes d'accueil.</translation>
        </message>
        <message>
            <source>The dossier will hold what may be published, if the defender's consent allows it: as for a partner, with dates as months.</source>
            <translation>Le dossier contiendra ce qui peut être publié, si le consentement du/de la défenseur·e le permet : comme pour un partenaire, avec les dates réduites au mois.</translation>
        </message>
        <message>
            <source>It is not encrypted, and hrd-desk keeps no copy: save it only where it is safe.</source>
            <translation>Il n'est pas chiffré et hrd-desk n'en garde aucune copie : enregistrez-le seulement en lieu sûr.</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé·e</translation>
        </message>
        <message>
            <source>%1 lowered it to “%2”: nothing about them leaves this vault beyond that</source>
            <translation>%1 l'a abaissé à « %2 » : rien à son sujet ne quitte ce coffre au-delà</translation>
        </message>
        <message>
            <source>Consent limit from a colleague</source>
            <translation>Limite de consentement venant d'un·e collègue</translation>
        </message>
        <message>
            <source>Consent limit</source>
            <translation>Limite de consentement</translation>
        </message>
        <message>
            <source>No related people recorded yet.</source>
            <translation>Aucun·e proche enregistré·e pour l'instant.</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Proche</translation>
        </message>
        <message>
            <source>Edit this related person</source>
            <translation>Modifier ce·tte proche</translation>
        </message>
        <message>
            <source>Move this related person to Deleted</source>
            <translation>Déplacer ce·tte proche vers Supprimés</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No incidents logged yet.</source>
            <translation>Aucun incident consigné pour l'instant.</translation>
        </message>
        <message>
            <source>Saved. %1</source>
            <translation>Enregistré. %1</translation>
        </message>
        <message>
            <source>Training and advocacy</source>
            <translation>Formation et plaidoyer</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s), newest first. Open a group to see its incidents; Enter edits the selected one.</source>
            <translation>
                <numerusform>%n incident, le plus récent d'abord. Ouvrez un groupe pour voir ses incidents ; Entrée modifie celui sélectionné.</numerusform>
                <numerusform>%n incidents, les plus récents d'abord. Ouvrez un groupe pour voir ses incidents ; Entrée modifie celui sélectionné.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dossier</name>
        <message>
            <source>(withheld)</source>
            <translation>(retenu)</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Défenseur·e</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Incident timeline</source>
            <translation>Chronologie des incidents</translation>
        </message>
        <message>
            <source>Threat pattern</source>
            <translation>Schéma des menaces</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Séjours</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Plaidoyer</translation>
        </message>
        <message>
            <source>Risk trend</source>
            <translation>Évolution du risque</translation>
        </message>
        <message>
            <source>Risks in the latest assessment</source>
            <translation>Risques de la dernière évaluation</translation>
        </message>
        <message>
            <source>Security plan status</source>
            <translation>État du plan de sécurité</translation>
        </message>
        <message>
            <source>Category: %1</source>
            <translation>Catégorie : %1</translation>
        </message>
        <message>
            <source>Perpetrator: %1</source>
            <translation>Auteur : %1</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Highest severity</source>
            <translation>Gravité la plus haute</translation>
        </message>
        <message>
            <source>No incident under this profile.</source>
            <translation>Aucun incident sous ce profil.</translation>
        </message>
        <message>
            <source>Incidents counted in the chart</source>
            <translation>Incidents comptés dans le graphique</translation>
        </message>
        <message>
            <source>%1 from %2 to %3 (those this profile lets leave)</source>
            <translation>%1 de %2 à %3 (ceux que ce profil laisse sortir)</translation>
        </message>
        <message>
            <source>Measures planned</source>
            <translation>Mesures prévues</translation>
        </message>
        <message>
            <source>Measures in place</source>
            <translation>Mesures en place</translation>
        </message>
        <message>
            <source>Measures lapsed</source>
            <translation>Mesures caduques</translation>
        </message>
        <message>
            <source>Measures dropped</source>
            <translation>Mesures abandonnées</translation>
        </message>
        <message>
            <source>Measures %1</source>
            <translation>Mesures : %1</translation>
        </message>
        <message>
            <source>Measures overdue on %1</source>
            <translation>Mesures en retard au %1</translation>
        </message>
        <message>
            <source>Measures whose review is due</source>
            <translation>Mesures à réviser</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine révision</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>aucun fixé</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Profile: %1 · %2 · Office: %3</source>
            <translation>Profil : %1 · %2 · Bureau : %3</translation>
        </message>
        <message>
            <source>Dossier: %1</source>
            <translation>Dossier : %1</translation>
        </message>
        <message>
            <source>Prepared %1 by %2, %3 profile. Not encrypted: keep it safe.</source>
            <translation>Préparé le %1 par %2, profil %3. Non chiffré : gardez-le en lieu sûr.</translation>
        </message>
        <message>
            <source>None under this profile.</source>
            <translation>Rien sous ce profil.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>full</source>
            <translation>complet</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>partenaire</translation>
        </message>
        <message>
            <source>public</source>
            <translation>public</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>this office (no name set)</source>
            <translation>ce bureau (sans nom)</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>%n incident omis : le consentement d'un·e défenseur·e concerné·e n'autorise pas ce profil.</numerusform>
                <numerusform>%n incidents omis : le consentement d'un·e défenseur·e concerné·e n'autorise pas ce profil.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) left out (consent).</source>
            <translation>
                <numerusform>%n séjour omis (consentement).</numerusform>
                <numerusform>%n séjours omis (consentement).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) left out (consent).</source>
            <translation>
                <numerusform>%n action omise (consentement).</numerusform>
                <numerusform>%n actions omises (consentement).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n assessment(s) left out (consent).</source>
            <translation>
                <numerusform>%n évaluation omise (consentement).</numerusform>
                <numerusform>%n évaluations omises (consentement).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s) left out (consent).</source>
            <translation>
                <numerusform>%n élément de risque omis (consentement).</numerusform>
                <numerusform>%n éléments de risque omis (consentement).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measure(s) left out (consent).</source>
            <translation>
                <numerusform>%n mesure omise (consentement).</numerusform>
                <numerusform>%n mesures omises (consentement).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n jour de retard</numerusform>
                <numerusform>%n jours de retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <source>e.g. 2024, 2024-03, 2024-03-15 (or 15/03/2024), 2024-03-15T14:30, or a range 2024-03..2024-05</source>
            <translation>ex. 2024, 2024-03, 2024-03-15 (ou 15/03/2024), 2024-03-15T14:30, ou une période 2024-03..2024-05</translation>
        </message>
        <message>
            <source>Separate with commas</source>
            <translation>Séparer par des virgules</translation>
        </message>
        <message>
            <source>YYYY-MM-DD or DD/MM/YYYY, or just YYYY-MM or YYYY</source>
            <translation>AAAA-MM-JJ ou JJ/MM/AAAA, ou simplement AAAA-MM ou AAAA</translation>
        </message>
        <message>
            <source>Date, %1</source>
            <translation>Date, %1</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>Type part of the country's name</source>
            <translation>Saisissez une partie du nom du pays</translation>
        </message>
        <message>
            <source>“%1” is not a country in the list: type part of its name and choose it, or leave the field empty</source>
            <translation>« %1 » n'est pas un pays de la liste : saisissez une partie de son nom et choisissez-le, ou laissez le champ vide</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show or hide this value</source>
            <translation>Afficher ou masquer cette valeur</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Masquer : %1</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Afficher : %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The change was not saved</source>
            <translation>La modification n'a pas été enregistrée</translation>
        </message>
        <message>
            <source>access refused</source>
            <translation>accès refusé</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>il n’existe pas</translation>
        </message>
        <message>
            <source>a name in its path is not a folder</source>
            <translation>un nom de son chemin n’est pas un dossier</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>c’est un dossier</translation>
        </message>
        <message>
            <source>it is a link, which is not followed</source>
            <translation>c’est un lien, qui n’est pas suivi</translation>
        </message>
        <message>
            <source>the disk reported an error</source>
            <translation>le disque a signalé une erreur</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>le quota du disque est épuisé</translation>
        </message>
        <message>
            <source>the file is too large for this disk</source>
            <translation>le fichier est trop grand pour ce disque</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>le nom est trop long</translation>
        </message>
        <message>
            <source>it is in use</source>
            <translation>il est en cours d’utilisation</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>trop de fichiers sont ouverts</translation>
        </message>
        <message>
            <source>the device is not there</source>
            <translation>le périphérique est absent</translation>
        </message>
        <message>
            <source>the device did not answer in time</source>
            <translation>le périphérique n’a pas répondu à temps</translation>
        </message>
        <message>
            <source>This is required.</source>
            <translation>Ce champ est obligatoire.</translation>
        </message>
        <message>
            <source>This is longer than 1 MiB.</source>
            <translation>Ce texte dépasse 1 Mio.</translation>
        </message>
        <message>
            <source>This holds characters that cannot be kept (control characters, or a line break where one line is expected).</source>
            <translation>Ce texte contient des caractères qui ne peuvent pas être gardés (caractères de contrôle, ou un saut de ligne là où une seule ligne est attendue).</translation>
        </message>
        <message>
            <source>“%1” is not one of the choices.</source>
            <translation>« %1 » ne fait pas partie des choix.</translation>
        </message>
        <message>
            <source>“%1” is not a whole number.</source>
            <translation>« %1 » n'est pas un nombre entier.</translation>
        </message>
        <message>
            <source>Give a whole number from %1 to %2.</source>
            <translation>Indiquez un nombre entier de %1 à %2.</translation>
        </message>
        <message>
            <source>“%1” is not a two-letter country code.</source>
            <translation>« %1 » n'est pas un code de pays à deux lettres.</translation>
        </message>
        <message>
            <source>There are too many items.</source>
            <translation>Il y a trop d'éléments.</translation>
        </message>
        <message>
            <source>“%1” is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, a range A..B or about YYYY.</source>
            <translation>« %1 » n'est pas une date : écrivez AAAA, AAAA-MM, AAAA-MM-JJ, AAAA-MM-JJTHH:MM, une période A..B ou about AAAA (environ).</translation>
        </message>
        <message>
            <source>“%1”: the year %2 is outside 1900–2200.</source>
            <translation>« %1 » : l'année %2 est hors de 1900–2200.</translation>
        </message>
        <message>
            <source>“%1”: month %2 does not exist (months are 01 to 12).</source>
            <translation>« %1 » : le mois %2 n'existe pas (les mois vont de 01 à 12).</translation>
        </message>
        <message>
            <source>“%1”: %2 is not a time of day (00:00 to 23:59).</source>
            <translation>« %1 » : %2 n'est pas une heure (00:00 à 23:59).</translation>
        </message>
        <message>
            <source>“%1”: write dates as YYYY-MM-DD (e.g. 2024-03-15).</source>
            <translation>« %1 » : écrivez les dates AAAA-MM-JJ (p. ex. 2024-03-15).</translation>
        </message>
        <message>
            <source>“%1” is not a date: write %2, MM/YYYY or YYYY-MM-DD.</source>
            <translation>« %1 » n'est pas une date : écrivez %2, MM/AAAA ou AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>“%1”: the range ends before it starts.</source>
            <translation>« %1 » : la période finit avant de commencer.</translation>
        </message>
        <message>
            <source>%1 is in the future (today is %2).</source>
            <translation>%1 est dans le futur (nous sommes le %2).</translation>
        </message>
        <message>
            <source>The departure (%1) must be after the arrival (%2).</source>
            <translation>Le départ (%1) doit suivre l'arrivée (%2).</translation>
        </message>
        <message>
            <source>This stay (%1 to %2) overlaps another stay of the defender (%3 to %4): change the dates or cancel one of them.</source>
            <translation>Ce séjour (%1 au %2) chevauche un autre séjour du/de la défenseur·e (%3 au %4) : changez les dates ou annulez l'un des deux.</translation>
        </message>
        <message>
            <source>This belongs to another defender.</source>
            <translation>Cette fiche appartient à un·e autre défenseur·e.</translation>
        </message>
        <message>
            <source>This case is not in the relocation programme.</source>
            <translation>Ce dossier n'est pas dans le programme de relocalisation.</translation>
        </message>
        <message>
            <source>This person is not related to the defender.</source>
            <translation>Cette personne n'est pas liée au/à la défenseur·e.</translation>
        </message>
        <message>
            <source>A check-in falls during or after the stay, which starts %1; %2 is before it.</source>
            <translation>Un point de contact a lieu pendant ou après le séjour, qui commence le %1 ; %2 est avant.</translation>
        </message>
        <message>
            <source>Only a check-in recorded as done has this.</source>
            <translation>Seul un point de contact enregistré comme fait a ce champ.</translation>
        </message>
        <message>
            <source>That record is deleted: restore it or choose another.</source>
            <translation>Cette fiche est supprimée : restaurez-la ou choisissez-en une autre.</translation>
        </message>
        <message>
            <source>This sub-type belongs to none of the incident's categories.</source>
            <translation>Ce sous-type n'appartient à aucune des catégories de l'incident.</translation>
        </message>
        <message>
            <source>“None” cannot stand beside the bodies it was reported to: give either.</source>
            <translation>« Aucun » ne peut pas figurer à côté des instances saisies : choisissez l'un ou l'autre.</translation>
        </message>
        <message>
            <source>Required when consent allows sharing: record when consent was given (or leave consent “not recorded”).</source>
            <translation>Obligatoire quand le consentement permet le partage : indiquez quand il a été donné (ou laissez le consentement « non enregistré »).</translation>
        </message>
        <message>
            <source>Required when consent allows sharing: record how consent was given (or leave consent “not recorded”).</source>
            <translation>Obligatoire quand le consentement permet le partage : indiquez comment il a été donné (ou laissez le consentement « non enregistré »).</translation>
        </message>
        <message>
            <source>“%1” is already the codename of %2: choose another.</source>
            <translation>« %1 » est déjà le nom de code de %2 : choisissez-en un autre.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>« %1 » n'existe pas.</translation>
        </message>
        <message>
            <source>“%1” cannot be read (%2).</source>
            <translation>« %1 » ne peut pas être lu (%2).</translation>
        </message>
        <message>
            <source>“%1” is not a regular file: a folder, a link or a device cannot be used.</source>
            <translation>« %1 » n'est pas un fichier ordinaire : un dossier, un lien ou un périphérique ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>“%1” is a folder: give a file name.</source>
            <translation>« %1 » est un dossier : donnez un nom de fichier.</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation>Le dossier « %1 » n'existe pas.</translation>
        </message>
        <message>
            <source>“%1” is inside the vault folder, where it could replace the vault's own files: choose another place.</source>
            <translation>« %1 » est dans le dossier du coffre, où il pourrait remplacer les fichiers du coffre lui-même : choisissez un autre emplacement.</translation>
        </message>
        <message>
            <source>“%1” exists: choose a new file name.</source>
            <translation>« %1 » existe déjà : choisissez un nouveau nom de fichier.</translation>
        </message>
        <message>
            <source>The source and the note hold at most %1 characters each, without control characters.</source>
            <translation>La source et la note comptent chacune au plus %1 caractères, sans caractères de contrôle.</translation>
        </message>
        <message>
            <source>This attachment is no longer in the vault.</source>
            <translation>Cette pièce jointe n'est plus dans le coffre.</translation>
        </message>
        <message>
            <source>Files can be attached only to a defender, a case, an incident, a stay or an advocacy action.</source>
            <translation>Des fichiers ne peuvent être joints qu'à un·e défenseur·e, un dossier, un incident, un séjour ou une action de plaidoyer.</translation>
        </message>
        <message>
            <source>The file is larger than %1, the most an attachment may be.</source>
            <translation>Le fichier dépasse %1, la taille maximale d'une pièce jointe.</translation>
        </message>
        <message>
            <source>Only images and plain text up to 64 MiB are shown inside the app: export a decrypted copy to open this one.</source>
            <translation>Seuls les images et le texte brut jusqu'à 64 Mio s'affichent dans l'application : exportez une copie déchiffrée pour ouvrir celui-ci.</translation>
        </message>
        <message>
            <source>Its encrypted file is missing from the vault folder.</source>
            <translation>Son fichier chiffré manque dans le dossier du coffre.</translation>
        </message>
        <message>
            <source>The folder “%1” holds no bundle parts (files named NAME.part1of3 and so on).</source>
            <translation>Le dossier « %1 » ne contient aucune partie de paquet (fichiers nommés NOM.part1of3 et ainsi de suite).</translation>
        </message>
        <message>
            <source>The folder “%1” holds parts of %2 different bundles: choose one part of the bundle to import.</source>
            <translation>Le dossier « %1 » contient des parties de %2 paquets différents : choisissez une partie du paquet à importer.</translation>
        </message>
        <message>
            <source>“%1” and “%2” are both part %3 of %4: keep one of them.</source>
            <translation>« %1 » et « %2 » sont tous deux la partie %3 sur %4 : gardez-en un seul.</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be read (%2).</source>
            <translation>Le dossier « %1 » ne peut pas être lu (%2).</translation>
        </message>
        <message>
            <source>“%1” is too large to be an identity card.</source>
            <translation>« %1 » est trop grand pour être une carte d’identité.</translation>
        </message>
        <message>
            <source>This file is not a valid identity card: it is damaged, was altered, or is another kind of file.</source>
            <translation>Ce fichier n’est pas une carte d’identité valide : il est abîmé, a été modifié, ou c’est un autre type de fichier.</translation>
        </message>
        <message>
            <source>This is this vault's own identity card: add your colleagues' cards here.</source>
            <translation>C’est la carte d’identité de ce coffre : ajoutez ici les cartes de vos collègues.</translation>
        </message>
        <message>
            <source>A name holds 1 to %1 characters, without control characters.</source>
            <translation>Un nom compte de 1 à %1 caractères, sans caractères de contrôle.</translation>
        </message>
        <message>
            <source>This colleague was revoked.</source>
            <translation>Ce collègue a été révoqué.</translation>
        </message>
        <message>
            <source>Its encrypted file no longer holds the bytes taken in (their SHA-256 differs, or it does not decrypt): it was altered or damaged on disk.</source>
            <translation>Son fichier chiffré ne contient plus les octets reçus (leur SHA-256 diffère, ou il ne se déchiffre pas) : il a été modifié ou endommagé sur le disque.</translation>
        </message>
        <message>
            <source>An empty passphrase cannot protect a vault.</source>
            <translation>Une phrase secrète vide ne peut pas protéger un coffre.</translation>
        </message>
        <message>
            <source>The passphrase holds characters that are not valid text: choose another.</source>
            <translation>La phrase secrète contient des caractères qui ne sont pas du texte valide : choisissez-en une autre.</translation>
        </message>
        <message>
            <source>That passphrase already opens this vault: choose another.</source>
            <translation>Cette phrase secrète ouvre déjà ce coffre : choisissez-en une autre.</translation>
        </message>
        <message>
            <source>Give the passphrase, not the recovery code, for this change.</source>
            <translation>Donnez la phrase secrète, pas le code de récupération, pour ce changement.</translation>
        </message>
        <message>
            <source>The duress passphrase must differ from the passphrase.</source>
            <translation>La phrase de contrainte doit différer de la phrase secrète.</translation>
        </message>
        <message>
            <source>That is not a recovery code.</source>
            <translation>Ce n’est pas un code de récupération.</translation>
        </message>
        <message>
            <source>No shares were given.</source>
            <translation>Aucune part n’a été donnée.</translation>
        </message>
        <message>
            <source>A share has a mistyped word: check each word against the paper.</source>
            <translation>Une part contient un mot mal saisi : vérifiez chaque mot sur le papier.</translation>
        </message>
        <message>
            <source>The shares belong to different recovery codes.</source>
            <translation>Les parts appartiennent à des codes de récupération différents.</translation>
        </message>
        <message>
            <source>A share has a word missing, too many words, or a word that is not in the list.</source>
            <translation>Il manque un mot à une part, elle en a trop, ou un mot n’est pas dans la liste.</translation>
        </message>
        <message>
            <source>A share is mistyped or incomplete.</source>
            <translation>Une part est mal saisie ou incomplète.</translation>
        </message>
        <message>
            <source>These shares are not of an hrd-desk recovery code.</source>
            <translation>Ces parts ne sont pas celles d’un code de récupération hrd-desk.</translation>
        </message>
        <message>
            <source>%1 different shares are needed and %2 were given.</source>
            <translation>Il faut %1 parts différentes et %2 ont été données.</translation>
        </message>
        <message>
            <source>Choose how many shares are needed (at least 2) and how many to make (at most %1).</source>
            <translation>Choisissez combien de parts sont nécessaires (au moins 2) et combien en créer (au plus %1).</translation>
        </message>
        <message>
            <source>Choose 0 (off), or 3 to %1 failed unlocks.</source>
            <translation>Choisissez 0 (désactivé), ou de 3 à %1 échecs de déverrouillage.</translation>
        </message>
        <message>
            <source>This card is already your colleague “%1”.</source>
            <translation>Cette carte est déjà celle de votre collègue « %1 ».</translation>
        </message>
        <message>
            <source>Another colleague is already called “%1”: choose another name.</source>
            <translation>Un autre collègue s’appelle déjà « %1 » : choisissez un autre nom.</translation>
        </message>
        <message>
            <source>“%1” is not a folder.</source>
            <translation>« %1 » n’est pas un dossier.</translation>
        </message>
        <message>
            <source>its key file (keyslot) is damaged or was altered</source>
            <translation>son fichier de clés (keyslot) est abîmé ou a été modifié</translation>
        </message>
        <message>
            <source>its key file (keyslot) is missing</source>
            <translation>son fichier de clés (keyslot) est introuvable</translation>
        </message>
        <message>
            <source>its key file (keyslot) belongs to another vault</source>
            <translation>son fichier de clés (keyslot) appartient à un autre coffre</translation>
        </message>
        <message>
            <source>its key file asks for more memory than this computer has</source>
            <translation>son fichier de clés demande plus de mémoire que cet ordinateur n’en a</translation>
        </message>
        <message>
            <source>its database file is damaged</source>
            <translation>son fichier de base de données est abîmé</translation>
        </message>
        <message>
            <source>its database file cannot be decrypted: it is damaged, or belongs to another key file</source>
            <translation>son fichier de base de données ne peut pas être déchiffré : il est abîmé, ou appartient à un autre fichier de clés</translation>
        </message>
        <message>
            <source>its identity keys are missing</source>
            <translation>ses clés d’identité sont introuvables</translation>
        </message>
        <message>
            <source>its key file (keyslot) cannot be read (%1)</source>
            <translation>son fichier de clés (keyslot) ne peut pas être lu (%1)</translation>
        </message>
        <message>
            <source>its database file %1 is missing</source>
            <translation>son fichier de base de données %1 est introuvable</translation>
        </message>
        <message>
            <source>a newer hrd-desk made it (schema %1; this one knows up to %2): update hrd-desk to open it</source>
            <translation>un hrd-desk plus récent l’a créé (schéma %1 ; celui-ci connaît jusqu’au %2) : mettez hrd-desk à jour pour l’ouvrir</translation>
        </message>
        <message>
            <source>the vault could not be written (%1); nothing was changed</source>
            <translation>le coffre n'a pas pu être écrit (%1) ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>a file could not be read or written (%1); nothing was changed</source>
            <translation>un fichier n'a pas pu être lu ou écrit (%1) ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>an unexpected error stopped the change (%1); nothing was changed</source>
            <translation>une erreur inattendue a arrêté la modification (%1) ; rien n'a été modifié</translation>
        </message>
        <message numerus="yes">
            <source>“%1”: day %2 does not exist in %3 %4, which has %n day(s).</source>
            <translation>
                <numerusform>« %1 » : le jour %2 n'existe pas en %3 %4, qui a %n jour.</numerusform>
                <numerusform>« %1 » : le jour %2 n'existe pas en %3 %4, qui a %n jours.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>Sealed bundles (%1);;All files (*)</source>
            <translation>Paquets scellés (%1);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>%1: fingerprint</source>
            <translation>%1 : empreinte</translation>
        </message>
        <message>
            <source>%1: fingerprint as a QR code</source>
            <translation>%1 : empreinte en code QR</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Share records with colleagues as sealed files, and receive theirs, without any server: by USB stick, e-mail or a synced folder.</source>
            <translation>Partagez des fiches avec vos collègues sous forme de fichiers scellés, et recevez les leurs, sans aucun serveur : par clé USB, courriel ou dossier synchronisé.</translation>
        </message>
        <message>
            <source>Exchange sections</source>
            <translation>Sections d'échange</translation>
        </message>
        <message>
            <source>My identity</source>
            <translation>Mon identité</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collègues</translation>
        </message>
        <message>
            <source>Send records</source>
            <translation>Envoyer des fiches</translation>
        </message>
        <message>
            <source>Receive a bundle</source>
            <translation>Recevoir un paquet</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Dossier de synchronisation</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Conflicts (%1)</source>
            <translation>Conflits (%1)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummary</name>
        <message>
            <source>Sender's fingerprint</source>
            <translation>Empreinte de l'expéditeur</translation>
        </message>
        <message>
            <source>This file is not addressed to this vault.</source>
            <translation>Ce fichier n'est pas adressé à ce coffre.</translation>
        </message>
        <message>
            <source>The file is damaged, or it is not a bundle.</source>
            <translation>Le fichier est endommagé, ou ce n'est pas un paquet.</translation>
        </message>
        <message>
            <source>The file is damaged or was altered after it was sealed.</source>
            <translation>Le fichier est endommagé ou a été modifié après avoir été scellé.</translation>
        </message>
        <message>
            <source>The sender's signature does not match: the file was altered or forged.</source>
            <translation>La signature de l'expéditeur ne correspond pas : le fichier a été modifié ou falsifié.</translation>
        </message>
        <message>
            <source>The sender is not one of your colleagues. Add their identity card and compare fingerprints first.</source>
            <translation>L'expéditeur ne fait pas partie de vos collègues. Ajoutez sa carte d'identité et comparez d'abord vos empreintes.</translation>
        </message>
        <message>
            <source>The sender was revoked: bundles from them are refused.</source>
            <translation>L'expéditeur a été révoqué : ses paquets sont refusés.</translation>
        </message>
        <message>
            <source>This bundle was imported before.</source>
            <translation>Ce paquet a déjà été importé.</translation>
        </message>
        <message>
            <source>The file is larger than any bundle may be.</source>
            <translation>Le fichier est plus gros que ne peut l'être un paquet.</translation>
        </message>
        <message>
            <source>The file ends early: it may still be copying. Try again when it is complete.</source>
            <translation>Le fichier s'arrête trop tôt : il est peut-être encore en cours de copie. Réessayez quand il sera complet.</translation>
        </message>
        <message>
            <source>A newer hrd-desk made it: update hrd-desk, then import it again.</source>
            <translation>Une version plus récente de hrd-desk l'a créé : mettez hrd-desk à jour, puis importez-le à nouveau.</translation>
        </message>
        <message>
            <source>no records</source>
            <translation>aucune fiche</translation>
        </message>
        <message>
            <source>Not recorded yet: stays in this vault</source>
            <translation>Pas encore recueilli : reste dans ce coffre</translation>
        </message>
        <message>
            <source>None: stays in this vault</source>
            <translation>Aucun : reste dans ce coffre</translation>
        </message>
        <message>
            <source>Colleagues</source>
            <translation>Collègues</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>an impossible time</source>
            <translation>une heure impossible</translation>
        </message>
        <message>
            <source>far in the future</source>
            <translation>loin dans le futur</translation>
        </message>
        <message>
            <source>%1 and %2</source>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Not every part of this bundle is here (%1). Put all the parts in the same folder, then choose any one of them again.

Nothing in this vault was changed.</source>
            <translation>Toutes les parties de ce paquet ne sont pas là (%1). Mettez toutes les parties dans le même dossier, puis choisissez à nouveau l’une d’entre elles.

Rien n’a été modifié dans ce coffre.</translation>
        </message>
        <message>
            <source>Refused (%1). %2 (%3)

Nothing in this vault was changed.</source>
            <translation>Refusé (%1). %2 (%3)

Rien n'a été modifié dans ce coffre.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Refused (%1). %2 (%3)</source>
            <translation>Refusé (%1). %2 (%3)</translation>
        </message>
        <message>
            <source>This file cannot be read: %1.</source>
            <translation>Ce fichier ne peut pas être lu : %1.</translation>
        </message>
        <message>
            <source>it is damaged</source>
            <translation>il est endommagé</translation>
        </message>
        <message>
            <source>The file could not be read or written (%1).</source>
            <translation>Le fichier n'a pas pu être lu ou écrit (%1).</translation>
        </message>
        <message>
            <source>Something unexpected stopped it (%1). Nothing was changed.</source>
            <translation>Un problème inattendu l'a arrêté (%1). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source> (REVOKED)</source>
            <translation> (RÉVOQUÉ·E)</translation>
        </message>
        <message>
            <source> (NOT VERIFIED: compare fingerprints with them)</source>
            <translation> (NON VÉRIFIÉ·E : comparez vos empreintes)</translation>
        </message>
        <message>
            <source>This bundle from %1 was imported before. Nothing changed.</source>
            <translation>Ce paquet de %1 a déjà été importé. Rien n'a changé.</translation>
        </message>
        <message>
            <source>From %1%2: %3, %4.</source>
            <translation>De %1%2 : %3, %4.</translation>
        </message>
        <message>
            <source>%1 changed its identity keys (a successor card signed by its old and its new key): its new fingerprint is under Colleagues, and it keeps its trust.</source>
            <translation>%1 a changé ses clés d'identité (une carte de succession signée par son ancienne et sa nouvelle clé) : sa nouvelle empreinte est sous Collègues, et il garde sa confiance.</translation>
        </message>
        <message>
            <source>They are back.</source>
            <translation>Elles sont revenues.</translation>
        </message>
        <message>
            <source>This vault was restored from a copy: the bundle held changes made here that it no longer had. %1 It now writes under a new epoch, so your next changes reach colleagues. Changes made since the restore may be kept aside at colleagues: check them and make them again.</source>
            <translation>Ce coffre a été restauré à partir d'une copie : le paquet contenait des modifications faites ici qu'il n'avait plus. %1 Il écrit désormais sous une nouvelle époque, pour que vos prochaines modifications parviennent aux collègues. Les modifications faites depuis la restauration peuvent être mises de côté chez les collègues : vérifiez-les et refaites-les.</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Écrit : %1</translation>
        </message>
        <message>
            <source>For %1: %2.</source>
            <translation>Pour %1 : %2.</translation>
        </message>
        <message>
            <source>Saved in %1. Carry the file to them by any means: it is sealed, and only they can open it.</source>
            <translation>Enregistré dans %1. Apportez-leur le fichier par n'importe quel moyen : il est scellé, et seuls les destinataires peuvent l'ouvrir.</translation>
        </message>
        <message>
            <source>Written in %1 parts: %2</source>
            <translation>Écrit en %1 parties : %2</translation>
        </message>
        <message>
            <source>Carry every part. Your colleague imports any one of them once all are in the same folder.</source>
            <translation>Transmettez toutes les parties. Votre collègue importe l’une d’entre elles une fois qu’elles sont toutes dans le même dossier.</translation>
        </message>
        <message>
            <source>These records are now shared with them: each sync sends them the changes.</source>
            <translation>Ces fiches sont désormais partagées avec eux : chaque synchronisation leur envoie les modifications.</translation>
        </message>
        <message>
            <source>Sent to %1: %2.</source>
            <translation>Envoyé à %1 : %2.</translation>
        </message>
        <message>
            <source>Sent to %1: receipts for what arrived.</source>
            <translation>Envoyé à %1 : accusés de réception de ce qui est arrivé.</translation>
        </message>
        <message>
            <source>Nothing sent to %1: an evidence file that goes to them is damaged or missing in this vault. Find it with Verify in Attachments… on their records.</source>
            <translation>Rien n'a été envoyé à %1 : une pièce à conviction qui lui est destinée est endommagée ou manquante dans ce coffre. Trouvez-la avec Vérifier dans Pièces jointes… sur ses fiches.</translation>
        </message>
        <message>
            <source>Nothing new to receive or send.</source>
            <translation>Rien de nouveau à recevoir ni à envoyer.</translation>
        </message>
        <message>
            <source>A damaged file was not imported (%1).</source>
            <translation>Un fichier endommagé n'a pas été importé (%1).</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>This file is not a bundle hrd-desk can read.</source>
            <translation>Ce fichier n’est pas un paquet qu’hrd-desk peut lire.</translation>
        </message>
        <message>
            <source>This bundle is not addressed to this vault: it was sealed for other colleagues, and cannot be opened here.</source>
            <translation>Ce paquet n’est pas adressé à ce coffre : il a été scellé pour d’autres collègues et ne peut pas être ouvert ici.</translation>
        </message>
        <message>
            <source>Unknown sender</source>
            <translation>Expéditeur inconnu</translation>
        </message>
        <message>
            <source>Not a colleague</source>
            <translation>Pas un collègue</translation>
        </message>
        <message>
            <source>Revoked: bundles from them are refused</source>
            <translation>Révoqué : ses paquets sont refusés</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <source>NOT VERIFIED: you have not compared fingerprints with them</source>
            <translation>NON VÉRIFIÉ : vous n’avez pas comparé les empreintes avec lui</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Trust</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Créé le</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contient</translation>
        </message>
        <message>
            <source>The sender is not one of your colleagues, so it cannot be imported. If you expected it, ask them for their identity card, add it under Colleagues, and compare this fingerprint with them.</source>
            <translation>L’expéditeur n’est pas l’un de vos collègues : le paquet ne peut pas être importé. Si vous l’attendiez, demandez-lui sa carte d’identité, ajoutez-la sous Collègues et comparez cette empreinte avec lui.</translation>
        </message>
        <message>
            <source>This sender was revoked: the bundle will not be imported.</source>
            <translation>Cet expéditeur a été révoqué : le paquet ne sera pas importé.</translation>
        </message>
        <message>
            <source>This bundle was imported before: importing it again changes nothing.</source>
            <translation>Ce paquet a déjà été importé : l’importer de nouveau ne change rien.</translation>
        </message>
        <message>
            <source>You have not verified this colleague. Import only if you expected this file from them.</source>
            <translation>Vous n’avez pas vérifié ce collègue. N’importez que si vous attendiez ce fichier de sa part.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n modification</numerusform>
                <numerusform>%n modifications</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) now has a conflict (the same field changed here and there): choose what to keep under Conflicts.</source>
            <translation>
                <numerusform>%n fiche est désormais en conflit (le même champ modifié ici et là-bas) : choisissez quoi garder sous Conflits.</numerusform>
                <numerusform>%n fiches sont désormais en conflit (le même champ modifié ici et là-bas) : choisissez quoi garder sous Conflits.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) came with a clock far in the future (kept, but flagged: the sender's computer clock may be wrong).</source>
            <translation>
                <numerusform>%n modification est arrivée avec une horloge loin dans le futur (gardée, mais signalée : l'horloge de l'ordinateur de l'expéditeur est peut-être fausse).</numerusform>
                <numerusform>%n modifications sont arrivées avec une horloge loin dans le futur (gardées, mais signalées : l'horloge de l'ordinateur de l'expéditeur est peut-être fausse).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n défenseur·e</numerusform>
                <numerusform>%n défenseur·es</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n related people</source>
            <translation>
                <numerusform>%n proche</numerusform>
                <numerusform>%n proches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>%n séjour</numerusform>
                <numerusform>%n séjours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s)</source>
            <translation>
                <numerusform>%n point de contact</numerusform>
                <numerusform>%n points de contact</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training(s)</source>
            <translation>
                <numerusform>%n formation</numerusform>
                <numerusform>%n formations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n training participant(s)</source>
            <translation>
                <numerusform>%n participant·e à une formation</numerusform>
                <numerusform>%n participant·es à des formations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk assessment(s)</source>
            <translation>
                <numerusform>%n évaluation des risques</numerusform>
                <numerusform>%n évaluations des risques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n risk item(s)</source>
            <translation>
                <numerusform>%n élément de risque</numerusform>
                <numerusform>%n éléments de risque</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n security measure(s)</source>
            <translation>
                <numerusform>%n mesure de sécurité</numerusform>
                <numerusform>%n mesures de sécurité</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n network contact(s)</source>
            <translation>
                <numerusform>%n contact du réseau</numerusform>
                <numerusform>%n contacts du réseau</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n advocacy action(s)</source>
            <translation>
                <numerusform>%n action de plaidoyer</numerusform>
                <numerusform>%n actions de plaidoyer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n tâche</numerusform>
                <numerusform>%n tâches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s)</source>
            <translation>
                <numerusform>%n pièce à conviction</numerusform>
                <numerusform>%n pièces à conviction</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new record(s)</source>
            <translation>
                <numerusform>%n nouvelle fiche</numerusform>
                <numerusform>%n nouvelles fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) applied</source>
            <translation>
                <numerusform>%n modification appliquée</numerusform>
                <numerusform>%n modifications appliquées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n older change(s) kept in the history only (this vault already had something newer).</source>
            <translation>
                <numerusform>%n modification plus ancienne gardée dans l'historique seulement (ce coffre avait déjà plus récent).</numerusform>
                <numerusform>%n modifications plus anciennes gardées dans l'historique seulement (ce coffre avait déjà plus récent).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for earlier changes that have not arrived yet; they apply when those come.</source>
            <translation>
                <numerusform>%n modification attend des modifications antérieures pas encore arrivées ; elle s'appliquera à leur arrivée.</numerusform>
                <numerusform>%n modifications attendent des modifications antérieures pas encore arrivées ; elles s'appliqueront à leur arrivée.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to consent, to what a record belongs to or to fields the colleague was not given wait for your decision under Conflicts (proposals).</source>
            <translation>
                <numerusform>%n modification du consentement, du rattachement d'une fiche ou de champs non transmis à ce·tte collègue attend votre décision sous Conflits (propositions).</numerusform>
                <numerusform>%n modifications du consentement, du rattachement d'une fiche ou de champs non transmis à ce·tte collègue attendent votre décision sous Conflits (propositions).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused: records outside what you share with them, purged here, or from a revoked colleague.</source>
            <translation>
                <numerusform>%n modification refusée : fiches hors de ce que vous partagez avec cette personne, purgées ici, ou venant d'un·e collègue révoqué·e.</numerusform>
                <numerusform>%n modifications refusées : fiches hors de ce que vous partagez avec cette personne, purgées ici, ou venant d'un·e collègue révoqué·e.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) kept aside: its maker sent two different changes under one number (shown as suspect under Colleagues).</source>
            <translation>
                <numerusform>%n modification mise de côté : son auteur a envoyé deux modifications différentes sous un même numéro (signalé comme suspect sous Collègues).</numerusform>
                <numerusform>%n modifications mises de côté : leur auteur a envoyé deux modifications différentes sous un même numéro (signalé comme suspect sous Collègues).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>They are back, except %n change(s) kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>Elles sont revenues, sauf %n modification mise de côté ici : des modifications faites ici depuis la restauration ont réutilisé leurs numéros, les fiches concernées peuvent donc différer ici et chez les collègues (vérifiez-les avec eux).</numerusform>
                <numerusform>Elles sont revenues, sauf %n modifications mises de côté ici : des modifications faites ici depuis la restauration ont réutilisé leurs numéros, les fiches concernées peuvent donc différer ici et chez les collègues (vérifiez-les avec eux).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) received: see Attachments… on their records.</source>
            <translation>
                <numerusform>%n pièce à conviction reçue : voir Pièces jointes… sur sa fiche.</numerusform>
                <numerusform>%n pièces à conviction reçues : voir Pièces jointes… sur leurs fiches.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: the sender may not attach files to their record here.</source>
            <translation>
                <numerusform>%n pièce à conviction non conservée : l'expéditeur ne peut pas joindre de fichiers à sa fiche ici.</numerusform>
                <numerusform>%n pièces à conviction non conservées : l'expéditeur ne peut pas joindre de fichiers à leur fiche ici.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n evidence file(s) not kept: deleted here before.</source>
            <translation>
                <numerusform>%n fichier de preuve non conservé : supprimé ici auparavant.</numerusform>
                <numerusform>%n fichiers de preuve non conservés : supprimés ici auparavant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out because a defender they concern has not consented to sharing.</source>
            <translation>
                <numerusform>%n fiche laissée de côté car un·e défenseur·e concerné·e n'a pas consenti au partage.</numerusform>
                <numerusform>%n fiches laissées de côté car un·e défenseur·e concerné·e n'a pas consenti au partage.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still being copied: tried again at the next sync.</source>
            <translation>
                <numerusform>%n fichier encore en cours de copie : nouvel essai à la prochaine synchronisation.</numerusform>
                <numerusform>%n fichiers encore en cours de copie : nouvel essai à la prochaine synchronisation.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) for other vaults left alone.</source>
            <translation>
                <numerusform>%n fichier destiné à d'autres coffres laissé tel quel.</numerusform>
                <numerusform>%n fichiers destinés à d'autres coffres laissés tels quels.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ignored (not plain files).</source>
            <translation>
                <numerusform>%n élément ignoré (pas un simple fichier).</numerusform>
                <numerusform>%n éléments ignorés (pas de simples fichiers).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) of this vault's that colleagues no longer need removed from the folder.</source>
            <translation>
                <numerusform>%n fichier de ce coffre dont les collègues n'ont plus besoin retiré du dossier.</numerusform>
                <numerusform>%n fichiers de ce coffre dont les collègues n'ont plus besoin retirés du dossier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) made here and lost in a restore kept aside here: changes made here since the restore used their numbers again, so the records they touch may show differently here and at colleagues (check them with colleagues).</source>
            <translation>
                <numerusform>%n modification faite ici et perdue lors d'une restauration est mise de côté ici : des modifications faites ici depuis la restauration ont réutilisé leurs numéros, les fiches concernées peuvent donc différer ici et chez les collègues (vérifiez-les avec eux).</numerusform>
                <numerusform>%n modifications faites ici et perdues lors d'une restauration sont mises de côté ici : des modifications faites ici depuis la restauration ont réutilisé leurs numéros, les fiches concernées peuvent donc différer ici et chez les collègues (vérifiez-les avec eux).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent notice(s): %1 changed a defender's consent; nothing about them leaves this vault beyond it (see the defender's Profile).</source>
            <translation>
                <numerusform>%n avis de consentement : %1 a modifié le consentement d'un·e défenseur·e ; rien à son sujet ne quitte ce coffre au-delà (voir le Profil du/de la défenseur·e).</numerusform>
                <numerusform>%n avis de consentement : %1 a modifié le consentement de défenseur·es ; rien à leur sujet ne quitte ce coffre au-delà (voir leur Profil).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Everyone you choose receives the same file. Each of them can see who else received it, and can prove to anyone that the file came from this vault.</source>
            <translation>Toutes les personnes choisies reçoivent le même fichier. Chacune peut voir qui d'autre l'a reçu, et peut prouver à n'importe qui que le fichier vient de ce coffre.</translation>
        </message>
        <message>
            <source>1. What to send</source>
            <translation>1. Quoi envoyer</translation>
        </message>
        <message>
            <source>2. Who receives it</source>
            <translation>2. Qui le reçoit</translation>
        </message>
        <message>
            <source>3. Write the file</source>
            <translation>3. Écrire le fichier</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Also share these records with them, so each sync sends them every later change.</source>
            <translation>Partager aussi ces fiches avec eux, pour que chaque synchronisation leur envoie toute modification ultérieure.</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Revenir à l'étape précédente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>Écriture</translation>
        </message>
        <message>
            <source>A defender comes with their related people, cases and incidents. A case comes with its defender and the incidents linked to it. Defenders whose consent is None never leave this vault and cannot be chosen.</source>
            <translation>Un·e défenseur·e part avec ses proches, ses dossiers et ses incidents. Un dossier part avec son/sa défenseur·e et les incidents qui lui sont liés. Les défenseur·es dont le consentement est Aucun ne quittent jamais ce coffre et ne peuvent pas être choisi·es.</translation>
        </message>
        <message>
            <source>The defenders and cases I choose</source>
            <translation>Les défenseur·es et dossiers que je choisis</translation>
        </message>
        <message>
            <source>Every consenting defender, with all their records</source>
            <translation>Tou·tes les défenseur·es consentant·es, avec toutes leurs fiches</translation>
        </message>
        <message>
            <source>Every defender who consented to sharing with colleagues</source>
            <translation>Tou·tes les défenseur·es qui ont consenti au partage avec des collègues</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Find a defender or case</source>
            <translation>Rechercher un·e défenseur·e ou un dossier</translation>
        </message>
        <message>
            <source>Part of a name or case title</source>
            <translation>Partie d'un nom ou d'un titre de dossier</translation>
        </message>
        <message>
            <source>Defenders and cases to send</source>
            <translation>Défenseur·es et dossiers à envoyer</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Consent to share</source>
            <translation>Consentement au partage</translation>
        </message>
        <message>
            <source>Colleagues to send to</source>
            <translation>Collègues destinataires</translation>
        </message>
        <message>
            <source>You have no colleagues to send to yet. Add one under Colleagues first.</source>
            <translation>Vous n'avez encore aucun·e collègue à qui envoyer. Ajoutez-en d'abord sous Collègues.</translation>
        </message>
        <message>
            <source>Keep them updated</source>
            <translation>Les tenir à jour</translation>
        </message>
        <message>
            <source>Split into parts</source>
            <translation>Découper en parties</translation>
        </message>
        <message>
            <source>No split: one file</source>
            <translation>Pas de découpage : un seul fichier</translation>
        </message>
        <message>
            <source>Mail with a 25 MB limit: parts of 18 MB</source>
            <translation>Courriel limité à 25 Mo : parties de 18 Mo</translation>
        </message>
        <message>
            <source>Mail with a 10 MB limit: parts of 7 MB</source>
            <translation>Courriel limité à 10 Mo : parties de 7 Mo</translation>
        </message>
        <message>
            <source>USB stick formatted FAT32: parts under 4 GB</source>
            <translation>Clé USB en FAT32 : parties de moins de 4 Go</translation>
        </message>
        <message>
            <source>A larger bundle is written as several files (NAME.part1of3 and so on). Carry every part: the colleague imports any one of them once all are in the same folder.</source>
            <translation>Un paquet plus grand est écrit en plusieurs fichiers (NOM.part1of3, etc.). Transmettez toutes les parties : le collègue importe l’une d’entre elles une fois qu’elles sont toutes dans le même dossier.</translation>
        </message>
        <message>
            <source>Choose where to save and write…</source>
            <translation>Choisir où enregistrer et écrire…</translation>
        </message>
        <message>
            <source>Choose where to save and write the bundle</source>
            <translation>Choisir où enregistrer et écrire le paquet</translation>
        </message>
        <message>
            <source>Writing the bundle</source>
            <translation>Écriture du paquet</translation>
        </message>
        <message>
            <source>What was written</source>
            <translation>Ce qui a été écrit</translation>
        </message>
        <message>
            <source>Send something else</source>
            <translation>Envoyer autre chose</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Défenseur·es</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>No consent to share: nothing about this defender leaves this vault</source>
            <translation>Pas de consentement au partage : rien sur ce·tte défenseur·e ne quitte ce coffre</translation>
        </message>
        <message>
            <source>%1  (NOT VERIFIED)</source>
            <translation>%1  (NON VÉRIFIÉ·E)</translation>
        </message>
        <message>
            <source>Every defender who consented will be sent, with all their records.</source>
            <translation>Tou·tes les défenseur·es qui ont consenti seront envoyé·es, avec toutes leurs fiches.</translation>
        </message>
        <message>
            <source>Chosen: %1, %2.</source>
            <translation>Choisi : %1, %2.</translation>
        </message>
        <message>
            <source>Not verified: %1. You have not compared fingerprints, so the file could reach someone posing as them. You will be asked to confirm by typing %2.</source>
            <translation>Non vérifié·e : %1. Vous n'avez pas comparé vos empreintes : le fichier pourrait parvenir à quelqu'un qui se fait passer pour cette personne. Il vous sera demandé de confirmer en tapant %2.</translation>
        </message>
        <message>
            <source>every defender who consented, with all their records</source>
            <translation>tou·tes les défenseur·es qui ont consenti, avec toutes leurs fiches</translation>
        </message>
        <message>
            <source>%1, with what belongs to them</source>
            <translation>%1, avec ce qui s'y rattache</translation>
        </message>
        <message>
            <source>You are sending %1, to %2.</source>
            <translation>Vous envoyez %1, à %2.</translation>
        </message>
        <message>
            <source>They will also be kept updated: each sync sends them later changes.</source>
            <translation>Ils/elles seront aussi tenu·es à jour : chaque synchronisation leur envoie les modifications ultérieures.</translation>
        </message>
        <message>
            <source>Next, choose where to save the file (a USB stick, or a folder a file sync tool carries).</source>
            <translation>Ensuite, choisissez où enregistrer le fichier (une clé USB, ou un dossier transporté par un outil de synchronisation de fichiers).</translation>
        </message>
        <message>
            <source>Send to unverified colleagues</source>
            <translation>Envoyer à des collègues non vérifié·es</translation>
        </message>
        <message>
            <source>%1: not verified. You have not compared fingerprints with them, so this file could be read by someone posing as them.

Type %2 to write it anyway.</source>
            <translation>Non vérifié·e : %1. Vous n'avez pas comparé vos empreintes : ce fichier pourrait être lu par quelqu'un qui se fait passer pour cette personne.

Tapez %2 pour l'écrire quand même.</translation>
        </message>
        <message>
            <source>Save the bundle</source>
            <translation>Enregistrer le paquet</translation>
        </message>
        <message>
            <source>The bundle was not written</source>
            <translation>Le paquet n'a pas été écrit</translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n défenseur·e</numerusform>
                <numerusform>%n défenseur·es</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Display name</source>
            <translation>Nom d'usage</translation>
        </message>
        <message>
            <source>Codename</source>
            <translation>Nom de code</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>Nom légal</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Genre</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Consentement donné le</translation>
        </message>
        <message>
            <source>Consent given how</source>
            <translation>Mode de consentement</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Défenseur·e</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouvert le</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos le</translation>
        </message>
        <message>
            <source>Assigned caseworker</source>
            <translation>Chargé·e de dossier</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Défenseur·es</translation>
        </message>
        <message>
            <source>Primary category</source>
            <translation>Catégorie principale</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Date des faits</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Further categories</source>
            <translation>Autres catégories</translation>
        </message>
        <message>
            <source>Sub-type</source>
            <translation>Sous-type</translation>
        </message>
        <message>
            <source>Targeted related people</source>
            <translation>Proches visés</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>When reported</source>
            <translation>Date du signalement</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Perpetrator type</source>
            <translation>Type d'auteur</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Actions taken</source>
            <translation>Mesures prises</translation>
        </message>
        <message>
            <source>Reported to</source>
            <translation>Signalé à</translation>
        </message>
        <message>
            <source>Relocation case</source>
            <translation>Dossier de relocalisation</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ville d'accueil</translation>
        </message>
        <message>
            <source>Planned arrival</source>
            <translation>Arrivée prévue</translation>
        </message>
        <message>
            <source>Planned departure</source>
            <translation>Départ prévu</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivée le</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Départ le</translation>
        </message>
        <message>
            <source>Stay status</source>
            <translation>Statut du séjour</translation>
        </message>
        <message>
            <source>Visa and travel status</source>
            <translation>Visa et voyage</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>Expiration du visa</translation>
        </message>
        <message>
            <source>Accompanying person</source>
            <translation>Personne accompagnante</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Hébergement</translation>
        </message>
        <message>
            <source>Activities during the stay</source>
            <translation>Activités pendant le séjour</translation>
        </message>
        <message>
            <source>Return plan</source>
            <translation>Plan de retour</translation>
        </message>
        <message>
            <source>Follow-up after return</source>
            <translation>Suivi après le retour</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Séjour</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Fait le</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Anything worrying</source>
            <translation>Motif d'inquiétude</translation>
        </message>
        <message>
            <source>Incident logged</source>
            <translation>Incident consigné</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Modules suivis</translation>
        </message>
        <message>
            <source>Needs noted</source>
            <translation>Besoins notés</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Évalué le</translation>
        </message>
        <message>
            <source>Resulting level</source>
            <translation>Niveau retenu</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Évalué par</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Raisonnement</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilité</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>The facts</source>
            <translation>Les faits</translation>
        </message>
        <message>
            <source>Pattern over time</source>
            <translation>Évolution dans le temps</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Who is behind it</source>
            <translation>Qui est derrière</translation>
        </message>
        <message>
            <source>Can it be carried out</source>
            <translation>Peut-elle être mise à exécution</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Prochaine révision</translation>
        </message>
        <message>
            <source>Reduces</source>
            <translation>Réduit</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Dernière révision</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Comment les joindre</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Contacts involved</source>
            <translation>Contacts concernés</translation>
        </message>
        <message>
            <source>Defenders it concerns</source>
            <translation>Défenseur·es concerné·es</translation>
        </message>
        <message>
            <source>Incidents it concerns</source>
            <translation>Incidents concernés</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
    </context>
    <context>
        <name>Gate</name>
        <message>
            <source>Vault folder: %1</source>
            <translation>Dossier du coffre : %1</translation>
        </message>
        <message>
            <source>The vault could not be opened (%1). Nothing was changed.</source>
            <translation>Le coffre n'a pas pu être ouvert (%1). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The vault could not be created (%1).</source>
            <translation>Le coffre n'a pas pu être créé (%1).</translation>
        </message>
    </context>
    <context>
        <name>Identity</name>
        <message>
            <source>Identity cards (*.card);;All files (*)</source>
            <translation>Cartes d'identité (*.card);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Colleagues add this vault from its identity card. Before they trust the card, compare this fingerprint with them: read it aloud on a call or in person, group by group, or let them scan the QR code.</source>
            <translation>Vos collègues ajoutent ce coffre à partir de sa carte d'identité. Avant qu'ils ne fassent confiance à la carte, comparez avec eux cette empreinte : lisez-la à voix haute lors d'un appel ou en personne, groupe par groupe, ou laissez-les scanner le code QR.</translation>
        </message>
        <message>
            <source>This vault's fingerprint</source>
            <translation>Empreinte de ce coffre</translation>
        </message>
        <message>
            <source>Name on your card</source>
            <translation>Nom sur votre carte</translation>
        </message>
        <message>
            <source>Colleagues see this name when they add your card; each of them still chooses their own name for you. An office name is safer than a person's name.</source>
            <translation>Vos collègues voient ce nom en ajoutant votre carte ; chacun·e choisit tout de même son propre nom pour vous. Un nom de bureau est plus sûr qu'un nom de personne.</translation>
        </message>
        <message>
            <source>e.g. Nairobi office</source>
            <translation>p. ex. Bureau de Nairobi</translation>
        </message>
        <message>
            <source>Save name</source>
            <translation>Enregistrer le nom</translation>
        </message>
        <message>
            <source>Use this name on cards you save from now on</source>
            <translation>Utiliser ce nom sur les cartes que vous enregistrerez désormais</translation>
        </message>
        <message>
            <source>Your identity card</source>
            <translation>Votre carte d'identité</translation>
        </message>
        <message>
            <source>Give this file to colleagues you will exchange records with (it holds only the name above and public keys, nothing secret).</source>
            <translation>Donnez ce fichier aux collègues avec qui vous échangerez des fiches (il ne contient que le nom ci-dessus et des clés publiques, rien de secret).</translation>
        </message>
        <message>
            <source>Save identity card…</source>
            <translation>Enregistrer la carte d'identité…</translation>
        </message>
        <message>
            <source>Save your public identity card to a file</source>
            <translation>Enregistrer votre carte d'identité publique dans un fichier</translation>
        </message>
        <message>
            <source>Name saved. Cards you save from now on carry it.</source>
            <translation>Nom enregistré. Les cartes que vous enregistrerez désormais le porteront.</translation>
        </message>
        <message>
            <source>Name not saved</source>
            <translation>Nom non enregistré</translation>
        </message>
        <message>
            <source>Save your identity card</source>
            <translation>Enregistrer votre carte d'identité</translation>
        </message>
        <message>
            <source>Card not saved</source>
            <translation>Carte non enregistrée</translation>
        </message>
        <message>
            <source>Saved as %1. Give it to your colleague, then compare fingerprints with them.</source>
            <translation>Enregistrée sous %1. Donnez-la à votre collègue, puis comparez vos empreintes.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Import a bundle a colleague sent you: choose the file, or drop it anywhere on this page. You see who sent it and what it holds before anything is imported.</source>
            <translation>Importez un paquet qu'un·e collègue vous a envoyé : choisissez le fichier, ou déposez-le n'importe où sur cette page. Vous voyez qui l'a envoyé et ce qu'il contient avant toute importation.</translation>
        </message>
        <message>
            <source>A bundle that came in several parts (NAME.part1of3 and so on): put every part in one folder and choose any one of them.</source>
            <translation>Un paquet arrivé en plusieurs parties (NOM.part1of3, etc.) : mettez toutes les parties dans un même dossier et choisissez l’une d’entre elles.</translation>
        </message>
        <message>
            <source>Choose a bundle file…</source>
            <translation>Choisir un fichier paquet…</translation>
        </message>
        <message>
            <source>Before importing</source>
            <translation>Avant l'importation</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Import this bundle</source>
            <translation>Importer ce paquet</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>What the import did</source>
            <translation>Ce que l'importation a fait</translation>
        </message>
        <message>
            <source>Open a bundle</source>
            <translation>Ouvrir un paquet</translation>
        </message>
        <message>
            <source>Bundle refused</source>
            <translation>Paquet refusé</translation>
        </message>
        <message>
            <source>The file cannot be read</source>
            <translation>Le fichier ne peut pas être lu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Non importé</translation>
        </message>
    </context>
    <context>
        <name>ImportBatches</name>
        <message>
            <source>Import %1, %2: %3 (%4 live, %5 deleted)</source>
            <translation>Import %1, %2 : %3 (fiches actives : %4, supprimées : %5)</translation>
        </message>
        <message>
            <source>Spreadsheet imports</source>
            <translation>Imports de tableurs</translation>
        </message>
        <message>
            <source>Each import can be undone as a whole: its records move to the Deleted view, where they can be restored or purged. Records you changed since are undone too.</source>
            <translation>Chaque import peut être annulé en bloc : ses fiches passent dans la vue Supprimés, où elles peuvent être restaurées ou purgées. Les fiches modifiées depuis sont annulées elles aussi.</translation>
        </message>
        <message>
            <source>Undo this import…</source>
            <translation>Annuler cet import…</translation>
        </message>
        <message>
            <source>Undo the chosen import</source>
            <translation>Annuler l'import choisi</translation>
        </message>
        <message>
            <source>Restore this import</source>
            <translation>Restaurer cet import</translation>
        </message>
        <message>
            <source>Restore the chosen import</source>
            <translation>Restaurer l'import choisi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>No spreadsheet has been imported into this vault.</source>
            <translation>Aucun tableur n'a été importé dans ce coffre.</translation>
        </message>
        <message>
            <source>Not done: %1</source>
            <translation>Non effectué : %1</translation>
        </message>
        <message>
            <source>Undo the import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) moved to the Deleted view.</source>
            <translation>
                <numerusform>%n fiche déplacée vers Supprimés.</numerusform>
                <numerusform>%n fiches déplacées vers Supprimés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) restored.</source>
            <translation>
                <numerusform>%n fiche restaurée.</numerusform>
                <numerusform>%n fiches restaurées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move the %n live record(s) of import %1 to the Deleted view?</source>
            <translation>
                <numerusform>Déplacer la fiche active de l'import %1 vers Supprimés ?</numerusform>
                <numerusform>Déplacer les %n fiches actives de l'import %1 vers Supprimés ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentFilter</name>
        <message>
            <source>Open and monitoring</source>
            <translation>Ouverts et en suivi</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverts</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>En suivi</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>Tous les incidents</translation>
        </message>
    </context>
    <context>
        <name>KeyActions</name>
        <message>
            <source>This destroys the vault on this computer for good. The keys go first, in under a second: from then on neither the passphrase nor the recovery code opens anything. Then the records, drafts and every other file of the vault are removed. Colleagues keep what you shared with them. There is no undo.</source>
            <translation>Cela détruit définitivement le coffre sur cet ordinateur. Les clés d'abord, en moins d'une seconde : dès lors, ni la phrase secrète ni le code de récupération n'ouvrent plus rien. Puis les fiches, les brouillons et tous les autres fichiers du coffre sont supprimés. Vos collègues gardent ce que vous avez partagé avec eux. C'est irréversible.</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault. Nothing was changed.</source>
            <translation>Cette phrase secrète n'a pas ouvert le coffre. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>%1 failed: %2.</source>
            <translation>%1 a échoué : %2.</translation>
        </message>
        <message>
            <source>%1 failed (%2).</source>
            <translation>%1 a échoué (%2).</translation>
        </message>
        <message>
            <source>Emergency wipe</source>
            <translation>Effacement d'urgence</translation>
        </message>
        <message>
            <source>Destroying the keys, then every file of the vault.</source>
            <translation>Destruction des clés, puis de chaque fichier du coffre.</translation>
        </message>
        <message>
            <source>%1 seconds</source>
            <translation>%1 secondes</translation>
        </message>
        <message>
            <source>%1 milliseconds</source>
            <translation>%1 millisecondes</translation>
        </message>
        <message>
            <source>Vault wiped</source>
            <translation>Coffre effacé</translation>
        </message>
        <message>
            <source>The keys were destroyed in %1 and every file of the vault is gone from %2. Nothing on this computer opens it any more.</source>
            <translation>Les clés ont été détruites en %1 et tous les fichiers du coffre ont disparu de %2. Plus rien sur cet ordinateur ne l'ouvre.</translation>
        </message>
        <message>
            <source>The keys could NOT be destroyed, so the vault may still open with the passphrase (%1). The folder may be read-only or held by another program: destroy the computer's disk if you must be sure.</source>
            <translation>Les clés n'ont PAS pu être détruites : le coffre peut encore s'ouvrir avec la phrase secrète (%1). Le dossier est peut-être en lecture seule ou bloqué par un autre programme : détruisez le disque de l'ordinateur si vous devez en être sûr·e.</translation>
        </message>
        <message>
            <source>The keys were destroyed: nothing opens the vault any more. Some other files could not be removed (%1).</source>
            <translation>Les clés ont été détruites : plus rien n'ouvre le coffre. Certains autres fichiers n'ont pas pu être supprimés (%1).</translation>
        </message>
        <message>
            <source>Emergency wipe incomplete</source>
            <translation>Effacement d'urgence incomplet</translation>
        </message>
        <message>
            <source>Setting the new passphrase and re-encrypting the vault.</source>
            <translation>Définition de la nouvelle phrase secrète et rechiffrement du coffre.</translation>
        </message>
        <message>
            <source>The new passphrase is set. The recovery code still works.</source>
            <translation>La nouvelle phrase secrète est définie. Le code de récupération fonctionne toujours.</translation>
        </message>
        <message>
            <source>Passphrase not changed</source>
            <translation>Phrase secrète non changée</translation>
        </message>
        <message>
            <source>Setting the new passphrase</source>
            <translation>La définition de la nouvelle phrase secrète</translation>
        </message>
        <message>
            <source> The old passphrase and the recovery code still open the vault; try again from Vault &gt; Change passphrase.</source>
            <translation> L'ancienne phrase secrète et le code de récupération ouvrent toujours le coffre ; réessayez depuis Coffre &gt; Changer la phrase secrète.</translation>
        </message>
        <message>
            <source>Failed unlock attempts</source>
            <translation>Tentatives de déverrouillage échouées</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Remove the duress passphrase</source>
            <translation>Supprimer la phrase de contrainte</translation>
        </message>
        <message>
            <source>The duress passphrase stops working: typed at an unlock it will be a wrong passphrase like any other. Enter your passphrase to remove it.</source>
            <translation>La phrase de contrainte cesse de fonctionner : saisie au déverrouillage, elle sera une mauvaise phrase secrète comme une autre. Saisissez votre phrase secrète pour la supprimer.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>The duress passphrase is removed.</source>
            <translation>La phrase de contrainte est supprimée.</translation>
        </message>
        <message>
            <source>There was no duress passphrase.</source>
            <translation>Il n'y avait pas de phrase de contrainte.</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks</source>
            <translation>Effacement après échecs de déverrouillage</translation>
        </message>
        <message>
            <source>The vault will no longer destroy itself after wrong passphrases. Enter your passphrase to apply this.</source>
            <translation>Le coffre ne se détruira plus après de mauvaises phrases secrètes. Saisissez votre phrase secrète pour appliquer ce choix.</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>The vault no longer destroys itself after wrong passphrases.</source>
            <translation>Le coffre ne se détruit plus après de mauvaises phrases secrètes.</translation>
        </message>
        <message>
            <source>Duress passphrase set</source>
            <translation>Phrase de contrainte définie</translation>
        </message>
        <message>
            <source>Typed wherever the passphrase is asked, the duress passphrase now destroys this vault and says the passphrase was wrong.</source>
            <translation>Saisie partout où la phrase secrète est demandée, la phrase de contrainte détruit désormais ce coffre et indique que la phrase secrète était fausse.</translation>
        </message>
        <message>
            <source>Duress passphrase not set</source>
            <translation>Phrase de contrainte non définie</translation>
        </message>
        <message>
            <source>Setting the duress passphrase</source>
            <translation>La définition de la phrase de contrainte</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>Remplacer le code de récupération</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Make a recovery code</source>
            <translation>Créer un code de récupération</translation>
        </message>
        <message>
            <source>Make code</source>
            <translation>Créer le code</translation>
        </message>
        <message>
            <source>A new code is made and shown once; the old code stops opening anything. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase (not the recovery code).</source>
            <translation>Un nouveau code est créé et affiché une seule fois ; l'ancien code n'ouvre plus rien. Le coffre se verrouille quelques secondes le temps d'être rechiffré, puis se rouvre. Saisissez votre phrase secrète (pas le code de récupération).</translation>
        </message>
        <message>
            <source>A new code is made and shown once. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase (not the recovery code).</source>
            <translation>Un nouveau code est créé et affiché une seule fois. Le coffre se verrouille quelques secondes le temps d'être rechiffré, puis se rouvre. Saisissez votre phrase secrète (pas le code de récupération).</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>Supprimer le code de récupération</translation>
        </message>
        <message>
            <source>The recovery code stops opening anything, so a forgotten passphrase can no longer be recovered. The vault locks for a few seconds while it is re-encrypted, then opens again. Enter your passphrase.</source>
            <translation>Le code de récupération n'ouvre plus rien : une phrase secrète oubliée ne pourra plus être récupérée. Le coffre se verrouille quelques secondes le temps d'être rechiffré, puis se rouvre. Saisissez votre phrase secrète.</translation>
        </message>
        <message>
            <source>A new recovery code was made. The vault opens again.</source>
            <translation>Un nouveau code de récupération a été créé. Le coffre se rouvre.</translation>
        </message>
        <message>
            <source>The recovery code was removed. The vault opens again.</source>
            <translation>Le code de récupération a été supprimé. Le coffre se rouvre.</translation>
        </message>
        <message>
            <source>Rotate identity keys</source>
            <translation>Renouveler les clés d'identité</translation>
        </message>
        <message>
            <source>New identity keys are made and announced to your colleagues in your next bundles. The vault locks for a moment, then opens again. Enter your passphrase.</source>
            <translation>De nouvelles clés d'identité sont créées et annoncées à vos collègues dans vos prochains paquets. Le coffre se verrouille un instant, puis se rouvre. Saisissez votre phrase secrète.</translation>
        </message>
        <message>
            <source>Rotate</source>
            <translation>Renouveler</translation>
        </message>
        <message>
            <source>New identity keys were made. The vault opens again.</source>
            <translation>De nouvelles clés d'identité ont été créées. Le coffre se rouvre.</translation>
        </message>
        <message>
            <source>Making new identity keys.</source>
            <translation>Création de nouvelles clés d'identité.</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>Restauré à partir d'une sauvegarde</translation>
        </message>
        <message>
            <source>From now on your changes get new numbers, so colleagues accept them even where the copy reuses numbers it had already sent. The vault locks for a moment, then opens again. Enter your passphrase.</source>
            <translation>Désormais, vos modifications reçoivent de nouveaux numéros, pour que les collègues les acceptent même là où la copie réutilise des numéros déjà envoyés. Le coffre se verrouille un instant, puis se rouvre. Saisissez votre phrase secrète.</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>This vault now writes under a new epoch: your next changes reach colleagues. What they received from this vault after the copy was made comes back with their next bundles once they import one of yours. Changes made after putting the copy back and before this step may be kept aside at colleagues (they show this vault as suspect): check them and make them again.</source>
            <translation>Ce coffre écrit désormais sous une nouvelle époque : vos prochaines modifications parviennent aux collègues. Ce qu'ils ont reçu de ce coffre après la copie revient avec leurs prochains paquets, une fois qu'ils ont importé l'un des vôtres. Les modifications faites entre la remise en place de la copie et cette étape peuvent être mises de côté chez les collègues (ils affichent ce coffre comme suspect) : vérifiez-les et refaites-les.</translation>
        </message>
        <message>
            <source>This vault now writes under a new epoch. The vault opens again.</source>
            <translation>Ce coffre écrit désormais sous une nouvelle époque. Le coffre se rouvre.</translation>
        </message>
        <message>
            <source>Starting a new epoch.</source>
            <translation>Début d'une nouvelle époque.</translation>
        </message>
        <message>
            <source>New identity keys</source>
            <translation>Nouvelles clés d'identité</translation>
        </message>
        <message>
            <source>Your new fingerprint is
%1

Colleagues that trust you move to it when they import your next bundle. New colleagues need your new card (My identity &gt; Save identity card). Bundles sent to the old keys open here until %2.</source>
            <translation>Votre nouvelle empreinte est
%1

Les collègues qui vous font confiance y passent en important votre prochain paquet. Les nouveaux collègues ont besoin de votre nouvelle carte (Mon identité &gt; Enregistrer la carte d'identité). Les paquets envoyés aux anciennes clés s'ouvrent ici jusqu'au %2.</translation>
        </message>
        <message>
            <source>Making the recovery shares</source>
            <translation>Création des parts de récupération</translation>
        </message>
        <message>
            <source>New recovery shares were made. The vault opens again.</source>
            <translation>De nouvelles parts de récupération ont été créées. Le coffre se rouvre.</translation>
        </message>
        <message>
            <source>Re-encrypting the vault for the change. This takes a few seconds.</source>
            <translation>Rechiffrement du coffre pour la modification. Cela prend quelques secondes.</translation>
        </message>
        <message>
            <source>Opening the vault. This takes a second or two.</source>
            <translation>Ouverture du coffre. Cela prend une ou deux secondes.</translation>
        </message>
        <message>
            <source> Unlock with your passphrase to go on.</source>
            <translation> Déverrouillez avec votre phrase secrète pour continuer.</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Enregistrer le code de récupération en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>The PDF could not be written (%1).</source>
            <translation>Le PDF n'a pas pu être écrit (%1).</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>The PDF holds the recovery code in clear. Print it, then delete the file and empty the trash.</source>
            <translation>Le PDF contient le code de récupération en clair. Imprimez-le, puis supprimez le fichier et videz la corbeille.</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message numerus="yes">
            <source>%n failed attempt(s) to unlock this vault since it was last opened. If that was not you, someone may have tried to open it.</source>
            <translation>
                <numerusform>%n tentative de déverrouillage de ce coffre a échoué depuis sa dernière ouverture. Si ce n'était pas vous, quelqu'un a peut-être essayé de l'ouvrir.</numerusform>
                <numerusform>%n tentatives de déverrouillage de ce coffre ont échoué depuis sa dernière ouverture. Si ce n'était pas vous, quelqu'un a peut-être essayé de l'ouvrir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>After %n wrong passphrase(s) in a row the vault destroys itself. Enter your passphrase to apply this.</source>
            <translation>
                <numerusform>Après %n mauvaise phrase secrète d'affilée, le coffre se détruit. Saisissez votre phrase secrète pour appliquer ce choix.</numerusform>
                <numerusform>Après %n mauvaises phrases secrètes d'affilée, le coffre se détruit. Saisissez votre phrase secrète pour appliquer ce choix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The vault now destroys itself after %n wrong passphrase(s) in a row.</source>
            <translation>
                <numerusform>Le coffre se détruit désormais après %n mauvaise phrase secrète d'affilée.</numerusform>
                <numerusform>Le coffre se détruit désormais après %n mauvaises phrases secrètes d'affilée.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeyDialogs</name>
        <message>
            <source>A second passphrase for when someone forces you to open the vault. Typed where the passphrase is asked, it destroys the vault on this computer at once and then says the passphrase was wrong. It does not open a harmless-looking decoy: a decoy would have to look lived-in to be believed, and records gone are safer for the people in them than records read. Colleagues keep what you shared with them. Nothing on disk shows whether one is set.</source>
            <translation>Une seconde phrase secrète pour le cas où l'on vous force à ouvrir le coffre. Saisie là où la phrase secrète est demandée, elle détruit aussitôt le coffre sur cet ordinateur puis indique que la phrase secrète était fausse. Elle n'ouvre pas un leurre d'apparence anodine : un leurre devrait sembler vécu pour être cru, et des fiches disparues protègent mieux les personnes concernées que des fiches lues. Vos collègues gardent ce que vous avez partagé avec eux. Rien sur le disque n'indique si elle est définie.</translation>
        </message>
        <message>
            <source>The vault destroys itself after this many wrong passphrases in a row. It stops someone guessing at this computer through hrd-desk, not someone who copied the vault's files first. A mistyped passphrase counts too, so do not set it low.</source>
            <translation>Le coffre se détruit après ce nombre de mauvaises phrases secrètes d'affilée. Cela arrête quelqu'un qui essaie de deviner sur cet ordinateur via hrd-desk, pas quelqu'un qui a d'abord copié les fichiers du coffre. Une faute de frappe compte aussi : ne choisissez pas un nombre trop bas.</translation>
        </message>
        <message>
            <source>The keys colleagues know this vault by. New keys are announced in your next bundles, signed by the old and the new keys; colleagues that trust you move to them, still verified. Bundles sent to the old keys open here for 30 days, then the old keys are deleted. If someone may have copied your keys, ask colleagues to revoke them instead.</source>
            <translation>Les clés par lesquelles vos collègues connaissent ce coffre. Les nouvelles clés sont annoncées dans vos prochains paquets, signées par l'ancienne et la nouvelle clé ; les collègues qui vous font confiance y passent, toujours vérifiés. Les paquets envoyés aux anciennes clés s'ouvrent ici pendant 30 jours, puis les anciennes clés sont supprimées. Si quelqu'un a pu copier vos clés, demandez plutôt à vos collègues de les révoquer.</translation>
        </message>
        <message>
            <source>After putting back a copy of this vault (a backup), say so before changing anything: what you change from then on gets new numbers, so colleagues accept it. The vault also notices by itself when a colleague sends back changes it lost.</source>
            <translation>Après avoir remis en place une copie de ce coffre (une sauvegarde), signalez-le avant de modifier quoi que ce soit : ce que vous modifiez ensuite reçoit de nouveaux numéros, pour que les collègues l'acceptent. Le coffre remarque aussi de lui-même quand un·e collègue renvoie des modifications qu'il avait perdues.</translation>
        </message>
        <message>
            <source>A long code that opens the vault if the passphrase is forgotten. It is shown once: print it or write it down and keep it away from this computer. Anyone who has it can open the vault. A new code replaces the old one, which then opens nothing.</source>
            <translation>Un long code qui ouvre le coffre si la phrase secrète est oubliée. Il n'est affiché qu'une fois : imprimez-le ou notez-le et gardez-le loin de cet ordinateur. Quiconque le détient peut ouvrir le coffre. Un nouveau code remplace l'ancien, qui n'ouvre alors plus rien.</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Code de récupération</translation>
        </message>
        <message>
            <source>This vault has a recovery code.</source>
            <translation>Ce coffre a un code de récupération.</translation>
        </message>
        <message>
            <source>This vault has no recovery code.</source>
            <translation>Ce coffre n'a pas de code de récupération.</translation>
        </message>
        <message>
            <source>Replace the recovery code…</source>
            <translation>Remplacer le code de récupération…</translation>
        </message>
        <message>
            <source>Make a recovery code…</source>
            <translation>Créer un code de récupération…</translation>
        </message>
        <message>
            <source>Replace the recovery code</source>
            <translation>Remplacer le code de récupération</translation>
        </message>
        <message>
            <source>Make a recovery code</source>
            <translation>Créer un code de récupération</translation>
        </message>
        <message>
            <source>Make one split into shares…</source>
            <translation>En créer un partagé en parts…</translation>
        </message>
        <message>
            <source>Make a recovery code split into shares</source>
            <translation>Créer un code de récupération partagé en parts</translation>
        </message>
        <message>
            <source>Give the code to several people: any k of n shares give it back, fewer say nothing about it</source>
            <translation>Confier le code à plusieurs personnes : k parts sur n le reconstituent, moins n'en révèlent rien</translation>
        </message>
        <message>
            <source>Remove the recovery code…</source>
            <translation>Supprimer le code de récupération…</translation>
        </message>
        <message>
            <source>Remove the recovery code</source>
            <translation>Supprimer le code de récupération</translation>
        </message>
        <message>
            <source>Duress passphrase</source>
            <translation>Phrase de contrainte</translation>
        </message>
        <message>
            <source>Set or replace…</source>
            <translation>Définir ou remplacer…</translation>
        </message>
        <message>
            <source>Set or replace the duress passphrase</source>
            <translation>Définir ou remplacer la phrase de contrainte</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Remove the duress passphrase</source>
            <translation>Supprimer la phrase de contrainte</translation>
        </message>
        <message>
            <source>Identity keys</source>
            <translation>Clés d'identité</translation>
        </message>
        <message>
            <source>Rotate identity keys…</source>
            <translation>Renouveler les clés d'identité…</translation>
        </message>
        <message>
            <source>Rotate the identity keys</source>
            <translation>Renouveler les clés d'identité</translation>
        </message>
        <message>
            <source>Restored from a backup</source>
            <translation>Restauré à partir d'une sauvegarde</translation>
        </message>
        <message>
            <source>This vault was restored…</source>
            <translation>Ce coffre a été restauré…</translation>
        </message>
        <message>
            <source>Say this vault was restored from a backup</source>
            <translation>Signaler que ce coffre a été restauré à partir d'une sauvegarde</translation>
        </message>
        <message>
            <source>Wipe after failed unlocks</source>
            <translation>Effacement après échecs de déverrouillage</translation>
        </message>
        <message>
            <source>Wrong passphrases in a row:</source>
            <translation>Mauvaises phrases secrètes d'affilée :</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>Wipe after this many failed unlocks</source>
            <translation>Effacer après ce nombre d'échecs de déverrouillage</translation>
        </message>
        <message>
            <source>Apply…</source>
            <translation>Appliquer…</translation>
        </message>
        <message>
            <source>Apply the wipe-after setting</source>
            <translation>Appliquer le réglage d'effacement</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Set the duress passphrase</source>
            <translation>Définir la phrase de contrainte</translation>
        </message>
        <message>
            <source>Set duress passphrase</source>
            <translation>Définir la phrase de contrainte</translation>
        </message>
        <message>
            <source>Your passphrase</source>
            <translation>Votre phrase secrète</translation>
        </message>
        <message>
            <source>Repeat duress passphrase</source>
            <translation>Répéter la phrase de contrainte</translation>
        </message>
        <message>
            <source>Choose words you can say under pressure, unlike your passphrase.</source>
            <translation>Choisissez des mots que vous pouvez dire sous la pression, différents de votre phrase secrète.</translation>
        </message>
        <message>
            <source>The duress passphrases do not match yet.</source>
            <translation>Les phrases de contrainte ne correspondent pas encore.</translation>
        </message>
        <message>
            <source>The duress passphrase must differ from your passphrase.</source>
            <translation>La phrase de contrainte doit être différente de votre phrase secrète.</translation>
        </message>
        <message>
            <source>Set a new passphrase</source>
            <translation>Définir une nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>You opened the vault with the recovery code. Set a new passphrase now, so the code can go back to its safe place. The vault is re-encrypted under a new key; the recovery code keeps working.</source>
            <translation>Vous avez ouvert le coffre avec le code de récupération. Définissez maintenant une nouvelle phrase secrète, pour que le code retourne en lieu sûr. Le coffre est rechiffré sous une nouvelle clé ; le code de récupération continue de fonctionner.</translation>
        </message>
        <message>
            <source>Set passphrase</source>
            <translation>Définir la phrase secrète</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Répéter la nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>hrd-desk recovery code. It opens the vault if the passphrase is forgotten, wherever the passphrase is asked. Anyone who holds it can open the vault: keep it locked away, apart from the computer.</source>
            <translation>Code de récupération hrd-desk. Il ouvre le coffre si la phrase secrète est oubliée, partout où la phrase secrète est demandée. Quiconque le détient peut ouvrir le coffre : gardez-le sous clé, loin de l'ordinateur.</translation>
        </message>
        <message>
            <source>hrd-desk recovery code</source>
            <translation>Code de récupération hrd-desk</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Votre code de récupération</translation>
        </message>
        <message>
            <source>This is the vault's recovery code. It is shown only this once. Write it down or print it, and keep it away from this computer: anyone who has it can open the vault.</source>
            <translation>Voici le code de récupération du coffre. Il n'est affiché que cette fois-ci. Notez-le ou imprimez-le, et gardez-le loin de cet ordinateur : quiconque le détient peut ouvrir le coffre.</translation>
        </message>
        <message>
            <source>Recovery code as a QR code</source>
            <translation>Code de récupération en code QR</translation>
        </message>
        <message>
            <source>Save as PDF writes the code in clear to a file: print it, then delete the file.</source>
            <translation>Enregistrer en PDF écrit le code en clair dans un fichier : imprimez-le, puis supprimez le fichier.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>I have kept it</source>
            <translation>Je l'ai conservé</translation>
        </message>
        <message>
            <source>Recovery code in shares</source>
            <translation>Code de récupération en parts</translation>
        </message>
        <message>
            <source>A new recovery code is made and given only as shares, one for each person you trust: any k of them together give the code back, fewer say nothing about it. The old code stops opening anything. The vault locks for a few seconds while it is re-encrypted, then opens again.</source>
            <translation>Un nouveau code de récupération est créé et remis uniquement sous forme de parts, une pour chaque personne de confiance : k d'entre elles réunies le reconstituent, moins n'en révèlent rien. L'ancien code n'ouvre plus rien. Le coffre se verrouille quelques secondes le temps d'être rechiffré, puis se rouvre.</translation>
        </message>
        <message>
            <source>Make shares</source>
            <translation>Créer les parts</translation>
        </message>
        <message>
            <source>Number of shares</source>
            <translation>Nombre de parts</translation>
        </message>
        <message>
            <source>Shares needed to give the code back</source>
            <translation>Parts nécessaires pour reconstituer le code</translation>
        </message>
        <message>
            <source>Shares to make (n)</source>
            <translation>Parts à créer (n)</translation>
        </message>
        <message>
            <source>Shares needed (k)</source>
            <translation>Parts nécessaires (k)</translation>
        </message>
        <message>
            <source>hrd-desk recovery share %1 of %2. Any %3 shares together give back the recovery code that opens the vault; fewer say nothing about it. Keep this share safe and apart from the other shares and from the computer.</source>
            <translation>Part de récupération hrd-desk %1 sur %2. %3 parts réunies reconstituent le code de récupération qui ouvre le coffre ; moins n'en révèlent rien. Gardez cette part en lieu sûr, à l'écart des autres parts et de l'ordinateur.</translation>
        </message>
        <message>
            <source>hrd-desk recovery shares</source>
            <translation>Parts de récupération hrd-desk</translation>
        </message>
        <message>
            <source>Your recovery shares</source>
            <translation>Vos parts de récupération</translation>
        </message>
        <message>
            <source>Give each share to a different person you trust, on paper. Any %1 of these %2 shares give back the recovery code (on the unlock screen: Use recovery shares); fewer say nothing about it. They are shown only this once.</source>
            <translation>Remettez chaque part à une personne de confiance différente, sur papier. %1 de ces %2 parts reconstituent le code de récupération (sur l'écran de déverrouillage : Utiliser des parts de récupération) ; moins n'en révèlent rien. Elles ne sont affichées que cette fois-ci.</translation>
        </message>
        <message>
            <source>Share %1 of %2</source>
            <translation>Part %1 sur %2</translation>
        </message>
        <message>
            <source>Share %1</source>
            <translation>Part %1</translation>
        </message>
        <message>
            <source>Save as PDF writes the shares in clear to a file, each on its own page: print it, then delete the file.</source>
            <translation>Enregistrer en PDF écrit les parts en clair dans un fichier, chacune sur sa page : imprimez-le, puis supprimez le fichier.</translation>
        </message>
        <message>
            <source>I have kept them</source>
            <translation>Je les ai conservées</translation>
        </message>
        <message>
            <source>Use recovery shares</source>
            <translation>Utiliser des parts de récupération</translation>
        </message>
        <message>
            <source>Type the shares of the recovery code, one share per line (the words of a share on one line). Enough shares give back the code, which then opens the vault.</source>
            <translation>Tapez les parts du code de récupération, une part par ligne (les mots d'une part sur une ligne). Assez de parts reconstituent le code, qui ouvre alors le coffre.</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Shares, one per line</source>
            <translation>Parts, une par ligne</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Open the vault</source>
            <translation>Ouvrir le coffre</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Kind</name>
        <message>
            <source>defender</source>
            <translation>défenseur·e</translation>
        </message>
        <message>
            <source>related person</source>
            <translation>proche</translation>
        </message>
        <message>
            <source>case</source>
            <translation>dossier</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>incident</translation>
        </message>
        <message>
            <source>stay</source>
            <translation>séjour</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>point de contact</translation>
        </message>
        <message>
            <source>training</source>
            <translation>formation</translation>
        </message>
        <message>
            <source>training participant</source>
            <translation>participant·e à une formation</translation>
        </message>
        <message>
            <source>risk assessment</source>
            <translation>évaluation des risques</translation>
        </message>
        <message>
            <source>risk item</source>
            <translation>élément de risque</translation>
        </message>
        <message>
            <source>security measure</source>
            <translation>mesure de sécurité</translation>
        </message>
        <message>
            <source>network contact</source>
            <translation>contact du réseau</translation>
        </message>
        <message>
            <source>advocacy action</source>
            <translation>action de plaidoyer</translation>
        </message>
        <message>
            <source>task</source>
            <translation>tâche</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Physical</source>
            <translation>Physique</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>Numérique</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Judiciaire</translation>
        </message>
        <message>
            <source>Defamation</source>
            <translation>Diffamation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Non évalué</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Sans catégorie</translation>
        </message>
    </context>
    <context>
        <name>LinkEditors</name>
        <message>
            <source>Type part of a name or codename</source>
            <translation>Saisissez une partie d'un nom ou nom de code</translation>
        </message>
        <message>
            <source>choose a defender from the list that appears as you type</source>
            <translation>choisissez un·e défenseur·e dans la liste qui s'affiche pendant la saisie</translation>
        </message>
        <message>
            <source>%1 chosen</source>
            <translation>%1 choisi·es</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected defender</source>
            <translation>Retirer le/la défenseur·e sélectionné·e</translation>
        </message>
        <message>
            <source>Add a defender: type part of a name or codename</source>
            <translation>Ajouter un·e défenseur·e : saisissez une partie d'un nom ou nom de code</translation>
        </message>
        <message>
            <source>choose a defender from the list that appears as you type, or empty the line</source>
            <translation>choisissez un·e défenseur·e dans la liste qui s'affiche pendant la saisie, ou videz la ligne</translation>
        </message>
        <message>
            <source>related people</source>
            <translation>proches</translation>
        </message>
        <message>
            <source>names</source>
            <translation>noms</translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>incidents</translation>
        </message>
        <message>
            <source>descriptions</source>
            <translation>descriptions</translation>
        </message>
        <message>
            <source>threats and vulnerabilities</source>
            <translation>menaces et vulnérabilités</translation>
        </message>
        <message>
            <source>Choose one</source>
            <translation>Choisir</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>None recorded yet: %1.</source>
            <translation>Rien d'enregistré pour l'instant : %1.</translation>
        </message>
        <message>
            <source>Choose a defender first; their %1 appear here.</source>
            <translation>Choisissez d'abord un·e défenseur·e ; ses %1 apparaissent ici.</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Afficher : %1</translation>
        </message>
        <message>
            <source>Show %1 in %2</source>
            <translation>Afficher %1 dans %2</translation>
        </message>
        <message>
            <source>No %1 recorded for them yet.</source>
            <translation>Aucun·e (%1) enregistré·e pour cette personne pour l'instant.</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Masquer : %1</translation>
        </message>
        <message>
            <source>, of %1</source>
            <translation> de %1</translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message>
            <source>Full, for a programme office</source>
            <translation>Complet, pour un bureau du programme</translation>
        </message>
        <message>
            <source>Drops nothing: names, contact details and places included. Leaves out records whose consent does not allow colleagues.</source>
            <translation>N'omet rien : noms, coordonnées et lieux compris. Laisse de côté les fiches dont le consentement n'autorise pas les collègues.</translation>
        </message>
        <message>
            <source>Partner, for a partner organisation</source>
            <translation>Partenaire, pour une organisation partenaire</translation>
        </message>
        <message>
            <source>Drops names (the codename stays), contact details, addresses, accommodation, exact places (the country stays) and anything marked sensitive.</source>
            <translation>Omet les noms (le nom de code reste), les coordonnées, les adresses, l'hébergement, les lieux précis (le pays reste) et tout ce qui est marqué sensible.</translation>
        </message>
        <message>
            <source>Public, for a published report</source>
            <translation>Public, pour un rapport publié</translation>
        </message>
        <message>
            <source>Drops what the partner profile drops and gives dates as months; only records whose defenders' consent is public.</source>
            <translation>Omet ce qu'omet le profil partenaire et réduit les dates au mois ; seules les fiches dont les défenseur·es ont donné un consentement public.</translation>
        </message>
        <message>
            <source>The file will hold %1, under the profile “%2”. %3</source>
            <translation>Le fichier contiendra %1, selon le profil « %2 ». %3</translation>
        </message>
        <message>
            <source>Only the records the page shows are in it: its filters apply.</source>
            <translation>Seules les fiches que la page affiche y figurent : ses filtres s'appliquent.</translation>
        </message>
        <message>
            <source>Every record of the list is in it: no filter narrows the page.</source>
            <translation>Toutes les fiches de la liste y figurent : aucun filtre ne restreint la page.</translation>
        </message>
        <message>
            <source>It is not encrypted, and hrd-desk keeps no copy: save it only where it is safe.</source>
            <translation>Il n'est pas chiffré et hrd-desk n'en garde aucune copie : enregistrez-le seulement en lieu sûr.</translation>
        </message>
        <message>
            <source>No record of the list can leave under the profile “%1”: there is nothing to save.</source>
            <translation>Aucune fiche de la liste ne peut sortir sous le profil « %1 » : il n'y a rien à enregistrer.</translation>
        </message>
        <message>
            <source>Export list as CSV</source>
            <translation>Exporter la liste en CSV</translation>
        </message>
        <message>
            <source>Who is the file for? Each record leaves only if the consent of every defender it concerns allows it.</source>
            <translation>À qui le fichier est-il destiné ? Une fiche n'en fait partie que si le consentement de chaque défenseur·e qu'elle concerne le permet.</translation>
        </message>
        <message>
            <source>Continue…</source>
            <translation>Continuer…</translation>
        </message>
        <message>
            <source>The list was not exported</source>
            <translation>La liste n'a pas été exportée</translation>
        </message>
        <message>
            <source>Making the list under the chosen profile…</source>
            <translation>Préparation de la liste selon le profil choisi…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Progress of the list</source>
            <translation>Avancement de la liste</translation>
        </message>
        <message>
            <source>Records decided:</source>
            <translation>Fiches examinées :</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) left out: the consent of a defender they concern does not allow this profile.</source>
            <translation>
                <numerusform>%n fiche omise : le consentement d'un·e défenseur·e concerné·e n'autorise pas ce profil.</numerusform>
                <numerusform>%n fiches omises : le consentement d'un·e défenseur·e concerné·e n'autorise pas ce profil.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LockReason</name>
        <message>
            <source>You locked the vault.</source>
            <translation>Vous avez verrouillé le coffre.</translation>
        </message>
        <message>
            <source>Locked with the panic key.</source>
            <translation>Verrouillé avec la touche panique.</translation>
        </message>
        <message>
            <source>Locked because the computer went to sleep.</source>
            <translation>Verrouillé parce que l'ordinateur s'est mis en veille.</translation>
        </message>
        <message>
            <source>Locked because the screen was locked.</source>
            <translation>Verrouillé parce que l'écran a été verrouillé.</translation>
        </message>
        <message>
            <source>Locked before closing.</source>
            <translation>Verrouillé avant la fermeture.</translation>
        </message>
        <message>
            <source>Locked to change the passphrase.</source>
            <translation>Verrouillé pour changer la phrase secrète.</translation>
        </message>
        <message>
            <source>Locked to change the recovery code.</source>
            <translation>Verrouillé pour changer le code de récupération.</translation>
        </message>
        <message>
            <source>Locked for the emergency wipe.</source>
            <translation>Verrouillé pour l'effacement d'urgence.</translation>
        </message>
        <message>
            <source>The vault was locked.</source>
            <translation>Le coffre a été verrouillé.</translation>
        </message>
        <message numerus="yes">
            <source>Locked after %n minute(s) without activity.</source>
            <translation>
                <numerusform>Verrouillé après %n minute d'inactivité.</numerusform>
                <numerusform>Verrouillé après %n minutes d'inactivité.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Log incident…</source>
            <translation>Consigner un incident…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Panic: lock and minimise</source>
            <translation>Panique : verrouiller et réduire</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Changer la phrase secrète…</translation>
        </message>
        <message>
            <source>Check vault integrity…</source>
            <translation>Vérifier l'intégrité du coffre…</translation>
        </message>
        <message>
            <source>Import from a spreadsheet…</source>
            <translation>Importer depuis un tableur…</translation>
        </message>
        <message>
            <source>Security…</source>
            <translation>Sécurité…</translation>
        </message>
        <message>
            <source>Audit trail…</source>
            <translation>Journal d'audit…</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>Effacement d'urgence…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>About hrd-desk</source>
            <translation>À propos de hrd-desk</translation>
        </message>
        <message>
            <source>&amp;Vault</source>
            <translation>&amp;Coffre</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Aller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>Log incident</source>
            <translation>Consigner un incident</translation>
        </message>
        <message>
            <source>Logging incidents is not available in this version yet.</source>
            <translation>La saisie d'incidents n'est pas encore disponible dans cette version.</translation>
        </message>
        <message>
            <source>Unsaved input was lost</source>
            <translation>Saisie non enregistrée perdue</translation>
        </message>
        <message>
            <source>Your unsaved input from before the lock has been reopened.</source>
            <translation>Votre saisie non enregistrée d'avant le verrouillage a été rouverte.</translation>
        </message>
        <message>
            <source>Changing the passphrase and re-encrypting the vault. This takes a few seconds.</source>
            <translation>Changement de la phrase secrète et rechiffrement du coffre. Cela prend quelques secondes.</translation>
        </message>
        <message>
            <source>The passphrase was changed. The vault opens with the new one.</source>
            <translation>La phrase secrète a été changée. Le coffre s'ouvre avec la nouvelle.</translation>
        </message>
        <message>
            <source>The current passphrase was not right. Nothing was changed.</source>
            <translation>La phrase secrète actuelle n'était pas la bonne. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The passphrase was not changed: %1. Nothing was changed.</source>
            <translation>La phrase secrète n'a pas été changée : %1. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed (%1). Nothing was changed.</source>
            <translation>La phrase secrète n'a pas pu être changée (%1). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>%1 Unlock with your passphrase to go on.</source>
            <translation>%1 Déverrouillez avec votre phrase secrète pour continuer.</translation>
        </message>
        <message>
            <source>Check vault integrity</source>
            <translation>Vérifier l'intégrité du coffre</translation>
        </message>
        <message>
            <source>Every page of the vault is read and checked, with its keyslot and audit trail. Nothing is changed. Enter the passphrase to start.</source>
            <translation>Chaque page du coffre est lue et vérifiée, avec son emplacement de clé et son journal d'audit. Rien n'est modifié. Saisissez la phrase secrète pour commencer.</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Checking the vault. This can take a while for a big vault.</source>
            <translation>Vérification du coffre. Cela peut prendre un moment pour un gros coffre.</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault, so nothing was checked.</source>
            <translation>Cette phrase secrète n'a pas ouvert le coffre : rien n'a été vérifié.</translation>
        </message>
        <message>
            <source>The check could not run (%1).</source>
            <translation>La vérification n'a pas pu s'exécuter (%1).</translation>
        </message>
        <message>
            <source>Integrity not checked</source>
            <translation>Intégrité non vérifiée</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The menus and the sections are in the new language now. The pages follow the next time the vault is unlocked: lock it (Ctrl+L) and unlock it to see them all in the new language.</source>
            <translation>Les menus et les sections sont maintenant dans la nouvelle langue. Les pages suivront au prochain déverrouillage du coffre : verrouillez-le (Ctrl+L) puis déverrouillez-le pour tout voir dans la nouvelle langue.</translation>
        </message>
        <message numerus="yes">
            <source>Copied. The clipboard will be cleared in %n second(s).</source>
            <translation>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
                <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved form(s) could not be kept when the vault locked.</source>
            <translation>
                <numerusform>%n formulaire non enregistré n'a pas pu être gardé lors du verrouillage du coffre.</numerusform>
                <numerusform>%n formulaires non enregistrés n'ont pas pu être gardés lors du verrouillage du coffre.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>No defenders to show. Add one with “New defender…”.</source>
            <translation>Aucun·e défenseur·e à afficher. Ajoutez-en avec « Nouveau·elle défenseur·e… ».</translation>
        </message>
        <message>
            <source>New defender…</source>
            <translation>Nouveau·elle défenseur·e…</translation>
        </message>
        <message>
            <source>Add a defender</source>
            <translation>Ajouter un·e défenseur·e</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected defender's page (Enter)</source>
            <translation>Ouvrir la page du/de la défenseur·e sélectionné·e (Entrée)</translation>
        </message>
        <message>
            <source>No cases match this filter.</source>
            <translation>Aucun dossier ne correspond à ce filtre.</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>Nouveau dossier…</translation>
        </message>
        <message>
            <source>Open a new case</source>
            <translation>Ouvrir un nouveau dossier</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected case (Enter)</source>
            <translation>Modifier le dossier sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Defender</source>
            <translation>Défenseur·e</translation>
        </message>
        <message>
            <source>Open the selected case's defender</source>
            <translation>Ouvrir le/la défenseur·e du dossier sélectionné</translation>
        </message>
        <message>
            <source>Sharing…</source>
            <translation>Partage…</translation>
        </message>
        <message>
            <source>Choose the colleagues the selected case is shared with</source>
            <translation>Choisir les collègues avec qui le dossier sélectionné est partagé</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Move the selected case to Deleted</source>
            <translation>Déplacer le dossier sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>Active (not closed or declined)</source>
            <translation>Actifs (ni clos ni refusés)</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>Tous les dossiers</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Move the selected defender to Deleted</source>
            <translation>Déplacer le/la défenseur·e sélectionné·e vers Supprimés</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filtrer</translation>
        </message>
        <message>
            <source>Name or codename</source>
            <translation>Nom ou nom de code</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Défenseur·es</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>Proches</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Séjours</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>Points de contact</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Formations</translation>
        </message>
        <message>
            <source>Training participants</source>
            <translation>Participant·es aux formations</translation>
        </message>
        <message>
            <source>Risk assessments</source>
            <translation>Évaluations des risques</translation>
        </message>
        <message>
            <source>Risk items</source>
            <translation>Éléments de risque</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Mesures de sécurité</translation>
        </message>
        <message>
            <source>Network contacts</source>
            <translation>Contacts du réseau</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>Actions de plaidoyer</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Nothing of this kind has been deleted.</source>
            <translation>Rien de ce type n'a été supprimé.</translation>
        </message>
        <message>
            <source>Deleted records are kept here and can be restored. Purging one removes its content from this vault for good.</source>
            <translation>Les fiches supprimées sont conservées ici et peuvent être restaurées. Purger une fiche efface définitivement son contenu de ce coffre.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Put the selected record back where it was</source>
            <translation>Remettre la fiche sélectionnée à sa place</translation>
        </message>
        <message>
            <source>Purge…</source>
            <translation>Purger…</translation>
        </message>
        <message>
            <source>Remove the selected record's content for good (cannot be undone)</source>
            <translation>Effacer définitivement le contenu de la fiche sélectionnée (irréversible)</translation>
        </message>
        <message>
            <source>Spreadsheet imports…</source>
            <translation>Imports de tableurs…</translation>
        </message>
        <message>
            <source>Undo a spreadsheet import as a whole, or bring it back</source>
            <translation>Annuler un import de tableur en bloc, ou le rétablir</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>No network contacts match this filter. Add one with “New contact…”.</source>
            <translation>Aucun contact du réseau ne correspond à ce filtre. Ajoutez-en un avec « Nouveau contact… ».</translation>
        </message>
        <message>
            <source>People and organisations in Brussels, The Hague, Geneva, New York and elsewhere. How to reach them is hidden until shown, in the contact's form.</source>
            <translation>Personnes et organisations à Bruxelles, La Haye, Genève, New York et ailleurs. Le moyen de les joindre reste masqué jusqu'à affichage, dans la fiche du contact.</translation>
        </message>
        <message>
            <source>New contact…</source>
            <translation>Nouveau contact…</translation>
        </message>
        <message>
            <source>Add a network contact</source>
            <translation>Ajouter un contact du réseau</translation>
        </message>
        <message>
            <source>Edit the selected contact (Enter)</source>
            <translation>Modifier le contact sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Log advocacy…</source>
            <translation>Consigner un plaidoyer…</translation>
        </message>
        <message>
            <source>Record a meeting, letter or appeal with the selected contact</source>
            <translation>Enregistrer une réunion, une lettre ou un appel avec le contact sélectionné</translation>
        </message>
        <message>
            <source>Move the selected contact to Deleted</source>
            <translation>Déplacer le contact sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Toutes les villes</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>No advocacy actions match this filter. Add one with “New action…”.</source>
            <translation>Aucune action de plaidoyer ne correspond à ce filtre. Ajoutez-en une avec « Nouvelle action… ».</translation>
        </message>
        <message>
            <source>Meetings, letters and urgent appeals with network contacts on behalf of defenders, newest first. Outcomes and follow-ups are in each action's form, hidden until shown.</source>
            <translation>Réunions, lettres et appels urgents auprès des contacts du réseau au nom des défenseur·es, les plus récents d'abord. Résultats et suivis figurent dans la fiche de chaque action, masqués jusqu'à affichage.</translation>
        </message>
        <message>
            <source>New action…</source>
            <translation>Nouvelle action…</translation>
        </message>
        <message>
            <source>Record an advocacy action</source>
            <translation>Enregistrer une action de plaidoyer</translation>
        </message>
        <message>
            <source>Edit the selected action (Enter)</source>
            <translation>Modifier l'action sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Open the first defender the selected action concerns</source>
            <translation>Ouvrir le/la premier·e défenseur·e concerné·e par l'action sélectionnée</translation>
        </message>
        <message>
            <source>Move the selected action to Deleted</source>
            <translation>Déplacer l'action sélectionnée vers Supprimés</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Network sections</source>
            <translation>Sections du réseau</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Current (planned, travelling, in stay)</source>
            <translation>En cours (prévus, en voyage, en séjour)</translation>
        </message>
        <message>
            <source>All stays</source>
            <translation>Tous les séjours</translation>
        </message>
        <message>
            <source>%1 (planned)</source>
            <translation>%1 (prévu)</translation>
        </message>
        <message>
            <source>%1, before departure!</source>
            <translation>%1, avant le départ !</translation>
        </message>
        <message>
            <source>No stays match this filter. Add one with “New stay…”.</source>
            <translation>Aucun séjour ne correspond à ce filtre. Ajoutez-en un avec « Nouveau séjour… ».</translation>
        </message>
        <message>
            <source>Stays in a safe city. A missed check-in is listed first in its row until someone records a contact. Host cities are hidden: %1 shows them.</source>
            <translation>Séjours dans une ville sûre. Un point de contact manqué apparaît en premier sur sa ligne jusqu'à ce qu'un contact soit enregistré. Les villes d'accueil sont masquées : %1 les affiche.</translation>
        </message>
        <message>
            <source>New stay…</source>
            <translation>Nouveau séjour…</translation>
        </message>
        <message>
            <source>Plan a stay for a defender</source>
            <translation>Planifier un séjour pour un·e défenseur·e</translation>
        </message>
        <message>
            <source>Edit the selected stay (Enter)</source>
            <translation>Modifier le séjour sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>The stay's check-ins and tasks, on its defender's Relocation tab, where check-ins are scheduled and recorded</source>
            <translation>Les points de contact et tâches du séjour, dans l'onglet Relocalisation du/de la défenseur·e, où les points de contact sont prévus et enregistrés</translation>
        </message>
        <message>
            <source>Move the selected stay to Deleted</source>
            <translation>Déplacer le séjour sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>Missed (%1)</source>
            <translation>Manqué (%1)</translation>
        </message>
        <message>
            <source>Also search names of relatives, legal names and contact details</source>
            <translation>Chercher aussi dans les noms des proches, les noms légaux et les coordonnées</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Try fewer or shorter words.</source>
            <translation>Aucun résultat pour « %1 ». Essayez moins de mots ou des mots plus courts.</translation>
        </message>
        <message>
            <source>Nothing matches “%1”. Try fewer or shorter words. Names of relatives, legal names and contact details are searched only with “Also search names of relatives, legal names and contact details” ticked.</source>
            <translation>Aucun résultat pour « %1 ». Essayez moins de mots ou des mots plus courts. Les noms des proches, noms légaux et coordonnées ne sont cherchés que si « Chercher aussi dans les noms des proches, les noms légaux et les coordonnées » est coché.</translation>
        </message>
        <message>
            <source>Type in the search field above; results appear as you type.</source>
            <translation>Saisissez dans le champ de recherche ci-dessus ; les résultats s'affichent pendant la saisie.</translation>
        </message>
        <message>
            <source>Open the selected record (Enter)</source>
            <translation>Ouvrir la fiche sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Also search sensitive fields</source>
            <translation>Chercher aussi dans les champs sensibles</translation>
        </message>
        <message>
            <source>Results still never show those values</source>
            <translation>Les résultats n'affichent jamais ces valeurs</translation>
        </message>
        <message>
            <source>The search could not be run.</source>
            <translation>La recherche n'a pas pu être lancée.</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>No tasks match these filters.</source>
            <translation>Aucune tâche ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>New task…</source>
            <translation>Nouvelle tâche…</translation>
        </message>
        <message>
            <source>Add a task with a due date</source>
            <translation>Ajouter une tâche avec une échéance</translation>
        </message>
        <message>
            <source>Edit the selected task (Enter)</source>
            <translation>Modifier la tâche sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme faite</translation>
        </message>
        <message>
            <source>Record the selected task as done</source>
            <translation>Enregistrer la tâche sélectionnée comme faite</translation>
        </message>
        <message>
            <source>Move the selected task to Deleted</source>
            <translation>Déplacer la tâche sélectionnée vers Supprimés</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Any: type a name</source>
            <translation>Tous : saisissez un nom</translation>
        </message>
        <message>
            <source>Overdue, %1</source>
            <translation>En retard, %1</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Prévu le %1</translation>
        </message>
        <message>
            <source>Task not changed</source>
            <translation>Tâche non modifiée</translation>
        </message>
        <message>
            <source>%1 (also %2)</source>
            <translation>%1 (aussi %2)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>No incidents match these filters.</source>
            <translation>Aucun incident ne correspond à ces filtres.</translation>
        </message>
        <message>
            <source>Log incident…</source>
            <translation>Consigner un incident…</translation>
        </message>
        <message>
            <source>Log an incident; choose its defender in the form</source>
            <translation>Consigner un incident ; choisissez son/sa défenseur·e dans le formulaire</translation>
        </message>
        <message>
            <source>Edit the selected incident (Enter)</source>
            <translation>Modifier l'incident sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Open the selected incident's defender</source>
            <translation>Ouvrir le/la défenseur·e de l'incident sélectionné</translation>
        </message>
        <message>
            <source>Move the selected incident to Deleted</source>
            <translation>Déplacer l'incident sélectionné vers Supprimés</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>No training editions yet. Add one with “New edition…”.</source>
            <translation>Aucune session de formation pour l'instant. Ajoutez-en une avec « Nouvelle session… ».</translation>
        </message>
        <message>
            <source>Editions of the training course. Select one to see who took part and the modules each attended.</source>
            <translation>Sessions de la formation. Sélectionnez-en une pour voir qui y a participé et les modules suivis par chacun·e.</translation>
        </message>
        <message>
            <source>New edition…</source>
            <translation>Nouvelle session…</translation>
        </message>
        <message>
            <source>Add an edition of the course</source>
            <translation>Ajouter une session de la formation</translation>
        </message>
        <message>
            <source>Edit the selected edition (Enter)</source>
            <translation>Modifier la session sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Enrol a defender…</source>
            <translation>Inscrire un·e défenseur·e…</translation>
        </message>
        <message>
            <source>Enrol a defender in the selected edition, with the modules they attend</source>
            <translation>Inscrire un·e défenseur·e à la session sélectionnée, avec les modules suivis</translation>
        </message>
        <message>
            <source>Move the selected edition to Deleted</source>
            <translation>Déplacer la session sélectionnée vers Supprimés</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participant·es</translation>
        </message>
        <message>
            <source>Edit participant…</source>
            <translation>Modifier le/la participant·e…</translation>
        </message>
        <message>
            <source>Modules attended and needs noted (Enter)</source>
            <translation>Modules suivis et besoins notés (Entrée)</translation>
        </message>
        <message>
            <source>Open the selected participant's defender</source>
            <translation>Ouvrir la fiche défenseur·e du/de la participant·e sélectionné·e</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Retirer…</translation>
        </message>
        <message>
            <source>Move the selected enrolment to Deleted</source>
            <translation>Déplacer l'inscription sélectionnée vers Supprimés</translation>
        </message>
        <message>
            <source>Participants of the selected edition</source>
            <translation>Participant·es de la session sélectionnée</translation>
        </message>
        <message>
            <source>Modules attended</source>
            <translation>Modules suivis</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(supprimé·e)</translation>
        </message>
        <message>
            <source>No module recorded yet</source>
            <translation>Aucun module enregistré pour l'instant</translation>
        </message>
        <message>
            <source>Participants (%1)</source>
            <translation>Participant·es (%1)</translation>
        </message>
        <message>
            <source>Nobody enrolled in this edition yet: “Enrol a defender…” adds one.</source>
            <translation>Personne n'est encore inscrit à cette session : « Inscrire un·e défenseur·e… » en ajoute un·e.</translation>
        </message>
        <message>
            <source>Nothing to show.</source>
            <translation>Rien à afficher.</translation>
        </message>
        <message>
            <source>Export list as CSV…</source>
            <translation>Exporter la liste en CSV…</translation>
        </message>
        <message>
            <source>The list as the page shows it, filters included, as a CSV file for a programme office, a partner or the public: you choose the profile, then where to save it</source>
            <translation>La liste telle que la page l'affiche, filtres compris, en fichier CSV pour un bureau du programme, un partenaire ou le public : vous choisissez le profil, puis où l'enregistrer</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n défenseur·e</numerusform>
                <numerusform>%n défenseur·es</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation>
                <numerusform>%n fiche supprimée</numerusform>
                <numerusform>%n fiches supprimées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>%n séjour</numerusform>
                <numerusform>%n séjours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n tâche</numerusform>
                <numerusform>%n tâches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n edition(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Too short</source>
            <translation>Trop courte</translation>
        </message>
        <message>
            <source>Use at least %1 characters; four or more random words are easier to remember.</source>
            <translation>Utilisez au moins %1 caractères ; quatre mots aléatoires ou plus sont plus faciles à retenir.</translation>
        </message>
        <message>
            <source>Too weak</source>
            <translation>Trop faible</translation>
        </message>
        <message>
            <source>Add more words or characters; avoid repeats and common words.</source>
            <translation>Ajoutez des mots ou des caractères ; évitez les répétitions et les mots courants.</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Acceptable. Another random word would make it good.</source>
            <translation>Acceptable. Un mot aléatoire de plus la rendrait bonne.</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <source>A good passphrase.</source>
            <translation>Une bonne phrase secrète.</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Forte</translation>
        </message>
        <message>
            <source>A strong passphrase.</source>
            <translation>Une phrase secrète forte.</translation>
        </message>
        <message>
            <source>Strength: %1. %2</source>
            <translation>Robustesse : %1. %2</translation>
        </message>
    </context>
    <context>
        <name>PlanSummary</name>
        <message>
            <source>Threats</source>
            <translation>Menaces</translation>
        </message>
        <message>
            <source>Vulnerabilities</source>
            <translation>Vulnérabilités</translation>
        </message>
        <message>
            <source>Capacities</source>
            <translation>Capacités</translation>
        </message>
        <message>
            <source>[hidden]</source>
            <translation>[masqué]</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Security plan: %1</source>
            <translation>Plan de sécurité : %1</translation>
        </message>
        <message>
            <source>Gone through on %1</source>
            <translation>Passé en revue le %1</translation>
        </message>
        <message>
            <source>No risk assessment yet.</source>
            <translation>Pas encore d'évaluation des risques.</translation>
        </message>
        <message>
            <source>Preventive measures</source>
            <translation>Mesures préventives</translation>
        </message>
        <message>
            <source>Emergency protocols</source>
            <translation>Protocoles d'urgence</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>EN RETARD</translation>
        </message>
        <message>
            <source>REVIEW DUE</source>
            <translation>RÉVISION DUE</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Reduces: %1</source>
            <translation>Réduit : %1</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Working…</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <source>%1 %v of %m</source>
            <translation>%1 %v sur %m</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Regarder dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
        <message>
            <source>Type %1 to confirm:</source>
            <translation>Tapez %1 pour confirmer :</translation>
        </message>
        <message>
            <source>Confirmation word</source>
            <translation>Mot de confirmation</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message>
            <source>Delete %1</source>
            <translation>Supprimer : %1</translation>
        </message>
        <message>
            <source>Delete the %1 “%2”?

It moves to Deleted, where it can be restored.</source>
            <translation>Supprimer « %2 » (%1) ?

La fiche passe dans Supprimés, d'où elle peut être restaurée.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Purge %1</source>
            <translation>Purger : %1</translation>
        </message>
        <message>
            <source>Purge the deleted %1 “%2” for good?

Its content is removed from this vault, its history and the search index. This cannot be undone.</source>
            <translation>Purger définitivement « %2 » (%1, supprimé) ?

Son contenu est retiré de ce coffre, de son historique et de l'index de recherche. C'est irréversible.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New defender</source>
            <translation>Nouveau·elle défenseur·e</translation>
        </message>
        <message>
            <source>Edit defender</source>
            <translation>Modifier le/la défenseur·e</translation>
        </message>
        <message>
            <source>New related person</source>
            <translation>Nouveau·elle proche</translation>
        </message>
        <message>
            <source>Edit related person</source>
            <translation>Modifier le/la proche</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>Modifier le dossier</translation>
        </message>
        <message>
            <source>New incident</source>
            <translation>Nouvel incident</translation>
        </message>
        <message>
            <source>Edit incident</source>
            <translation>Modifier l'incident</translation>
        </message>
        <message>
            <source>New stay</source>
            <translation>Nouveau séjour</translation>
        </message>
        <message>
            <source>Edit stay</source>
            <translation>Modifier le séjour</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>Nouveau point de contact</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>Modifier le point de contact</translation>
        </message>
        <message>
            <source>New training</source>
            <translation>Nouvelle session de formation</translation>
        </message>
        <message>
            <source>Edit training</source>
            <translation>Modifier la session de formation</translation>
        </message>
        <message>
            <source>New training participant</source>
            <translation>Nouveau·elle participant·e</translation>
        </message>
        <message>
            <source>Edit training participant</source>
            <translation>Modifier le/la participant·e</translation>
        </message>
        <message>
            <source>New risk assessment</source>
            <translation>Nouvelle évaluation des risques</translation>
        </message>
        <message>
            <source>Edit risk assessment</source>
            <translation>Modifier l'évaluation des risques</translation>
        </message>
        <message>
            <source>New risk item</source>
            <translation>Nouvel élément de risque</translation>
        </message>
        <message>
            <source>Edit risk item</source>
            <translation>Modifier l'élément de risque</translation>
        </message>
        <message>
            <source>New security measure</source>
            <translation>Nouvelle mesure de sécurité</translation>
        </message>
        <message>
            <source>Edit security measure</source>
            <translation>Modifier la mesure de sécurité</translation>
        </message>
        <message>
            <source>New network contact</source>
            <translation>Nouveau contact du réseau</translation>
        </message>
        <message>
            <source>Edit network contact</source>
            <translation>Modifier le contact du réseau</translation>
        </message>
        <message>
            <source>New advocacy action</source>
            <translation>Nouvelle action de plaidoyer</translation>
        </message>
        <message>
            <source>Edit advocacy action</source>
            <translation>Modifier l'action de plaidoyer</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nouvelle tâche</translation>
        </message>
        <message>
            <source>Edit task</source>
            <translation>Modifier la tâche</translation>
        </message>
        <message>
            <source>Leave empty when it happened in the defender's country.</source>
            <translation>Laisser vide si cela s'est passé dans le pays du/de la défenseur·e.</translation>
        </message>
        <message>
            <source>Shown on screen instead of the name when set.</source>
            <translation>Affiché à l'écran à la place du nom lorsqu'il est renseigné.</translation>
        </message>
        <message>
            <source>Hidden on screen until shown: where the defender is now.</source>
            <translation>Masqué à l'écran jusqu'à affichage : là où se trouve le/la défenseur·e.</translation>
        </message>
        <message>
            <source>The caseworker it is for (their name as the team writes it).</source>
            <translation>Le/la chargé·e de dossier concerné·e (son nom tel que l'équipe l'écrit).</translation>
        </message>
        <message>
            <source>Threats: 1 (unlikely) to 5 (almost certain).</source>
            <translation>Menaces : 1 (peu probable) à 5 (presque certain).</translation>
        </message>
        <message>
            <source>Threats: 1 (minor) to 5 (life-threatening).</source>
            <translation>Menaces : 1 (mineur) à 5 (danger de mort).</translation>
        </message>
        <message>
            <source>Vulnerabilities and capacities: 1 (slight) to 5 (great).</source>
            <translation>Vulnérabilités et capacités : 1 (faible) à 5 (forte).</translation>
        </message>
        <message>
            <source>Threats only: the incidents this threat comes from.</source>
            <translation>Menaces seulement : les incidents dont découle cette menace.</translation>
        </message>
        <message>
            <source>Threats and vulnerabilities of this defender's risk assessments.</source>
            <translation>Menaces et vulnérabilités des évaluations des risques de ce·tte défenseur·e.</translation>
        </message>
        <message>
            <source>Brussels, The Hague, Geneva, New York, or wherever they are.</source>
            <translation>Bruxelles, La Haye, Genève, New York, ou là où ils se trouvent.</translation>
        </message>
        <message>
            <source>A person, or an organisation's name.</source>
            <translation>Une personne, ou le nom d'une organisation.</translation>
        </message>
        <message>
            <source>Hidden on screen until shown; never sent to partners.</source>
            <translation>Masqué à l'écran jusqu'à affichage ; jamais envoyé aux partenaires.</translation>
        </message>
        <message>
            <source>Fields marked * are required.</source>
            <translation>Les champs marqués * sont obligatoires.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatoire)</translation>
        </message>
        <message>
            <source>Mark this text sensitive</source>
            <translation>Marquer ce texte comme sensible</translation>
        </message>
        <message>
            <source>Mark %1 sensitive</source>
            <translation>Marquer « %1 » comme sensible</translation>
        </message>
        <message>
            <source>Hidden until revealed, searched only when sensitive fields are included, never sent to partner organisations</source>
            <translation>Masqué jusqu'à affichage, cherché seulement si les champs sensibles sont inclus, jamais envoyé aux organisations partenaires</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>What was done to this record, and when</source>
            <translation>Ce qui a été fait sur cette fiche, et quand</translation>
        </message>
        <message>
            <source>Attachments…</source>
            <translation>Pièces jointes…</translation>
        </message>
        <message>
            <source>Evidence files of this record: add, view, export, verify</source>
            <translation>Fichiers de preuve de cette fiche : ajouter, voir, exporter, vérifier</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Enregistrer (Ctrl+S)</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Choose a primary category first</source>
            <translation>Choisissez d'abord une catégorie principale</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Choose where…</source>
            <translation>Choisir où…</translation>
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
            <translation>Rien n'a été écrit : %1</translation>
        </message>
        <message>
            <source>Saved. The file is not encrypted.</source>
            <translation>Enregistré. Le fichier n'est pas chiffré.</translation>
        </message>
    </context>
    <context>
        <name>RiskTrend</name>
        <message>
            <source>no assessment yet</source>
            <translation>aucune évaluation pour l'instant</translation>
        </message>
        <message>
            <source>Assessed levels: %1.</source>
            <translation>Niveaux évalués : %1.</translation>
        </message>
        <message>
            <source>Risk level and incidents over time</source>
            <translation>Niveau de risque et incidents dans le temps</translation>
        </message>
        <message>
            <source>Assessed level</source>
            <translation>Niveau évalué</translation>
        </message>
        <message>
            <source>Incidents: </source>
            <translation>Incidents : </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) logged since %1.</source>
            <translation>
                <numerusform>%n incident consigné depuis %1.</numerusform>
                <numerusform>%n incidents consignés depuis %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Section</name>
        <message>
            <source>Defenders</source>
            <translation>Défenseur·es</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Threat log</source>
            <translation>Journal des menaces</translation>
        </message>
        <message>
            <source>Relocations</source>
            <translation>Relocalisations</translation>
        </message>
        <message>
            <source>Trainings</source>
            <translation>Formations</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>Statistiques</translation>
        </message>
        <message>
            <source>This part of hrd-desk is not available in this version yet.</source>
            <translation>Cette partie de hrd-desk n'est pas encore disponible dans cette version.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimés</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Advocacy actions</source>
            <translation>Actions de plaidoyer</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Résultats de recherche</translation>
        </message>
    </context>
    <context>
        <name>Sensitive</name>
        <message>
            <source>Show or hide every hidden value here: %1</source>
            <translation>Afficher ou masquer toutes les valeurs masquées ici : %1</translation>
        </message>
        <message>
            <source>•••••• hidden</source>
            <translation>•••••• masqué</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Afficher : %1</translation>
        </message>
        <message>
            <source>Show the %1 until you leave this record</source>
            <translation>Afficher « %1 » jusqu'à ce que vous quittiez cette fiche</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <translation>Copier : %1</translation>
        </message>
        <message>
            <source>Copy; the clipboard is cleared after 30 seconds</source>
            <translation>Copier ; le presse-papiers est vidé après 30 secondes</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>Masquer : %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>Comme le système ({language})</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Verrouiller après ce nombre de minutes d'inactivité</translation>
        </message>
        <message>
            <source>Lock after idle time</source>
            <translation>Verrouiller après inactivité</translation>
        </message>
        <message>
            <source>Colour theme</source>
            <translation>Thème de couleurs</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Settings are kept on this computer outside the vault, so they never hold anything about your records.</source>
            <translation>Les paramètres sont conservés sur cet ordinateur hors du coffre : ils ne contiennent jamais rien de vos dossiers.</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Colleagues ticked here receive this defender at each sync, with their related people, cases and incidents, and every later change. Only verified colleagues are synced.</source>
            <translation>Les collègues coché·es ici reçoivent ce·tte défenseur·e à chaque synchronisation, avec ses proches, ses dossiers et ses incidents, et toute modification ultérieure. Seul·es les collègues vérifié·es sont synchronisé·es.</translation>
        </message>
        <message>
            <source>Colleagues ticked here receive this case at each sync, with the incidents linked to it and its defender's non-sensitive details, and every later change. Only verified colleagues are synced.</source>
            <translation>Les collègues coché·es ici reçoivent ce dossier à chaque synchronisation, avec les incidents qui lui sont liés et les informations non sensibles de son/sa défenseur·e, et toute modification ultérieure. Seul·es les collègues vérifié·es sont synchronisé·es.</translation>
        </message>
        <message>
            <source>Colleagues this record is shared with</source>
            <translation>Collègues avec qui cette fiche est partagée</translation>
        </message>
        <message>
            <source>This defender's consent: %1.</source>
            <translation>Consentement de ce·tte défenseur·e : %1.</translation>
        </message>
        <message>
            <source>This defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation>Le consentement de ce·tte défenseur·e ne couvre pas les collègues : rien à son sujet ne quitte ce coffre, le partage est donc impossible.</translation>
        </message>
        <message>
            <source>The defender's consent: %1.</source>
            <translation>Consentement du/de la défenseur·e : %1.</translation>
        </message>
        <message>
            <source>The defender's consent does not cover colleagues: nothing about them leaves this vault, so this cannot be shared.</source>
            <translation>Le consentement du/de la défenseur·e ne couvre pas les collègues : rien à son sujet ne quitte ce coffre, le partage est donc impossible.</translation>
        </message>
        <message>
            <source>No colleagues yet: add them in the Exchange section.</source>
            <translation>Aucun·e collègue pour l'instant : ajoutez-en dans la section Échanges.</translation>
        </message>
        <message>
            <source>%1  (NOT VERIFIED: not synced until verified)</source>
            <translation>%1  (NON VÉRIFIÉ·E : pas de synchronisation avant vérification)</translation>
        </message>
        <message>
            <source>this colleague</source>
            <translation>ce·tte collègue</translation>
        </message>
        <message>
            <source>Shared with %1.</source>
            <translation>Partagée avec %1.</translation>
        </message>
        <message>
            <source>Not shared</source>
            <translation>Non partagée</translation>
        </message>
        <message>
            <source>Stop sharing</source>
            <translation>Arrêter le partage</translation>
        </message>
        <message>
            <source>Stop sharing with %1?

They keep everything they already received; from now on, changes are no longer sent to them.</source>
            <translation>Arrêter le partage avec %1 ?

Cette personne garde tout ce qu'elle a déjà reçu ; désormais, les modifications ne lui sont plus envoyées.</translation>
        </message>
        <message>
            <source>Keep sharing</source>
            <translation>Continuer le partage</translation>
        </message>
        <message>
            <source>No longer shared with %1.</source>
            <translation>N'est plus partagée avec %1.</translation>
        </message>
        <message>
            <source>Still shared</source>
            <translation>Toujours partagée</translation>
        </message>
        <message>
            <source>Sharing</source>
            <translation>Partage</translation>
        </message>
    </context>
    <context>
        <name>SheetImport</name>
        <message>
            <source>1. Choose the file</source>
            <translation>1. Choisir le fichier</translation>
        </message>
        <message>
            <source>2. Match the columns</source>
            <translation>2. Faire correspondre les colonnes</translation>
        </message>
        <message>
            <source>3. Check every row</source>
            <translation>3. Vérifier chaque ligne</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Defenders</source>
            <translation>Défenseur·es</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>Proches</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Incidents (threat log)</source>
            <translation>Incidents (registre des menaces)</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Séjours</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tâches</translation>
        </message>
        <message>
            <source>%1 is still on this computer, unencrypted: anyone who searches this computer can read it. Overwrite and delete it now? (Best effort: on an SSD, or with backups or cloud sync, copies may remain.)</source>
            <translation>%1 est toujours sur cet ordinateur, non chiffré : quiconque fouille cet ordinateur peut le lire. L'écraser et le supprimer maintenant ? (Au mieux : sur un SSD, ou avec des sauvegardes ou une synchronisation dans le nuage, des copies peuvent subsister.)</translation>
        </message>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>Importer depuis un tableur</translation>
        </message>
        <message>
            <source>Progress of the import</source>
            <translation>Avancement de l'import</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Revenir à l'étape précédente</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Vérifiées :</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importées :</translation>
        </message>
        <message>
            <source>Bring records in from a CSV or Excel (.xlsx) file. Nothing is written until every row has been checked; then all rows come in together, or none.</source>
            <translation>Faites entrer des fiches depuis un fichier CSV ou Excel (.xlsx). Rien n'est écrit avant que chaque ligne ait été vérifiée ; ensuite toutes les lignes entrent ensemble, ou aucune.</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Fichier tableur</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>Le fichier à importer</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choisir le fichier</translation>
        </message>
        <message>
            <source>Each row is one of:</source>
            <translation>Chaque ligne est :</translation>
        </message>
        <message>
            <source>What each row is</source>
            <translation>Ce qu'est chaque ligne</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <source>Worksheet:</source>
            <translation>Feuille :</translation>
        </message>
        <message>
            <source>Dates written like 03/04/2024 are:</source>
            <translation>Les dates écrites comme 03/04/2024 sont :</translation>
        </message>
        <message>
            <source>as the file shows (asked if it cannot tell)</source>
            <translation>comme le fichier l'indique (question posée s'il ne le dit pas)</translation>
        </message>
        <message>
            <source>day first (15/03/2024)</source>
            <translation>jour en premier (15/03/2024)</translation>
        </message>
        <message>
            <source>month first (03/15/2024)</source>
            <translation>mois en premier (03/15/2024)</translation>
        </message>
        <message>
            <source>Preview of the first rows, with the field of each column</source>
            <translation>Aperçu des premières lignes, avec le champ de chaque colonne</translation>
        </message>
        <message>
            <source>The accents and letters above read correctly: import this file as Windows-1252.</source>
            <translation>Les accents et les lettres ci-dessus s'affichent correctement : importer ce fichier en Windows-1252.</translation>
        </message>
        <message>
            <source>Confirm the Windows-1252 reading</source>
            <translation>Confirmer la lecture en Windows-1252</translation>
        </message>
        <message>
            <source>What was found in the file</source>
            <translation>Ce qui a été trouvé dans le fichier</translation>
        </message>
        <message>
            <source>Leave out the rows that look like existing records</source>
            <translation>Laisser de côté les lignes qui ressemblent à des fiches existantes</translation>
        </message>
        <message>
            <source>Overwrite and delete the file…</source>
            <translation>Écraser et supprimer le fichier…</translation>
        </message>
        <message>
            <source>Overwrite and delete the spreadsheet file</source>
            <translation>Écraser et supprimer le fichier tableur</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Choisir le tableur</translation>
        </message>
        <message>
            <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
            <translation>Tableurs (*.csv *.xlsx *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The import stopped: %1</source>
            <translation>L'import s'est arrêté : %1</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Choisissez d'abord un fichier.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Field for column %1</source>
            <translation>Champ de la colonne %1</translation>
        </message>
        <message>
            <source>— not a field: choose one, or Ignore —</source>
            <translation>— aucun champ : choisissez-en un, ou Ignorer —</translation>
        </message>
        <message>
            <source>Ignore this column</source>
            <translation>Ignorer cette colonne</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatoire)</translation>
        </message>
        <message>
            <source>%1, separated by %2</source>
            <translation>%1, séparé par %2</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulation</translation>
        </message>
        <message>
            <source>Read as %1.</source>
            <translation>Lu comme %1.</translation>
        </message>
        <message>
            <source>Headings on row %1.</source>
            <translation>En-têtes à la ligne %1.</translation>
        </message>
        <message>
            <source>Slashed dates are read day first.</source>
            <translation>Les dates avec barres obliques sont lues jour en premier.</translation>
        </message>
        <message>
            <source>Slashed dates are read month first.</source>
            <translation>Les dates avec barres obliques sont lues mois en premier.</translation>
        </message>
        <message>
            <source>This file is not UTF-8: it was read as Windows-1252 (what Excel on Windows saves). Look at the accents in the rows above.</source>
            <translation>Ce fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (ce qu'enregistre Excel sous Windows). Vérifiez les accents dans les lignes ci-dessus.</translation>
        </message>
        <message>
            <source>Some dates read both ways (03/04/2024): go Back and say whether the day or the month comes first.</source>
            <translation>Certaines dates se lisent dans les deux sens (03/04/2024) : revenez en arrière et indiquez si le jour ou le mois vient en premier.</translation>
        </message>
        <message>
            <source>This file is not UTF-8: tick the box below if the accents in the rows above read correctly.</source>
            <translation>Ce fichier n'est pas en UTF-8 : cochez la case ci-dessous si les accents des lignes ci-dessus s'affichent correctement.</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <source>Imported %1.</source>
            <translation>Import terminé : %1.</translation>
        </message>
        <message>
            <source>They can be found in their lists and searched as usual.</source>
            <translation>Vous les retrouverez dans leurs listes, et la recherche les trouve comme le reste.</translation>
        </message>
        <message>
            <source>Overwrite and delete the file</source>
            <translation>Écraser et supprimer le fichier</translation>
        </message>
        <message>
            <source>Overwrite %1 and delete it? This cannot be undone.</source>
            <translation>Écraser %1 et le supprimer ? C'est irréversible.</translation>
        </message>
        <message>
            <source>%1 was overwritten and deleted (copies elsewhere, backups and, on an SSD, old blocks may remain).</source>
            <translation>%1 a été écrasé et supprimé (des copies ailleurs, des sauvegardes et, sur un SSD, d'anciens blocs peuvent subsister).</translation>
        </message>
        <message>
            <source>%1 could not be deleted: delete it yourself.</source>
            <translation>%1 n'a pas pu être supprimé : supprimez-le vous-même.</translation>
        </message>
        <message>
            <source>(closest: %1)</source>
            <translation>(les plus proches : %1)</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>no defender has this codename or name</source>
            <translation>aucun·e défenseur·e n'a ce nom de code ni ce nom</translation>
        </message>
        <message>
            <source>give the id of the record (%1)</source>
            <translation>donnez l'identifiant de la fiche (%1)</translation>
        </message>
        <message>
            <source>no record (%1) of this row's defender has this %2</source>
            <translation>aucune fiche (%1) du ou de la défenseur·e de cette ligne n'a ce %2</translation>
        </message>
        <message>
            <source>this heading matches no field of this import (%1): choose its field in the list above it, or “Ignore this column”</source>
            <translation>cet en-tête ne correspond à aucun champ de cet import (%1) : choisissez son champ dans la liste au-dessus, ou « Ignorer cette colonne »</translation>
        </message>
        <message>
            <source>a second column for %1 (column %2 is the first)</source>
            <translation>une deuxième colonne pour %1 (la colonne %2 est la première)</translation>
        </message>
        <message>
            <source>no column for %1, which every record of this import (%2) needs</source>
            <translation>aucune colonne pour %1, dont chaque fiche de cet import (%2) a besoin</translation>
        </message>
        <message>
            <source>this date reads only day first</source>
            <translation>cette date ne se lit que le jour en premier</translation>
        </message>
        <message>
            <source>this date reads only month first</source>
            <translation>cette date ne se lit que le mois en premier</translation>
        </message>
        <message>
            <source>the file mixes dates written day first and month first: correct it</source>
            <translation>le fichier mêle des dates écrites le jour en premier et le mois en premier : corrigez-le</translation>
        </message>
        <message>
            <source>a value in a column without a heading</source>
            <translation>une valeur dans une colonne sans en-tête</translation>
        </message>
        <message>
            <source>a value in a column without a heading (a merged heading?): give the column a heading</source>
            <translation>une valeur dans une colonne sans en-tête (un en-tête fusionné ?) : donnez un en-tête à la colonne</translation>
        </message>
        <message>
            <source>not one of the choices of this field</source>
            <translation>ne fait pas partie des choix de ce champ</translation>
        </message>
        <message>
            <source>this field cannot be imported</source>
            <translation>ce champ ne peut pas être importé</translation>
        </message>
        <message>
            <source>dates such as 03/04/2024 read both as day/month and month/day: go Back and say which comes first</source>
            <translation>des dates comme 03/04/2024 se lisent jour/mois comme mois/jour : revenez en arrière et indiquez lequel vient en premier</translation>
        </message>
        <message>
            <source>no rows below the headings: nothing to import</source>
            <translation>aucune ligne sous les en-têtes : rien à importer</translation>
        </message>
        <message>
            <source>%1 is not a date: as an Excel serial number it falls outside 1900-2199</source>
            <translation>%1 n'est pas une date : comme numéro de série Excel, il tombe hors de 1900-2199</translation>
        </message>
        <message>
            <source>write the year in full (four digits); a two-digit year is not guessed</source>
            <translation>écrivez l'année en entier (quatre chiffres) ; une année à deux chiffres n'est pas devinée</translation>
        </message>
        <message>
            <source>this date reads as day/month or month/day: go Back and say which comes first</source>
            <translation>cette date se lit jour/mois ou mois/jour : revenez en arrière et indiquez lequel vient en premier</translation>
        </message>
        <message>
            <source>not a date this import reads (2024-03-15, 15/03/2024, 15 March 2024, March 2024, 2024, a range A..B)</source>
            <translation>pas une date que cet import sait lire (2024-03-15, 15/03/2024, 15 mars 2024, mars 2024, 2024, une période A..B)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>row %1, column %2: %3</source>
            <translation>ligne %1, colonne %2 : %3</translation>
        </message>
        <message>
            <source>%1 [%2]</source>
            <translation>%1 [%2]</translation>
        </message>
        <message>
            <source>same name or codename and country as an existing defender</source>
            <translation>même nom ou nom de code et même pays qu'un·e défenseur·e existant·e</translation>
        </message>
        <message>
            <source>same defender, date and category as an existing incident</source>
            <translation>même défenseur·e, même date et même catégorie qu'un incident existant</translation>
        </message>
        <message numerus="yes">
            <source>Check that each column goes to the right field; the first %n row(s) are shown as they will be read.</source>
            <translation>
                <numerusform>Vérifiez que chaque colonne va dans le bon champ ; la première ligne est montrée telle qu'elle sera lue.</numerusform>
                <numerusform>Vérifiez que chaque colonne va dans le bon champ ; les %n premières lignes sont montrées telles qu'elles seront lues.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file cannot be imported as it is: %n problem(s) (nothing was changed). Correct them in the spreadsheet, or go Back and change how columns are matched.</source>
            <translation>
                <numerusform>Le fichier ne peut pas être importé tel quel : %n problème (rien n'a été modifié). Corrigez-le dans le tableur, ou revenez en arrière pour changer la correspondance des colonnes.</numerusform>
                <numerusform>Le fichier ne peut pas être importé tel quel : %n problèmes (rien n'a été modifié). Corrigez-les dans le tableur, ou revenez en arrière pour changer la correspondance des colonnes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are fine. To be created, in one step: %1.</source>
            <translation>
                <numerusform>La ligne est correcte. À créer, en une seule étape : %1.</numerusform>
                <numerusform>Les %n lignes sont correctes. À créer, en une seule étape : %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) look like records you already have; they are imported as new records unless you leave them out.</source>
            <translation>
                <numerusform>%n ligne ressemble à une fiche que vous avez déjà ; elle est importée comme nouvelle fiche sauf si vous la laissez de côté.</numerusform>
                <numerusform>%n lignes ressemblent à des fiches que vous avez déjà ; elles sont importées comme nouvelles fiches sauf si vous les laissez de côté.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n de plus</numerusform>
                <numerusform>… et %n de plus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) left out as duplicates.</source>
            <translation>
                <numerusform>%n ligne laissée de côté comme doublon.</numerusform>
                <numerusform>%n lignes laissées de côté comme doublons.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s) have this codename or name: give the codename</source>
            <translation>
                <numerusform>%n défenseur·e a ce nom de code ou ce nom : donnez le nom de code</numerusform>
                <numerusform>%n défenseur·es ont ce nom de code ou ce nom : donnez le nom de code</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n records (%1) of this row's defender have this %2: give the id</source>
            <translation>
                <numerusform>%n fiche (%1) du ou de la défenseur·e de cette ligne a ce %2 : donnez l'identifiant</numerusform>
                <numerusform>%n fiches (%1) du ou de la défenseur·e de cette ligne ont ce %2 : donnez l'identifiant</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Search everything</source>
            <translation>Tout rechercher</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender</source>
            <translation>Consigner un incident pour le/la défenseur·e sélectionné·e</translation>
        </message>
        <message>
            <source>Today: what needs attention (the start screen)</source>
            <translation>Aujourd'hui : ce qui demande attention (l'écran d'accueil)</translation>
        </message>
        <message>
            <source>Go to a section (Ctrl+1 shows the list of defenders)</source>
            <translation>Aller à une section (Ctrl+1 affiche la liste des défenseur·es)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Show or hide every hidden value in a form or on a page</source>
            <translation>Afficher ou masquer toutes les valeurs cachées d'un formulaire ou d'une page</translation>
        </message>
        <message>
            <source>Save a form; record a check-in as done</source>
            <translation>Enregistrer un formulaire ; marquer un point de contact comme fait</translation>
        </message>
        <message>
            <source>Tasks: mark the selected task done</source>
            <translation>Tâches : marquer la tâche sélectionnée comme faite</translation>
        </message>
        <message>
            <source>Close a form; back to the list from a defender's page</source>
            <translation>Fermer un formulaire ; revenir à la liste depuis la page d'un·e défenseur·e</translation>
        </message>
        <message>
            <source>Lock the vault</source>
            <translation>Verrouiller le coffre</translation>
        </message>
        <message>
            <source>Panic: lock and minimise at once</source>
            <translation>Panique : verrouiller et réduire immédiatement</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Quit (locks first)</source>
            <translation>Quitter (verrouille d'abord)</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Missed check-in with %1</source>
            <translation>Point de contact manqué avec %1</translation>
        </message>
        <message>
            <source>Missed check-in</source>
            <translation>Point de contact manqué</translation>
        </message>
        <message>
            <source>Check-in with %1</source>
            <translation>Point de contact avec %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <source>Visa expires</source>
            <translation>Expiration du visa</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Measure due</source>
            <translation>Mesure à mettre en place</translation>
        </message>
        <message>
            <source>Review measure</source>
            <translation>Mesure à réviser</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1 in the 90 before</source>
            <translation>%1 dans les 90 précédents</translation>
        </message>
        <message>
            <source>severity %1</source>
            <translation>gravité %1</translation>
        </message>
        <message>
            <source>, was %1</source>
            <translation>, était %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Open the selected line's record (Enter)</source>
            <translation>Ouvrir la fiche de la ligne sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>What needs attention: overdue first (a missed check-in stays until someone records a contact), then today and the next seven days. Enter opens a line.</source>
            <translation>Ce qui demande attention : d'abord le retard (un point de contact manqué reste jusqu'à ce que quelqu'un consigne un contact), puis aujourd'hui et les sept prochains jours. Entrée ouvre une ligne.</translation>
        </message>
        <message>
            <source>What needs attention</source>
            <translation>Ce qui demande attention</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Rien en retard.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Nothing due today.</source>
            <translation>Rien à faire aujourd'hui.</translation>
        </message>
        <message>
            <source>Next 7 days</source>
            <translation>7 prochains jours</translation>
        </message>
        <message>
            <source>Nothing due in the next seven days.</source>
            <translation>Rien à faire dans les sept prochains jours.</translation>
        </message>
        <message>
            <source>Threats escalating (last 30 days against the 90 before)</source>
            <translation>Menaces en hausse (30 derniers jours contre les 90 précédents)</translation>
        </message>
        <message>
            <source>No defender's threats are escalating.</source>
            <translation>Aucune menace en hausse.</translation>
        </message>
        <message>
            <source>Open incidents by category</source>
            <translation>Incidents ouverts par catégorie</translation>
        </message>
        <message>
            <source>No open incidents.</source>
            <translation>Aucun incident ouvert.</translation>
        </message>
        <message>
            <source>Stays in progress</source>
            <translation>Séjours en cours</translation>
        </message>
        <message>
            <source>%1, in stay since %2</source>
            <translation>%1, en séjour depuis le %2</translation>
        </message>
        <message>
            <source>No stay in progress.</source>
            <translation>Aucun séjour en cours.</translation>
        </message>
        <message>
            <source>Enter opens it</source>
            <translation>Entrée l'ouvre</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s) in the last 30 days</source>
            <translation>
                <numerusform>%n incident ces 30 derniers jours</numerusform>
                <numerusform>%n incidents ces 30 derniers jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>jusqu'au %1 (%n jour restant)</numerusform>
                <numerusform>jusqu'au %1 (%n jours restants)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Several fields</source>
            <translation>Plusieurs domaines</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Imprecise (date fits no single period)</source>
            <translation>Imprécis (date hors d'une seule période)</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Perpetrator type</source>
            <translation>Type d'auteur</translation>
        </message>
        <message>
            <source>Field of work</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Incidents counted once each, in the period that holds their whole date; a date that fits no single period (a year-only date counted by month) is counted as imprecise. Only defenders whose consent allows statistics are counted.</source>
            <translation>Chaque incident compte une seule fois, dans la période qui contient toute sa date ; une date qui ne tient dans aucune période (une année seule comptée par mois) est comptée comme imprécise. Seul·es les défenseur·es dont le consentement autorise les statistiques sont compté·es.</translation>
        </message>
        <message>
            <source>e.g. 2024 or 2024-01</source>
            <translation>ex. 2024 ou 2024-01</translation>
        </message>
        <message>
            <source>e.g. 2024-12</source>
            <translation>ex. 2024-12</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>(rien)</translation>
        </message>
        <message>
            <source>Every programme</source>
            <translation>Tous les programmes</translation>
        </message>
        <message>
            <source>Every defender (inside the office only: no export)</source>
            <translation>Tou·tes les défenseur·es (au bureau seulement : pas d'export)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Grouper par</translation>
        </message>
        <message>
            <source>Then by</source>
            <translation>Puis par</translation>
        </message>
        <message>
            <source>Chart of the counts</source>
            <translation>Graphique des comptes</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Comptes</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Autres</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Total : %1</translation>
        </message>
        <message>
            <source>Imprecise: %1</source>
            <translation>Imprécis : %1</translation>
        </message>
        <message>
            <source>Not counted (consent): %1</source>
            <translation>Non comptés (consentement) : %1</translation>
        </message>
        <message>
            <source>Every defender counted: not for use outside the office</source>
            <translation>Tou·tes les défenseur·es comptés : pas pour un usage hors du bureau</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Exporter les statistiques</translation>
        </message>
        <message>
            <source>The file will hold incident counts (no names, no descriptions) of defenders whose consent allows statistics. It is not encrypted, and hrd-desk keeps no copy: save it only where it may be read.</source>
            <translation>Le fichier contiendra des nombres d'incidents (ni noms ni descriptions) des défenseur·es dont le consentement autorise les statistiques. Il n'est pas chiffré et hrd-desk n'en garde aucune copie : enregistrez-le seulement là où il peut être lu.</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>Tous les incidents</translation>
        </message>
        <message>
            <source>Statistics · %1 · Office: %2</source>
            <translation>Statistiques · %1 · Bureau : %2</translation>
        </message>
        <message>
            <source>Incident statistics</source>
            <translation>Statistiques des incidents</translation>
        </message>
        <message>
            <source>the first record</source>
            <translation>première fiche</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>no grouping</source>
            <translation>sans regroupement</translation>
        </message>
        <message>
            <source>Incidents from %1 to %2, by %3</source>
            <translation>Incidents, période : %1 – %2, par %3</translation>
        </message>
        <message>
            <source>, programme %1</source>
            <translation>, programme %1</translation>
        </message>
        <message>
            <source>. Only defenders whose consent allows statistics are counted. An incident counts once, in the period that contains its whole date.</source>
            <translation>. Seul·es les défenseur·es dont le consentement autorise les statistiques sont compté·es. Un incident compte une fois, dans la période qui contient toute sa date.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Imprecise (date fits no single period): %1</source>
            <translation>Imprécis (date hors d'une seule période) : %1</translation>
        </message>
    </context>
    <context>
        <name>SyncFolder</name>
        <message>
            <source>Starting</source>
            <translation>Démarrage</translation>
        </message>
        <message>
            <source>Receiving</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>Sync when bundles arrive there (the folder is also checked every minute).</source>
            <translation>Synchroniser à l'arrivée de paquets (le dossier est aussi vérifié chaque minute).</translation>
        </message>
        <message>
            <source>Sync through a folder that another tool carries between offices: a Syncthing folder, a network share, or a USB stick. Each pair of offices has its own subfolder there, named by a code only the two can work out, so a partner that carries only its own subfolder sees nothing of the others. Each sync imports what colleagues left for this vault and leaves a sealed bundle for each verified colleague that has new changes to the records shared with them (nothing when there is nothing new). Unverified colleagues are never synced. File and folder names carry no names.</source>
            <translation>Synchronisez par un dossier qu'un autre outil transporte entre bureaux : un dossier Syncthing, un partage réseau ou une clé USB. Chaque paire de bureaux y a son propre sous-dossier, nommé par un code que seuls les deux peuvent calculer : un partenaire qui ne transporte que son sous-dossier ne voit rien des autres. Chaque synchronisation importe ce que les collègues ont laissé pour ce coffre et laisse un paquet scellé pour chaque collègue vérifié·e qui a de nouvelles modifications sur les fiches partagées avec lui/elle (rien quand il n'y a rien de nouveau). Les collègues non vérifié·es ne sont jamais synchronisé·es. Les noms de fichiers et de dossiers ne contiennent aucun nom.</translation>
        </message>
        <message>
            <source>Drop folder</source>
            <translation>Dossier de dépôt</translation>
        </message>
        <message>
            <source>No folder chosen yet.</source>
            <translation>Aucun dossier choisi pour l'instant.</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>Choisir le dossier…</translation>
        </message>
        <message>
            <source>Choose the drop folder</source>
            <translation>Choisir le dossier de dépôt</translation>
        </message>
        <message>
            <source>Watch this folder while the vault is unlocked</source>
            <translation>Surveiller ce dossier tant que le coffre est déverrouillé</translation>
        </message>
        <message>
            <source>Watch the drop folder while unlocked</source>
            <translation>Surveiller le dossier de dépôt tant que le coffre est déverrouillé</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <source>Receive and send through the drop folder now</source>
            <translation>Recevoir et envoyer maintenant par le dossier de dépôt</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Progression de la synchronisation</translation>
        </message>
        <message>
            <source>What the last sync did</source>
            <translation>Ce qu'a fait la dernière synchronisation</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>The drop folder %1 is not there right now (a USB stick or a network share not connected?). Nothing was synced.</source>
            <translation>Le dossier de dépôt %1 n'est pas disponible pour l'instant (clé USB ou partage réseau non connecté ?). Rien n'a été synchronisé.</translation>
        </message>
        <message>
            <source>Sync did not start</source>
            <translation>La synchronisation n'a pas démarré</translation>
        </message>
        <message>
            <source>Last checked %1 (automatically).</source>
            <translation>Dernière vérification %1 (automatique).</translation>
        </message>
        <message>
            <source>Last synced %1 (automatically).</source>
            <translation>Dernière synchronisation %1 (automatique).</translation>
        </message>
        <message>
            <source>Last synced %1.</source>
            <translation>Dernière synchronisation %1.</translation>
        </message>
        <message>
            <source>The sync at %1 did not finish.</source>
            <translation>La synchronisation de %1 ne s'est pas terminée.</translation>
        </message>
        <message>
            <source>Sync did not finish</source>
            <translation>La synchronisation ne s'est pas terminée</translation>
        </message>
    </context>
    <context>
        <name>TaskFilter</name>
        <message>
            <source>Open</source>
            <translation>Ouvertes</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faites</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulées</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Toutes les tâches</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>%1 to %2</source>
            <translation>du %1 au %2</translation>
        </message>
        <message>
            <source>%1, month not known</source>
            <translation>%1, mois inconnu</translation>
        </message>
        <message>
            <source>Incident timeline</source>
            <translation>Chronologie des incidents</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>(family targeted) %1</source>
            <translation>(famille visée) %1</translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Titles</name>
        <message>
            <source>likelihood %1</source>
            <translation>probabilité %1</translation>
        </message>
        <message>
            <source>impact %1</source>
            <translation>impact %1</translation>
        </message>
        <message>
            <source>level %1</source>
            <translation>niveau %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Related person (%1)</source>
            <translation>Proche (%1)</translation>
        </message>
        <message>
            <source>Related person</source>
            <translation>Proche</translation>
        </message>
        <message>
            <source>Case: %1</source>
            <translation>Dossier : %1</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Incident: %1</source>
            <translation>Incident : %1</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incident</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Stay from %1</source>
            <translation>Séjour à partir du %1</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Séjour</translation>
        </message>
        <message>
            <source>Check-in due %1</source>
            <translation>Point de contact prévu le %1</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <source>Risk assessment, %1</source>
            <translation>Évaluation des risques, %1</translation>
        </message>
        <message>
            <source>Risk assessment</source>
            <translation>Évaluation des risques</translation>
        </message>
        <message>
            <source>Risk item</source>
            <translation>Élément de risque</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Training participant</source>
            <translation>Participant·e à une formation</translation>
        </message>
        <message>
            <source>Advocacy action</source>
            <translation>Action de plaidoyer</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Show passphrase</source>
            <translation>Afficher la phrase secrète</translation>
        </message>
        <message>
            <source>Show or hide the passphrase as you type</source>
            <translation>Afficher ou masquer la phrase secrète pendant la saisie</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Unlock your vault</source>
            <translation>Déverrouiller votre coffre</translation>
        </message>
        <message>
            <source>Enter the passphrase, or the recovery code if the vault has one.</source>
            <translation>Saisissez la phrase secrète, ou le code de récupération si le coffre en a un.</translation>
        </message>
        <message>
            <source>Passphrase or recovery code</source>
            <translation>Phrase secrète ou code de récupération</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Emergency wipe…</source>
            <translation>Effacement d'urgence…</translation>
        </message>
        <message>
            <source>Emergency wipe</source>
            <translation>Effacement d'urgence</translation>
        </message>
        <message>
            <source>Destroy this vault for good (asks first)</source>
            <translation>Détruire ce coffre définitivement (demande d'abord)</translation>
        </message>
        <message>
            <source>Use recovery shares…</source>
            <translation>Utiliser des parts de récupération…</translation>
        </message>
        <message>
            <source>Use recovery shares</source>
            <translation>Utiliser des parts de récupération</translation>
        </message>
        <message>
            <source>Open the vault with enough shares of its recovery code</source>
            <translation>Ouvrir le coffre avec assez de parts de son code de récupération</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Why the vault locked</source>
            <translation>Pourquoi le coffre s'est verrouillé</translation>
        </message>
        <message>
            <source>That passphrase did not open the vault. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>Cette phrase secrète n'a pas ouvert le coffre. Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
        </message>
        <message>
            <source>This vault cannot be opened: %1. Nothing was changed. If you have a backup of the vault folder, restore it; otherwise ask the person who supports your office. Do not delete the folder.</source>
            <translation>Ce coffre ne peut pas être ouvert : %1. Rien n'a été modifié. Si vous avez une sauvegarde du dossier du coffre, restaurez-la ; sinon, demandez conseil à la personne qui assure le support de votre bureau. Ne supprimez pas le dossier.</translation>
        </message>
        <message>
            <source>Create your vault</source>
            <translation>Créer votre coffre</translation>
        </message>
        <message>
            <source>Everything you record is kept in this vault, encrypted on this computer. Choose a passphrase you will use to open it.</source>
            <translation>Tout ce que vous enregistrez est conservé dans ce coffre, chiffré sur cet ordinateur. Choisissez la phrase secrète qui servira à l'ouvrir.</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Répéter la phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase strength</source>
            <translation>Robustesse de la phrase secrète</translation>
        </message>
        <message>
            <source>There is no way to recover a lost passphrase. If it is forgotten, everything in this vault is lost for good: nobody can open it, not your colleagues and not the people who make hrd-desk. Write it down and keep it somewhere safe, away from this computer. Once the vault is open you can also make a recovery code (Vault &gt; Security).</source>
            <translation>Il est impossible de récupérer une phrase secrète perdue. Si elle est oubliée, tout ce que contient ce coffre est perdu pour de bon : personne ne peut l'ouvrir, ni vos collègues ni les personnes qui développent hrd-desk. Notez-la et gardez-la en lieu sûr, loin de cet ordinateur. Une fois le coffre ouvert, vous pouvez aussi créer un code de récupération (Coffre &gt; Sécurité).</translation>
        </message>
        <message>
            <source>Warning: a lost passphrase cannot be recovered</source>
            <translation>Attention : une phrase secrète perdue ne peut pas être récupérée</translation>
        </message>
        <message>
            <source>I understand that it cannot be recovered</source>
            <translation>Je comprends qu'elle ne peut pas être récupérée</translation>
        </message>
        <message>
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>Je comprends qu'une phrase secrète perdue ne peut pas être récupérée</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation>Quatre mots aléatoires ou plus font une phrase secrète forte et facile à retenir.</translation>
        </message>
        <message>
            <source>The passphrases match.</source>
            <translation>Les phrases secrètes correspondent.</translation>
        </message>
        <message>
            <source>The passphrases do not match yet.</source>
            <translation>Les phrases secrètes ne correspondent pas encore.</translation>
        </message>
        <message>
            <source>Creating the vault and tuning it to this computer. This takes a few seconds.</source>
            <translation>Création du coffre et réglage pour cet ordinateur. Cela prend quelques secondes.</translation>
        </message>
        <message>
            <source>Opening the vault. This takes a second or two.</source>
            <translation>Ouverture du coffre. Cela prend une ou deux secondes.</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <source>This %1 has changes that are not saved. Close it and discard them?</source>
            <translation>Cette fiche (%1) a des modifications non enregistrées. La fermer et les abandonner ?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Continuer la saisie</translation>
        </message>
    </context>
    <context>
        <name>VaultMaintenance</name>
        <message>
            <source>Keyslot file</source>
            <translation>Fichier d'emplacement de clé</translation>
        </message>
        <message>
            <source>Passphrase opens the vault key</source>
            <translation>La phrase secrète ouvre la clé du coffre</translation>
        </message>
        <message>
            <source>Database opens</source>
            <translation>La base de données s'ouvre</translation>
        </message>
        <message>
            <source>Every page is intact (encryption checksums)</source>
            <translation>Chaque page est intacte (sommes de contrôle du chiffrement)</translation>
        </message>
        <message>
            <source>Database structure</source>
            <translation>Structure de la base de données</translation>
        </message>
        <message>
            <source>Audit trail is unbroken</source>
            <translation>Le journal d'audit est intact</translation>
        </message>
        <message>
            <source>Four or more random words make a strong, memorable passphrase.</source>
            <translation>Quatre mots aléatoires ou plus font une phrase secrète forte et facile à retenir.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The new passphrases do not match yet.</source>
            <translation>Les nouvelles phrases secrètes ne correspondent pas encore.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>The vault locks for a few seconds while it is re-encrypted for the new passphrase (open forms are kept as drafts), then opens again. There is still no way to recover a lost passphrase: write the new one down and keep it somewhere safe, away from this computer.</source>
            <translation>Le coffre se verrouille quelques secondes le temps d'être rechiffré pour la nouvelle phrase secrète (les formulaires ouverts sont gardés en brouillon), puis se rouvre. Il n'existe toujours aucun moyen de récupérer une phrase secrète perdue : notez la nouvelle et gardez-la en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Répéter la nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Vault integrity</source>
            <translation>Intégrité du coffre</translation>
        </message>
        <message>
            <source>Every check passed. The vault is intact.</source>
            <translation>Toutes les vérifications ont réussi. Le coffre est intact.</translation>
        </message>
        <message>
            <source>Integrity checks</source>
            <translation>Vérifications d'intégrité</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Réussie</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>%n check(s) failed. Do not delete anything; keep a copy of the vault folder and ask the person who supports your office.</source>
            <translation>
                <numerusform>%n vérification a échoué. Ne supprimez rien ; gardez une copie du dossier du coffre et demandez conseil à la personne qui assure le support de votre bureau.</numerusform>
                <numerusform>%n vérifications ont échoué. Ne supprimez rien ; gardez une copie du dossier du coffre et demandez conseil à la personne qui assure le support de votre bureau.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Physical harassment and direct threats</source>
            <translation>Harcèlement physique et menaces directes</translation>
        </message>
        <message>
            <source>Digital surveillance and online threats</source>
            <translation>Surveillance numérique et menaces en ligne</translation>
        </message>
        <message>
            <source>Threats to family members</source>
            <translation>Menaces contre des proches</translation>
        </message>
        <message>
            <source>Phone surveillance and SMS threats</source>
            <translation>Surveillance téléphonique et menaces par SMS</translation>
        </message>
        <message>
            <source>Obstruction through laws and courts</source>
            <translation>Entraves par les lois et les tribunaux</translation>
        </message>
        <message>
            <source>Defamation and stigmatisation</source>
            <translation>Diffamation et stigmatisation</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Assessing</source>
            <translation>En évaluation</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>State security forces</source>
            <translation>Forces de sécurité de l'État</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>Judiciary</source>
            <translation>Justice</translation>
        </message>
        <message>
            <source>Other state officials</source>
            <translation>Autres agents de l'État</translation>
        </message>
        <message>
            <source>Pro-government groups</source>
            <translation>Groupes progouvernementaux</translation>
        </message>
        <message>
            <source>Non-state armed groups</source>
            <translation>Groupes armés non étatiques</translation>
        </message>
        <message>
            <source>Corporations or their security</source>
            <translation>Entreprises ou leur sécurité</translation>
        </message>
        <message>
            <source>Private individuals</source>
            <translation>Particuliers</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Land and environment</source>
            <translation>Terre et environnement</translation>
        </message>
        <message>
            <source>Journalism and media</source>
            <translation>Journalisme et médias</translation>
        </message>
        <message>
            <source>LGBTI rights</source>
            <translation>Droits LGBTI</translation>
        </message>
        <message>
            <source>Women's rights</source>
            <translation>Droits des femmes</translation>
        </message>
        <message>
            <source>Labour rights</source>
            <translation>Droits du travail</translation>
        </message>
        <message>
            <source>Indigenous rights</source>
            <translation>Droits des peuples autochtones</translation>
        </message>
        <message>
            <source>Anti-corruption</source>
            <translation>Lutte contre la corruption</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Aide juridique</translation>
        </message>
        <message>
            <source>Civil and political rights</source>
            <translation>Droits civils et politiques</translation>
        </message>
        <message>
            <source>Police accountability</source>
            <translation>Responsabilité de la police</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <source>Training course</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Emergency support</source>
            <translation>Soutien d'urgence</translation>
        </message>
        <message>
            <source>Advocacy</source>
            <translation>Plaidoyer</translation>
        </message>
        <message>
            <source>UN mechanism</source>
            <translation>Mécanisme de l'ONU</translation>
        </message>
        <message>
            <source>Embassy</source>
            <translation>Ambassade</translation>
        </message>
        <message>
            <source>National human rights institution</source>
            <translation>Institution nationale des droits humains</translation>
        </message>
        <message>
            <source>Police oversight body</source>
            <translation>Organe de contrôle de la police</translation>
        </message>
        <message>
            <source>Courts</source>
            <translation>Tribunaux</translation>
        </message>
        <message>
            <source>Regional mechanism (such as the African Commission)</source>
            <translation>Mécanisme régional (comme la Commission africaine)</translation>
        </message>
        <message>
            <source>Protection NGO</source>
            <translation>ONG de protection</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <source>Urgent appeal</source>
            <translation>Appel urgent</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En personne</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <source>Messaging app</source>
            <translation>Messagerie instantanée</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Réseaux sociaux</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Through family</source>
            <translation>Par la famille</translation>
        </message>
        <message>
            <source>Legal or administrative act</source>
            <translation>Acte juridique ou administratif</translation>
        </message>
        <message>
            <source>Nothing worrying</source>
            <translation>Rien d'inquiétant</translation>
        </message>
        <message>
            <source>Something worrying raised</source>
            <translation>Inquiétude signalée</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Appel vidéo</translation>
        </message>
        <message>
            <source>Secure message</source>
            <translation>Message sécurisé</translation>
        </message>
        <message>
            <source>Not recorded yet: nothing about them leaves this vault</source>
            <translation>Pas encore consigné : rien sur cette personne ne quitte ce coffre</translation>
        </message>
        <message>
            <source>None: nothing about them leaves this vault</source>
            <translation>Aucun : rien sur cette personne ne quitte ce coffre</translation>
        </message>
        <message>
            <source>Colleagues: named colleagues of the programme</source>
            <translation>Collègues : collègues nommément désigné·es du programme</translation>
        </message>
        <message>
            <source>Partners: redacted partner reports</source>
            <translation>Partenaires : rapports expurgés pour les partenaires</translation>
        </message>
        <message>
            <source>Public: anonymised statistics</source>
            <translation>Public : statistiques anonymisées</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Écrit</translation>
        </message>
        <message>
            <source>Verbal</source>
            <translation>Oral</translation>
        </message>
        <message>
            <source>Through a representative</source>
            <translation>Par un·e représentant·e</translation>
        </message>
        <message>
            <source>EU institution</source>
            <translation>Institution de l'UE</translation>
        </message>
        <message>
            <source>NGO</source>
            <translation>ONG</translation>
        </message>
        <message>
            <source>Journalist</source>
            <translation>Journaliste</translation>
        </message>
        <message>
            <source>Lawyer</source>
            <translation>Avocat·e</translation>
        </message>
        <message>
            <source>The defender</source>
            <translation>Le/la défenseur·e</translation>
        </message>
        <message>
            <source>A relative</source>
            <translation>Un·e proche parent·e</translation>
        </message>
        <message>
            <source>A partner organisation</source>
            <translation>Une organisation partenaire</translation>
        </message>
        <message>
            <source>Own observation</source>
            <translation>Observation directe</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>En suivi</translation>
        </message>
        <message>
            <source>Preventive</source>
            <translation>Préventive</translation>
        </message>
        <message>
            <source>Emergency protocol</source>
            <translation>Protocole d'urgence</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Enfant</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>Sibling</source>
            <translation>Frère ou sœur</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Autre membre de la famille</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Collègue</translation>
        </message>
        <message>
            <source>Threat</source>
            <translation>Menace</translation>
        </message>
        <message>
            <source>Vulnerability</source>
            <translation>Vulnérabilité</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Capacité</translation>
        </message>
        <message>
            <source>1: harassment or intimidation</source>
            <translation>1 : harcèlement ou intimidation</translation>
        </message>
        <message>
            <source>2: indirect threat</source>
            <translation>2 : menace indirecte</translation>
        </message>
        <message>
            <source>3: direct threat</source>
            <translation>3 : menace directe</translation>
        </message>
        <message>
            <source>4: threat with capability shown (surveillance, following, raid, account takeover)</source>
            <translation>4 : menace avec capacité démontrée (surveillance, filature, descente, piratage de compte)</translation>
        </message>
        <message>
            <source>5: attack, detention, abduction, or imminent threat to life</source>
            <translation>5 : agression, détention, enlèvement ou menace imminente pour la vie</translation>
        </message>
        <message>
            <source>Death threat</source>
            <translation>Menace de mort</translation>
        </message>
        <message>
            <source>Shelter City relocation</source>
            <translation>Relocalisation Shelter City</translation>
        </message>
        <message>
            <source>Assault</source>
            <translation>Agression</translation>
        </message>
        <message>
            <source>Following or stalking</source>
            <translation>Filature ou traque</translation>
        </message>
        <message>
            <source>Raid on home or office</source>
            <translation>Descente au domicile ou au bureau</translation>
        </message>
        <message>
            <source>Arrest or detention</source>
            <translation>Arrestation ou détention</translation>
        </message>
        <message>
            <source>Abduction</source>
            <translation>Enlèvement</translation>
        </message>
        <message>
            <source>Account takeover</source>
            <translation>Piratage de compte</translation>
        </message>
        <message>
            <source>Spyware</source>
            <translation>Logiciel espion</translation>
        </message>
        <message>
            <source>Phishing</source>
            <translation>Hameçonnage</translation>
        </message>
        <message>
            <source>Doxxing</source>
            <translation>Divulgation de données personnelles (doxxing)</translation>
        </message>
        <message>
            <source>Online smear campaign</source>
            <translation>Campagne de dénigrement en ligne</translation>
        </message>
        <message>
            <source>Hate speech</source>
            <translation>Discours de haine</translation>
        </message>
        <message>
            <source>Device seizure</source>
            <translation>Saisie d'appareils</translation>
        </message>
        <message>
            <source>Threats to children or partner</source>
            <translation>Menaces contre les enfants ou le/la partenaire</translation>
        </message>
        <message>
            <source>Harassment of relatives</source>
            <translation>Harcèlement de proches</translation>
        </message>
        <message>
            <source>Pressure on employer of relative</source>
            <translation>Pressions sur l'employeur d'un proche</translation>
        </message>
        <message>
            <source>Threatening SMS or calls</source>
            <translation>SMS ou appels menaçants</translation>
        </message>
        <message>
            <source>Interception</source>
            <translation>Interception des communications</translation>
        </message>
        <message>
            <source>SIM swap</source>
            <translation>Détournement de carte SIM</translation>
        </message>
        <message>
            <source>Location tracking</source>
            <translation>Suivi de localisation</translation>
        </message>
        <message>
            <source>Restricted foreign funding</source>
            <translation>Restrictions des financements étrangers</translation>
        </message>
        <message>
            <source>Anti-terrorism charges</source>
            <translation>Poursuites pour terrorisme</translation>
        </message>
        <message>
            <source>Foreign-agent registration</source>
            <translation>Enregistrement comme « agent de l'étranger »</translation>
        </message>
        <message>
            <source>Travel ban</source>
            <translation>Interdiction de voyager</translation>
        </message>
        <message>
            <source>Office closure</source>
            <translation>Fermeture des bureaux</translation>
        </message>
        <message>
            <source>Judicial harassment</source>
            <translation>Harcèlement judiciaire</translation>
        </message>
        <message>
            <source>Labelled "Western agent"</source>
            <translation>Qualifié·e d'« agent de l'Occident »</translation>
        </message>
        <message>
            <source>Smear in state media</source>
            <translation>Dénigrement dans les médias d'État</translation>
        </message>
        <message>
            <source>Criminal defamation suit</source>
            <translation>Plainte pénale pour diffamation</translation>
        </message>
        <message>
            <source>Digital security</source>
            <translation>Sécurité numérique</translation>
        </message>
        <message>
            <source>Physical security</source>
            <translation>Sécurité physique</translation>
        </message>
        <message>
            <source>Networking</source>
            <translation>Réseautage</translation>
        </message>
        <message>
            <source>Reporting human rights abuses</source>
            <translation>Signalement des atteintes aux droits humains</translation>
        </message>
        <message>
            <source>Policy influencing</source>
            <translation>Influence sur les politiques</translation>
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
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Manqué</translation>
        </message>
    </context>
    <context>
        <name>Vocab/relocation</name>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Travelling</source>
            <translation>En voyage</translation>
        </message>
        <message>
            <source>In stay</source>
            <translation>En séjour</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Rentré·e</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planification</translation>
        </message>
        <message>
            <source>Visa applied</source>
            <translation>Visa demandé</translation>
        </message>
        <message>
            <source>Visa granted</source>
            <translation>Visa accordé</translation>
        </message>
        <message>
            <source>Visa refused</source>
            <translation>Visa refusé</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrivé·e</translation>
        </message>
    </context>
    <context>
        <name>Vocab/risk_assessment</name>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
    </context>
    <context>
        <name>Vocab/security_measure</name>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>En place</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Caduque</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonnée</translation>
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
            <translation>Élevée</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Names, places, descriptions (Ctrl+F)</source>
            <translation>Noms, lieux, descriptions (Ctrl+F)</translation>
        </message>
        <message>
            <source>Results appear as you type; Enter goes to them, Escape empties the field</source>
            <translation>Les résultats apparaissent pendant la saisie ; Entrée y mène, Échap vide le champ</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Tout rechercher</translation>
        </message>
        <message>
            <source>Log incident</source>
            <translation>Consigner un incident</translation>
        </message>
        <message>
            <source>Log an incident for the selected defender (Ctrl+N)</source>
            <translation>Consigner un incident pour le/la défenseur·e sélectionné·e (Ctrl+N)</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
        </message>
        <message>
            <source>This kind of record cannot be opened here yet.</source>
            <translation>Ce type de fiche ne peut pas encore être ouvert ici.</translation>
        </message>
        <message>
            <source>Search is not available in this version yet.</source>
            <translation>La recherche n'est pas encore disponible dans cette version.</translation>
        </message>
    </context>
    <context>
        <name>KindCount</name>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n fiche</numerusform>
                <numerusform>%n fiches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n défenseur·e</numerusform>
                <numerusform>%n défenseur·es</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n related person(s)</source>
            <translation>
                <numerusform>%n proche</numerusform>
                <numerusform>%n proches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n incident</numerusform>
                <numerusform>%n incidents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s)</source>
            <translation>
                <numerusform>%n séjour</numerusform>
                <numerusform>%n séjours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n tâche</numerusform>
                <numerusform>%n tâches</numerusform>
            </translation>
        </message>
    </context>
</TS>
