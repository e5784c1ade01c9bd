//! Calls: Go functions of the package (the ABI of [`crate::abi`]), builtins (`len`,
//! `append`, `copy`, `print`...), `fmt.Println` and `os.Exit`, and `make` of slices.
//! Arguments come from the body as they are passed: converted to their parameter types,
//! the variadic tail already packed into a slice (see [`crate::expr`]), `f(g())`'s
//! results in temporaries assigned by the call's `pre` statements.

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder};
use golift_escape::Placement;
use golift_hir::body::{AllocSiteId, Callee, ExprId, ExprKind};
use golift_hir::{layout_of, underlying, Builtin, Ty, TyKind};

use crate::abi::{float_type, fn_abi, int_info, is_string, Repr, PTR};
use crate::func::FnCx;
use crate::place::CValue;

impl FnCx<'_> {
    /// Lowers call expression `e`; returns one value per result.
    pub(crate) fn lower_call(&mut self, e: ExprId) -> Vec<CValue> {
        let at = self.body.exprs[e].pos;
        let ExprKind::Call {
            callee,
            args,
            pre,
            spread,
        } = self.body.exprs[e].kind.clone()
        else {
            return Vec::new();
        };
        for s in pre {
            self.lower_stmt(s);
        }
        let loc = self.src_loc(e);
        self.set_loc(loc);
        match callee {
            Callee::Static(f) => self.call_go_func(loc, f.func(self.db), &args),
            Callee::Builtin(b) => self.call_builtin(e, b, &args, spread),
            Callee::External { package, name } => match (package.as_str(), name.as_str()) {
                (
                    "fmt",
                    "Println" | "Print" | "Printf" | "Sprint" | "Sprintln" | "Sprintf" | "Errorf",
                ) => self.call_fmt(e, loc, &name, &args, Vec::new()),
                ("fmt", "Fprint" | "Fprintln" | "Fprintf") => {
                    self.call_fprint(e, loc, &name, &args)
                }
                ("os", "Exit") => {
                    if let Some(&a) = args.first() {
                        let (v, _) = self.index_value(a);
                        self.set_loc(loc);
                        self.call_rt("os.Exit", &[v]);
                    }
                    Vec::new()
                }
                _ => match golift_hir::stdlib::func_type(&package, &name) {
                    Some(fty) => self.call_stdlib(loc, &package, &name, &fty, &args),
                    None => {
                        self.unsupported(at, &format!("{package}.{name}"));
                        Vec::new()
                    }
                },
            },
            Callee::Indirect(f) => self.call_func_value(loc, f, &args),
            Callee::Interface { recv, index } => self.call_iface(loc, recv, index, &args),
        }
    }

    fn call_go_func(
        &mut self,
        at: u32,
        callee: golift_hir::Func<'_>,
        args: &[ExprId],
    ) -> Vec<CValue> {
        let sig = golift_hir::signature(self.db, callee).clone();
        let params: Vec<Ty> = sig.param_tys();
        let results: Vec<Ty> = sig.results.iter().map(|(_, t)| t.clone()).collect();
        let symbol = golift_hir::symbols::func_symbol(self.db, golift_hir::FuncId::new(callee));
        self.call_go_abi(at, &symbol, &params, &results, args)
    }

    /// A call of `symbol`, a function with Go parameter and result types `params` and
    /// `results`, in golift's Go calling convention (Go functions, and the runtime's
    /// implementations of standard-library functions).
    fn call_go_abi(
        &mut self,
        at: u32,
        symbol: &str,
        params: &[Ty],
        results: &[Ty],
        args: &[ExprId],
    ) -> Vec<CValue> {
        let vals: Vec<CValue> = args.iter().map(|&a| self.expr(a)).collect();
        self.call_values(at, CallTarget::Symbol(symbol), params, results, vals)
    }

    /// A call of `target` with the evaluated arguments `vals`, in golift's Go calling
    /// convention for parameter and result types `params` and `results`.
    pub(crate) fn call_values(
        &mut self,
        at: u32,
        target: CallTarget<'_>,
        params: &[Ty],
        results: &[Ty],
        vals: Vec<CValue>,
    ) -> Vec<CValue> {
        let abi = fn_abi(self.db, params, results, self.call_conv);
        self.set_loc(at);
        let mut cargs = Vec::new();
        let mut out_ptrs = Vec::new();
        for (r, ty) in abi.results.iter().zip(results) {
            if let Repr::Mem = r {
                let p = self.temp(ty);
                out_ptrs.push(Some(p));
                cargs.push(p);
            } else {
                out_ptrs.push(None);
            }
        }
        for ((r, ty), v) in abi.params.iter().zip(params).zip(vals) {
            let v = v.expect(self, ty);
            match r {
                Repr::Mem => {
                    // The callee owns its copy.
                    let addr = v.stabilize(self).addr(self);
                    cargs.push(addr);
                }
                Repr::Flat(_) => {
                    let vals = v.flat_values(self);
                    cargs.extend(vals);
                }
            }
        }
        let call = match target {
            CallTarget::Symbol(symbol) => {
                let f = self.func_ref(symbol, abi.sig.clone());
                self.b.ins().call(f, &cargs)
            }
            CallTarget::Pointer(fptr) => {
                let sig = self.b.import_signature(abi.sig.clone());
                self.b.ins().call_indirect(sig, fptr, &cargs)
            }
            CallTarget::Closure { code, ctx } => {
                let mut sig = abi.sig.clone();
                sig.params
                    .push(cranelift_codegen::ir::AbiParam::new(crate::abi::PTR));
                cargs.push(ctx);
                let sig = self.b.import_signature(sig);
                self.b.ins().call_indirect(sig, code, &cargs)
            }
        };
        let rets = self.b.inst_results(call).to_vec();
        let mut it = rets.into_iter();
        let mut out = Vec::new();
        for ((r, p), ty) in abi.results.iter().zip(out_ptrs).zip(results) {
            match (r, p) {
                (Repr::Flat(parts), _) => {
                    let vals = it.by_ref().take(parts.len()).collect();
                    out.push(self.by_val(ty, vals))
                }
                (Repr::Mem, Some(p)) => out.push(self.by_ref(ty, p)),
                (Repr::Mem, None) => {}
            }
        }
        out
    }

    /// A call of a standard-library function the runtime implements under gc's symbol
    /// name (`math.Sqrt`), with its Go type `fty`.
    fn call_stdlib(
        &mut self,
        at: u32,
        package: &str,
        name: &str,
        fty: &Ty,
        args: &[ExprId],
    ) -> Vec<CValue> {
        let TyKind::Func {
            params, results, ..
        } = fty.kind()
        else {
            self.internal_error(format!("{package}.{name} is not a function"));
            return Vec::new();
        };
        if package == "math" {
            if let Some(v) = self.math_intrinsic(name, args) {
                return v;
            }
        }
        let (params, results) = (params.clone(), results.clone());
        self.call_go_abi(at, &format!("{package}.{name}"), &params, &results, args)
    }

    /// `fmt.Print*`, `fmt.Sprint*`, `fmt.Errorf` and (with the file's pointer in `words`)
    /// `fmt.Fprint*`: the body passes the format string (`...f`) and
    /// the `[]any` (a slice literal placed per escape analysis, or the spread slice);
    /// the runtime takes the string's and the slice array's words and the length. The
    /// printers return the byte count (their `error` is always nil: writes to stdout
    /// are not checked, as gc's never fail the call); the `Sprint`s write their string
    /// and `Errorf` its error through an out-pointer.
    fn call_fmt(
        &mut self,
        e: ExprId,
        at: u32,
        name: &str,
        args: &[ExprId],
        mut words: Vec<cranelift_codegen::ir::Value>,
    ) -> Vec<CValue> {
        if name.ends_with('f') {
            let Some(&f) = args.get(words.len()) else {
                return Vec::new();
            };
            let w = self.expr(f).words(self);
            words.extend([w[0], w[1]]);
        }
        let Some(&a) = args.last() else {
            return Vec::new();
        };
        let vals = self.expr(a).words(self);
        words.extend([vals[0], vals[1]]);
        self.set_loc(at);
        let sym = format!("fmt.{name}");
        let ty = self.ty_of(e);
        if name.starts_with('S') || name == "Errorf" {
            let out = self.raw_temp(16);
            words.insert(0, out);
            self.call_rt(&sym, &words);
            let p = self.b.ins().load(PTR, Self::flags(), out, 0);
            let n = self.b.ins().load(types::I64, Self::flags(), out, 8);
            return vec![self.by_val(&ty, vec![p, n])];
        }
        let n = self.call_rt(&sym, &words)[0];
        match ty.kind() {
            TyKind::Tuple(ts) if ts.len() == 2 => {
                let count = self.by_scalar(&ts[0], n);
                let err = self.zero_value(&ts[1]);
                vec![count, err]
            }
            _ => vec![self.fail(at, "this fmt call", &ty)],
        }
    }

    /// `fmt.Fprint*(w, ...)`: `w` must be an `*os.File` converted to `io.Writer`
    /// (`os.Stdout`, `os.Stderr`), whose pointer the runtime takes first; other
    /// writers (whose `Write` the runtime would call) are not supported yet.
    fn call_fprint(&mut self, e: ExprId, at: u32, name: &str, args: &[ExprId]) -> Vec<CValue> {
        let file = args.first().and_then(|&w| match self.body.exprs[w].kind {
            ExprKind::ConvIface { x, .. } => {
                let is_file = matches!(self.ty_of(x).kind(), TyKind::Pointer(p)
                    if matches!(p.kind(), TyKind::Named(n) if n.name == golift_hir::stdlib::types::FILE));
                is_file.then_some(x)
            }
            _ => None,
        });
        let Some(file) = file else {
            let w = args.first().map_or(at, |&w| self.body.exprs[w].pos);
            self.unsupported(
                w,
                &format!("fmt.{name} to an io.Writer other than an *os.File"),
            );
            let ty = self.ty_of(e);
            return match ty.kind() {
                TyKind::Tuple(ts) => ts.iter().map(|t| self.zero_value(t)).collect(),
                _ => Vec::new(),
            };
        };
        let p = self.pointer_value(file);
        self.call_fmt(e, at, name, args, vec![p])
    }

    fn call_builtin(
        &mut self,
        e: ExprId,
        b: Builtin,
        args: &[ExprId],
        spread: bool,
    ) -> Vec<CValue> {
        let at = self.body.exprs[e].pos;
        let ty = self.ty_of(e);
        let arg = |i: usize| args.get(i).copied();
        match b {
            Builtin::UnsafeAdd | Builtin::UnsafeSlice => {
                let (Some(p), Some(n)) = (arg(0), arg(1)) else {
                    return vec![self.fail(at, "this call of an unsafe built-in", &ty)];
                };
                vec![if b == Builtin::UnsafeAdd {
                    self.unsafe_add(p, n, &ty)
                } else {
                    self.unsafe_slice(p, n, &ty)
                }]
            }
            Builtin::Len | Builtin::Cap => {
                let Some(a) = arg(0) else { return Vec::new() };
                let aty = self.ty_of(a);
                let under = underlying(self.db, &aty);
                let v = match under.kind() {
                    TyKind::Slice(_) => {
                        let vals = self.expr(a).words(self);
                        if b == Builtin::Len {
                            vals[1]
                        } else {
                            vals[2]
                        }
                    }
                    TyKind::Basic(_) if is_string(self.db, &aty) => self.expr(a).words(self)[1],
                    TyKind::Array(n, _) => self.b.ins().iconst(types::I64, *n as i64),
                    TyKind::Map(..) if b == Builtin::Len => {
                        let m = self.pointer_value(a);
                        self.map_len(m)
                    }
                    TyKind::Pointer(p) => match underlying(self.db, p).kind() {
                        TyKind::Array(n, _) => self.b.ins().iconst(types::I64, *n as i64),
                        _ => return vec![self.fail(at, "len of this type", &ty)],
                    },
                    TyKind::Chan(..) => {
                        let what = format!(
                            "{} of channels",
                            if b == Builtin::Len { "len" } else { "cap" }
                        );
                        return vec![self.fail(at, &what, &ty)];
                    }
                    _ => return vec![self.fail(at, "len of this type", &ty)],
                };
                vec![self.by_scalar(&ty, v)]
            }
            Builtin::Append => vec![self.lower_append(at, args, spread, &ty)],
            Builtin::Copy => {
                let (Some(d), Some(s)) = (arg(0), arg(1)) else {
                    return Vec::new();
                };
                let dty = self.ty_of(d);
                let dv = self.expr(d).words(self);
                let sv = self.expr(s).words(self);
                let esize = match underlying(self.db, &dty).kind() {
                    TyKind::Slice(el) => layout_of(self.db, el).size,
                    _ => 1,
                };
                self.set_loc(self.src_loc(e));
                let less = self.b.ins().icmp(IntCC::SignedLessThan, dv[1], sv[1]);
                let n = self.b.ins().select(less, dv[1], sv[1]);
                let bytes = self.b.ins().imul_imm_s(n, esize as i64);
                self.call_rt("memmove", &[dv[0], sv[0], bytes]);
                vec![self.by_scalar(&ty, n)]
            }
            Builtin::Panic => {
                let Some(a) = arg(0) else { return Vec::new() };
                let v = self.expr(a);
                let vty = v.ty().clone();
                let is_iface = matches!(underlying(self.db, &vty).kind(), TyKind::Interface(_));
                let vals = v.words(self);
                self.set_loc(self.src_loc(e));
                if is_iface {
                    // A non-empty interface's first word is its itab: gopanic takes the
                    // `interface{}` words.
                    let typ = self.iface_type_word(&vty, vals[0]);
                    self.call_rt("runtime.gopanic", &[typ, vals[1]]);
                } else {
                    self.unsupported(at, "panic with this value");
                }
                Vec::new()
            }
            Builtin::Complex => {
                let (Some(r), Some(i)) = (arg(0), arg(1)) else {
                    return Vec::new();
                };
                let rv = self.expr(r);
                let iv = self.expr(i);
                vec![self.complex_make(&ty, rv, iv)]
            }
            Builtin::Real | Builtin::Imag => {
                let Some(a) = arg(0) else { return Vec::new() };
                let v = self.expr(a);
                vec![self.complex_part(&ty, v, b == Builtin::Imag)]
            }
            Builtin::Close => {
                self.unsupported(at, "closing channels");
                Vec::new()
            }
            Builtin::Print | Builtin::Println => {
                let mut vals = Vec::new();
                for &a in args {
                    vals.push(self.expr(a));
                }
                self.set_loc(self.src_loc(e));
                self.call_rt("runtime.printlock", &[]);
                for (i, v) in vals.into_iter().enumerate() {
                    if b == Builtin::Println && i > 0 {
                        self.call_rt("runtime.printsp", &[]);
                    }
                    self.print_value(at, v);
                }
                if b == Builtin::Println {
                    self.call_rt("runtime.printnl", &[]);
                }
                self.call_rt("runtime.printunlock", &[]);
                Vec::new()
            }
            Builtin::Delete => {
                if let (Some(m), Some(k)) = (arg(0), arg(1)) {
                    self.set_loc(self.src_loc(e));
                    self.lower_map_delete(m, k);
                }
                Vec::new()
            }
            Builtin::Recover => {
                self.set_loc(self.src_loc(e));
                vec![self.recover_call(&ty)]
            }
            _ => {
                self.unsupported(at, &format!("the builtin {b:?}").to_lowercase());
                Vec::new()
            }
        }
    }

    fn print_value(&mut self, at: u32, v: CValue) {
        let ty = &v.ty().clone();
        let under = underlying(self.db, ty);
        if crate::complex::complex_elem(self.db, ty).is_some() {
            self.print_complex(v);
            return;
        }
        let vals = v.words(self);
        if is_string(self.db, ty) {
            self.call_rt("runtime.printstring", &[vals[0], vals[1]]);
            return;
        }
        if let Some(ft) = float_type(self.db, ty) {
            let f = if ft == types::F32 {
                self.b.ins().fpromote(types::F64, vals[0])
            } else {
                vals[0]
            };
            self.call_rt("runtime.printfloat", &[f]);
            return;
        }
        if let Some((t, signed)) = int_info(self.db, ty) {
            let w = self.widen(vals[0], t, signed);
            let f = if signed {
                "runtime.printint"
            } else {
                "runtime.printuint"
            };
            self.call_rt(f, &[w]);
            return;
        }
        match under.kind() {
            TyKind::Basic(golift_hir::BasicKind::Bool | golift_hir::BasicKind::UntypedBool) => {
                self.call_rt("runtime.printbool", &[vals[0]]);
            }
            TyKind::Pointer(_)
            | TyKind::Map(..)
            | TyKind::Chan(..)
            | TyKind::Func { .. }
            | TyKind::Basic(golift_hir::BasicKind::UnsafePointer) => {
                self.call_rt("runtime.printpointer", &[vals[0]]);
            }
            // gc's printeface / printiface: `(type or itab word,data word)`.
            TyKind::Interface(_) => {
                let str_ty = Ty::basic(golift_hir::BasicKind::String);
                for (i, text) in [b"(", b",", b")"].iter().enumerate() {
                    let s = self.string_const(&str_ty, *text);
                    let sv = s.words(self);
                    self.call_rt("runtime.printstring", &[sv[0], sv[1]]);
                    if let Some(&w) = vals.get(i).filter(|_| i < 2) {
                        self.call_rt("runtime.printpointer", &[w]);
                    }
                }
            }
            TyKind::Basic(golift_hir::BasicKind::UntypedNil) => {
                let s = self.string_const(&Ty::basic(golift_hir::BasicKind::String), b"nil");
                let sv = s.words(self);
                self.call_rt("runtime.printstring", &[sv[0], sv[1]]);
            }
            TyKind::Slice(_) => {
                self.call_rt("runtime.printslice", &[vals[0], vals[1], vals[2]]);
            }
            _ => self.unsupported(at, "printing values of this type"),
        }
    }

    /// `make([]T, len[, cap])`: a stack array when escape analysis placed the site on
    /// the stack and the sizes are constant, `runtime.makeslice` otherwise.
    pub(crate) fn lower_make(
        &mut self,
        len_e: ExprId,
        cap_e: Option<ExprId>,
        site: AllocSiteId,
        ty: &Ty,
    ) -> CValue {
        let at = self.cur_loc;
        let elem = match underlying(self.db, ty).kind() {
            TyKind::Slice(el) => el.clone(),
            _ => return self.fail(at, "make of this type", ty),
        };
        let esize = layout_of(self.db, &elem).size;
        let const_len = self.const_int(len_e);
        let const_cap = match cap_e {
            Some(c) => self.const_int(c),
            None => const_len,
        };
        let (len, _) = self.index_value(len_e);
        let cap = match cap_e {
            Some(c) => self.index_value(c).0,
            None => len,
        };
        self.set_loc(at);
        if let (Placement::Stack, Some(cap_c), Some(len_c)) =
            (self.placement(site), const_cap, const_len)
        {
            if cap_c >= 0 && len_c >= 0 && len_c <= cap_c {
                let bytes = (cap_c as u64).saturating_mul(esize);
                let slot = self.new_slot(bytes, layout_of(self.db, &elem).align);
                let p = self.b.ins().stack_addr(PTR, slot, 0);
                self.zero_mem(p, bytes);
                return self.by_val(ty, vec![p, len, cap]);
            }
        }
        let es = self.b.ins().iconst(types::I64, esize as i64);
        let p = self.call_rt("runtime.makeslice", &[es, len, cap]);
        let p = match p.first() {
            Some(&p) => p,
            None => self.b.ins().iconst(PTR, 0),
        };
        self.by_val(ty, vec![p, len, cap])
    }

    fn lower_append(&mut self, at: u32, args: &[ExprId], ellipsis: bool, ty: &Ty) -> CValue {
        // The call's code location (its gc position, set by `lower_call`); `at` is where
        // diagnostics go.
        let loc = self.cur_loc;
        let elem = match underlying(self.db, ty).kind() {
            TyKind::Slice(el) => el.clone(),
            _ => return self.fail(at, "append to this type", ty),
        };
        let esize = layout_of(self.db, &elem).size;
        let Some(&s_e) = args.first() else {
            return self.fail(at, "append without arguments", ty);
        };
        let s = self.expr(s_e).words(self);
        // The appended values, or the slice/string being spread.
        let (extra_n, items, spread) = if ellipsis {
            let Some(&x) = args.get(1) else {
                return self.by_val(ty, s);
            };
            let xs = self.expr(x).words(self);
            (xs[1], Vec::new(), Some((xs[0], xs[1])))
        } else {
            let mut items = Vec::new();
            for &a in &args[1..] {
                let v = self.expr(a).expect(self, &elem).stabilize(self);
                items.push(v);
            }
            let n = self.b.ins().iconst(types::I64, items.len() as i64);
            (n, items, None)
        };
        self.set_loc(loc);
        let new_len = self.b.ins().iadd(s[1], extra_n);
        let grow = self.b.ins().icmp(IntCC::UnsignedGreaterThan, new_len, s[2]);
        let grow_b = self.b.create_block();
        let join = self.b.create_block();
        let jp = self.b.append_block_param(join, PTR);
        let jc = self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(grow_b);
        self.b
            .ins()
            .brif(grow, grow_b, &[], join, &[s[0].into(), s[2].into()]);
        self.b.seal_block(grow_b);
        self.b.switch_to_block(grow_b);
        let out = self.raw_temp(24);
        let es = self.b.ins().iconst(types::I64, esize as i64);
        self.call_rt("runtime.growslice", &[out, s[0], s[1], s[2], new_len, es]);
        let np = self.b.ins().load(PTR, Self::flags(), out, 0);
        let nc = self.b.ins().load(types::I64, Self::flags(), out, 16);
        self.b.ins().jump(join, &[np.into(), nc.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        let old_end = self.b.ins().imul_imm_s(s[1], esize as i64);
        let dst = self.b.ins().iadd(jp, old_end);
        match spread {
            Some((src, n)) => {
                let bytes = self.b.ins().imul_imm_s(n, esize as i64);
                self.call_rt("memmove", &[dst, src, bytes]);
            }
            None => {
                for (i, v) in items.into_iter().enumerate() {
                    let d = self.b.ins().iadd_imm_s(dst, (i as u64 * esize) as i64);
                    self.addr_place(&elem, d).write(self, v);
                }
            }
        }
        self.by_val(ty, vec![jp, new_len, jc])
    }
}

/// What a call calls: a function symbol, or a function pointer (an itab's method).
#[derive(Clone, Copy)]
pub(crate) enum CallTarget<'a> {
    Symbol(&'a str),
    Pointer(cranelift_codegen::ir::Value),
    /// Through a function value: its code, and the closure object passed last
    /// (see `closure.rs`).
    Closure {
        code: cranelift_codegen::ir::Value,
        ctx: cranelift_codegen::ir::Value,
    },
}
