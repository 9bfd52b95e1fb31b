//! `waymark diff`: a site as it is at one revision (or in the working tree), resolved for
//! [`super::diff::diff`], with the label its sentences name it by.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;

use super::{HistoryError, SiteRepo, resolve};
use crate::diagnostic::Diagnostic;
use crate::model::Site;

/// Load errors shown when a revision does not load: the first ones only.
const SHOWN_ERRORS: usize = 10;

/// The site at one revision.
#[derive(Debug)]
pub struct Revision {
    /// The resolved site.
    pub site: Site,
    /// How the sentences name it: `the working tree`, or `REV (SHORT SUBJECT, DATE)`.
    pub label: String,
    /// Errors `waymark check` reports at this revision; it is compared as written anyway.
    pub check_errors: Vec<Diagnostic>,
}

/// Why a revision cannot be compared.
#[derive(Debug, thiserror::Error)]
pub enum RevisionError {
    /// The revision names no commit.
    #[error("{0}")]
    Resolve(HistoryError),
    /// The commit's files could not be read.
    #[error("revision `{rev}`: {error}")]
    Read {
        /// As given on the command line.
        rev: String,
        /// What went wrong.
        error: HistoryError,
    },
    /// A file does not parse at that revision, or the config or content folder is missing.
    #[error("the site does not load at {label}: {count} error(s)")]
    DoesNotLoad {
        /// The revision's label ([`Revision::label`]).
        label: String,
        /// How many load errors there are.
        count: usize,
        /// The first of them, to show.
        errors: Vec<Diagnostic>,
        /// The text of the revision's files, for the errors' snippets.
        sources: BTreeMap<String, String>,
    },
}

/// Loads and resolves the site at `site` as of revision `rev` of `repo` (a commit, branch,
/// tag or `HEAD~3`, read from the object database), or as it is on disk when `rev` is
/// `None`. Health is measured at the commit's date; the working tree at `tree_date()`,
/// called only for it.
pub fn load_revision(
    repo: &SiteRepo,
    site: &Path,
    rev: Option<&str>,
    tree_date: impl FnOnce() -> NaiveDate,
) -> Result<Revision, RevisionError> {
    let (loaded, label, date) = match rev {
        None => (
            crate::load::load_site(site),
            "the working tree".to_string(),
            tree_date(),
        ),
        Some(rev) => {
            let commit = repo.resolve(rev).map_err(RevisionError::Resolve)?;
            let read = |error| RevisionError::Read {
                rev: rev.to_string(),
                error,
            };
            let loaded = SiteRepo::object_id(&commit.id)
                .and_then(|id| repo.load_at(id))
                .map_err(read)?;
            let label = format!(
                "{rev} ({} {}, {})",
                commit.short, commit.subject, commit.date
            );
            (loaded, label, commit.date)
        }
    };
    match resolve(&loaded, date) {
        Ok(r) => Ok(Revision {
            site: r.site,
            label,
            check_errors: r.check_errors,
        }),
        Err(count) => Err(RevisionError::DoesNotLoad {
            label,
            count,
            errors: loaded
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .take(SHOWN_ERRORS)
                .cloned()
                .collect(),
            sources: loaded.sources,
        }),
    }
}
