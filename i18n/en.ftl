# waymark UI messages, English (the reference catalogue: every other catalogue has exactly
# these keys). Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = Skip to content
nav-main = Main
nav-journeys = Journeys
nav-plan = Plan
nav-ownership = Ownership
nav-backlog = Backlog
nav-register = Register
nav-changes = Changes
search-label = Search the site
search-placeholder = Search journeys, touchpoints…
search-button = Search
search-form-label = Site
# The banner of a market site: market-banner-before, the market code (own markup), then market-banner-after.
market-banner-before = Market
market-banner-after = : this site shows the journeys that run in { $market } and only the content approved for it.
# footer-as-of-before, the as-of date (a <time> element), then footer-as-of-after.
footer-as-of-before = Data as of
footer-as-of-after = . Overdue reviews, expired approvals and due dates are measured against this date.
# footer-commit-before, the short commit hash (code), then footer-commit-after or footer-commit-after-dirty.
footer-commit-before = Built from commit
footer-commit-after = of { $date }.
footer-commit-after-dirty = of { $date }, with uncommitted changes.
footer-built-with = Built with waymark { $version } · Inter typeface under the
footer-font-license = SIL Open Font License
breadcrumb = Breadcrumb

## Shared labels
label-journeys = Journeys
label-personas = Personas
label-persona = Persona
label-journey = Journey
label-stage = Stage
label-stages = Stages
label-touchpoint = Touchpoint
label-touchpoints = Touchpoints
label-channel = Channel
label-channels = Channels
label-owner = Owner
label-status = Status
label-due = Due
label-type = Type
label-item = Item
label-segment = Segment
label-scope = Scope
label-goal = Goal
label-role = Role
label-kind = Kind
label-buying-role = Buying role
label-markets = Markets
label-market = Market
label-all-markets = All markets
label-all-statuses = All statuses
label-download = Download
label-last-changed = Last changed
label-evidence = Evidence
label-severity = Severity
label-pain-point = Pain point
label-pain-points = Pain points
label-opportunity = Opportunity
label-opportunities = Opportunities
label-content = Content
label-content-planned = Content planned
label-code = Code
label-version = Version
label-asset = Asset
label-assets = Assets
label-title = Title
label-format = Format
label-reviewed-by = Reviewed by
label-approved = Approved
label-expires = Expires
label-expired = Expired
label-days-left = Days left
label-products = Products
label-id = Id
label-gaps = Gaps
label-expired-approvals = Expired approvals
label-overdue = Overdue
label-actions = Actions
label-questions = Questions
label-feelings = Feelings
label-decision-moments = Decision moments
label-handoffs = Hand-offs
label-metrics = Metrics
label-metric = Metric
label-target = Target
label-current = Current
label-narrative = Narrative
label-history = History
label-health = Health
label-views = Views
label-content-plan = Content plan
label-review-register = Review register
label-journey-map = Journey map
label-all = all
label-none-recorded = None recorded.
label-not-stated = not stated
label-never = never
label-uncommitted-edits = uncommitted edits
label-on-or-before = on or before
label-no-date = no date
label-unused = unused
label-gap = gap
label-not-active = not active
label-approval-expired = approval expired
label-via-touchpoint = via touchpoint
label-via-touchpoint-title = Referenced by a touchpoint of this stage
label-to-validate = To validate
label-no-owner = No owner
label-needs-owner = needs an owner
label-emotion-at-step = emotion at this step
label-days-overdue = { $days } d overdue
label-n-overdue = { $n } overdue
label-days-ago = { $days } ago

