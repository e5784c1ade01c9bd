//! Package `runtime`'s functions that golift provides (see hir's `stdlib/runtime.rs`),
//! under gc's symbol names: with one goroutine, `Gosched` has nothing to yield to and
//! `NumGoroutine` is 1; `GC` runs a collection; `KeepAlive` only needs its argument to
//! have been evaluated; `GOMAXPROCS` reports and records the setting (there is one
//! thread of Go code either way).

use std::sync::atomic::{AtomicI64, Ordering};

/// `GOMAXPROCS`'s setting; 0 until first read (then the CPU count, gc's default).
static MAXPROCS: AtomicI64 = AtomicI64::new(0);

#[export_name = "runtime.GC"]
pub extern "C" fn gc() {
    crate::gc::collect();
}

#[export_name = "runtime.Gosched"]
pub extern "C" fn gosched() {}

#[export_name = "runtime.NumGoroutine"]
pub extern "C" fn num_goroutine() -> i64 {
    1
}

#[export_name = "runtime.NumCPU"]
pub extern "C" fn num_cpu() -> i64 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as i64)
}

/// Sets the setting when `n > 0`; returns the previous one.
#[export_name = "runtime.GOMAXPROCS"]
pub extern "C" fn gomaxprocs(n: i64) -> i64 {
    let _ = MAXPROCS.compare_exchange(0, num_cpu(), Ordering::Relaxed, Ordering::Relaxed);
    if n > 0 {
        MAXPROCS.swap(n, Ordering::Relaxed)
    } else {
        MAXPROCS.load(Ordering::Relaxed)
    }
}

/// `KeepAlive(x any)`: the interface's two words.
#[export_name = "runtime.KeepAlive"]
pub extern "C" fn keep_alive(typ: *const u8, data: *const u8) {
    std::hint::black_box((typ, data));
}
