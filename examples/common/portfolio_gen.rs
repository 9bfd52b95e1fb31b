//! The generated portfolio that `examples/portfolio.rs` writes and `examples/bench.rs`
//! builds: the shape of a large company's maps (brands × markets × segments).
//!
//! For `n` journeys: every journey has all 8 stages and 5 personas; the site has `n / 5`
//! personas (at least 12) and `3 n` content assets (a third of them for one journey only),
//! so 1,000 journeys give 200 personas and 3,000 assets, 1,205 pages. Stages carry actions,
//! questions, emotions, two or three touchpoints with assets, a pain point and an
//! opportunity; some text has accents, Chinese or Japanese. Deterministic: same `n`, same
//! files. Included by the examples with `#[path]`; not part of the library.

use std::fmt::Write as _;
use std::path::Path;

const STAGES: &[(&str, &str)] = &[
    ("awareness", "Awareness"),
    ("consideration", "Consideration"),
    ("evaluation", "Evaluation"),
    ("decision", "Decision"),
    ("onboarding", "Onboarding"),
    ("adoption", "Adoption"),
    ("renewal", "Renewal"),
    ("advocacy", "Advocacy"),
];

const TEAMS: &[&str] = &[
    "Marketing",
    "Sales",
    "Medical Affairs",
    "Market Access",
    "Patient Services",
    "Service",
    "Digital",
];

const PERSONAS: &[(&str, &str, &str)] = &[
    ("radiology-lead", "Dr Inès Moreau", "Head of radiology"),
    ("procurement-lead", "Jonas Weiß", "Procurement lead"),
    ("finance-director", "Priya Nair", "Finance director"),
    ("it-lead", "Tomás Ferreira", "IT and security lead"),
    ("nurse-navigator", "Aisha Rahman", "Nurse navigator"),
    ("patient", "Zoë Kowalczyk", "Patient"),
    ("caregiver", "Chen Wei 陈伟", "Family caregiver"),
    ("pharmacist", "Sato Yuki 佐藤由紀", "Specialty pharmacist"),
    ("payer", "Björn Lindqvist", "Regional payer"),
    ("surgeon", "Dr Łukasz Nowak", "Orthopaedic surgeon"),
    (
        "vac-chair",
        "Françoise Dubois",
        "Value-analysis committee chair",
    ),
    ("gp", "Dr Amara Okafor", "General practitioner"),
];

const PRODUCTS: &[&str] = &[
    "CT scanner",
    "MRI system",
    "ultrasound fleet",
    "infusion pump",
    "remote monitoring app",
    "knee implant",
    "biologic therapy",
    "glucose sensor",
    "dialysis service",
    "sleep apnoea device",
];

const SEGMENTS: &[&str] = &[
    "University hospitals, 800+ beds",
    "Private clinic groups",
    "Community hospitals, 150–300 beds",
    "Patients newly diagnosed, aged 40–65",
    "Care homes and their GPs",
    "Hôpitaux publics en Île-de-France",
    "医院采购团队",
    "大学病院の放射線科",
];

const CHANNELS: &[&str] = &[
    "web", "email", "event", "field", "phone", "portal", "partner", "internal",
];

const TOUCHPOINTS: &[&str] = &[
    "Clinical evidence webinar",
    "Site demo with a clinical specialist",
    "Total-cost calculator",
    "Security questionnaire review",
    "Reimbursement hotline",
    "Patient starter kit",
    "Peer reference call",
    "Training session for radiographers",
    "Service contract workshop",
    "Onboarding e-mail sequence",
    "Café scientifique for referrers",
    "患者说明会",
    "導入トレーニング",
];

const PAINS: &[&str] = &[
    "Answers on service scope take three weeks",
    "Evidence summary does not match the committee's template",
    "Prior authorisation forms differ by payer and are resubmitted twice",
    "Nobody owns the hand-off from sales to implementation",
    "Patients do not know whom to call after discharge",
    "Security review starts too late and delays the contract",
    "Préavis de livraison trop court pour l'équipe biomédicale",
    "报销流程不透明",
];

const OPPORTUNITIES: &[&str] = &[
    "Publish a one-page service-scope summary",
    "Offer a committee-ready evidence dossier",
    "Pre-fill payer forms from the prescription",
    "Name an implementation lead at signature",
    "Send a discharge card with one phone number",
    "Start the security review with the first demo",
    "Créer une checklist de réception biomédicale",
];

