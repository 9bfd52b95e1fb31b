//! Comparing personas: added, removed, and the fields of one in both sites.

use super::{Lifecycle, PersonaChange, other_fields};
use crate::model::{Persona, Site};

/// The personas added, changed and removed: in the order of the newer site, removed ones
/// last.
pub(super) fn persona_changes(old: &Site, new: &Site) -> Vec<PersonaChange> {
    let mut out = Vec::new();
    for p in &new.personas {
        match old.persona(&p.id) {
            None => out.push(PersonaChange {
                id: p.id.clone(),
                name: p.name.clone(),
                status: Lifecycle::Added,
                fields: Vec::new(),
            }),
            Some(o) => {
                let fields = persona_fields(o, p);
                if !fields.is_empty() {
                    out.push(PersonaChange {
                        id: p.id.clone(),
                        name: p.name.clone(),
                        status: Lifecycle::Changed,
                        fields,
                    });
                }
            }
        }
    }
    for o in old.personas.iter().filter(|o| new.persona(&o.id).is_none()) {
        out.push(PersonaChange {
            id: o.id.clone(),
            name: o.name.clone(),
            status: Lifecycle::Removed,
            fields: Vec::new(),
        });
    }
    out
}

/// The fields that changed from persona `o` to `n`: the ones a reader sees first, then any
/// other, by name.
fn persona_fields(o: &Persona, n: &Persona) -> Vec<String> {
    let mut f = Vec::new();
    let mut check = |name: &str, same: bool| {
        if !same {
            f.push(name.to_string());
        }
    };
    check("name", o.name == n.name);
    check("role", o.role == n.role);
    check("kind", o.kind == n.kind);
    check("buying role", o.buying_role == n.buying_role);
    check("goals", o.goals == n.goals);
    check("needs", o.needs == n.needs);
    check("questions", o.questions == n.questions);
    check("blockers", o.blockers == n.blockers);
    check("channels", o.channels == n.channels);
    check("quote", o.quote == n.quote);
    check("narrative", o.narrative.trim() == n.narrative.trim());
    f.extend(other_fields(
        o,
        n,
        &[
            "id",
            "name",
            "role",
            "kind",
            "buying_role",
            "goals",
            "needs",
            "questions",
            "blockers",
            "channels",
            "quote",
            "narrative",
            "source",
        ],
    ));
    f
}
