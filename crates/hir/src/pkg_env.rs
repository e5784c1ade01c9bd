//! Package-level declarations: named types' underlying types, constant values and
//! variable types, evaluated lazily in dependency order (as types2's `objDecl` does)
//! by checking each declaration the first time something refers to it.
//!
//! Declarations are read from the files' [`crate::item_tree`]s (functions without
//! their bodies), never from the whole syntax tree, so an edit inside a function body
//! does not re-execute any of these queries.
//!
//! [`package_env`] computes everything at once; [`package_types`](crate::package_types)
//! and [`package_scope`] are projections of it, so that a body's [`crate::infer`]
//! depends only on the package-level facts (which stay equal when another function's
//! body changes, or when lines are inserted) and not on positions or diagnostics.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use golift_syntax::ast::{self, DeclKind, ExprId};

use crate::checker::{Checker, ImportName};
use crate::env::{Env, PkgObj};
use crate::{
    item_tree, package_items, ConstValue, Db, GlobalInit, ItemKind, ItemTree, NamedRef, Package,
    SourceFile, Ty, TyKind,
};

/// What bodies need to know about the package: names, constant values, variable types.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PackageScope {
    pub kinds: BTreeMap<String, ItemKind>,
    pub consts: BTreeMap<String, (Ty, ConstValue)>,
    pub globals: BTreeMap<String, Ty>,
    /// The type each package-level alias denotes (invalid for an erroneous one).
    pub aliases: BTreeMap<String, Ty>,
}

/// An error in a package-level declaration, relative to that declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeclDiagnostic {
    pub file: SourceFile,
    pub decl: u32,
    pub offset: u32,
    pub message: String,
    /// For `invalid recursive type`: the type names of the cycle, whose positions are
    /// appended to the message when it is rendered (`\tFILE:L:C: A refers to`...).
    pub cycle: Vec<String>,
    /// Lines gc prints under the message (`other declaration of f`), at offsets in the
    /// same declaration.
    pub notes: Vec<(u32, String)>,
}

/// The result of checking all package-level declarations (function bodies excluded).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PackageEnv {
    pub scope: PackageScope,
    pub types: BTreeMap<String, Ty>,
    /// Every package-level `var` spec with an initialiser, in declaration order.
    pub var_inits: Vec<GlobalInit>,
    /// Errors, in the order types2 would report them.
    pub diagnostics: Vec<DeclDiagnostic>,
    /// Errors gc reports only after type checking succeeded (a package variable's
    /// channel element too large).
    pub late_diagnostics: Vec<DeclDiagnostic>,
    /// Every package-level constant and variable (`_` included) and what it refers to,
    /// in declaration order. Read by [`crate::package_init`] for the initialisation
    /// order and its cycles.
    pub deps: Vec<ObjDeps>,
    /// The imports package-level declarations use (`unsafe.Sizeof` in a constant, a
    /// field of type `unsafe.Pointer`): by index of the file in the package and import
    /// path. Function bodies and variable initialisers report their own.
    pub used_packages: BTreeSet<(usize, String)>,
}

/// A package-level constant or variable and the package-level names its declaration
/// refers to (types2's `declInfo.deps`: its type and its own value, or the one value of
/// `var a, b = f()`), in the order first referred to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjDeps {
    pub name: String,
    pub is_const: bool,
    pub file: SourceFile,
    /// Declaration and spec index in `file`, and the name's offset in the declaration.
    pub decl: u32,
    pub spec: u32,
    pub offset: u32,
    pub deps: Vec<String>,
}

#[salsa::tracked(returns(ref))]
pub fn package_env(db: &dyn Db, package: Package) -> PackageEnv {
    let mut b = Builder::new(db, package);
    b.run();
    b.check_map_keys();
    b.finish()
}

/// The package-level scope bodies are checked against.
#[salsa::tracked(returns(ref))]
pub fn package_scope(db: &dyn Db, package: Package) -> PackageScope {
    package_env(db, package).scope.clone()
}

