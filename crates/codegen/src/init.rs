//! `main.init`: the package-level variable initialisers, in Go's initialisation order,
//! lowered from the package's init body ([`golift_hir::body::init_body_with_source_map`])
//! with escape analysis's decisions for its sites. Always emitted (the runtime calls
//! it), possibly empty.
//!
//! Its instructions come from several declarations, possibly in several files, so its
//! source locations are absolute: the body's positions are already
//! `(file_index << 24) | absolute_offset` with `file_index` the file's position in the
//! package ([`golift_hir::body::INIT_FILE_SHIFT`]).

use cranelift_codegen::ir::{self, InstBuilder, UserFuncName};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use golift_escape::EscapeResult;
use golift_hir::{Db, Package};

use crate::compile::{lower_and_compile, lower_to_clif, ClifListing, CompiledFunc, Target};
use crate::func::{FnCx, Lowered};

/// Bits of a source location that hold the offset (the rest: the file index).
pub(crate) const INIT_FILE_SHIFT: u32 = golift_hir::body::INIT_FILE_SHIFT;

/// Compiles `main.init` for `target`.
#[salsa::tracked(returns(ref))]
pub fn compile_init<'db>(db: &'db dyn Db, package: Package, target: Target<'db>) -> CompiledFunc {
    lower_and_compile(
        golift_hir::symbols::init_symbol(db, package),
        target.triple(db),
        |call_conv, x86| lower_init(db, package, call_conv, x86),
    )
}

/// The IR of `main.init` for `target`.
#[salsa::tracked(returns(ref))]
pub fn clif_init<'db>(db: &'db dyn Db, package: Package, target: Target<'db>) -> ClifListing {
    lower_to_clif(target.triple(db), |call_conv, x86| {
        lower_init(db, package, call_conv, x86)
    })
}

fn lower_init(
    db: &dyn Db,
    package: Package,
    call_conv: cranelift_codegen::isa::CallConv,
    x86: bool,
) -> Result<Lowered, Vec<(u32, String)>> {
    let body = golift_hir::body::init_body_with_source_map(db, package)
        .body
        .clone();
    let placements = golift_escape::init_site_placements(db, package);
    // Initialisers declare no variables of their own (function literals are not
    // supported), only temporaries, which never move to the heap.
    let esc = EscapeResult::default();
    let mut function = ir::Function::with_name_signature(
        UserFuncName::testcase(golift_hir::symbols::init_symbol(db, package).as_bytes()),
        ir::Signature::new(call_conv),
    );
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut function, &mut fctx);
    let entry = b.create_block();
    b.switch_to_block(entry);
    b.seal_block(entry);
    let mut cx = FnCx::new(db, &body, &esc, placements, b, call_conv, 0);
    cx.x86 = x86;
    cx.initialising_globals = true;
    for (at, what) in &body.unsupported {
        cx.unsupported(*at, what);
    }
    if let Some(root) = body.root {
        cx.lower_stmt(root);
    }
    cx.b.ins().return_(&[]);
    let out = cx.finalize();
    if !out.diags.is_empty() {
        return Err(out.diags);
    }
    Ok(Lowered {
        func: function,
        out,
    })
}
