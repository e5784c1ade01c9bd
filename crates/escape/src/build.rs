//! Building the location graph for one batch: the shared state, locations, flows,
//! holes, and the final reporting (gc's `batch`, `escape.go`'s `finish`).

use crate::graph::ArenaGet as _;
use std::collections::HashMap;

use golift_hir::{Db, Func, InferenceResult, LocalId, LocalKind, Ty};
use golift_syntax::ast::{Decl, ExprId, ExprKind, FuncType, StmtId};

use crate::graph::*;
use crate::{EscDiag, Placement};

/// One declaration analysed in the batch: a function, or a package-level `var`.
pub(crate) struct Unit<'a> {
    pub func: Option<Func<'a>>,
    /// Identifies the declaration inside position markers (see [`crate::diag`]).
    pub key: String,
    pub decl: &'a Decl,
    pub inf: &'a InferenceResult,
    /// The typed body, when the Body walker (`body_walk/`) analyses this unit.
    pub body: Option<&'a golift_hir::body::BodyWithSourceMap>,
    pub local_loc: HashMap<LocalId, LocId>,
    /// Which function (index into `Batch::fns`) declares each local.
    pub local_fn: HashMap<LocalId, usize>,
    /// Per closure literal: the function index.
    pub closure_fn: HashMap<ExprId, usize>,
    /// Per closure literal: captured variables with the position of their first use.
    pub captures: HashMap<ExprId, Vec<(LocalId, u32)>>,
    /// Outer variables named inside closure bodies (see `func.rs`).
    pub closure_res: HashMap<ExprId, LocalId>,
    pub result: UnitOut,
}

/// A function (or closure) of the batch.
pub(crate) struct FnInfo {
    pub unit: usize,
    pub parent: Option<usize>,
    pub closure_called: bool,
    /// The closure literal, for closures.
    pub lit: Option<ExprId>,
    pub params: Vec<LocId>,
    pub results: Vec<LocId>,
    /// Parameter (receiver first) locals in order, `None` for unnamed/blank ones.
    pub param_locals: Vec<Option<LocalId>>,
    pub param_tys: Vec<Ty>,
    pub result_names: Vec<String>,
    /// A go/defer wrapper: not reported, not tagged.
    pub wrapper: bool,
    /// gc temporaries (`.autotmp_N`) made so far.
    pub autotmps: u32,
    /// Temporaries made during escape analysis (go/defer arguments) so far.
    pub escape_temps: u32,
    /// A go/defer wrapper's captured temporaries: (location, width, function).
    pub wrapped: Vec<(LocId, u64, usize)>,
}

impl FnInfo {
    /// A function of `unit` (a closure when `lit` is set) before its parameters and
    /// results are known.
    pub fn new(unit: usize, parent: Option<usize>, lit: Option<ExprId>) -> FnInfo {
        FnInfo {
            unit,
            parent,
            closure_called: false,
            lit,
            params: Vec::new(),
            results: Vec::new(),
            param_locals: Vec::new(),
            param_tys: Vec::new(),
            result_names: Vec::new(),
            wrapper: false,
            autotmps: 0,
            escape_temps: 0,
            wrapped: Vec::new(),
        }
    }

    /// A go/defer wrapper (or a package initialiser's stand-in): no parameters, not
    /// reported, not tagged.
    pub fn wrapper(unit: usize, parent: Option<usize>) -> FnInfo {
        FnInfo {
            wrapper: true,
            ..FnInfo::new(unit, parent, None)
        }
    }
}

