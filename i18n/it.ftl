# waymark UI messages, Italian (italiano). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = Vai al contenuto
nav-main = Navigazione principale
nav-journeys = Percorsi
nav-plan = Piano
nav-ownership = Responsabilità
nav-backlog = Da gestire
nav-register = Registro
nav-changes = Modifiche
search-label = Cerca nel sito
search-placeholder = Cerca percorsi, punti di contatto…
search-button = Cerca
search-form-label = Sito
market-banner-before = Mercato
market-banner-after = : questo sito mostra i percorsi attivi in { $market } e solo i contenuti approvati per questo mercato.
footer-as-of-before = Dati aggiornati al
footer-as-of-after = . Revisioni in ritardo, approvazioni scadute e scadenze sono calcolate rispetto a questa data.
footer-commit-before = Generato dal commit
footer-commit-after = del { $date }.
footer-commit-after-dirty = del { $date }, con modifiche non registrate in un commit.
footer-built-with = Generato con waymark { $version } · carattere Inter con licenza
footer-font-license = SIL Open Font License
breadcrumb = Percorso di navigazione

## Shared labels
label-journeys = Percorsi
label-personas = Personas
label-persona = Persona
label-journey = Percorso
label-stage = Fase
label-stages = Fasi
label-touchpoint = Punto di contatto
label-touchpoints = Punti di contatto
label-channel = Canale
label-channels = Canali
label-owner = Responsabile
label-status = Stato
label-due = Scadenza
label-type = Tipo
label-item = Elemento
label-segment = Segmento
label-scope = Ambito
label-goal = Obiettivo
label-role = Ruolo
label-kind = Categoria
label-buying-role = Ruolo d’acquisto
label-markets = Mercati
label-market = Mercato
label-all-markets = Tutti i mercati
label-all-statuses = Tutti gli stati
label-download = Scarica
label-last-changed = Ultima modifica
label-evidence = Evidenze
label-severity = Gravità
label-pain-point = Criticità
label-pain-points = Criticità
label-opportunity = Opportunità
label-opportunities = Opportunità
label-content = Contenuti
label-content-planned = Contenuti previsti
label-code = Codice
label-version = Versione
label-asset = Materiale
label-assets = Materiali
label-title = Titolo
label-format = Formato
label-reviewed-by = Revisionato da
label-approved = Approvato
label-expires = Scade il
label-expired = Scaduto
label-days-left = Giorni rimanenti
label-products = Prodotti
label-id = ID
label-gaps = Lacune
label-expired-approvals = Approvazioni scadute
label-overdue = In ritardo
label-actions = Azioni
label-questions = Domande
label-feelings = Sensazioni
label-decision-moments = Momenti decisionali
label-handoffs = Passaggi di consegne
label-metrics = Metriche
label-metric = Metrica
label-target = Obiettivo
label-current = Attuale
label-narrative = Narrazione
label-history = Cronologia
label-health = Stato di salute
label-views = Viste
label-content-plan = Piano dei contenuti
label-review-register = Registro delle approvazioni
label-journey-map = Mappa del percorso
label-all = tutti
label-none-recorded = Nessun dato registrato.
label-not-stated = non indicato
label-never = mai
label-uncommitted-edits = modifiche non registrate in un commit
label-on-or-before = entro il
label-no-date = senza data
label-unused = inutilizzato
label-gap = lacuna
label-not-active = non attivo
label-approval-expired = approvazione scaduta
label-via-touchpoint = tramite punto di contatto
label-via-touchpoint-title = Referenziato da un punto di contatto di questa fase
label-to-validate = Da validare
label-no-owner = Nessun responsabile
label-needs-owner = serve un responsabile
label-emotion-at-step = emozione in questo passaggio
label-days-overdue = { $days } gg di ritardo
label-n-overdue = { $n } in ritardo
label-days-ago = { $days } fa

