//! Regulated content: the MLR fields of assets, markets, the four MLR lints (each fires where
//! it should and nowhere else), the review register, the per-market plans, `--market` and
//! `diff`. Each test builds a small site in a temporary folder from the minimal fixture.

mod common;
use std::path::Path;

use common::{copy_tree, fixture, repo, text, waymark};
use waymark::pipeline;

const AS_OF: &str = "2026-11-22";
const JOURNEY: &str = "content/journeys/purchase.md";
const ASSETS: &str = "content/assets/assets.yaml";

fn as_of() -> chrono::NaiveDate {
    AS_OF.parse().unwrap()
}

/// The minimal fixture with `markets: [US, DE]` and the given asset file; `journey_markets`
/// is written into the journey's front matter when given.
fn site(assets: &str, journey_markets: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture("minimal"), dir.path());
    let cfg = dir.path().join("waymark.yaml");
    let mut c = std::fs::read_to_string(&cfg).unwrap();
    c.push_str("markets: [US, DE]\n");
    std::fs::write(&cfg, c).unwrap();
    std::fs::write(dir.path().join(ASSETS), assets).unwrap();
    if let Some(m) = journey_markets {
        let j = dir.path().join(JOURNEY);
        let t = std::fs::read_to_string(&j).unwrap();
        std::fs::write(
            &j,
            t.replacen(
                "owner: Marketing\n",
                &format!("owner: Marketing\nmarkets: {m}\n"),
                1,
            ),
        )
        .unwrap();
    }
    dir
}

/// An asset entry of the fixture's shape: `extra` lines are added at the end.
fn asset(id: &str, status: &str, review: &str, extra: &str) -> String {
    format!(
        "- id: {id}\n  title: Asset {id}\n  stages: [awareness, evaluation, purchase]\n  status: {status}\n  owner: Marketing\n  review: {review}\n{extra}"
    )
}

const GOOD_REVIEW: &str = "{ by: MLR, approved: 2026-06-01, expires: 2027-06-01 }";

