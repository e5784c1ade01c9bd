//! Calls: what the callee is (a conversion `T(x)`, a built-in, a function value or
//! package function), argument lists (a single multi-valued call spread over the
//! parameters, variadic `...`), and types2's "not enough/too many arguments" messages.
//! Built-in calls and conversions themselves are checked in `builtins.rs`.

use golift_syntax::ast::{ExprId, ExprKind};

use crate::checker::{Checker, Mode, Operand};
use crate::errors::type_string;
use crate::{CallKind, Res, Ty, TyKind};

impl Checker<'_> {
    pub(super) fn call(
        &mut self,
        e: ExprId,
        fun: ExprId,
        args: &[ExprId],
        ellipsis: bool,
        rparen: u32,
    ) -> Operand {
        let f = self.expr_or_type(fun);
        match f.mode.clone() {
            Mode::Invalid => {
                for &a in args {
                    self.raw_expr(a, None);
                }
                Operand::invalid(e)
            }
            Mode::TypeExpr => {
                let t = f.ty.clone();
                match args {
                    [] => {
                        let pos = self.pos(e);
                        self.error(
                            pos,
                            format!("missing argument in conversion to {}", type_string(&t)),
                        );
                        Operand::invalid(e)
                    }
                    [a] => {
                        let mut x = self.expr(*a);
                        if x.is_invalid() {
                            return Operand::invalid(e);
                        }
                        if ellipsis {
                            let pos = self.pos(*a);
                            self.error(
                                pos,
                                format!(
                                    "invalid use of ... in type conversion to {}",
                                    type_string(&t)
                                ),
                            );
                            return Operand::invalid(e);
                        }
                        self.res.calls.insert(e, CallKind::Conversion(t.clone()));
                        self.conversion(&mut x, &t, e)
                    }
                    [.., last] => {
                        for &a in args {
                            self.raw_expr(a, None);
                        }
                        let pos = self.pos(*last);
                        self.error(
                            pos,
                            format!("too many arguments in conversion to {}", type_string(&t)),
                        );
                        Operand::invalid(e)
                    }
                }
            }
            Mode::Builtin(b) => {
                self.res.calls.insert(e, CallKind::Builtin(b));
                self.builtin_call(e, b, args, ellipsis, rparen)
            }
            _ => {
                let u = self.under(&f.ty);
                let TyKind::Func {
                    params,
                    results,
                    variadic,
                } = u.kind().clone()
                else {
                    let msg = format!(
                        "invalid operation: cannot call non-function {}",
                        self.ostr(&f)
                    );
                    let pos = self.pos(e);
                    self.error(pos, msg);
                    for &a in args {
                        self.raw_expr(a, None);
                    }
                    return Operand::invalid(e);
                };
                let method = self
                    .res
                    .selections
                    .get(&self.unparen(fun))
                    .and_then(|s| s.method);
                let iface = self.res.iface_methods.get(&self.unparen(fun)).copied();
                let kind = match (self.res.resolutions.get(&self.unparen(fun)), method) {
                    (Some(Res::Func(id)), _) => CallKind::Func(*id),
                    (Some(Res::Imported { package, name }), _) => CallKind::External {
                        package: package.clone(),
                        name: name.clone(),
                    },
                    (_, None) if let Some(index) = iface => CallKind::Interface(index),
                    (_, Some(m)) => CallKind::Method(m.func),
                    _ => match self.expr_kind(self.unparen(fun)) {
                        Some(ExprKind::Selector { x, sel }) => match self.res.resolutions.get(x) {
                            Some(Res::Package(p)) => CallKind::External {
                                package: p.clone(),
                                name: sel.text.clone(),
                            },
                            _ => CallKind::Indirect,
                        },
                        _ => CallKind::Indirect,
                    },
                };
                if let CallKind::External { package, .. } = &kind {
                    if package == "fmt" {
                        // fmt's arguments are converted to interface{}.
                    }
                }
                self.res.calls.insert(e, kind);
                let fname = self.estr(fun);
                self.arguments(e, &fname, &params, variadic, args, ellipsis);
                match results.len() {
                    0 => Operand {
                        mode: Mode::NoValue,
                        ty: Ty::new(TyKind::Tuple(Vec::new())),
                        expr: e,
                    },
                    1 => Operand {
                        mode: Mode::Value,
                        ty: results[0].clone(),
                        expr: e,
                    },
                    _ => Operand {
                        mode: Mode::Value,
                        ty: Ty::new(TyKind::Tuple(results)),
                        expr: e,
                    },
                }
            }
        }
    }

    /// Evaluates call arguments, spreading a single multi-valued call.
    pub(crate) fn arg_list(&mut self, args: &[ExprId]) -> Vec<Operand> {
        if let [a] = args {
            let x = self.multi_expr(*a);
            if let (Mode::Value, TyKind::Tuple(ts)) = (&x.mode, x.ty.kind()) {
                return ts
                    .iter()
                    .map(|t| Operand {
                        mode: Mode::Value,
                        ty: t.clone(),
                        expr: *a,
                    })
                    .collect();
            }
            return vec![x];
        }
        args.iter().map(|&a| self.expr(a)).collect()
    }

    /// types2's `typesSummary`.
    pub(crate) fn types_summary(&mut self, list: &[Ty], variadic: bool) -> String {
        let mut parts = Vec::new();
        for (i, t) in list.iter().enumerate() {
            let s = if t.is_invalid() {
                "<T>".to_string()
            } else if Self::is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    t.as_basic()
                        .map(|b| b.name())
                        .unwrap_or("")
                        .replace("untyped ", "")
                }
            } else if variadic && i + 1 == list.len() {
                match t.kind() {
                    TyKind::Slice(elem) => format!("...{}", type_string(elem)),
                    _ => type_string(t),
                }
            } else {
                type_string(t)
            };
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    fn arguments(
        &mut self,
        call: ExprId,
        fname: &str,
        params: &[Ty],
        variadic: bool,
        arg_exprs: &[ExprId],
        ellipsis: bool,
    ) {
        let mut args = self.arg_list(arg_exprs);
        for a in &args {
            if a.mode == Mode::TypeExpr {
                let msg = format!("{} used as value", self.ostr(a));
                let pos = self.pos(a.expr);
                self.error(pos, msg);
                return;
            }
            if a.is_invalid() {
                return;
            }
        }
        let nargs = args.len();
        let mut npars = params.len();
        let mut sig_params: Vec<Ty> = params.to_vec();
        if variadic {
            if ellipsis {
                if arg_exprs.len() == 1 && nargs > 1 {
                    let pos = self.pos(call);
                    let msg = format!(
                        "cannot use ... with {nargs}-valued {}",
                        self.estr(arg_exprs[0])
                    );
                    self.error(pos, msg);
                    return;
                }
            } else if nargs + 1 >= npars {
                let elem = match params.last().map(|t| t.kind()) {
                    Some(TyKind::Slice(elem)) => elem.clone(),
                    _ => Ty::invalid(),
                };
                sig_params.truncate(npars.saturating_sub(1));
                while sig_params.len() < nargs {
                    sig_params.push(elem.clone());
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ellipsis {
            let pos = self.pos(call);
            self.error(
                pos,
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            return;
        }
        if nargs != npars {
            let (at, q) = if nargs > npars {
                (self.pos(args[npars].expr), "too many")
            } else if nargs > 0 {
                (self.pos(args[nargs - 1].expr), "not enough")
            } else {
                (self.pos(call), "not enough")
            };
            let have: Vec<Ty> = args.iter().map(|a| a.ty.clone()).collect();
            let have = self.types_summary(&have, false);
            let want = self.types_summary(params, variadic);
            self.error(
                at,
                format!("{q} arguments in call to {fname}\n\thave {have}\n\twant {want}"),
            );
            return;
        }
        let context = format!("argument to {fname}");
        for (a, p) in args.iter_mut().zip(sig_params.iter()) {
            self.assignment(a, Some(p), &context);
        }
    }
}
