//! Disassembly with capstone (x86-64 in Intel syntax, aarch64), relocation targets
//! named (`call runtime.newobject`, `bl runtime.newobject`, `lea rax, [rip + go:string.…]`)
//! and instructions attributed to the Go source line they came from.

use capstone::prelude::*;
use golift_hir::{Db, Package, SourceFile};
use target_lexicon::{Architecture, Triple};

use crate::source_lines::{
    attribute_unlocated, func_line, package_paths, source_header, source_line,
};
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

/// Disassembles one compiled function.
pub(crate) fn listing(db: &dyn Db, package: Package, triple: &Triple, o: &FuncOut<'_>) -> Listing {
    let c = o.compiled;
    let func_at = func_line(db, o);
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
                let line = loc.and_then(|l| source_line(db, package, o, l));
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
    let mut lines: Vec<_> = insts.iter().map(|i| i.line).collect();
    attribute_unlocated(&mut lines, func_at);
    for (inst, line) in insts.iter_mut().zip(lines) {
        inst.line = line;
    }
    Listing {
        symbol: c.symbol.clone(),
        file: func_at.map(|(f, _)| f),
        insts,
        paths: package_paths(db, package),
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
            s.push_str(&source_header(&l.paths, i.line));
            s.push('\n');
        }
        s.push_str(&format!("    0x{:04x} {}\n", i.offset, i.text));
    }
    s.push('\n');
    s
}