/// The import names of a file.
pub(crate) fn file_imports(imports: &[ast::Import]) -> Vec<ImportName> {
    imports
        .iter()
        .map(|imp| ImportName {
            name: match &imp.name {
                Some(n) => n.text.clone(),
                None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
            },
            path: imp.path.clone(),
        })
        // `.` stays: its names are looked up after the package's (`checker.rs`).
        .filter(|i| i.name != "_")
        .collect()
}

enum State<T> {
    InProgress,
    Done(T),
}

struct Builder<'db> {
    db: &'db dyn Db,
    package: Package,
    items: &'db crate::ItemMap,
    files: Vec<(SourceFile, &'db ItemTree, Vec<ImportName>)>,
    types: HashMap<String, State<Ty>>,
    aliases: HashMap<String, Ty>,
    consts: HashMap<String, State<Option<(Ty, ConstValue)>>>,
    vars: HashMap<String, State<Ty>>,
    sigs: HashMap<String, Ty>,
    done_specs: HashSet<(u32, u32, u32)>,
    var_inits: Vec<(usize, u32, u32, GlobalInit)>,
    diagnostics: Vec<DeclDiagnostic>,
    late_diagnostics: Vec<DeclDiagnostic>,
    deps: Vec<(usize, ObjDeps)>,
    /// The aliases being resolved, outermost first (for an alias cycle's error).
    alias_path: Vec<String>,
    /// Variables whose own value is being typed on its own (`var_alone`), and the
    /// valid types found so.
    alone: HashSet<String>,
    alone_types: HashMap<String, Ty>,
    used_packages: BTreeSet<(usize, String)>,
    /// The map key types of package-level type declarations, checked for
    /// comparability once every type is complete: file, declaration, offset, key.
    map_keys: Vec<(SourceFile, u32, u32, Ty)>,
}