## Values of the model's fields
state-as-is = as-is
state-to-be = to-be
status-idea = idea
status-planned = planned
status-in-progress = in-progress
status-in-review = in-review
status-approved = approved
status-published = published
status-retired = retired
severity-low = low
severity-medium = medium
severity-high = high
opp-idea = idea
opp-planned = planned
opp-in-progress = in-progress
opp-blocked = blocked
opp-done = done
opp-dropped = dropped
confidence-hypothesis = hypothesis
confidence-known = known
kind-opportunity = opportunity
kind-pain-point = pain point
buying-role-decision-maker = decision-maker
buying-role-influencer = influencer
buying-role-approver = approver
buying-role-gatekeeper = gatekeeper
buying-role-user = user
buying-role-champion = champion
emotion-very-negative = very negative
emotion-negative = negative
emotion-neutral = neutral
emotion-positive = positive
emotion-very-positive = very positive

## Badges
badge-overdue = overdue
badge-no-owner = no owner
badge-review-overdue = review overdue
badge-healthy = healthy
badge-changed-since-review = changed since review
badge-expired = expired
badge-expiring = expiring
badge-no-reference = no reference
badge-no-code = no code
badge-stage-without-touchpoints = stage without touchpoints
badge-review-up-to-date = review up to date
badge-review-overdue-days = { $days } d
count-unowned = unowned
count-unowned-touchpoints = { $n ->
    [one] unowned touchpoint
   *[other] unowned touchpoints
}
count-content-gaps = { $n ->
    [one] content gap
   *[other] content gaps
}
count-gaps = { $n ->
    [one] gap
   *[other] gaps
}
count-hypotheses = { $n ->
    [one] hypothesis
   *[other] hypotheses
}
count-expired-approvals = { $n ->
    [one] expired approval
   *[other] expired approvals
}
count-approvals-expiring = { $n ->
    [one] approval expiring
   *[other] approvals expiring
}
count-published-without-approval = published without approval
count-market-mismatches = { $n ->
    [one] market mismatch
   *[other] market mismatches
}
count-claims-without-reference = { $n ->
    [one] claim without reference
   *[other] claims without reference
}

## Index
index-title = Journeys
index-summary = Site summary
index-content-assets = Content assets
index-content-gaps = Content gaps
index-approvals-expiring = Approvals expiring
index-unowned-items = Unowned items
index-backlog-items = Backlog items
index-n-overdue = ({ $n } overdue)
# An empty state: the -before text, a folder name in code (content/journeys/), then the -after text.
index-empty-journeys-before = No journeys yet. Add a file to
index-empty-journeys-after = .
index-empty-personas-before = No personas yet. Add a file to
index-empty-personas-after = .
index-markets-note = (the content plan each market sees)
index-reviewed = Reviewed
index-next-review = Next review
index-improves-on = Improves on
index-details = Details
index-rolled-up = Counts include sub-journeys: { $n }
index-health = Health
index-view-plan = assets by stage and persona, gaps and the content inventory
index-view-register = every asset with its code, version, markets, approval and expiry, soonest expiry first
index-view-ownership = touchpoints and pain points by owning team
index-view-backlog = opportunities and high-severity pain points by owner and due date

