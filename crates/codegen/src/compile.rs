//! The per-function compile query: Cranelift IR to machine code, relocations and
//! source locations, as plain data salsa can cache and compare.

use std::str::FromStr;

use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::ir::{self, ExternalName};
use cranelift_codegen::isa::{self, CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, FinalizedRelocTarget};
use golift_hir::{Db, Func, Ty};
use target_lexicon::Triple;

use crate::func::Lowered;

/// A compilation target, interned so that queries can take it as a key.
#[salsa::interned(debug)]
pub struct Target<'db> {
    #[returns(ref)]
    pub triple: String,
}

/// One relocation of a function's code, with its target named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncReloc {
    pub offset: u32,
    pub kind: Reloc,
    /// Symbol name (`runtime.newobject`, `main.f`, `go:string.…`, `type:int`).
    pub symbol: String,
    /// Whether the symbol is a data object (string, type descriptor, global).
    pub is_data: bool,
    pub addend: i64,
}

/// The machine code of one function and everything needed to place it in an object.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CompiledFunc {
    pub symbol: String,
    pub code: Vec<u8>,
    pub alignment: u64,
    pub relocs: Vec<FuncReloc>,
    /// Code ranges and their source location (encoding: see the crate docs).
    pub srclocs: Vec<(u32, u32, u32)>,
    /// String data objects this code refers to.
    pub strings: Vec<(String, Vec<u8>)>,
    /// Type descriptors this code refers to.
    pub type_descs: Vec<Ty>,
    /// Itabs this code refers to: (interface type, concrete type).
    pub itabs: Vec<(Ty, Ty)>,
    /// Declared functions used as values (their `SYM·f` closure objects).
    pub func_values: Vec<String>,
    /// Unsupported constructs: (relative offset, message). Empty on success.
    pub errors: Vec<(u32, String)>,
}

/// Builds the ISA for a triple: opt_level=speed, is_pic=true.
pub(crate) fn make_isa(triple: &str) -> Result<OwnedTargetIsa, String> {
    make_isa_at(triple, "speed")
}

/// Above this many IR instructions a function is compiled with Cranelift's `opt_level`
/// `none`: the e-graph optimiser's time grows faster than the function (a `main` of
/// 50,000 statements spent 68% of its build in `insert_pure_enode`), and a compiler must
/// stay linear in its input. Real functions are far below it.
const LARGE_FUNCTION_INSTS: usize = 100_000;

/// Builds the ISA for a triple at the given Cranelift `opt_level`.
fn make_isa_at(triple: &str, opt_level: &str) -> Result<OwnedTargetIsa, String> {
    let triple = Triple::from_str(triple).map_err(|e| format!("bad target: {e}"))?;
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v).map_err(|e| format!("setting {k}: {e}"))
    };
    set(&mut flags, "opt_level", opt_level)?;
    set(&mut flags, "is_pic", "true")?;
    set(&mut flags, "enable_multi_ret_implicit_sret", "true")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    // Cranelift's IR verifier checks codegen's output, not the user's program: debug
    // builds and tests run it, a release compiler does not pay for it.
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    set(&mut flags, "enable_verifier", verify)?;
    let builder = isa::lookup(triple).map_err(|e| format!("unsupported target: {e}"))?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("target: {e}"))
}

/// Compiles one Go function for `target`.
#[salsa::tracked(returns(ref))]
pub fn compile_func<'db>(db: &'db dyn Db, func: Func<'db>, target: Target<'db>) -> CompiledFunc {
    let symbol = golift_hir::symbols::func_symbol(db, golift_hir::FuncId::new(func));
    lower_and_compile(symbol, target.triple(db), |call_conv, x86| {
        crate::func::lower_func(db, func, call_conv, x86)
    })
}

