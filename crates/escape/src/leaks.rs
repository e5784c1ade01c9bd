//! Parameter tags: how each parameter's value flows to the heap and to the results.
//!
//! Like gc's `leaks` type: one slot for the heap and one per result (at most
//! [`NUM_ESC_RESULTS`]), each holding the minimum number of dereferences on any path
//! plus one (0 means "no path").

use crate::ParamTag;

pub(crate) const NUM_ESC_RESULTS: usize = 7;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Leaks([u8; 1 + NUM_ESC_RESULTS]);

impl Leaks {
    pub(crate) fn heap(&self) -> i32 {
        self.get(0)
    }
    pub(crate) fn result(&self, i: usize) -> i32 {
        self.get(1 + i)
    }
    pub(crate) fn add_heap(&mut self, derefs: i32) {
        self.add(0, derefs)
    }
    pub(crate) fn add_result(&mut self, i: usize, derefs: i32) {
        self.add(1 + i, derefs)
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.0.iter().all(|&b| b == 0)
    }
    fn get(&self, i: usize) -> i32 {
        i32::from(self.0[i]) - 1
    }
    fn add(&mut self, i: usize, derefs: i32) {
        let old = self.get(i);
        if old < 0 || derefs < old {
            self.set(i, derefs);
        }
    }
    fn set(&mut self, i: usize, derefs: i32) {
        self.0[i] = (derefs + 1).clamp(0, 255) as u8;
    }

    /// Drops result flows that are no shorter than the shortest heap flow: a path to
    /// the heap already says everything they would.
    pub(crate) fn optimize(&mut self) {
        let x = self.heap();
        if x >= 0 {
            for i in 0..NUM_ESC_RESULTS {
                if self.result(i) >= x {
                    self.set(1 + i, -1);
                }
            }
        }
    }

    /// The tag's slots back as leaks (what a caller reads of a callee).
    pub(crate) fn from_tag(t: &ParamTag) -> Leaks {
        let mut l = Leaks::default();
        if let Some(h) = t.heap {
            l.add_heap(i32::from(h));
        }
        for (i, r) in t.results.iter().enumerate() {
            if let Some(r) = r {
                l.add_result(i, i32::from(*r));
            }
        }
        l
    }

    pub(crate) fn to_tag(self, nresults: usize) -> ParamTag {
        let opt = |v: i32| (v >= 0).then_some(v.min(254) as u8);
        ParamTag {
            heap: opt(self.heap()),
            results: (0..nresults.min(NUM_ESC_RESULTS))
                .map(|i| opt(self.result(i)))
                .collect(),
        }
    }

    /// The tag gc gives a parameter without pointers (an empty tag, read back as "leaks
    /// to the heap"; harmless because scalars carry no pointers).
    pub(crate) fn scalar() -> Leaks {
        let mut l = Leaks::default();
        l.add_heap(0);
        l
    }
}

#[cfg(test)]
mod tests {
    use super::Leaks;

    #[test]
    fn optimize_drops_results_longer_than_heap() {
        let mut l = Leaks::default();
        l.add_result(0, 1);
        l.add_result(1, 0);
        l.add_heap(1);
        l.optimize();
        assert_eq!(l.result(0), -1);
        assert_eq!(l.result(1), 0);
        assert_eq!(l.heap(), 1);
    }
}
