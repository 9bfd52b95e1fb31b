# waymark UI messages, Spanish (español). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = Saltar al contenido
nav-main = Navegación principal
nav-journeys = Recorridos
nav-plan = Plan
nav-ownership = Responsables
nav-backlog = Pendientes
nav-register = Registro
nav-changes = Cambios
search-label = Buscar en el sitio
search-placeholder = Buscar recorridos, puntos de contacto…
search-button = Buscar
search-form-label = Sitio
market-banner-before = Mercado
market-banner-after = : este sitio muestra los recorridos que se desarrollan en { $market } y solo el contenido aprobado para ese mercado.
footer-as-of-before = Datos a
footer-as-of-after = . Las revisiones atrasadas, las aprobaciones vencidas y las fechas límite se calculan con respecto a esta fecha.
footer-commit-before = Generado a partir del commit
footer-commit-after = del { $date }.
footer-commit-after-dirty = del { $date }, con cambios sin confirmar.
footer-built-with = Generado con waymark { $version } · tipografía Inter bajo la
footer-font-license = SIL Open Font License
breadcrumb = Ruta de navegación

## Shared labels
label-journeys = Recorridos
label-personas = Personas
label-persona = Persona
label-journey = Recorrido
label-stage = Etapa
label-stages = Etapas
label-touchpoint = Punto de contacto
label-touchpoints = Puntos de contacto
label-channel = Canal
label-channels = Canales
label-owner = Responsable
label-status = Estado
label-due = Fecha límite
label-type = Tipo
label-item = Elemento
label-segment = Segmento
label-scope = Alcance
label-goal = Objetivo
label-role = Rol
label-kind = Clase
label-buying-role = Rol de compra
label-markets = Mercados
label-market = Mercado
label-all-markets = Todos los mercados
label-all-statuses = Todos los estados
label-download = Descargar
label-last-changed = Última modificación
label-evidence = Evidencia
label-severity = Gravedad
label-pain-point = Punto de dolor
label-pain-points = Puntos de dolor
label-opportunity = Oportunidad
label-opportunities = Oportunidades
label-content = Contenido
label-content-planned = Contenido previsto
label-code = Código
label-version = Versión
label-asset = Material
label-assets = Materiales
label-title = Título
label-format = Formato
label-reviewed-by = Revisado por
label-approved = Aprobado
label-expires = Vence
label-expired = Vencido
label-days-left = Días restantes
label-products = Productos
label-id = ID
label-gaps = Vacíos
label-expired-approvals = Aprobaciones vencidas
label-overdue = Atrasado
label-actions = Acciones
label-questions = Preguntas
label-feelings = Sentimientos
label-decision-moments = Momentos de decisión
label-handoffs = Traspasos
label-metrics = Métricas
label-metric = Métrica
label-target = Objetivo
label-current = Actual
label-narrative = Narrativa
label-history = Historial
label-health = Salud
label-views = Vistas
label-content-plan = Plan de contenidos
label-review-register = Registro de aprobaciones
label-journey-map = Mapa del recorrido
label-all = todos
label-none-recorded = No hay nada registrado.
label-not-stated = no indicado
label-never = nunca
label-uncommitted-edits = cambios sin confirmar
label-on-or-before = a más tardar el
label-no-date = sin fecha
label-unused = sin uso
label-gap = vacío
label-not-active = no activo
label-approval-expired = aprobación vencida
label-via-touchpoint = vía punto de contacto
label-via-touchpoint-title = Referenciado por un punto de contacto de esta etapa
label-to-validate = Por validar
label-no-owner = Sin responsable
label-needs-owner = necesita un responsable
label-emotion-at-step = emoción en este paso
label-days-overdue = { $days } d de retraso
label-n-overdue = { $n } atrasados
label-days-ago = hace { $days }

## Values of the model's fields
state-as-is = actual
state-to-be = deseado
status-idea = idea
status-planned = planificado
status-in-progress = en curso
status-in-review = en revisión
status-approved = aprobado
status-published = publicado
status-retired = retirado
severity-low = baja
severity-medium = media
severity-high = alta
opp-idea = idea
opp-planned = planificada
opp-in-progress = en curso
opp-blocked = bloqueada
opp-done = completada
opp-dropped = descartada
confidence-hypothesis = hipótesis
confidence-known = confirmado
kind-opportunity = oportunidad
kind-pain-point = punto de dolor
buying-role-decision-maker = decisor
buying-role-influencer = influenciador
buying-role-approver = aprobador
buying-role-gatekeeper = filtro
buying-role-user = usuario
buying-role-champion = promotor
emotion-very-negative = muy negativa
emotion-negative = negativa
emotion-neutral = neutra
emotion-positive = positiva
emotion-very-positive = muy positiva

