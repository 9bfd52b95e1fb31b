# waymark UI messages, Arabic (العربية الفصحى). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = الانتقال إلى المحتوى
nav-main = التنقل الرئيسي
nav-journeys = الرحلات
nav-plan = الخطة
nav-ownership = المسؤوليات
nav-backlog = الأعمال المعلقة
nav-register = السجل
nav-changes = التغييرات
search-label = البحث في الموقع
search-placeholder = ابحث في الرحلات ونقاط الاتصال…
search-button = بحث
search-form-label = الموقع
market-banner-before = السوق
market-banner-after = : يعرض هذا الموقع الرحلات التي تجري في { $market } والمحتوى المعتمد لهذا السوق فقط.
footer-as-of-before = البيانات حتى تاريخ
footer-as-of-after = . تُحتسب المراجعات المتأخرة والاعتمادات المنتهية الصلاحية ومواعيد الاستحقاق وفقًا لهذا التاريخ.
footer-commit-before = أُنشئ من الإيداع
footer-commit-after = بتاريخ { $date }.
footer-commit-after-dirty = بتاريخ { $date }، مع تعديلات غير مودعة.
footer-built-with = أُنشئ باستخدام waymark { $version } · خط Inter بموجب ترخيص
footer-font-license = SIL Open Font License
breadcrumb = مسار التنقل

## Shared labels
label-journeys = الرحلات
label-personas = الشخصيات
label-persona = الشخصية
label-journey = الرحلة
label-stage = المرحلة
label-stages = المراحل
label-touchpoint = نقطة الاتصال
label-touchpoints = نقاط الاتصال
label-channel = القناة
label-channels = القنوات
label-owner = المسؤول
label-status = الحالة
label-due = موعد الاستحقاق
label-type = النوع
label-item = البند
label-segment = الشريحة
label-scope = النطاق
label-goal = الهدف
label-role = الدور
label-kind = الفئة
label-buying-role = دور الشراء
label-markets = الأسواق
label-market = السوق
label-all-markets = جميع الأسواق
label-all-statuses = جميع الحالات
label-download = تنزيل
label-last-changed = آخر تغيير
label-evidence = الأدلة
label-severity = الخطورة
label-pain-point = نقطة الألم
label-pain-points = نقاط الألم
label-opportunity = الفرصة
label-opportunities = الفرص
label-content = المحتوى
label-content-planned = المحتوى المخطط له
label-code = الرمز
label-version = الإصدار
label-asset = المادة
label-assets = المواد
label-title = العنوان
label-format = الصيغة
label-reviewed-by = المراجِع
label-approved = الاعتماد
label-expires = تاريخ الانتهاء
label-expired = منتهي الصلاحية
label-days-left = الأيام المتبقية
label-products = المنتجات
label-id = المعرّف
label-gaps = الفجوات
label-expired-approvals = الاعتمادات المنتهية الصلاحية
label-overdue = متأخر
label-actions = الإجراءات
label-questions = الأسئلة
label-feelings = المشاعر
label-decision-moments = لحظات القرار
label-handoffs = عمليات التسليم
label-metrics = المقاييس
label-metric = المقياس
label-target = المستهدف
label-current = الحالي
label-narrative = السرد
label-history = السجل التاريخي
label-health = السلامة
label-views = طرق العرض
label-content-plan = خطة المحتوى
label-review-register = سجل المراجعة
label-journey-map = خريطة الرحلة
label-all = الكل
label-none-recorded = لا يوجد شيء مسجّل.
label-not-stated = غير محدد
label-never = أبدًا
label-uncommitted-edits = تعديلات غير مودعة
label-on-or-before = في موعد أقصاه
label-no-date = بلا تاريخ
label-unused = غير مستخدم
label-gap = فجوة
label-not-active = غير نشط
label-approval-expired = انتهت صلاحية الاعتماد
label-via-touchpoint = عبر نقطة اتصال
label-via-touchpoint-title = تشير إليه نقطة اتصال في هذه المرحلة
label-to-validate = يتطلب التحقق
label-no-owner = بلا مسؤول
label-needs-owner = يحتاج إلى مسؤول
label-emotion-at-step = الشعور في هذه الخطوة
label-days-overdue = أيام التأخير: { $days }
label-n-overdue = متأخرة: { $n }
label-days-ago = منذ { $days }

