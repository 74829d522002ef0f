//! One long-lived thread for the parses owed after typing pauses.
//!
//! A full parse of a large file allocates megabytes. On tokio's blocking
//! pool each parse can land on a different thread, and glibc gives threads
//! their own malloc arenas; the freed trees then stayed resident as about
//! 40 MB of fragments after an editing session. One thread keeps them in one
//! arena.

use std::sync::mpsc::{Sender, channel};
use std::sync::{Mutex, OnceLock};

type Job = Box<dyn FnOnce() + Send>;

fn queue() -> Option<Sender<Job>> {
    static QUEUE: OnceLock<Option<Mutex<Sender<Job>>>> = OnceLock::new();
    QUEUE
        .get_or_init(|| {
            let (send, receive) = channel::<Job>();
            std::thread::Builder::new()
                .name("background-parse".into())
                .spawn(move || {
                    while let Ok(job) = receive.recv() {
                        job();
                    }
                })
                .ok()
                .map(|_| Mutex::new(send))
        })
        .as_ref()
        .and_then(|m| m.lock().ok().map(|s| s.clone()))
}

/// Runs `work` on the background thread and waits for its result; `Err` if
/// it panicked or the thread could not be started.
pub async fn run<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, ()> {
    let (send, receive) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
        let _ = send.send(result);
    });
    queue().ok_or(())?.send(job).map_err(|_| ())?;
    match receive.await {
        Ok(Ok(value)) => Ok(value),
        _ => Err(()),
    }
}

/// Drops `value` on the background thread, off the document lock, then
/// hands the freed memory back. A replaced syntax tree is millions of small
/// chunks: left to glibc, they stayed in its fast bins until the next large
/// free, usually on a keystroke's path, consolidated them (3 ms), and the
/// per-thread arenas kept about 15 MB of fragments after an editing session.
pub fn discard<T: Send + 'static>(value: T) {
    let job: Job = Box::new(move || {
        drop(value);
        trim();
    });
    if let Some(queue) = queue() {
        let _ = queue.send(job);
    }
}

/// Returns free memory of every malloc arena to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn trim() {
    unsafe extern "C" {
        /// glibc: `int malloc_trim(size_t pad)`.
        fn malloc_trim(pad: usize) -> std::ffi::c_int;
    }
    // SAFETY: malloc_trim takes a plain integer, touches only the
    // allocator's own state under its locks, and is safe to call from any
    // thread at any time.
    unsafe {
        malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim() {}