/// A small deterministic generator (64-bit LCG).
pub(crate) struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// The shape of a generated portfolio.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    /// Number of journeys.
    pub journeys: usize,
    /// Number of personas (pool the journeys draw 5 from).
    pub personas: usize,
    /// Number of content assets.
    pub assets: usize,
}

impl Shape {
    /// The shape: `n` journeys, `n / 5` personas (at least 12), `3 n` assets.
    pub(crate) fn for_journeys(n: usize) -> Shape {
        Shape {
            journeys: n,
            personas: (n / 5).max(12),
            assets: 3 * n,
        }
    }
}

const FIRST: &[&str] = &[
    "Inès",
    "Jonas",
    "Priya",
    "Tomás",
    "Aisha",
    "Zoë",
    "Wei",
    "Yuki",
    "Björn",
    "Łukasz",
    "Françoise",
    "Amara",
    "Mateo",
    "Sofia",
    "Kenji",
    "Leila",
    "Oskar",
    "Noor",
    "Elif",
    "Ravi",
];
const LAST: &[&str] = &[
    "Moreau",
    "Weiß",
    "Nair",
    "Ferreira",
    "Rahman",
    "Kowalczyk",
    "陈",
    "佐藤",
    "Lindqvist",
    "Nowak",
    "Dubois",
    "Okafor",
    "García",
    "Rossi",
    "Tanaka",
    "Haddad",
    "Berg",
    "Aziz",
];

/// Persona `i`: id, display name and role, drawn from the role list and name lists.
fn persona(i: usize) -> (String, String, String) {
    let (base, _, role) = PERSONAS[i % PERSONAS.len()];
    let id = if i < PERSONAS.len() {
        base.to_string()
    } else {
        format!("{base}-{}", i / PERSONAS.len())
    };
    let name = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / 3) % LAST.len()]);
    (id, name, role.to_string())
}

/// Writes the portfolio of `shape` into `dir`, which must not exist or be empty.
pub(crate) fn write(dir: &Path, shape: Shape) -> std::io::Result<()> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        return Err(std::io::Error::other(format!(
            "{} exists and is not empty",
            dir.display()
        )));
    }
    for sub in ["content/journeys", "content/personas", "content/assets"] {
        std::fs::create_dir_all(dir.join(sub))?;
    }
    let mut cfg = String::from(
        "title: Generated portfolio\ndescription: A generated journey portfolio for benchmarks\nreview_every: 180d\nteams:\n",
    );
    for t in TEAMS {
        writeln!(cfg, "  - {t}").unwrap();
    }
    cfg.push_str("stages:\n");
    for (id, name) in STAGES {
        writeln!(cfg, "  - {{ id: {id}, name: {name} }}").unwrap();
    }
    std::fs::write(dir.join("waymark.yaml"), cfg)?;

    let personas: Vec<(String, String, String)> = (0..shape.personas).map(persona).collect();
    for (i, (id, name, role)) in personas.iter().enumerate() {
        let kind = ["buyer", "clinician", "patient", "payer", "internal"][i % 5];
        let text = format!(
            "---\nname: {name}\nrole: {role}\nkind: {kind}\ngoals:\n  - Fewer surprises\n  - Evidence that fits the committee's template\nneeds:\n  - One contact who answers within a day\nquestions:\n  - What does it cost over five years?\nquote: \"Show me the data, then the price.\"\n---\n{name} is a generated persona: {role}.\n\nThey meet the team at several stages and want **clear answers**.\n"
        );
        std::fs::write(dir.join(format!("content/personas/{id}.md")), text)?;
    }

    let mut rng = Rng(0x5eed_f00d);
    let mut assets = String::new();
    for i in 0..shape.assets {
        let stage = rng.pick(STAGES).0;
        let persona = &personas[rng.below(personas.len())].0;
        let journeys = if i % 3 == 0 {
            format!("\n  journeys: [j{:04}]", rng.below(shape.journeys))
        } else {
            String::new()
        };
        writeln!(
            assets,
            "- id: asset-{i:04}\n  title: \"{} guide {i}\"\n  format: guide\n  channel: {}\n  stages: [{stage}]\n  personas: [{persona}]{journeys}\n  owner: {}\n  status: {}\n  review: {{ by: MLR, approved: 2026-01-10, expires: 2027-0{}-10 }}",
            rng.pick(PRODUCTS),
            rng.pick(CHANNELS),
            rng.pick(TEAMS),
            rng.pick(&["published", "approved", "in-review", "planned", "idea"]),
            1 + rng.below(9)
        )
        .unwrap();
    }
    std::fs::write(dir.join("content/assets/assets.yaml"), assets)?;

    for n in 0..shape.journeys {
        let mut chosen: Vec<&str> = Vec::new();
        while chosen.len() < 5.min(personas.len()) {
            let p = personas[rng.below(personas.len())].0.as_str();
            if !chosen.contains(&p) {
                chosen.push(p);
            }
        }
        let j = journey(&mut rng, n, &chosen, shape.assets);
        std::fs::write(dir.join(format!("content/journeys/j{n:04}.md")), j)?;
    }
    Ok(())
}

