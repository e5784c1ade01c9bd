//! Assembling one ELF object from compiled functions: code with relocations, string
//! literals (`go:string.…`, read-only), type descriptors (`type:…`) and package-level
//! variables (`main.x`, zero-initialised, writable), and the line table tracebacks read
//! (`go.linetab`, contents from `linetab.rs`, layout in docs/runtime-abi.md), and the
//! table of the package's `init` functions (`go.initfuncs`). Symbols of
//! the package come from `golift_hir::symbols`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_module::{
    DataDescription, DataId, FuncId, Linkage, Module, ModuleReloc, ModuleRelocTarget,
};
use cranelift_object::{ObjectBuilder, ObjectModule};
use golift_hir::symbols::{is_package_symbol, qualified};
use golift_hir::{Db, Package, Ty};

use crate::compile::CompiledFunc;
use crate::linetab::LineTable;
use crate::type_names::typedesc_symbol;
use crate::types::{desc_closure, FIELDDESC_SIZE, METHODDESC_SIZE, TYPEDESC_SIZE};

/// Builds the object file.
pub(crate) fn build_object(
    db: &dyn Db,
    package: Package,
    isa: OwnedTargetIsa,
    funcs: &[&CompiledFunc],
    globals: &BTreeMap<String, Ty>,
    lines: &LineTable,
    init_funcs: &[String],
) -> Result<Vec<u8>, String> {
    let builder = ObjectBuilder::new(isa, "main", cranelift_module::default_libcall_names())
        .map_err(|e| format!("object: {e}"))?;
    let mut module = ObjectModule::new(builder);
    let mut cx = ObjCx {
        db,
        module: &mut module,
        funcs: HashMap::new(),
        data: HashMap::new(),
        defined_funcs: BTreeSet::new(),
    };
    // Declare every function we define first, so that calls between them are local.
    for f in funcs {
        cx.func_id(&f.symbol, Linkage::Export)?;
        cx.defined_funcs.insert(f.symbol.clone());
    }
    for (name, ty) in globals {
        let lay = golift_hir::layout_of(db, ty);
        let (size, align) = (lay.size, lay.align);
        let id = cx.data_id(&qualified(db, package, name), Linkage::Export, true)?;
        let mut desc = DataDescription::new();
        desc.define_zeroinit(size.max(1) as usize);
        desc.set_align(align.max(1));
        cx.module
            .define_data(id, &desc)
            .map_err(|e| format!("object: {e}"))?;
    }
    let mut strings: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut types: BTreeMap<String, Ty> = BTreeMap::new();
    let mut itabs: BTreeMap<String, (Ty, Ty)> = BTreeMap::new();
    for f in funcs {
        for (name, bytes) in &f.strings {
            strings.insert(name.clone(), bytes.clone());
        }
        for t in &f.type_descs {
            types.insert(typedesc_symbol(db, t), t.clone());
        }
        for (iface, concrete) in &f.itabs {
            itabs.insert(
                crate::itab::itab_symbol(db, iface, concrete),
                (iface.clone(), concrete.clone()),
            );
            for t in [iface, concrete] {
                types.insert(typedesc_symbol(db, t), t.clone());
            }
        }
    }
    for (name, bytes) in &strings {
        let id = cx.data_id(name, Linkage::Local, false)?;
        let mut desc = DataDescription::new();
        desc.define(bytes.clone().into_boxed_slice());
        cx.module
            .define_data(id, &desc)
            .map_err(|e| format!("object: {e}"))?;
    }
    cx.define_type_descs(types)?;
    cx.define_itabs(&itabs)?;
    let func_values: BTreeSet<&String> = funcs.iter().flat_map(|f| &f.func_values).collect();
    for sym in func_values {
        // A declared function's closure object: only its code's address. Named like
        // a package symbol, so declared as its references declare it.
        let f = cx.func_ref(sym)?;
        let name = crate::closure::func_value_symbol(sym);
        let id = cx.data_id(&name, Linkage::Export, true)?;
        let mut desc = DataDescription::new();
        desc.set_align(8);
        desc.define(vec![0u8; 8].into_boxed_slice());
        let fr = cx.module.declare_func_in_data(f, &mut desc);
        desc.write_function_addr(0, fr);
        cx.module
            .define_data(id, &desc)
            .map_err(|e| format!("object: {e}"))?;
    }
    for f in funcs {
        let id = cx.func_id(&f.symbol, Linkage::Export)?;
        let mut relocs = Vec::new();
        for r in &f.relocs {
            let name = if r.is_data {
                let ours = is_package_symbol(db, package, &r.symbol);
                let linkage = if ours {
                    Linkage::Export
                } else {
                    Linkage::Local
                };
                let d = cx.data_id(&r.symbol, linkage, ours)?;
                ModuleRelocTarget::User {
                    namespace: 1,
                    index: d.as_u32(),
                }
            } else {
                let linkage = if cx.defined_funcs.contains(&r.symbol) {
                    Linkage::Export
                } else {
                    Linkage::Import
                };
                let fid = cx.func_id(&r.symbol, linkage)?;
                ModuleRelocTarget::User {
                    namespace: 0,
                    index: fid.as_u32(),
                }
            };
            relocs.push(ModuleReloc {
                offset: r.offset,
                kind: r.kind,
                name,
                addend: r.addend,
            });
        }
        cx.module
            .define_function_bytes(id, f.alignment, &f.code, &relocs)
            .map_err(|e| format!("object: {e}"))?;
    }
    cx.define_line_table(lines)?;
    cx.define_init_funcs(init_funcs)?;
    let product = module.finish();
    product.emit().map_err(|e| format!("object: {e}"))
}

