# waymark UI messages, French (français). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = Aller au contenu
nav-main = Navigation principale
nav-journeys = Parcours
nav-plan = Plan
nav-ownership = Responsabilités
nav-backlog = À traiter
nav-register = Registre
nav-changes = Modifications
search-label = Rechercher sur le site
search-placeholder = Rechercher des parcours, points de contact…
search-button = Rechercher
search-form-label = Site
market-banner-before = Marché
market-banner-after =  : ce site présente les parcours déployés sur le marché { $market } et uniquement les contenus validés pour celui-ci.
footer-as-of-before = Données au
footer-as-of-after = . Les revues en retard, les validations expirées et les échéances sont évaluées par rapport à cette date.
footer-commit-before = Généré à partir du commit
footer-commit-after = du { $date }.
footer-commit-after-dirty = du { $date }, avec des modifications non commitées.
footer-built-with = Généré avec waymark { $version } · police Inter sous licence
footer-font-license = SIL Open Font License
breadcrumb = Fil d’Ariane

## Shared labels
label-journeys = Parcours
label-personas = Personas
label-persona = Persona
label-journey = Parcours
label-stage = Étape
label-stages = Étapes
label-touchpoint = Point de contact
label-touchpoints = Points de contact
label-channel = Canal
label-channels = Canaux
label-owner = Responsable
label-status = Statut
label-due = Échéance
label-type = Type
label-item = Élément
label-segment = Segment
label-scope = Périmètre
label-goal = Objectif
label-role = Rôle
label-kind = Nature
label-buying-role = Rôle d’achat
label-markets = Marchés
label-market = Marché
label-all-markets = Tous les marchés
label-all-statuses = Tous les statuts
label-download = Télécharger
label-last-changed = Dernière modification
label-evidence = Preuves
label-severity = Gravité
label-pain-point = Point de friction
label-pain-points = Points de friction
label-opportunity = Opportunité
label-opportunities = Opportunités
label-content = Contenu
label-content-planned = Contenu prévu
label-code = Code
label-version = Version
label-asset = Support
label-assets = Supports
label-title = Titre
label-format = Format
label-reviewed-by = Relu par
label-approved = Validé
label-expires = Expire le
label-expired = Expiré
label-days-left = Jours restants
label-products = Produits
label-id = ID
label-gaps = Lacunes
label-expired-approvals = Validations expirées
label-overdue = En retard
label-actions = Actions
label-questions = Questions
label-feelings = Ressentis
label-decision-moments = Moments de décision
label-handoffs = Passations
label-metrics = Indicateurs
label-metric = Indicateur
label-target = Cible
label-current = Actuel
label-narrative = Récit
label-history = Historique
label-health = Santé
label-views = Vues
label-content-plan = Plan de contenu
label-review-register = Registre de validation
label-journey-map = Carte du parcours
label-all = tous
label-none-recorded = Aucun élément enregistré.
label-not-stated = non précisé
label-never = jamais
label-uncommitted-edits = modifications non commitées
label-on-or-before = au plus tard le
label-no-date = sans date
label-unused = inutilisé
label-gap = lacune
label-not-active = non actif
label-approval-expired = validation expirée
label-via-touchpoint = via un point de contact
label-via-touchpoint-title = Référencé par un point de contact de cette étape
label-to-validate = À valider
label-no-owner = Sans responsable
label-needs-owner = responsable à désigner
label-emotion-at-step = émotion lors de cette action
label-days-overdue = { $days } j de retard
label-n-overdue = { $n } en retard
label-days-ago = il y a { $days }

## Values of the model's fields
state-as-is = actuel
state-to-be = cible
status-idea = idée
status-planned = planifié
status-in-progress = en cours
status-in-review = en relecture
status-approved = validé
status-published = publié
status-retired = retiré
severity-low = faible
severity-medium = moyenne
severity-high = élevée
opp-idea = idée
opp-planned = planifiée
opp-in-progress = en cours
opp-blocked = bloquée
opp-done = réalisée
opp-dropped = abandonnée
confidence-hypothesis = hypothèse
confidence-known = avéré
kind-opportunity = opportunité
kind-pain-point = point de friction
buying-role-decision-maker = décideur
buying-role-influencer = influenceur
buying-role-approver = approbateur
buying-role-gatekeeper = filtre
buying-role-user = utilisateur
buying-role-champion = champion
emotion-very-negative = très négative
emotion-negative = négative
emotion-neutral = neutre
emotion-positive = positive
emotion-very-positive = très positive