## Journey page
journey-review = Review
journey-reviewed-every = Reviewed { $date }, every { $days } days; next { $next }
journey-never-reviewed = Never reviewed
# "Last changed" on a journey: [journey-on-or-before] journey-last-change-before, the commit hash (code), journey-last-change-after; journey-revisions [journey-shallow].
journey-on-or-before = On or before
journey-last-change-before = { $date } in
journey-last-change-after = “{ $subject }”
journey-revisions = { $n ->
    [one] { $n } revision
   *[other] { $n } revisions
}
journey-shallow = or more (shallow clone)
journey-history-link = history
journey-baseline = Baseline (as-is)
journey-to-be-maps = To-be maps
journey-sub-journeys = Sub-journeys
journey-views = Views
view-master = Full map (master)
view-badge = View: { $name }
view-lead = You are looking at “{ $name }”, a view of this map that leaves part of it out.
view-master-link = Open the full map
view-lanes = Lanes
view-all = All
view-hypotheses = Hypotheses
view-left-out = Not in this view
compare-title = As-is and to-be
compare-chart-title = Emotion, as-is and to-be
compare-legend = Legend
compare-as-is = As-is
compare-to-be = To-be
compare-stage-added = New stage
compare-stage-removed = Not in the to-be map
compare-link = Compare with the as-is map
compare-compared-in = Compared with
compare-against = against its baseline
compare-changes = What the to-be map changes
compare-no-changes = No changes at this stage.
compare-emotion = Emotion
compare-metrics = Metrics
compare-metric = Metric
compare-metric-as-is = As-is now
compare-metric-to-be = To-be target
compare-not-recorded = not recorded
compare-effect-added = Added
compare-effect-removed = Removed
compare-effect-resolved = Resolved
compare-effect-new-pain = New pain point
compare-effect-changed = Changed
compare-persona = Persona
compare-change = Change
journey-none-listed = none listed
journey-no-findings = No findings.
journey-findings = { $n ->
    [one] { $n } finding
   *[other] { $n } findings
}
journey-stages-nav = Stages
journey-diagram = Journey diagram
journey-stakeholder-map = Stakeholder map
journey-no-touchpoints = No touchpoints.
journey-handoff-to = to
# journey-history-empty-before, a link whose text is journey-change-history, then journey-history-empty-after.
journey-history-empty-before = No change to this map among the commits on the
journey-history-empty-after = .
journey-change-history = change history

## Persona page
persona-goals = Goals
persona-needs = Needs
persona-questions = Questions
persona-blockers = Blockers
persona-no-journeys = This persona appears in no journey yet.
# persona-enters-at-before, the stage name (bold), then persona-enters-at-after.
persona-enters-at-before = Enters at
persona-enters-at-after = .
persona-listed-inactive = Listed, but active in no stage.
# persona-not-listed-before, the field name personas (code, not translated), then persona-not-listed-after.
persona-not-listed-before = Active in stages but not listed under the journey's
persona-not-listed-after = .
persona-feeling = Feeling
persona-does-and-asks = Does and asks
persona-question = “{ $question }”
# "Last changed" on a persona: persona-file-history-before, the commit hash (code), then persona-file-history-after.
persona-file-history-before = { $date } (
persona-file-history-after = , { $revisions ->
    [one] { $revisions } revision
   *[other] { $revisions } revisions
})

## Content plan
plan-title = Content plan
# The heading of a market plan: plan-title, plan-heading-market, the market code (own markup).
plan-heading-market = — market
plan-lead = Content assets by journey stage and persona. A gap is a stage where a role is active and nobody has planned content for it; “not active” cells are stages the role does not take part in.
plan-market-lead = Only the journeys that run in { $market } and the assets approved for { $market }: a cell that another market's asset fills elsewhere is a gap here.
plan-by-market = Content plan by market
plan-status-legend = Status legend
plan-gaps-in-cells = { $gaps ->
    [one] { $gaps } gap
   *[other] { $gaps } gaps
} in { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
}
plan-no-matrix-personas = This journey lists no personas, so there is no matrix.
plan-no-matrix-stages = This journey lists no stages, so there is no matrix.
plan-not-active-title = This role is not active at this stage
plan-inventory = Content inventory
# plan-empty-inventory-before, a folder name in code (content/assets/), then plan-empty-inventory-after.
plan-empty-inventory-before = No content assets yet. Add a list to
plan-empty-inventory-after = .
plan-unused-title = Serves no stage of any journey

## Backlog
backlog-title = Backlog
backlog-lead = Opportunities and high-severity pain points across all journeys. Due dates before { $date } on open items are overdue.
backlog-high-pains = High-severity pain points
backlog-empty = Nothing in the backlog: no opportunities and no high-severity pain points.
backlog-sort = Sort the backlog
backlog-sort-by = Sort by
backlog-sort-owner = owner
backlog-sort-due = due date
backlog-sort-status = status
backlog-by-due = By due date
backlog-by-due-meta = earliest first, undated last
backlog-by-status = By status
backlog-by-status-meta = pain points first, then idea → dropped
backlog-by-owner = By owner
backlog-owners = Owners
backlog-items-meta = { $n ->
    [one] { $n } item
   *[other] { $n } items
}, earliest due first

