//! The channel mix: touchpoints counted by channel (rows) and stage (columns), for one
//! journey (its page) and across the site (`channels.html`, with each channel's owning
//! teams).
//!
//! Channels are free text and shown as written: rows group the touchpoints whose `channel`
//! is the same text, ignoring case and surrounding spaces (the first spelling met names the
//! row); touchpoints without a channel form the last row. Rows are ordered by their number of
//! touchpoints (most first), then by name. On the site page the columns are the site's stage
//! vocabulary (`stages:` in waymark.yaml) in its order (those that no journey has are left
//! out), followed by the journey-local stages by name; a site without a vocabulary has one
//! column per stage name, in order of first appearance.

use serde::Serialize;

use crate::model::{Journey, Site, Stage};

/// One touchpoint in a cell.
#[derive(Debug, Clone, Serialize)]
pub struct CellTouchpoint {
    /// `name` of the touchpoint.
    pub name: String,
    /// `owner`: the team that runs it, if any (shown on hover).
    pub owner: Option<String>,
    /// Id of its journey (the link `journeys/ID.html#stage-STAGE`).
    pub journey_id: String,
    /// Title of its journey.
    pub journey_title: String,
    /// Id of its stage in that journey.
    pub stage_id: String,
}

/// The touchpoints of one channel at one stage.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ChannelCell {
    /// How many.
    pub count: usize,
    /// Which, in journey and stage order.
    pub touchpoints: Vec<CellTouchpoint>,
}

/// A team owning touchpoints of a channel, with how many.
#[derive(Debug, Clone, Serialize)]
pub struct TeamCount {
    /// The team (`owner` as written).
    pub team: String,
    /// Touchpoints of the channel it owns.
    pub count: usize,
}

/// One row: a channel as written (`None`: touchpoints without `channel`).
#[derive(Debug, Clone, Serialize)]
pub struct ChannelRow {
    /// The channel, as first written; `None` for the touchpoints without one.
    pub channel: Option<String>,
    /// One cell per column of [`ChannelMix::stages`].
    pub cells: Vec<ChannelCell>,
    /// Touchpoints of the channel in all stages.
    pub total: usize,
    /// The teams owning them, most touchpoints first, then by name.
    pub teams: Vec<TeamCount>,
    /// Touchpoints of the channel without an owner.
    pub unowned: usize,
}

/// A column: a stage.
#[derive(Debug, Clone, Serialize)]
pub struct ChannelStage {
    /// The vocabulary id, the journey's stage id (journey page), or the stage's id where
    /// columns go by name (the first stage of that name).
    pub id: String,
    /// Display name.
    pub name: String,
}

/// The stage × channel matrix of touchpoints.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ChannelMix {
    /// The columns.
    pub stages: Vec<ChannelStage>,
    /// The rows, most touchpoints first; the row without a channel last.
    pub rows: Vec<ChannelRow>,
    /// Touchpoints per column.
    pub totals: Vec<usize>,
    /// All touchpoints.
    pub total: usize,
}

/// The channel mix of one journey: its stages as columns, in its order.
pub fn journey_mix(journey: &Journey) -> ChannelMix {
    let stages = journey
        .stages
        .iter()
        .map(|s| ChannelStage {
            id: s.id.clone(),
            name: s.name.clone(),
        })
        .collect();
    let mut b = Builder::new(stages);
    for (i, s) in journey.stages.iter().enumerate() {
        b.add_stage(journey, s, i);
    }
    b.finish(&vec![true; journey.stages.len()])
}