impl<'db> Builder<'db> {
    fn new(db: &'db dyn Db, package: Package) -> Builder<'db> {
        let files = package
            .files(db)
            .iter()
            .map(|&f| {
                let tree = item_tree(db, f);
                (f, tree, file_imports(&tree.imports))
            })
            .collect();
        Builder {
            db,
            package,
            items: package_items(db, package),
            files,
            types: HashMap::new(),
            aliases: HashMap::new(),
            consts: HashMap::new(),
            vars: HashMap::new(),
            sigs: HashMap::new(),
            done_specs: HashSet::new(),
            var_inits: Vec::new(),
            diagnostics: Vec::new(),
            late_diagnostics: Vec::new(),
            deps: Vec::new(),
            alias_path: Vec::new(),
            alone: HashSet::new(),
            alone_types: HashMap::new(),
            used_packages: BTreeSet::new(),
            map_keys: Vec::new(),
        }
    }

    fn file_index(&self, file: SourceFile) -> usize {
        self.files
            .iter()
            .position(|(f, _, _)| *f == file)
            .unwrap_or(0)
    }

    fn decl(&self, file_ix: usize, decl: u32) -> Option<(&'db ast::Decl, SourceFile)> {
        let (f, tree, _) = self.files.get(file_ix)?;
        let tree: &'db ItemTree = tree;
        Some((tree.decls.get(decl as usize)?, *f))
    }

    fn imports(&self, file_ix: usize) -> Vec<ImportName> {
        self.files
            .get(file_ix)
            .map(|f| f.2.clone())
            .unwrap_or_default()
    }

    /// `invalid map key type K` for the key types of package-level type declarations.
    fn check_map_keys(&mut self) {
        for (file, decl, offset, k) in std::mem::take(&mut self.map_keys) {
            if !self.comparable(&k, 0) {
                let message = format!("invalid map key type {}", crate::errors::type_string(&k));
                self.push_diags(file, decl, vec![crate::CheckError::new(offset, message)]);
            }
        }
    }

    /// Whether `==` is defined on `ty` (the checker's `comparable`, over this builder's
    /// complete types).
    fn comparable(&mut self, ty: &Ty, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        let u = self.underlying(ty);
        match u.kind() {
            TyKind::Basic(b) => *b != crate::BasicKind::UntypedNil,
            TyKind::Pointer(_) | TyKind::Chan(..) | TyKind::Interface(_) | TyKind::Invalid => true,
            TyKind::Struct(fields) => fields.iter().all(|f| self.comparable(&f.ty, depth + 1)),
            TyKind::Array(_, elem) => self.comparable(elem, depth + 1),
            _ => false,
        }
    }

    fn push_diags(&mut self, file: SourceFile, decl: u32, diags: Vec<crate::CheckError>) {
        for e in diags {
            self.diagnostics.push(DeclDiagnostic {
                file,
                decl,
                offset: e.offset,
                message: e.message,
                cycle: Vec::new(),
                notes: e.notes,
            });
        }
    }

    /// Every package-level declaration with its file and declaration index, in source
    /// order.
    fn all_decls(&self) -> Vec<(usize, usize, &'db ast::Decl)> {
        let mut out = Vec::new();
        for (fi, (_, tree, _)) in self.files.iter().enumerate() {
            let tree: &'db ItemTree = tree;
            out.extend(tree.decls.iter().enumerate().map(|(di, d)| (fi, di, d)));
        }
        out
    }

    /// Checks every package-level declaration in source order: types first (as types2
    /// does), then their validity, then constants and variables.
    fn run(&mut self) {
        let decls = self.all_decls();
        for &(fi, di, decl) in &decls {
            let DeclKind::Type(specs) = &decl.kind else {
                continue;
            };
            for s in specs {
                if !self.is_first(&s.name.text, fi, di) {
                    continue;
                }
                if s.alias {
                    self.lookup(&s.name.text);
                } else {
                    let named = NamedRef::package_level(self.db, self.package, &s.name.text);
                    self.underlying(&Ty::new(TyKind::Named(named)));
                }
            }
        }
        self.check_type_cycles();
        for &(fi, di, decl) in &decls {
            match &decl.kind {
                DeclKind::Const(specs) => {
                    for si in 0..specs.len() {
                        self.check_const_spec(fi, di as u32, si as u32);
                    }
                }
                DeclKind::Var(specs) => {
                    for si in 0..specs.len() {
                        self.check_var_spec(fi, di as u32, si as u32);
                    }
                }
                _ => {}
            }
        }
    }

    /// Named types of this package that `ty` contains by value (struct fields, array
    /// elements), which is how a type can illegally contain itself.
    fn value_refs(&self, ty: &Ty, out: &mut Vec<String>, depth: u32) {
        if depth > 100 {
            return;
        }
        match ty.kind() {
            TyKind::Named(n)
                if n.package(self.db) == self.package && !crate::stdlib::types::is_stdlib(n) =>
            {
                out.push(n.name.clone())
            }
            TyKind::Struct(fields) => {
                for f in fields {
                    self.value_refs(&f.ty, out, depth + 1);
                }
            }
            TyKind::Array(_, e) => self.value_refs(e, out, depth + 1),
            _ => {}
        }
    }

    fn edges(&self, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(State::Done(t)) = self.types.get(name) {
            self.value_refs(t, &mut out, 0);
        }
        out
    }

    /// A path `start -> ... -> start` through value references, if any.
    fn find_cycle(&self, start: &str) -> Option<Vec<String>> {
        let mut path = vec![start.to_string()];
        let mut iters = vec![self.edges(start).into_iter()];
        let mut seen = std::collections::HashSet::new();
        seen.insert(start.to_string());
        while let Some(it) = iters.last_mut() {
            match it.next() {
                Some(next) => {
                    if next == start {
                        return Some(path);
                    }
                    if seen.insert(next.clone()) {
                        iters.push(self.edges(&next).into_iter());
                        path.push(next);
                    }
                }
                None => {
                    iters.pop();
                    path.pop();
                }
            }
        }
        None
    }

    /// Reports `invalid recursive type` and makes the types of the cycle invalid.
    fn check_type_cycles(&mut self) {
        let mut names: Vec<(usize, u32, u32, String)> = Vec::new();
        for (name, loc) in &self.items.items {
            if loc.kind == ItemKind::Type {
                if let Some((_, di, _, spec, _)) = self.type_spec(name) {
                    names.push((
                        self.file_index(loc.file),
                        di,
                        spec.name.span.start,
                        name.clone(),
                    ));
                }
            }
        }
        names.sort();
        let mut invalid: std::collections::HashSet<String> = std::collections::HashSet::new();
        for (_, _, _, name) in names {
            if invalid.contains(&name) {
                continue;
            }
            let Some(cycle) = self.find_cycle(&name) else {
                continue;
            };
            if let Some((_, di, _, spec, file)) = self.type_spec(&name) {
                self.diagnostics.push(DeclDiagnostic {
                    file,
                    decl: di,
                    offset: spec.name.span.start,
                    message: format!("invalid recursive type {name}"),
                    cycle: cycle.clone(),
                    notes: Vec::new(),
                });
            }
            for n in cycle {
                self.types.insert(n.clone(), State::Done(Ty::invalid()));
                invalid.insert(n);
            }
        }
    }

    fn is_first(&self, name: &str, fi: usize, di: usize) -> bool {
        match self.items.items.get(name) {
            Some(loc) => self.file_index(loc.file) == fi && loc.decl as usize == di,
            None => false,
        }
    }

    fn finish(self) -> PackageEnv {
        let mut env = PackageEnv::default();
        for (name, loc) in &self.items.items {
            env.scope.kinds.insert(name.clone(), loc.kind);
        }
        for (name, st) in self.consts {
            if let State::Done(Some(v)) = st {
                env.scope.consts.insert(name, v);
            }
        }
        for (name, st) in self.vars {
            if let State::Done(t) = st {
                env.scope.globals.insert(name, t);
            }
        }
        for (name, st) in self.types {
            if let State::Done(t) = st {
                env.types.insert(name, t);
            }
        }
        env.scope.aliases = self.aliases.into_iter().collect();
        let mut inits = self.var_inits;
        inits.sort_by_key(|(f, d, s, _)| (*f, *d, *s));
        env.var_inits = inits.into_iter().map(|(_, _, _, g)| g).collect();
        env.diagnostics = self.diagnostics;
        env.late_diagnostics = self.late_diagnostics;
        let mut deps = self.deps;
        deps.sort_by_key(|(fi, d)| (*fi, d.decl, d.offset));
        env.deps = deps.into_iter().map(|(_, d)| d).collect();
        env.used_packages = self.used_packages;
        env
    }

    /// Spec `si` of the const (`is_const`) or var declaration `di` in file `fi`, the
    /// first time it is asked for; `None` afterwards, so that each spec is checked once.
    fn spec_once(
        &mut self,
        fi: usize,
        di: u32,
        si: u32,
        is_const: bool,
    ) -> Option<(&'db ast::Decl, SourceFile, &'db ast::ValueSpec)> {
        if !self.done_specs.insert((fi as u32, di, si)) {
            return None;
        }
        let (decl, file) = self.decl(fi, di)?;
        let specs = match (&decl.kind, is_const) {
            (DeclKind::Const(specs), true) | (DeclKind::Var(specs), false) => specs,
            _ => return None,
        };
        Some((decl, file, specs.get(si as usize)?))
    }

    fn check_const_spec(&mut self, fi: usize, di: u32, si: u32) {
        let Some((decl, file, spec)) = self.spec_once(fi, di, si, true) else {
            return;
        };
        for n in &spec.names {
            if self.is_first(&n.text, fi, di as usize) {
                self.consts.insert(n.text.clone(), State::InProgress);
            }
        }
        let imports = self.imports(fi);
        let mut used = BTreeSet::new();
        let (vals, diags, refs) = {
            let mut c = Checker::new(self, decl, &imports);
            c.check_named_valid = true;
            let vals = c.const_spec_values(spec);
            c.check_map_keys();
            self_used(&c.res, fi, &mut used);
            (vals, c.res.diagnostics, c.res.pkg_refs)
        };
        self.used_packages.append(&mut used);
        self.record_deps((fi, file, di, si), decl, spec, &refs);
        self.push_diags(file, di, diags);
        for (n, (ty, v)) in spec.names.iter().zip(vals) {
            if self.is_first(&n.text, fi, di as usize) {
                self.consts
                    .insert(n.text.clone(), State::Done(v.map(|v| (ty, v))));
            }
        }
    }

    fn check_var_spec(&mut self, fi: usize, di: u32, si: u32) {
        let Some((decl, file, spec)) = self.spec_once(fi, di, si, false) else {
            return;
        };
        for n in &spec.names {
            if self.is_first(&n.text, fi, di as usize) {
                self.vars.insert(n.text.clone(), State::InProgress);
            }
        }
        let imports = self.imports(fi);
        let (tys, res) = {
            let mut c = Checker::new(self, decl, &imports);
            c.check_named_valid = true;
            let tys = c.var_spec(spec, false);
            c.finish_untyped();
            c.check_map_keys();
            (tys, std::mem::take(&mut c.res))
        };
        let mut used = BTreeSet::new();
        self_used(&res, fi, &mut used);
        self.used_packages.append(&mut used);
        self.record_deps((fi, file, di, si), decl, spec, &res.pkg_refs);
        self.push_diags(file, di, res.diagnostics.clone());
        for (offset, message) in &res.late_diagnostics {
            self.late_diagnostics.push(DeclDiagnostic {
                file,
                decl: di,
                offset: *offset,
                message: message.clone(),
                cycle: Vec::new(),
                notes: Vec::new(),
            });
        }
        for (n, ty) in spec.names.iter().zip(tys) {
            if self.is_first(&n.text, fi, di as usize) {
                self.vars.insert(n.text.clone(), State::Done(ty));
            }
        }
        self.var_inits.push((
            fi,
            di,
            si,
            GlobalInit {
                file,
                decl: di,
                spec: si,
                names: spec.names.iter().map(|n| n.text.clone()).collect(),
                inference: Arc::new(res),
                only: None,
            },
        ));
    }

    /// The type of `name`, declared in a spec being checked that has a value per name
    /// (`var a, b = f(b), 5`): types2 checks each such variable on its own, so `b` has
    /// its own value's type before `a`'s is known. The value is typed by a checker
    /// whose results are dropped (the spec's own check records them). `None` for other
    /// specs and on a cycle.
    fn var_alone(&mut self, fi: usize, di: u32, name: &str) -> Option<Ty> {
        let (decl, _) = self.decl(fi, di)?;
        let DeclKind::Var(specs) = &decl.kind else {
            return None;
        };
        let spec = specs.get(Self::spec_of(decl, name)? as usize)?;
        if spec.names.len() < 2 || spec.values.len() != spec.names.len() {
            return None;
        }
        let k = spec.names.iter().position(|n| n.text == name)?;
        if let Some(t) = self.alone_types.get(name) {
            return Some(t.clone());
        }
        if !self.alone.insert(name.to_string()) {
            return None;
        }
        let imports = self.imports(fi);
        let ty = {
            let mut c = Checker::new(self, decl, &imports);
            match spec.typ {
                Some(t) => c.typ(t),
                None => {
                    let x = c.expr(spec.values[k]);
                    Checker::default_type(&x.ty)
                }
            }
        };
        self.alone.remove(name);
        if !ty.is_invalid() {
            self.alone_types.insert(name.to_string(), ty.clone());
        }
        Some(ty)
    }

    /// Records what each name of `spec` refers to: with one value per name, the type
    /// and its own value; otherwise (`var a, b = f()`) the whole spec.
    fn record_deps(
        &mut self,
        (fi, file, di, si): (usize, SourceFile, u32, u32),
        decl: &ast::Decl,
        spec: &ast::ValueSpec,
        refs: &[(ExprId, String)],
    ) {
        let is_const = matches!(decl.kind, DeclKind::Const(_));
        let span = |e: ExprId| crate::checker::expr_at(decl, e).map(|x| x.span);
        let per_name = spec.names.len() > 1 && spec.values.len() == spec.names.len();
        for (i, n) in spec.names.iter().enumerate() {
            let own = |e: ExprId| -> bool {
                if !per_name {
                    return true;
                }
                let Some(at) = span(e) else { return true };
                let within = |x: Option<ExprId>| {
                    x.and_then(span)
                        .is_some_and(|s| s.start <= at.start && at.end <= s.end)
                };
                within(spec.typ) || within(spec.values.get(i).copied())
            };
            let mut deps: Vec<String> = Vec::new();
            for (e, name) in refs {
                if own(*e) && !deps.contains(name) {
                    deps.push(name.clone());
                }
            }
            self.deps.push((
                fi,
                ObjDeps {
                    name: n.text.clone(),
                    is_const,
                    file,
                    decl: di,
                    spec: si,
                    offset: n.span.start,
                    deps,
                },
            ));
        }
    }

    /// The spec index declaring `name` in a const or var declaration.
    fn spec_of(decl: &ast::Decl, name: &str) -> Option<u32> {
        let specs = match &decl.kind {
            DeclKind::Const(s) | DeclKind::Var(s) => s,
            _ => return None,
        };
        specs
            .iter()
            .position(|s| s.names.iter().any(|n| n.text == name))
            .map(|i| i as u32)
    }

    /// types2's `cycleError` for aliases that refer to each other (`type A = B; type B =
    /// A`): `invalid recursive type A` with the cycle, starting at the alias declared
    /// first in the source.
    fn alias_cycle_error(&mut self, name: &str) {
        let start = self.alias_path.iter().position(|n| n == name).unwrap_or(0);
        let mut cycle: Vec<String> = self.alias_path[start..].to_vec();
        let src_order = |b: &Self, n: &String| {
            b.type_spec(n)
                .map(|(fi, di, _, spec, _)| (fi, di, spec.name.span.start))
        };
        let first = (0..cycle.len())
            .min_by_key(|&i| src_order(self, &cycle[i]))
            .unwrap_or(0);
        cycle.rotate_left(first);
        let Some(head) = cycle.first().cloned() else {
            return;
        };
        if let Some((_, di, _, spec, file)) = self.type_spec(&head) {
            self.diagnostics.push(DeclDiagnostic {
                file,
                decl: di,
                offset: spec.name.span.start,
                message: format!("invalid recursive type {head}"),
                cycle,
                notes: Vec::new(),
            });
        }
    }

    fn type_spec(
        &self,
        name: &str,
    ) -> Option<(usize, u32, &'db ast::Decl, &'db ast::TypeSpec, SourceFile)> {
        let loc = self.items.items.get(name)?;
        let fi = self.file_index(loc.file);
        let (decl, file) = self.decl(fi, loc.decl)?;
        let DeclKind::Type(specs) = &decl.kind else {
            return None;
        };
        let spec = specs.iter().find(|s| s.name.text == name)?;
        Some((fi, loc.decl, decl, spec, file))
    }
}

pub(crate) fn find_name_pos(decl: &ast::Decl, name: &str) -> Option<u32> {
    match &decl.kind {
        DeclKind::Const(s) | DeclKind::Var(s) => s
            .iter()
            .flat_map(|s| &s.names)
            .find(|n| n.text == name)
            .map(|n| n.span.start),
        DeclKind::Type(s) => s
            .iter()
            .find(|s| s.name.text == name)
            .map(|s| s.name.span.start),
        DeclKind::Func(f) => Some(f.name.span.start),
        DeclKind::Bad => None,
    }
}

impl Env for Builder<'_> {
    fn lookup(&mut self, name: &str) -> Option<PkgObj> {
        let loc = *self.items.items.get(name)?;
        let fi = self.file_index(loc.file);
        match loc.kind {
            ItemKind::Type => {
                if let Some((_, _, _, spec, _)) = self.type_spec(name) {
                    if spec.alias {
                        if let Some(t) = self.aliases.get(name) {
                            return Some(PkgObj::Type(t.clone()));
                        }
                        if let Some(State::InProgress) = self.types.get(name) {
                            self.alias_cycle_error(name);
                            return Some(PkgObj::Invalid);
                        }
                        self.types.insert(name.to_string(), State::InProgress);
                        self.alias_path.push(name.to_string());
                        let t = self.lower_type_spec(name);
                        self.alias_path.pop();
                        self.types.remove(name);
                        self.aliases.insert(name.to_string(), t.clone());
                        return Some(if t.is_invalid() {
                            PkgObj::Invalid
                        } else {
                            PkgObj::Type(t)
                        });
                    }
                }
                Some(PkgObj::Type(Ty::new(TyKind::Named(
                    NamedRef::package_level(self.db, self.package, name),
                ))))
            }
            ItemKind::Const => {
                match self.consts.get(name) {
                    Some(State::Done(v)) => {
                        return Some(match v {
                            Some((t, v)) => PkgObj::Const(t.clone(), v.clone()),
                            None => PkgObj::Invalid,
                        })
                    }
                    // A cycle through values: reported with the initialisation order
                    // (`initialization loop for x`), as types2 does.
                    Some(State::InProgress) => return Some(PkgObj::Invalid),
                    None => {}
                }
                let (decl, _) = self.decl(fi, loc.decl)?;
                let si = Self::spec_of(decl, name)?;
                self.check_const_spec(fi, loc.decl, si);
                match self.consts.get(name) {
                    Some(State::Done(Some((t, v)))) => Some(PkgObj::Const(t.clone(), v.clone())),
                    _ => Some(PkgObj::Invalid),
                }
            }
            ItemKind::Var => {
                match self.vars.get(name) {
                    Some(State::Done(t)) => return Some(PkgObj::Var(t.clone())),
                    // A variable of the spec being checked with a value of its own
                    // has that value's type; otherwise a cycle through values:
                    // reported with the initialisation order (`initialization loop
                    // for x`), as types2 does.
                    Some(State::InProgress) => {
                        return Some(match self.var_alone(fi, loc.decl, name) {
                            Some(t) if !t.is_invalid() => PkgObj::Var(t),
                            _ => PkgObj::Invalid,
                        })
                    }
                    None => {}
                }
                // types2 types a variable with a value of its own from that value alone,
                // so the spec's other values may still refer to what refers to it; the
                // whole spec is checked in its turn.
                if let Some(t) = self.var_alone(fi, loc.decl, name) {
                    return Some(if t.is_invalid() {
                        PkgObj::Invalid
                    } else {
                        PkgObj::Var(t)
                    });
                }
                let (decl, _) = self.decl(fi, loc.decl)?;
                let si = Self::spec_of(decl, name)?;
                self.check_var_spec(fi, loc.decl, si);
                match self.vars.get(name) {
                    Some(State::Done(t)) if !t.is_invalid() => Some(PkgObj::Var(t.clone())),
                    _ => Some(PkgObj::Invalid),
                }
            }
            ItemKind::Func => {
                if let Some(t) = self.sigs.get(name) {
                    return Some(PkgObj::Func(t.clone()));
                }
                // A signature that refers to its own function (`func f(x f)`).
                self.sigs.insert(name.to_string(), Ty::invalid());
                let (decl, _) = self.decl(fi, loc.decl)?;
                let DeclKind::Func(f) = &decl.kind else {
                    return Some(PkgObj::Invalid);
                };
                if !f.type_params.is_empty() {
                    // Generic functions are not supported yet (see `is_generic`).
                    return Some(PkgObj::Invalid);
                }
                let imports = self.imports(fi);
                let sig = {
                    let mut c = Checker::new(self, decl, &imports);
                    c.check_named_valid = true;
                    c.func_type(&f.sig)
                };
                let t = sig.to_ty();
                self.sigs.insert(name.to_string(), t.clone());
                Some(PkgObj::Func(t))
            }
        }
    }