## Ownership
ownership-title = Ownership
ownership-lead = Touchpoints and pain points by owning team. Items without an owner come first: nobody will fix what nobody owns.
ownership-empty = No touchpoints or pain points yet.
ownership-teams = Teams
ownership-group-meta = { $touchpoints ->
    [one] { $touchpoints } touchpoint
   *[other] { $touchpoints } touchpoints
}, { $pains ->
    [one] { $pains } pain point
   *[other] { $pains } pain points
}
ownership-idle = Teams that own nothing
# ownership-idle-lead-before, the file name waymark.yaml (code), ownership-idle-lead-middle, the team names, ownership-idle-lead-after.
ownership-idle-lead-before = Declared in
ownership-idle-lead-middle = but owning no touchpoint or pain point:
ownership-idle-lead-after = .

## Review register
register-title = Review register
# register-lead-before, the as-of date (a <time> element), then register-lead-after.
register-lead-before = Every content asset with its material code, version, approval and markets, soonest expiry first. Days left count from
register-lead-after = ; an approval that ends within { $days } days is flagged as expiring.
register-csv = CSV, review register
register-summary = Register summary
register-expiring-within = Expiring within { $days } days
register-by-market = By market
# register-empty-before, a folder name in code (content/assets/), then register-empty-after.
register-empty-before = No content assets yet. Add a list to
register-empty-after = .
register-journeys-stages = Journeys and stages
register-claims = Claims and references
register-market = Market { $market }
register-market-meta = { $n ->
    [one] { $n } asset approved
   *[other] { $n } assets approved
}
register-market-plan = content plan
register-market-empty = No asset is approved for { $market }.