/// The symbol of the line table the runtime reads (docs/runtime-abi.md).
const LINETAB_SYMBOL: &str = "go.linetab";
/// The symbol of the table of `init` functions the runtime calls (docs/runtime-abi.md).
const INITFUNCS_SYMBOL: &str = "go.initfuncs";
/// The layout version in the table's first word.
const LINETAB_VERSION: u64 = 1;
/// Bytes of one function entry of the line table.
const LINETAB_FUNC_SIZE: usize = 48;

/// What a pointer in a data object points at.
#[derive(Clone, Copy)]
enum Target {
    Data(DataId),
    Func(FuncId),
}

struct ObjCx<'a> {
    db: &'a dyn Db,
    module: &'a mut ObjectModule,
    funcs: HashMap<String, FuncId>,
    data: HashMap<String, DataId>,
    defined_funcs: BTreeSet<String>,
}

impl ObjCx<'_> {
    fn func_id(&mut self, name: &str, linkage: Linkage) -> Result<FuncId, String> {
        if let Some(&id) = self.funcs.get(name) {
            return Ok(id);
        }
        // Signatures do not matter for symbols whose bytes we provide.
        let sig = self.module.make_signature();
        let id = self
            .module
            .declare_function(name, linkage, &sig)
            .map_err(|e| format!("object: {e}"))?;
        self.funcs.insert(name.to_string(), id);
        Ok(id)
    }

    fn data_id(&mut self, name: &str, linkage: Linkage, writable: bool) -> Result<DataId, String> {
        if let Some(&id) = self.data.get(name) {
            return Ok(id);
        }
        let id = self
            .module
            .declare_data(name, linkage, writable, false)
            .map_err(|e| format!("object: {e}"))?;
        self.data.insert(name.to_string(), id);
        Ok(id)
    }

    /// Emits the descriptors of `types` and of every type they refer to, with their
    /// field and method tables.
    fn define_type_descs(&mut self, types: BTreeMap<String, Ty>) -> Result<(), String> {
        for (sym, d) in desc_closure(self.db, types.into_values()) {
            let mut bytes = vec![0u8; TYPEDESC_SIZE];
            bytes[0..8].copy_from_slice(&d.kind.to_le_bytes());
            bytes[8..16].copy_from_slice(&d.size.to_le_bytes());
            bytes[24..32].copy_from_slice(&d.len.to_le_bytes());
            bytes[48..56].copy_from_slice(&(d.name.len() as u64).to_le_bytes());
            bytes[64..72].copy_from_slice(&(d.methods.len() as u64).to_le_bytes());
            let mut ptrs = Vec::new();
            if let Some(elem) = &d.elem {
                let e = self.data_id(&typedesc_symbol(self.db, elem), Linkage::Local, false)?;
                ptrs.push((16, Target::Data(e), 0));
            }
            if !d.fields.is_empty() {
                let mut fbytes = vec![0u8; FIELDDESC_SIZE * d.fields.len()];
                let mut fptrs = Vec::new();
                for (i, (name, fty, off)) in d.fields.iter().enumerate() {
                    let base = i * FIELDDESC_SIZE;
                    fbytes[base + 8..base + 16].copy_from_slice(&(name.len() as u64).to_le_bytes());
                    fbytes[base + 24..base + 32].copy_from_slice(&off.to_le_bytes());
                    if !name.is_empty() {
                        let nid = self.string_data(name.as_bytes())?;
                        fptrs.push((base as u32, Target::Data(nid), 0));
                    }
                    let tid =
                        self.data_id(&typedesc_symbol(self.db, fty), Linkage::Local, false)?;
                    fptrs.push(((base + 16) as u32, Target::Data(tid), 0));
                }
                let fid = self.define_with_ptrs(
                    &format!("{sym}.fields"),
                    Linkage::Local,
                    8,
                    fbytes,
                    &fptrs,
                )?;
                ptrs.push((32, Target::Data(fid), 0));
            }
            if !d.methods.is_empty() {
                let mut mbytes = vec![0u8; METHODDESC_SIZE * d.methods.len()];
                let mut mptrs = Vec::new();
                for (i, m) in d.methods.iter().enumerate() {
                    let base = i * METHODDESC_SIZE;
                    mbytes[base + 8..base + 16]
                        .copy_from_slice(&(m.name.len() as u64).to_le_bytes());
                    let nid = self.string_data(m.name.as_bytes())?;
                    mptrs.push((base as u32, Target::Data(nid), 0));
                    let tid =
                        self.data_id(&typedesc_symbol(self.db, &m.sig), Linkage::Local, false)?;
                    mptrs.push(((base + 16) as u32, Target::Data(tid), 0));
                    if let Some(f) = &m.func {
                        let fid = self.func_ref(&f.symbol)?;
                        mptrs.push(((base + 24) as u32, Target::Func(fid), 0));
                    }
                }
                let mid = self.define_with_ptrs(
                    &format!("{sym}.methods"),
                    Linkage::Local,
                    8,
                    mbytes,
                    &mptrs,
                )?;
                ptrs.push((56, Target::Data(mid), 0));
            }
            if !d.name.is_empty() {
                let nid = self.string_data(d.name.as_bytes())?;
                ptrs.push((40, Target::Data(nid), 0));
            }
            self.define_with_ptrs(&sym, Linkage::Local, 8, bytes, &ptrs)?;
        }
        Ok(())
    }

    /// A function named from data: defined in this object or imported.
    fn func_ref(&mut self, symbol: &str) -> Result<FuncId, String> {
        let linkage = if self.defined_funcs.contains(symbol) {
            Linkage::Export
        } else {
            Linkage::Import
        };
        self.func_id(symbol, linkage)
    }

    /// Emits the itabs (docs/runtime-abi.md, "Itabs"): `inter`, `typ`, a zero `hash`,
    /// then the method slots in the interface's method order.
    fn define_itabs(&mut self, itabs: &BTreeMap<String, (Ty, Ty)>) -> Result<(), String> {
        for (sym, (iface, concrete)) in itabs {
            let entries = crate::itab::itab_entries(self.db, iface, concrete)?;
            let fun = crate::itab::ITAB_FUN_OFFSET as usize;
            let bytes = vec![0u8; fun + 8 * entries.len()];
            let inter = self.data_id(&typedesc_symbol(self.db, iface), Linkage::Local, false)?;
            let typ = self.data_id(&typedesc_symbol(self.db, concrete), Linkage::Local, false)?;
            let mut ptrs = vec![(0, Target::Data(inter), 0), (8, Target::Data(typ), 0)];
            for (i, e) in entries.iter().enumerate() {
                let f = self.func_ref(&e.symbol)?;
                ptrs.push(((fun + 8 * i) as u32, Target::Func(f), 0));
            }
            self.define_with_ptrs(sym, Linkage::Local, 8, bytes, &ptrs)?;
        }
        Ok(())
    }

    /// Defines read-only data `name` holding `bytes` with pointers at `ptrs` (offset in
    /// `bytes`, target object, addend).
    fn define_with_ptrs(
        &mut self,
        name: &str,
        linkage: Linkage,
        align: u64,
        bytes: Vec<u8>,
        ptrs: &[(u32, Target, i64)],
    ) -> Result<DataId, String> {
        let id = self.data_id(name, linkage, false)?;
        let mut desc = DataDescription::new();
        desc.set_align(align);
        desc.define(bytes.into_boxed_slice());
        for &(at, target, addend) in ptrs {
            match target {
                Target::Data(d) => {
                    let gv = self.module.declare_data_in_data(d, &mut desc);
                    desc.write_data_addr(at, gv, addend);
                }
                Target::Func(f) => {
                    let fr = self.module.declare_func_in_data(f, &mut desc);
                    desc.write_function_addr(at, fr);
                }
            }
        }
        self.module
            .define_data(id, &desc)
            .map_err(|e| format!("object: {e}"))?;
        Ok(id)
    }

    /// Lays out the line table (docs/runtime-abi.md, "Line table"): the header
    /// `go.linetab`, its function array, runs, file-name array and one string blob.
    fn define_line_table(&mut self, t: &LineTable) -> Result<(), String> {
        let mut strings = Vec::new();
        let mut add_str = |s: &str| {
            let at = strings.len() as i64;
            strings.extend_from_slice(s.as_bytes());
            (at, s.len() as u64)
        };
        let names: Vec<(i64, u64)> = t.funcs.iter().map(|f| add_str(&f.symbol)).collect();
        let files: Vec<(i64, u64)> = t.files.iter().map(|f| add_str(f)).collect();
        let strings_id = (!strings.is_empty())
            .then(|| self.define_with_ptrs("go.linetab.strings", Linkage::Local, 1, strings, &[]))
            .transpose()?;
        let str_ptrs = |base: u32, at: i64| {
            strings_id
                .map(|d| (base, Target::Data(d), at))
                .into_iter()
                .collect::<Vec<_>>()
        };

        let mut run_bytes = Vec::new();
        let mut run_starts = Vec::new();
        for f in &t.funcs {
            run_starts.push(run_bytes.len() as i64);
            for r in &f.runs {
                for v in [r.start, r.file, r.line] {
                    run_bytes.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
        let runs_id = (!run_bytes.is_empty())
            .then(|| self.define_with_ptrs("go.linetab.runs", Linkage::Local, 4, run_bytes, &[]))
            .transpose()?;

        let mut fbytes = vec![0u8; LINETAB_FUNC_SIZE * t.funcs.len()];
        let mut fptrs = Vec::new();
        for (i, f) in t.funcs.iter().enumerate() {
            let base = i * LINETAB_FUNC_SIZE;
            let fid = self.func_id(&f.symbol, Linkage::Export)?;
            fptrs.push((base as u32, Target::Func(fid), 0));
            fbytes[base + 8..base + 16].copy_from_slice(&f.size.to_le_bytes());
            fptrs.extend(str_ptrs(base as u32 + 16, names[i].0));
            fbytes[base + 24..base + 32].copy_from_slice(&names[i].1.to_le_bytes());
            if let (Some(r), false) = (runs_id, f.runs.is_empty()) {
                fptrs.push((base as u32 + 32, Target::Data(r), run_starts[i]));
            }
            fbytes[base + 40..base + 44].copy_from_slice(&(f.runs.len() as u32).to_le_bytes());
            let flags = u32::from(f.has_params) | (u32::from(f.wrapper) << 1);
            fbytes[base + 44..base + 48].copy_from_slice(&flags.to_le_bytes());
        }
        let funcs_id = (!fbytes.is_empty())
            .then(|| self.define_with_ptrs("go.linetab.funcs", Linkage::Local, 8, fbytes, &fptrs))
            .transpose()?;

        let mut file_bytes = vec![0u8; 16 * files.len()];
        let mut file_ptrs = Vec::new();
        for (i, &(at, len)) in files.iter().enumerate() {
            file_ptrs.extend(str_ptrs(16 * i as u32, at));
            file_bytes[16 * i + 8..16 * i + 16].copy_from_slice(&len.to_le_bytes());
        }
        let files_id = (!file_bytes.is_empty())
            .then(|| {
                self.define_with_ptrs(
                    "go.linetab.files",
                    Linkage::Local,
                    8,
                    file_bytes,
                    &file_ptrs,
                )
            })
            .transpose()?;

        let mut header = vec![0u8; 40];
        header[0..8].copy_from_slice(&LINETAB_VERSION.to_le_bytes());
        header[8..16].copy_from_slice(&(t.funcs.len() as u64).to_le_bytes());
        header[24..32].copy_from_slice(&(t.files.len() as u64).to_le_bytes());
        let mut hptrs = Vec::new();
        if let Some(f) = funcs_id {
            hptrs.push((16, Target::Data(f), 0));
        }
        if let Some(f) = files_id {
            hptrs.push((32, Target::Data(f), 0));
        }
        self.define_with_ptrs(LINETAB_SYMBOL, Linkage::Export, 8, header, &hptrs)?;
        Ok(())
    }

    /// `go.initfuncs` (docs/runtime-abi.md, "Entry and exit"): the count of the
    /// package's `init` functions, then a pointer to each, in the order the runtime
    /// calls them after `main.init`.
    fn define_init_funcs(&mut self, symbols: &[String]) -> Result<(), String> {
        let mut bytes = vec![0u8; 8 * (1 + symbols.len())];
        bytes[0..8].copy_from_slice(&(symbols.len() as u64).to_le_bytes());
        let mut ptrs = Vec::new();
        for (i, sym) in symbols.iter().enumerate() {
            let fid = self.func_id(sym, Linkage::Export)?;
            ptrs.push((8 * (i as u32 + 1), Target::Func(fid), 0));
        }
        self.define_with_ptrs(INITFUNCS_SYMBOL, Linkage::Export, 8, bytes, &ptrs)?;
        Ok(())
    }

    /// A read-only string object for type and field names (`go:name.…`).
    fn string_data(&mut self, bytes: &[u8]) -> Result<DataId, String> {
        let name = format!("go:name.{}", String::from_utf8_lossy(bytes));
        if let Some(&id) = self.data.get(&name) {
            return Ok(id);
        }
        let id = self.data_id(&name, Linkage::Local, false)?;
        let mut desc = DataDescription::new();
        desc.define(bytes.to_vec().into_boxed_slice());
        self.module
            .define_data(id, &desc)
            .map_err(|e| format!("object: {e}"))?;
        Ok(id)
    }
}
