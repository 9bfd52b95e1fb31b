# waymark UI messages, Hebrew (עברית). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = דילוג לתוכן
nav-main = ניווט ראשי
nav-journeys = מסעות
nav-plan = תוכנית
nav-ownership = אחריות
nav-backlog = צבר משימות
nav-register = מרשם
nav-changes = שינויים
search-label = חיפוש באתר
search-placeholder = חיפוש מסעות, נקודות מגע…
search-button = חיפוש
search-form-label = אתר
market-banner-before = שוק
market-banner-after = : אתר זה מציג את המסעות הפעילים בשוק { $market } ורק את התוכן שאושר לשוק זה.
footer-as-of-before = הנתונים נכונים לתאריך
footer-as-of-after = . סקירות באיחור, אישורים שפג תוקפם ומועדי יעד נמדדים ביחס לתאריך זה.
footer-commit-before = נבנה מקומיט
footer-commit-after = מתאריך { $date }.
footer-commit-after-dirty = מתאריך { $date }, עם שינויים שטרם נכללו בקומיט.
footer-built-with = נבנה באמצעות waymark { $version } · הגופן Inter מופץ ברישיון
footer-font-license = SIL Open Font License
breadcrumb = נתיב ניווט

## Shared labels
label-journeys = מסעות
label-personas = פרסונות
label-persona = פרסונה
label-journey = מסע
label-stage = שלב
label-stages = שלבים
label-touchpoint = נקודת מגע
label-touchpoints = נקודות מגע
label-channel = ערוץ
label-channels = ערוצים
label-owner = אחראי
label-status = סטטוס
label-due = מועד יעד
label-type = סוג
label-item = פריט
label-segment = פלח
label-scope = היקף
label-goal = מטרה
label-role = תפקיד
label-kind = סוג
label-buying-role = תפקיד בקבוצת הרכש
label-markets = שווקים
label-market = שוק
label-all-markets = כל השווקים
label-all-statuses = כל הסטטוסים
label-download = הורדה
label-last-changed = שינוי אחרון
label-evidence = ראיות
label-severity = חומרה
label-pain-point = נקודת כאב
label-pain-points = נקודות כאב
label-opportunity = הזדמנות
label-opportunities = הזדמנויות
label-content = תוכן
label-content-planned = תוכן מתוכנן
label-code = קוד
label-version = גרסה
label-asset = נכס תוכן
label-assets = נכסי תוכן
label-title = כותרת
label-format = פורמט
label-reviewed-by = נסקר על ידי
label-approved = אושר
label-expires = תוקף עד
label-expired = פג תוקף
label-days-left = ימים שנותרו
label-products = מוצרים
label-id = מזהה
label-gaps = פערים
label-expired-approvals = אישורים שפג תוקפם
label-overdue = באיחור
label-actions = פעולות
label-questions = שאלות
label-feelings = רגשות
label-decision-moments = רגעי החלטה
label-handoffs = העברות
label-metrics = מדדים
label-metric = מדד
label-target = יעד
label-current = נוכחי
label-narrative = נרטיב
label-history = היסטוריה
label-health = תקינות
label-views = תצוגות
label-content-plan = תוכנית תוכן
label-review-register = מרשם סקירות
label-journey-map = מפת מסע
label-all = הכול
label-none-recorded = אין רישומים.
label-not-stated = לא צוין
label-never = אף פעם
label-uncommitted-edits = שינויים שטרם נכללו בקומיט
label-on-or-before = לא אחרי
label-no-date = ללא תאריך
label-unused = לא בשימוש
label-gap = פער
label-not-active = לא פעיל
label-approval-expired = תוקף האישור פג
label-via-touchpoint = דרך נקודת מגע
label-via-touchpoint-title = מוזכר בנקודת מגע של שלב זה
label-to-validate = לאימות
label-no-owner = ללא אחראי
label-needs-owner = דרוש אחראי
label-emotion-at-step = הרגש בצעד זה
label-days-overdue = { $days } ימ׳ באיחור
label-n-overdue = { $n } באיחור
label-days-ago = לפני { $days }

