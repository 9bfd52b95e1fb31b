//! One timed run of a child process for the benchmarks: wall time, peak resident memory and
//! how it ended, from `wait4` (std's `wait` does not give the peak RSS).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a run ended.
pub(crate) struct Finished {
    /// Wall time from spawn to exit.
    pub time: Duration,
    /// Peak resident memory, bytes.
    pub peak_rss: u64,
    /// The exit code; `None` when a signal ended it.
    pub code: Option<i32>,
    /// The wait status as `wait4` gave it (for messages).
    pub status: i32,
}

/// Runs `cmd` to completion with its standard output discarded and its standard error in
/// `log` (a pipe nobody reads would fill up and stall `check`'s warnings); panics when it
/// cannot start.
#[allow(clippy::zombie_processes)] // waited for with wait4, which also gives the peak RSS
pub(crate) fn run_logged(cmd: &mut Command, log: &Path) -> Finished {
    let file = std::fs::File::create(log).expect("a log file");
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(file)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid out-parameter; pid is our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let time = start.elapsed();
    assert_eq!(got, pid, "wait4 failed");
    Finished {
        time,
        // Linux reports ru_maxrss in KiB.
        peak_rss: usage.ru_maxrss as u64 * 1024,
        code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        status,
    }
}