## Badges
badge-overdue = en retard
badge-no-owner = sans responsable
badge-review-overdue = revue en retard
badge-healthy = en bon état
badge-changed-since-review = modifié depuis la revue
badge-expired = expiré
badge-expiring = expire bientôt
badge-no-reference = sans référence
badge-no-code = sans code
badge-stage-without-touchpoints = étape sans point de contact
badge-review-up-to-date = revue à jour
badge-review-overdue-days = { $days } j
count-unowned = sans responsable
count-unowned-touchpoints = { $n ->
    [one] point de contact sans responsable
   *[other] points de contact sans responsable
}
count-content-gaps = { $n ->
    [one] lacune de contenu
   *[other] lacunes de contenu
}
count-gaps = { $n ->
    [one] lacune
   *[other] lacunes
}
count-hypotheses = { $n ->
    [one] hypothèse
   *[other] hypothèses
}
count-expired-approvals = { $n ->
    [one] validation expirée
   *[other] validations expirées
}
count-approvals-expiring = { $n ->
    [one] validation bientôt expirée
   *[other] validations bientôt expirées
}
count-published-without-approval = publié sans validation
count-market-mismatches = { $n ->
    [one] incohérence de marché
   *[other] incohérences de marché
}
count-claims-without-reference = { $n ->
    [one] allégation sans référence
   *[other] allégations sans référence
}

## Index
index-title = Parcours
index-summary = Synthèse du site
index-content-assets = Supports de contenu
index-content-gaps = Lacunes de contenu
index-approvals-expiring = Validations bientôt expirées
index-unowned-items = Éléments sans responsable
index-backlog-items = Éléments à traiter
index-n-overdue = ({ $n } en retard)
index-empty-journeys-before = Aucun parcours pour l’instant. Ajoutez un fichier dans
index-empty-journeys-after = .
index-empty-personas-before = Aucune persona pour l’instant. Ajoutez un fichier dans
index-empty-personas-after = .
index-markets-note = (le plan de contenu que voit chaque marché)
index-reviewed = Revu le
index-next-review = Prochaine revue
index-improves-on = Améliore
index-details = Détaille
index-rolled-up = Chiffres incluant les sous-parcours : { $n }
index-health = Santé
index-view-plan = supports par étape et par persona, lacunes et inventaire des contenus
index-view-register = chaque support avec son code, sa version, ses marchés, sa validation et son expiration, expiration la plus proche en premier
index-view-ownership = points de contact et points de friction par équipe responsable
index-view-backlog = opportunités et points de friction de gravité élevée par responsable et par échéance

## Journey page
journey-review = Revue
journey-reviewed-every = Revu le { $date }, tous les { $days } jours ; prochaine revue le { $next }
journey-never-reviewed = Jamais revu
journey-on-or-before = Au plus tard le
journey-last-change-before = { $date } dans
journey-last-change-after = « { $subject } »
journey-revisions = { $n ->
    [one] { $n } révision
   *[other] { $n } révisions
}
journey-shallow = ou plus (clone superficiel)
journey-history-link = historique
journey-baseline = Référence (état actuel)
journey-to-be-maps = Cartes cibles
journey-sub-journeys = Sous-parcours
journey-views = Vues
view-master = Carte complète (version maître)
view-badge = Vue : { $name }
view-lead = Ceci est la vue « { $name } » de la carte : une version plus courte qui en laisse une partie de côté.
view-master-link = Ouvrir la carte complète
view-lanes = Couloirs
view-all = Tout
view-hypotheses = Hypothèses
view-left-out = Hors de cette vue
compare-title = État actuel et état cible
compare-chart-title = Émotion, état actuel et état cible
compare-legend = Légende
compare-as-is = Actuel
compare-to-be = Cible
compare-stage-added = Nouvelle étape
compare-stage-removed = Absente de la carte cible
compare-link = Comparer avec la carte actuelle
compare-compared-in = Comparée avec
compare-against = par rapport à sa référence
compare-changes = Ce que change la carte cible
compare-no-changes = Aucun changement à cette étape.
compare-emotion = Émotion
compare-metrics = Indicateurs
compare-metric = Indicateur
compare-metric-as-is = Valeur actuelle
compare-metric-to-be = Objectif cible
compare-not-recorded = non renseigné
compare-effect-added = Ajouté
compare-effect-removed = Retiré
compare-effect-resolved = Résolu
compare-effect-new-pain = Nouveau point de friction
compare-effect-changed = Modifié
compare-persona = Persona
compare-change = Évolution
journey-none-listed = aucune indiquée
journey-no-findings = Aucun constat.
journey-findings = { $n ->
    [one] { $n } constat
   *[other] { $n } constats
}
journey-stages-nav = Étapes
journey-diagram = Diagramme du parcours
journey-stakeholder-map = Carte des parties prenantes
journey-no-touchpoints = Aucun point de contact.
journey-handoff-to = vers
journey-history-empty-before = Aucune modification de cette carte parmi les commits de la page
journey-history-empty-after = .
journey-change-history = historique des modifications

