# waymark UI messages, Simplified Chinese (简体中文). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = 跳到主要内容
nav-main = 主导航
nav-journeys = 客户旅程
nav-plan = 计划
nav-ownership = 负责归属
nav-backlog = 待办事项
nav-register = 审核登记
nav-changes = 变更
search-label = 搜索本站
search-placeholder = 搜索旅程、触点…
search-button = 搜索
search-form-label = 本站
market-banner-before = 市场
market-banner-after = ：本站仅显示在 { $market } 开展的客户旅程，以及已获准在该市场使用的内容。
footer-as-of-before = 数据截至
footer-as-of-after = 。逾期审查、已过期的批准和截止日期均以此日期为准。
footer-commit-before = 基于提交
footer-commit-after = 构建（提交于 { $date }）。
footer-commit-after-dirty = 构建（提交于 { $date }），含未提交的更改。
footer-built-with = 使用 waymark { $version } 构建 · Inter 字体采用
footer-font-license = SIL Open Font License
breadcrumb = 面包屑导航

## Shared labels
label-journeys = 客户旅程
label-personas = 用户画像
label-persona = 用户画像
label-journey = 旅程
label-stage = 阶段
label-stages = 阶段
label-touchpoint = 触点
label-touchpoints = 触点
label-channel = 渠道
label-channels = 渠道
label-owner = 负责人
label-status = 状态
label-due = 截止日期
label-type = 类型
label-item = 条目
label-segment = 细分群体
label-scope = 范围
label-goal = 目标
label-role = 角色
label-kind = 类别
label-buying-role = 采购角色
label-markets = 市场
label-market = 市场
label-all-markets = 所有市场
label-all-statuses = 所有状态
label-download = 下载
label-last-changed = 最后修改
label-evidence = 证据
label-severity = 严重程度
label-pain-point = 痛点
label-pain-points = 痛点
label-opportunity = 机会
label-opportunities = 机会
label-content = 内容
label-content-planned = 计划内容
label-code = 编号
label-version = 版本
label-asset = 资料
label-assets = 资料
label-title = 标题
label-format = 格式
label-reviewed-by = 审核人
label-approved = 批准
label-expires = 到期
label-expired = 已过期
label-days-left = 剩余天数
label-products = 产品
label-id = ID
label-gaps = 缺口
label-expired-approvals = 已过期的批准
label-overdue = 逾期
label-actions = 行为
label-questions = 疑问
label-feelings = 感受
label-decision-moments = 决策时刻
label-handoffs = 交接
label-metrics = 指标
label-metric = 指标
label-target = 目标值
label-current = 当前值
label-narrative = 叙述
label-history = 历史
label-health = 健康度
label-views = 视图
label-content-plan = 内容计划
label-review-register = 审核登记表
label-journey-map = 旅程地图
label-all = 全部
label-none-recorded = 暂无记录。
label-not-stated = 未说明
label-never = 从未
label-uncommitted-edits = 未提交的更改
label-on-or-before = 不晚于
label-no-date = 无日期
label-unused = 未使用
label-gap = 缺口
label-not-active = 不参与
label-approval-expired = 批准已过期
label-via-touchpoint = 经由触点
label-via-touchpoint-title = 被本阶段的某个触点引用
label-to-validate = 待验证
label-no-owner = 无负责人
label-needs-owner = 需要指定负责人
label-emotion-at-step = 此步骤的情绪
label-days-overdue = 逾期{ $days }天
label-n-overdue = { $n }项逾期
label-days-ago = { $days }前

## Values of the model's fields
state-as-is = 现状
state-to-be = 目标状态
status-idea = 构想
status-planned = 已计划
status-in-progress = 制作中
status-in-review = 审核中
status-approved = 已批准
status-published = 已发布
status-retired = 已停用
severity-low = 低
severity-medium = 中
severity-high = 高
opp-idea = 构想
opp-planned = 已计划
opp-in-progress = 进行中
opp-blocked = 受阻
opp-done = 已完成
opp-dropped = 已放弃
confidence-hypothesis = 假设
confidence-known = 已证实
kind-opportunity = 机会
kind-pain-point = 痛点
buying-role-decision-maker = 决策者
buying-role-influencer = 影响者
buying-role-approver = 审批者
buying-role-gatekeeper = 把关者
buying-role-user = 使用者
buying-role-champion = 内部倡导者
emotion-very-negative = 非常负面
emotion-negative = 负面
emotion-neutral = 中性
emotion-positive = 正面
emotion-very-positive = 非常正面