    fn db_package(&self) -> (&dyn Db, Package) {
        (self.db, self.package)
    }

    fn underlying(&mut self, ty: &Ty) -> Ty {
        let TyKind::Named(n) = ty.kind() else {
            return ty.clone();
        };
        if n.package(self.db) != self.package || crate::stdlib::types::is_stdlib(n) {
            return crate::underlying(self.db, ty);
        }
        match self.types.get(&n.name) {
            Some(State::Done(t)) => return t.clone(),
            Some(State::InProgress) => {
                if let Some((_, di, _, spec, file)) = self.type_spec(&n.name) {
                    self.diagnostics.push(DeclDiagnostic {
                        file,
                        decl: di,
                        offset: spec.name.span.start,
                        message: format!("invalid recursive type {}", n.name),
                        cycle: Vec::new(),
                        notes: Vec::new(),
                    });
                }
                self.types
                    .insert(n.name.clone(), State::Done(Ty::invalid()));
                return Ty::invalid();
            }
            None => {}
        }
        self.types.insert(n.name.clone(), State::InProgress);
        let t = self.lower_type_spec(&n.name);
        let under = match t.kind() {
            TyKind::Named(_) => self.underlying(&t),
            _ => t,
        };
        if let Some(State::Done(existing)) = self.types.get(&n.name) {
            if existing.is_invalid() {
                return Ty::invalid();
            }
        }
        self.types
            .insert(n.name.clone(), State::Done(under.clone()));
        under
    }
}