## Values of the model's fields
state-as-is = מצב קיים
state-to-be = מצב רצוי
status-idea = רעיון
status-planned = מתוכנן
status-in-progress = בעבודה
status-in-review = בסקירה
status-approved = מאושר
status-published = פורסם
status-retired = הוצא משימוש
severity-low = נמוכה
severity-medium = בינונית
severity-high = גבוהה
opp-idea = רעיון
opp-planned = מתוכננת
opp-in-progress = בביצוע
opp-blocked = חסומה
opp-done = הושלמה
opp-dropped = בוטלה
confidence-hypothesis = השערה
confidence-known = ידוע
kind-opportunity = הזדמנות
kind-pain-point = נקודת כאב
buying-role-decision-maker = מקבל החלטות
buying-role-influencer = משפיע
buying-role-approver = מאשר
buying-role-gatekeeper = שומר סף
buying-role-user = משתמש
buying-role-champion = תומך פנימי
emotion-very-negative = שלילי מאוד
emotion-negative = שלילי
emotion-neutral = ניטרלי
emotion-positive = חיובי
emotion-very-positive = חיובי מאוד

## Badges
badge-overdue = באיחור
badge-no-owner = ללא אחראי
badge-review-overdue = סקירה באיחור
badge-healthy = תקין
badge-changed-since-review = השתנה מאז הסקירה
badge-expired = פג תוקף
badge-expiring = פג בקרוב
badge-no-reference = ללא אסמכתה
badge-no-code = ללא קוד
badge-stage-without-touchpoints = שלב ללא נקודות מגע
badge-review-up-to-date = הסקירה עדכנית
badge-review-overdue-days = { $days } ימ׳
count-unowned = ללא אחראי
count-unowned-touchpoints = { $n ->
    [one] נקודת מגע ללא אחראי
   *[other] נקודות מגע ללא אחראי
}
count-content-gaps = { $n ->
    [one] פער תוכן
   *[other] פערי תוכן
}
count-gaps = { $n ->
    [one] פער
   *[other] פערים
}
count-hypotheses = { $n ->
    [one] השערה
   *[other] השערות
}
count-expired-approvals = { $n ->
    [one] אישור שפג תוקפו
   *[other] אישורים שפג תוקפם
}
count-approvals-expiring = { $n ->
    [one] אישור שתוקפו עומד לפוג
   *[other] אישורים שתוקפם עומד לפוג
}
count-published-without-approval = פורסמו ללא אישור
count-market-mismatches = { $n ->
    [one] אי־התאמה לשוק
   *[other] אי־התאמות לשוק
}
count-claims-without-reference = { $n ->
    [one] טענה ללא אסמכתה
   *[other] טענות ללא אסמכתה
}

## Index
index-title = מסעות
index-summary = סיכום האתר
index-content-assets = נכסי תוכן
index-content-gaps = פערי תוכן
index-approvals-expiring = אישורים שתוקפם עומד לפוג
index-unowned-items = פריטים ללא אחראי
index-backlog-items = פריטים בצבר המשימות
index-n-overdue = ({ $n } באיחור)
index-empty-journeys-before = אין עדיין מסעות. הוסיפו קובץ לתיקייה
index-empty-journeys-after = .
index-empty-personas-before = אין עדיין פרסונות. הוסיפו קובץ לתיקייה
index-empty-personas-after = .
index-markets-note = (תוכנית התוכן שכל שוק רואה)
index-reviewed = נסקר
index-next-review = הסקירה הבאה
index-improves-on = משפר את
index-details = מפרט את
index-rolled-up = הספירות כוללות מסעות משנה: { $n }
index-health = תקינות
index-view-plan = נכסים לפי שלב ופרסונה, פערים ומלאי התוכן
index-view-register = כל נכס עם הקוד, הגרסה, השווקים, האישור ותאריך התפוגה שלו, הקרוב ביותר לפוג תחילה
index-view-ownership = נקודות מגע ונקודות כאב לפי הצוות האחראי
index-view-backlog = הזדמנויות ונקודות כאב בחומרה גבוהה לפי אחראי ומועד יעד

