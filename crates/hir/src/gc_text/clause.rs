//! A type switch clause as gc's `-m=2` prints it in a `(switch case)` note: gc's
//! `OCASE`, `case T, U: ` then the clause's statements as its IR holds them after
//! typecheck, joined by `; ` (`fmtNode`'s statement forms: blocks flattened into their
//! list, empty statements gone, a `var` as `var x T; x = v` per name, `x++` as
//! `x += 1`, loops as `for loop`, switches as `switch statement`, constants as
//! `<node DCLCONST>`, an `if` with its bodies). Nothing here decides anything; it only
//! prints.

use golift_syntax::ast::{AssignOp, BranchKind, LocalDecl, StmtId, StmtKind};

use super::{get, GcSyntax};

impl GcSyntax<'_> {
    /// Clause `i` of type switch statement `s`; `None` if `s` is not one.
    pub fn case_clause_text(&self, s: StmtId, i: usize) -> Option<String> {
        let StmtKind::TypeSwitch { clauses, .. } = &get(&self.decl.stmts, s)?.kind else {
            return None;
        };
        let c = clauses.get(i)?;
        let head = match &c.exprs {
            Some(list) => format!("case {}", self.fmt_list(list)),
            None => "default".to_string(),
        };
        Some(format!("{head}: {}", self.gc_stmt_list(&c.body).join("; ")))
    }

    /// The statements `list` as gc's IR holds them, one string per node.
    fn gc_stmt_list(&self, list: &[StmtId]) -> Vec<String> {
        let mut out = Vec::new();
        for &s in list {
            self.gc_stmt(s, &mut out);
        }
        out
    }

    fn gc_stmt(&self, s: StmtId, out: &mut Vec<String>) {
        let Some(st) = get(&self.decl.stmts, s) else {
            return;
        };
        match &st.kind {
            StmtKind::Bad | StmtKind::Empty => {}
            StmtKind::Block { stmts, .. } => {
                for &x in stmts {
                    self.gc_stmt(x, out);
                }
            }
            StmtKind::Decl(decls) => {
                for (i, d) in decls.iter().enumerate() {
                    self.gc_decl(s, i, d, out);
                }
            }
            StmtKind::Labeled { label, stmt } => {
                out.push(format!("{}: ", label.text));
                self.gc_stmt(*stmt, out);
            }
            StmtKind::IncDec { x, inc } => {
                let op = if *inc { "+" } else { "-" };
                out.push(format!("{} {op}= 1", self.fmt_expr(*x, 0)));
            }
            StmtKind::Branch { kind, label } => {
                let k = match kind {
                    BranchKind::Break => "break",
                    BranchKind::Continue => "continue",
                    BranchKind::Goto => "goto",
                    BranchKind::Fallthrough => "fallthrough",
                };
                out.push(match label {
                    Some(l) => format!("{k} {}", l.text),
                    None => k.to_string(),
                });
            }
            StmtKind::Return(v) => out.push(format!("return {}", self.fmt_list(v))),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => out.push(self.gc_if(*init, *cond, *then, *els)),
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => {
                out.push("switch statement".into())
            }
            StmtKind::Select { .. } => out.push("select statement".into()),
            _ => out.push(self.fmt_stmt(s)),
        }
    }

    /// A `var` spec is a declaration then an assignment per name (`x = <nil>` without
    /// a value), or the declarations then one assignment of a multi-valued call; a
    /// constant is gc's `<node DCLCONST>` per name.
    fn gc_decl(&self, s: StmtId, i: usize, d: &LocalDecl, out: &mut Vec<String>) {
        match d {
            LocalDecl::Var(spec) => {
                let decl_of = |n: usize| {
                    let name = &spec.names[n].text;
                    let ty = self
                        .inf
                        .var_locals
                        .get(&(s, i as u32, n as u32))
                        .and_then(|&l| get(&self.inf.locals, l))
                        .map(|l| super::gc_type_string(&l.ty))
                        .unwrap_or_default();
                    format!("var {name} {ty}")
                };
                let n = spec.names.len();
                if spec.values.len() == n || spec.values.is_empty() {
                    for k in 0..n {
                        out.push(decl_of(k));
                        let v = spec
                            .values
                            .get(k)
                            .map_or("<nil>".to_string(), |&v| self.fmt_expr(v, 0));
                        out.push(format!("{} = {v}", spec.names[k].text));
                    }
                } else {
                    out.extend((0..n).map(decl_of));
                    let names: Vec<&str> = spec.names.iter().map(|x| x.text.as_str()).collect();
                    out.push(format!(
                        "{} = {}",
                        names.join(", "),
                        self.fmt_list(&spec.values)
                    ));
                }
            }
            LocalDecl::Const(spec) => {
                out.extend(spec.names.iter().map(|_| "<node DCLCONST>".to_string()));
            }
            LocalDecl::Type(_) => out.push("<node DCLTYPE>".into()),
        }
    }

    /// `if [init; ]cond { then }[ else { els }]`: an init statement shows only when it
    /// is one node without inits of its own (not a `:=`).
    fn gc_if(
        &self,
        init: Option<StmtId>,
        cond: golift_syntax::ast::ExprId,
        then: StmtId,
        els: Option<StmtId>,
    ) -> String {
        let mut t = "if ".to_string();
        if let Some(i) = init {
            let define = matches!(
                get(&self.decl.stmts, i).map(|x| &x.kind),
                Some(StmtKind::Assign {
                    op: AssignOp::Define,
                    ..
                })
            );
            let mut items = Vec::new();
            self.gc_stmt(i, &mut items);
            if let ([one], false) = (items.as_slice(), define) {
                t.push_str(one);
                t.push_str("; ");
            }
        }
        let mut body = Vec::new();
        self.gc_stmt(then, &mut body);
        t.push_str(&format!(
            "{} {{ {} }}",
            self.fmt_expr(cond, 0),
            body.join("; ")
        ));
        if let Some(e) = els {
            let mut items = Vec::new();
            self.gc_stmt(e, &mut items);
            if !items.is_empty() {
                t.push_str(&format!(" else {{ {} }}", items.join("; ")));
            }
        }
        t
    }
}
