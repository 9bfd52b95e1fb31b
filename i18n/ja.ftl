# waymark UI messages, Japanese (日本語). Same keys as the reference catalogue en.ftl.
# Override any of them in SITE/i18n/LANG.ftl.

## Layout (base.html)
skip-to-content = 本文へスキップ
nav-main = メイン
nav-journeys = ジャーニー
nav-plan = 計画
nav-ownership = 担当
nav-backlog = バックログ
nav-register = 審査台帳
nav-changes = 変更履歴
search-label = サイト内を検索
search-placeholder = ジャーニー、タッチポイントを検索…
search-button = 検索
search-form-label = サイト内
market-banner-before = 市場
market-banner-after = ：このサイトには、{ $market } で展開しているジャーニーと、{ $market } 向けに承認されたコンテンツのみを表示しています。
footer-as-of-before = データ基準日
footer-as-of-after = 。レビューの遅延、承認の期限切れ、期日はこの日付を基準に判定しています。
footer-commit-before = コミット
footer-commit-after = から生成（コミット日：{ $date }）。
footer-commit-after-dirty = から生成（コミット日：{ $date }、未コミットの変更あり）。
footer-built-with = waymark { $version } で生成 · Inter 書体のライセンス：
footer-font-license = SIL Open Font License
breadcrumb = パンくずリスト

## Shared labels
label-journeys = ジャーニー
label-personas = ペルソナ
label-persona = ペルソナ
label-journey = ジャーニー
label-stage = ステージ
label-stages = ステージ
label-touchpoint = タッチポイント
label-touchpoints = タッチポイント
label-channel = チャネル
label-channels = チャネル
label-owner = 担当
label-status = ステータス
label-due = 期日
label-type = 種類
label-item = 項目
label-segment = セグメント
label-scope = 対象範囲
label-goal = 目標
label-role = 役割
label-kind = 区分
label-buying-role = 購買における役割
label-markets = 市場
label-market = 市場
label-all-markets = すべての市場
label-all-statuses = すべてのステータス
label-download = ダウンロード
label-last-changed = 最終更新
label-evidence = 根拠
label-severity = 深刻度
label-pain-point = ペインポイント
label-pain-points = ペインポイント
label-opportunity = 機会
label-opportunities = 機会
label-content = コンテンツ
label-content-planned = 計画中のコンテンツ
label-code = コード
label-version = バージョン
label-asset = 資材
label-assets = 資材
label-title = タイトル
label-format = 形式
label-reviewed-by = 審査者
label-approved = 承認
label-expires = 有効期限
label-expired = 期限切れ
label-days-left = 残り日数
label-products = 製品
label-id = ID
label-gaps = ギャップ
label-expired-approvals = 期限切れの承認
label-overdue = 期限超過
label-actions = 行動
label-questions = 疑問
label-feelings = 感情
label-decision-moments = 意思決定の瞬間
label-handoffs = 引き継ぎ
label-metrics = 指標
label-metric = 指標
label-target = 目標値
label-current = 現在値
label-narrative = ストーリー
label-history = 履歴
label-health = 健全性
label-views = ビュー
label-content-plan = コンテンツ計画
label-review-register = 審査台帳
label-journey-map = ジャーニーマップ
label-all = すべて
label-none-recorded = 記録なし。
label-not-stated = 未記載
label-never = なし
label-uncommitted-edits = 未コミットの変更
label-on-or-before = 遅くとも
label-no-date = 日付なし
label-unused = 未使用
label-gap = ギャップ
label-not-active = 関与なし
label-approval-expired = 承認期限切れ
label-via-touchpoint = タッチポイント経由
label-via-touchpoint-title = このステージのタッチポイントから参照されています
label-to-validate = 要検証
label-no-owner = 担当なし
label-needs-owner = 担当者の設定が必要
label-emotion-at-step = このステップでの感情
label-days-overdue = { $days }日超過
label-n-overdue = { $n }件が期限超過
label-days-ago = { $days }前

