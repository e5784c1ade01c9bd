//! golift-codegen: typed Go bodies plus escape decisions to Cranelift IR, machine code
//! and one ELF object per package.
//!
//! - [`compile_func`] (a salsa query per function and [`Target`]) lowers one function
//!   and compiles it to machine code, relocations (by symbol name) and source
//!   locations. Editing one function re-runs only that function's query.
//! - [`compile_init`] does the same for `main.init` (package variable initialisers).
//! - [`compile_package`] assembles the object from those results.
//! - [`asm_text`] / [`clif_text`] print code under Go source lines;
//!   [`check_asmcheck_file`] runs `testdata/codegen` checks.
//!
//! Where to look (one concern per file): `abi.rs` (value representation and the
//! calling convention of Go functions), `types.rs` (type names, `TypeDesc` contents),
//! `func.rs` (the lowering context, function entry), `locals.rs` (where variables live),
//! `memory.rs` (stack slots, heap allocation), `place.rs` (values and places),
//! `literal.rs` (struct and array literals written in place, discarded values),
//! `stmt.rs`, `expr.rs`, `calls.rs` (calls, builtins, `fmt.Println`), `ops.rs`
//! (arithmetic with Go's checks), `convert.rs` (conversions, interface boxing),
//! `runtime_calls.rs` (runtime symbols, panics), `symbol_size.rs` (gc's 2 GB limit on a
//! package variable), `compile.rs` (the query),
//! `init.rs`, `object.rs`, `linetab.rs` (the line table tracebacks read), `disasm.rs` (asm listings), `clif_render.rs` (clif listings),
//! `source_lines.rs` (the Go source lines both show), `asmcheck.rs`. The runtime contract is
//! docs/runtime-abi.md.
//!
//! Source locations (`SourceLoc`): for a function, the byte offset relative to the
//! start of its declaration; for `main.init`, `(file_index << 24) | absolute_offset`.

mod abi;
mod asmcheck;
mod calls;
mod chan;
mod clif_render;
mod closure;
mod compile;
mod complex;
mod convert;
mod defer;
mod disasm;
mod expr;
mod fma;
mod func;
mod iface;
mod iface_compare;
mod init;
mod itab;
mod linetab;
mod literal;
mod locals;
mod map;
mod math_intrinsics;
mod memory;
mod method_table;
mod method_value;
mod object;
mod ops;
mod place;
mod promoted;
mod runtime_calls;
mod source_lines;
mod stmt;
mod symbol_size;
mod type_assert;
mod type_names;
mod type_switch;
mod types;
mod unsafe_ops;
mod wrapper;

pub use asmcheck::check_asmcheck_file;
pub use compile::{compile_func, target, CompiledFunc, FuncReloc, Target};
pub use init::compile_init;

use golift_hir::{Db, Diagnostic, Package};
use target_lexicon::Triple;

/// The object file of one package, ready to be linked with the runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompiledPackage {
    pub object: Vec<u8>,
}

/// One compiled function with what is needed to print it.
pub(crate) struct FuncOut<'a> {
    pub compiled: &'a CompiledFunc,
    /// `Some(func)` for Go functions (relative locations), `None` for `main.init`.
    pub func: Option<golift_hir::Func<'a>>,
}

/// Compiles every function of the package plus `main.init`, collecting errors.
/// Go's name for `triple`'s architecture.
pub fn goarch_of(triple: &Triple) -> golift_hir::GoArch {
    match triple.architecture {
        target_lexicon::Architecture::Aarch64(_) => golift_hir::GoArch::Arm64,
        _ => golift_hir::GoArch::Amd64,
    }
}

