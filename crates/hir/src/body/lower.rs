//! The lowering context: one checked declaration (or the package's initialisers) and
//! the body being built. Statements are lowered in `lower_stmt.rs`, expressions in
//! `lower_expr.rs`, calls in `lower_call.rs`.
//!
//! Lowering reads only what the checker recorded ([`InferenceResult`]): resolutions,
//! types, constants, implicit conversions, call kinds and field selections. It never
//! re-checks anything; a construct the checker accepted but that has no body form yet is
//! recorded in [`Body::unsupported`] for codegen to report.

use std::collections::HashMap;
use std::sync::Arc;

use golift_syntax::ast::{self, DeclKind};

use super::{
    AllocKind, AllocSite, AllocSiteId, Body, BodySourceMap, BodyWithSourceMap, Expr, ExprId,
    ExprKind, GcFacts, LabelId, Pos, Stmt, StmtId, StmtKind, SyntaxRef,
};
use crate::gc_text::GcSyntax;
use crate::{
    decl_ast, infer, Db, Func, InferenceResult, Local, LocalId, LocalKind, Package, Res, Ty,
};

pub(super) struct LowerCx<'a, 'db> {
    pub db: &'db dyn Db,
    pub body: Body,
    pub map: BodySourceMap,
    /// The declaration being lowered and its index in the owner (see [`SyntaxRef`]).
    pub decl: &'a ast::Decl,
    pub decl_idx: u32,
    pub inf: &'a InferenceResult,
    /// Added to the declaration's relative positions (non-zero only for `main.init`).
    pub pos_base: u32,
    /// The checker's locals of each declaration to the body's.
    pub locals: HashMap<(u32, LocalId), LocalId>,
    /// The function's labels by name (labels have function scope: a `goto` may name one
    /// defined further down).
    pub labels: HashMap<String, LabelId>,
    /// A label waiting for the loop or switch it is written on.
    pub pending_label: Option<LabelId>,
    pub temps: u32,
    /// gc's noder positions of the current declaration's expressions, computed once each.
    pub noder_cache: HashMap<ast::ExprId, Option<u32>>,
    /// Each call through an interface with its selector `x.M` (for devirtualization).
    pub iface_calls: Vec<(ExprId, ast::ExprId)>,
    /// gc's `Name.Defn` with a value: the statement declaring a local with its value
    /// (`x := e`, `var x = e`, `x, y := e1, e2`), and that value.
    pub defs: HashMap<LocalId, (StmtId, ExprId)>,
    /// The temporaries holding a `defer`'s or `go`'s operands (`lower_defer.rs`).
    pub go_defer_temps: std::collections::HashSet<LocalId>,
    /// The declared function being lowered (`None` for the package initialiser).
    pub owner: Option<crate::FuncId>,
    /// The function literal being lowered, if any.
    pub closure: Option<super::ClosureId>,
    /// The result locals of the function (or literal) being lowered.
    pub results: Vec<LocalId>,
}

impl<'a, 'db> LowerCx<'a, 'db> {
    fn new(db: &'db dyn Db, decl: &'a ast::Decl, inf: &'a InferenceResult) -> Self {
        LowerCx {
            db,
            body: Body::default(),
            map: BodySourceMap::default(),
            decl,
            decl_idx: 0,
            inf,
            pos_base: 0,
            locals: HashMap::new(),
            labels: HashMap::new(),
            pending_label: None,
            temps: 0,
            noder_cache: HashMap::new(),
            iface_calls: Vec::new(),
            defs: HashMap::new(),
            go_defer_temps: std::collections::HashSet::new(),
            owner: None,
            closure: None,
            results: Vec::new(),
        }
    }

    /// Switches to another declaration of the same owner (package initialisers).
    fn switch(&mut self, decl: &'a ast::Decl, idx: u32, inf: &'a InferenceResult, base: u32) {
        self.decl = decl;
        self.decl_idx = idx;
        self.inf = inf;
        self.pos_base = base;
        self.noder_cache.clear();
        self.import_locals();
    }

    /// Copies the checker's locals of the current declaration into the body.
    fn import_locals(&mut self) {
        for (id, local) in self.inf.locals.iter() {
            let mut l = local.clone();
            l.span.start += self.pos_base;
            l.span.end += self.pos_base;
            let new = self.body.locals.alloc(l);
            self.locals.insert((self.decl_idx, id), new);
        }
    }

