# waymark UI messages, German (Deutsch). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = Zum Inhalt springen
nav-main = Hauptnavigation
nav-journeys = Journeys
nav-plan = Plan
nav-ownership = Verantwortung
nav-backlog = Backlog
nav-register = Register
nav-changes = Änderungen
search-label = Website durchsuchen
search-placeholder = Journeys, Touchpoints suchen…
search-button = Suchen
search-form-label = Website
market-banner-before = Markt
market-banner-after = : Diese Website zeigt die Customer Journeys, die in { $market } laufen, und nur die dafür freigegebenen Inhalte.
footer-as-of-before = Datenstand
footer-as-of-after = . Überfällige Prüfungen, abgelaufene Freigaben und Fälligkeiten werden an diesem Datum gemessen.
footer-commit-before = Erstellt aus Commit
footer-commit-after = vom { $date }.
footer-commit-after-dirty = vom { $date }, mit nicht committeten Änderungen.
footer-built-with = Erstellt mit waymark { $version } · Schrift Inter unter der
footer-font-license = SIL Open Font License
breadcrumb = Brotkrümelnavigation

## Shared labels
label-journeys = Journeys
label-personas = Personas
label-persona = Persona
label-journey = Journey
label-stage = Phase
label-stages = Phasen
label-touchpoint = Touchpoint
label-touchpoints = Touchpoints
label-channel = Kanal
label-channels = Kanäle
label-owner = Verantwortlich
label-status = Status
label-due = Fällig
label-type = Typ
label-item = Eintrag
label-segment = Segment
label-scope = Umfang
label-goal = Ziel
label-role = Rolle
label-kind = Art
label-buying-role = Rolle im Buying Center
label-markets = Märkte
label-market = Markt
label-all-markets = Alle Märkte
label-all-statuses = Alle Status
label-download = Herunterladen
label-last-changed = Zuletzt geändert
label-evidence = Belege
label-severity = Schweregrad
label-pain-point = Pain Point
label-pain-points = Pain Points
label-opportunity = Chance
label-opportunities = Chancen
label-content = Content
label-content-planned = Geplanter Content
label-code = Code
label-version = Version
label-asset = Asset
label-assets = Assets
label-title = Titel
label-format = Format
label-reviewed-by = Geprüft von
label-approved = Freigegeben
label-expires = Läuft ab
label-expired = Abgelaufen
label-days-left = Resttage
label-products = Produkte
label-id = ID
label-gaps = Lücken
label-expired-approvals = Abgelaufene Freigaben
label-overdue = Überfällig
label-actions = Aktionen
label-questions = Fragen
label-feelings = Gefühle
label-decision-moments = Entscheidungsmomente
label-handoffs = Übergaben
label-metrics = Kennzahlen
label-metric = Kennzahl
label-target = Zielwert
label-current = Istwert
label-narrative = Narrativ
label-history = Verlauf
label-health = Zustand
label-views = Ansichten
label-content-plan = Content-Plan
label-review-register = Freigaberegister
label-journey-map = Journey Map
label-all = alle
label-none-recorded = Keine erfasst.
label-not-stated = nicht angegeben
label-never = nie
label-uncommitted-edits = nicht committete Änderungen
label-on-or-before = spätestens am
label-no-date = ohne Datum
label-unused = ungenutzt
label-gap = Lücke
label-not-active = nicht aktiv
label-approval-expired = Freigabe abgelaufen
label-via-touchpoint = über Touchpoint
label-via-touchpoint-title = Von einem Touchpoint dieser Phase referenziert
label-to-validate = Zu validieren
label-no-owner = Ohne Verantwortliche
label-needs-owner = braucht Verantwortliche
label-emotion-at-step = Emotion bei diesem Schritt
label-days-overdue = { $days } T überfällig
label-n-overdue = { $n } überfällig
label-days-ago = vor { $days }

## Values of the model's fields
state-as-is = Ist
state-to-be = Soll
status-idea = Idee
status-planned = geplant
status-in-progress = in Arbeit
status-in-review = in Prüfung
status-approved = freigegeben
status-published = veröffentlicht
status-retired = zurückgezogen
severity-low = niedrig
severity-medium = mittel
severity-high = hoch
opp-idea = Idee
opp-planned = geplant
opp-in-progress = in Arbeit
opp-blocked = blockiert
opp-done = erledigt
opp-dropped = verworfen
confidence-hypothesis = Hypothese
confidence-known = belegt
kind-opportunity = Chance
kind-pain-point = Pain Point
buying-role-decision-maker = Entscheider
buying-role-influencer = Beeinflusser
buying-role-approver = Freigeber
buying-role-gatekeeper = Gatekeeper
buying-role-user = Anwender
buying-role-champion = Fürsprecher
emotion-very-negative = sehr negativ
emotion-negative = negativ
emotion-neutral = neutral
emotion-positive = positiv
emotion-very-positive = sehr positiv

