//! Opportunity value and effort (issue 13 item 3): the backlog's order and numbering, the
//! value × effort matrix (which cell each dot is drawn in, and its link), the page's scored
//! and unscored lists, and the CSV columns. The fixture is
//! `tests/fixtures/warnings/unscored-opportunity`: journey `purchase` scores four
//! opportunities and leaves two unscored; journey `service` scores none.

mod common;
use common::{fixture, text, waymark};

use waymark::diagram::drawing::{Geometry, Item};
use waymark::model::{Level, Site};
use waymark::views::backlog;

fn site() -> Site {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    waymark::pipeline::check_site(&fixture("warnings/unscored-opportunity"), as_of)
        .site
        .expect("the fixture has no errors")
}

#[test]
fn scored_opportunities_sort_by_value_then_effort_then_due() {
    let b = backlog::backlog(&site());
    let scored: Vec<(usize, &str)> = b
        .scored
        .iter()
        .map(|i| (i.number.unwrap(), i.text.as_str()))
        .collect();
    assert_eq!(
        scored,
        [
            (1, "Publish a service one-pager"),  // high value, low effort
            (2, "Offer a reference-site visit"), // high, medium
            (3, "Run a total-cost calculator"),  // high, high
            (4, "Add a tender FAQ"),             // medium, low
        ]
    );
    let unscored: Vec<&str> = b.unscored.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        unscored,
        [
            "Send a thank-you card",
            "Sponsor a golf day",
            "Publish service hours"
        ]
    );
    // The teams' lists follow the same order: Sales has 2 before 3, then the unscored card.
    let sales = b
        .groups
        .iter()
        .find(|g| g.owner.as_deref() == Some("Sales"))
        .unwrap();
    let texts: Vec<&str> = sales.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Offer a reference-site visit",
            "Run a total-cost calculator",
            "Send a thank-you card"
        ]
    );
}

/// The rectangle of the quick-wins cell: the cell whose top left holds the "QUICK WINS" label.
fn quick_wins_cell(d: &waymark::diagram::Drawing) -> (f32, f32, f32, f32) {
    let label = d
        .texts()
        .into_iter()
        .find(|t| t.text == "QUICK WINS")
        .expect("the quick-wins cell is labelled");
    d.items
        .iter()
        .find_map(|i| match i {
            Item::Shape(s) => match s.geometry {
                Geometry::Rect { x, y, w, h, .. }
                    if label.x > x && label.x < x + w && label.y > y && label.y < y + h =>
                {
                    Some((x, y, w, h))
                }
                _ => None,
            },
            _ => None,
        })
        .expect("a cell under the label")
}

#[test]
fn high_value_low_effort_lands_in_the_quick_wins_cell() {
    let site = site();
    let b = backlog::backlog(&site);
    let d = waymark::diagram::matrix::draw(&site, &b.scored);
    let (x, y, w, h) = quick_wins_cell(&d);
    let mut inside = Vec::new();
    for item in &d.items {
        let Item::Link { href, title, items } = item else {
            continue;
        };
        let centre = items.iter().find_map(|i| match i {
            Item::Shape(s) => match s.geometry {
                Geometry::Circle { cx, cy, .. } => Some((cx, cy)),
                _ => None,
            },
            _ => None,
        });
        let (cx, cy) = centre.expect("a dot");
        if cx > x && cx < x + w && cy > y && cy < y + h {
            inside.push((href.clone(), title.clone()));
        }
    }
    assert_eq!(
        inside,
        [(
            "#opp-1".to_string(),
            "1. Publish a service one-pager (Scanner purchase · Evaluation)".to_string()
        )]
    );
    // Every scored opportunity is drawn, once.
    let links = d
        .items
        .iter()
        .filter(|i| matches!(i, Item::Link { .. }))
        .count();
    assert_eq!(links, 4);
    assert_eq!(b.scored[0].value, Some(Level::High));
    assert_eq!(b.scored[0].effort, Some(Level::Low));
}

#[test]
fn the_backlog_page_shows_the_matrix_the_scored_rows_and_the_unscored_apart() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("public");
    let site = fixture("warnings/unscored-opportunity");
    let out = waymark(&[
        "build",
        site.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
        "--no-exports",
        "--no-cache",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let page = std::fs::read_to_string(out_dir.join("backlog.html")).unwrap();
    // The SVG dot links to its row; the row is there, in order.
    assert!(
        page.contains("<a href=\"#opp-1\"><title>1. Publish a service one-pager"),
        "{page}"
    );
    let rows: Vec<usize> = (1..=4)
        .map(|n| page.find(&format!("<tr id=\"opp-{n}\"")).expect("row"))
        .collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "rows in number order");
    let first_row = &page[rows[0]..rows[1]];
    assert!(first_row.contains("is-quick-win"), "{first_row}");
    assert!(
        first_row.contains("Publish a service one-pager"),
        "{first_row}"
    );
    // The unscored ones, apart, after the heading "Not scored".
    let apart = page.find("id=\"unscored\"").expect("the unscored list");
    assert!(page[apart..].contains("Send a thank-you card"));
    assert!(page[apart..].contains("Publish service hours"));
    assert!(!page[rows[0]..apart].contains("Send a thank-you card"));
}

#[test]
fn backlog_csv_has_value_and_effort_columns() {
    let site = site();
    let journeys: Vec<&waymark::model::Journey> = site.journeys.iter().map(|j| &**j).collect();
    let bytes = waymark::export::csv::backlog_csv(&site, &journeys).unwrap();
    let csv = String::from_utf8(bytes).unwrap();
    let mut lines = csv.lines();
    let header = lines.next().unwrap().trim_start_matches('\u{feff}');
    assert_eq!(
        header,
        "journey,stage,kind,text,owner,status,due,severity,value,effort,markets,journey_id,stage_id"
    );
    let row = csv
        .lines()
        .find(|l| l.contains("Publish a service one-pager"))
        .unwrap();
    assert!(row.contains(",2027-01-31,,high,low,"), "{row}");
    let golf = csv.lines().find(|l| l.contains("golf")).unwrap();
    assert!(golf.contains(",,low,,"), "{golf}");
}