## Journey page
journey-review = סקירה
journey-reviewed-every = נסקר: { $date }, כל { $days } ימים; הסקירה הבאה: { $next }
journey-never-reviewed = טרם נסקר
journey-on-or-before = לא אחרי
journey-last-change-before = { $date } בקומיט
journey-last-change-after = “{ $subject }”
journey-revisions = { $n ->
    [one] גרסה אחת
    [two] שתי גרסאות
   *[other] { $n } גרסאות
}
journey-shallow = או יותר (שכפול רדוד)
journey-history-link = היסטוריה
journey-baseline = בסיס (מצב קיים)
journey-to-be-maps = מפות מצב רצוי
journey-sub-journeys = מסעות משנה
journey-views = תצוגות
view-master = המפה המלאה (גרסת אב)
view-badge = תצוגה: { $name }
view-lead = זוהי תצוגת „{ $name }” של המפה: גרסה קצרה יותר שמשמיטה חלק ממנה.
view-master-link = פתיחת המפה המלאה
view-lanes = מסלולים
view-all = הכול
view-hypotheses = השערות
view-left-out = לא כלול בתצוגה זו
compare-title = מצב קיים ומצב רצוי
compare-chart-title = רגש: מצב קיים ומצב רצוי
compare-legend = מקרא
compare-as-is = קיים
compare-to-be = רצוי
compare-stage-added = שלב חדש
compare-stage-removed = לא במפת המצב הרצוי
compare-link = השוואה למפת המצב הקיים
compare-compared-in = הושווה עם
compare-against = לעומת הבסיס
compare-changes = מה משנה מפת המצב הרצוי
compare-no-changes = אין שינויים בשלב זה.
compare-emotion = רגש
compare-metrics = מדדים
compare-metric = מדד
compare-metric-as-is = ערך קיים
compare-metric-to-be = יעד רצוי
compare-not-recorded = לא תועד
compare-effect-added = נוסף
compare-effect-removed = הוסר
compare-effect-resolved = נפתר
compare-effect-new-pain = נקודת כאב חדשה
compare-effect-changed = שונה
compare-persona = פרסונה
compare-change = שינוי
journey-none-listed = לא צוינו
journey-no-findings = אין ממצאים.
journey-findings = { $n ->
    [one] ממצא אחד
    [two] שני ממצאים
   *[other] { $n } ממצאים
}
journey-stages-nav = שלבים
journey-diagram = תרשים המסע
journey-stakeholder-map = מפת בעלי עניין
journey-no-touchpoints = אין נקודות מגע.
journey-handoff-to = אל
journey-history-empty-before = אין שינוי במפה זו בקומיטים המופיעים בדף
journey-history-empty-after = .
journey-change-history = היסטוריית השינויים

## Persona page
persona-goals = מטרות
persona-needs = צרכים
persona-questions = שאלות
persona-blockers = חסמים
persona-no-journeys = פרסונה זו עדיין אינה מופיעה באף מסע.
persona-enters-at-before = נכנסת בשלב
persona-enters-at-after = .
persona-listed-inactive = רשומה, אך אינה פעילה באף שלב.
persona-not-listed-before = פעילה בשלבים, אך אינה רשומה ברשימת הפרסונות של המסע (השדה
persona-not-listed-after = ).
persona-feeling = רגש
persona-does-and-asks = עושה ושואלת
persona-question = “{ $question }”
persona-file-history-before = { $date } (
persona-file-history-after = , { $revisions ->
    [one] גרסה אחת
    [two] שתי גרסאות
   *[other] { $revisions } גרסאות
})