## Badges
badge-overdue = überfällig
badge-no-owner = ohne Verantwortliche
badge-review-overdue = Prüfung überfällig
badge-healthy = in Ordnung
badge-changed-since-review = seit Prüfung geändert
badge-expired = abgelaufen
badge-expiring = läuft ab
badge-no-reference = ohne Beleg
badge-no-code = ohne Code
badge-stage-without-touchpoints = Phase ohne Touchpoints
badge-review-up-to-date = Prüfung aktuell
badge-review-overdue-days = { $days } T
count-unowned = ohne Verantwortliche
count-unowned-touchpoints = { $n ->
    [one] Touchpoint ohne Verantwortliche
   *[other] Touchpoints ohne Verantwortliche
}
count-content-gaps = { $n ->
    [one] Content-Lücke
   *[other] Content-Lücken
}
count-gaps = { $n ->
    [one] Lücke
   *[other] Lücken
}
count-hypotheses = { $n ->
    [one] Hypothese
   *[other] Hypothesen
}
count-expired-approvals = { $n ->
    [one] abgelaufene Freigabe
   *[other] abgelaufene Freigaben
}
count-approvals-expiring = { $n ->
    [one] Freigabe läuft ab
   *[other] Freigaben laufen ab
}
count-published-without-approval = ohne Freigabe veröffentlicht
count-market-mismatches = { $n ->
    [one] Marktabweichung
   *[other] Marktabweichungen
}
count-claims-without-reference = { $n ->
    [one] Aussage ohne Beleg
   *[other] Aussagen ohne Beleg
}

## Index
index-title = Customer Journeys
index-summary = Übersicht der Website
index-content-assets = Content-Assets
index-content-gaps = Content-Lücken
index-approvals-expiring = Ablaufende Freigaben
index-unowned-items = Einträge ohne Verantwortliche
index-backlog-items = Backlog-Einträge
index-n-overdue = ({ $n } überfällig)
index-empty-journeys-before = Noch keine Customer Journeys. Legen Sie eine Datei in diesem Ordner an:
index-empty-journeys-after = .
index-empty-personas-before = Noch keine Personas. Legen Sie eine Datei in diesem Ordner an:
index-empty-personas-after = .
index-markets-note = (der Content-Plan, den jeder Markt sieht)
index-reviewed = Geprüft
index-next-review = Nächste Prüfung
index-improves-on = Verbessert
index-details = Vertieft
index-rolled-up = Zahlen einschließlich Teil-Journeys: { $n }
index-health = Zustand
index-view-plan = Assets nach Phase und Persona, Lücken und Content-Inventar
index-view-register = alle Assets mit Code, Version, Märkten, Freigabe und Ablaufdatum, nächster Ablauf zuerst
index-view-ownership = Touchpoints und Pain Points nach verantwortlichem Team
index-view-backlog = Chancen und Pain Points mit hohem Schweregrad nach Verantwortlichen und Fälligkeit

