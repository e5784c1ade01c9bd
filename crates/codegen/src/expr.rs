//! Lowering expressions: names, constants, operators, selectors, indexing, slicing and
//! composite literals. Calls and builtins are in [`crate::calls`], arithmetic in
//! [`crate::ops`], conversions and interface boxing in [`crate::convert`].

use cranelift_codegen::ir::{condcodes::IntCC, types, InstBuilder, Value};
use golift_escape::Placement;
use golift_hir::{layout_of, underlying, ConstValue, Res, Ty, TyKind};
use golift_syntax::ast::{BinaryOp, Element, ExprId, ExprKind, UnaryOp};

use crate::abi::{float_type, int_info, repr, Repr, PTR};
use crate::func::FnCx;
use crate::place::{CPlace, CValue};

/// One step from a struct value to a (possibly promoted) field.
#[derive(Clone, Debug)]
enum FieldStep {
    Offset(u64),
    /// Load the pointer at the current address (an embedded `*T`).
    Deref,
}

impl FnCx<'_> {
    /// The value of `e`, implicitly converted to an interface where the type checker
    /// recorded one.
    pub(crate) fn expr(&mut self, e: ExprId) -> CValue {
        let v = self.expr_raw(e);
        match self.inf.conversions.get(&e).cloned() {
            Some(target) => {
                let from = self.ty_of(e);
                let saved = self.cur_loc;
                self.set_loc(self.expr_start(e));
                let v = self.convert_value(e, &from, &target, v);
                self.set_loc(saved);
                v
            }
            None => v,
        }
    }

    /// The value of `e` as a condition (`i8`, 0 or 1).
    pub(crate) fn cond(&mut self, e: ExprId) -> Value {
        match self.expr(e).scalar() {
            Some(v) => v,
            None => self.b.ins().iconst(types::I8, 0),
        }
    }

    /// The value of `e` without its implicit conversion.
    pub(crate) fn expr_raw(&mut self, e: ExprId) -> CValue {
        let saved = self.cur_loc;
        self.set_loc(self.expr_start(e));
        let v = self.expr_inner(e);
        self.set_loc(saved);
        v
    }

    /// All values of `e`: the results of a call, or the one value of anything else.
    pub(crate) fn expr_multi(&mut self, e: ExprId) -> Vec<CValue> {
        if let ExprKind::Call { .. } = self.decl.exprs[e].kind {
            if !self.inf.consts.contains_key(&e) {
                let saved = self.cur_loc;
                self.set_loc(self.expr_start(e));
                let vals = self.lower_call(e);
                self.set_loc(saved);
                if vals.len() == 1 && self.inf.conversions.contains_key(&e) {
                    return vec![self.expr_after(e, vals.into_iter().next())];
                }
                return vals;
            }
        }
        vec![self.expr(e)]
    }

    /// Applies `e`'s implicit conversion to an already computed value.
    fn expr_after(&mut self, e: ExprId, v: Option<CValue>) -> CValue {
        let ty = self.ty_of(e);
        let v = match v {
            Some(v) => v,
            None => self.zero_value(&ty),
        };
        match self.inf.conversions.get(&e).cloned() {
            Some(target) => self.convert_value(e, &ty, &target, v),
            None => v,
        }
    }

    fn expr_inner(&mut self, e: ExprId) -> CValue {
        let ty = self.ty_of(e);
        if let Some(c) = self.inf.consts.get(&e).cloned() {
            return self.const_value(&c, &ty);
        }
        let at = self.expr_start(e);
        match self.decl.exprs[e].kind.clone() {
            ExprKind::Name(_) => match self.inf.resolutions.get(&e).cloned() {
                Some(Res::Local(l)) => {
                    let lty = self.inf.locals[l].ty.clone();
                    let p = self.local_place(l);
                    self.read_place(&p, &lty)
                }
                Some(Res::Global(name)) => {
                    let addr = self.data_addr(&format!("main.{name}"));
                    self.load_value(addr, &ty)
                }
                Some(Res::Const(c)) => self.const_value(&c, &ty),
                Some(Res::Nil) => self.zero_value(&ty),
                Some(Res::Func(_)) => self.fail(at, "function values", &ty),
                _ => self.fail(at, "this name", &ty),
            },
            ExprKind::Paren(x) => self.expr_raw(x),
            ExprKind::Binary { op, x, y, .. } => self.lower_binary(op, x, y, &ty),
            ExprKind::Unary { op, x } => self.lower_unary(e, op, x, &ty),
            ExprKind::Star(x) => {
                let p = self.pointer_value(x);
                self.nil_check(p);
                self.load_value(p, &ty)
            }
            ExprKind::Selector { x, sel } => {
                if let Some(Res::Package(pkg)) = self.inf.resolutions.get(&x).cloned() {
                    return self.qualified_value(at, &pkg, &sel.text, &ty);
                }
                match self.field_addr(x, &sel.text) {
                    Some(a) => self.load_value(a, &ty),
                    None => self.fail(at, "this selector", &ty),
                }
            }
            ExprKind::Index { x, indices } => {
                let xty = self.ty_of(x);
                if crate::abi::is_string(self.db, &xty) {
                    let Some(&i) = indices.first() else {
                        return self.fail(at, "this index", &ty);
                    };
                    let s = self.expr(x);
                    let sv = self.words(&xty, s);
                    let (iv, unsigned) = self.index_value(i);
                    self.bounds_check(iv, sv[1], unsigned);
                    let addr = self.b.ins().iadd(sv[0], iv);
                    let byte = self.b.ins().load(types::I8, Self::flags(), addr, 0);
                    return CValue::Flat(vec![byte]);
                }
                match self.index_addr(x, &indices) {
                    Some(a) => self.load_value(a, &ty),
                    None => self.fail(at, "this index expression", &ty),
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => self.lower_slice_expr(x, lo, hi, max, &ty),
            ExprKind::Call { .. } => {
                let vals = self.lower_call(e);
                match vals.into_iter().next() {
                    Some(v) => v,
                    None => self.zero_value(&ty),
                }
            }
            ExprKind::CompositeLit { .. } => {
                let under = underlying(self.db, &ty);
                match under.kind() {
                    TyKind::Slice(elem) => {
                        let elem = elem.clone();
                        self.slice_literal(e, &elem)
                    }
                    TyKind::Pointer(inner) => {
                        let inner = inner.clone();
                        let addr = self.alloc_object(e, &inner);
                        self.fill_composite(e, &inner, addr);
                        CValue::Flat(vec![addr])
                    }
                    TyKind::Struct(_) | TyKind::Array(..) => {
                        let addr = self.temp(&ty);
                        self.fill_composite(e, &ty, addr);
                        CValue::Mem(addr)
                    }
                    _ => self.fail(at, "this composite literal", &ty),
                }
            }
            ExprKind::BasicLit { .. } => self.fail(at, "this literal", &ty),
            ExprKind::FuncLit { .. } => self.fail(at, "function literals", &ty),
            ExprKind::TypeAssert { .. } => self.fail(at, "type assertions", &ty),
            _ => self.fail(at, "this expression", &ty),
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
        let xty = self.ty_of(x);
        let v = self.expr(x);
        match self.flat_values(&xty, v).first() {
            Some(&p) => p,
            None => self.b.ins().iconst(PTR, 0),
        }
    }

    // ---- constants ----

    pub(crate) fn const_value(&mut self, c: &ConstValue, ty: &Ty) -> CValue {
        let under = underlying(self.db, ty);
        match c {
            ConstValue::Bool(b) => CValue::Flat(vec![self.b.ins().iconst(types::I8, *b as i64)]),
            ConstValue::String(s) => self.string_const(s),
            ConstValue::Int(v) => {
                if let Some(ft) = float_type(self.db, &under) {
                    return CValue::Flat(vec![self.fconst(ft, *v as f64)]);
                }
                let t = int_info(self.db, &under)
                    .map(|(t, _)| t)
                    .unwrap_or(types::I64);
                CValue::Flat(vec![self.iconst(t, *v)])
            }
            ConstValue::Float(bits) => {
                let f = f64::from_bits(*bits);
                if let Some((t, _)) = int_info(self.db, &under) {
                    return CValue::Flat(vec![self.iconst(t, f as i128)]);
                }
                let ft = float_type(self.db, &under).unwrap_or(types::F64);
                CValue::Flat(vec![self.fconst(ft, f)])
            }
        }
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

    /// A string constant: `(ptr, len)` pointing at a read-only data object.
    pub(crate) fn string_const(&mut self, bytes: &[u8]) -> CValue {
        if bytes.is_empty() {
            let z = self.b.ins().iconst(PTR, 0);
            return CValue::Flat(vec![z, z]);
        }
        let sym = format!("go:string.{:016x}", fnv1a(bytes));
        self.out.strings.insert(sym.clone(), bytes.to_vec());
        let p = self.data_addr(&sym);
        let n = self.b.ins().iconst(types::I64, bytes.len() as i64);
        CValue::Flat(vec![p, n])
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
                CValue::Flat(vec![r])
            }
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => {
                let xty = self.value_ty(x);
                let yty = self.value_ty(y);
                let operand_ty = if is_untyped_nil(&xty) { yty } else { xty };
                let xv = self.expr(x);
                let yv = self.expr(y);
                self.set_loc(at);
                let c = self.compare(op, &operand_ty, xv, yv, at);
                CValue::Flat(vec![c])
            }
            _ => {
                let yty = self.ty_of(y);
                let xv = self.expr(x);
                let yv = self.expr(y);
                self.set_loc(at);
                self.binary_op_values(op, ty, xv, &yty, yv, at)
            }
        }
    }

    fn lower_unary(&mut self, e: ExprId, op: UnaryOp, x: ExprId, ty: &Ty) -> CValue {
        let at = self.cur_loc;
        match op {
            UnaryOp::Pos => self.expr(x),
            UnaryOp::Neg => {
                let v = self.expr(x);
                let Some(s) = v.scalar() else {
                    return self.fail(at, "this negation", ty);
                };
                let r = if float_type(self.db, ty).is_some() {
                    self.b.ins().fneg(s)
                } else {
                    self.b.ins().ineg(s)
                };
                CValue::Flat(vec![r])
            }
            UnaryOp::Not => {
                let v = self.cond(x);
                CValue::Flat(vec![self.b.ins().bxor_imm_s(v, 1)])
            }
            UnaryOp::Complement => {
                let v = self.expr(x);
                match v.scalar() {
                    Some(s) => CValue::Flat(vec![self.b.ins().bnot(s)]),
                    None => self.fail(at, "this operator", ty),
                }
            }
            UnaryOp::Addr => {
                let inner = self.strip_parens(x);
                if let ExprKind::CompositeLit { .. } = self.decl.exprs[inner].kind {
                    let lit_ty = self.ty_of(inner);
                    let addr = self.alloc_object(e, &lit_ty);
                    self.fill_composite(inner, &lit_ty, addr);
                    return CValue::Flat(vec![addr]);
                }
                match self.place(x) {
                    Some(CPlace::Addr(a)) => CValue::Flat(vec![a]),
                    _ => self.fail(at, "taking this address", ty),
                }
            }
            UnaryOp::Recv => self.fail(at, "channel receive", ty),
            UnaryOp::Tilde => self.fail(at, "this operator", ty),
        }
    }

    pub(crate) fn strip_parens(&self, mut e: ExprId) -> ExprId {
        while let ExprKind::Paren(x) = self.decl.exprs[e].kind {
            e = x;
        }
        e
    }

    // ---- places ----

    /// The place `e` denotes, for assignment and `&`.
    pub(crate) fn place(&mut self, e: ExprId) -> Option<CPlace> {
        let at = self.expr_start(e);
        let saved = self.cur_loc;
        self.set_loc(at);
        let p = match self.decl.exprs[e].kind.clone() {
            ExprKind::Name(_) => match self.inf.resolutions.get(&e).cloned() {
                Some(Res::Local(l)) => Some(self.local_place(l)),
                Some(Res::Global(name)) => {
                    Some(CPlace::Addr(self.data_addr(&format!("main.{name}"))))
                }
                _ => None,
            },
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Star(x) => {
                let p = self.pointer_value(x);
                self.nil_check(p);
                Some(CPlace::Addr(p))
            }
            ExprKind::Selector { x, sel } => self.field_addr(x, &sel.text).map(CPlace::Addr),
            ExprKind::Index { x, indices } => self.index_addr(x, &indices).map(CPlace::Addr),
            _ => None,
        };
        if p.is_none() {
            self.unsupported(at, "assigning to this expression");
        }
        self.set_loc(saved);
        p
    }

    /// The address of the struct `x` denotes or points to (nil-checked).
    fn struct_base(&mut self, x: ExprId) -> Option<(Value, Ty)> {
        let xty = self.ty_of(x);
        let under = underlying(self.db, &xty);
        match under.kind() {
            TyKind::Pointer(inner) => {
                let inner = inner.clone();
                let p = self.pointer_value(x);
                self.nil_check(p);
                Some((p, inner))
            }
            TyKind::Struct(_) => {
                let v = self.expr_raw(x);
                Some((self.value_addr(&xty, v), xty))
            }
            _ => None,
        }
    }

    /// The address of field `name` of `x` (a struct or a pointer to one).
    fn field_addr(&mut self, x: ExprId, name: &str) -> Option<Value> {
        let (mut addr, sty) = self.struct_base(x)?;
        let (steps, _) = find_field(self.db, &sty, name, 0)?;
        for step in steps {
            match step {
                FieldStep::Offset(o) => {
                    if o != 0 {
                        addr = self.b.ins().iadd_imm_s(addr, o as i64);
                    }
                }
                FieldStep::Deref => {
                    addr = self.b.ins().load(PTR, Self::flags(), addr, 0);
                    self.nil_check(addr);
                }
            }
        }
        Some(addr)
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

    /// The address of element `x[indices[0]]` of an array, pointer to array or slice.
    fn index_addr(&mut self, x: ExprId, indices: &[ExprId]) -> Option<Value> {
        let &i = indices.first()?;
        let xty = self.ty_of(x);
        let under = underlying(self.db, &xty);
        let (base, len, elem, const_len) = match under.kind() {
            TyKind::Slice(elem) => {
                let elem = elem.clone();
                let v = self.expr(x);
                let vals = self.words(&xty, v);
                (vals[0], Some(vals[1]), elem, None)
            }
            TyKind::Array(n, elem) => {
                let (n, elem) = (*n, elem.clone());
                let v = self.expr_raw(x);
                (self.value_addr(&xty, v), None, elem, Some(n))
            }
            TyKind::Pointer(p) => {
                let pu = underlying(self.db, p);
                let TyKind::Array(n, elem) = pu.kind() else {
                    return None;
                };
                let (n, elem) = (*n, elem.clone());
                let p = self.pointer_value(x);
                self.nil_check(p);
                (p, None, elem, Some(n))
            }
            _ => return None,
        };
        let esize = layout_of(self.db, &elem).size;
        let const_idx = match self.inf.consts.get(&i) {
            Some(ConstValue::Int(c)) => Some(*c),
            _ => None,
        };
        if let (Some(c), Some(n)) = (const_idx, const_len) {
            if c >= 0 && (c as u128) < n as u128 {
                return Some(
                    self.b
                        .ins()
                        .iadd_imm_s(base, (c as u64).wrapping_mul(esize) as i64),
                );
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
        Some(self.b.ins().iadd(base, off))
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
                let v = self.expr(x);
                let vals = self.words(&xty, v);
                (vals[0], vals[1], vals[1], 1, false)
            }
            TyKind::Slice(elem) => {
                let esize = layout_of(self.db, elem).size;
                let v = self.expr(x);
                let vals = self.words(&xty, v);
                (vals[0], vals[1], vals[2], esize, true)
            }
            TyKind::Array(n, elem) => {
                let (n, esize) = (*n, layout_of(self.db, elem).size);
                let addr = match self.place(x) {
                    Some(CPlace::Addr(a)) => a,
                    _ => return self.fail(at, "slicing this array", ty),
                };
                let len = self.b.ins().iconst(types::I64, n as i64);
                (addr, len, len, esize, false)
            }
            TyKind::Pointer(p) => {
                let pu = underlying(self.db, p);
                let TyKind::Array(n, elem) = pu.kind() else {
                    return self.fail(at, "slicing this type", ty);
                };
                let (n, esize) = (*n, layout_of(self.db, elem).size);
                let p = self.pointer_value(x);
                self.nil_check(p);
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
            CValue::Flat(vec![ptr, new_len])
        } else {
            CValue::Flat(vec![ptr, new_len, new_cap])
        }
    }

    // ---- composite literals ----

    /// Stores the elements of composite literal `e` (of type `ty`) into zeroed memory
    /// at `addr`.
    pub(crate) fn fill_composite(&mut self, e: ExprId, ty: &Ty, addr: Value) {
        let ExprKind::CompositeLit { elems, .. } = self.decl.exprs[e].kind.clone() else {
            return;
        };
        let under = underlying(self.db, ty);
        match under.kind() {
            TyKind::Struct(fields) => {
                let lay = layout_of(self.db, &under);
                let offsets = &lay.field_offsets;
                for (k, el) in elems.iter().enumerate() {
                    let idx = match el.key {
                        Some(key) => match &self.decl.exprs[key].kind {
                            ExprKind::Name(n) => fields.iter().position(|f| &f.name == n),
                            _ => None,
                        },
                        None => Some(k),
                    };
                    let Some(idx) = idx else {
                        self.unsupported(self.expr_start(el.value), "this struct literal key");
                        continue;
                    };
                    let (Some(f), Some(&off)) = (fields.get(idx), offsets.get(idx)) else {
                        continue;
                    };
                    let fty = f.ty.clone();
                    self.store_element(el, &fty, addr, off);
                }
            }
            TyKind::Array(_, elem) => {
                let elem = elem.clone();
                let esize = layout_of(self.db, &elem).size;
                let mut next = 0u64;
                for el in &elems {
                    let idx = self.element_index(el, next);
                    self.store_element(el, &elem, addr, idx.wrapping_mul(esize));
                    next = idx + 1;
                }
            }
            _ => self.unsupported(self.expr_start(e), "this composite literal"),
        }
    }

    fn element_index(&self, el: &Element, next: u64) -> u64 {
        match el.key.and_then(|k| self.inf.consts.get(&k)) {
            Some(ConstValue::Int(i)) => *i as u64,
            _ => next,
        }
    }

    fn store_element(&mut self, el: &Element, ty: &Ty, base: Value, off: u64) {
        let v = self.expr(el.value);
        let dst = self.b.ins().iadd_imm_s(base, off as i64);
        self.store_value(dst, ty, v);
    }

    /// `[]T{...}`: a backing array placed as escape analysis decided.
    fn slice_literal(&mut self, e: ExprId, elem: &Ty) -> CValue {
        let ExprKind::CompositeLit { elems, .. } = self.decl.exprs[e].kind.clone() else {
            return CValue::Flat(vec![]);
        };
        let mut n = 0u64;
        let mut next = 0u64;
        for el in &elems {
            let idx = self.element_index(el, next);
            next = idx + 1;
            n = n.max(next);
        }
        let arr = Ty::new(TyKind::Array(n, elem.clone()));
        let addr = if self.placement(e) == Placement::Stack {
            self.temp(&arr)
        } else {
            let size = layout_of(self.db, &arr).size;
            self.heap_alloc(size)
        };
        let esize = layout_of(self.db, elem).size;
        let mut next = 0u64;
        for el in &elems {
            let idx = self.element_index(el, next);
            self.store_element(el, elem, addr, idx.wrapping_mul(esize));
            next = idx + 1;
        }
        let len = self.b.ins().iconst(types::I64, n as i64);
        CValue::Flat(vec![addr, len, len])
    }

    /// Whether `ty` is laid out in memory (struct/array).
    pub(crate) fn is_mem(&self, ty: &Ty) -> bool {
        matches!(repr(self.db, ty), Repr::Mem)
    }
}

fn is_untyped_nil(ty: &Ty) -> bool {
    matches!(ty.kind(), TyKind::Basic(golift_hir::BasicKind::UntypedNil))
}

/// The path to field `name` of struct type `ty`, searching embedded fields breadth
/// first as Go does (depth-limited). Returns the steps and the field's type.
fn find_field(
    db: &dyn golift_hir::Db,
    ty: &Ty,
    name: &str,
    depth: u32,
) -> Option<(Vec<FieldStep>, Ty)> {
    if depth > 8 {
        return None;
    }
    let under = underlying(db, ty);
    let TyKind::Struct(fields) = under.kind() else {
        return None;
    };
    let lay = layout_of(db, &under);
    let offsets = &lay.field_offsets;
    for (f, &off) in fields.iter().zip(offsets) {
        if f.name == name {
            return Some((vec![FieldStep::Offset(off)], f.ty.clone()));
        }
    }
    for (f, &off) in fields.iter().zip(offsets) {
        if !f.embedded {
            continue;
        }
        let (inner, via_ptr) = match underlying(db, &f.ty).kind() {
            TyKind::Pointer(t) => (t.clone(), true),
            _ => (f.ty.clone(), false),
        };
        if let Some((rest, fty)) = find_field(db, &inner, name, depth + 1) {
            let mut steps = vec![FieldStep::Offset(off)];
            if via_ptr {
                steps.push(FieldStep::Deref);
            }
            steps.extend(rest);
            return Some((steps, fty));
        }
    }
    None
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