## Content plan
plan-title = תוכנית תוכן
plan-heading-market = — שוק
plan-lead = נכסי תוכן לפי שלב במסע ופרסונה. פער הוא שלב שבו תפקיד מסוים פעיל ואיש לא תכנן עבורו תוכן; תאים המסומנים “לא פעיל” הם שלבים שהתפקיד אינו לוקח בהם חלק.
plan-market-lead = רק המסעות הפעילים בשוק { $market } והנכסים שאושרו לשוק { $market }: תא שנכס של שוק אחר ממלא במקום אחר נחשב כאן לפער.
plan-by-market = תוכנית תוכן לפי שוק
plan-status-legend = מקרא סטטוסים
plan-gaps-in-cells = { $gaps ->
    [one] פער אחד
    [two] שני פערים
   *[other] { $gaps } פערים
} { $cells ->
    [one] בתא אחד
    [two] בשני תאים
   *[other] ב־{ $cells } תאים
}
plan-no-matrix-personas = במסע זה לא רשומות פרסונות, ולכן אין מטריצה.
plan-no-matrix-stages = במסע זה לא רשומים שלבים, ולכן אין מטריצה.
plan-not-active-title = תפקיד זה אינו פעיל בשלב זה
plan-inventory = מלאי תוכן
plan-empty-inventory-before = אין עדיין נכסי תוכן. הוסיפו רשימה לתיקייה
plan-empty-inventory-after = .
plan-unused-title = אינו משרת אף שלב באף מסע

## Backlog
backlog-title = צבר משימות
backlog-lead = הזדמנויות ונקודות כאב בחומרה גבוהה בכל המסעות. פריטים פתוחים שמועד היעד שלהם לפני { $date } נמצאים באיחור.
backlog-high-pains = נקודות כאב בחומרה גבוהה
backlog-empty = צבר המשימות ריק: אין הזדמנויות ואין נקודות כאב בחומרה גבוהה.
backlog-sort = מיון צבר המשימות
backlog-sort-by = מיון לפי
backlog-sort-owner = אחראי
backlog-sort-due = מועד יעד
backlog-sort-status = סטטוס
backlog-by-due = לפי מועד יעד
backlog-by-due-meta = המוקדם ביותר תחילה, ללא תאריך בסוף
backlog-by-status = לפי סטטוס
backlog-by-status-meta = נקודות כאב תחילה, אחר כך רעיון ← בוטלה
backlog-by-owner = לפי אחראי
backlog-owners = אחראים
backlog-items-meta = { $n ->
    [one] פריט אחד
    [two] שני פריטים
   *[other] { $n } פריטים
}, מועד היעד המוקדם ביותר תחילה

## Ownership
ownership-title = אחריות
ownership-lead = נקודות מגע ונקודות כאב לפי הצוות האחראי. פריטים ללא אחראי מופיעים ראשונים: מה שאין לו אחראי, איש לא יתקן.
ownership-empty = אין עדיין נקודות מגע או נקודות כאב.
ownership-teams = צוותים
ownership-group-meta = { $touchpoints ->
    [one] נקודת מגע אחת
    [two] שתי נקודות מגע
   *[other] { $touchpoints } נקודות מגע
}, { $pains ->
    [one] נקודת כאב אחת
    [two] שתי נקודות כאב
   *[other] { $pains } נקודות כאב
}
ownership-idle = צוותים שאינם אחראים על דבר
ownership-idle-lead-before = מוגדרים בקובץ
ownership-idle-lead-middle = אך אינם אחראים על אף נקודת מגע או נקודת כאב:
ownership-idle-lead-after = .

## Review register
register-title = מרשם סקירות
register-lead-before = כל נכסי התוכן עם קוד החומר, הגרסה, האישור והשווקים, הקרוב ביותר לפוג תחילה. הימים שנותרו נספרים מתאריך
register-lead-after = ; אישור שתוקפו מסתיים בתוך { $days } ימים מסומן כעומד לפוג.
register-csv = CSV, מרשם סקירות
register-summary = סיכום המרשם
register-expiring-within = עומדים לפוג בתוך { $days } ימים
register-by-market = לפי שוק
register-empty-before = אין עדיין נכסי תוכן. הוסיפו רשימה לתיקייה
register-empty-after = .
register-journeys-stages = מסעות ושלבים
register-claims = טענות ואסמכתאות
register-market = שוק { $market }
register-market-meta = { $n ->
    [one] נכס אחד אושר
    [two] שני נכסים אושרו
   *[other] { $n } נכסים אושרו
}
register-market-plan = תוכנית תוכן
register-market-empty = אף נכס לא אושר לשוק { $market }.