## Journey page
journey-review = Prüfung
journey-reviewed-every = Geprüft am { $date }, alle { $days } Tage; nächste Prüfung { $next }
journey-never-reviewed = Nie geprüft
journey-on-or-before = Spätestens am
journey-last-change-before = { $date } in
journey-last-change-after = „{ $subject }“
journey-revisions = { $n ->
    [one] { $n } Revision
   *[other] { $n } Revisionen
}
journey-shallow = oder mehr (flacher Klon)
journey-history-link = Verlauf
journey-baseline = Ausgangslage (Ist)
journey-to-be-maps = Soll-Maps
journey-sub-journeys = Teil-Journeys
journey-views = Ansichten
view-master = Vollständige Map (Master)
view-badge = Ansicht: { $name }
view-lead = Dies ist die Ansicht „{ $name }“ der Map: eine kürzere Fassung, die einen Teil der Map weglässt.
view-master-link = Vollständige Map öffnen
view-lanes = Swimlanes
view-all = Alle
view-hypotheses = Hypothesen
view-left-out = Nicht in dieser Ansicht
compare-title = Ist und Soll
compare-chart-title = Emotion, Ist und Soll
compare-legend = Legende
compare-as-is = Ist
compare-to-be = Soll
compare-stage-added = Neue Phase
compare-stage-removed = Nicht in der Soll-Map
compare-link = Mit der Ist-Map vergleichen
compare-compared-in = Verglichen mit
compare-against = gegenüber der Ausgangslage
compare-changes = Was die Soll-Map ändert
compare-no-changes = Keine Änderungen in dieser Phase.
compare-emotion = Emotion
compare-metrics = Kennzahlen
compare-metric = Kennzahl
compare-metric-as-is = Ist-Wert
compare-metric-to-be = Soll-Ziel
compare-not-recorded = nicht erfasst
compare-effect-added = Neu
compare-effect-removed = Entfällt
compare-effect-resolved = Gelöst
compare-effect-new-pain = Neuer Schmerzpunkt
compare-effect-changed = Geändert
compare-persona = Persona
compare-change = Veränderung
journey-none-listed = keine angegeben
journey-no-findings = Keine Befunde.
journey-findings = { $n ->
    [one] { $n } Befund
   *[other] { $n } Befunde
}
journey-stages-nav = Phasen
journey-diagram = Journey-Diagramm
journey-stakeholder-map = Stakeholder-Map
journey-no-touchpoints = Keine Touchpoints.
journey-handoff-to = an
journey-history-empty-before = Keine Änderung an dieser Map unter den Commits im
journey-history-empty-after = .
journey-change-history = Änderungsverlauf

## Persona page
persona-goals = Ziele
persona-needs = Bedürfnisse
persona-questions = Fragen
persona-blockers = Hindernisse
persona-no-journeys = Diese Persona kommt noch in keiner Customer Journey vor.
persona-enters-at-before = Einstieg in der Phase
persona-enters-at-after = .
persona-listed-inactive = Aufgeführt, aber in keiner Phase aktiv.
persona-not-listed-before = In Phasen aktiv, fehlt aber in der Journey im Feld
persona-not-listed-after = .
persona-feeling = Gefühl
persona-does-and-asks = Tut und fragt
persona-question = „{ $question }“
persona-file-history-before = { $date } (
persona-file-history-after = , { $revisions ->
    [one] { $revisions } Revision
   *[other] { $revisions } Revisionen
})

## Content plan
plan-title = Content-Plan
plan-heading-market = – Markt
plan-lead = Content-Assets nach Journey-Phase und Persona. Eine Lücke ist eine Phase, in der eine Rolle aktiv ist, für die aber niemand Content geplant hat; Zellen mit „nicht aktiv“ sind Phasen, an denen die Rolle nicht beteiligt ist.
plan-market-lead = Nur die Customer Journeys, die in { $market } laufen, und die für { $market } freigegebenen Assets: Eine Zelle, die anderswo durch das Asset eines anderen Marktes gefüllt ist, ist hier eine Lücke.
plan-by-market = Content-Plan nach Markt
plan-status-legend = Statuslegende
plan-gaps-in-cells = { $gaps ->
    [one] { $gaps } Lücke
   *[other] { $gaps } Lücken
} in { $cells ->
    [one] { $cells } Zelle
   *[other] { $cells } Zellen
}
plan-no-matrix-personas = Diese Journey führt keine Personas auf, daher gibt es keine Matrix.
plan-no-matrix-stages = Diese Journey führt keine Phasen auf, daher gibt es keine Matrix.
plan-not-active-title = Diese Rolle ist in dieser Phase nicht aktiv
plan-inventory = Content-Inventar
plan-empty-inventory-before = Noch keine Content-Assets. Legen Sie eine Liste in diesem Ordner an:
plan-empty-inventory-after = .
plan-unused-title = Dient keiner Phase einer Journey

## Backlog
backlog-title = Backlog
backlog-lead = Chancen und Pain Points mit hohem Schweregrad aus allen Customer Journeys. Offene Einträge mit Fälligkeit vor dem { $date } sind überfällig.
backlog-high-pains = Pain Points mit hohem Schweregrad
backlog-empty = Der Backlog ist leer: keine Chancen und keine Pain Points mit hohem Schweregrad.
backlog-sort = Backlog sortieren
backlog-sort-by = Sortieren nach
backlog-sort-owner = Verantwortlich
backlog-sort-due = Fälligkeit
backlog-sort-status = Status
backlog-by-due = Nach Fälligkeit
backlog-by-due-meta = früheste zuerst, ohne Datum zuletzt
backlog-by-status = Nach Status
backlog-by-status-meta = Pain Points zuerst, dann Idee → verworfen
backlog-by-owner = Nach Verantwortlichen
backlog-owners = Verantwortliche
backlog-items-meta = { $n ->
    [one] { $n } Eintrag
   *[other] { $n } Einträge
}, früheste Fälligkeit zuerst

