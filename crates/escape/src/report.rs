//! Reporting a solved batch (gc's `escape.go` `finish`): parameter tags first, then
//! every location in creation order (`moved to heap: x`, `... escapes to heap`,
//! `... does not escape`), and the placements and moved-to-heap locals per unit.

use crate::build::Batch;
use crate::diag::{msg, Piece};
use crate::graph::LocNode;
use crate::Placement;

impl Batch<'_> {
    /// gc's name of a function of the batch (`f`; the package initialiser is `glob.`).
    pub(crate) fn fn_name(&self, f: usize) -> String {
        let Some(info) = self.fns.get(f) else {
            return String::new();
        };
        if let Some(c) = info.closure {
            if let Some(body) = self.units.get(info.unit).map(|u| &u.body.body) {
                if let Some(clo) = crate::graph::ArenaGet::get(&body.closures, c) {
                    return golift_hir::symbols::func_name(self.db, clo.func);
                }
            }
        }
        match self.units.get(info.unit).and_then(|u| u.func) {
            Some(func) => func.name(self.db).clone(),
            None => "glob.".into(),
        }
    }

    fn alloc_message(&self, l: usize, escapes: bool) -> Vec<Piece> {
        if escapes {
            msg![self.loc_name(l), " escapes to heap"]
        } else {
            msg![self.loc_name(l), " does not escape"]
        }
    }

    pub(crate) fn finish(&mut self) {
        for fnid in 0..self.fns.len() {
            if self.fns[fnid].wrapper {
                continue;
            }
            self.report_params(fnid);
        }
        for l in 2..self.locs.len() {
            let loc = &self.locs[l];
            let Some(at) = loc.at else { continue };
            let (escapes, node) = (loc.escapes, loc.node);
            match node {
                LocNode::Local(local) if escapes => {
                    let msg = msg!["moved to heap: ", self.loc_name(l)];
                    self.emit_where(at, msg, 1);
                    self.units[at.unit].result.heap_locals.insert(local);
                }
                LocNode::TempConv => {
                    let msg = self.alloc_message(l, escapes);
                    self.emit_where(at, msg, 1);
                }
                LocNode::Site(site) => {
                    let msg = self.alloc_message(l, escapes);
                    self.emit_where(at, msg, 1);
                    let place = if escapes {
                        Placement::Heap
                    } else {
                        Placement::Stack
                    };
                    self.units[at.unit].result.sites.insert(site, place);
                }
                _ => {}
            }
        }
    }

    fn report_params(&mut self, fnid: usize) {
        let n = self.fns[fnid].param_locals.len();
        for i in 0..n {
            let Some(local) = self.fns[fnid].param_locals[i] else {
                continue;
            };
            let ty = self.fns[fnid].param_tys[i].clone();
            if !self.has_pointers(&ty) {
                continue;
            }
            let saved = self.unit;
            self.unit = self.fns[fnid].unit;
            let loc = self.local_loc(local);
            self.unit = saved;
            let Some(at) = self.locs[loc].at else {
                continue;
            };
            let name = self.loc_name(loc);
            let mut esc = self.locs[loc].param_esc;
            esc.optimize();
            if self.locs[loc].escapes {
                continue;
            }
            if esc.is_empty() {
                self.emit_where(at, msg![name.clone(), " does not escape"], 1);
            }
            let x = esc.heap();
            if x == 0 {
                self.emit_where(at, msg!["leaking param: ", name.clone()], 1);
            } else if x > 0 {
                self.emit_where(at, msg!["leaking param content: ", name.clone()], 1);
            }
            for r in 0..crate::leaks::NUM_ESC_RESULTS {
                let x = esc.result(r);
                if x >= 0 {
                    let res = self.fns[fnid]
                        .result_names
                        .get(r)
                        .cloned()
                        .unwrap_or_default();
                    self.emit_where(
                        at,
                        msg![
                            "leaking param: ",
                            name.clone(),
                            format!(" to result {res} level={x}")
                        ],
                        1,
                    );
                }
            }
        }
    }
}
