//! Disassembly with capstone (x86-64 in Intel syntax, aarch64), relocation targets
//! named (`call runtime.newobject`, `bl runtime.newobject`, `lea rax, [rip + go:string.…]`)
//! and instructions attributed to the Go source line they came from.

use capstone::prelude::*;
use golift_hir::{Db, Package, SourceFile};
use target_lexicon::{Architecture, Triple};

use crate::FuncOut;

/// One instruction with its source line.
pub(crate) struct AsmInst {
    pub offset: u32,
    /// Mnemonic and operands, relocation targets named.
    pub text: String,
    /// The file and 1-based line, when known.
    pub line: Option<(SourceFile, u32)>,
}

/// The listing of one function.
pub(crate) struct Listing {
    pub symbol: String,
    pub file: Option<SourceFile>,
    pub insts: Vec<AsmInst>,
    /// Path and line text lookups, resolved for rendering.
    pub paths: Vec<(SourceFile, String, String)>,
}

fn capstone_for(triple: &Triple) -> Option<Capstone> {
    match triple.architecture {
        Architecture::X86_64 => Capstone::new()
            .x86()
            .mode(arch::x86::ArchMode::Mode64)
            .syntax(arch::x86::ArchSyntax::Intel)
            .build()
            .ok(),
        Architecture::Aarch64(_) => Capstone::new()
            .arm64()
            .mode(arch::arm64::ArchMode::Arm)
            .build()
            .ok(),
        _ => None,
    }
}

/// Maps a source location of `o` to a file and absolute offset.
pub(crate) fn resolve_loc(
    db: &dyn Db,
    package: Package,
    o: &FuncOut<'_>,
    loc: u32,
) -> Option<(SourceFile, u32)> {
    match o.func {
        Some(f) => {
            let (file, base) = (*golift_hir::decl_offset(db, f))?;
            Some((file, base.saturating_add(loc)))
        }
        None => {
            let (file, off) = crate::init_loc(db, package, loc);
            Some((file?, off))
        }
    }
}

/// Disassembles one compiled function.
pub(crate) fn listing(db: &dyn Db, package: Package, triple: &Triple, o: &FuncOut<'_>) -> Listing {
    let c = o.compiled;
    let func_loc = o.func.and_then(|f| *golift_hir::decl_offset(db, f));
    let to_line = |file: SourceFile, off: u32| {
        let (line, _) = golift_hir::line_index(db, file).line_col(off);
        (file, line)
    };
    let mut insts = Vec::new();
    if let Some(cs) = capstone_for(triple) {
        if let Ok(decoded) = cs.disasm_all(&c.code, 0) {
            for i in decoded.iter() {
                let off = i.address() as u32;
                let len = i.bytes().len() as u32;
                let mnemonic = i.mnemonic().unwrap_or("?");
                let mut ops = i.op_str().unwrap_or("").to_string();
                if let Some(r) = c
                    .relocs
                    .iter()
                    .find(|r| r.offset >= off && r.offset < off + len)
                {
                    ops = name_reloc(mnemonic, &ops, r);
                }
                let loc = c
                    .srclocs
                    .iter()
                    .find(|&&(s, e, _)| off >= s && off < e)
                    .map(|&(_, _, l)| l);
                let line =
                    loc.and_then(|l| resolve_loc(db, package, o, l).map(|(f, a)| to_line(f, a)));
                let text = if ops.is_empty() {
                    mnemonic.to_string()
                } else {
                    format!("{mnemonic} {ops}")
                };
                insts.push(AsmInst {
                    offset: off,
                    text,
                    line,
                });
            }
        }
    }
    attribute_unlocated(&mut insts, func_loc.map(|(f, a)| to_line(f, a)));
    let mut paths = Vec::new();
    for f in package.files(db) {
        paths.push((*f, f.path(db).clone(), f.text(db).clone()));
    }
    Listing {
        symbol: c.symbol.clone(),
        file: func_loc.map(|(f, _)| f),
        insts,
        paths,
    }
}

