//! The static call graph and its strongly connected components, bottom up, visited in
//! gc's order (declarations in source order, callees in the order they appear), so
//! that batches and therefore diagnostics come out in gc's order. The call graph is read
//! from the typed bodies.

use std::collections::HashMap;

use golift_hir::body::{Callee, ExprKind};
use golift_hir::{package_items, Db, Func, ItemKind, Package};

/// Functions of the package in declaration order (files in command-line order).
pub(crate) fn decl_order(db: &dyn Db, package: Package) -> Vec<String> {
    let files = package.files(db);
    let mut v: Vec<(usize, u32, String)> = package_items(db, package)
        .items
        .iter()
        .filter(|(_, loc)| loc.kind == ItemKind::Func)
        .map(|(name, loc)| {
            let fi = files
                .iter()
                .position(|f| *f == loc.file)
                .unwrap_or(usize::MAX);
            (fi, loc.decl, name.clone())
        })
        .collect();
    v.sort();
    v.into_iter().map(|(_, _, n)| n).collect()
}

/// The package functions `func` refers to (called or used as values), in source order,
/// read from its typed body.
#[salsa::tracked(returns(ref))]
pub(crate) fn callees<'db>(db: &'db dyn Db, func: Func<'db>) -> Vec<String> {
    let body = &golift_hir::body::body_with_source_map(db, func).body;
    let mut refs: Vec<(u32, String)> = Vec::new();
    for (_, e) in body.exprs.iter() {
        let f = match &e.kind {
            ExprKind::FuncRef(f)
            | ExprKind::MethodValue { method: f, .. }
            | ExprKind::Call {
                callee: Callee::Static(f),
                ..
            } => f.func(db),
            _ => continue,
        };
        refs.push((e.pos, f.name(db).clone()));
    }
    refs.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, n) in refs {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// For each function name, the index of its batch in [`batches`] (a lookup per function
/// must not scan every batch: that made a package of n functions quadratic).
#[salsa::tracked(returns(ref))]
pub(crate) fn batch_of(db: &dyn Db, package: Package) -> HashMap<String, usize> {
    let mut index = HashMap::new();
    for (i, batch) in batches(db, package).iter().enumerate() {
        for name in batch {
            index.insert(name.clone(), i);
        }
    }
    index
}

/// Batches of mutually recursive functions, callees before callers.
#[salsa::tracked(returns(ref))]
pub(crate) fn batches(db: &dyn Db, package: Package) -> Vec<Vec<String>> {
    let order = decl_order(db, package);
    let known: std::collections::HashSet<&String> = order.iter().collect();
    let mut edges: HashMap<String, Vec<String>> = HashMap::new();
    for name in &order {
        let f = Func::new(db, package, name.clone());
        let cs = callees(db, f)
            .iter()
            .filter(|c| known.contains(c))
            .cloned()
            .collect();
        edges.insert(name.clone(), cs);
    }
    let mut t = Tarjan {
        edges: &edges,
        id: HashMap::new(),
        gen: 0,
        stack: Vec::new(),
        out: Vec::new(),
    };
    for name in &order {
        t.visit(name);
    }
    t.out
}

struct Tarjan<'a> {
    edges: &'a HashMap<String, Vec<String>>,
    id: HashMap<String, u32>,
    gen: u32,
    stack: Vec<String>,
    out: Vec<Vec<String>>,
}

impl Tarjan<'_> {
    fn visit(&mut self, n: &str) -> u32 {
        if let Some(&id) = self.id.get(n) {
            return id;
        }
        self.gen += 1;
        let id = self.gen;
        self.id.insert(n.to_string(), id);
        self.gen += 1;
        let mut min = self.gen;
        self.stack.push(n.to_string());
        let edges = self.edges.get(n).cloned().unwrap_or_default();
        for c in edges {
            let m = self.visit(&c);
            min = min.min(m);
        }
        if min == id || min == id + 1 {
            let mut i = self.stack.len();
            while i > 0 {
                i -= 1;
                self.id.insert(self.stack[i].clone(), u32::MAX);
                if self.stack[i] == n {
                    break;
                }
            }
            let block = self.stack.split_off(i);
            self.out.push(block);
        }
        min
    }
}