## Values of the model's fields
state-as-is = الوضع الحالي
state-to-be = الوضع المستهدف
status-idea = فكرة
status-planned = مخطط له
status-in-progress = قيد الإعداد
status-in-review = قيد المراجعة
status-approved = معتمد
status-published = منشور
status-retired = متوقف
severity-low = منخفضة
severity-medium = متوسطة
severity-high = مرتفعة
opp-idea = فكرة
opp-planned = مخطط لها
opp-in-progress = قيد التنفيذ
opp-blocked = متعثرة
opp-done = منجزة
opp-dropped = ملغاة
confidence-hypothesis = فرضية
confidence-known = مؤكد
kind-opportunity = فرصة
kind-pain-point = نقطة ألم
buying-role-decision-maker = صانع القرار
buying-role-influencer = مؤثر
buying-role-approver = معتمِد
buying-role-gatekeeper = حارس البوابة
buying-role-user = مستخدم
buying-role-champion = مناصر
emotion-very-negative = سلبي جدًا
emotion-negative = سلبي
emotion-neutral = محايد
emotion-positive = إيجابي
emotion-very-positive = إيجابي جدًا

## Badges
badge-overdue = متأخر
badge-no-owner = بلا مسؤول
badge-review-overdue = المراجعة متأخرة
badge-healthy = سليم
badge-changed-since-review = تغيّر منذ المراجعة
badge-expired = منتهي الصلاحية
badge-expiring = قارب على الانتهاء
badge-no-reference = بلا مرجع
badge-no-code = بلا رمز
badge-stage-without-touchpoints = مرحلة بلا نقاط اتصال
badge-review-up-to-date = المراجعة محدّثة
badge-review-overdue-days = { $days } يوم
count-unowned = بلا مسؤول
count-unowned-touchpoints = { $n ->
    [zero] نقاط اتصال بلا مسؤول
    [one] نقطة اتصال بلا مسؤول
    [two] نقطتا اتصال بلا مسؤول
    [few] نقاط اتصال بلا مسؤول
    [many] نقطة اتصال بلا مسؤول
   *[other] نقطة اتصال بلا مسؤول
}
count-content-gaps = { $n ->
    [zero] فجوات في المحتوى
    [one] فجوة في المحتوى
    [two] فجوتان في المحتوى
    [few] فجوات في المحتوى
    [many] فجوةً في المحتوى
   *[other] فجوة في المحتوى
}
count-gaps = { $n ->
    [zero] فجوات
    [one] فجوة
    [two] فجوتان
    [few] فجوات
    [many] فجوةً
   *[other] فجوة
}
count-hypotheses = { $n ->
    [zero] فرضيات
    [one] فرضية
    [two] فرضيتان
    [few] فرضيات
    [many] فرضيةً
   *[other] فرضية
}
count-expired-approvals = { $n ->
    [zero] اعتمادات منتهية الصلاحية
    [one] اعتماد منتهي الصلاحية
    [two] اعتمادان منتهيا الصلاحية
    [few] اعتمادات منتهية الصلاحية
    [many] اعتمادًا منتهي الصلاحية
   *[other] اعتماد منتهي الصلاحية
}
count-approvals-expiring = { $n ->
    [zero] اعتمادات توشك على الانتهاء
    [one] اعتماد يوشك على الانتهاء
    [two] اعتمادان يوشكان على الانتهاء
    [few] اعتمادات توشك على الانتهاء
    [many] اعتمادًا يوشك على الانتهاء
   *[other] اعتماد يوشك على الانتهاء
}
count-published-without-approval = منشور دون اعتماد
count-market-mismatches = { $n ->
    [zero] حالات عدم تطابق مع السوق
    [one] حالة عدم تطابق مع السوق
    [two] حالتا عدم تطابق مع السوق
    [few] حالات عدم تطابق مع السوق
    [many] حالةَ عدم تطابق مع السوق
   *[other] حالة عدم تطابق مع السوق
}
count-claims-without-reference = { $n ->
    [zero] ادعاءات بلا مرجع
    [one] ادعاء بلا مرجع
    [two] ادعاءان بلا مرجع
    [few] ادعاءات بلا مرجع
    [many] ادعاءً بلا مرجع
   *[other] ادعاء بلا مرجع
}