## Persona page
persona-goals = Objectifs
persona-needs = Besoins
persona-questions = Questions
persona-blockers = Freins
persona-no-journeys = Cette persona n’apparaît encore dans aucun parcours.
persona-enters-at-before = Entre à l’étape
persona-enters-at-after = .
persona-listed-inactive = Indiquée, mais n’est active à aucune étape.
persona-not-listed-before = Active à certaines étapes, mais le parcours ne la mentionne pas dans son champ
persona-not-listed-after = .
persona-feeling = Ressenti
persona-does-and-asks = Actions et questions
persona-question = « { $question } »
persona-file-history-before = { $date } (
persona-file-history-after = , { $revisions ->
    [one] { $revisions } révision
   *[other] { $revisions } révisions
})

## Content plan
plan-title = Plan de contenu
plan-heading-market = — marché
plan-lead = Supports de contenu par étape du parcours et par persona. Une lacune est une étape où un rôle est actif sans qu’aucun contenu n’ait été prévu pour lui ; les cellules « non actif » correspondent aux étapes auxquelles le rôle ne participe pas.
plan-market-lead = Uniquement les parcours déployés sur le marché { $market } et les supports validés pour { $market } : une cellule couverte ailleurs par le support d’un autre marché est ici une lacune.
plan-by-market = Plan de contenu par marché
plan-status-legend = Légende des statuts
plan-gaps-in-cells = { $gaps ->
    [one] { $gaps } lacune
   *[other] { $gaps } lacunes
} dans { $cells ->
    [one] { $cells } cellule
   *[other] { $cells } cellules
}
plan-no-matrix-personas = Ce parcours n’indique aucune persona : il n’y a donc pas de matrice.
plan-no-matrix-stages = Ce parcours n’indique aucune étape : il n’y a donc pas de matrice.
plan-not-active-title = Ce rôle n’est pas actif à cette étape
plan-inventory = Inventaire des contenus
plan-empty-inventory-before = Aucun support de contenu pour l’instant. Ajoutez une liste dans
plan-empty-inventory-after = .
plan-unused-title = Ne sert aucune étape d’aucun parcours

## Backlog
backlog-title = À traiter
backlog-lead = Opportunités et points de friction de gravité élevée sur l’ensemble des parcours. Pour les éléments ouverts, toute échéance antérieure au { $date } est dépassée.
backlog-high-pains = Points de friction de gravité élevée
backlog-empty = Rien à traiter : aucune opportunité ni aucun point de friction de gravité élevée.
backlog-sort = Trier les éléments à traiter
backlog-sort-by = Trier par
backlog-sort-owner = responsable
backlog-sort-due = échéance
backlog-sort-status = statut
backlog-by-due = Par échéance
backlog-by-due-meta = la plus proche en premier, sans date en dernier
backlog-by-status = Par statut
backlog-by-status-meta = points de friction d’abord, puis idée → abandonnée
backlog-by-owner = Par responsable
backlog-owners = Responsables
backlog-items-meta = { $n ->
    [one] { $n } élément
   *[other] { $n } éléments
}, échéance la plus proche en premier