## Badges
badge-overdue = atrasado
badge-no-owner = sin responsable
badge-review-overdue = revisión atrasada
badge-healthy = en buen estado
badge-changed-since-review = modificado desde la revisión
badge-expired = vencido
badge-expiring = por vencer
badge-no-reference = sin referencia
badge-no-code = sin código
badge-stage-without-touchpoints = etapa sin puntos de contacto
badge-review-up-to-date = revisión al día
badge-review-overdue-days = { $days } d
count-unowned = sin responsable
count-unowned-touchpoints = { $n ->
    [one] punto de contacto sin responsable
   *[other] puntos de contacto sin responsable
}
count-content-gaps = { $n ->
    [one] vacío de contenido
   *[other] vacíos de contenido
}
count-gaps = { $n ->
    [one] vacío
   *[other] vacíos
}
count-hypotheses = { $n ->
    [one] hipótesis
   *[other] hipótesis
}
count-expired-approvals = { $n ->
    [one] aprobación vencida
   *[other] aprobaciones vencidas
}
count-approvals-expiring = { $n ->
    [one] aprobación por vencer
   *[other] aprobaciones por vencer
}
count-published-without-approval = publicado sin aprobación
count-market-mismatches = { $n ->
    [one] discrepancia de mercado
   *[other] discrepancias de mercado
}
count-claims-without-reference = { $n ->
    [one] afirmación sin referencia
   *[other] afirmaciones sin referencia
}

## Index
index-title = Recorridos
index-summary = Resumen del sitio
index-content-assets = Materiales de contenido
index-content-gaps = Vacíos de contenido
index-approvals-expiring = Aprobaciones por vencer
index-unowned-items = Elementos sin responsable
index-backlog-items = Elementos pendientes
index-n-overdue = ({ $n } atrasados)
index-empty-journeys-before = Todavía no hay recorridos. Añada un archivo en
index-empty-journeys-after = .
index-empty-personas-before = Todavía no hay personas. Añada un archivo en
index-empty-personas-after = .
index-markets-note = (el plan de contenidos que ve cada mercado)
index-reviewed = Revisado
index-next-review = Próxima revisión
index-improves-on = Mejora
index-details = Detalla
index-rolled-up = Cifras con los subrecorridos incluidos: { $n }
index-health = Salud
index-view-plan = materiales por etapa y persona, vacíos e inventario de contenidos
index-view-register = cada material con su código, versión, mercados, aprobación y vencimiento, primero los que vencen antes
index-view-ownership = puntos de contacto y puntos de dolor por equipo responsable
index-view-backlog = oportunidades y puntos de dolor de gravedad alta por responsable y fecha límite