## Values of the model's fields
state-as-is = attuale
state-to-be = futuro
status-idea = idea
status-planned = pianificato
status-in-progress = in lavorazione
status-in-review = in revisione
status-approved = approvato
status-published = pubblicato
status-retired = ritirato
severity-low = bassa
severity-medium = media
severity-high = alta
opp-idea = idea
opp-planned = pianificata
opp-in-progress = in corso
opp-blocked = bloccata
opp-done = completata
opp-dropped = abbandonata
confidence-hypothesis = ipotesi
confidence-known = accertato
kind-opportunity = opportunità
kind-pain-point = criticità
buying-role-decision-maker = decisore
buying-role-influencer = influenzatore
buying-role-approver = approvatore
buying-role-gatekeeper = filtro
buying-role-user = utilizzatore
buying-role-champion = sostenitore
emotion-very-negative = molto negativa
emotion-negative = negativa
emotion-neutral = neutra
emotion-positive = positiva
emotion-very-positive = molto positiva

## Badges
badge-overdue = in ritardo
badge-no-owner = senza responsabile
badge-review-overdue = revisione in ritardo
badge-healthy = in buono stato
badge-changed-since-review = modificato dopo la revisione
badge-expired = scaduto
badge-expiring = in scadenza
badge-no-reference = senza riferimento
badge-no-code = senza codice
badge-stage-without-touchpoints = fase senza punti di contatto
badge-review-up-to-date = revisione aggiornata
badge-review-overdue-days = { $days } gg
count-unowned = senza responsabile
count-unowned-touchpoints = { $n ->
    [one] punto di contatto senza responsabile
   *[other] punti di contatto senza responsabile
}
count-content-gaps = { $n ->
    [one] lacuna di contenuto
   *[other] lacune di contenuto
}
count-gaps = { $n ->
    [one] lacuna
   *[other] lacune
}
count-hypotheses = { $n ->
    [one] ipotesi
   *[other] ipotesi
}
count-expired-approvals = { $n ->
    [one] approvazione scaduta
   *[other] approvazioni scadute
}
count-approvals-expiring = { $n ->
    [one] approvazione in scadenza
   *[other] approvazioni in scadenza
}
count-published-without-approval = pubblicato senza approvazione
count-market-mismatches = { $n ->
    [one] incongruenza di mercato
   *[other] incongruenze di mercato
}
count-claims-without-reference = { $n ->
    [one] affermazione senza riferimento
   *[other] affermazioni senza riferimento
}

## Index
index-title = Percorsi
index-summary = Riepilogo del sito
index-content-assets = Materiali di contenuto
index-content-gaps = Lacune di contenuto
index-approvals-expiring = Approvazioni in scadenza
index-unowned-items = Elementi senza responsabile
index-backlog-items = Elementi da gestire
index-n-overdue = ({ $n } in ritardo)
index-empty-journeys-before = Ancora nessun percorso. Aggiungi un file in
index-empty-journeys-after = .
index-empty-personas-before = Ancora nessuna persona. Aggiungi un file in
index-empty-personas-after = .
index-markets-note = (il piano dei contenuti visto da ciascun mercato)
index-reviewed = Revisionato
index-next-review = Prossima revisione
index-improves-on = Migliora
index-details = Dettaglia
index-rolled-up = Conteggi inclusi i sotto-percorsi: { $n }
index-health = Stato di salute
index-view-plan = materiali per fase e persona, lacune e inventario dei contenuti
index-view-register = ogni materiale con codice, versione, mercati, approvazione e scadenza, prima quelli in scadenza più vicina
index-view-ownership = punti di contatto e criticità per team responsabile
index-view-backlog = opportunità e criticità di gravità alta per responsabile e scadenza