impl Builder<'_> {
    /// Lowers the type expression of the declaration of `name`, reporting its errors.
    fn lower_type_spec(&mut self, name: &str) -> Ty {
        let Some((fi, di, decl, spec, file)) = self.type_spec(name) else {
            return Ty::invalid();
        };
        if !spec.type_params.is_empty() {
            self.push_diags(
                file,
                di,
                vec![crate::CheckError::new(
                    spec.name.span.start,
                    crate::diagnostics::not_supported("generic types"),
                )],
            );
            return Ty::invalid();
        }
        let imports = self.imports(fi);
        let mut used = BTreeSet::new();
        let (t, diags, keys) = {
            let mut c = Checker::new(self, decl, &imports);
            let t = c.typ(spec.typ);
            self_used(&c.res, fi, &mut used);
            (t, c.res.diagnostics, std::mem::take(&mut c.map_keys))
        };
        self.used_packages.append(&mut used);
        self.push_diags(file, di, diags);
        self.map_keys
            .extend(keys.into_iter().map(|(p, k)| (file, di, p, k)));
        t
    }
}

/// Adds the packages `res` refers to, for file `fi`.
fn self_used(res: &crate::InferenceResult, fi: usize, out: &mut BTreeSet<(usize, String)>) {
    out.extend(res.resolutions.values().filter_map(|r| match r {
        crate::Res::Package(p) | crate::Res::Imported { package: p, .. } => Some((fi, p.clone())),
        _ => None,
    }));
}