## Ownership
ownership-title = Verantwortung
ownership-lead = Touchpoints und Pain Points nach verantwortlichem Team. Einträge ohne Verantwortliche stehen oben: Was niemandem gehört, behebt auch niemand.
ownership-empty = Noch keine Touchpoints oder Pain Points.
ownership-teams = Teams
ownership-group-meta = { $touchpoints ->
    [one] { $touchpoints } Touchpoint
   *[other] { $touchpoints } Touchpoints
}, { $pains ->
    [one] { $pains } Pain Point
   *[other] { $pains } Pain Points
}
ownership-idle = Teams ohne Verantwortung
ownership-idle-lead-before = In
ownership-idle-lead-middle = deklariert, aber für keinen Touchpoint und keinen Pain Point verantwortlich:
ownership-idle-lead-after = .

## Review register
register-title = Freigaberegister
register-lead-before = Alle Content-Assets mit Materialcode, Version, Freigabe und Märkten, nächster Ablauf zuerst. Die Resttage zählen ab dem
register-lead-after = ; eine Freigabe, die innerhalb von { $days } Tagen endet, wird als ablaufend markiert.
register-csv = CSV, Freigaberegister
register-summary = Übersicht des Registers
register-expiring-within = Läuft innerhalb von { $days } Tagen ab
register-by-market = Nach Markt
register-empty-before = Noch keine Content-Assets. Legen Sie eine Liste in diesem Ordner an:
register-empty-after = .
register-journeys-stages = Journeys und Phasen
register-claims = Aussagen und Belege
register-market = Markt { $market }
register-market-meta = { $n ->
    [one] { $n } Asset freigegeben
   *[other] { $n } Assets freigegeben
}
register-market-plan = Content-Plan
register-market-empty = Für { $market } ist kein Asset freigegeben.