pub(crate) struct Batch<'a> {
    pub db: &'a dyn Db,
    pub units: Vec<Unit<'a>>,
    pub fns: Vec<FnInfo>,
    pub locs: Vec<Location>,
    pub notes: Vec<Note>,
    pub closures: Vec<(Hole, usize)>,
    /// Diagnostics in gc's emission order, with the unit each belongs to.
    pub out: Vec<(usize, EscDiag)>,
    /// Functions of the batch by name (for calls inside the batch).
    pub batch_funcs: HashMap<String, usize>,
    // Walking state.
    pub unit: usize,
    pub curfn: usize,
    pub loop_depth: i32,
    pub labels: HashMap<String, bool>,
    /// gc's `base.Pos` while arguments are converted (see `call.rs`).
    pub base_pos: u32,
    /// The argument of the `panic` being walked (converted at the call's position).
    pub panic_arg: Option<ExprId>,
    /// The values of the assignment being walked with gc's position for converting
    /// them (see `stmt.rs`).
    pub assign_conv: Vec<(ExprId, u32)>,
    /// The go/defer call being wrapped, with its wrapper function.
    pub go_wrap: Option<(ExprId, usize)>,
    /// The Body walker's `assign_conv` and `panic_arg` (see `body_walk/`).
    pub bassign_conv: Vec<(golift_hir::body::ExprId, u32)>,
    pub bpanic_arg: Option<golift_hir::body::ExprId>,
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
            closures: Vec::new(),
            out: Vec::new(),
            batch_funcs: HashMap::new(),
            unit: 0,
            curfn: 0,
            loop_depth: 1,
            labels: HashMap::new(),
            base_pos: 0,
            panic_arg: None,
            assign_conv: Vec::new(),
            go_wrap: None,
            bassign_conv: Vec::new(),
            bpanic_arg: None,
        }
    }

    /// The local a name refers to.
    pub(crate) fn local_of(&self, e: ExprId) -> Option<LocalId> {
        match self.inf().resolutions.get(&e) {
            Some(golift_hir::Res::Local(l)) => Some(*l),
            Some(_) => None,
            None => self.u().closure_res.get(&e).copied(),
        }
    }

    pub(crate) fn u(&self) -> &Unit<'a> {
        &self.units[self.unit]
    }

    pub(crate) fn inf(&self) -> &'a InferenceResult {
        self.units[self.unit].inf
    }

    pub(crate) fn decl(&self) -> &'a Decl {
        self.units[self.unit].decl
    }

    pub(crate) fn at(&self, node: NodeRef, pos: u32) -> Where {
        Where {
            unit: self.unit,
            node,
            pos,
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
        let (pos, kind) = match self.inf().locals.get(l) {
            Some(local) => (local.span.start, local.kind),
            None => (0, LocalKind::Var),
        };
        let fnid = self.u().local_fn.get(&l).copied().unwrap_or(self.curfn);
        let at = self.at(NodeRef::Local(l), pos);
        let mut loc = Location::new(LocNode::Local(l), Some(at), fnid, 1);
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
                let msg = format!("{} escapes to heap:", self.loc_name(src));
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

    /// A hole flowing into `k` later (a temporary that must not be reused early).
    pub(crate) fn later(&mut self, k: Hole) -> Hole {
        let loc = self.new_loc(LocNode::Temp, None, false);
        self.flow(k, loc);
        Hole::to(loc)
    }

    pub(crate) fn emit_where(&mut self, at: Where, message: String, level: u8) {
        self.out.push((
            at.unit,
            EscDiag {
                offset: at.pos,
                message,
                level,
            },
        ));
    }

    pub(crate) fn emit_at(&mut self, l: LocId, message: String, level: u8) {
        if let Some(at) = self.locs[l].at {
            self.emit_where(at, message, level);
        }
    }

    /// gc's name of a function of the batch: `f`, `T.m`, `(*T).m`, closures
    /// `f.func1`, `f.func1.1`, package-level ones `glob..func1`.
    pub(crate) fn fn_name(&self, f: usize) -> String {
        let Some(info) = self.fns.get(f) else {
            return String::new();
        };
        let Some(parent) = info.parent else {
            let decl = self.units[info.unit].decl;
            let golift_syntax::ast::DeclKind::Func(fd) = &decl.kind else {
                return "glob.".into();
            };
            let Some(recv) = &fd.recv else {
                return fd.name.text.clone();
            };
            let mut t = recv.typ;
            let mut star = false;
            loop {
                match decl.exprs.get(t).map(|x| &x.kind) {
                    Some(ExprKind::Paren(i)) => t = *i,
                    Some(ExprKind::Star(i)) => {
                        star = true;
                        t = *i;
                    }
                    Some(ExprKind::Index { x, .. }) => t = *x,
                    _ => break,
                }
            }
            let tn = match decl.exprs.get(t).map(|x| &x.kind) {
                Some(ExprKind::Name(n)) => n.clone(),
                _ => String::new(),
            };
            return if star {
                format!("(*{tn}).{}", fd.name.text)
            } else {
                format!("{tn}.{}", fd.name.text)
            };
        };
        let n = self.fns[..f]
            .iter()
            .filter(|g| g.parent == Some(parent) && !g.wrapper)
            .count()
            + 1;
        let prefix = if self.fns[parent].parent.is_none() {
            "func"
        } else {
            ""
        };
        format!("{}.{prefix}{n}", self.fn_name(parent))
    }

    /// How a location prints: a variable's name or the allocating expression.
    pub(crate) fn loc_name(&self, l: LocId) -> String {
        match self.locs[l].at {
            Some(at) => self.fmt_where(at),
            None => self.explain_loc(l),
        }
    }

    /// A go/defer wrapper captures its temporaries.
    fn flow_wrapped(&mut self, k: Hole, fnid: usize) {
        let wrapped = self.fns[fnid].wrapped.clone();
        for (tmp, width, owner) in wrapped {
            let Some(at) = self.locs[tmp].at else {
                continue;
            };
            self.capture(k, tmp, owner, width, at);
        }
    }

    /// Closures get their captured variables once every body is walked.
    pub(crate) fn flow_closures(&mut self) {
        let closures = std::mem::take(&mut self.closures);
        for (k, fnid) in closures {
            let unit = self.fns[fnid].unit;
            let Some(lit) = self.fns[fnid].lit else {
                self.flow_wrapped(k, fnid);
                continue;
            };
            let caps = self.units[unit]
                .captures
                .get(&lit)
                .cloned()
                .unwrap_or_default();
            let saved = self.unit;
            self.unit = unit;
            for (local, pos) in caps {
                let loc = self.local_loc(local);
                let size = self
                    .inf()
                    .locals
                    .get(local)
                    .map(|l| golift_hir::layout_of(self.db, &l.ty).size)
                    .unwrap_or(0);
                let owner = self.units[unit].local_fn.get(&local).copied().unwrap_or(0);
                let at = self.at(NodeRef::Local(local), pos);
                self.capture(k, loc, owner, size, at);
            }
            self.unit = saved;
        }
    }

    /// Variable `loc` of function `owner`, `width` bytes wide, captured at `at` by a
    /// closure whose storage flows to `k`: by value when small and never reassigned or
    /// address-taken, by reference otherwise (`-m=2` says which at its declaration).
    fn capture(&mut self, k: Hole, loc: LocId, owner: usize, width: u64, at: Where) {
        let l = &self.locs[loc];
        let (addrtaken, reassigned) = (l.addrtaken, l.reassigned);
        let byval = !addrtaken && !reassigned && width <= 128;
        if let Some(decl_at) = l.at {
            let msg = format!(
                "{} capturing by {}: {} (addr={addrtaken} assign={reassigned} width={width})",
                self.fn_name(owner),
                if byval { "value" } else { "ref" },
                self.loc_name(loc)
            );
            self.emit_where(decl_at, msg, 2);
        }
        let mut k = k;
        if !byval {
            k = self.addr(k, at, "reference");
        }
        let k = self.note(k, at, "captured by a closure");
        self.flow(k, loc);
    }

    /// Reports the results: parameter tags first, then every location in creation order.
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
                    let msg = format!("moved to heap: {}", self.loc_name(l));
                    self.emit_where(at, msg, 1);
                    self.units[at.unit].heap_locals_insert(local);
                }
                LocNode::Site(site) => {
                    let msg = if escapes {
                        format!("{} escapes to heap", self.loc_name(l))
                    } else {
                        format!("{} does not escape", self.loc_name(l))
                    };
                    self.emit_where(at, msg, 1);
                    let place = if escapes {
                        Placement::Heap
                    } else {
                        Placement::Stack
                    };
                    self.units[at.unit].result.sites.insert(site, place);
                }
                LocNode::Alloc(expr, kind) => {
                    let msg = if escapes {
                        format!("{} escapes to heap", self.loc_name(l))
                    } else {
                        format!("{} does not escape", self.loc_name(l))
                    };
                    self.emit_where(at, msg, 1);
                    let place = if escapes {
                        Placement::Heap
                    } else {
                        Placement::Stack
                    };
                    self.units[at.unit].allocs_insert(expr, kind, place);
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
                self.emit_where(at, format!("{name} does not escape"), 1);
            }
            let x = esc.heap();
            if x == 0 {
                self.emit_where(at, format!("leaking param: {name}"), 1);
            } else if x > 0 {
                self.emit_where(at, format!("leaking param content: {name}"), 1);
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
                        format!("leaking param: {name} to result {res} level={x}"),
                        1,
                    );
                }
            }
        }
    }

    /// The `func` type of a function declaration or literal.
    pub(crate) fn sig_of(decl: &Decl, lit: Option<ExprId>) -> Option<&FuncType> {
        match lit {
            Some(e) => match &decl.exprs.get(e)?.kind {
                ExprKind::FuncLit { sig, .. } => Some(sig),
                _ => None,
            },
            None => match &decl.kind {
                golift_syntax::ast::DeclKind::Func(f) => Some(&f.sig),
                _ => None,
            },
        }
    }

    pub(crate) fn body_of(decl: &Decl, lit: Option<ExprId>) -> Option<StmtId> {
        match lit {
            Some(e) => match &decl.exprs.get(e)?.kind {
                ExprKind::FuncLit { body, .. } => Some(*body),
                _ => None,
            },
            None => match &decl.kind {
                golift_syntax::ast::DeclKind::Func(f) => f.body,
                _ => None,
            },
        }
    }
}

/// Per-unit results collected by `finish`.
#[derive(Default)]
pub(crate) struct UnitOut {
    pub heap_locals: std::collections::BTreeSet<LocalId>,
    pub allocs: HashMap<ExprId, Placement>,
    /// The same decisions with the kind of allocation, to find the body's sites: several
    /// for one key (`fmt.Println(g())` converts each result), in the order made.
    pub alloc_kinds: HashMap<(ExprId, AllocKind), Vec<Placement>>,
    /// The Body walker's decisions, by the body's sites.
    pub sites: HashMap<golift_hir::body::AllocSiteId, Placement>,
}

impl Unit<'_> {
    fn heap_locals_insert(&mut self, l: LocalId) {
        self.result.heap_locals.insert(l);
    }
    fn allocs_insert(&mut self, e: ExprId, kind: AllocKind, p: Placement) {
        self.result.allocs.insert(e, p);
        self.result
            .alloc_kinds
            .entry((e, kind))
            .or_default()
            .push(p);
    }
}