## Badges
badge-overdue = 逾期
badge-no-owner = 无负责人
badge-review-overdue = 审查逾期
badge-healthy = 良好
badge-changed-since-review = 审查后有变更
badge-expired = 已过期
badge-expiring = 即将到期
badge-no-reference = 无参考文献
badge-no-code = 无编号
badge-stage-without-touchpoints = 阶段无触点
badge-review-up-to-date = 审查已更新
badge-review-overdue-days = { $days }天
count-unowned = 无负责人
count-unowned-touchpoints = { $n ->
   *[other] 无负责人的触点
}
count-content-gaps = { $n ->
   *[other] 内容缺口
}
count-gaps = { $n ->
   *[other] 缺口
}
count-hypotheses = { $n ->
   *[other] 假设
}
count-expired-approvals = { $n ->
   *[other] 已过期的批准
}
count-approvals-expiring = { $n ->
   *[other] 即将到期的批准
}
count-published-without-approval = 未经批准即发布
count-market-mismatches = { $n ->
   *[other] 市场不匹配
}
count-claims-without-reference = { $n ->
   *[other] 无参考文献的声明
}

## Index
index-title = 客户旅程
index-summary = 站点概览
index-content-assets = 内容资料
index-content-gaps = 内容缺口
index-approvals-expiring = 即将到期的批准
index-unowned-items = 无负责人的条目
index-backlog-items = 待办条目
index-n-overdue = （{ $n }项逾期）
index-empty-journeys-before = 尚无客户旅程。请在
index-empty-journeys-after = 中添加文件。
index-empty-personas-before = 尚无用户画像。请在
index-empty-personas-after = 中添加文件。
index-markets-note = （各市场看到的内容计划）
index-reviewed = 审查日期
index-next-review = 下次审查
index-improves-on = 改进对象
index-details = 细化：
index-rolled-up = 含子旅程的计数：{ $n }
index-health = 健康度
index-view-plan = 按阶段和用户画像划分的资料、缺口及内容清单
index-view-register = 每份资料的编号、版本、市场、批准和到期信息，最先到期的排在前面
index-view-ownership = 按负责团队划分的触点和痛点
index-view-backlog = 按负责人和截止日期划分的机会及高严重程度痛点

## Journey page
journey-review = 审查
journey-reviewed-every = 于 { $date } 审查，每{ $days }天一次；下次审查：{ $next }
journey-never-reviewed = 从未审查
journey-on-or-before = 不晚于
journey-last-change-before = { $date }，提交
journey-last-change-after = “{ $subject }”
journey-revisions = { $n ->
   *[other] { $n }次修订
}
journey-shallow = 或更多（浅克隆）
journey-history-link = 历史
journey-baseline = 基线（现状）
journey-to-be-maps = 目标状态地图
journey-sub-journeys = 子旅程
journey-views = 视图
view-master = 完整地图（主版本）
view-badge = 视图：{ $name }
view-lead = 这是该地图的“{ $name }”视图：省略了部分内容的简短版本。
view-master-link = 打开完整地图
view-lanes = 泳道
view-all = 全部
view-hypotheses = 假设
view-left-out = 不在此视图中
compare-title = 现状与目标状态
compare-chart-title = 情绪：现状与目标状态
compare-legend = 图例
compare-as-is = 现状
compare-to-be = 目标状态
compare-stage-added = 新阶段
compare-stage-removed = 不在目标状态地图中
compare-link = 与现状地图比较
compare-compared-in = 比较对象
compare-against = 与其基线相比
compare-changes = 目标状态地图的变化
compare-no-changes = 此阶段没有变化。
compare-emotion = 情绪
compare-metrics = 指标
compare-metric = 指标
compare-metric-as-is = 现状值
compare-metric-to-be = 目标值
compare-not-recorded = 未记录
compare-effect-added = 新增
compare-effect-removed = 移除
compare-effect-resolved = 已解决
compare-effect-new-pain = 新痛点
compare-effect-changed = 已更改
compare-persona = 角色
compare-change = 变化
journey-none-listed = 未列出
journey-no-findings = 未发现问题。
journey-findings = { $n ->
   *[other] { $n }项发现
}
journey-stages-nav = 阶段
journey-diagram = 旅程图
journey-stakeholder-map = 利益相关方地图
journey-no-touchpoints = 无触点。
journey-handoff-to = 交接给
journey-history-empty-before = 此地图在
journey-history-empty-after = 所列的提交中均未被修改。
journey-change-history = 变更历史

## Persona page
persona-goals = 目标
persona-needs = 需求
persona-questions = 疑问
persona-blockers = 障碍
persona-no-journeys = 此用户画像尚未出现在任何客户旅程中。
persona-enters-at-before = 从
persona-enters-at-after = 阶段进入。
persona-listed-inactive = 已列出，但未参与任何阶段。
persona-not-listed-before = 参与了部分阶段，但未列在该旅程的
persona-not-listed-after = 字段中。
persona-feeling = 感受
persona-does-and-asks = 行为与疑问
persona-question = “{ $question }”
persona-file-history-before = { $date }（
persona-file-history-after = ，{ $revisions ->
   *[other] { $revisions }次修订
}）

