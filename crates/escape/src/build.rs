//! Building the location graph for one batch: the shared state, the units (one per
//! declaration: a function's body, or a package-level `var`'s initialisers in
//! `main.init`'s body), locations, flows and holes (gc's `batch`). Reporting the
//! results is in `report.rs`.

use std::collections::HashMap;

use golift_hir::body::{Body, BodyWithSourceMap, ExprId};
use golift_hir::{Db, Func, LocalId, LocalKind, Ty};

use crate::diag::{msg, Piece};
use crate::graph::*;
use crate::{EscDiag, Placement};

/// One declaration analysed in the batch: a function, or a package-level `var`.
pub(crate) struct Unit<'a> {
    pub func: Option<Func<'a>>,
    /// Identifies the declaration inside position markers (see [`crate::diag`]).
    pub key: String,
    /// The typed body this unit's statements are in.
    pub body: &'a BodyWithSourceMap,
    /// Subtracted from the body's positions to make them relative to this unit's
    /// declaration (the package initialiser's body has absolute positions).
    pub pos_base: u32,
    pub local_loc: HashMap<LocalId, LocId>,
    pub result: UnitOut,
}

/// A function of the batch (or the package initialiser's stand-in).
pub(crate) struct FnInfo {
    pub unit: usize,
    pub params: Vec<LocId>,
    pub results: Vec<LocId>,
    /// Parameter locals in order, `None` for unnamed/blank ones.
    pub param_locals: Vec<Option<LocalId>>,
    pub param_tys: Vec<Ty>,
    pub result_names: Vec<String>,
    /// The package initialiser's stand-in: not reported, not tagged.
    pub wrapper: bool,
    /// gc temporaries (`.autotmp_N`) made so far.
    pub autotmps: u32,
    /// For a function literal: which closure of the unit's body it is.
    pub closure: Option<golift_hir::body::ClosureId>,
    /// For a function literal: the function it is written in.
    pub parent: Option<usize>,
    /// gc's `ClosureCalled`: a call is written on the literal itself.
    pub called: bool,
}

impl FnInfo {
    /// A function of `unit` before its parameters and results are known.
    pub fn new(unit: usize) -> FnInfo {
        FnInfo {
            unit,
            params: Vec::new(),
            results: Vec::new(),
            param_locals: Vec::new(),
            param_tys: Vec::new(),
            result_names: Vec::new(),
            wrapper: false,
            autotmps: 0,
            closure: None,
            parent: None,
            called: false,
        }
    }

    /// The package initialiser's stand-in: no parameters, not reported, not tagged.
    pub fn wrapper(unit: usize) -> FnInfo {
        FnInfo {
            wrapper: true,
            ..FnInfo::new(unit)
        }
    }
}

pub(crate) struct Batch<'a> {
    pub db: &'a dyn Db,
    pub units: Vec<Unit<'a>>,
    pub fns: Vec<FnInfo>,
    pub locs: Vec<Location>,
    pub notes: Vec<Note>,
    /// Diagnostics in gc's emission order, with the unit each belongs to.
    pub out: Vec<(usize, EscDiag)>,
    /// Functions of the batch by name (for calls inside the batch).
    pub batch_funcs: HashMap<String, usize>,
    /// Calls the walk has reached, by unit: gc rewrites a variadic call's arguments into
    /// the `... argument` slice (FixVariadicCall) only then, so text printed earlier
    /// (an `escapes to heap:` explanation during the walk) shows the call as written.
    pub fixed_calls: std::collections::HashSet<(usize, ExprId)>,
    // Walking state.
    pub unit: usize,
    pub curfn: usize,
    pub loop_depth: i32,
    /// The current function's labels that head an unstructured loop (`stmt.rs`).
    pub looping_labels: std::collections::HashSet<golift_hir::body::LabelId>,
    /// gc's `base.Pos` while arguments are converted (see `call.rs`).
    pub base_pos: u32,
    /// The values of the assignment being walked with gc's position for converting
    /// them (see `stmt.rs`).
    pub assign_conv: Vec<(ExprId, u32)>,
    /// The argument of the `panic` being walked (converted where the noder stopped).
    pub panic_arg: Option<ExprId>,
    /// The length and capacity of each `make` walked, by unit and site (for gc's size
    /// rules).
    pub make_sizes: HashMap<(usize, golift_hir::body::AllocSiteId), (ExprId, Option<ExprId>)>,
    /// The function of each closure of each unit (see `closure.rs`).
    pub closure_fns: HashMap<(usize, golift_hir::body::ClosureId), usize>,
    /// The closures walked, with the hole of their closure object (gc's `e.closures`).
    pub closures: Vec<(Hole, usize, golift_hir::body::ClosureId)>,
}

impl<'a> Batch<'a> {
    pub(crate) fn new(db: &'a dyn Db) -> Self {
        let mut heap = Location::new(LocNode::Heap, None, 0, 0);
        heap.escapes = true;
        Batch {
            db,
            units: Vec::new(),
            fns: Vec::new(),
            locs: vec![heap, Location::new(LocNode::Blank, None, 0, 0)],
            notes: Vec::new(),
            out: Vec::new(),
            batch_funcs: HashMap::new(),
            fixed_calls: std::collections::HashSet::new(),
            unit: 0,
            curfn: 0,
            loop_depth: 1,
            looping_labels: std::collections::HashSet::new(),
            base_pos: 0,
            assign_conv: Vec::new(),
            panic_arg: None,
            make_sizes: HashMap::new(),
            closure_fns: HashMap::new(),
            closures: Vec::new(),
        }
    }