/// The channel mix of the whole site (see the module documentation for its columns).
pub fn site_mix(site: &Site) -> ChannelMix {
    let vocab = &site.config.stages;
    let mut stages: Vec<ChannelStage> = vocab
        .iter()
        .map(|d| ChannelStage {
            id: d.id.clone(),
            name: d.name.clone(),
        })
        .collect();
    let fixed = stages.len();
    // Column of each journey stage: the vocabulary's by id, else one per name.
    let mut place: Vec<Vec<usize>> = Vec::new();
    for j in &site.journeys {
        let mut cols = Vec::new();
        for s in &j.stages {
            let by_id = vocab.iter().position(|d| d.id == s.id);
            let col = by_id.unwrap_or_else(|| {
                match stages[fixed..].iter().position(|c| c.name == s.name) {
                    Some(k) => fixed + k,
                    None => {
                        stages.push(ChannelStage {
                            id: s.id.clone(),
                            name: s.name.clone(),
                        });
                        stages.len() - 1
                    }
                }
            });
            cols.push(col);
        }
        place.push(cols);
    }
    // Journey-local columns by name after the vocabulary; without a vocabulary the columns
    // keep the order in which the stages first appear.
    let mut order: Vec<usize> = (0..stages.len()).collect();
    if fixed > 0 {
        order[fixed..].sort_by(|&a, &b| stages[a].name.cmp(&stages[b].name));
    }
    let mut at = vec![0; stages.len()];
    for (new, &old) in order.iter().enumerate() {
        at[old] = new;
    }
    let sorted: Vec<ChannelStage> = order.iter().map(|&i| stages[i].clone()).collect();
    let mut b = Builder::new(sorted);
    for (j, cols) in site.journeys.iter().zip(&place) {
        for (s, &col) in j.stages.iter().zip(cols) {
            b.add_stage(j, s, at[col]);
        }
    }
    // A vocabulary stage that no journey has is no column.
    let mut used = vec![false; stages.len()];
    place.iter().flatten().for_each(|&c| used[at[c]] = true);
    b.finish(&used)
}

/// Collects rows while touchpoints are added.
struct Builder {
    stages: Vec<ChannelStage>,
    /// Row key (the channel, trimmed and lower-cased; `None` without one) and row.
    rows: Vec<(Option<String>, ChannelRow)>,
}

impl Builder {
    fn new(stages: Vec<ChannelStage>) -> Builder {
        Builder {
            stages,
            rows: Vec::new(),
        }
    }

    /// Adds the touchpoints of `stage` of `journey` to column `col`.
    fn add_stage(&mut self, journey: &Journey, stage: &Stage, col: usize) {
        for t in &stage.touchpoints {
            let written = t
                .channel
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty());
            let key = written.map(str::to_lowercase);
            let n = self.stages.len();
            let i = match self.rows.iter().position(|(k, _)| *k == key) {
                Some(i) => i,
                None => {
                    self.rows.push((
                        key,
                        ChannelRow {
                            channel: written.map(str::to_string),
                            cells: vec![ChannelCell::default(); n],
                            total: 0,
                            teams: Vec::new(),
                            unowned: 0,
                        },
                    ));
                    self.rows.len() - 1
                }
            };
            let row = &mut self.rows[i].1;
            let Some(cell) = row.cells.get_mut(col) else {
                continue;
            };
            cell.count += 1;
            cell.touchpoints.push(CellTouchpoint {
                name: t.name.clone(),
                owner: t.owner.clone(),
                journey_id: journey.id.clone(),
                journey_title: journey.title.clone(),
                stage_id: stage.id.clone(),
            });
            row.total += 1;
            match &t.owner {
                None => row.unowned += 1,
                Some(o) => match row.teams.iter_mut().find(|c| &c.team == o) {
                    Some(c) => c.count += 1,
                    None => row.teams.push(TeamCount {
                        team: o.clone(),
                        count: 1,
                    }),
                },
            }
        }
    }

    /// The mix, keeping the columns whose `keep` is true.
    fn finish(self, keep: &[bool]) -> ChannelMix {
        let kept = |c: usize| keep.get(c).copied().unwrap_or(true);
        let mut rows: Vec<ChannelRow> = self.rows.into_iter().map(|(_, r)| r).collect();
        for r in &mut rows {
            r.cells = std::mem::take(&mut r.cells)
                .into_iter()
                .enumerate()
                .filter(|(c, _)| kept(*c))
                .map(|(_, cell)| cell)
                .collect();
        }
        let stages: Vec<ChannelStage> = self
            .stages
            .into_iter()
            .enumerate()
            .filter(|(c, _)| kept(*c))
            .map(|(_, s)| s)
            .collect();
        rows.sort_by(|a, b| {
            (a.channel.is_none(), std::cmp::Reverse(a.total), &a.channel).cmp(&(
                b.channel.is_none(),
                std::cmp::Reverse(b.total),
                &b.channel,
            ))
        });
        for r in &mut rows {
            r.teams
                .sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.team.cmp(&b.team)));
        }
        let totals = (0..stages.len())
            .map(|c| rows.iter().map(|r| r.cells[c].count).sum())
            .collect();
        ChannelMix {
            total: rows.iter().map(|r| r.total).sum(),
            stages,
            rows,
            totals,
        }
    }
}