## Content plan
plan-title = 内容计划
plan-heading-market = — 市场
plan-lead = 按旅程阶段和用户画像划分的内容资料。缺口是指某个角色参与、却没有人为其计划内容的阶段；“不参与”单元格表示该角色不参与的阶段。
plan-market-lead = 仅显示在 { $market } 开展的客户旅程和已获准在 { $market } 使用的资料：在其他地方由另一市场资料填补的单元格，在此处视为缺口。
plan-by-market = 按市场划分的内容计划
plan-status-legend = 状态图例
plan-gaps-in-cells = { $cells ->
   *[other] { $cells }个单元格中
}有{ $gaps ->
   *[other] { $gaps }个缺口
}
plan-no-matrix-personas = 此旅程未列出用户画像，因此没有矩阵。
plan-no-matrix-stages = 此旅程未列出阶段，因此没有矩阵。
plan-not-active-title = 此角色不参与该阶段
plan-inventory = 内容清单
plan-empty-inventory-before = 尚无内容资料。请在
plan-empty-inventory-after = 中添加列表。
plan-unused-title = 未用于任何旅程的任何阶段

## Backlog
backlog-title = 待办事项
backlog-lead = 所有客户旅程中的机会和高严重程度痛点。未关闭条目的截止日期早于 { $date } 即为逾期。
backlog-high-pains = 高严重程度痛点
backlog-empty = 待办事项为空：没有机会，也没有高严重程度痛点。
backlog-sort = 排序待办事项
backlog-sort-by = 排序方式
backlog-sort-owner = 负责人
backlog-sort-due = 截止日期
backlog-sort-status = 状态
backlog-by-due = 按截止日期
backlog-by-due-meta = 最早的在前，无日期的在后
backlog-by-status = 按状态
backlog-by-status-meta = 痛点在前，然后是构想 → 已放弃
backlog-by-owner = 按负责人
backlog-owners = 负责人
backlog-items-meta = { $n ->
   *[other] { $n }个条目
}，最早截止的在前

## Ownership
ownership-title = 负责归属
ownership-lead = 按负责团队划分的触点和痛点。无负责人的条目排在最前：没人负责的事，就没人去解决。
ownership-empty = 尚无触点或痛点。
ownership-teams = 团队
ownership-group-meta = { $touchpoints ->
   *[other] { $touchpoints }个触点
}，{ $pains ->
   *[other] { $pains }个痛点
}
ownership-idle = 无负责事项的团队
ownership-idle-lead-before = 已在
ownership-idle-lead-middle = 中声明，但未负责任何触点或痛点：
ownership-idle-lead-after = 。

## Review register
register-title = 审核登记表
register-lead-before = 每份内容资料及其资料编号、版本、批准和市场，最先到期的排在前面。剩余天数从
register-lead-after = 起算；在{ $days }天内到期的批准会标记为即将到期。
register-csv = CSV，审核登记表
register-summary = 登记表概览
register-expiring-within = { $days }天内到期
register-by-market = 按市场
register-empty-before = 尚无内容资料。请在
register-empty-after = 中添加列表。
register-journeys-stages = 旅程与阶段
register-claims = 声明与参考文献
register-market = 市场 { $market }
register-market-meta = { $n ->
   *[other] { $n }份资料已批准
}
register-market-plan = 内容计划
register-market-empty = 没有资料获准在 { $market } 使用。

## Change history
changes-title = 变更
changes-heading = 变更历史
changes-lead = 地图中的变更，按提交逐一列出，最新的在前。
changes-lead-head-before = 地图中的变更，按提交逐一列出，最新的在前，截至提交
changes-lead-head-after = 为止（提交于 { $date }）。
changes-dirty = 本站有未提交的更改，此处未列出。
changes-shallow-before = 这是一个浅克隆：较早的历史缺失，因此显示的最早变更以及标有“不晚于”的日期可能不完整。如需准确日期，请获取完整历史（
changes-shallow-after = ）。
changes-empty = 尚无提交修改过本站。
changes-no-model-change = 客户旅程、用户画像和内容资料均无变更（仅模型之外的布局或文字有改动）。
changes-more-before = { $n ->
   *[other] 还有{ $n }个较早的提交未显示（使用
}
changes-more-after = 构建可显示更多）。
changes-files = 文件
changes-file = 文件
changes-commit = 提交
changes-revisions = 修订次数