## Journey page
journey-review = Revisione
journey-reviewed-every = Revisionato il { $date }, ogni { $days } giorni; prossima revisione il { $next }
journey-never-reviewed = Mai revisionato
journey-on-or-before = Entro il
journey-last-change-before = { $date } in
journey-last-change-after = «{ $subject }»
journey-revisions = { $n ->
    [one] { $n } modifica
   *[other] { $n } modifiche
}
journey-shallow = o più (clone superficiale)
journey-history-link = cronologia
journey-baseline = Situazione di partenza (attuale)
journey-to-be-maps = Mappe dello stato futuro
journey-sub-journeys = Sotto-percorsi
journey-views = Viste
view-master = Mappa completa (versione master)
view-badge = Vista: { $name }
view-lead = Questa è la vista «{ $name }» della mappa: una versione più breve che ne lascia fuori una parte.
view-master-link = Apri la mappa completa
view-lanes = Corsie
view-all = Tutto
view-hypotheses = Ipotesi
view-left-out = Non in questa vista
compare-title = Stato attuale e futuro
compare-chart-title = Emozione, stato attuale e futuro
compare-legend = Legenda
compare-as-is = Attuale
compare-to-be = Futuro
compare-stage-added = Nuova fase
compare-stage-removed = Non nella mappa futura
compare-link = Confronta con la mappa attuale
compare-compared-in = Confrontata con
compare-against = rispetto alla situazione di partenza
compare-changes = Cosa cambia la mappa futura
compare-no-changes = Nessuna modifica in questa fase.
compare-emotion = Emozione
compare-metrics = Metriche
compare-metric = Metrica
compare-metric-as-is = Valore attuale
compare-metric-to-be = Obiettivo futuro
compare-not-recorded = non rilevato
compare-effect-added = Aggiunto
compare-effect-removed = Rimosso
compare-effect-resolved = Risolto
compare-effect-new-pain = Nuovo punto critico
compare-effect-changed = Modificato
compare-persona = Persona
compare-change = Variazione
journey-none-listed = nessuna indicata
journey-no-findings = Nessun rilievo.
journey-findings = { $n ->
    [one] { $n } rilievo
   *[other] { $n } rilievi
}
journey-stages-nav = Fasi
journey-diagram = Diagramma del percorso
journey-stakeholder-map = Mappa degli stakeholder
journey-no-touchpoints = Nessun punto di contatto.
journey-handoff-to = a
journey-history-empty-before = Nessuna modifica a questa mappa tra i commit della
journey-history-empty-after = .
journey-change-history = cronologia delle modifiche

## Persona page
persona-goals = Obiettivi
persona-needs = Bisogni
persona-questions = Domande
persona-blockers = Ostacoli
persona-no-journeys = Questa persona non compare ancora in nessun percorso.
persona-enters-at-before = Entra nella fase
persona-enters-at-after = .
persona-listed-inactive = Indicata, ma non attiva in nessuna fase.
persona-not-listed-before = Attiva in alcune fasi, ma il percorso non la elenca nel campo
persona-not-listed-after = .
persona-feeling = Sensazione
persona-does-and-asks = Cosa fa e cosa chiede
persona-question = «{ $question }»
persona-file-history-before = { $date } (
persona-file-history-after = , { $revisions ->
    [one] { $revisions } modifica
   *[other] { $revisions } modifiche
})

## Content plan
plan-title = Piano dei contenuti
plan-heading-market = — mercato
plan-lead = Materiali di contenuto per fase del percorso e persona. Una lacuna è una fase in cui un ruolo è attivo e nessuno ha previsto contenuti per esso; le celle «non attivo» sono fasi a cui il ruolo non partecipa.
plan-market-lead = Solo i percorsi attivi in { $market } e i materiali approvati per { $market }: una cella coperta altrove dal materiale di un altro mercato qui è una lacuna.
plan-by-market = Piano dei contenuti per mercato
plan-status-legend = Legenda degli stati
plan-gaps-in-cells = { $gaps ->
    [one] { $gaps } lacuna
   *[other] { $gaps } lacune
} in { $cells ->
    [one] { $cells } cella
   *[other] { $cells } celle
}
plan-no-matrix-personas = Questo percorso non indica personas, quindi non c’è alcuna matrice.
plan-no-matrix-stages = Questo percorso non indica fasi, quindi non c’è alcuna matrice.
plan-not-active-title = Questo ruolo non è attivo in questa fase
plan-inventory = Inventario dei contenuti
plan-empty-inventory-before = Ancora nessun materiale di contenuto. Aggiungi un elenco in
plan-empty-inventory-after = .
plan-unused-title = Non serve nessuna fase di nessun percorso

## Backlog
backlog-title = Da gestire
backlog-lead = Opportunità e criticità di gravità alta in tutti i percorsi. Per gli elementi aperti, le scadenze precedenti al { $date } sono in ritardo.
backlog-high-pains = Criticità di gravità alta
backlog-empty = Nulla da gestire: nessuna opportunità e nessuna criticità di gravità alta.
backlog-sort = Ordina gli elementi da gestire
backlog-sort-by = Ordina per
backlog-sort-owner = responsabile
backlog-sort-due = scadenza
backlog-sort-status = stato
backlog-by-due = Per scadenza
backlog-by-due-meta = prima le più vicine, in fondo quelle senza data
backlog-by-status = Per stato
backlog-by-status-meta = prima le criticità, poi da idea → abbandonata
backlog-by-owner = Per responsabile
backlog-owners = Responsabili
backlog-items-meta = { $n ->
    [one] { $n } elemento
   *[other] { $n } elementi
}, prima le scadenze più vicine