## Values of the model's fields
state-as-is = 現状
state-to-be = あるべき姿
status-idea = アイデア
status-planned = 計画済み
status-in-progress = 作成中
status-in-review = 審査中
status-approved = 承認済み
status-published = 公開済み
status-retired = 廃止
severity-low = 低
severity-medium = 中
severity-high = 高
opp-idea = アイデア
opp-planned = 計画済み
opp-in-progress = 進行中
opp-blocked = 停滞
opp-done = 完了
opp-dropped = 見送り
confidence-hypothesis = 仮説
confidence-known = 検証済み
kind-opportunity = 機会
kind-pain-point = ペインポイント
buying-role-decision-maker = 意思決定者
buying-role-influencer = 影響者
buying-role-approver = 承認者
buying-role-gatekeeper = ゲートキーパー
buying-role-user = 利用者
buying-role-champion = 推進者
emotion-very-negative = 非常にネガティブ
emotion-negative = ネガティブ
emotion-neutral = 中立
emotion-positive = ポジティブ
emotion-very-positive = 非常にポジティブ

## Badges
badge-overdue = 期限超過
badge-no-owner = 担当なし
badge-review-overdue = レビュー期限超過
badge-healthy = 良好
badge-changed-since-review = レビュー後に変更あり
badge-expired = 期限切れ
badge-expiring = 期限間近
badge-no-reference = 引用文献なし
badge-no-code = コードなし
badge-stage-without-touchpoints = タッチポイントのないステージ
badge-review-up-to-date = レビュー済み（最新）
badge-review-overdue-days = { $days }日
count-unowned = 担当なし
count-unowned-touchpoints = { $n ->
   *[other] 担当なしのタッチポイント
}
count-content-gaps = { $n ->
   *[other] コンテンツギャップ
}
count-gaps = { $n ->
   *[other] ギャップ
}
count-hypotheses = { $n ->
   *[other] 仮説
}
count-expired-approvals = { $n ->
   *[other] 期限切れの承認
}
count-approvals-expiring = { $n ->
   *[other] 期限間近の承認
}
count-published-without-approval = 未承認で公開
count-market-mismatches = { $n ->
   *[other] 市場の不一致
}
count-claims-without-reference = { $n ->
   *[other] 引用文献のない訴求
}

## Index
index-title = ジャーニー
index-summary = サイトの概要
index-content-assets = コンテンツ資材
index-content-gaps = コンテンツギャップ
index-approvals-expiring = 期限間近の承認
index-unowned-items = 担当なしの項目
index-backlog-items = バックログ項目
index-n-overdue = （{ $n }件が期限超過）
index-empty-journeys-before = ジャーニーはまだありません。
index-empty-journeys-after = にファイルを追加してください。
index-empty-personas-before = ペルソナはまだありません。
index-empty-personas-after = にファイルを追加してください。
index-markets-note = （各市場に表示されるコンテンツ計画）
index-reviewed = レビュー日
index-next-review = 次回レビュー
index-improves-on = 改善対象
index-details = 詳細化の対象:
index-rolled-up = サブジャーニーを含む件数: { $n }
index-health = 健全性
index-view-plan = ステージ別・ペルソナ別の資材、ギャップ、コンテンツ一覧
index-view-register = すべての資材のコード、バージョン、市場、承認、有効期限（期限の近い順）
index-view-ownership = 担当チーム別のタッチポイントとペインポイント
index-view-backlog = 担当別・期日別の機会と深刻度の高いペインポイント