## Index
index-title = رحلات العملاء
index-summary = ملخص الموقع
index-content-assets = مواد المحتوى
index-content-gaps = فجوات المحتوى
index-approvals-expiring = اعتمادات توشك على الانتهاء
index-unowned-items = بنود بلا مسؤول
index-backlog-items = بنود الأعمال المعلقة
index-n-overdue = (المتأخرة: { $n })
index-empty-journeys-before = لا توجد رحلات بعد. أضف ملفًا إلى
index-empty-journeys-after = .
index-empty-personas-before = لا توجد شخصيات بعد. أضف ملفًا إلى
index-empty-personas-after = .
index-markets-note = (خطة المحتوى التي يراها كل سوق)
index-reviewed = تاريخ المراجعة
index-next-review = المراجعة التالية
index-improves-on = يحسّن
index-details = يفصّل
index-rolled-up = الأعداد تشمل الرحلات الفرعية: { $n }
index-health = السلامة
index-view-plan = المواد حسب المرحلة والشخصية، والفجوات، وجرد المحتوى
index-view-register = كل مادة برمزها وإصدارها وأسواقها واعتمادها وتاريخ انتهائها، الأقرب انتهاءً أولًا
index-view-ownership = نقاط الاتصال ونقاط الألم حسب الفريق المسؤول
index-view-backlog = الفرص ونقاط الألم عالية الخطورة حسب المسؤول وموعد الاستحقاق

## Journey page
journey-review = المراجعة
journey-reviewed-every = رُوجعت في { $date }، كل { $days } يومًا؛ المراجعة التالية في { $next }
journey-never-reviewed = لم تُراجَع قط
journey-on-or-before = في موعد أقصاه
journey-last-change-before = { $date } في
journey-last-change-after = «{ $subject }»
journey-revisions = { $n ->
    [zero] لا تعديلات
    [one] تعديل واحد
    [two] تعديلان
    [few] { $n } تعديلات
    [many] { $n } تعديلًا
   *[other] { $n } تعديل
}
journey-shallow = أو أكثر (استنساخ سطحي)
journey-history-link = السجل
journey-baseline = خط الأساس (الوضع الحالي)
journey-to-be-maps = خرائط الوضع المستهدف
journey-sub-journeys = الرحلات الفرعية
journey-views = العروض
view-master = الخريطة الكاملة (النسخة الرئيسية)
view-badge = العرض: { $name }
view-lead = هذا هو عرض «{ $name }» للخريطة: نسخة أقصر تستبعد جزءًا منها.
view-master-link = افتح الخريطة الكاملة
view-lanes = المسارات
view-all = الكل
view-hypotheses = الفرضيات
view-left-out = غير مشمول في هذا العرض
compare-title = الوضع الحالي والوضع المستهدف
compare-chart-title = المشاعر: الوضع الحالي والوضع المستهدف
compare-legend = مفتاح الرسم
compare-as-is = الحالي
compare-to-be = المستهدف
compare-stage-added = مرحلة جديدة
compare-stage-removed = ليست في خريطة الوضع المستهدف
compare-link = المقارنة مع خريطة الوضع الحالي
compare-compared-in = مقارنة مع
compare-against = مقارنةً بخط الأساس
compare-changes = ما تغيّره خريطة الوضع المستهدف
compare-no-changes = لا تغييرات في هذه المرحلة.
compare-emotion = المشاعر
compare-metrics = المؤشرات
compare-metric = المؤشر
compare-metric-as-is = القيمة الحالية
compare-metric-to-be = الهدف المستهدف
compare-not-recorded = غير مسجّل
compare-effect-added = مُضاف
compare-effect-removed = محذوف
compare-effect-resolved = تم حلّها
compare-effect-new-pain = نقطة ألم جديدة
compare-effect-changed = مُعدّل
compare-persona = الشخصية
compare-change = التغيّر
journey-none-listed = لا شيء مُدرج
journey-no-findings = لا توجد ملاحظات.
journey-findings = { $n ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $n } ملاحظات
    [many] { $n } ملاحظةً
   *[other] { $n } ملاحظة
}
journey-stages-nav = المراحل
journey-diagram = مخطط الرحلة
journey-stakeholder-map = خريطة أصحاب المصلحة
journey-no-touchpoints = لا توجد نقاط اتصال.
journey-handoff-to = إلى
journey-history-empty-before = لا تغيير على هذه الخريطة ضمن الإيداعات الواردة في
journey-history-empty-after = .
journey-change-history = سجل التغييرات

