//! The fixed point: from every location (and the heap), find the minimum derefs with
//! which every other location's value reaches it (Bellman-Ford, derefs floored at 0
//! after an address is taken); then decide heap allocation and parameter leaks.

use crate::build::Batch;
use crate::diag::{msg, Piece};
use crate::graph::{LocId, LocNode, HEAP};

impl Batch<'_> {
    /// Walks from every location until nothing changes. Each location is re-queued at
    /// most twice (when it starts to escape, when it stops being transient).
    pub(crate) fn walk_all(&mut self) {
        let mut todo: Vec<LocId> = Vec::with_capacity(self.locs.len());
        for id in 2..self.locs.len() {
            todo.push(id);
            self.locs[id].queued = true;
        }
        todo.push(HEAP);
        self.locs[HEAP].queued = true;
        let mut walkgen = 0u32;
        while let Some(root) = todo.pop() {
            self.locs[root].queued = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn enqueue(&mut self, todo: &mut Vec<LocId>, l: LocId) {
        if !self.locs[l].queued {
            self.locs[l].queued = true;
            todo.push(l);
        }
    }

    fn walk_one(&mut self, root: LocId, walkgen: u32, queue: &mut Vec<LocId>) {
        self.locs[root].walkgen = walkgen;
        self.locs[root].derefs = 0;
        self.locs[root].dst = None;
        let mut todo = vec![root];
        while let Some(l) = todo.pop() {
            let mut derefs = self.locs[l].derefs;
            let address_of = derefs < 0;
            if address_of {
                derefs = 0;
                if !self.locs[root].transient && self.locs[l].transient {
                    self.locs[l].transient = false;
                    self.enqueue(queue, l);
                }
            }
            if self.outlives(root, l) {
                if self.locs[l].is_param {
                    if !self.locs[l].escapes {
                        let msg = msg![
                            "parameter ",
                            self.loc_name(l),
                            " leaks to ",
                            self.explain_loc(root),
                            format!(" with derefs={derefs}:")
                        ];
                        self.emit_at(l, msg, 2);
                        self.explain_path(root, l);
                    }
                    self.leak_to(l, root, derefs);
                }
                if address_of && !self.locs[l].escapes {
                    let msg = msg![self.loc_name(l), " escapes to heap:"];
                    self.emit_at(l, msg, 2);
                    self.explain_path(root, l);
                    self.locs[l].escapes = true;
                    self.enqueue(queue, l);
                    continue;
                }
            }
            for i in 0..self.locs[l].edges.len() {
                let (src, ed) = {
                    let e = &self.locs[l].edges[i];
                    (e.src, e.derefs)
                };
                if self.locs[src].escapes {
                    continue;
                }
                let d = derefs + ed;
                let s = &mut self.locs[src];
                if s.walkgen != walkgen || s.derefs > d {
                    s.walkgen = walkgen;
                    s.derefs = d;
                    s.dst = Some(l);
                    s.dst_edge = i;
                    todo.push(src);
                }
            }
        }
    }

    fn leak_to(&mut self, l: LocId, sink: LocId, derefs: i32) {
        let s = &self.locs[sink];
        if !s.escapes && s.result_index > 0 && s.curfn == self.locs[l].curfn {
            let ri = s.result_index - 1;
            if ri < crate::leaks::NUM_ESC_RESULTS {
                self.locs[l].param_esc.add_result(ri, derefs);
                return;
            }
        }
        self.locs[l].param_esc.add_heap(derefs);
    }

    /// Whether values stored in `l` may survive beyond `other`'s lifetime: the heap, a
    /// result, or a variable declared outside `other`'s loop. (Closures, which also
    /// outlive their enclosing function's variables, are not accepted by the checker
    /// yet; gc's rule for them is in git history.)
    pub(crate) fn outlives(&self, l: LocId, other: LocId) -> bool {
        let (a, b) = (&self.locs[l], &self.locs[other]);
        if a.escapes {
            return true;
        }
        if a.result_index > 0 {
            // Directly called closures can return locations allocated outside them
            // without forcing them to the heap.
            return !(self.contains_closure(b.curfn, a.curfn) && self.fns[a.curfn].called);
        }
        if a.curfn == b.curfn && a.loop_depth < b.loop_depth {
            return true;
        }
        // A variable of a function outlives what is declared in a closure inside it.
        self.contains_closure(a.curfn, b.curfn)
    }

    fn explain_path(&mut self, root: LocId, src: LocId) {
        let Some(at) = self.locs[src].at else { return };
        let mut visited = std::collections::HashSet::new();
        let mut src = src;
        loop {
            if !visited.insert(src) {
                self.emit_where(
                    at,
                    msg!["  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518"],
                    2,
                );
                break;
            }
            let Some(dst) = self.locs[src].dst else { break };
            let Some(edge) = self.locs[dst].edges.get(self.locs[src].dst_edge).cloned() else {
                break;
            };
            self.explain_flow(at, dst, src, edge.derefs, edge.notes);
            if dst == root {
                break;
            }
            src = dst;
        }
    }

    pub(crate) fn explain_flow(
        &mut self,
        at: crate::graph::Where,
        dst: LocId,
        src: LocId,
        derefs: i32,
        notes: Option<usize>,
    ) {
        let ops = if derefs >= 0 {
            "*".repeat(derefs as usize)
        } else {
            "&".to_string()
        };
        let flow = msg![
            "  flow: ",
            self.explain_loc(dst),
            " = ",
            ops,
            self.explain_loc(src),
            ":"
        ];
        self.emit_where(at, flow, 2);
        let mut n = notes;
        while let Some(i) = n {
            let note = self.notes[i].clone();
            let msg = msg![
                "    from ",
                self.node_piece(note.at),
                format!(" ({}) at ", note.why),
                self.pos_piece(note.at)
            ];
            self.emit_where(at, msg, 2);
            n = note.next;
        }
    }

    pub(crate) fn explain_loc(&self, l: LocId) -> Vec<Piece> {
        match self.locs[l].node {
            LocNode::Heap => msg!["{heap}"],
            // gc's temporaries are variables of their own.
            LocNode::Temp if self.locs[l].at.is_some() => self.loc_name(l),
            LocNode::Temp | LocNode::Blank => msg!["{temp}"],
            LocNode::Local(_) => self.loc_name(l),
            LocNode::Site(_) | LocNode::TempConv => msg!["{storage for ", self.loc_name(l), "}"],
        }
    }
}