## Journey page
journey-review = レビュー
journey-reviewed-every = { $date } にレビュー済み（{ $days }日ごと）、次回 { $next }
journey-never-reviewed = 未レビュー
journey-on-or-before = 遅くとも
journey-last-change-before = { $date } のコミット
journey-last-change-after = 「{ $subject }」
journey-revisions = { $n ->
   *[other] { $n }件の改訂
}
journey-shallow = 以上（シャロークローン）
journey-history-link = 履歴
journey-baseline = ベースライン（現状）
journey-to-be-maps = あるべき姿のマップ
journey-sub-journeys = サブジャーニー
journey-views = ビュー
view-master = 完全なマップ（マスター版）
view-badge = ビュー: { $name }
view-lead = これはマップの「{ $name }」ビューです。マップの一部を省いた短い版です。
view-master-link = 完全なマップを開く
view-lanes = レーン
view-all = すべて
view-hypotheses = 仮説
view-left-out = このビューには含まれません
compare-title = 現状とあるべき姿
compare-chart-title = 感情：現状とあるべき姿
compare-legend = 凡例
compare-as-is = 現状
compare-to-be = あるべき姿
compare-stage-added = 新しいステージ
compare-stage-removed = あるべき姿のマップにはない
compare-link = 現状のマップと比較
compare-compared-in = 比較対象
compare-against = ベースラインとの比較
compare-changes = あるべき姿のマップで変わること
compare-no-changes = このステージに変更はありません。
compare-emotion = 感情
compare-metrics = 指標
compare-metric = 指標
compare-metric-as-is = 現状の値
compare-metric-to-be = あるべき姿の目標
compare-not-recorded = 記録なし
compare-effect-added = 追加
compare-effect-removed = 削除
compare-effect-resolved = 解消
compare-effect-new-pain = 新しいペインポイント
compare-effect-changed = 変更
compare-persona = ペルソナ
compare-change = 変化
journey-none-listed = 記載なし
journey-no-findings = 指摘事項はありません。
journey-findings = { $n ->
   *[other] { $n }件の指摘事項
}
journey-stages-nav = ステージ
journey-diagram = ジャーニー図
journey-stakeholder-map = ステークホルダーマップ
journey-no-touchpoints = タッチポイントはありません。
journey-handoff-to = 引き継ぎ先
journey-history-empty-before = このマップを変更したコミットは
journey-history-empty-after = にはありません。
journey-change-history = 変更履歴

## Persona page
persona-goals = 目標
persona-needs = ニーズ
persona-questions = 疑問
persona-blockers = 障壁
persona-no-journeys = このペルソナはまだどのジャーニーにも登場していません。
persona-enters-at-before = このジャーニーには
persona-enters-at-after = から参加します。
persona-listed-inactive = 記載されていますが、どのステージにも関与していません。
persona-not-listed-before = ステージに関与していますが、ジャーニーの
persona-not-listed-after = に記載されていません。
persona-feeling = 感情
persona-does-and-asks = 行動と疑問
persona-question = 「{ $question }」
persona-file-history-before = { $date }（
persona-file-history-after = 、{ $revisions ->
   *[other] { $revisions }件の改訂
}）

## Content plan
plan-title = コンテンツ計画
plan-heading-market = — 市場
plan-lead = ジャーニーのステージ別・ペルソナ別のコンテンツ資材です。ギャップとは、ある役割が関与しているのに誰もコンテンツを計画していないステージを指します。「関与なし」のセルは、その役割が参加しないステージです。
plan-market-lead = { $market } で展開しているジャーニーと、{ $market } 向けに承認された資材のみを表示しています。他市場の資材で埋まっているセルも、ここではギャップになります。
plan-by-market = 市場別コンテンツ計画
plan-status-legend = ステータスの凡例
plan-gaps-in-cells = { $cells ->
   *[other] { $cells }セル中
}{ $gaps ->
   *[other] { $gaps }件のギャップ
}
plan-no-matrix-personas = このジャーニーにはペルソナが記載されていないため、マトリクスはありません。
plan-no-matrix-stages = このジャーニーにはステージが記載されていないため、マトリクスはありません。
plan-not-active-title = この役割はこのステージに関与していません
plan-inventory = コンテンツ一覧
plan-empty-inventory-before = コンテンツ資材はまだありません。
plan-empty-inventory-after = にリストを追加してください。
plan-unused-title = どのジャーニーのどのステージにも使われていません

## Backlog
backlog-title = バックログ
backlog-lead = すべてのジャーニーにわたる機会と深刻度の高いペインポイントです。未完了の項目で期日が { $date } より前のものは期限超過です。
backlog-high-pains = 深刻度の高いペインポイント
backlog-empty = バックログは空です。機会も深刻度の高いペインポイントもありません。
backlog-sort = バックログの並べ替え
backlog-sort-by = 並べ替え
backlog-sort-owner = 担当
backlog-sort-due = 期日
backlog-sort-status = ステータス
backlog-by-due = 期日順
backlog-by-due-meta = 期日の早い順、期日なしは最後
backlog-by-status = ステータス順
backlog-by-status-meta = ペインポイントが先、次にアイデア → 見送り
backlog-by-owner = 担当別
backlog-owners = 担当
backlog-items-meta = { $n ->
   *[other] { $n }件
}、期日の早い順