    /// Adds a declaration to the batch; returns the unit index.
    pub(crate) fn add_unit(
        &mut self,
        func: Option<Func<'a>>,
        key: String,
        body: &'a BodyWithSourceMap,
        pos_base: u32,
    ) -> usize {
        self.units.push(Unit {
            func,
            key,
            body,
            pos_base,
            local_loc: HashMap::new(),
            result: UnitOut::default(),
        });
        self.units.len() - 1
    }

    /// The body of the unit being walked.
    pub(crate) fn body(&self) -> Option<&'a Body> {
        self.units.get(self.unit).map(|u| &*u.body.body)
    }

    pub(crate) fn at(&self, node: NodeRef, pos: u32) -> Where {
        let base = self.units.get(self.unit).map_or(0, |u| u.pos_base);
        Where {
            unit: self.unit,
            node,
            pos: pos.saturating_sub(base),
        }
    }

    pub(crate) fn new_loc(&mut self, node: LocNode, at: Option<Where>, transient: bool) -> LocId {
        let mut loc = Location::new(node, at, self.curfn, self.loop_depth);
        loc.transient = transient;
        self.locs.push(loc);
        self.locs.len() - 1
    }

    /// The location of a local, created on first sight.
    pub(crate) fn local_loc(&mut self, l: LocalId) -> LocId {
        if let Some(&id) = self.units[self.unit].local_loc.get(&l) {
            return id;
        }
        let (pos, kind) = match self.body().and_then(|b| b.locals.get(l)) {
            Some(local) => (local.span.start, local.kind),
            None => (0, LocalKind::Var),
        };
        let at = self.at(NodeRef::Local(l), pos);
        let curfn = self.fn_of_local(l);
        let mut loc = Location::new(LocNode::Local(l), Some(at), curfn, 1);
        loc.is_param = kind == LocalKind::Param;
        self.locs.push(loc);
        let id = self.locs.len() - 1;
        self.units[self.unit].local_loc.insert(l, id);
        id
    }

    pub(crate) fn note(&mut self, k: Hole, at: Where, why: &'static str) -> Hole {
        self.notes.push(Note {
            next: k.notes,
            at,
            why,
        });
        Hole {
            notes: Some(self.notes.len() - 1),
            ..k
        }
    }

    pub(crate) fn deref(&mut self, k: Hole, at: Where, why: &'static str) -> Hole {
        let k = k.shift(1);
        self.note(k, at, why)
    }

    pub(crate) fn addr(&mut self, k: Hole, at: Where, why: &'static str) -> Hole {
        let k = k.shift(-1);
        self.note(k, at, why)
    }

    pub(crate) fn flow(&mut self, k: Hole, src: LocId) {
        if k.addrtaken {
            self.locs[src].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.locs[dst].escapes && k.derefs < 0 {
            if let Some(at) = self.locs[src].at {
                let msg = msg![self.loc_name(src), " escapes to heap:"];
                self.emit_where(at, msg, 2);
                self.explain_flow(at, dst, src, k.derefs, k.notes);
            }
            self.locs[src].escapes = true;
            return;
        }
        self.locs[dst].edges.push(Edge {
            src,
            derefs: k.derefs,
            notes: k.notes,
        });
    }

    pub(crate) fn heap_hole(&self) -> Hole {
        Hole::to(HEAP)
    }

    pub(crate) fn discard_hole(&self) -> Hole {
        Hole::to(BLANK)
    }

    /// A new location for an allocating expression; its address flows to `k`.
    pub(crate) fn spill(&mut self, k: Hole, node: LocNode, at: Where) -> Hole {
        let loc = self.new_loc(node, Some(at), true);
        let k = self.addr(k, at, "spill");
        self.flow(k, loc);
        Hole::to(loc)
    }

    /// A hole flowing into each of `ks`.
    pub(crate) fn tee(&mut self, ks: Vec<Hole>) -> Hole {
        match ks.len() {
            0 => self.discard_hole(),
            1 => ks[0],
            _ => {
                let loc = self.new_loc(LocNode::Temp, None, true);
                for k in ks {
                    self.flow(k, loc);
                }
                Hole::to(loc)
            }
        }
    }

    pub(crate) fn emit_where(&mut self, at: Where, message: Vec<Piece>, level: u8) {
        self.out.push((
            at.unit,
            EscDiag {
                offset: at.pos,
                message,
                level,
            },
        ));
    }

    pub(crate) fn emit_at(&mut self, l: LocId, message: Vec<Piece>, level: u8) {
        if let Some(at) = self.locs[l].at {
            self.emit_where(at, message, level);
        }
    }

    /// gc's `t.HasPointers()`, from hir's layout.
    pub(crate) fn has_pointers(&self, t: &Ty) -> bool {
        golift_hir::layout_of(self.db, t).has_pointers
    }

    /// gc's `types.IsDirectIface(t)`, from hir's layout.
    pub(crate) fn direct_iface(&self, t: &Ty) -> bool {
        golift_hir::layout_of(self.db, t).direct_iface
    }

    /// gc's `t.IsInterface()`.
    pub(crate) fn is_interface(&self, t: &Ty) -> bool {
        golift_hir::ty_class::is_interface(self.db, t)
    }

    /// How a location prints: a variable's name or the allocating expression.
    pub(crate) fn loc_name(&self, l: LocId) -> Vec<Piece> {
        match self.locs[l].at {
            Some(at) => vec![self.node_piece(at)],
            None => self.explain_loc(l),
        }
    }
}

/// Per-unit results collected by `report.rs`.
#[derive(Default)]
pub(crate) struct UnitOut {
    pub heap_locals: std::collections::BTreeSet<LocalId>,
    /// Captured variables captured by value.
    pub byval: std::collections::BTreeSet<LocalId>,
    /// Placements by the body's allocation sites.
    pub sites: HashMap<golift_hir::body::AllocSiteId, Placement>,
}
