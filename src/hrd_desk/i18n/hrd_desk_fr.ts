<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
            <source>This is required.</source>
            <translation>Ce champ est obligatoire.</translation>
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
            <source>Scheduled</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Manqué</translation>
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
            <source>Planned</source>
            <translation>Prévu</translation>
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
            <translation>Annulée</translation>
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
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critique</translation>
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
            <translation>Arrivé·e le</translation>
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