## Ownership
ownership-title = 担当
ownership-lead = 担当チーム別のタッチポイントとペインポイントです。担当のない項目を先頭に表示します。担当者がいなければ、誰も改善しません。
ownership-empty = タッチポイントもペインポイントもまだありません。
ownership-teams = チーム
ownership-group-meta = タッチポイント { $touchpoints ->
   *[other] { $touchpoints }件
}、ペインポイント { $pains ->
   *[other] { $pains }件
}
ownership-idle = 担当のないチーム
ownership-idle-lead-before = 次のチームは
ownership-idle-lead-middle = で宣言されていますが、担当するタッチポイントもペインポイントもありません：
ownership-idle-lead-after = 。

## Review register
register-title = 審査台帳
register-lead-before = すべてのコンテンツ資材の資材コード、バージョン、承認、市場を、有効期限の近い順に表示します。残り日数は
register-lead-after = から数えます。{ $days }日以内に終了する承認には「期限間近」の印が付きます。
register-csv = CSV（審査台帳）
register-summary = 台帳の概要
register-expiring-within = { $days }日以内に期限切れ
register-by-market = 市場別
register-empty-before = コンテンツ資材はまだありません。
register-empty-after = にリストを追加してください。
register-journeys-stages = ジャーニーとステージ
register-claims = 訴求内容と引用文献
register-market = 市場 { $market }
register-market-meta = { $n ->
   *[other] { $n }件の資材を承認済み
}
register-market-plan = コンテンツ計画
register-market-empty = { $market } 向けに承認された資材はありません。

## Change history
changes-title = 変更履歴
changes-heading = 変更履歴
changes-lead = マップの変更内容をコミットごとに新しい順で表示します。
changes-lead-head-before = マップの変更内容をコミットごとに新しい順で表示します。対象はコミット
changes-lead-head-after = までです（コミット日：{ $date }）。
changes-dirty = サイトには未コミットの変更がありますが、ここには表示されません。
changes-shallow-before = これはシャロークローンです。古い履歴が欠けているため、表示される最も古い変更と「遅くとも」と記された日付は不完全な場合があります。正確な日付を得るには、完全な履歴を取得してください（
changes-shallow-after = ）。
changes-empty = サイトを変更したコミットはまだありません。
changes-no-model-change = ジャーニー、ペルソナ、コンテンツ資材の変更はありません（モデル外のレイアウトや文言のみ）。
changes-more-before = { $n ->
   *[other] 表示されていない古いコミットが{ $n }件あります（さらに表示するには
}
changes-more-after = を指定してビルドしてください）。
changes-files = ファイル
changes-file = ファイル
changes-commit = コミット
changes-revisions = 改訂数

## Search page
search-title = 検索
search-lead = ジャーニー、ペルソナ、ステージ、タッチポイント、ペインポイント、機会、コンテンツ資材を検索できます。JavaScript が無効な場合、このページにはすべてのジャーニー、ペルソナ、資材が一覧表示されるので、ブラウザのページ内検索（Ctrl+F）を使ってください。
search-page-label = 検索ページ
search-all-journeys = すべてのジャーニー
search-all-personas = すべてのペルソナ
search-all-assets = すべてのコンテンツ資材
search-none = 「{ $query }」に一致する結果はありません
search-count = { $n ->
   *[other] { $n } 件
}
search-first = （最初の { $limit } 件を表示）
search-kind-journey = ジャーニー
search-kind-persona = ペルソナ
search-kind-stage = ステージ
search-kind-touchpoint = タッチポイント
search-kind-pain-point = ペインポイント
search-kind-opportunity = 機会
search-kind-asset = コンテンツ
filter-shown = { $total } 件中 { $shown } 件を表示

## Downloads
download-png = PNG
download-png-stakeholders = PNG（ステークホルダーマップ）
download-pdf-deck = PDF スライド
download-pptx = このジャーニーマップの PowerPoint スライド
download-csv-plan = CSV（コンテンツ計画）
download-csv-touchpoints = CSV（タッチポイント）
download-csv-backlog = CSV（バックログ）
download-csv-emotions = CSV（感情）
download-csv-register = CSV（審査台帳）