## Ownership
ownership-title = Responsabilités
ownership-lead = Points de contact et points de friction par équipe responsable. Les éléments sans responsable apparaissent en premier : personne ne corrige ce dont personne n’est responsable.
ownership-empty = Aucun point de contact ni point de friction pour l’instant.
ownership-teams = Équipes
ownership-group-meta = { $touchpoints ->
    [one] { $touchpoints } point de contact
   *[other] { $touchpoints } points de contact
}, { $pains ->
    [one] { $pains } point de friction
   *[other] { $pains } points de friction
}
ownership-idle = Équipes sans responsabilité
ownership-idle-lead-before = Déclarées dans
ownership-idle-lead-middle = mais responsables d’aucun point de contact ni point de friction :
ownership-idle-lead-after = .

## Review register
register-title = Registre de validation
register-lead-before = Chaque support de contenu avec son code, sa version, sa validation et ses marchés, expiration la plus proche en premier. Les jours restants sont comptés à partir du
register-lead-after =  ; une validation qui prend fin dans les { $days } jours est signalée comme expirant bientôt.
register-csv = CSV, registre de validation
register-summary = Synthèse du registre
register-expiring-within = Expire dans les { $days } jours
register-by-market = Par marché
register-empty-before = Aucun support de contenu pour l’instant. Ajoutez une liste dans
register-empty-after = .
register-journeys-stages = Parcours et étapes
register-claims = Allégations et références
register-market = Marché { $market }
register-market-meta = { $n ->
    [one] { $n } support validé
   *[other] { $n } supports validés
}
register-market-plan = plan de contenu
register-market-empty = Aucun support n’est validé pour { $market }.