## Journey page
journey-review = Revisión
journey-reviewed-every = Revisado el { $date }, cada { $days } días; próxima revisión el { $next }
journey-never-reviewed = Nunca revisado
journey-on-or-before = A más tardar el
journey-last-change-before = { $date } en
journey-last-change-after = «{ $subject }»
journey-revisions = { $n ->
    [one] { $n } modificación
   *[other] { $n } modificaciones
}
journey-shallow = o más (clon superficial)
journey-history-link = historial
journey-baseline = Situación de partida (actual)
journey-to-be-maps = Mapas de la situación deseada
journey-sub-journeys = Subrecorridos
journey-views = Vistas
view-master = Mapa completo (versión maestra)
view-badge = Vista: { $name }
view-lead = Esta es la vista «{ $name }» del mapa: una versión más breve que deja fuera parte del mapa.
view-master-link = Abrir el mapa completo
view-lanes = Carriles
view-all = Todo
view-hypotheses = Hipótesis
view-left-out = Fuera de esta vista
compare-title = Situación actual y deseada
compare-chart-title = Emoción, situación actual y deseada
compare-legend = Leyenda
compare-as-is = Actual
compare-to-be = Deseada
compare-stage-added = Etapa nueva
compare-stage-removed = No está en el mapa deseado
compare-link = Comparar con el mapa actual
compare-compared-in = Comparado con
compare-against = frente a su situación de partida
compare-changes = Qué cambia el mapa deseado
compare-no-changes = Sin cambios en esta etapa.
compare-emotion = Emoción
compare-metrics = Métricas
compare-metric = Métrica
compare-metric-as-is = Valor actual
compare-metric-to-be = Objetivo deseado
compare-not-recorded = sin registrar
compare-effect-added = Añadido
compare-effect-removed = Eliminado
compare-effect-resolved = Resuelto
compare-effect-new-pain = Nuevo punto de dolor
compare-effect-changed = Modificado
compare-persona = Persona
compare-change = Cambio
journey-none-listed = ninguno indicado
journey-no-findings = Sin observaciones.
journey-findings = { $n ->
    [one] { $n } observación
   *[other] { $n } observaciones
}
journey-stages-nav = Etapas
journey-diagram = Diagrama del recorrido
journey-stakeholder-map = Mapa de actores
journey-no-touchpoints = No hay puntos de contacto.
journey-handoff-to = a
journey-history-empty-before = Ningún cambio en este mapa entre los commits del
journey-history-empty-after = .
journey-change-history = historial de cambios

## Persona page
persona-goals = Objetivos
persona-needs = Necesidades
persona-questions = Preguntas
persona-blockers = Obstáculos
persona-no-journeys = Esta persona todavía no aparece en ningún recorrido.
persona-enters-at-before = Entra en la etapa
persona-enters-at-after = .
persona-listed-inactive = Incluida, pero no activa en ninguna etapa.
persona-not-listed-before = Activa en algunas etapas, pero el recorrido no la incluye en su campo
persona-not-listed-after = .
persona-feeling = Sentimiento
persona-does-and-asks = Qué hace y qué pregunta
persona-question = «{ $question }»
persona-file-history-before = { $date } (
persona-file-history-after = , { $revisions ->
    [one] { $revisions } modificación
   *[other] { $revisions } modificaciones
})

## Content plan
plan-title = Plan de contenidos
plan-heading-market = — mercado
plan-lead = Materiales de contenido por etapa del recorrido y persona. Un vacío es una etapa en la que un rol está activo y nadie ha previsto contenido para él; las celdas «no activo» son etapas en las que el rol no participa.
plan-market-lead = Solo los recorridos que se desarrollan en { $market } y los materiales aprobados para { $market }: una celda que en otro lugar cubre el material de otro mercado es aquí un vacío.
plan-by-market = Plan de contenidos por mercado
plan-status-legend = Leyenda de estados
plan-gaps-in-cells = { $gaps ->
    [one] { $gaps } vacío
   *[other] { $gaps } vacíos
} en { $cells ->
    [one] { $cells } celda
   *[other] { $cells } celdas
}
plan-no-matrix-personas = Este recorrido no incluye personas, por lo que no hay matriz.
plan-no-matrix-stages = Este recorrido no incluye etapas, por lo que no hay matriz.
plan-not-active-title = Este rol no está activo en esta etapa
plan-inventory = Inventario de contenidos
plan-empty-inventory-before = Todavía no hay materiales de contenido. Añada una lista en
plan-empty-inventory-after = .
plan-unused-title = No sirve a ninguna etapa de ningún recorrido

## Backlog
backlog-title = Pendientes
backlog-lead = Oportunidades y puntos de dolor de gravedad alta de todos los recorridos. En los elementos abiertos, las fechas límite anteriores al { $date } están atrasadas.
backlog-high-pains = Puntos de dolor de gravedad alta
backlog-empty = No hay nada pendiente: ni oportunidades ni puntos de dolor de gravedad alta.
backlog-sort = Ordenar los pendientes
backlog-sort-by = Ordenar por
backlog-sort-owner = responsable
backlog-sort-due = fecha límite
backlog-sort-status = estado
backlog-by-due = Por fecha límite
backlog-by-due-meta = las más próximas primero, sin fecha al final
backlog-by-status = Por estado
backlog-by-status-meta = primero los puntos de dolor, luego de idea → descartada
backlog-by-owner = Por responsable
backlog-owners = Responsables
backlog-items-meta = { $n ->
    [one] { $n } elemento
   *[other] { $n } elementos
}, primero la fecha límite más próxima