## Ownership
ownership-title = Responsabilità
ownership-lead = Punti di contatto e criticità per team responsabile. Gli elementi senza responsabile vengono per primi: nessuno risolve ciò di cui nessuno è responsabile.
ownership-empty = Ancora nessun punto di contatto o criticità.
ownership-teams = Team
ownership-group-meta = { $touchpoints ->
    [one] { $touchpoints } punto di contatto
   *[other] { $touchpoints } punti di contatto
}, { $pains ->
    [one] { $pains } criticità
   *[other] { $pains } criticità
}
ownership-idle = Team senza responsabilità
ownership-idle-lead-before = Dichiarati in
ownership-idle-lead-middle = ma non responsabili di alcun punto di contatto né di alcuna criticità:
ownership-idle-lead-after = .

## Review register
register-title = Registro delle approvazioni
register-lead-before = Ogni materiale di contenuto con codice materiale, versione, approvazione e mercati, prima quelli in scadenza più vicina. I giorni rimanenti si contano dal
register-lead-after = ; un’approvazione che termina entro { $days } giorni viene segnalata come in scadenza.
register-csv = CSV, registro delle approvazioni
register-summary = Riepilogo del registro
register-expiring-within = In scadenza entro { $days } giorni
register-by-market = Per mercato
register-empty-before = Ancora nessun materiale di contenuto. Aggiungi un elenco in
register-empty-after = .
register-journeys-stages = Percorsi e fasi
register-claims = Affermazioni e riferimenti
register-market = Mercato { $market }
register-market-meta = { $n ->
    [one] { $n } materiale approvato
   *[other] { $n } materiali approvati
}
register-market-plan = piano dei contenuti
register-market-empty = Nessun materiale è approvato per { $market }.