## Persona page
persona-goals = الأهداف
persona-needs = الاحتياجات
persona-questions = الأسئلة
persona-blockers = العوائق
persona-no-journeys = لا تظهر هذه الشخصية في أي رحلة بعد.
persona-enters-at-before = تدخل الرحلة في مرحلة
persona-enters-at-after = .
persona-listed-inactive = مُدرجة، لكنها غير نشطة في أي مرحلة.
persona-not-listed-before = نشطة في بعض المراحل، لكنها غير مُدرجة في الرحلة ضمن الحقل
persona-not-listed-after = .
persona-feeling = الشعور
persona-does-and-asks = ما تفعله وما تسأل عنه
persona-question = «{ $question }»
persona-file-history-before = { $date } (
persona-file-history-after = ، { $revisions ->
    [zero] لا تعديلات
    [one] تعديل واحد
    [two] تعديلان
    [few] { $revisions } تعديلات
    [many] { $revisions } تعديلًا
   *[other] { $revisions } تعديل
})

## Content plan
plan-title = خطة المحتوى
plan-heading-market = — السوق
plan-lead = مواد المحتوى حسب مرحلة الرحلة والشخصية. الفجوة هي مرحلة يكون فيها دورٌ ما نشطًا دون أن يخطط أحد لمحتوى له؛ أما الخلايا «غير نشط» فهي مراحل لا يشارك فيها هذا الدور.
plan-market-lead = الرحلات التي تجري في { $market } والمواد المعتمدة لـ{ $market } فقط: الخلية التي تملؤها مادة سوق آخر في مكان آخر تُعدّ فجوة هنا.
plan-by-market = خطة المحتوى حسب السوق
plan-status-legend = دليل الحالات
plan-gaps-in-cells = { $gaps ->
    [zero] لا فجوات
    [one] فجوة واحدة
    [two] فجوتان
    [few] { $gaps } فجوات
    [many] { $gaps } فجوةً
   *[other] { $gaps } فجوة
} في { $cells ->
    [zero] { $cells } خلايا
    [one] خلية واحدة
    [two] خليتين
    [few] { $cells } خلايا
    [many] { $cells } خليةً
   *[other] { $cells } خلية
}
plan-no-matrix-personas = لا تُدرج هذه الرحلة أي شخصيات، لذا لا توجد مصفوفة.
plan-no-matrix-stages = لا تُدرج هذه الرحلة أي مراحل، لذا لا توجد مصفوفة.
plan-not-active-title = هذا الدور غير نشط في هذه المرحلة
plan-inventory = جرد المحتوى
plan-empty-inventory-before = لا توجد مواد محتوى بعد. أضف قائمة إلى
plan-empty-inventory-after = .
plan-unused-title = لا تخدم أي مرحلة في أي رحلة

