<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>Column</name>
        <message>
            <source>Defender</source>
            <translation>Défenseur·e</translation>
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
            <source>Open incidents</source>
            <translation>Incidents ouverts</translation>
        </message>
        <message>
            <source>Severity (90 days)</source>
            <translation>Gravité (90 jours)</translation>
        </message>
        <message>
            <source>Active case</source>
            <translation>Dossier actif</translation>
        </message>
        <message>
            <source>Case status</source>
            <translation>Statut du dossier</translation>
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
        <name>ExchangeSummaries</name>
        <message>
            <source>Not every part of this bundle is here (%1). Put all the parts in the same folder, then choose any one of them again.

Nothing in this vault was changed.</source>
            <translation>Toutes les parties de ce paquet ne sont pas là (%1). Mettez toutes les parties dans le même dossier, puis choisissez à nouveau l’une d’entre elles.

Rien n’a été modifié dans ce coffre.</translation>
        </message>
        <message>
            <source>Written in %1 parts: %2</source>
            <translation>Écrit en %1 parties : %2</translation>
        </message>
        <message>
            <source>Carry every part. Your colleague imports any one of them once all are in the same folder.</source>
            <translation>Transmettez toutes les parties. Votre collègue importe l’une d’entre elles une fois qu’elles sont toutes dans le même dossier.</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
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
            <source>Task</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Séjour</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
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
        <name>ImportFlow</name>
        <message>
            <source>A bundle that came in several parts (NAME.part1of3 and so on): put every part in one folder and choose any one of them.</source>
            <translation>Un paquet arrivé en plusieurs parties (NOM.part1of3, etc.) : mettez toutes les parties dans un même dossier et choisissez l’une d’entre elles.</translation>
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
            <source>Delete…</source>
            <translation>Supprimer…</translation>
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
            <source>Spreadsheet imports…</source>
            <translation>Imports de tableurs…</translation>
        </message>
        <message>
            <source>Undo a spreadsheet import as a whole, or bring it back</source>
            <translation>Annuler un import de tableur en bloc, ou le rétablir</translation>
        </message>
        <message numerus="yes">
            <source>%n defender(s)</source>
            <translation>
                <numerusform>%n défenseur·e</numerusform>
                <numerusform>%n défenseur·es</numerusform>
            </translation>
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
        <name>Reports</name>
        <message>
            <source>Choose where…</source>
            <translation>Choisir où…</translation>
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
            <source>Opening the vault. This takes a second or two.</source>
            <translation>Ouverture du coffre. Cela prend une ou deux secondes.</translation>
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
            <source>Relocation</source>
            <translation>Relocalisation</translation>
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
            <source>Death threat</source>
            <translation>Menace de mort</translation>
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
            <source>Lawyer</source>
            <translation>Avocat·e</translation>
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
    </context>
</TS>
