//! Writes a large generated site (a "portfolio" of journeys) for benchmarks:
//!
//! ```sh
//! cargo run --release --example portfolio -- /tmp/portfolio            # 1,000 journeys
//! cargo run --release --example portfolio -- /tmp/portfolio --journeys 200
//! ```
//!
//! Deterministic (same arguments, same files). Each journey has 4 to 7 stages with actions,
//! questions, emotions, two to three touchpoints, a pain point and an opportunity; some
//! text carries accents and some is Chinese or Japanese, so search can be tried on them.
//! The folder must not exist or be empty.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const STAGES: &[(&str, &str)] = &[
    ("awareness", "Awareness"),
    ("consideration", "Consideration"),
    ("evaluation", "Evaluation"),
    ("decision", "Decision"),
    ("onboarding", "Onboarding"),
    ("adoption", "Adoption"),
    ("renewal", "Renewal"),
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
struct Rng(u64);

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

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut journeys = 1000usize;
    while let Some(a) = args.next() {
        if a == "--journeys" {
            journeys = args
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--journeys N");
        } else {
            dir = Some(PathBuf::from(a));
        }
    }
    let dir = dir.expect("usage: portfolio DIR [--journeys N]");
    if let Err(e) = write(&dir, journeys) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
    println!("wrote a {journeys}-journey portfolio to {}", dir.display());
}

/// Writes the portfolio site into `dir`.
fn write(dir: &Path, journeys: usize) -> std::io::Result<()> {
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

    for (id, name, role) in PERSONAS {
        let text = format!(
            "---\nname: {name}\nrole: {role}\nkind: buyer\ngoals:\n  - Fewer surprises\n---\n{name} is a generated persona.\n"
        );
        std::fs::write(dir.join(format!("content/personas/{id}.md")), text)?;
    }

    let mut rng = Rng(0x5eed_f00d);
    let mut assets = String::new();
    let asset_count = 200usize;
    for i in 0..asset_count {
        let stage = rng.pick(STAGES).0;
        let persona = rng.pick(PERSONAS).0;
        writeln!(
            assets,
            "- id: asset-{i:03}\n  title: \"{} guide {i}\"\n  format: guide\n  channel: {}\n  stages: [{stage}]\n  personas: [{persona}]\n  owner: {}\n  status: published",
            rng.pick(PRODUCTS),
            rng.pick(CHANNELS),
            rng.pick(TEAMS)
        )
        .unwrap();
    }
    std::fs::write(dir.join("content/assets/assets.yaml"), assets)?;

    for n in 0..journeys {
        let product = rng.pick(PRODUCTS);
        let segment = rng.pick(SEGMENTS);
        let mut personas: Vec<&str> = Vec::new();
        for _ in 0..(2 + rng.below(3)) {
            let p = rng.pick(PERSONAS).0;
            if !personas.contains(&p) {
                personas.push(p);
            }
        }
        let start = rng.below(3);
        let count = 4 + rng.below(4);
        let stages: Vec<&(&str, &str)> = STAGES.iter().skip(start).take(count).collect();
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
        for (id, name) in stages {
            let p = *rng.pick(&personas);
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
                "      - {{ persona: {p}, text: \"What does the {product} change for my team?\" }}"
            )
            .unwrap();
            writeln!(j, "    emotions: {{ {p}: {} }}", rng.below(5) as i32 - 2).unwrap();
            writeln!(j, "    touchpoints:").unwrap();
            for _ in 0..(2 + rng.below(2)) {
                writeln!(
                    j,
                    "      - {{ name: \"{}\", channel: {}, owner: {}, personas: [{p}], assets: [asset-{:03}] }}",
                    rng.pick(TOUCHPOINTS),
                    rng.pick(CHANNELS),
                    rng.pick(TEAMS),
                    rng.below(asset_count)
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
            "Generated journey {n} for the {product}, segment {segment}."
        )
        .unwrap();
        std::fs::write(dir.join(format!("content/journeys/j{n:04}.md")), j)?;
    }
    Ok(())
}