/// Lowers a function with `lower` (given the target's calling convention and whether
/// the target is x86-64) and compiles it; an unknown target, lowering errors and
/// panics in lowering become the result's errors.
pub(crate) fn lower_and_compile(
    symbol: String,
    triple: &str,
    lower: impl FnOnce(CallConv, bool) -> Result<Lowered, Vec<(u32, String)>>,
) -> CompiledFunc {
    let isa = match make_isa(triple) {
        Ok(isa) => isa,
        Err(msg) => return failed(symbol, 0, msg),
    };
    let call_conv = isa.default_call_conv();
    let x86 = isa.triple().architecture == target_lexicon::Architecture::X86_64;
    match guard(|| lower(call_conv, x86)) {
        Ok(Ok(l)) if l.func.dfg.num_insts() > LARGE_FUNCTION_INSTS => {
            match make_isa_at(triple, "none") {
                Ok(plain) => finish(symbol, l, &plain),
                Err(msg) => failed(symbol, 0, msg),
            }
        }
        Ok(Ok(l)) => finish(symbol, l, &isa),
        Ok(Err(errors)) => CompiledFunc {
            symbol,
            errors,
            ..Default::default()
        },
        Err(msg) => failed(symbol, 0, msg),
    }
}

/// A function's Cranelift IR before optimisation: its text, line by line, and each
/// instruction with its source location (for `// clif:` checks and the source lines of
/// `golift clif`). Made only when asked for (`golift clif`, asmcheck files), never as part
/// of compiling.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ClifListing {
    /// The lines of the text; an instruction's line carries its index in `insts`.
    pub lines: Vec<(Option<usize>, String)>,
    pub insts: Vec<(Option<u32>, String)>,
}

/// Starts each instruction's line in the text [`clif_lines`] has written; never part of
/// Cranelift's own text.
const INST_MARK: char = '\u{0}';

/// Cranelift's text of a function with [`INST_MARK`] before every instruction.
struct MarkingWriter;

impl cranelift_codegen::write::FuncWriter for MarkingWriter {
    fn write_block_header(
        &mut self,
        w: &mut dyn std::fmt::Write,
        func: &ir::Function,
        block: ir::Block,
        indent: usize,
    ) -> std::fmt::Result {
        cranelift_codegen::write::PlainWriter.write_block_header(w, func, block, indent)
    }

    fn write_instruction(
        &mut self,
        w: &mut dyn std::fmt::Write,
        func: &ir::Function,
        aliases: &cranelift_codegen::entity::SecondaryMap<ir::Value, Vec<ir::Value>>,
        inst: ir::Inst,
        indent: usize,
    ) -> std::fmt::Result {
        w.write_char(INST_MARK)?;
        cranelift_codegen::write::PlainWriter.write_instruction(w, func, aliases, inst, indent)
    }
}

/// The lines of `func`'s text, instruction lines numbered in layout order (the order of
/// [`clif_insts`]).
fn clif_lines(func: &ir::Function) -> Vec<(Option<usize>, String)> {
    let mut text = String::new();
    if cranelift_codegen::write::decorate_function(&mut MarkingWriter, &mut text, func).is_err() {
        // Writing into a String fails only if a Display of Cranelift's fails.
        return vec![(
            None,
            format!(
                "; internal compiler error: Cranelift could not print {}",
                func.name
            ),
        )];
    }
    let mut next = 0;
    text.lines()
        .map(|line| match line.strip_prefix(INST_MARK) {
            Some(rest) => {
                next += 1;
                (Some(next - 1), rest.to_string())
            }
            None => (None, line.to_string()),
        })
        .collect()
}

/// Lowers a function as [`lower_and_compile`] does and prints its IR instead of
/// compiling it (empty when lowering fails: compiling reports why).
pub(crate) fn lower_to_clif(
    triple: &str,
    lower: impl FnOnce(CallConv, bool) -> Result<Lowered, Vec<(u32, String)>>,
) -> ClifListing {
    let Ok(isa) = make_isa(triple) else {
        return ClifListing::default();
    };
    let call_conv = isa.default_call_conv();
    let x86 = isa.triple().architecture == target_lexicon::Architecture::X86_64;
    match guard(|| lower(call_conv, x86)) {
        Ok(Ok(l)) => ClifListing {
            lines: clif_lines(&l.func),
            insts: clif_insts(&l.func),
        },
        _ => ClifListing::default(),
    }
}

/// The IR of one Go function for `target`.
#[salsa::tracked(returns(ref))]
pub fn clif_func<'db>(db: &'db dyn Db, func: Func<'db>, target: Target<'db>) -> ClifListing {
    lower_to_clif(target.triple(db), |call_conv, x86| {
        crate::func::lower_func(db, func, call_conv, x86)
    })
}

fn failed(symbol: String, at: u32, msg: String) -> CompiledFunc {
    CompiledFunc {
        symbol,
        errors: vec![(at, msg)],
        ..Default::default()
    }
}

