//! Lowering body expressions: locals, globals, constants, operators, field paths,
//! indexing, slicing, literals and allocations (placed as escape analysis decided for
//! their site). Calls and builtins are in [`crate::calls`], arithmetic in
//! [`crate::ops`], conversions and interface boxing in [`crate::convert`]. Nothing here
//! looks at syntax or at the type checker's tables: every operation is a body node.

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};
use golift_escape::Placement;
use golift_hir::body::{AllocKind, AllocSiteId, BinOp as BinaryOp, ExprId, ExprKind, UnOp};
use golift_hir::{layout_of, underlying, ConstValue, Ty, TyKind};

use crate::abi::{float_type, int_info, repr, Repr, PTR};
use crate::func::FnCx;
use crate::place::{CPlace, CValue};

impl FnCx<'_> {
    /// The value of body expression `e` (tagged with its position).
    pub(crate) fn expr(&mut self, e: ExprId) -> CValue {
        let saved = self.cur_loc;
        self.set_loc(self.src_loc(e));
        let v = self.expr_inner(e);
        // The value has the expression's type (a call's tuple type excepted: its first
        // result stands for it).
        let ty = self.ty_of(e);
        let v = match ty.kind() {
            TyKind::Tuple(_) => v,
            _ => v.expect(self, &ty),
        };
        self.set_loc(saved);
        v
    }

    /// The value of `e` as a condition (`i8`, 0 or 1).
    pub(crate) fn cond(&mut self, e: ExprId) -> Value {
        match self.expr(e).scalar() {
            Some(v) => v,
            None => self.b.ins().iconst(types::I8, 0),
        }
    }

    /// All values of `e`: the results of a call, or the one value of anything else.
    pub(crate) fn expr_multi(&mut self, e: ExprId) -> Vec<CValue> {
        if let ExprKind::Call { .. } = self.body.exprs[e].kind {
            let saved = self.cur_loc;
            self.set_loc(self.src_loc(e));
            let vals = self.lower_call(e);
            self.set_loc(saved);
            return vals;
        }
        vec![self.expr(e)]
    }

    fn expr_inner(&mut self, e: ExprId) -> CValue {
        let ty = self.ty_of(e);
        let at = self.body.exprs[e].pos;
        match self.body.exprs[e].kind.clone() {
            ExprKind::Local(l) => {
                let p = self.local_place(l);
                p.load(self)
            }
            ExprKind::Global(name) => {
                let addr = self.data_addr(&golift_hir::symbols::global_symbol(self.db, name));
                self.load_value(addr, &ty)
            }
            ExprKind::ExternalVar { package, name } => {
                self.qualified_value(at, &package, &name, &ty)
            }
            ExprKind::FuncRef(f) => self.func_value(f, &ty),
            ExprKind::MakeClosure { closure, site } => self.make_closure(e, closure, site),
            ExprKind::Const(c) => self.const_value(&c, &ty),
            ExprKind::Zero => self.zero_value(&ty),
            ExprKind::Unary { op, x } => self.lower_unary(op, x, &ty),
            ExprKind::Binary { op, x, y, .. } => self.lower_binary(op, x, y, &ty),
            ExprKind::Concat { parts, site } => self.lower_concat(&parts, site, &ty),
            ExprKind::Addr(x) => match self.place(x).and_then(|p| p.addr()) {
                Some(a) => self.by_scalar(&ty, a),
                None => self.fail(at, "taking this address", &ty),
            },
            ExprKind::Deref(x) => {
                let p = self.pointer_value(x);
                self.nil_check(p);
                self.load_value(p, &ty)
            }
            ExprKind::Field { x, index } => match self.field_place(x, index) {
                Some(p) => p.load(self),
                None => self.fail(at, "this selector", &ty),
            },
            ExprKind::Index { x, index } => {
                let xty = self.ty_of(x);
                if crate::abi::is_string(self.db, &xty) {
                    let sv = self.expr(x).words(self);
                    let (iv, unsigned) = self.index_value(index);
                    self.bounds_check(iv, sv[1], unsigned);
                    let addr = self.b.ins().iadd(sv[0], iv);
                    let byte = self.b.ins().load(types::I8, Self::flags(), addr, 0);
                    return self.by_scalar(&ty, byte);
                }
                match self.index_place(x, index) {
                    Some(p) => p.load(self),
                    None => self.fail(at, "this index expression", &ty),
                }
            }
            ExprKind::Slice { x, lo, hi, max } => self.lower_slice_expr(x, lo, hi, max, &ty),
            ExprKind::Call { .. } => {
                let vals = self.lower_call(e);
                match vals.into_iter().next() {
                    Some(v) => v,
                    None => self.zero_value(&ty),
                }
            }
            ExprKind::Convert { x, site } => {
                let v = self.expr(x);
                self.set_loc(self.src_loc(e));
                self.convert_value(x, site, v, &ty)
            }
            ExprKind::ConvIface { x, site } => {
                let v = self.expr(x);
                self.set_loc(self.src_loc(e));
                self.conv_iface(site, v, &ty)
            }
            ExprKind::New { site } => {
                let elem = match underlying(self.db, &ty).kind() {
                    TyKind::Pointer(t) => t.clone(),
                    _ => return self.fail(at, "this new", &ty),
                };
                let p = self.alloc_object(site, &elem);
                self.by_scalar(&ty, p)
            }
            ExprKind::PtrLit { lit, site } => {
                let lit_ty = self.ty_of(lit);
                let addr = self.alloc_object(site, &lit_ty);
                self.fill_literal(lit, addr);
                self.by_scalar(&ty, addr)
            }
            ExprKind::StructLit { .. } | ExprKind::ArrayLit { .. } => {
                let addr = self.temp(&ty);
                self.fill_literal(e, addr);
                self.by_ref(&ty, addr)
            }
            ExprKind::SliceLit { elems, len, site } => self.slice_literal(&elems, len, site, &ty),
            ExprKind::MakeSlice { len, cap, site } => self.lower_make(len, cap, site, &ty),
            ExprKind::TypeAssert { x, comma_ok: false } => {
                let xv = self.expr(x);
                self.set_loc(at);
                self.type_assert(xv, &ty)
            }
            ExprKind::TypeAssert { comma_ok: true, .. } => {
                self.internal_error("a comma-ok type assertion used as one value".into());
                self.zero_value(&ty)
            }
        }
    }

    /// The value of an imported package's variable (`os.Args`).
    fn qualified_value(&mut self, at: u32, pkg: &str, name: &str, ty: &Ty) -> CValue {
        match (pkg, name) {
            ("os", "Args") => {
                let out = self.raw_temp(24);
                self.call_rt("runtime.osargs", &[out]);
                self.load_value(out, ty)
            }
            ("os", "Stdout" | "Stderr") => {
                let fd = self
                    .b
                    .ins()
                    .iconst(types::I64, if name == "Stdout" { 1 } else { 2 });
                let p = self.call_rt("os.stdfile", &[fd]);
                match p.first() {
                    Some(&p) => self.by_val(ty, vec![p]),
                    None => self.fail(at, &format!("{pkg}.{name}"), ty),
                }
            }
            _ => self.fail(at, &format!("{pkg}.{name}"), ty),
        }
    }

    /// Records an unsupported construct and returns a zero value to keep going.
    pub(crate) fn fail(&mut self, at: u32, what: &str, ty: &Ty) -> CValue {
        self.unsupported(at, what);
        self.zero_value(ty)
    }

    /// The pointer value of a pointer-typed expression.
    pub(crate) fn pointer_value(&mut self, x: ExprId) -> Value {
        match self.expr(x).flat_values(self).first() {
            Some(&p) => p,
            None => self.b.ins().iconst(PTR, 0),
        }
    }

    // ---- constants ----

    pub(crate) fn const_value(&mut self, c: &ConstValue, ty: &Ty) -> CValue {
        let under = underlying(self.db, ty);
        let v = match c {
            ConstValue::Bool(b) => self.b.ins().iconst(types::I8, *b as i64),
            ConstValue::String(s) => return self.string_const(ty, s),
            // The checker gave every constant its type's representation: integers of
            // integer types fit their type, floats are the float32/float64 value.
            ConstValue::Int(_) if float_type(self.db, &under).is_some() => {
                let ft = float_type(self.db, &under).unwrap_or(types::F64);
                let f = c.as_f64().unwrap_or(f64::NAN);
                self.fconst(ft, f)
            }
            ConstValue::Int(_) => {
                let t = int_info(self.db, &under)
                    .map(|(t, _)| t)
                    .unwrap_or(types::I64);
                self.iconst(t, c.as_i128().unwrap_or(0))
            }
            _ if crate::complex::complex_elem(self.db, &under).is_some() => {
                let (re, im) = c.as_complex().unwrap_or((f64::NAN, f64::NAN));
                return self.complex_const(ty, re, im);
            }
            ConstValue::Complex(..) => {
                let f = c.as_f64().unwrap_or(f64::NAN);
                let ft = float_type(self.db, &under).unwrap_or(types::F64);
                self.fconst(ft, f)
            }
            ConstValue::Float(_) => {
                let f = c.as_f64().unwrap_or(f64::NAN);
                if let Some((t, _)) = int_info(self.db, &under) {
                    self.iconst(t, f as i128)
                } else {
                    let ft = float_type(self.db, &under).unwrap_or(types::F64);
                    self.fconst(ft, f)
                }
            }
        };
        self.by_scalar(ty, v)
    }

    /// An integer constant of type `t`, wrapped to its width.
    pub(crate) fn iconst(&mut self, t: cranelift_codegen::ir::Type, v: i128) -> Value {
        let bits = t.bits();
        let v = v as i64;
        let masked = if bits >= 64 {
            v
        } else {
            v & ((1i64 << bits) - 1)
        };
        self.b.ins().iconst(t, masked)
    }

    fn fconst(&mut self, t: cranelift_codegen::ir::Type, f: f64) -> Value {
        if t == types::F32 {
            self.b.ins().f32const(f as f32)
        } else {
            self.b.ins().f64const(f)
        }
    }

    /// A string constant of type `ty`: `(ptr, len)` pointing at a read-only data object.
    pub(crate) fn string_const(&mut self, ty: &Ty, bytes: &[u8]) -> CValue {
        if bytes.is_empty() {
            let z = self.b.ins().iconst(PTR, 0);
            return self.by_val(ty, vec![z, z]);
        }
        let sym = format!("go:string.{:016x}", fnv1a(bytes));
        self.out.strings.insert(sym.clone(), bytes.to_vec());
        let p = self.data_addr(&sym);
        let n = self.b.ins().iconst(types::I64, bytes.len() as i64);
        self.by_val(ty, vec![p, n])
    }

    // ---- operators ----

    fn lower_binary(&mut self, op: BinaryOp, x: ExprId, y: ExprId, ty: &Ty) -> CValue {
        let at = self.cur_loc;
        match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                let xv = self.cond(x);
                let rhs = self.b.create_block();
                let join = self.b.create_block();
                let r = self.b.append_block_param(join, types::I8);
                if op == BinaryOp::LogAnd {
                    self.b.ins().brif(xv, rhs, &[], join, &[xv.into()]);
                } else {
                    self.b.ins().brif(xv, join, &[xv.into()], rhs, &[]);
                }
                self.b.seal_block(rhs);
                self.b.switch_to_block(rhs);
                let yv = self.cond(y);
                self.b.ins().jump(join, &[yv.into()]);
                self.b.seal_block(join);
                self.b.switch_to_block(join);
                self.by_scalar(ty, r)
            }
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => {
                let xv = self.expr(x);
                let yv = self.expr(y);
                self.set_loc(at);
                let c = self.compare(op, xv, yv, at);
                self.by_scalar(ty, c)
            }
            _ => {
                let xv = self.expr(x);
                let yv = self.expr(y);
                self.set_loc(at);
                self.binary_op_values(op, ty, xv, yv, at)
            }
        }
    }

    /// String concatenation with `runtime.concatstrings` over the parts' headers in a
    /// stack array; as gc's walk, a result that does not escape gets a 32-byte stack
    /// buffer unless its constant parts alone fill it.
    fn lower_concat(&mut self, parts: &[ExprId], site: AllocSiteId, ty: &Ty) -> CValue {
        let at = self.cur_loc;
        let stack = self.placement(site) == Placement::Stack;
        let mut words = Vec::new();
        let mut const_len = 0usize;
        for &p in parts {
            if let Some(c) = self.const_string(p) {
                const_len += c.len();
            }
            let w = self.expr(p).words(self);
            words.push((w[0], w[1]));
        }
        self.set_loc(at);
        let arr = self.raw_temp(16 * words.len().max(1) as u64);
        for (i, (p, n)) in words.iter().enumerate() {
            self.b.ins().store(Self::flags(), *p, arr, (16 * i) as i32);
            self.b
                .ins()
                .store(Self::flags(), *n, arr, (16 * i + 8) as i32);
        }
        let buf = if stack && const_len < 32 {
            let slot = self.new_slot(32, 8);
            self.b.ins().stack_addr(PTR, slot, 0)
        } else {
            self.b.ins().iconst(PTR, 0)
        };
        let out = self.raw_temp(16);
        let n = self.b.ins().iconst(types::I64, words.len() as i64);
        self.call_rt("runtime.concatstrings", &[out, buf, arr, n]);
        self.load_value(out, ty)
    }

    fn lower_unary(&mut self, op: UnOp, x: ExprId, ty: &Ty) -> CValue {
        let at = self.cur_loc;
        match op {
            UnOp::Plus => self.expr(x),
            UnOp::Neg => {
                let v = self.expr(x);
                if crate::complex::complex_elem(self.db, ty).is_some() {
                    return self.complex_neg(ty, v);
                }
                let Some(s) = v.scalar() else {
                    return self.fail(at, "this negation", ty);
                };
                let r = if float_type(self.db, ty).is_some() {
                    self.b.ins().fneg(s)
                } else {
                    self.b.ins().ineg(s)
                };
                self.by_scalar(ty, r)
            }
            UnOp::Not => {
                let v = self.cond(x);
                let r = self.b.ins().bxor_imm_s(v, 1);
                self.by_scalar(ty, r)
            }
            UnOp::Complement => {
                let v = self.expr(x);
                match v.scalar() {
                    Some(s) => {
                        let r = self.b.ins().bnot(s);
                        self.by_scalar(ty, r)
                    }
                    None => self.fail(at, "this operator", ty),
                }
            }
        }
    }

    // ---- places ----

    /// The place `e` denotes, for assignment and `&`.
    pub(crate) fn place(&mut self, e: ExprId) -> Option<CPlace> {
        let at = self.body.exprs[e].pos;
        let saved = self.cur_loc;
        self.set_loc(self.src_loc(e));
        let ty = self.ty_of(e);
        let p = match self.body.exprs[e].kind.clone() {
            ExprKind::Local(l) => Some(self.local_place(l)),
            ExprKind::Global(g) => {
                let symbol = golift_hir::symbols::global_symbol(self.db, g);
                let addr = self.data_addr(&symbol);
                Some(self.addr_place(&ty, addr))
            }
            ExprKind::Deref(x) => {
                let p = self.pointer_value(x);
                self.nil_check(p);
                Some(self.addr_place(&ty, p))
            }
            ExprKind::Field { x, index } => self.field_place(x, index),
            ExprKind::Index { x, index } => self.index_place(x, index),
            _ => None,
        };
        if p.is_none() {
            self.unsupported(at, "assigning to this expression");
        }
        self.set_loc(saved);
        p
    }

    /// The in-memory place of the struct or array `x` (a dereference is nil-checked;
    /// any other operand is evaluated: a variable's value is its storage).
    fn aggregate_place(&mut self, x: ExprId) -> CPlace {
        let xty = self.ty_of(x);
        if let ExprKind::Deref(p) = self.body.exprs[x].kind {
            let saved = self.cur_loc;
            self.set_loc(self.src_loc(x));
            let p = self.pointer_value(p);
            self.nil_check(p);
            self.set_loc(saved);
            return self.addr_place(&xty, p);
        }
        let addr = self.expr(x).addr(self);
        self.addr_place(&xty, addr)
    }

    /// The place of field `index` of the struct `x`.
    fn field_place(&mut self, x: ExprId, index: u32) -> Option<CPlace> {
        let sty = underlying(self.db, &self.ty_of(x));
        match sty.kind() {
            TyKind::Struct(fields) if (index as usize) < fields.len() => {}
            _ => return None,
        }
        let agg = self.aggregate_place(x);
        agg.field(self, index)
    }

    /// An index as an `i64` and whether its type is unsigned.
    pub(crate) fn index_value(&mut self, i: ExprId) -> (Value, bool) {
        let ity = self.ty_of(i);
        let v = self.expr(i);
        let s = match v.scalar() {
            Some(s) => s,
            None => self.b.ins().iconst(types::I64, 0),
        };
        let (t, signed) = int_info(self.db, &ity).unwrap_or((types::I64, true));
        (self.widen(s, t, signed), !signed)
    }

    /// Extends an integer to `i64`.
    pub(crate) fn widen(
        &mut self,
        v: Value,
        t: cranelift_codegen::ir::Type,
        signed: bool,
    ) -> Value {
        if t == types::I64 {
            v
        } else if signed {
            self.b.ins().sextend(types::I64, v)
        } else {
            self.b.ins().uextend(types::I64, v)
        }
    }

    /// `i < len` or `runtime.panicIndex(i, len)`.
    pub(crate) fn bounds_check(&mut self, i: Value, len: Value, unsigned: bool) {
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        let f = if unsigned {
            "runtime.panicIndexU"
        } else {
            "runtime.panicIndex"
        };
        self.panic_if(oob, f, &[i, len]);
    }

    /// The place of element `x[i]` of an array or a slice.
    fn index_place(&mut self, x: ExprId, i: ExprId) -> Option<CPlace> {
        let xty = self.ty_of(x);
        let under = underlying(self.db, &xty);
        let (base, len, elem, const_len) = match under.kind() {
            TyKind::Slice(elem) => {
                let elem = elem.clone();
                let vals = self.expr(x).words(self);
                (vals[0], Some(vals[1]), elem, None)
            }
            TyKind::Array(n, elem) => {
                let (n, elem) = (*n, elem.clone());
                let base = self.aggregate_place(x).addr()?;
                (base, None, elem, Some(n))
            }
            _ => return None,
        };
        let esize = self.layout(&elem).size;
        if let (Some(c), Some(n)) = (self.const_int(i), const_len) {
            if c >= 0 && (c as u128) < n as u128 {
                let addr = self
                    .b
                    .ins()
                    .iadd_imm_s(base, (c as u64).wrapping_mul(esize) as i64);
                return Some(self.addr_place(&elem, addr));
            }
        }
        let (iv, unsigned) = self.index_value(i);
        let len = match len {
            Some(l) => l,
            None => self
                .b
                .ins()
                .iconst(types::I64, const_len.unwrap_or(0) as i64),
        };
        self.bounds_check(iv, len, unsigned);
        let off = self.b.ins().imul_imm_s(iv, esize as i64);
        let addr = self.b.ins().iadd(base, off);
        Some(self.addr_place(&elem, addr))
    }

    // ---- slicing ----

    fn lower_slice_expr(
        &mut self,
        x: ExprId,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        max: Option<ExprId>,
        ty: &Ty,
    ) -> CValue {
        let at = self.cur_loc;
        let xty = self.ty_of(x);
        let under = underlying(self.db, &xty);
        let is_str = crate::abi::is_string(self.db, &xty);
        let (base, len, cap, esize, is_slice) = match under.kind() {
            _ if is_str => {
                let vals = self.expr(x).words(self);
                (vals[0], vals[1], vals[1], 1, false)
            }
            TyKind::Slice(elem) => {
                let esize = layout_of(self.db, elem).size;
                let vals = self.expr(x).words(self);
                (vals[0], vals[1], vals[2], esize, true)
            }
            TyKind::Pointer(p) => {
                let pu = underlying(self.db, p);
                let TyKind::Array(n, elem) = pu.kind() else {
                    return self.fail(at, "slicing this type", ty);
                };
                let (n, esize) = (*n, layout_of(self.db, elem).size);
                // `a[i:j]` of an array variable slices `&a`: no nil check.
                let addressed = matches!(self.body.exprs[x].kind, ExprKind::Addr(_));
                let p = self.pointer_value(x);
                if !addressed {
                    self.nil_check(p);
                }
                let len = self.b.ins().iconst(types::I64, n as i64);
                (p, len, len, esize, false)
            }
            _ => return self.fail(at, "slicing this type", ty),
        };
        // gc reports an unsigned bound with the `...U` panic (printed unsigned).
        let (lo_v, lo_u) = match lo {
            Some(l) => self.index_value(l),
            None => (self.b.ins().iconst(types::I64, 0), false),
        };
        let hi_v = hi.map(|h| self.index_value(h));
        let max_v = max.map(|m| self.index_value(m));
        let u = |f: &str, unsigned: bool| {
            if unsigned {
                format!("{f}U")
            } else {
                f.to_string()
            }
        };
        self.set_loc(at);
        let ule = IntCC::UnsignedGreaterThan;
        let (hi_v, new_cap_end) = if let Some((m, m_u)) = max_v {
            let (hi_v, hi_u) = hi_v.unwrap_or((m, m_u));
            let bad = self.b.ins().icmp(ule, m, cap);
            let f = if is_slice {
                "runtime.panicSlice3Acap"
            } else {
                "runtime.panicSlice3Alen"
            };
            self.panic_if(bad, &u(f, m_u), &[m, cap]);
            let bad = self.b.ins().icmp(ule, hi_v, m);
            self.panic_if(bad, &u("runtime.panicSlice3B", hi_u), &[hi_v, m]);
            let bad = self.b.ins().icmp(ule, lo_v, hi_v);
            self.panic_if(bad, &u("runtime.panicSlice3C", lo_u), &[lo_v, hi_v]);
            (hi_v, m)
        } else {
            let (hi_v, hi_u) = hi_v.unwrap_or((len, false));
            let limit = if is_str { len } else { cap };
            if hi.is_some() {
                let bad = self.b.ins().icmp(ule, hi_v, limit);
                let f = if is_slice {
                    "runtime.panicSliceAcap"
                } else {
                    "runtime.panicSliceAlen"
                };
                self.panic_if(bad, &u(f, hi_u), &[hi_v, limit]);
            }
            let bad = self.b.ins().icmp(ule, lo_v, hi_v);
            self.panic_if(bad, &u("runtime.panicSliceB", lo_u), &[lo_v, hi_v]);
            (hi_v, cap)
        };
        let new_len = self.b.ins().isub(hi_v, lo_v);
        let new_cap = self.b.ins().isub(new_cap_end, lo_v);
        let delta = self.b.ins().imul_imm_s(lo_v, esize as i64);
        // Do not point past the end of the array when the result is empty (as gc).
        let zero = self.b.ins().iconst(types::I64, 0);
        let empty =
            self.b
                .ins()
                .icmp_imm_s(IntCC::Equal, if is_str { new_len } else { new_cap }, 0);
        let delta = self.b.ins().select(empty, zero, delta);
        let ptr = self.b.ins().iadd(base, delta);
        if is_str {
            self.by_val(ty, vec![ptr, new_len])
        } else {
            self.by_val(ty, vec![ptr, new_len, new_cap])
        }
    }

    // ---- literals and allocations ----

    /// Stores element `v` at `base + off` of zeroed memory (a struct or array literal
    /// filled in place).
    fn store_element(&mut self, v: ExprId, ty: &Ty, base: Value, off: u64) {
        if self.is_value_literal(v) {
            let dst = self.b.ins().iadd_imm_s(base, off as i64);
            self.fill_literal(v, dst);
            return;
        }
        let v = self.expr(v);
        let dst = self.b.ins().iadd_imm_s(base, off as i64);
        self.addr_place(ty, dst).write(self, v);
    }

    /// `[]T{...}` (also the implicit slice of a variadic call): a backing array of
    /// `len` elements placed as escape analysis decided for `site`.
    fn slice_literal(
        &mut self,
        elems: &[(u64, ExprId)],
        n: u64,
        site: AllocSiteId,
        ty: &Ty,
    ) -> CValue {
        let elem = match underlying(self.db, ty).kind() {
            TyKind::Slice(e) => e.clone(),
            _ => Ty::invalid(),
        };
        // The implicit slice of a variadic call evaluates its elements before
        // allocating; a slice literal stores each element as it is evaluated.
        let values_first = self.body.sites[site].kind == AllocKind::VariadicSlice;
        let mut vals = Vec::new();
        if values_first {
            for &(idx, v) in elems {
                vals.push((idx, self.expr(v)));
            }
        }
        let arr = Ty::new(TyKind::Array(n, elem.clone()));
        let addr = match self.placement(site) {
            // Every element of a variadic slice is stored: no zeroing.
            Placement::Stack if values_first => {
                let size = layout_of(self.db, &arr).size;
                let slot = self.new_slot(size, 8);
                self.b.ins().stack_addr(PTR, slot, 0)
            }
            Placement::Stack => self.temp(&arr),
            Placement::Heap => {
                let size = layout_of(self.db, &arr).size;
                self.heap_alloc(size)
            }
        };
        let esize = layout_of(self.db, &elem).size;
        if values_first {
            for (idx, v) in vals {
                let dst = self
                    .b
                    .ins()
                    .iadd_imm_s(addr, idx.wrapping_mul(esize) as i64);
                self.addr_place(&elem, dst).write(self, v);
            }
        } else {
            for &(idx, v) in elems {
                self.store_element(v, &elem, addr, idx.wrapping_mul(esize));
            }
        }
        let len = self.b.ins().iconst(types::I64, n as i64);
        self.by_val(ty, vec![addr, len, len])
    }

    /// Whether `ty` is laid out in memory (struct/array).
    pub(crate) fn is_mem(&self, ty: &Ty) -> bool {
        matches!(repr(self.db, ty), Repr::Mem)
    }
}

/// FNV-1a, for naming string data by content.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