## Change history
changes-title = Modifications
changes-heading = Historique des modifications
changes-lead = Ce qui a changé dans les cartes, commit par commit, du plus récent au plus ancien.
changes-lead-head-before = Ce qui a changé dans les cartes, commit par commit, du plus récent au plus ancien, jusqu’au commit
changes-lead-head-after = du { $date }.
changes-dirty = Le site comporte des modifications non commitées ; elles ne figurent pas ici.
changes-shallow-before = Il s’agit d’un clone superficiel : l’historique le plus ancien manque, si bien que la modification la plus ancienne affichée et les dates marquées « au plus tard le » peuvent être incomplètes. Récupérez l’historique complet (
changes-shallow-after = ) pour obtenir des dates exactes.
changes-empty = Aucun commit n’a encore modifié le site.
changes-no-model-change = Aucune modification des parcours, des personas ni des supports de contenu (mise en page ou textes hors du modèle uniquement).
changes-more-before = { $n ->
    [one] { $n } commit plus ancien non affiché (générez avec
   *[other] { $n } commits plus anciens non affichés (générez avec
}
changes-more-after = pour en afficher davantage).
changes-files = Fichiers
changes-file = Fichier
changes-commit = Commit
changes-revisions = Révisions

## Search page
search-title = Recherche
search-lead = Parcours, personas, étapes, points de contact, points de friction, opportunités et supports de contenu. Sans JavaScript, cette page liste chaque parcours, persona et support : utilisez la fonction de recherche de votre navigateur (Ctrl+F).
search-page-label = Page de recherche
search-all-journeys = Tous les parcours
search-all-personas = Toutes les personas
search-all-assets = Tous les supports de contenu
search-none = Aucun résultat pour « { $query } »
search-count = { $n ->
    [one] { $n } résultat
   *[other] { $n } résultats
}
search-first = , les { $limit } premiers affichés
search-kind-journey = parcours
search-kind-persona = persona
search-kind-stage = étape
search-kind-touchpoint = point de contact
search-kind-pain-point = point de friction
search-kind-opportunity = opportunité
search-kind-asset = contenu
filter-shown = { $shown } sur { $total } affichés

## Downloads
download-png = PNG
download-png-stakeholders = PNG, carte des parties prenantes
download-pdf-deck = Présentation PDF
download-pptx = Présentation PowerPoint de ce parcours
download-csv-plan = CSV, plan de contenu
download-csv-touchpoints = CSV, points de contact
download-csv-backlog = CSV, éléments à traiter
download-csv-emotions = CSV, émotions
download-csv-register = CSV, registre de validation

## Diagrams (lane names, headings, legend)
diagram-journey-map = Carte du parcours
diagram-stakeholder-map = Carte des parties prenantes
diagram-personas = Personas
diagram-stages = Étapes
diagram-no-stages = Aucune étape pour l’instant.
diagram-no-personas = Aucune persona indiquée pour ce parcours.
diagram-all-roles = Tous les rôles
diagram-no-owner = Sans responsable
diagram-channel-not-set = canal non défini
diagram-not-active = Inactive à toutes les étapes
diagram-key = LÉGENDE
diagram-severity = gravité { $severity }
diagram-hypothesis = hypothèse, à valider (carte en pointillés)
diagram-emotion-step = émotion lors d’une action (point)
diagram-emotion-stage = émotion de l’étape (aucune action notée)
diagram-all-roles-curve = tous les rôles (courbe grise)
diagram-no-owning-team = aucune équipe responsable
diagram-active = active à l’étape
diagram-enters = entre dans le parcours
diagram-enters-short = Entrée
diagram-emotion-range = émotion à l’étape (de −2 à +2)
diagram-due = échéance { $date }
diagram-target = cible { $target }
diagram-now = actuellement { $current }
lane-actions = Actions
lane-questions = Questions
lane-touchpoints = Points de contact
lane-emotion = Émotion
lane-pains = Points de friction
lane-decisions = Moments de décision
lane-handoffs = Passations
lane-opportunities = Opportunités
lane-metrics = Indicateurs

## PDF deck (waymark export --format pdf)
deck-journey-maps = Cartes des parcours
deck-contents = Sommaire
deck-and-more = et { $n } autres
deck-not-shown = non affiché : { $lanes }
deck-maps = Cartes
deck-maps-count = { $journeys ->
    [one] { $journeys } parcours
   *[other] { $journeys } parcours
}, { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
}
deck-reviewed = Revue
deck-latest-review = dernière revue le { $date }
deck-not-reviewed = aucune revue pour l’instant
deck-overview = { $total ->
    [one] Vue d’ensemble · le détail suit à la page suivante
   *[other] Vue d’ensemble · le détail suit sur les { $total } pages suivantes
}
deck-stage = Étape { $n }
deck-stages = Étapes { $from }–{ $to }
deck-stage-of = Étape { $n } sur { $total }
deck-stages-of = Étapes { $from }–{ $to } sur { $total }
deck-detail-of = détail { $k } sur { $total }
deck-continues = Suite à la page suivante →
deck-content-by-stage = Contenu par étape et par rôle
deck-gap = Lacune : aucun contenu
deck-detail-pages = Pages de détail
deck-part-of = partie { $k } sur { $total }
deck-continued = suite
deck-in-the-journeys = Dans les parcours

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = Canaux
channels-title = Mix de canaux
channels-lead = Points de contact par canal et par étape dans tous les parcours, avec les équipes responsables.
channels-empty = Aucun point de contact pour l’instant.
channels-teams = Équipes responsables
channels-no-channel = Sans canal
channel-mix-lead = Les points de contact de ce parcours par canal et par étape ; survolez un nom pour voir son responsable.
label-total = Total
matrix-title = Valeur et effort
matrix-value = Valeur
matrix-effort = Effort
level-low = Faible
level-medium = Moyen
level-high = Élevé
matrix-quick-wins = Gains rapides
backlog-matrix-lead = Chaque opportunité évaluée est un point numéroté : la valeur croît vers le haut, l’effort vers la droite. Un point mène à sa ligne.
backlog-matrix-empty = Aucune opportunité n’a encore de valeur et d’effort : évaluez-les pour les placer sur la matrice.
backlog-scored = Opportunités évaluées
backlog-scored-meta = par valeur (élevée d’abord), puis effort (faible d’abord), puis échéance
backlog-unscored = Non évaluées
backlog-unscored-meta = opportunités sans valeur ou sans effort
label-value = Valeur
label-effort = Effort
label-number = N°
