//! `main.init`: the package-level variable initialisers, in Go's initialisation order
//! ([`golift_hir::package_init`]). Always emitted (the runtime calls it), possibly empty.
//!
//! Its instructions come from several declarations, possibly in several files, so its
//! source locations are absolute: `SourceLoc((file_index << 24) | absolute_offset)`
//! with `file_index` the file's position in the package.

use cranelift_codegen::ir::{self, InstBuilder, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use golift_escape::EscapeResult;
use golift_hir::{Db, Package};
use golift_syntax::ast::{Decl, DeclKind};

use crate::compile::{lower_and_compile, CompiledFunc, Target};
use crate::func::{FnCx, Lowered};
use crate::place::CValue;

/// Bits of a source location that hold the offset (the rest: the file index).
pub(crate) const INIT_FILE_SHIFT: u32 = 24;

/// Compiles `main.init` for `target`.
#[salsa::tracked(returns(ref))]
pub fn compile_init<'db>(db: &'db dyn Db, package: Package, target: Target<'db>) -> CompiledFunc {
    lower_and_compile(
        "main.init".to_string(),
        target.triple(db),
        |call_conv, x86| lower_init(db, package, call_conv, x86),
    )
}

/// One initialiser to lower: its declaration, spec index and location base.
struct InitItem {
    decl: Decl,
    spec: u32,
    names: Vec<String>,
    loc_base: u32,
    inference: std::sync::Arc<golift_hir::InferenceResult>,
    escape: EscapeResult,
}

fn lower_init(
    db: &dyn Db,
    package: Package,
    call_conv: cranelift_codegen::isa::CallConv,
    x86: bool,
) -> Result<Lowered, Vec<(u32, String)>> {
    let init = golift_hir::package_init(db, package);
    let esc = golift_escape::package_init_escape(db, package);
    let files = package.files(db);
    let mut items = Vec::new();
    for gi in &init.inits {
        let (Some(decl), Some(off)) = (
            golift_hir::item_tree(db, gi.file)
                .decls
                .get(gi.decl as usize),
            golift_hir::decl_start(db, golift_hir::DeclRef::new(db, gi.file, gi.decl)),
        ) else {
            continue;
        };
        let file_idx = files.iter().position(|f| *f == gi.file).unwrap_or(0) as u32;
        let escape = esc
            .decls
            .iter()
            .find(|d| d.file == gi.file && d.decl == gi.decl)
            .map(|d| d.result.clone())
            .unwrap_or_default();
        items.push(InitItem {
            decl: decl.clone(),
            spec: gi.spec,
            names: gi.names.clone(),
            loc_base: (file_idx << INIT_FILE_SHIFT) | off,
            inference: gi.inference.clone(),
            escape,
        });
    }
    let mut function = ir::Function::with_name_signature(
        UserFuncName::testcase("main.init"),
        ir::Signature::new(call_conv),
    );
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut function, &mut fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    b.seal_block(entry);
    let empty_decl = Decl::default();
    let empty_inf = golift_hir::InferenceResult::default();
    let empty_esc = EscapeResult::default();
    let mut cx = FnCx::new(
        db,
        &empty_decl,
        &empty_inf,
        &empty_esc,
        b,
        call_conv,
        0,
        package,
    );
    cx.x86 = x86;
    let mut errors = Vec::new();
    for item in &items {
        cx.switch_body(&item.decl, &item.inference, &item.escape, item.loc_base);
        let DeclKind::Var(specs) = &item.decl.kind else {
            continue;
        };
        let Some(spec) = specs.get(item.spec as usize) else {
            continue;
        };
        cx.set_loc(spec.span.start);
        let vals: Vec<CValue> = if spec.values.len() == item.names.len() {
            spec.values.iter().map(|&v| cx.expr(v)).collect()
        } else if let Some(&v) = spec.values.first() {
            cx.expr_multi(v)
        } else {
            Vec::new()
        };
        for (name, v) in item.names.iter().zip(vals) {
            if name == "_" {
                continue;
            }
            let Some(ty) = init.globals.get(name).cloned() else {
                continue;
            };
            let addr = cx.data_addr(&format!("main.{name}"));
            cx.store_value(addr, &ty, v);
        }
        // Errors are reported at absolute positions of the init's own encoding.
        for (at, msg) in cx.out.diags.drain(..) {
            errors.push((item.loc_base.saturating_add(at), msg));
        }
    }
    cx.b.ins().return_(&[]);
    let out = cx.finalize();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Lowered {
        func: function,
        out,
    })
}