## Change history
changes-title = Änderungen
changes-heading = Änderungsverlauf
changes-lead = Was sich in den Maps geändert hat, Commit für Commit, neueste zuerst.
changes-lead-head-before = Was sich in den Maps geändert hat, Commit für Commit, neueste zuerst, bis Commit
changes-lead-head-after = vom { $date }.
changes-dirty = Die Website enthält nicht committete Änderungen; sie sind hier nicht aufgeführt.
changes-shallow-before = Dies ist ein flacher Klon: Ältere Historie fehlt, daher können die älteste angezeigte Änderung und die mit „spätestens am“ markierten Daten unvollständig sein. Laden Sie die vollständige Historie (
changes-shallow-after = ), um genaue Daten zu erhalten.
changes-empty = Noch kein Commit hat die Website geändert.
changes-no-model-change = Keine Änderung an Customer Journeys, Personas oder Content-Assets (nur Layout oder Texte außerhalb des Modells).
changes-more-before = { $n ->
    [one] { $n } älterer Commit wird nicht angezeigt (mit
   *[other] { $n } ältere Commits werden nicht angezeigt (mit
}
changes-more-after = erstellen, um mehr anzuzeigen).
changes-files = Dateien
changes-file = Datei
changes-commit = Commit
changes-revisions = Revisionen

## Search page
search-title = Suche
search-lead = Customer Journeys, Personas, Phasen, Touchpoints, Pain Points, Chancen und Content-Assets. Ohne JavaScript listet diese Seite alle Journeys, Personas und Assets auf: Nutzen Sie darauf die Suchfunktion Ihres Browsers (Strg+F).
search-page-label = Suchseite
search-all-journeys = Alle Customer Journeys
search-all-personas = Alle Personas
search-all-assets = Alle Content-Assets
search-none = Keine Ergebnisse für „{ $query }“
search-count = { $n ->
    [one] { $n } Ergebnis
   *[other] { $n } Ergebnisse
}
search-first = , die ersten { $limit } angezeigt
search-kind-journey = Journey
search-kind-persona = Persona
search-kind-stage = Phase
search-kind-touchpoint = Touchpoint
search-kind-pain-point = Pain Point
search-kind-opportunity = Chance
search-kind-asset = Asset
filter-shown = { $shown } von { $total } angezeigt

## Downloads
download-png = PNG
download-png-stakeholders = PNG, Stakeholder-Map
download-pdf-deck = PDF-Präsentation
download-pptx = PowerPoint-Präsentation dieser Journey Map
download-csv-plan = CSV, Content-Plan
download-csv-touchpoints = CSV, Touchpoints
download-csv-backlog = CSV, Backlog
download-csv-emotions = CSV, Emotionen
download-csv-register = CSV, Freigaberegister

## Diagrams (lane names, headings, legend)
diagram-journey-map = Journey Map
diagram-stakeholder-map = Stakeholder-Map
diagram-personas = Personas
diagram-stages = Phasen
diagram-no-stages = Noch keine Phasen.
diagram-no-personas = Für diese Journey sind keine Personas aufgeführt.
diagram-all-roles = Alle Rollen
diagram-no-owner = Ohne Verantwortliche
diagram-channel-not-set = Kanal nicht festgelegt
diagram-not-active = In keiner Phase aktiv
diagram-key = LEGENDE
diagram-severity = Schweregrad { $severity }
diagram-hypothesis = Hypothese, zu validieren (gestrichelte Karte)
diagram-emotion-step = Emotion bei einer Aktion (Schritt)
diagram-emotion-stage = Emotion der Phase (keine bewertete Aktion)
diagram-all-roles-curve = alle Rollen (graue Kurve)
diagram-no-owning-team = kein verantwortliches Team
diagram-active = in der Phase aktiv
diagram-enters = steigt in die Journey ein
diagram-enters-short = Einstieg
diagram-emotion-range = Emotion in der Phase (−2 bis +2)
diagram-due = fällig { $date }
diagram-target = Ziel { $target }
diagram-now = aktuell { $current }
lane-actions = Aktionen
lane-questions = Fragen
lane-touchpoints = Touchpoints
lane-emotion = Emotion
lane-pains = Pain Points
lane-decisions = Entscheidungsmomente
lane-handoffs = Übergaben
lane-opportunities = Chancen
lane-metrics = Kennzahlen

## PDF deck (waymark export --format pdf)
deck-journey-maps = Journey Maps
deck-contents = Inhalt
deck-and-more = und { $n } weitere
deck-not-shown = nicht gezeigt: { $lanes }
deck-maps = Maps
deck-maps-count = { $journeys ->
    [one] { $journeys } Journey
   *[other] { $journeys } Journeys
}, { $personas ->
    [one] { $personas } Persona
   *[other] { $personas } Personas
}
deck-reviewed = Geprüft
deck-latest-review = letzte Prüfung am { $date }
deck-not-reviewed = noch nicht geprüft
deck-overview = { $total ->
    [one] Überblick · die Details folgen auf der nächsten Seite
   *[other] Überblick · die Details folgen auf den nächsten { $total } Seiten
}
deck-stage = Phase { $n }
deck-stages = Phasen { $from }–{ $to }
deck-stage-of = Phase { $n } von { $total }
deck-stages-of = Phasen { $from }–{ $to } von { $total }
deck-detail-of = Detail { $k } von { $total }
deck-continues = Fortsetzung auf der nächsten Seite →
deck-content-by-stage = Content nach Phase und Rolle
deck-gap = Lücke: kein Content
deck-detail-pages = Detailseiten
deck-part-of = Teil { $k } von { $total }
deck-continued = Fortsetzung
deck-in-the-journeys = In den Journeys

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = Kanäle
channels-title = Kanalmix
channels-lead = Touchpoints nach Kanal und Phase über alle Journeys, mit den Teams, die sie verantworten.
channels-empty = Noch keine Touchpoints.
channels-teams = Verantwortliche Teams
channels-no-channel = Kein Kanal
channel-mix-lead = Die Touchpoints dieser Map nach Kanal und Phase; zeigen Sie auf einen Namen, um zu sehen, wer verantwortlich ist.
label-total = Summe
matrix-title = Nutzen und Aufwand
matrix-value = Nutzen
matrix-effort = Aufwand
level-low = Niedrig
level-medium = Mittel
level-high = Hoch
matrix-quick-wins = Quick Wins
backlog-matrix-lead = Jede bewertete Chance ist ein nummerierter Punkt: Der Nutzen steigt nach oben, der Aufwand nach rechts. Ein Punkt führt zu seiner Zeile.
backlog-matrix-empty = Noch keine Chance hat Nutzen und Aufwand: Bewerten Sie sie, um sie in die Matrix zu setzen.
backlog-scored = Bewertete Chancen
backlog-scored-meta = nach Nutzen (hoch zuerst), dann Aufwand (niedrig zuerst), dann Fälligkeit
backlog-unscored = Nicht bewertet
backlog-unscored-meta = Chancen ohne Nutzen oder Aufwand
label-value = Nutzen
label-effort = Aufwand
label-number = Nr.