/// `check --format json` of `dir`: (code, file, line, column, message) of every diagnostic.
fn diagnostics(dir: &Path) -> Vec<(String, String, u64, u64, String, String)> {
    let out = waymark(&[
        "check",
        dir.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--format",
        "json",
    ]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["code"].as_str().unwrap_or("").to_string(),
                v["file"].as_str().unwrap_or("").to_string(),
                v["line"].as_u64().unwrap_or(0),
                v["column"].as_u64().unwrap_or(0),
                v["message"].as_str().unwrap_or("").to_string(),
                v["hint"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn codes(d: &[(String, String, u64, u64, String, String)], code: &str) -> usize {
    d.iter().filter(|x| x.0 == code).count()
}

const MLR_LINTS: [&str; 4] = [
    "approval-expiring",
    "published-without-approval",
    "market-mismatch",
    "claim-without-reference",
];

#[test]
fn a_complete_mlr_site_raises_no_mlr_lint() {
    let assets = asset(
        "dose-study",
        "published",
        GOOD_REVIEW,
        "  code: EH-0001\n  version: 2\n  markets: [US, DE]\n  products: [Scanner X]\n  claims:\n    - { text: Lower dose, references: [Study A] }\n",
    );
    let dir = site(&assets, Some("[DE]"));
    let d = diagnostics(dir.path());
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn approval_expiring_fires_within_the_warning_only() {
    let soon = "{ by: MLR, approved: 2025-12-10, expires: 2026-12-10 }";
    let assets = asset("dose-study", "published", soon, "  code: EH-1\n")
        + &asset("later", "published", GOOD_REVIEW, "  code: EH-2\n")
        + &asset(
            "gone",
            "published",
            "{ approved: 2025-01-01, expires: 2026-01-01 }",
            "  code: EH-3\n",
        )
        + &asset("old", "retired", soon, "");
    let dir = site(&assets, None);
    let d = diagnostics(dir.path());
    assert_eq!(codes(&d, "approval-expiring"), 1, "{d:?}");
    let f = d.iter().find(|x| x.0 == "approval-expiring").unwrap();
    // Points at `expires` in the review of the first entry (line 6).
    assert_eq!((f.1.as_str(), f.2), (ASSETS, 6), "{f:?}");
    assert_eq!(f.3, 53, "{f:?}");
    assert!(
        f.4.contains("dose-study") && f.4.contains("in 18 days"),
        "{f:?}"
    );
    assert!(f.5.contains("re-approval"), "{f:?}");
    // The expired one is `approval-expired`, not both.
    assert_eq!(codes(&d, "approval-expired"), 1, "{d:?}");

    // A shorter warning: nothing expires within 7 days.
    let cfg = dir.path().join("waymark.yaml");
    let c = std::fs::read_to_string(&cfg).unwrap() + "expiry_warning: 7d\n";
    std::fs::write(&cfg, c).unwrap();
    assert_eq!(codes(&diagnostics(dir.path()), "approval-expiring"), 0);
}

#[test]
fn published_without_approval_needs_both_date_and_code() {
    let assets = asset("dose-study", "published", GOOD_REVIEW, "")
        + &asset("no-date", "published", "{ by: MLR }", "  code: EH-9\n")
        + &asset("fine", "published", GOOD_REVIEW, "  code: EH-10\n")
        + &asset("draft", "in-review", "{ by: MLR }", "");
    let dir = site(&assets, None);
    let d = diagnostics(dir.path());
    let found: Vec<&str> = d
        .iter()
        .filter(|x| x.0 == "published-without-approval")
        .map(|x| x.4.as_str())
        .collect();
    assert_eq!(found.len(), 2, "{d:?}");
    assert!(
        found[0].contains("\"dose-study\"") && found[0].contains("`code`"),
        "{found:?}"
    );
    assert!(
        found[1].contains("\"no-date\"") && found[1].contains("review.approved"),
        "{found:?}"
    );
    let f = d
        .iter()
        .find(|x| x.0 == "published-without-approval")
        .unwrap();
    assert_eq!((f.1.as_str(), f.2, f.3), (ASSETS, 1, 3), "{f:?}");
}

#[test]
fn market_mismatch_names_journey_and_asset_and_points_at_the_touchpoint() {
    // The touchpoint at awareness uses dose-study; the journey runs in DE.
    let assets = asset(
        "dose-study",
        "published",
        GOOD_REVIEW,
        "  code: EH-1\n  markets: [US]\n",
    );
    let dir = site(&assets, Some("[DE]"));
    let d = diagnostics(dir.path());
    assert_eq!(codes(&d, "market-mismatch"), 1, "{d:?}");
    let f = d.iter().find(|x| x.0 == "market-mismatch").unwrap();
    assert_eq!((f.1.as_str(), f.2), (JOURNEY, 16), "{f:?}");
    assert!(
        f.4.contains("journey \"purchase\" runs in DE")
            && f.4.contains("asset \"dose-study\" is approved for US only"),
        "{f:?}"
    );
    assert!(f.5.contains("approved for DE"), "{f:?}");
    // Counted in the journey's health.
    let checked = pipeline::check_site(dir.path(), as_of());
    assert_eq!(checked.health.unwrap().journeys[0].market_mismatches, 1);

    // Approved for DE as well, or a journey in US only: no mismatch.
    let ok = asset(
        "dose-study",
        "published",
        GOOD_REVIEW,
        "  code: EH-1\n  markets: [US, DE]\n",
    );
    assert_eq!(
        codes(
            &diagnostics(site(&ok, Some("[DE]")).path()),
            "market-mismatch"
        ),
        0
    );
    assert_eq!(
        codes(
            &diagnostics(site(&assets, Some("[US]")).path()),
            "market-mismatch"
        ),
        0
    );
    // An asset without markets is in all of the site's.
    let all = asset("dose-study", "published", GOOD_REVIEW, "  code: EH-1\n");
    assert_eq!(
        codes(
            &diagnostics(site(&all, Some("[DE]")).path()),
            "market-mismatch"
        ),
        0
    );
}

#[test]
fn claim_without_reference_points_at_the_claim() {
    let assets = asset(
        "dose-study",
        "published",
        GOOD_REVIEW,
        "  code: EH-1\n  claims:\n    - Halves the dose\n    - { text: Faster scans, references: [Data on file] }\n",
    );
    let dir = site(&assets, None);
    let d = diagnostics(dir.path());
    assert_eq!(codes(&d, "claim-without-reference"), 1, "{d:?}");
    let f = d.iter().find(|x| x.0 == "claim-without-reference").unwrap();
    assert_eq!((f.1.as_str(), f.2, f.3), (ASSETS, 9, 7), "{f:?}");
    assert!(f.4.contains("Halves the dose"), "{f:?}");
    let h = pipeline::check_site(dir.path(), as_of()).health.unwrap();
    assert_eq!(h.journeys[0].claims_without_reference, 1);
    assert_eq!(h.journeys[0].total, 1);
}

#[test]
fn markets_are_iso_codes_of_the_site_with_a_did_you_mean() {
    let assets = asset(
        "dose-study",
        "published",
        GOOD_REVIEW,
        "  code: EH-1\n  markets: [UK, de, FR]\n",
    );
    let dir = site(&assets, Some("[Germany]"));
    let d = diagnostics(dir.path());
    let errs: Vec<_> = d.iter().filter(|x| x.0 == "unknown-market").collect();
    assert_eq!(errs.len(), 4, "{d:?}");
    assert!(
        errs.iter()
            .any(|e| e.4.contains("`UK`") && e.5.contains("`GB`")),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.4.contains("`de`") && e.5.contains("`DE`")),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.4.contains("`FR` is not one of the site's markets")
                && e.5.contains("waymark.yaml")),
        "{errs:?}"
    );
    assert!(
        errs.iter().any(|e| e.1 == JOURNEY && e.5.contains("`DE`")),
        "{errs:?}"
    );
    assert!(errs.iter().all(|e| e.2 > 0 && e.3 > 0), "located: {errs:?}");
}

/// The example site with register, plans and CSV.
#[test]
fn register_lists_every_asset_soonest_expiry_first() {
    let site = pipeline::check_site(&repo(), as_of())
        .site
        .expect("the example checks");
    let reg = waymark::views::register::register(&site);
    assert_eq!(reg.rows.len(), site.assets.len());
    let dates: Vec<_> = reg.rows.iter().filter_map(|r| r.expires).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    let first_undated = reg.rows.iter().position(|r| r.expires.is_none()).unwrap();
    assert!(
        reg.rows[first_undated..]
            .iter()
            .all(|r| r.expires.is_none())
    );
    // The example: one expiring within 30 days of 2026-11-22 besides the enrolment form.
    let expiring: Vec<&str> = reg
        .rows
        .iter()
        .filter(|r| r.flag == waymark::views::register::ExpiryFlag::Expiring)
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(
        expiring,
        ["patient-support-enrolment-form", "prior-auth-checklist"]
    );
    let r = reg
        .rows
        .iter()
        .find(|r| r.id == "prior-auth-checklist")
        .unwrap();
    assert_eq!(r.days_left, Some(28));
    assert_eq!(r.markets, ["US"]);
    assert!(r.code.is_some());

    let csv = waymark::export::csv::register_csv(&site).unwrap();
    let text = String::from_utf8(csv[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("code,version,asset,status")
    );
    assert_eq!(lines.count(), site.assets.len());
}

#[test]
fn register_csv_neutralises_formulas() {
    let assets = asset(
        "dose-study",
        "published",
        GOOD_REVIEW,
        "  code: \"=HYPERLINK(1)\"\n  products: [\"+cmd\"]\n",
    );
    let dir = site(&assets, None);
    let s = pipeline::check_site(dir.path(), as_of()).site.unwrap();
    let csv = String::from_utf8(waymark::export::csv::register_csv(&s).unwrap()).unwrap();
    assert!(
        csv.contains("'=HYPERLINK(1)") && csv.contains("'+cmd"),
        "{csv}"
    );
}

#[test]
fn touchpoint_backlog_and_emotion_csvs_carry_the_journeys_markets() {
    let assets = asset("dose-study", "published", GOOD_REVIEW, "  code: EH-1\n");
    let csv_rows = |journey_markets: Option<&str>| {
        let dir = site(&assets, journey_markets);
        let checked = pipeline::check_site(dir.path(), as_of());
        let s = checked
            .site
            .unwrap_or_else(|| panic!("{:?}", checked.diagnostics));
        let journeys: Vec<&waymark::model::Journey> =
            s.journeys.iter().map(|j| j.as_ref()).collect();
        use waymark::export::csv;
        [
            csv::touchpoints_csv(&s, &journeys).unwrap(),
            csv::backlog_csv(&s, &journeys).unwrap(),
            csv::emotions_csv(&s, &journeys).unwrap(),
        ]
        .map(|b| String::from_utf8(b).unwrap())
    };
    // Each CSV: the `markets` column holds the journey's markets on every row, in the
    // site's order; a journey without `markets:` runs in all of the site's.
    for (markets, want) in [(Some("[DE]"), "DE"), (None, "US; DE")] {
        for csv in csv_rows(markets) {
            let mut lines = csv.trim_start_matches('\u{feff}').lines();
            let header: Vec<&str> = lines.next().unwrap().split(',').collect();
            let col = header
                .iter()
                .position(|h| *h == "markets")
                .expect("markets column");
            let rows: Vec<&str> = lines.collect();
            assert!(!rows.is_empty(), "{csv}");
            for row in rows {
                assert_eq!(row.split(',').nth(col), Some(want), "{csv}");
            }
        }
    }
}

#[test]
fn build_writes_register_and_market_plans_and_market_builds_narrow() {
    let assets = asset(
        "dose-study",
        "published",
        GOOD_REVIEW,
        "  code: EH-1\n  markets: [US]\n",
    ) + &asset(
        "de-leaflet",
        "published",
        GOOD_REVIEW,
        "  code: EH-2\n  markets: [DE]\n",
    );
    let dir = site(&assets, None);
    let out = dir.path().join("public");
    let o = waymark(&[
        "build",
        dir.path().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--no-exports",
        "-q",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let reg = read("register.html");
    assert!(
        reg.contains("EH-1") && reg.contains("EH-2") && reg.contains("id=\"market-DE\""),
        "{reg}"
    );
    assert!(read("index.html").contains("href=\"register.html\""));
    let de = read("plan/DE.html");
    assert!(
        de.contains("Asset de-leaflet") && !de.contains("Asset dose-study"),
        "{de}"
    );
    let us = read("plan/US.html");
    assert!(us.contains("Asset dose-study") && !us.contains("Asset de-leaflet"));

    let de_out = dir.path().join("public-de");
    let o = waymark(&[
        "build",
        dir.path().to_str().unwrap(),
        "-o",
        de_out.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--no-exports",
        "-q",
        "--market",
        "DE",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let plan = std::fs::read_to_string(de_out.join("plan.html")).unwrap();
    assert!(plan.contains("Asset de-leaflet") && !plan.contains("Asset dose-study"));
    assert!(!de_out.join("plan/US.html").exists());

    let o = waymark(&[
        "build",
        dir.path().to_str().unwrap(),
        "-o",
        de_out.to_str().unwrap(),
        "--as-of",
        AS_OF,
        "--no-exports",
        "--market",
        "FR",
    ]);
    assert!(!o.status.success());
    assert!(text(&o).contains("unknown market `FR`"), "{}", text(&o));
}

#[test]
fn diff_reports_code_version_markets_and_approval() {
    let before = site(
        &asset(
            "dose-study",
            "published",
            GOOD_REVIEW,
            "  code: EH-1\n  version: 1\n  markets: [US]\n",
        ),
        None,
    );
    let later = "{ by: MLR, approved: 2026-09-01, expires: 2027-09-01 }";
    let after = site(
        &asset(
            "dose-study",
            "published",
            later,
            "  code: EH-2\n  version: 2\n  markets: [US, DE]\n",
        ),
        None,
    );
    let a = pipeline::check_site(before.path(), as_of()).site.unwrap();
    let b = pipeline::check_site(after.path(), as_of()).site.unwrap();
    let d = waymark::history::diff::diff(&a, &b);
    let sentences: Vec<String> = waymark::history::text::groups(&d)
        .into_iter()
        .flat_map(|g| g.sentences)
        .collect();
    let s = sentences.join("\n");
    for want in [
        "now has code EH-2 (was EH-1)",
        "is now version 2 (was 1)",
        "is approved for DE too",
        "was approved on 2026-09-01",
    ] {
        assert!(s.contains(want), "{want} in {s}");
    }
}

#[test]
fn example_fires_each_mlr_lint_where_the_content_says() {
    let d = diagnostics(&repo());
    let count: Vec<usize> = MLR_LINTS.iter().map(|c| codes(&d, c)).collect();
    assert_eq!(count, [2, 1, 1, 1], "{d:?}");
    let m = d.iter().find(|x| x.0 == "market-mismatch").unwrap();
    assert!(
        m.4.contains("ct-purchase") && m.4.contains("ct-customer-case-study") && m.4.contains("JP"),
        "{m:?}"
    );
}

/// The register lists the first `USES_SHOWN` journeys an asset serves, in journey order,
/// and counts the rest: against a count done the slow way (every journey's stages) on a
/// 40-journey portfolio whose assets serve stages of many journeys.
#[test]
fn register_lists_the_first_journeys_and_counts_the_rest() {
    use waymark::views::register::{USES_SHOWN, register};
    let site = waymark::export::portfolio::portfolio(40);
    let reg = register(&site);
    let mut capped = 0;
    for r in &reg.rows {
        let a = site.assets.iter().find(|a| a.id == r.id).unwrap();
        let using: Vec<&str> = site
            .journeys
            .iter()
            .filter(|j| {
                let in_journey = a.journeys.as_ref().is_none_or(|js| js.contains(&j.id));
                j.stages.iter().any(|s| {
                    (in_journey && a.stages.contains(&s.id))
                        || s.touchpoints.iter().any(|t| t.assets.contains(&a.id))
                })
            })
            .map(|j| j.id.as_str())
            .collect();
        let listed: Vec<&str> = r.uses.iter().map(|u| u.journey_id.as_str()).collect();
        assert_eq!(listed, using[..using.len().min(USES_SHOWN)], "{}", r.id);
        assert_eq!(
            r.more_uses,
            using.len().saturating_sub(USES_SHOWN),
            "{}",
            r.id
        );
        capped += usize::from(r.more_uses > 0);
    }
    assert!(
        capped > 0,
        "some asset serves more than {USES_SHOWN} journeys"
    );
}