## Ownership
ownership-title = Responsables
ownership-lead = Puntos de contacto y puntos de dolor por equipo responsable. Los elementos sin responsable aparecen primero: nadie arregla lo que no es de nadie.
ownership-empty = Todavía no hay puntos de contacto ni puntos de dolor.
ownership-teams = Equipos
ownership-group-meta = { $touchpoints ->
    [one] { $touchpoints } punto de contacto
   *[other] { $touchpoints } puntos de contacto
}, { $pains ->
    [one] { $pains } punto de dolor
   *[other] { $pains } puntos de dolor
}
ownership-idle = Equipos sin responsabilidades
ownership-idle-lead-before = Declarados en
ownership-idle-lead-middle = pero no son responsables de ningún punto de contacto ni punto de dolor:
ownership-idle-lead-after = .

## Review register
register-title = Registro de aprobaciones
register-lead-before = Todos los materiales de contenido con su código de material, versión, aprobación y mercados, primero los que vencen antes. Los días restantes se cuentan desde el
register-lead-after = ; una aprobación que termina en los próximos { $days } días se marca como por vencer.
register-csv = CSV, registro de aprobaciones
register-summary = Resumen del registro
register-expiring-within = Vencen en { $days } días
register-by-market = Por mercado
register-empty-before = Todavía no hay materiales de contenido. Añada una lista en
register-empty-after = .
register-journeys-stages = Recorridos y etapas
register-claims = Afirmaciones y referencias
register-market = Mercado { $market }
register-market-meta = { $n ->
    [one] { $n } material aprobado
   *[other] { $n } materiales aprobados
}
register-market-plan = plan de contenidos
register-market-empty = No hay ningún material aprobado para { $market }.