/// The text of journey `n` with `personas`, touchpoints naming assets below `assets`.
fn journey(rng: &mut Rng, n: usize, personas: &[&str], assets: usize) -> String {
    let product = rng.pick(PRODUCTS);
    let segment = rng.pick(SEGMENTS);
    let mut j = String::new();
    writeln!(j, "---").unwrap();
    writeln!(j, "title: \"{product} journey {n:04}\"").unwrap();
    writeln!(j, "segment: \"{segment}\"").unwrap();
    writeln!(j, "scope: One product line, first signal to renewal").unwrap();
    writeln!(j, "owner: {}", rng.pick(TEAMS)).unwrap();
    writeln!(j, "reviewed: 2026-0{}-1{}", 1 + rng.below(9), rng.below(9)).unwrap();
    writeln!(j, "personas: [{}]", personas.join(", ")).unwrap();
    writeln!(j, "goal: Shorten the {product} decision by a quarter").unwrap();
    writeln!(j, "stages:").unwrap();
    for (k, (id, name)) in STAGES.iter().enumerate() {
        let p = personas[k % personas.len()];
        let q = personas[(k + 2) % personas.len()];
        writeln!(j, "  - id: {id}").unwrap();
        writeln!(j, "    goal: \"{name} of the {product} moves on\"").unwrap();
        writeln!(j, "    actions:").unwrap();
        writeln!(
            j,
            "      - {{ persona: {p}, text: \"Compares the {product} with the current option\" }}"
        )
        .unwrap();
        writeln!(j, "    questions:").unwrap();
        writeln!(
            j,
            "      - {{ persona: {q}, text: \"What does the {product} change for my team?\" }}"
        )
        .unwrap();
        writeln!(
            j,
            "    emotions: {{ {p}: {}, {q}: {} }}",
            rng.below(5) as i32 - 2,
            rng.below(5) as i32 - 2
        )
        .unwrap();
        writeln!(j, "    touchpoints:").unwrap();
        for _ in 0..(2 + rng.below(2)) {
            writeln!(
                j,
                "      - {{ name: \"{}\", channel: {}, owner: {}, personas: [{p}], assets: [asset-{:04}] }}",
                rng.pick(TOUCHPOINTS),
                rng.pick(CHANNELS),
                rng.pick(TEAMS),
                rng.below(assets)
            )
            .unwrap();
        }
        writeln!(j, "    pain_points:").unwrap();
        writeln!(
            j,
            "      - {{ text: \"{}\", owner: {}, severity: {} }}",
            rng.pick(PAINS),
            rng.pick(TEAMS),
            rng.pick(&["low", "medium", "high"])
        )
        .unwrap();
        writeln!(j, "    opportunities:").unwrap();
        writeln!(
            j,
            "      - {{ text: \"{}\", owner: {}, status: {}, due: 2027-0{}-15 }}",
            rng.pick(OPPORTUNITIES),
            rng.pick(TEAMS),
            rng.pick(&["idea", "planned", "in-progress"]),
            1 + rng.below(9)
        )
        .unwrap();
    }
    writeln!(j, "---").unwrap();
    writeln!(
        j,
        "Generated journey {n} for the {product}, segment {segment}.\n\n## Why this map\n\nThe buying group meets us at **eight stages**; the\n[plan](../plan.html) shows the content per stage.\n\n- Evidence first\n- Price second\n"
    )
    .unwrap();
    j
}