    /// The body's local for one of the checker's. Every checker local is imported by
    /// `switch`/`lower_func`, so a miss is an internal compiler error, reported through
    /// [`Body::unsupported`] with an invalid stand-in local, never a panic.
    pub fn local(&mut self, l: LocalId) -> LocalId {
        if let Some(&x) = self.locals.get(&(self.decl_idx, l)) {
            return x;
        }
        let msg = format!("internal compiler error: local {l:?} was not imported");
        self.body.unsupported.push((self.pos_base, msg));
        let stand_in = self.body.locals.alloc(Local {
            name: "_".to_string(),
            ty: Ty::invalid(),
            span: ast::Span::default(),
            kind: LocalKind::Temp,
        });
        self.locals.insert((self.decl_idx, l), stand_in);
        stand_in
    }

    /// The new local a `:=` or range name expression declares, if it declares one.
    pub fn defined_by(&mut self, e: ast::ExprId) -> Option<LocalId> {
        let l = *self.inf.defined_by.get(&e)?;
        Some(self.local(l))
    }

    /// A position of the current declaration in the body's terms.
    pub fn pos(&self, rel: u32) -> Pos {
        rel + self.pos_base
    }

    pub fn syntax(&self, e: ast::ExprId) -> SyntaxRef {
        SyntaxRef {
            decl: self.decl_idx,
            expr: e,
        }
    }

    /// The checker's type of syntax expression `e`.
    pub fn ty_of(&self, e: ast::ExprId) -> Ty {
        match self.inf.expr_types.get(e) {
            Some(t) => t.clone(),
            None => match self.inf.resolutions.get(&e) {
                Some(Res::Local(l)) => self.inf.locals[*l].ty.clone(),
                _ => Ty::invalid(),
            },
        }
    }

    pub fn alloc_expr(&mut self, kind: ExprKind, ty: Ty, pos: Pos, from: ast::ExprId) -> ExprId {
        let id = self.body.exprs.alloc(Expr { kind, ty, pos });
        let s = self.syntax(from);
        self.map.expr_syntax.insert(id, s);
        let facts = self.gc_facts(from);
        self.body.gc.insert(id, facts);
        id
    }

    /// gc's facts about syntax expression `from` (see [`GcFacts`]); not implicit.
    fn gc_facts(&mut self, from: ast::ExprId) -> GcFacts {
        let gc = GcSyntax::new(self.db, self.decl, self.inf);
        let noder = gc.last_noder_pos_cached(from, &mut self.noder_cache);
        GcFacts {
            pos: self.pos(gc.pos(from)),
            noder_pos: noder.map(|p| self.pos(p)),
            bare_name: gc.is_bare_name(from),
            is_name: matches!(
                crate::gc_text::get(&self.decl.exprs, from).map(|x| &x.kind),
                Some(ast::ExprKind::Name(_))
            ) || gc.is_imported_var(from),
            implicit: false,
        }
    }

    /// gc's position of syntax expression `e` (see [`GcFacts::pos`]).
    pub fn gc_pos(&mut self, e: ast::ExprId) -> Pos {
        self.gc_facts(e).pos
    }

    /// Sets gc's position of body expression `id`.
    pub fn set_gc_pos(&mut self, id: ExprId, pos: Pos) {
        if let Some(f) = self.body.gc.get_mut(&id) {
            f.pos = pos;
        }
    }

    /// Marks expression `id` as an operation Go leaves implicit (see [`GcFacts`]).
    pub fn mark_implicit(&mut self, id: ExprId) {
        if let Some(f) = self.body.gc.get_mut(&id) {
            f.implicit = true;
        }
    }

    pub fn alloc_stmt(&mut self, kind: StmtKind, pos: Pos) -> StmtId {
        self.body.stmts.alloc(Stmt { kind, pos })
    }

    /// Records gc's position of statement `id` (an assignment's operator, relative).
    pub fn stmt_gc_pos(&mut self, id: StmtId, rel: u32) {
        let p = self.pos(rel);
        self.body.stmt_gc_pos.insert(id, p);
    }

    /// A new allocation site of `kind`.
    pub fn site(&mut self, kind: AllocKind, ty: Ty, pos: Pos) -> AllocSiteId {
        self.body.sites.alloc(AllocSite { kind, ty, pos })
    }

    /// A new temporary local (gc's `.autotmp_N`).
    pub fn temp(&mut self, ty: Ty, pos: Pos) -> LocalId {
        let name = format!(".autotmp_{}", self.temps);
        self.temps += 1;
        let l = self.body.locals.alloc(Local {
            name,
            ty,
            span: ast::Span {
                start: pos,
                end: pos,
            },
            kind: LocalKind::Temp,
        });
        if let Some(c) = self.closure {
            self.body.local_closure.insert(l, c);
        }
        l
    }