## Change history
changes-title = Modifiche
changes-heading = Cronologia delle modifiche
changes-lead = Cosa è cambiato nelle mappe, commit per commit, dal più recente.
changes-lead-head-before = Cosa è cambiato nelle mappe, commit per commit, dal più recente, fino al commit
changes-lead-head-after = del { $date }.
changes-dirty = Il sito contiene modifiche non registrate in un commit, che qui non sono elencate.
changes-shallow-before = Questo è un clone superficiale: manca la cronologia più vecchia, quindi la modifica più vecchia mostrata e le date contrassegnate con «entro il» potrebbero essere incomplete. Recupera la cronologia completa (
changes-shallow-after = ) per ottenere date esatte.
changes-empty = Nessun commit ha ancora modificato il sito.
changes-no-model-change = Nessuna modifica a percorsi, personas o materiali di contenuto (solo impaginazione o testi al di fuori del modello).
changes-more-before = { $n ->
    [one] { $n } commit precedente non mostrato (genera il sito con
   *[other] { $n } commit precedenti non mostrati (genera il sito con
}
changes-more-after = per vederne di più).
changes-files = File
changes-file = File
changes-commit = Commit
changes-revisions = Modifiche

## Search page
search-title = Ricerca
search-lead = Percorsi, personas, fasi, punti di contatto, criticità, opportunità e materiali di contenuto. Senza JavaScript, questa pagina elenca ogni percorso, persona e materiale: usa la funzione di ricerca del browser (Ctrl+F).
search-page-label = Pagina di ricerca
search-all-journeys = Tutti i percorsi
search-all-personas = Tutte le personas
search-all-assets = Tutti i materiali di contenuto
search-none = Nessun risultato per «{ $query }»
search-count = { $n ->
    [one] { $n } risultato
   *[other] { $n } risultati
}
search-first = , mostrati i primi { $limit }
search-kind-journey = percorso
search-kind-persona = persona
search-kind-stage = fase
search-kind-touchpoint = punto di contatto
search-kind-pain-point = punto critico
search-kind-opportunity = opportunità
search-kind-asset = contenuto
filter-shown = { $shown } di { $total } mostrati

## Downloads
download-png = PNG
download-png-stakeholders = PNG, mappa degli stakeholder
download-pdf-deck = Presentazione PDF
download-pptx = Presentazione PowerPoint di questa mappa
download-csv-plan = CSV, piano dei contenuti
download-csv-touchpoints = CSV, punti di contatto
download-csv-backlog = CSV, elementi da gestire
download-csv-emotions = CSV, emozioni
download-csv-register = CSV, registro delle approvazioni

## Diagrams (lane names, headings, legend)
diagram-journey-map = Mappa del percorso
diagram-stakeholder-map = Mappa degli stakeholder
diagram-personas = Personas
diagram-stages = Fasi
diagram-no-stages = Ancora nessuna fase.
diagram-no-personas = Nessuna persona indicata per questo percorso.
diagram-all-roles = Tutti i ruoli
diagram-no-owner = Nessun responsabile
diagram-channel-not-set = canale non impostato
diagram-not-active = Non attiva in nessuna fase
diagram-key = LEGENDA
diagram-severity = gravità { $severity }
diagram-hypothesis = ipotesi, da validare (scheda tratteggiata)
diagram-emotion-step = emozione in un’azione (passaggio)
diagram-emotion-stage = emozione della fase (nessuna azione valutata)
diagram-all-roles-curve = tutti i ruoli (curva grigia)
diagram-no-owning-team = nessun team responsabile
diagram-active = attiva nella fase
diagram-enters = entra nel percorso
diagram-enters-short = Ingresso
diagram-emotion-range = emozione nella fase (da −2 a +2)
diagram-due = scadenza { $date }
diagram-target = obiettivo { $target }
diagram-now = attuale { $current }
lane-actions = Azioni
lane-questions = Domande
lane-touchpoints = Punti di contatto
lane-emotion = Emozione
lane-pains = Criticità
lane-decisions = Momenti decisionali
lane-handoffs = Passaggi di consegne
lane-opportunities = Opportunità
lane-metrics = Metriche

## PDF deck (waymark export --format pdf)
deck-journey-maps = Mappe dei percorsi
deck-contents = Sommario
deck-and-more = e altri { $n }
deck-not-shown = non mostrato: { $lanes }
deck-maps = Mappe
deck-maps-count = { $journeys ->
    [one] { $journeys } percorso
   *[other] { $journeys } percorsi
}, { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
}
deck-reviewed = Revisione
deck-latest-review = ultima revisione il { $date }
deck-not-reviewed = ancora nessuna revisione
deck-overview = { $total ->
    [one] Panoramica · il dettaglio segue nella pagina successiva
   *[other] Panoramica · il dettaglio segue nelle { $total } pagine successive
}
deck-stage = Fase { $n }
deck-stages = Fasi { $from }–{ $to }
deck-stage-of = Fase { $n } di { $total }
deck-stages-of = Fasi { $from }–{ $to } di { $total }
deck-detail-of = dettaglio { $k } di { $total }
deck-continues = Continua nella pagina successiva →
deck-content-by-stage = Contenuti per fase e ruolo
deck-gap = Lacuna: nessun contenuto
deck-detail-pages = Pagine di dettaglio
deck-part-of = parte { $k } di { $total }
deck-continued = continua
deck-in-the-journeys = Nei percorsi

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = Canali
channels-title = Mix di canali
channels-lead = Punti di contatto per canale e fase in tutti i percorsi, con i team responsabili.
channels-empty = Ancora nessun punto di contatto.
channels-teams = Team responsabili
channels-no-channel = Nessun canale
channel-mix-lead = I punti di contatto di questa mappa per canale e fase; passa su un nome per vederne il responsabile.
label-total = Totale
matrix-title = Valore e impegno
matrix-value = Valore
matrix-effort = Impegno
level-low = Basso
level-medium = Medio
level-high = Alto
matrix-quick-wins = Risultati rapidi
backlog-matrix-lead = Ogni opportunità valutata è un punto numerato: il valore sale verso l’alto, l’impegno verso destra. Un punto porta alla sua riga.
backlog-matrix-empty = Nessuna opportunità ha ancora valore e impegno: valutale per collocarle nella matrice.
backlog-scored = Opportunità valutate
backlog-scored-meta = per valore (alto prima), poi impegno (basso prima), poi scadenza
backlog-unscored = Non valutate
backlog-unscored-meta = opportunità senza valore o senza impegno
label-value = Valore
label-effort = Impegno
label-number = N.