## Backlog
backlog-title = الأعمال المعلقة
backlog-lead = الفرص ونقاط الألم عالية الخطورة في جميع الرحلات. تُعدّ البنود المفتوحة التي يسبق موعد استحقاقها { $date } متأخرة.
backlog-high-pains = نقاط الألم عالية الخطورة
backlog-empty = لا توجد أعمال معلقة: لا فرص ولا نقاط ألم عالية الخطورة.
backlog-sort = فرز الأعمال المعلقة
backlog-sort-by = الفرز حسب
backlog-sort-owner = المسؤول
backlog-sort-due = موعد الاستحقاق
backlog-sort-status = الحالة
backlog-by-due = حسب موعد الاستحقاق
backlog-by-due-meta = الأقرب أولًا، وغير المؤرخة أخيرًا
backlog-by-status = حسب الحالة
backlog-by-status-meta = نقاط الألم أولًا، ثم من فكرة إلى ملغاة
backlog-by-owner = حسب المسؤول
backlog-owners = المسؤولون
backlog-items-meta = { $n ->
    [zero] لا بنود
    [one] بند واحد
    [two] بندان
    [few] { $n } بنود
    [many] { $n } بندًا
   *[other] { $n } بند
}، الأقرب استحقاقًا أولًا

## Ownership
ownership-title = المسؤوليات
ownership-lead = نقاط الاتصال ونقاط الألم حسب الفريق المسؤول. تأتي البنود التي بلا مسؤول أولًا: فما لا يتولاه أحد لن يُصلحه أحد.
ownership-empty = لا توجد نقاط اتصال أو نقاط ألم بعد.
ownership-teams = الفرق
ownership-group-meta = { $touchpoints ->
    [zero] لا نقاط اتصال
    [one] نقطة اتصال واحدة
    [two] نقطتا اتصال
    [few] { $touchpoints } نقاط اتصال
    [many] { $touchpoints } نقطةَ اتصال
   *[other] { $touchpoints } نقطة اتصال
}، { $pains ->
    [zero] لا نقاط ألم
    [one] نقطة ألم واحدة
    [two] نقطتا ألم
    [few] { $pains } نقاط ألم
    [many] { $pains } نقطةَ ألم
   *[other] { $pains } نقطة ألم
}
ownership-idle = فرق لا تتولى أي شيء
ownership-idle-lead-before = مُعرَّفة في
ownership-idle-lead-middle = لكنها لا تتولى أي نقطة اتصال أو نقطة ألم:
ownership-idle-lead-after = .

## Review register
register-title = سجل المراجعة
register-lead-before = جميع مواد المحتوى برمز المادة والإصدار والاعتماد والأسواق، الأقرب انتهاءً أولًا. تُحسب الأيام المتبقية بدءًا من
register-lead-after = ؛ ويُعلَّم الاعتماد الذي ينتهي خلال { $days } يومًا على أنه يوشك على الانتهاء.
register-csv = CSV، سجل المراجعة
register-summary = ملخص السجل
register-expiring-within = ينتهي خلال { $days } يومًا
register-by-market = حسب السوق
register-empty-before = لا توجد مواد محتوى بعد. أضف قائمة إلى
register-empty-after = .
register-journeys-stages = الرحلات والمراحل
register-claims = الادعاءات والمراجع
register-market = السوق { $market }
register-market-meta = { $n ->
    [zero] لا مواد معتمدة
    [one] مادة واحدة معتمدة
    [two] مادتان معتمدتان
    [few] { $n } مواد معتمدة
    [many] { $n } مادةً معتمدة
   *[other] { $n } مادة معتمدة
}
register-market-plan = خطة المحتوى
register-market-empty = لا توجد مادة معتمدة لـ{ $market }.