## Change history
changes-title = Cambios
changes-heading = Historial de cambios
changes-lead = Qué ha cambiado en los mapas, commit a commit, de más reciente a más antiguo.
changes-lead-head-before = Qué ha cambiado en los mapas, commit a commit, de más reciente a más antiguo, hasta el commit
changes-lead-head-after = del { $date }.
changes-dirty = El sitio tiene cambios sin confirmar; no se incluyen aquí.
changes-shallow-before = Se trata de un clon superficial: falta el historial más antiguo, por lo que el cambio más antiguo mostrado y las fechas marcadas con «a más tardar el» pueden estar incompletos. Descargue el historial completo (
changes-shallow-after = ) para obtener fechas exactas.
changes-empty = Ningún commit ha modificado el sitio todavía.
changes-no-model-change = Sin cambios en recorridos, personas ni materiales de contenido (solo en el diseño o en textos ajenos al modelo).
changes-more-before = { $n ->
    [one] { $n } commit anterior no se muestra (genere el sitio con
   *[other] { $n } commits anteriores no se muestran (genere el sitio con
}
changes-more-after = para ver más).
changes-files = Archivos
changes-file = Archivo
changes-commit = Commit
changes-revisions = Modificaciones

## Search page
search-title = Búsqueda
search-lead = Recorridos, personas, etapas, puntos de contacto, puntos de dolor, oportunidades y materiales de contenido. Sin JavaScript, esta página enumera todos los recorridos, personas y materiales: use la función de búsqueda de su navegador (Ctrl+F).
search-page-label = Página de búsqueda
search-all-journeys = Todos los recorridos
search-all-personas = Todas las personas
search-all-assets = Todos los materiales de contenido
search-none = No hay resultados para «{ $query }»
search-count = { $n ->
    [one] { $n } resultado
   *[other] { $n } resultados
}
search-first = , se muestran los { $limit } primeros
search-kind-journey = recorrido
search-kind-persona = persona
search-kind-stage = etapa
search-kind-touchpoint = punto de contacto
search-kind-pain-point = punto de dolor
search-kind-opportunity = oportunidad
search-kind-asset = contenido
filter-shown = { $shown } de { $total } mostrados

## Downloads
download-png = PNG
download-png-stakeholders = PNG, mapa de actores
download-pdf-deck = Presentación en PDF
download-pptx = Presentación PowerPoint de este mapa
download-csv-plan = CSV, plan de contenidos
download-csv-touchpoints = CSV, puntos de contacto
download-csv-backlog = CSV, pendientes
download-csv-emotions = CSV, emociones
download-csv-register = CSV, registro de aprobaciones

## Diagrams (lane names, headings, legend)
diagram-journey-map = Mapa del recorrido
diagram-stakeholder-map = Mapa de actores
diagram-personas = Personas
diagram-stages = Etapas
diagram-no-stages = Todavía no hay etapas.
diagram-no-personas = No hay personas incluidas en este recorrido.
diagram-all-roles = Todos los roles
diagram-no-owner = Sin responsable
diagram-channel-not-set = canal no definido
diagram-not-active = No activa en ninguna etapa
diagram-key = LEYENDA
diagram-severity = gravedad { $severity }
diagram-hypothesis = hipótesis, por validar (tarjeta discontinua)
diagram-emotion-step = emoción en una acción (paso)
diagram-emotion-stage = emoción de la etapa (sin acción puntuada)
diagram-all-roles-curve = todos los roles (curva gris)
diagram-no-owning-team = sin equipo responsable
diagram-active = activa en la etapa
diagram-enters = entra en el recorrido
diagram-enters-short = Entrada
diagram-emotion-range = emoción en la etapa (de −2 a +2)
diagram-due = vence el { $date }
diagram-target = objetivo { $target }
diagram-now = actual { $current }
lane-actions = Acciones
lane-questions = Preguntas
lane-touchpoints = Puntos de contacto
lane-emotion = Emoción
lane-pains = Puntos de dolor
lane-decisions = Momentos de decisión
lane-handoffs = Traspasos
lane-opportunities = Oportunidades
lane-metrics = Métricas

## PDF deck (waymark export --format pdf)
deck-journey-maps = Mapas de los recorridos
deck-contents = Índice
deck-and-more = y { $n } más
deck-not-shown = no se muestra: { $lanes }
deck-maps = Mapas
deck-maps-count = { $journeys ->
    [one] { $journeys } recorrido
   *[other] { $journeys } recorridos
}, { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
}
deck-reviewed = Revisado
deck-latest-review = última revisión el { $date }
deck-not-reviewed = aún sin revisar
deck-overview = { $total ->
    [one] Resumen · el detalle sigue en la página siguiente
   *[other] Resumen · el detalle sigue en las { $total } páginas siguientes
}
deck-stage = Etapa { $n }
deck-stages = Etapas { $from }–{ $to }
deck-stage-of = Etapa { $n } de { $total }
deck-stages-of = Etapas { $from }–{ $to } de { $total }
deck-detail-of = detalle { $k } de { $total }
deck-continues = Continúa en la página siguiente →
deck-content-by-stage = Contenido por etapa y rol
deck-gap = Vacío: sin contenido
deck-detail-pages = Páginas de detalle
deck-part-of = parte { $k } de { $total }
deck-continued = continuación
deck-in-the-journeys = En los recorridos

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = Canales
channels-title = Mezcla de canales
channels-lead = Puntos de contacto por canal y etapa en todos los recorridos, con los equipos responsables.
channels-empty = Todavía no hay puntos de contacto.
channels-teams = Equipos responsables
channels-no-channel = Sin canal
channel-mix-lead = Los puntos de contacto de este mapa por canal y etapa; señale un nombre para ver su responsable.
label-total = Total
matrix-title = Valor y esfuerzo
matrix-value = Valor
matrix-effort = Esfuerzo
level-low = Bajo
level-medium = Medio
level-high = Alto
matrix-quick-wins = Victorias rápidas
backlog-matrix-lead = Cada oportunidad evaluada es un punto numerado: el valor crece hacia arriba y el esfuerzo hacia la derecha. Un punto lleva a su fila.
backlog-matrix-empty = Ninguna oportunidad tiene aún valor y esfuerzo: evalúelas para situarlas en la matriz.
backlog-scored = Oportunidades evaluadas
backlog-scored-meta = por valor (alto primero), luego esfuerzo (bajo primero), luego fecha límite
backlog-unscored = Sin evaluar
backlog-unscored-meta = oportunidades sin valor o sin esfuerzo
label-value = Valor
label-effort = Esfuerzo
label-number = N.º
