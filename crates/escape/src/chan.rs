//! Channel operations (gc's `OSEND`, `ORECV`, `OMAKECHAN`, `OSELECT` in stmt.go and
//! expr.go): a value sent on a channel flows to the heap (`send`), a receive and
//! `make(chan)` only evaluate their operands, and a select walks each case's
//! communication then its body at the select's loop depth. `close`, `len` and `cap`
//! of a channel are builtin calls (`call.rs`). A channel itself is never a location:
//! the runtime makes every channel on the heap, so `make(chan)`'s site is placed there
//! with nothing reported.

use golift_hir::body::{AllocSiteId, ExprId, SelectCase};

use crate::build::Batch;
use crate::graph::Where;
use crate::Placement;

impl Batch<'_> {
    /// `ch <- value`: the channel is only read; the value goes to the heap, converted
    /// (to an interface element) where gc's noder stopped in the statement.
    pub(crate) fn send(&mut self, ch: ExprId, value: ExprId, at: Where) {
        self.discard(ch);
        let pos = self
            .noder_pos_of([ch, value].into_iter())
            .unwrap_or(self.base_pos);
        self.assign_conv = vec![(value, pos)];
        let k = self.heap_hole();
        let k = self.note(k, at, "send");
        self.expr(k, value);
    }

    /// `make(chan T[, size])`.
    pub(crate) fn make_chan(&mut self, size: Option<ExprId>, site: AllocSiteId) {
        self.units[self.unit]
            .result
            .sites
            .insert(site, Placement::Heap);
        self.discard_opt(size);
    }

    /// A select's cases: each one's declarations and communication, then its body.
    pub(crate) fn select(&mut self, cases: &[SelectCase]) {
        for c in cases {
            for &s in &c.comm {
                self.stmt(s);
            }
            self.block(c.body);
        }
    }
}