## Change history
changes-title = Changes
changes-heading = Change history
changes-lead = What changed in the maps, commit by commit, newest first.
# changes-lead-head-before, the short commit hash (code), then changes-lead-head-after.
changes-lead-head-before = What changed in the maps, commit by commit, newest first, up to commit
changes-lead-head-after = of { $date }.
changes-dirty = The site has uncommitted edits; they are not listed here.
# changes-shallow-before, the command git fetch --unshallow (code), then changes-shallow-after.
changes-shallow-before = This is a shallow clone: older history is missing, so the oldest change shown and the dates marked “on or before” may be incomplete. Fetch the full history (
changes-shallow-after = ) for exact dates.
changes-empty = No commit has changed the site yet.
changes-no-model-change = No change to journeys, personas or content assets (layout or wording outside the model only).
# changes-more-before, the option --history N (code), then changes-more-after.
changes-more-before = { $n ->
    [one] { $n } older commit not shown (build with
   *[other] { $n } older commits not shown (build with
}
changes-more-after = to show more).
changes-files = Files
changes-file = File
changes-commit = Commit
changes-revisions = Revisions

## Search page
search-title = Search
search-lead = Journeys, personas, stages, touchpoints, pain points, opportunities and content assets. Without JavaScript, this page lists every journey, persona and asset: use your browser's find (Ctrl+F) on it.
search-page-label = Search page
search-all-journeys = All journeys
search-all-personas = All personas
search-all-assets = All content assets
# Written by the search script (search.js) from the search form's data-* attributes.
search-none = No results for “{ $query }”
search-count = { $n ->
    [one] { $n } result
   *[other] { $n } results
}
search-first = , first { $limit } shown
search-kind-journey = journey
search-kind-persona = persona
search-kind-stage = stage
search-kind-touchpoint = touchpoint
search-kind-pain-point = pain point
search-kind-opportunity = opportunity
search-kind-asset = asset
# Written by the filter script (filter.js): how many of the list's items the filter shows.
filter-shown = { $shown } of { $total } shown

## Downloads
download-png = PNG
download-png-stakeholders = PNG, stakeholder map
download-pdf-deck = PDF deck
download-pptx = PowerPoint deck of this map
download-csv-plan = CSV, content plan
download-csv-touchpoints = CSV, touchpoints
download-csv-backlog = CSV, backlog
download-csv-emotions = CSV, emotions
download-csv-register = CSV, review register

## Diagrams (lane names, headings, legend)
diagram-journey-map = Journey map
diagram-stakeholder-map = Stakeholder map
diagram-personas = Personas
diagram-stages = Stages
diagram-no-stages = No stages yet.
diagram-no-personas = No personas listed for this journey.
diagram-all-roles = All roles
diagram-no-owner = No owner
diagram-channel-not-set = channel not set
diagram-not-active = Not active in any stage
diagram-key = KEY
diagram-severity = { $severity } severity
diagram-hypothesis = hypothesis, to validate (dashed card)
diagram-emotion-step = emotion at an action (step)
diagram-emotion-stage = emotion of the stage (no scored action)
diagram-all-roles-curve = all roles (grey curve)
diagram-no-owning-team = no owning team
diagram-active = active at the stage
diagram-enters = enters the journey
diagram-enters-short = Enters
diagram-emotion-range = emotion at the stage (−2 to +2)
diagram-due = due { $date }
diagram-target = target { $target }
diagram-now = { $current } now
lane-actions = Actions
lane-questions = Questions
lane-touchpoints = Touchpoints
lane-emotion = Emotion
lane-pains = Pain points
lane-decisions = Decision moments
lane-handoffs = Hand-offs
lane-opportunities = Opportunities
lane-metrics = Metrics

## PDF deck (waymark export --format pdf)
deck-journey-maps = Journey maps
deck-contents = Contents
deck-and-more = and { $n } more
deck-not-shown = not shown: { $lanes }
deck-maps = Maps
deck-maps-count = { $journeys ->
    [one] { $journeys } journey
   *[other] { $journeys } journeys
}, { $personas ->
    [one] { $personas } persona
   *[other] { $personas } personas
}
deck-reviewed = Reviewed
deck-latest-review = latest review { $date }
deck-not-reviewed = not yet reviewed
deck-overview = { $total ->
    [one] Overview · the detail follows on the next page
   *[other] Overview · the detail follows on the next { $total } pages
}
deck-stage = Stage { $n }
deck-stages = Stages { $from }–{ $to }
deck-stage-of = Stage { $n } of { $total }
deck-stages-of = Stages { $from }–{ $to } of { $total }
deck-detail-of = detail { $k } of { $total }
deck-continues = Continues on the next page →
deck-content-by-stage = Content by stage and role
deck-gap = Gap: no content
deck-detail-pages = Detail pages
deck-part-of = part { $k } of { $total }
deck-continued = continued
deck-in-the-journeys = In the journeys

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = Channels
channels-title = Channel mix
channels-lead = Touchpoints by channel and stage across all journeys, with the teams that own them.
channels-empty = No touchpoints yet.
channels-teams = Owning teams
channels-no-channel = No channel
channel-mix-lead = The touchpoints of this map by channel and stage; point at a name to see its owner.
label-total = Total
matrix-title = Value and effort
matrix-value = Value
matrix-effort = Effort
level-low = Low
level-medium = Medium
level-high = High
matrix-quick-wins = Quick wins
backlog-matrix-lead = Each scored opportunity is a numbered dot: value rises upwards, effort to the right. Select a dot to go to its row.
backlog-matrix-empty = No opportunity has both a value and an effort yet: score them to place them on the matrix.
backlog-scored = Scored opportunities
backlog-scored-meta = by value (high first), then effort (low first), then due date
backlog-unscored = Not scored
backlog-unscored-meta = opportunities without a value or an effort
label-value = Value
label-effort = Effort
label-number = No.