## Diagrams (lane names, headings, legend)
diagram-journey-map = ジャーニーマップ
diagram-stakeholder-map = ステークホルダーマップ
diagram-personas = ペルソナ
diagram-stages = ステージ
diagram-no-stages = ステージはまだありません。
diagram-no-personas = このジャーニーにはペルソナが記載されていません。
diagram-all-roles = すべての役割
diagram-no-owner = 担当なし
diagram-channel-not-set = チャネル未設定
diagram-not-active = どのステージにも関与なし
diagram-key = 凡例
diagram-severity = 深刻度：{ $severity }
diagram-hypothesis = 仮説・要検証（破線のカード）
diagram-emotion-step = 行動時の感情（ステップ）
diagram-emotion-stage = ステージの感情（評価済みの行動なし）
diagram-all-roles-curve = すべての役割（灰色の曲線）
diagram-no-owning-team = 担当チームなし
diagram-active = このステージに関与
diagram-enters = ジャーニーに参加
diagram-enters-short = 開始
diagram-emotion-range = ステージでの感情（−2～+2）
diagram-due = 期日：{ $date }
diagram-target = 目標：{ $target }
diagram-now = 現在：{ $current }
lane-actions = 行動
lane-questions = 疑問
lane-touchpoints = タッチポイント
lane-emotion = 感情
lane-pains = ペインポイント
lane-decisions = 意思決定の瞬間
lane-handoffs = 引き継ぎ
lane-opportunities = 機会
lane-metrics = 指標

## PDF deck (waymark export --format pdf)
deck-journey-maps = ジャーニーマップ
deck-contents = 目次
deck-and-more = ほか{ $n }件
deck-not-shown = 非表示: { $lanes }
deck-maps = マップ
deck-maps-count = { $journeys ->
   *[other] ジャーニー{ $journeys }件
}、{ $personas ->
   *[other] ペルソナ{ $personas }件
}
deck-reviewed = レビュー
deck-latest-review = 最新のレビュー { $date }
deck-not-reviewed = 未レビュー
deck-overview = { $total ->
   *[other] 概要 · 詳細は次の{ $total }ページに続きます
}
deck-stage = ステージ{ $n }
deck-stages = ステージ{ $from }–{ $to }
deck-stage-of = ステージ{ $n }（全{ $total }ステージ）
deck-stages-of = ステージ{ $from }–{ $to }（全{ $total }ステージ）
deck-detail-of = 詳細 { $k }/{ $total }
deck-continues = 次のページに続きます →
deck-content-by-stage = ステージ別・役割別のコンテンツ
deck-gap = ギャップ：コンテンツなし
deck-detail-pages = 詳細ページ
deck-part-of = パート { $k }/{ $total }
deck-continued = 続き
deck-in-the-journeys = 登場するジャーニー

# Channel mix and the value × effort matrix (issue 13 items 3 and 5)
nav-channels = チャネル
channels-title = チャネルミックス
channels-lead = 全ジャーニーのタッチポイントをチャネル別・ステージ別に、担当チームとともに示します。
channels-empty = タッチポイントはまだありません。
channels-teams = 担当チーム
channels-no-channel = チャネルなし
channel-mix-lead = このマップのタッチポイントをチャネル別・ステージ別に示します。名前にポインターを合わせると担当が表示されます。
label-total = 合計
matrix-title = 価値と工数
matrix-value = 価値
matrix-effort = 工数
level-low = 低
level-medium = 中
level-high = 高
matrix-quick-wins = クイックウィン
backlog-matrix-lead = 評価済みの機会を番号付きの点で示します。価値は上へ、工数は右へ大きくなります。点を選ぶとその行に移動します。
backlog-matrix-empty = 価値と工数の両方が設定された機会はまだありません。評価するとマトリクスに配置されます。
backlog-scored = 評価済みの機会
backlog-scored-meta = 価値の高い順、次に工数の低い順、次に期日順
backlog-unscored = 未評価
backlog-unscored-meta = 価値または工数のない機会
label-value = 価値
label-effort = 工数
label-number = 番号