## Change history
changes-title = التغييرات
changes-heading = سجل التغييرات
changes-lead = ما تغيّر في الخرائط، إيداعًا تلو الآخر، الأحدث أولًا.
changes-lead-head-before = ما تغيّر في الخرائط، إيداعًا تلو الآخر، الأحدث أولًا، حتى الإيداع
changes-lead-head-after = بتاريخ { $date }.
changes-dirty = يحتوي الموقع على تعديلات غير مودعة؛ وهي غير مدرجة هنا.
changes-shallow-before = هذا استنساخ سطحي: السجل الأقدم مفقود، لذا قد يكون أقدم تغيير معروض والتواريخ الموسومة بـ«في موعد أقصاه» غير مكتملة. اجلب السجل الكامل (
changes-shallow-after = ) للحصول على تواريخ دقيقة.
changes-empty = لم يُغيّر أي إيداع الموقع بعد.
changes-no-model-change = لا تغيير في الرحلات أو الشخصيات أو مواد المحتوى (تغييرات في التخطيط أو الصياغة خارج النموذج فقط).
changes-more-before = { $n ->
    [zero] لا توجد إيداعات أقدم غير معروضة (أنشئ الموقع باستخدام
    [one] إيداع أقدم واحد غير معروض (أنشئ الموقع باستخدام
    [two] إيداعان أقدم غير معروضين (أنشئ الموقع باستخدام
    [few] { $n } إيداعات أقدم غير معروضة (أنشئ الموقع باستخدام
    [many] { $n } إيداعًا أقدم غير معروض (أنشئ الموقع باستخدام
   *[other] { $n } إيداع أقدم غير معروض (أنشئ الموقع باستخدام
}
changes-more-after = لعرض المزيد).
changes-files = الملفات
changes-file = الملف
changes-commit = الإيداع
changes-revisions = التعديلات

## Search page
search-title = البحث
search-lead = الرحلات والشخصيات والمراحل ونقاط الاتصال ونقاط الألم والفرص ومواد المحتوى. من دون JavaScript، تسرد هذه الصفحة كل رحلة وشخصية ومادة: استخدم خاصية البحث في المتصفح (Ctrl+F) عليها.
search-page-label = صفحة البحث
search-all-journeys = جميع الرحلات
search-all-personas = جميع الشخصيات
search-all-assets = جميع مواد المحتوى
search-none = لا توجد نتائج لـ «{ $query }»
search-count = { $n ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $n } نتائج
    [many] { $n } نتيجة
   *[other] { $n } نتيجة
}
search-first = ، تُعرض أول { $limit }
search-kind-journey = رحلة
search-kind-persona = شخصية
search-kind-stage = مرحلة
search-kind-touchpoint = نقطة اتصال
search-kind-pain-point = نقطة ألم
search-kind-opportunity = فرصة
search-kind-asset = مادة محتوى
filter-shown = عرض { $shown } من { $total }

## Downloads
download-png = PNG
download-png-stakeholders = PNG، خريطة أصحاب المصلحة
download-pdf-deck = عرض تقديمي PDF
download-pptx = عرض PowerPoint لهذه الخريطة
download-csv-plan = CSV، خطة المحتوى
download-csv-touchpoints = CSV، نقاط الاتصال
download-csv-backlog = CSV، الأعمال المعلقة
download-csv-emotions = CSV، المشاعر
download-csv-register = CSV، سجل المراجعة

## Diagrams (lane names, headings, legend)
diagram-journey-map = خريطة الرحلة
diagram-stakeholder-map = خريطة أصحاب المصلحة
diagram-personas = الشخصيات
diagram-stages = المراحل
diagram-no-stages = لا توجد مراحل بعد.
diagram-no-personas = لا توجد شخصيات مُدرجة لهذه الرحلة.
diagram-all-roles = جميع الأدوار
diagram-no-owner = بلا مسؤول
diagram-channel-not-set = القناة غير محددة
diagram-not-active = غير نشط في أي مرحلة
diagram-key = دليل الرموز
diagram-severity = خطورة { $severity }
diagram-hypothesis = فرضية، تتطلب التحقق (بطاقة متقطعة)
diagram-emotion-step = الشعور عند إجراء (خطوة)
diagram-emotion-stage = شعور المرحلة (لا يوجد إجراء مُقيَّم)
diagram-all-roles-curve = جميع الأدوار (المنحنى الرمادي)
diagram-no-owning-team = لا يوجد فريق مسؤول
diagram-active = نشط في المرحلة
diagram-enters = يدخل الرحلة
diagram-enters-short = الدخول
diagram-emotion-range = الشعور في المرحلة (من −2 إلى +2)
diagram-due = مستحق في { $date }
diagram-target = المستهدف { $target }
diagram-now = الحالي { $current }
lane-actions = الإجراءات
lane-questions = الأسئلة
lane-touchpoints = نقاط الاتصال
lane-emotion = الشعور
lane-pains = نقاط الألم
lane-decisions = لحظات القرار
lane-handoffs = عمليات التسليم
lane-opportunities = الفرص
lane-metrics = المقاييس

## PDF deck (waymark export --format pdf)
deck-journey-maps = خرائط الرحلات
deck-contents = المحتويات
deck-and-more = و{ $n } أخرى
deck-not-shown = غير معروض: { $lanes }
deck-maps = الخرائط
deck-maps-count = { $journeys ->
    [zero] لا رحلات
    [one] رحلة واحدة
    [two] رحلتان
    [few] { $journeys } رحلات
    [many] { $journeys } رحلةً
   *[other] { $journeys } رحلة
}، { $personas ->
    [zero] لا شخصيات
    [one] شخصية واحدة
    [two] شخصيتان
    [few] { $personas } شخصيات
    [many] { $personas } شخصيةً
   *[other] { $personas } شخصية
}
deck-reviewed = المراجعة
deck-latest-review = آخر مراجعة في { $date }
deck-not-reviewed = لم تُراجَع بعد
deck-overview = { $total ->
    [zero] نظرة عامة · لا توجد صفحات تفاصيل تالية
    [one] نظرة عامة · التفاصيل في الصفحة التالية
    [two] نظرة عامة · التفاصيل في الصفحتين التاليتين
    [few] نظرة عامة · التفاصيل في { $total } صفحات تالية
    [many] نظرة عامة · التفاصيل في { $total } صفحةً تالية
   *[other] نظرة عامة · التفاصيل في { $total } صفحة تالية
}
deck-stage = المرحلة { $n }
deck-stages = المراحل { $from }–{ $to }
deck-stage-of = المرحلة { $n } من { $total }
deck-stages-of = المراحل { $from }–{ $to } من { $total }
deck-detail-of = التفاصيل { $k } من { $total }
deck-continues = يتبع في الصفحة التالية ←
deck-content-by-stage = المحتوى حسب المرحلة والدور
deck-gap = فجوة: لا يوجد محتوى
deck-detail-pages = صفحات التفاصيل
deck-part-of = الجزء { $k } من { $total }
deck-continued = تتمة
deck-in-the-journeys = في الرحلات

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = القنوات
channels-title = مزيج القنوات
channels-lead = نقاط الاتصال حسب القناة والمرحلة في جميع الرحلات، مع الفرق المسؤولة عنها.
channels-empty = لا توجد نقاط اتصال بعد.
channels-teams = الفرق المسؤولة
channels-no-channel = بلا قناة
channel-mix-lead = نقاط الاتصال في هذه الخريطة حسب القناة والمرحلة؛ أشر إلى اسم لترى المسؤول عنه.
label-total = المجموع
matrix-title = القيمة والجهد
matrix-value = القيمة
matrix-effort = الجهد
level-low = منخفض
level-medium = متوسط
level-high = مرتفع
matrix-quick-wins = مكاسب سريعة
backlog-matrix-lead = كل فرصة مُقيَّمة نقطة مرقّمة: تزداد القيمة إلى الأعلى والجهد نحو اليمين. اختر نقطة للانتقال إلى صفّها.
backlog-matrix-empty = لا توجد بعد فرصة لها قيمة وجهد معًا: قيّم الفرص لوضعها في المصفوفة.
backlog-scored = الفرص المُقيَّمة
backlog-scored-meta = حسب القيمة (المرتفعة أولًا)، ثم الجهد (المنخفض أولًا)، ثم موعد الاستحقاق
backlog-unscored = غير مُقيَّمة
backlog-unscored-meta = فرص بلا قيمة أو بلا جهد
label-value = القيمة
label-effort = الجهد
label-number = رقم