    /// Records a construct the checker accepted that bodies cannot express yet.
    pub fn unsupported(&mut self, rel: u32, what: &str) {
        let pos = self.pos(rel);
        self.body.unsupported.push((pos, what.to_string()));
    }

    fn finish(self) -> BodyWithSourceMap {
        BodyWithSourceMap {
            body: Arc::new(self.body),
            source_map: Arc::new(self.map),
        }
    }
}

/// Lowers one function declaration (nothing when it has type errors or no body).
pub(super) fn lower_func<'db>(db: &'db dyn Db, func: Func<'db>) -> BodyWithSourceMap {
    let Some(decl) = decl_ast(db, func) else {
        return BodyWithSourceMap::default();
    };
    let DeclKind::Func(f) = &decl.kind else {
        return BodyWithSourceMap::default();
    };
    let inf = infer(db, func);
    if !inf.diagnostics.is_empty() {
        return BodyWithSourceMap::default();
    }
    let mut cx = LowerCx::new(db, decl, inf);
    cx.import_locals();
    cx.body.params = inf.params.iter().map(|&l| cx.local(l)).collect();
    cx.body.results = inf.results.iter().map(|&l| cx.local(l)).collect();
    cx.results = cx.body.results.clone();
    cx.owner = Some(crate::FuncId::new(func));
    cx.body.variadic = f.sig.params.last().is_some_and(|p| p.variadic);
    cx.body.noescape = f.body.is_none() && f.pragmas.iter().any(|p| p == "go:noescape");
    if let Some(root) = f.body {
        if let ast::StmtKind::Block { rbrace, .. } = decl.stmts[root].kind {
            cx.body.end = rbrace;
        }
        cx.body.root = Some(cx.stmt(root));
        cx.find_static_callees();
        cx.devirtualize();
        cx.order_devirtualized();
    }
    cx.finish()
}

/// Lowers the package's variable initialisers, in initialisation order, into the body
/// of `main.init`.
pub(super) fn lower_package_init(db: &dyn Db, package: Package) -> BodyWithSourceMap {
    let init = crate::package_init(db, package);
    let files = package.files(db);
    let empty_decl = ast::Decl::default();
    let empty_inf = InferenceResult::default();
    let mut cx = LowerCx::new(db, &empty_decl, &empty_inf);
    let mut stmts = Vec::new();
    for (i, gi) in init.inits.iter().enumerate() {
        // The item tree and the declaration's start, not the parsed file: an edit inside
        // a function body above leaves both equal.
        let (Some(decl), Some(off)) = (
            crate::item_tree(db, gi.file).decls.get(gi.decl as usize),
            crate::decl_start(db, crate::DeclRef::new(db, gi.file, gi.decl)),
        ) else {
            continue;
        };
        let DeclKind::Var(specs) = &decl.kind else {
            continue;
        };
        let Some(spec) = specs.get(gi.spec as usize) else {
            continue;
        };
        let file_idx = files.iter().position(|f| *f == gi.file).unwrap_or(0) as u32;
        let base = (file_idx << super::INIT_FILE_SHIFT) | off;
        cx.switch(decl, i as u32, &gi.inference, base);
        let pos = cx.pos(spec.span.start);
        let globals: Vec<Option<ExprId>> = gi
            .names
            .iter()
            .zip(&spec.names)
            .map(|(name, n)| {
                if name == "_" {
                    return None;
                }
                let ty = init.globals.get(name).cloned().unwrap_or_else(Ty::invalid);
                let p = cx.pos(n.span.start);
                let id = cx.body.exprs.alloc(Expr {
                    kind: ExprKind::Global(crate::GlobalId::of(db, package, name)),
                    ty,
                    pos: p,
                });
                Some(id)
            })
            .collect();
        // One name of `var a, b = x, y`, initialised on its own (see `GlobalInit::only`).
        let s = match gi.only.map(|k| k as usize) {
            Some(k) => match (globals.get(k), spec.values.get(k)) {
                (Some(&g), Some(&v)) => cx.assign_values(vec![g], &[v], pos),
                _ => {
                    cx.unsupported(
                        spec.span.start,
                        "internal compiler error: a variable initialised alone has no value",
                    );
                    Vec::new()
                }
            },
            None => cx.assign_values(globals, &spec.values, pos),
        };
        stmts.extend(s);
        cx.devirtualize();
    }
    let root = cx.alloc_stmt(StmtKind::Block(stmts), 0);
    cx.body.root = Some(root);
    cx.order_devirtualized();
    cx.finish()
}