## Change history
changes-title = שינויים
changes-heading = היסטוריית שינויים
changes-lead = מה השתנה במפות, קומיט אחר קומיט, מהחדש לישן.
changes-lead-head-before = מה השתנה במפות, קומיט אחר קומיט, מהחדש לישן, עד הקומיט
changes-lead-head-after = מתאריך { $date }.
changes-dirty = באתר יש שינויים שטרם נכללו בקומיט; הם אינם מופיעים כאן.
changes-shallow-before = זהו שכפול רדוד (shallow clone): ההיסטוריה הישנה חסרה, ולכן ייתכן שהשינוי הישן ביותר המוצג והתאריכים המסומנים “לא אחרי” אינם מדויקים. משכו את ההיסטוריה המלאה (
changes-shallow-after = ) כדי לקבל תאריכים מדויקים.
changes-empty = אף קומיט עדיין לא שינה את האתר.
changes-no-model-change = אין שינוי במסעות, בפרסונות או בנכסי התוכן (שינויי פריסה או ניסוח מחוץ למודל בלבד).
changes-more-before = { $n ->
    [one] קומיט ישן אחד אינו מוצג (בנו את האתר עם
    [two] שני קומיטים ישנים אינם מוצגים (בנו את האתר עם
   *[other] { $n } קומיטים ישנים אינם מוצגים (בנו את האתר עם
}
changes-more-after = כדי להציג עוד).
changes-files = קבצים
changes-file = קובץ
changes-commit = קומיט
changes-revisions = גרסאות

## Search page
search-title = חיפוש
search-lead = מסעות, פרסונות, שלבים, נקודות מגע, נקודות כאב, הזדמנויות ונכסי תוכן. ללא JavaScript, דף זה מציג את כל המסעות, הפרסונות והנכסים: השתמשו בחיפוש של הדפדפן (Ctrl+F) בדף זה.
search-page-label = דף חיפוש
search-all-journeys = כל המסעות
search-all-personas = כל הפרסונות
search-all-assets = כל נכסי התוכן
search-none = אין תוצאות עבור “{ $query }”
search-count = { $n ->
    [one] תוצאה אחת
    [two] שתי תוצאות
   *[other] { $n } תוצאות
}
search-first = , מוצגות { $limit } הראשונות
search-kind-journey = מסע
search-kind-persona = פרסונה
search-kind-stage = שלב
search-kind-touchpoint = נקודת מגע
search-kind-pain-point = נקודת כאב
search-kind-opportunity = הזדמנות
search-kind-asset = נכס תוכן
filter-shown = מוצגים { $shown } מתוך { $total }

## Downloads
download-png = PNG
download-png-stakeholders = PNG, מפת בעלי עניין
download-pdf-deck = מצגת PDF
download-pptx = מצגת PowerPoint של המפה
download-csv-plan = CSV, תוכנית תוכן
download-csv-touchpoints = CSV, נקודות מגע
download-csv-backlog = CSV, צבר משימות
download-csv-emotions = CSV, רגשות
download-csv-register = CSV, מרשם סקירות

## Diagrams (lane names, headings, legend)
diagram-journey-map = מפת מסע
diagram-stakeholder-map = מפת בעלי עניין
diagram-personas = פרסונות
diagram-stages = שלבים
diagram-no-stages = אין עדיין שלבים.
diagram-no-personas = לא רשומות פרסונות למסע זה.
diagram-all-roles = כל התפקידים
diagram-no-owner = ללא אחראי
diagram-channel-not-set = לא הוגדר ערוץ
diagram-not-active = ללא פעילות באף שלב
diagram-key = מקרא
diagram-severity = חומרה { $severity }
diagram-hypothesis = השערה, לאימות (כרטיס מקווקו)
diagram-emotion-step = רגש בפעולה (צעד)
diagram-emotion-stage = רגש השלב (אין פעולה עם ציון)
diagram-all-roles-curve = כל התפקידים (עקומה אפורה)
diagram-no-owning-team = אין צוות אחראי
diagram-active = פעיל בשלב
diagram-enters = נכנס למסע
diagram-enters-short = כניסה
diagram-emotion-range = רגש בשלב (מ־‎−2 עד ‎+2)
diagram-due = מועד יעד { $date }
diagram-target = יעד { $target }
diagram-now = כעת { $current }
lane-actions = פעולות
lane-questions = שאלות
lane-touchpoints = נקודות מגע
lane-emotion = רגש
lane-pains = נקודות כאב
lane-decisions = רגעי החלטה
lane-handoffs = העברות
lane-opportunities = הזדמנויות
lane-metrics = מדדים

## PDF deck (waymark export --format pdf)
deck-journey-maps = מפות מסע
deck-contents = תוכן עניינים
deck-and-more = ועוד { $n }
deck-not-shown = לא מוצג: { $lanes }
deck-maps = מפות
deck-maps-count = { $journeys ->
    [one] מסע אחד
    [two] שני מסעות
   *[other] { $journeys } מסעות
}, { $personas ->
    [one] פרסונה אחת
    [two] שתי פרסונות
   *[other] { $personas } פרסונות
}
deck-reviewed = סקירה
deck-latest-review = סקירה אחרונה: { $date }
deck-not-reviewed = טרם נערכה סקירה
deck-overview = { $total ->
    [one] מבט כולל · הפירוט בעמוד הבא
    [two] מבט כולל · הפירוט בשני העמודים הבאים
   *[other] מבט כולל · הפירוט ב־{ $total } העמודים הבאים
}
deck-stage = שלב { $n }
deck-stages = שלבים { $from }–{ $to }
deck-stage-of = שלב { $n } מתוך { $total }
deck-stages-of = שלבים { $from }–{ $to } מתוך { $total }
deck-detail-of = פירוט { $k } מתוך { $total }
deck-continues = המשך בעמוד הבא ←
deck-content-by-stage = תוכן לפי שלב ותפקיד
deck-gap = פער: אין תוכן
deck-detail-pages = עמודי פירוט
deck-part-of = חלק { $k } מתוך { $total }
deck-continued = המשך
deck-in-the-journeys = במסעות

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = ערוצים
channels-title = תמהיל ערוצים
channels-lead = נקודות מגע לפי ערוץ ושלב בכל המסעות, עם הצוותים האחראים עליהן.
channels-empty = אין עדיין נקודות מגע.
channels-teams = צוותים אחראים
channels-no-channel = ללא ערוץ
channel-mix-lead = נקודות המגע של מפה זו לפי ערוץ ושלב; הצביעו על שם כדי לראות מי אחראי.
label-total = סה״כ
matrix-title = ערך ומאמץ
matrix-value = ערך
matrix-effort = מאמץ
level-low = נמוך
level-medium = בינוני
level-high = גבוה
matrix-quick-wins = הצלחות מהירות
backlog-matrix-lead = כל הזדמנות מדורגת היא נקודה ממוספרת: הערך עולה כלפי מעלה והמאמץ ימינה. בחירת נקודה מובילה לשורה שלה.
backlog-matrix-empty = לאף הזדמנות אין עדיין גם ערך וגם מאמץ: דרגו אותן כדי למקם אותן במטריצה.
backlog-scored = הזדמנויות מדורגות
backlog-scored-meta = לפי ערך (גבוה תחילה), אחר כך מאמץ (נמוך תחילה), אחר כך מועד יעד
backlog-unscored = לא מדורגות
backlog-unscored-meta = הזדמנויות ללא ערך או ללא מאמץ
label-value = ערך
label-effort = מאמץ
label-number = מס׳
