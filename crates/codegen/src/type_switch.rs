//! Type switches on interface values: the operand once, then each clause's cases in
//! source order against its dynamic type (the type word, or its itab's type: `nil`: it
//! is null; an empty interface type: it is not; an interface with methods: the runtime
//! finds its itab for the type; a concrete type: it is that type's descriptor),
//! branching to the first clause that matches, else to `default` or past the switch. A
//! clause's own variable is set before its body: the value read from the data word in a
//! clause with one concrete type, the value as that interface in a clause with one
//! interface type, the operand itself otherwise.

use cranelift_codegen::ir::{condcodes::IntCC, Block, InstBuilder, Value};
use golift_hir::body::{ExprId, LabelId, TypeCase, TypeSwitchClause};

use crate::func::FnCx;

impl FnCx<'_> {
    pub(crate) fn lower_type_switch(
        &mut self,
        label: Option<LabelId>,
        x: ExprId,
        clauses: &[TypeSwitchClause],
    ) {
        let xv = self.expr(x).stabilize(self);
        let x_ty = xv.ty().clone();
        let words = xv.flat_values(self);
        let &[word, data] = words.as_slice() else {
            self.internal_error("a type switch on a value that is not two words".into());
            return;
        };
        let typ = self.iface_type_word(&x_ty, word);
        let exit = self.b.create_block();
        let entries: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
        for (c, &entry) in clauses.iter().zip(&entries) {
            self.set_loc(c.pos);
            for case in &c.cases {
                let hit = match case {
                    TypeCase::Nil => self.b.ins().icmp_imm_s(IntCC::Equal, typ, 0),
                    TypeCase::Type(t) if self.has_methods(t) => {
                        let itab = self.switch_itab(t, typ);
                        self.b.ins().icmp_imm_s(IntCC::NotEqual, itab, 0)
                    }
                    TypeCase::Type(t) if self.is_iface(t) => {
                        self.b.ins().icmp_imm_s(IntCC::NotEqual, typ, 0)
                    }
                    TypeCase::Type(t) => {
                        let want = self.type_desc_addr(t);
                        self.b.ins().icmp(IntCC::Equal, typ, want)
                    }
                };
                self.branch_if(hit, entry);
            }
        }
        let default = clauses
            .iter()
            .zip(&entries)
            .find(|(c, _)| c.is_default)
            .map(|(_, &b)| b);
        self.end_case_tests(default, exit, label);
        for (c, &entry) in clauses.iter().zip(&entries) {
            self.b.switch_to_block(entry);
            self.set_loc(c.pos);
            if let Some(v) = c.var {
                let vty = self.local_ty(v);
                let (value, from) = match c.cases.as_slice() {
                    [TypeCase::Type(t)] if self.has_methods(t) => {
                        let itab = self.switch_itab(t, typ);
                        (self.by_val(t, vec![itab, data]), t)
                    }
                    [TypeCase::Type(t)] if self.is_iface(t) => (self.by_val(t, vec![typ, data]), t),
                    [TypeCase::Type(t)] => (self.held_value(data, t), t),
                    _ => (self.by_val(&vty, vec![word, data]), &x_ty),
                };
                let same = match c.cases.as_slice() {
                    [TypeCase::Type(t)] => vty.identical(t),
                    _ => vty.identical(from),
                };
                if !same {
                    self.internal_error("a type switch variable of another type".into());
                }
                self.declare_local(v, Some(value));
            }
            self.lower_stmt(c.body);
            self.b.ins().jump(exit, &[]);
        }
        self.loops.pop();
        for entry in entries {
            self.b.seal_block(entry);
        }
        self.b.seal_block(exit);
        self.b.switch_to_block(exit);
    }

    /// The itab of dynamic type `typ` (non-null) for interface `t` with methods, null
    /// when it lacks a method (gc's `assertE2I2`; the runtime caches the itab, so the
    /// clause's variable asks again).
    fn switch_itab(&mut self, t: &golift_hir::Ty, typ: Value) -> Value {
        let inter = self.type_desc_addr(t);
        self.rt_word("runtime.assertE2I2", &[inter, typ])
    }
}
