//! `waymark check` on fixture sites: one fixture per class of bad input, each asserting
//! the file, line, column, code and hint of its message, and that nothing panics.

mod common;
use common::{fixture, text, waymark};

/// Runs check on `tests/fixtures/errors/NAME` and returns its output; asserts exit code 1.
fn check_error(name: &str) -> String {
    let dir = fixture(&format!("errors/{name}"));
    let out = waymark(&["check", dir.to_str().unwrap(), "--as-of", "2026-11-22"]);
    let t = text(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{name}: expected exit 1, got {:?}\n{t}",
        out.status.code()
    );
    t
}

/// Asserts that `output` has exactly one error and it starts with `headline`.
fn assert_one_error(output: &str, headline: &str, hint: &str) {
    let errors: Vec<&str> = output.lines().filter(|l| l.contains(": error[")).collect();
    assert_eq!(errors.len(), 1, "expected one error, got:\n{output}");
    assert!(
        errors[0].starts_with(headline),
        "expected `{headline}…`, got `{}`",
        errors[0]
    );
    assert!(
        output.contains(hint),
        "expected hint `{hint}` in:\n{output}"
    );
}

const J: &str = "content/journeys/purchase.md";

#[test]
fn minimal_site_is_clean() {
    let out = waymark(&[
        "check",
        fixture("minimal").to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("0 error(s), 0 warning(s)"),
        "{}",
        text(&out)
    );
}

#[test]
fn yaml_syntax() {
    let t = check_error("yaml-syntax");
    assert_one_error(&t, &format!("{J}:3:1: error[yaml-syntax]:"), "quotes");
    assert!(t.contains("quoted scalar"), "{t}");
}

#[test]
fn wrong_type() {
    let t = check_error("wrong-type");
    assert_one_error(
        &t,
        &format!("{J}:7:11: error[wrong-type]: wrong type: expected a list"),
        "one `- item` per line",
    );
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let t = check_error("unknown-field");
    assert_one_error(
        &t,
        &format!("{J}:23:44: error[unknown-field]: unknown field `ownr`"),
        "did you mean `owner`?",
    );
    // The source line is shown with a caret.
    assert!(t.contains("ownr: Sales"), "{t}");
}

#[test]
fn unknown_closed_set_value_suggests_the_right_one() {
    let t = check_error("unknown-value");
    assert_one_error(
        &t,
        &format!("{J}:27:19: error[unknown-value]: `hgh` is not an allowed value"),
        "did you mean `high`?",
    );
}

#[test]
fn missing_required_field() {
    let t = check_error("missing-field");
    assert_one_error(&t, &format!("{J}:"), "add `title:`");
    assert!(
        t.contains("error[missing-field]: missing required field `title`"),
        "{t}"
    );
}

#[test]
fn unknown_persona() {
    let t = check_error("unknown-persona");
    assert_one_error(
        &t,
        &format!("{J}:18:20: error[unknown-persona]: unknown persona `buyr`"),
        "did you mean `buyer`?",
    );
}

#[test]
fn unknown_asset() {
    let t = check_error("unknown-asset");
    assert_one_error(
        &t,
        &format!("{J}:15:99: error[unknown-asset]: unknown asset `dose-studdy`"),
        "did you mean `dose-study`?",
    );
}

#[test]
fn unknown_stage() {
    let t = check_error("unknown-stage");
    assert_one_error(
        &t,
        &format!("{J}:31:9: error[unknown-stage]: unknown stage `purchse`"),
        "did you mean `purchase`?",
    );
}

#[test]
fn unknown_team() {
    let t = check_error("unknown-team");
    assert_one_error(
        &t,
        &format!("{J}:26:16: error[unknown-team]: unknown team `Servce`"),
        "did you mean `Service`?",
    );
}

#[test]
fn duplicate_id_shows_both_places() {
    let t = check_error("duplicate-id");
    assert_one_error(
        &t,
        "content/assets/more.yaml:1:7: error[duplicate-id]: duplicate asset id `dose-study`",
        "note: content/assets/assets.yaml:1:7: first defined here",
    );
}

#[test]
fn bad_date() {
    let t = check_error("bad-date");
    assert_one_error(
        &t,
        &format!("{J}:6:11: error[bad-date]: `2026-13-01` is not a valid date"),
        "YYYY-MM-DD",
    );
}

#[test]
fn emotion_out_of_range() {
    let t = check_error("emotion-range");
    assert_one_error(
        &t,
        &format!("{J}:21:24: error[emotion-range]: emotion -3 for `buyer`"),
        "−2 (very negative)",
    );
}

#[test]
fn unterminated_front_matter() {
    let t = check_error("unterminated-front-matter");
    assert_one_error(
        &t,
        &format!("{J}:1:1: error[unterminated-front-matter]:"),
        "add a line `---`",
    );
}

#[test]
fn not_utf8_is_located_and_does_not_cascade() {
    let t = check_error("not-utf8");
    assert_one_error(
        &t,
        "content/personas/buyer.md:2:10: error[not-utf8]:",
        "save the file as UTF-8",
    );
}

#[test]
fn empty_file() {
    let t = check_error("empty-file");
    assert_one_error(
        &t,
        "content/personas/clinician.md:1:1: error[empty-file]: file is empty",
        "waymark init",
    );
}

#[test]
fn missing_config() {
    let t = check_error("missing-config");
    assert_one_error(
        &t,
        "waymark.yaml: error[missing-config]:",
        "waymark init DIR",
    );
}

#[test]
fn json_format_prints_one_object_per_diagnostic() {
    let dir = fixture("errors/unknown-persona");
    let out = waymark(&[
        "check",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2026-11-22",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    let d = &lines[0];
    assert_eq!(d["level"], "error");
    assert_eq!(d["code"], "unknown-persona");
    assert_eq!(d["file"], J);
    assert_eq!(d["line"], 18);
    assert_eq!(d["column"], 20);
    assert!(d["hint"].as_str().unwrap().contains("buyer"));
}

#[test]
fn every_error_fixture_fails_cleanly_and_never_panics() {
    for entry in std::fs::read_dir(fixture("errors")).unwrap() {
        let dir = entry.unwrap().path();
        for format in ["human", "json"] {
            let out = waymark(&["check", dir.to_str().unwrap(), "--format", format]);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{}: {}",
                dir.display(),
                text(&out)
            );
        }
    }
}

#[test]
fn lints_are_warnings_and_exit_zero() {
    // As of 2027-06-01 the minimal site's review (2026-10-01 + 90d) is overdue and the
    // asset approval (expires 2027-06-01) is still valid.
    let out = waymark(&[
        "check",
        fixture("minimal").to_str().unwrap(),
        "--as-of",
        "2027-06-01",
    ]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("content/journeys/purchase.md:1:1: warning[review-overdue]: review of journey \"purchase\" was due on 2026-12-30"), "{t}");
    let out = waymark(&[
        "check",
        fixture("minimal").to_str().unwrap(),
        "--as-of",
        "2027-06-02",
    ]);
    let t = text(&out);
    assert!(
        t.contains("content/assets/assets.yaml:1:3: warning[approval-expired]"),
        "{t}"
    );
}

#[test]
fn unknown_export_format_suggests_the_right_one() {
    let t = check_error("unknown-export");
    assert_one_error(
        &t,
        "waymark.yaml:4:16: error[unknown-export]: unknown export `pfd`",
        "did you mean `pdf`?",
    );
}

// --- Classic YAML slips, said in the user's terms (issue 16, item 10) ---

#[test]
fn a_comma_inside_a_flow_map_is_explained() {
    let t = check_error("yaml-comma-in-flow");
    assert_one_error(
        &t,
        "content/journeys/purchase.md:28:48: error[unknown-field]: `March–May` is read as a field: a comma inside `{ … }` starts a new field",
        "put the text in quotes: `source: \"Call-centre notes, March–May\"`",
    );
}

#[test]
fn a_colon_inside_a_value_is_explained() {
    let t = check_error("yaml-colon-in-value");
    assert_one_error(
        &t,
        "content/journeys/purchase.md:3:19: error[yaml-syntax]: a `: ` inside a value starts a new mapping",
        "put the text in quotes: `segment: \"Hospitals: regional ones\"`",
    );
}

#[test]
fn a_leading_star_is_explained() {
    let t = check_error("yaml-alias");
    assert_one_error(
        &t,
        "content/journeys/purchase.md:3:10: error[yaml-syntax]: `*important` is read as a YAML alias",
        "text that starts with `*` needs quotes: `segment: \"*important\"`",
    );
}

#[test]
fn a_leading_at_sign_is_explained() {
    let t = check_error("yaml-reserved");
    assert_one_error(
        &t,
        "content/journeys/purchase.md:3:10: error[yaml-syntax]: `@` and `` ` `` are reserved in YAML",
        "put the text in quotes: `segment: \"@hospitals\"`",
    );
}

#[test]
fn a_tab_is_explained() {
    let t = check_error("yaml-tab");
    assert_one_error(
        &t,
        "content/journeys/purchase.md:3:10: error[yaml-syntax]: a tab character where YAML expects spaces",
        "YAML indents with spaces only",
    );
}

#[test]
fn a_leading_ampersand_is_a_warning() {
    let dir = fixture("warnings/yaml-anchor");
    let out = waymark(&["check", dir.to_str().unwrap(), "--as-of", "2026-11-22"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains("content/journeys/purchase.md:3:10: warning[yaml-anchor]: `&ref` is read as a YAML anchor, so this value is `hospitals`"),
        "{t}"
    );
}

// --- Smaller hardening items (issue 16, item 11) ---

#[test]
fn a_yaml_tag_is_an_error() {
    let t = check_error("yaml-tag");
    assert_one_error(
        &t,
        "content/journeys/purchase.md:3:10: error[yaml-tag]: YAML tag `!!python/object:os.system` is not supported",
        "remove the tag",
    );
}

#[test]
fn a_javascript_base_url_is_an_error() {
    let t = check_error("bad-url");
    assert_one_error(
        &t,
        "waymark.yaml:8:11: error[bad-url]: base_url `javascript:alert(1)` is not an http:// or https:// address",
        "base_url: https://",
    );
}

#[test]
fn a_too_long_id_is_a_located_error() {
    let t = check_error("id-too-long");
    assert_one_error(
        &t,
        "content/journeys/purchase.md:2:5: error[id-too-long]: journey id is 300 characters long; the limit is 100",
        "choose a shorter id",
    );
}

#[test]
fn a_too_long_file_name_is_a_located_error_not_a_build_failure() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    common::copy_tree(&fixture("minimal"), &site);
    let long = format!("content/journeys/{}.md", "b".repeat(200));
    std::fs::rename(site.join("content/journeys/purchase.md"), site.join(&long)).unwrap();
    let out = waymark(&["build", site.to_str().unwrap(), "--as-of", "2026-11-22"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(1), "{t}");
    assert!(
        t.contains(&format!("{long}:1:1: error[id-too-long]")),
        "{t}"
    );
    assert!(!t.contains("File name too long"), "{t}");
}

#[test]
fn hidden_journey_files_are_named_in_a_warning() {
    let dir = fixture("warnings/hidden-file");
    let out = waymark(&["check", dir.to_str().unwrap(), "--as-of", "2026-11-22"]);
    let t = text(&out);
    assert!(
        t.contains("content/journeys/.purchase.md: warning[hidden-file]: `content/journeys/.purchase.md` starts with `.`, so waymark skips it"),
        "{t}"
    );
}

#[test]
fn a_journey_id_that_names_another_journeys_stakeholder_map_is_an_error() {
    let t = check_error("export-name-clash");
    assert_one_error(
        &t,
        "content/journeys/purchase-stakeholders.md:1:1: error[export-name-clash]: journey id `purchase-stakeholders` would write exports/purchase-stakeholders.png, the stakeholder map of journey `purchase`",
        "give this journey another id",
    );
    assert!(t.contains("journey `purchase` is defined here"), "{t}");
}

// --- Step-level emotion (issue 17) ---

#[test]
fn an_action_emotion_out_of_range() {
    let t = check_error("action-emotion-range");
    assert_one_error(
        &t,
        &format!("{J}:18:66: error[emotion-range]: action emotion 3 is outside −2..2"),
        "−2 (very negative)",
    );
}

#[test]
fn a_stage_emotion_that_disagrees_with_its_actions_is_a_lint() {
    let dir = fixture("warnings/emotion-disagrees");
    let out = waymark(&["check", dir.to_str().unwrap(), "--as-of", "2026-11-22"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains(&format!("{J}:22:24: warning[emotion-disagrees]: stage emotion -1 for `buyer` differs from its actions' emotions (mean 1.5); the curve draws the actions' emotions")),
        "{t}"
    );
    assert!(t.contains("the stage value is used where"), "{t}");
}

#[test]
fn unknown_opportunity_value_word_suggests_the_right_one() {
    let t = check_error("opportunity-value");
    assert_one_error(
        &t,
        &format!("{J}:30:103: error[unknown-value]: `hihg` is not an allowed value"),
        "did you mean `high`? (allowed values: `low`, `medium`, `high`)",
    );
}

#[test]
fn unscored_opportunities_are_a_lint_only_where_the_journey_scores_others() {
    let dir = fixture("warnings/unscored-opportunity");
    let out = waymark(&["check", dir.to_str().unwrap(), "--as-of", "2026-11-22"]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains(&format!("{J}:34:9: warning[unscored-opportunity]: opportunity \"Send a thank-you card\" has no `value` and `effort`; other opportunities of journey \"purchase\" are scored")),
        "{t}"
    );
    assert!(
        t.contains(&format!("{J}:36:9: warning[unscored-opportunity]: opportunity \"Sponsor a golf day\" has no `effort`")),
        "{t}"
    );
    // The service journey scores none of its opportunities: no warning for it.
    assert!(!t.contains("Publish service hours"), "{t}");
    assert_eq!(t.matches("warning[unscored-opportunity]").count(), 2, "{t}");
}