pub(crate) fn compile_all<'db>(
    db: &'db dyn Db,
    package: Package,
    triple: &Triple,
    func_filter: Option<&str>,
) -> Result<Vec<FuncOut<'db>>, Vec<Diagnostic>> {
    let target = compile::target(db, triple);
    let mut outs = Vec::new();
    let mut diags = Vec::new();
    // The checker folded `runtime.GOARCH` for the package's architecture.
    if package.goarch(db) != goarch_of(triple) {
        if let Some(&file) = package.files(db).first() {
            diags.push(Diagnostic {
                file,
                offset: 0,
                message: format!(
                    "internal compiler error: the package was checked for GOARCH={} but is compiled for {triple}",
                    package.goarch(db).name()
                ),
            });
        }
        return Err(diags);
    }
    for &func in golift_hir::package_funcs(db, package) {
        // gc emits no code for a function named `_` or without body.
        if !golift_hir::emits_code(db, func) {
            continue;
        }
        if func_filter
            .is_some_and(|f| f != golift_hir::symbols::func_name(db, golift_hir::FuncId::new(func)))
        {
            continue;
        }
        // The function, then the function literals written in it, each a function of
        // its own whose positions are relative to the declaration it is written in.
        let mut units = vec![func];
        units.extend(
            golift_hir::body::body(db, func)
                .closures
                .iter()
                .map(|(_, c)| c.func.func(db)),
        );
        for (i, unit) in units.into_iter().enumerate() {
            let compiled = compile_func(db, unit, target);
            if compiled.errors.is_empty() {
                outs.push(FuncOut {
                    compiled,
                    func: Some(unit),
                });
                continue;
            }
            let (file, base) = match *golift_hir::decl_offset(db, func) {
                Some(x) => x,
                None => match package.files(db).first() {
                    Some(&f) => (f, 0),
                    None => break,
                },
            };
            for (at, msg) in &compiled.errors {
                diags.push(Diagnostic {
                    file,
                    offset: base.saturating_add(*at),
                    message: msg.clone(),
                });
            }
            // A function that fails is not looked into further.
            if i == 0 {
                break;
            }
        }
    }
    if func_filter.is_none_or(|f| f == "init") {
        let compiled = compile_init(db, package, target);
        for (at, msg) in &compiled.errors {
            let (file, offset) = init_loc(db, package, *at);
            if let Some(file) = file {
                diags.push(Diagnostic {
                    file,
                    offset,
                    message: msg.clone(),
                });
            }
        }
        if compiled.errors.is_empty() {
            outs.push(FuncOut {
                compiled,
                func: None,
            });
        }
    }
    if diags.is_empty() {
        Ok(outs)
    } else {
        diags.sort_by_key(|d| d.offset);
        Err(diags)
    }
}

/// Decodes a `main.init` source location.
pub(crate) fn init_loc(
    db: &dyn Db,
    package: Package,
    loc: u32,
) -> (Option<golift_hir::SourceFile>, u32) {
    let idx = (loc >> init::INIT_FILE_SHIFT) as usize;
    let off = loc & ((1 << init::INIT_FILE_SHIFT) - 1);
    (package.files(db).get(idx).copied(), off)
}

/// Compiles every function of `package` (and `main.init`) for `triple` into one object.
/// `file_paths` names the package's files, in order, as tracebacks print them (gc:
/// absolute paths); the object's line table holds them.
/// `Err`: constructs codegen does not support yet, at their positions.
pub fn compile_package(
    db: &dyn Db,
    package: Package,
    triple: &Triple,
    file_paths: &[String],
) -> Result<CompiledPackage, Vec<Diagnostic>> {
    let outs = compile_all(db, package, triple, None)?;
    let too_large = symbol_size::symbol_size_errors(db, package);
    if !too_large.is_empty() {
        return Err(too_large);
    }
    let to_diag = |message: String| {
        let file = package.files(db).first().copied();
        file.map(|file| Diagnostic {
            file,
            offset: 0,
            message,
        })
        .into_iter()
        .collect::<Vec<_>>()
    };
    let isa = compile::make_isa(&triple.to_string()).map_err(to_diag)?;
    let mut wrappers = itab_wrappers(db, package, triple, &outs)?;
    // gc's `T.M-fm` wrappers of the method values the functions make.
    let methods: std::collections::BTreeSet<golift_hir::FuncId> = outs
        .iter()
        .flat_map(|o| o.compiled.method_values.iter().copied())
        .collect();
    for m in methods {
        let c = method_value::compile_fm_wrapper(db, m, &triple.to_string());
        if let Some((_, msg)) = c.errors.first() {
            return Err(to_diag(msg.clone()));
        }
        wrappers.push(c);
    }
    let funcs: Vec<&CompiledFunc> = outs
        .iter()
        .map(|o| o.compiled)
        .chain(wrappers.iter())
        .collect();
    let globals = &golift_hir::package_init(db, package).globals;
    let mut lines = linetab::line_table(db, package, &outs, file_paths).map_err(to_diag)?;
    for w in &wrappers {
        lines.add_autogenerated(&w.symbol, w.code.len() as u64);
    }
    let inits: Vec<String> = golift_hir::init_funcs(db, package)
        .into_iter()
        .map(|f| golift_hir::symbols::func_symbol(db, golift_hir::FuncId::new(f)))
        .collect();
    let object =
        object::build_object(db, package, isa, &funcs, globals, &lines, &inits).map_err(to_diag)?;
    Ok(CompiledPackage { object })
}

