//! The channel mix (issue 13 item 5): the stage × channel matrix of a journey's touchpoints
//! on its page, and `channels.html` across journeys with each channel's owning teams. The
//! fixture is `tests/fixtures/warnings/unscored-opportunity`: journey `purchase` (event, field
//! and email touchpoints) and journey `service` (a phone hotline at `purchase`).

mod common;
use common::{fixture, text, waymark};

use waymark::views::channels;

fn site() -> waymark::model::Site {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    waymark::pipeline::check_site(&fixture("warnings/unscored-opportunity"), as_of)
        .site
        .expect("the fixture has no errors")
}

#[test]
fn the_site_mix_has_the_vocabulary_stages_and_each_channels_teams() {
    let mix = channels::site_mix(&site());
    let stages: Vec<&str> = mix.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Awareness", "Evaluation", "Purchase"]);
    let rows: Vec<(&str, usize)> = mix
        .rows
        .iter()
        .map(|r| (r.channel.as_deref().unwrap_or("-"), r.total))
        .collect();
    // One touchpoint each: ordered by name.
    assert_eq!(
        rows,
        [("email", 1), ("event", 1), ("field", 1), ("phone", 1)]
    );
    let phone = &mix.rows[3];
    assert_eq!(phone.cells[2].count, 1, "the hotline is at purchase");
    assert_eq!(phone.cells[2].touchpoints[0].name, "Service hotline");
    assert_eq!(phone.cells[2].touchpoints[0].journey_id, "service");
    assert_eq!(phone.teams[0].team, "Service");
    assert_eq!(mix.totals, [1, 1, 2]);
    assert_eq!(mix.total, 4);
}

#[test]
fn channel_pages_show_the_matrix_with_owners_and_icons() {
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
    let page = std::fs::read_to_string(out_dir.join("channels.html")).unwrap();
    assert!(page.contains("<h1>Channel mix</h1>"), "{page}");
    assert!(
        page.contains("href=\"channels.html\" aria-current=\"page\""),
        "linked from the navigation, current here"
    );
    // The phone row: its icon (a drawn mark titled by the kind), its team, its cell.
    let phone = page
        .find("</svg>\nphone</th>")
        .expect("the phone row with its icon");
    let row = &page[phone..phone + page[phone..].find("</tr>").unwrap()];
    assert!(
        row.contains("<li>Service <span class=\"muted\">1</span></li>"),
        "{row}"
    );
    assert!(
        row.contains("<summary class=\"count\">1</summary>"),
        "{row}"
    );
    assert!(
        row.contains("<a href=\"journeys/service.html#stage-purchase\" title=\"Owner: Service\">Service hotline</a> <span class=\"muted\">Scanner service</span>"),
        "{row}"
    );
    // Every page links to it.
    let index = std::fs::read_to_string(out_dir.join("index.html")).unwrap();
    assert!(index.contains("href=\"channels.html\""));
    // The journey page: stage columns of the journey, names in the cells, owner on hover.
    let journey = std::fs::read_to_string(out_dir.join("journeys/purchase.html")).unwrap();
    let at = journey
        .find("id=\"channel-mix\"")
        .expect("the journey's channel mix");
    let mix = &journey[at..at + journey[at..].find("</table>").unwrap()];
    assert!(
        mix.contains("<a href=\"../journeys/purchase.html#stage-evaluation\" title=\"Owner: Sales\">Site demo</a>"),
        "{mix}"
    );
    assert!(
        !mix.contains("Service hotline"),
        "only this journey's touchpoints"
    );
    assert!(mix.contains("<th scope=\"col\">Purchase</th>"), "{mix}");
}
