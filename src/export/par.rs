//! Work spread over the cores with scoped threads, results always in input order.
//!
//! [`each_in_order`]: results handed to one consumer on the calling thread as soon as they
//! are ready, in order, so the consumer (krilla writing the deck, which is not `Send`)
//! overlaps with the workers. Everything else runs on rayon; this one shape stays because
//! rayon has no ordered streaming consumer on a thread outside its pool. Items are taken one by one from a shared counter, so an
//! uneven item (a big diagram) does not leave a core idle.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Worker threads: the cores, at most 8 (never more than `items`).
fn threads(items: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(items)
}

/// `f` over `items` on every core, each result passed to `consume` on the calling thread in
/// input order while later items are still being worked on. The first error of `consume`
/// stops the work (the workers finish the item in hand and stop) and is returned.
///
/// The consumer has a core of its own: the workers take the others (at least one).
pub(super) fn each_in_order<T: Sync, R: Send, E>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
    consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    let workers = threads(items.len() + 1).saturating_sub(1).max(1);
    ordered(workers, items, f, consume)
}

/// [`each_in_order`] with `workers` threads; none when there is at most one.
fn ordered<T: Sync, R: Send, E>(
    workers: usize,
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    if threads(items.len()) <= 1 {
        for item in items {
            consume(f(item))?;
        }
        return Ok(());
    }
    let next = AtomicUsize::new(0);
    let (f, next) = (&f, &next);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, R)>();
        for _ in 0..workers {
            let tx = tx.clone();
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    // The receiver is gone when the consumer failed: stop.
                    if tx.send((i, f(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut early: BTreeMap<usize, R> = BTreeMap::new();
        for want in 0..items.len() {
            let r = loop {
                if let Some(r) = early.remove(&want) {
                    break r;
                }
                match rx.recv() {
                    Ok((i, r)) => {
                        early.insert(i, r);
                    }
                    // Every worker is gone without item `want`: one panicked, and the scope
                    // resumes that panic when it joins.
                    Err(_) => return Ok(()),
                }
            };
            consume(r)?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_input_order() {
        let items: Vec<u64> = (0..500).collect();
        let mut squares = Vec::new();
        each_in_order(
            &items,
            |n| {
                // Uneven work, so items finish out of order.
                std::thread::sleep(std::time::Duration::from_micros(n % 7 * 50));
                n * n
            },
            |r| {
                squares.push(r);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
    }

    #[test]
    fn a_consumer_error_stops_the_work() {
        let items: Vec<u32> = (0..10_000).collect();
        let mut seen = Vec::new();
        let r = each_in_order(
            &items,
            |n| *n,
            |n| {
                if n == 20 {
                    return Err(format!("stopped at {n}"));
                }
                seen.push(n);
                Ok(())
            },
        );
        assert_eq!(r, Err("stopped at 20".to_string()));
        assert_eq!(seen, (0..20).collect::<Vec<_>>());
    }
}