/// Runs `f`, turning a panic (a bug in codegen or Cranelift) into an error message.
fn guard<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("internal compiler error: {msg}")
    })
}

/// Compiles lowered IR to machine code.
fn finish(symbol: String, lowered: Lowered, isa: &OwnedTargetIsa) -> CompiledFunc {
    let Lowered { func, out } = lowered;
    let names = out.names.clone();
    let strings: Vec<(String, Vec<u8>)> = out.strings.into_iter().collect();
    let type_descs: Vec<Ty> = out.type_descs.into_values().collect();
    let itabs: Vec<(Ty, Ty)> = out.itabs.into_values().collect();
    let func_values: Vec<String> = out.func_values.into_iter().collect();
    let mut ctx = Context::for_function(func);
    let compiled = guard(|| {
        let mut ctrl = Default::default();
        ctx.compile(isa.as_ref(), &mut ctrl)
            .map(|c| {
                (
                    c.code_buffer().to_vec(),
                    c.buffer.relocs().to_vec(),
                    c.buffer
                        .get_srclocs_sorted()
                        .iter()
                        .filter(|s| !s.loc.is_default())
                        .map(|s| (s.start, s.end, s.loc.bits()))
                        .collect::<Vec<_>>(),
                )
            })
            .map_err(|e| format!("internal compiler error: {:?}", e.inner))
    });
    let (code, relocs, srclocs) = match compiled {
        Ok(Ok(x)) => x,
        Ok(Err(msg)) | Err(msg) => return failed(symbol, 0, msg),
    };
    let mut out_relocs = Vec::new();
    for r in relocs {
        let (sym, is_data) = match &r.target {
            FinalizedRelocTarget::ExternalName(ExternalName::TestCase(t)) => {
                let name = String::from_utf8_lossy(t.raw()).into_owned();
                let is_data = names.iter().any(|(ns, n)| *ns == 1 && *n == name);
                (name, is_data)
            }
            FinalizedRelocTarget::ExternalName(ExternalName::LibCall(lc)) => {
                (libcall_name(*lc).to_string(), false)
            }
            _ => continue,
        };
        out_relocs.push(FuncReloc {
            offset: r.offset,
            kind: r.kind,
            symbol: sym,
            is_data,
            addend: r.addend,
        });
    }
    CompiledFunc {
        symbol,
        code,
        alignment: u64::from(isa.function_alignment().minimum.max(16)),
        relocs: out_relocs,
        srclocs,
        strings,
        type_descs,
        itabs,
        func_values,
        errors: Vec::new(),
    }
}

/// The C symbol of a Cranelift libcall.
pub(crate) fn libcall_name(lc: ir::LibCall) -> &'static str {
    use ir::LibCall::*;
    match lc {
        Memcpy => "memcpy",
        Memset => "memset",
        Memmove => "memmove",
        Memcmp => "memcmp",
        CeilF32 => "ceilf",
        CeilF64 => "ceil",
        FloorF32 => "floorf",
        FloorF64 => "floor",
        TruncF32 => "truncf",
        TruncF64 => "trunc",
        NearestF32 => "nearbyintf",
        NearestF64 => "nearbyint",
        FmaF32 => "fmaf",
        FmaF64 => "fma",
        _ => "golift_unknown_libcall",
    }
}

/// Every instruction of `func` as text, with its source location.
fn clif_insts(func: &ir::Function) -> Vec<(Option<u32>, String)> {
    let mut out = Vec::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            let loc = func.srcloc(inst);
            let loc = (!loc.is_default()).then(|| loc.bits());
            let mut text = func.dfg.display_inst(inst).to_string();
            // Name direct callees: `call fn0(v1)` reads `call %runtime.newobject(v1)`.
            if let ir::InstructionData::Call { func_ref, .. } = func.dfg.insts[inst] {
                let name = func.dfg.ext_funcs[func_ref].name.display(None).to_string();
                text = text.replacen(&format!("{func_ref}("), &format!("{name}("), 1);
            }
            out.push((loc, text));
        }
    }
    out
}

/// Shared for tests: the interned target of a triple.
pub fn target<'db>(db: &'db dyn Db, triple: &Triple) -> Target<'db> {
    Target::new(db, triple.to_string())
}