/// The wrappers the package's itabs and method tables call (`wrapper.rs`,
/// `promoted.rs`), compiled.
fn itab_wrappers(
    db: &dyn Db,
    package: Package,
    triple: &Triple,
    outs: &[FuncOut<'_>],
) -> Result<Vec<CompiledFunc>, Vec<Diagnostic>> {
    let mut wanted = std::collections::BTreeMap::new();
    let mut described = Vec::new();
    for o in outs {
        for (iface, concrete) in &o.compiled.itabs {
            // Entries that fail were reported where the itab was referenced.
            for e in itab::itab_entries(db, iface, concrete).unwrap_or_default() {
                if let Some(w) = e.wrap {
                    wanted.insert(e.symbol, w);
                }
            }
            described.extend([iface.clone(), concrete.clone()]);
        }
        described.extend(o.compiled.type_descs.iter().cloned());
    }
    // The method tables of the descriptors `object.rs` emits name wrappers too.
    for d in types::desc_closure(db, described).into_values() {
        for f in d.methods.into_iter().filter_map(|m| m.func) {
            if let Some(w) = f.wrap {
                wanted.insert(f.symbol, w);
            }
        }
    }
    let mut out = Vec::new();
    let mut diags = Vec::new();
    for (symbol, w) in wanted {
        let c = match w {
            itab::Wrap::Value(f, kind) => {
                wrapper::compile_wrapper(db, f, kind, &triple.to_string())
            }
            itab::Wrap::Promoted(recv, name) => {
                promoted::compile_promoted(db, &recv, &name, symbol, &triple.to_string())
            }
        };
        for (_, msg) in &c.errors {
            if let Some(&file) = package.files(db).first() {
                diags.push(Diagnostic {
                    file,
                    offset: 0,
                    message: msg.clone(),
                });
            }
        }
        out.push(c);
    }
    if diags.is_empty() {
        Ok(out)
    } else {
        Err(diags)
    }
}

/// The Cranelift IR of each function (those named `func_filter` only, when given), each
/// run of instructions under a `; ./x.go:12  source text` comment.
pub fn clif_text(
    db: &dyn Db,
    package: Package,
    triple: &Triple,
    func_filter: Option<&str>,
) -> Result<String, Vec<Diagnostic>> {
    let outs = compile_all(db, package, triple, func_filter)?;
    let mut s = String::new();
    for o in outs {
        s.push_str(&clif_render::render(
            db,
            package,
            &o,
            clif_of(db, package, triple, &o),
        ));
        s.push('\n');
    }
    Ok(s)
}

/// The IR of one compiled function (or of `main.init`).
pub(crate) fn clif_of<'db>(
    db: &'db dyn Db,
    package: Package,
    triple: &Triple,
    o: &FuncOut<'db>,
) -> &'db compile::ClifListing {
    let target = compile::target(db, triple);
    match o.func {
        Some(f) => compile::clif_func(db, f, target),
        None => init::clif_init(db, package, target),
    }
}

/// The disassembly of each function, instructions grouped under their Go source line:
/// `TEXT main.f(SB) ./x.go`, then `./x.go:12  source text` lines each followed by
/// `    0x0010 call runtime.newobject` lines.
pub fn asm_text(
    db: &dyn Db,
    package: Package,
    triple: &Triple,
    func_filter: Option<&str>,
) -> Result<String, Vec<Diagnostic>> {
    let outs = compile_all(db, package, triple, func_filter)?;
    let mut s = String::new();
    for o in &outs {
        let listing = disasm::listing(db, package, triple, o);
        s.push_str(&disasm::render(&listing));
    }
    Ok(s)
}