## Search page
search-title = 搜索
search-lead = 客户旅程、用户画像、阶段、触点、痛点、机会和内容资料。未启用 JavaScript 时，本页会列出每个旅程、用户画像和资料：请使用浏览器的页内查找功能（Ctrl+F）。
search-page-label = 搜索页面
search-all-journeys = 所有客户旅程
search-all-personas = 所有用户画像
search-all-assets = 所有内容资料
search-none = 没有与“{ $query }”匹配的结果
search-count = { $n ->
   *[other] { $n } 个结果
}
search-first = ，显示前 { $limit } 个
search-kind-journey = 旅程
search-kind-persona = 人物角色
search-kind-stage = 阶段
search-kind-touchpoint = 触点
search-kind-pain-point = 痛点
search-kind-opportunity = 机会
search-kind-asset = 内容素材
filter-shown = 显示 { $shown } / { $total }

## Downloads
download-png = PNG
download-png-stakeholders = PNG，利益相关方地图
download-pdf-deck = PDF 演示文稿
download-pptx = 此旅程图的 PowerPoint 演示文稿
download-csv-plan = CSV，内容计划
download-csv-touchpoints = CSV，触点
download-csv-backlog = CSV，待办事项
download-csv-emotions = CSV，情绪
download-csv-register = CSV，审核登记表

## Diagrams (lane names, headings, legend)
diagram-journey-map = 旅程地图
diagram-stakeholder-map = 利益相关方地图
diagram-personas = 用户画像
diagram-stages = 阶段
diagram-no-stages = 尚无阶段。
diagram-no-personas = 此旅程未列出用户画像。
diagram-all-roles = 所有角色
diagram-no-owner = 无负责人
diagram-channel-not-set = 未设置渠道
diagram-not-active = 未参与任何阶段
diagram-key = 图例
diagram-severity = 严重程度：{ $severity }
diagram-hypothesis = 假设，待验证（虚线卡片）
diagram-emotion-step = 某个行为时的情绪（步骤）
diagram-emotion-stage = 阶段情绪（无已评分的行为）
diagram-all-roles-curve = 所有角色（灰色曲线）
diagram-no-owning-team = 无负责团队
diagram-active = 参与该阶段
diagram-enters = 进入旅程
diagram-enters-short = 进入
diagram-emotion-range = 该阶段的情绪（−2 至 +2）
diagram-due = 截止日期：{ $date }
diagram-target = 目标：{ $target }
diagram-now = 当前：{ $current }
lane-actions = 行为
lane-questions = 疑问
lane-touchpoints = 触点
lane-emotion = 情绪
lane-pains = 痛点
lane-decisions = 决策时刻
lane-handoffs = 交接
lane-opportunities = 机会
lane-metrics = 指标

## PDF deck (waymark export --format pdf)
deck-journey-maps = 旅程地图
deck-contents = 目录
deck-and-more = 另有{ $n }项
deck-not-shown = 未显示：{ $lanes }
deck-maps = 地图
deck-maps-count = { $journeys ->
   *[other] { $journeys }个旅程
}，{ $personas ->
   *[other] { $personas }个用户画像
}
deck-reviewed = 审查
deck-latest-review = 最近一次审查于 { $date }
deck-not-reviewed = 尚未审查
deck-overview = { $total ->
   *[other] 概览 · 详细内容见后面{ $total }页
}
deck-stage = 阶段 { $n }
deck-stages = 阶段 { $from }–{ $to }
deck-stage-of = 阶段 { $n }（共{ $total }个）
deck-stages-of = 阶段 { $from }–{ $to }（共{ $total }个）
deck-detail-of = 详情 { $k }/{ $total }
deck-continues = 下页继续 →
deck-content-by-stage = 按阶段和角色划分的内容
deck-gap = 缺口：无内容
deck-detail-pages = 详情页
deck-part-of = 第{ $k }部分，共{ $total }部分
deck-continued = 续
deck-in-the-journeys = 参与的旅程

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = 渠道
channels-title = 渠道组合
channels-lead = 所有客户旅程中按渠道和阶段列出的触点，以及负责的团队。
channels-empty = 尚无触点。
channels-teams = 负责团队
channels-no-channel = 无渠道
channel-mix-lead = 本旅程图按渠道和阶段列出的触点；将指针悬停在名称上可查看负责人。
label-total = 合计
matrix-title = 价值与投入
matrix-value = 价值
matrix-effort = 投入
level-low = 低
level-medium = 中
level-high = 高
matrix-quick-wins = 速赢
backlog-matrix-lead = 每个已评估的机会显示为一个带编号的点：价值向上递增，投入向右递增。选择一个点可跳转到对应行。
backlog-matrix-empty = 尚无同时设定价值和投入的机会：评估后即可放入矩阵。
backlog-scored = 已评估的机会
backlog-scored-meta = 按价值（高在前），再按投入（低在前），再按截止日期
backlog-unscored = 未评估
backlog-unscored-meta = 缺少价值或投入的机会
label-value = 价值
label-effort = 投入
label-number = 编号