/// Gives instructions without a source location (prologue, register moves, spills) a
/// line: the function's line before the first located instruction (the prologue, as gc
/// prints it), otherwise the line of the next located instruction (moves set up what
/// follows), or of the previous one at the end (the epilogue).
fn attribute_unlocated(insts: &mut [AsmInst], func_line: Option<(SourceFile, u32)>) {
    let mut next: Option<(SourceFile, u32)> = None;
    let mut next_of = vec![None; insts.len()];
    for (i, inst) in insts.iter().enumerate().rev() {
        if inst.line.is_some() {
            next = inst.line;
        }
        next_of[i] = next;
    }
    let mut prev: Option<(SourceFile, u32)> = None;
    for (i, inst) in insts.iter_mut().enumerate() {
        match inst.line {
            Some(l) => prev = Some(l),
            None => {
                inst.line = match prev {
                    None => func_line.or(next_of[i]),
                    Some(p) => next_of[i].or(Some(p)),
                };
            }
        }
    }
}

/// Operands with the relocation's symbol written where the linker will put it.
fn name_reloc(mnemonic: &str, ops: &str, r: &crate::FuncReloc) -> String {
    use cranelift_codegen::binemit::Reloc;
    let sym = &r.symbol;
    let first_operand = || ops.split(',').next().unwrap_or("").trim().to_string();
    match r.kind {
        _ if matches!(mnemonic, "call" | "bl" | "jmp" | "b") => sym.clone(),
        Reloc::X86PCRel4 | Reloc::X86GOTPCRel4 => {
            let suffix = if r.kind == Reloc::X86GOTPCRel4 {
                "@GOTPCREL"
            } else {
                ""
            };
            match (ops.find("[rip"), ops.find(']')) {
                (Some(a), Some(b)) if a < b => {
                    format!("{}[rip + {sym}{suffix}]{}", &ops[..a], &ops[b + 1..])
                }
                _ => format!("{ops} <{sym}{suffix}>"),
            }
        }
        Reloc::Aarch64AdrGotPage21 => format!("{}, :got:{sym}", first_operand()),
        Reloc::Aarch64AdrPrelPgHi21 => format!("{}, {sym}", first_operand()),
        Reloc::Aarch64Ld64GotLo12Nc => match ops.find('[') {
            Some(a) => {
                let base = ops[a + 1..].split([',', ']']).next().unwrap_or("").trim();
                format!("{}[{base}, :got_lo12:{sym}]", &ops[..a])
            }
            None => format!("{ops} <{sym}>"),
        },
        Reloc::Aarch64AddAbsLo12Nc => {
            let mut parts: Vec<&str> = ops.split(',').map(str::trim).collect();
            parts.truncate(2);
            format!("{}, :lo12:{sym}", parts.join(", "))
        }
        _ => format!("{ops} <{sym}>"),
    }
}

/// The text of line `line` (1-based) of `text`, trimmed.
pub(crate) fn line_text(text: &str, line: u32) -> &str {
    text.lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("")
        .trim()
}

/// Renders a listing in the `golift asm` format.
pub(crate) fn render(l: &Listing) -> String {
    let path_of = |f: SourceFile| {
        l.paths
            .iter()
            .find(|(pf, _, _)| *pf == f)
            .map(|(_, p, t)| (p.as_str(), t.as_str()))
    };
    let mut s = String::new();
    let header_path = l
        .file
        .or_else(|| l.insts.iter().find_map(|i| i.line.map(|(f, _)| f)))
        .and_then(path_of)
        .map(|(p, _)| p)
        .unwrap_or("?");
    s.push_str(&format!("TEXT {}(SB) {}\n", l.symbol, header_path));
    let mut current: Option<Option<(SourceFile, u32)>> = None;
    for i in &l.insts {
        if current != Some(i.line) {
            current = Some(i.line);
            match i.line.and_then(|(f, n)| path_of(f).map(|(p, t)| (p, t, n))) {
                Some((p, t, n)) => s.push_str(&format!("{p}:{n}  {}\n", line_text(t, n))),
                None => s.push_str("<autogenerated>:1\n"),
            }
        }
        s.push_str(&format!("    0x{:04x} {}\n", i.offset, i.text));
    }
    s.push('\n');
    s
}
