//! gc's branch checks, run on each function body that parsed without errors: labels
//! defined and not used or defined twice, undefined labels, misplaced break/continue/
//! fallthrough, and gotos jumping into blocks or over variable declarations.
//!
//! Messages that mention a second position (`label L already defined at POS`) carry
//! it as `{@OFFSET}` (absolute byte offset); [`crate::render_message`] turns it into
//! `path:line:col`.

use std::collections::HashMap;

use crate::ast::{AssignOp, BranchKind, Expr, Name, Stmt, StmtId, StmtKind, SyntaxError};
use la_arena::Arena;

struct Label {
    block: usize,
    lstmt: StmtId,
    name: Name,
    used: bool,
}

struct Block {
    parent: Option<usize>,
    start: u32,
    lstmt: Option<StmtId>,
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: Option<StmtId>,
    continues: Option<StmtId>,
    case_index: i64,
    /// Number of clauses of the switch in `breaks`, and whether it is a type switch.
    n_cases: usize,
}

struct Checker<'a> {
    stmts: &'a Arena<Stmt>,
    exprs: &'a Arena<Expr>,
    base: u32,
    labels: HashMap<String, usize>,
    label_list: Vec<Label>,
    blocks: Vec<Block>,
    errors: Vec<SyntaxError>,
}

/// A forward goto: the branch statement and its label.
#[derive(Clone)]
struct Goto {
    id: StmtId,
    label: Name,
}

/// Checks one function body (`body` is a `Block`); `base` is the declaration's start.
pub(crate) fn check(
    stmts: &Arena<Stmt>,
    exprs: &Arena<Expr>,
    base: u32,
    body: StmtId,
) -> Vec<SyntaxError> {
    let StmtKind::Block { stmts: list, .. } = &stmts[body].kind else {
        return Vec::new();
    };
    let mut c = Checker {
        stmts,
        exprs,
        base,
        labels: HashMap::new(),
        label_list: Vec::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
    };
    let t = Targets {
        breaks: None,
        continues: None,
        case_index: -1,
        n_cases: 0,
    };
    let start = stmts[body].span.start + base;
    let fwd = c.block(None, t, None, start, list);
    for g in fwd {
        let pos = g.label.span.start + base;
        match c.labels.get(&g.label.text).copied() {
            Some(li) => {
                c.label_list[li].used = true;
                let bstart = c.blocks[c.label_list[li].block].start;
                c.err(
                    pos,
                    format!(
                        "goto {} jumps into block starting at {{@{bstart}}}",
                        g.label.text
                    ),
                );
            }
            None => c.err(pos, format!("label {} not defined", g.label.text)),
        }
    }
    let unused: Vec<(u32, String)> = c
        .label_list
        .iter()
        .filter(|l| !l.used)
        .map(|l| {
            (
                l.name.span.start + base,
                format!("label {} defined and not used", l.name.text),
            )
        })
        .collect();
    for (p, m) in unused {
        c.err(p, m);
    }
    c.errors
}

impl Checker<'_> {
    fn err(&mut self, pos: u32, message: String) {
        self.errors.push(SyntaxError {
            offset: pos,
            message,
        });
    }

    fn abs(&self, rel: u32) -> u32 {
        rel + self.base
    }

    fn enclosing_target(&mut self, mut b: Option<usize>, name: &str) -> Option<Option<StmtId>> {
        let li = *self.labels.get(name)?;
        self.label_list[li].used = true;
        let l = self.label_list[li].lstmt;
        while let Some(bi) = b {
            if self.blocks[bi].lstmt == Some(l) {
                return Some(Some(l));
            }
            b = self.blocks[bi].parent;
        }
        Some(None)
    }

    fn goto_target(&mut self, mut b: Option<usize>, name: &str) -> bool {
        let Some(&li) = self.labels.get(name) else {
            return false;
        };
        self.label_list[li].used = true;
        let lb = self.label_list[li].block;
        while let Some(bi) = b {
            if bi == lb {
                return true;
            }
            b = self.blocks[bi].parent;
        }
        false
    }

    /// The statement a label is attached to.
    fn labeled_inner(&self, l: StmtId) -> StmtId {
        match &self.stmts[l].kind {
            StmtKind::Labeled { stmt, .. } => *stmt,
            _ => l,
        }
    }

    fn block(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<StmtId>,
        start: u32,
        body: &[StmtId],
    ) -> Vec<Goto> {
        let arena = self.stmts;
        let b = self.blocks.len();
        self.blocks.push(Block {
            parent,
            start,
            lstmt,
        });
        let mut var_pos: Option<(u32, String)> = None;
        let mut fwd: Vec<Goto> = Vec::new();
        let mut bad: Vec<StmtId> = Vec::new();
        let mut n = body.len();
        while n > 0 && matches!(arena[body[n - 1]].kind, StmtKind::Empty) {
            n -= 1;
        }
        let list = &body[..n];
        for (index, &stmt0) in list.iter().enumerate() {
            let mut lstmt: Option<StmtId> = None;
            let mut stmt = stmt0;
            loop {
                let st = &arena[stmt];
                match &st.kind {
                    StmtKind::Labeled { label, stmt: inner } => {
                        if label.text != "_" {
                            let li = match self.labels.get(&label.text).copied() {
                                Some(alt) => {
                                    let altpos = self.abs(self.label_list[alt].name.span.start);
                                    let p = self.abs(label.span.start);
                                    self.err(
                                        p,
                                        format!(
                                            "label {} already defined at {{@{altpos}}}",
                                            label.text
                                        ),
                                    );
                                    alt
                                }
                                None => {
                                    self.label_list.push(Label {
                                        block: b,
                                        lstmt: stmt,
                                        name: label.clone(),
                                        used: false,
                                    });
                                    let li = self.label_list.len() - 1;
                                    self.labels.insert(label.text.clone(), li);
                                    li
                                }
                            };
                            let mut keep = Vec::new();
                            for g in std::mem::take(&mut fwd) {
                                if g.label.text == label.text {
                                    self.label_list[li].used = true;
                                    if let Some((vp, vn)) = &var_pos {
                                        if bad.contains(&g.id) {
                                            let p = self.abs(g.label.span.start);
                                            let msg =
                                                format!("goto {} jumps over declaration of {vn} at {{@{vp}}}", label.text);
                                            self.err(p, msg);
                                        }
                                    }
                                } else {
                                    keep.push(g);
                                }
                            }
                            fwd = keep;
                            lstmt = Some(stmt);
                        }
                        stmt = *inner;
                        continue;
                    }
                    StmtKind::Decl(ds) => {
                        for d in ds {
                            if let crate::ast::LocalDecl::Var(v) = d {
                                if let Some(n) = v.names.first() {
                                    var_pos = Some((self.abs(n.span.start), n.text.clone()));
                                    bad = fwd.iter().map(|g| g.id).collect();
                                }
                                break;
                            }
                        }
                    }
                    StmtKind::Branch { kind, label: None } => {
                        let p = self.abs(st.span.start);
                        match kind {
                            BranchKind::Break => {
                                if ctxt.breaks.is_none() {
                                    self.err(p, "break is not in a loop, switch, or select".into());
                                }
                            }
                            BranchKind::Continue => {
                                if ctxt.continues.is_none() {
                                    self.err(p, "continue is not in a loop".into());
                                }
                            }
                            BranchKind::Fallthrough => {
                                let mut msg = Some("fallthrough statement out of place");
                                if let Some(t) = ctxt.breaks {
                                    match &arena[t].kind {
                                        StmtKind::TypeSwitch { .. } => {
                                            msg = Some("cannot fallthrough in type switch")
                                        }
                                        StmtKind::Switch { .. } => {
                                            if ctxt.case_index < 0 || index + 1 < list.len() {
                                            } else if ctxt.case_index as usize + 1 == ctxt.n_cases {
                                                msg =
                                                    Some("cannot fallthrough final case in switch");
                                            } else {
                                                msg = None;
                                            }
                                        }
                                        _ => {}
                                    }
                                }
                                if let Some(m) = msg {
                                    self.err(p, m.into());
                                }
                            }
                            BranchKind::Goto => {}
                        }
                    }
                    StmtKind::Branch {
                        kind,
                        label: Some(label),
                    } => {
                        let p = self.abs(label.span.start);
                        let name = label.text.clone();
                        match kind {
                            BranchKind::Break => match self.enclosing_target(Some(b), &name) {
                                Some(Some(t)) => {
                                    let inner = self.labeled_inner(t);
                                    if !matches!(
                                        arena[inner].kind,
                                        StmtKind::Switch { .. }
                                            | StmtKind::TypeSwitch { .. }
                                            | StmtKind::Select { .. }
                                            | StmtKind::For { .. }
                                            | StmtKind::Range { .. }
                                    ) {
                                        self.err(p, format!("invalid break label {name}"));
                                    }
                                }
                                Some(None) => self.err(p, format!("invalid break label {name}")),
                                None => self.err(p, format!("break label not defined: {name}")),
                            },
                            BranchKind::Continue => match self.enclosing_target(Some(b), &name) {
                                Some(Some(t)) => {
                                    let inner = self.labeled_inner(t);
                                    if !matches!(
                                        arena[inner].kind,
                                        StmtKind::For { .. } | StmtKind::Range { .. }
                                    ) {
                                        self.err(p, format!("invalid continue label {name}"));
                                    }
                                }
                                Some(None) => self.err(p, format!("invalid continue label {name}")),
                                None => self.err(p, format!("continue label not defined: {name}")),
                            },
                            BranchKind::Goto => {
                                if !self.goto_target(Some(b), &name) {
                                    fwd.push(Goto {
                                        id: stmt,
                                        label: label.clone(),
                                    });
                                }
                            }
                            BranchKind::Fallthrough => {}
                        }
                    }
                    StmtKind::Assign {
                        op: AssignOp::Define,
                        lhs,
                        op_pos,
                        ..
                    } => {
                        let names: Vec<String> = lhs
                            .iter()
                            .map(|&e| crate::printer::expr_string(self.exprs, e))
                            .collect();
                        var_pos = Some((self.abs(*op_pos), names.join(", ")));
                        bad = fwd.iter().map(|g| g.id).collect();
                    }
                    StmtKind::Block { stmts, .. } => {
                        let inner = Targets {
                            case_index: -1,
                            ..ctxt
                        };
                        let s = self.abs(st.span.start);
                        fwd.extend(self.block(Some(b), inner, lstmt, s, stmts));
                    }
                    StmtKind::If { then, els, .. } => {
                        let inner = Targets {
                            case_index: -1,
                            ..ctxt
                        };
                        let (then, els) = (*then, *els);
                        if let StmtKind::Block { stmts, .. } = &arena[then].kind {
                            let s = self.abs(arena[then].span.start);
                            fwd.extend(self.block(Some(b), inner, lstmt, s, stmts));
                        }
                        if let Some(e) = els {
                            let s = self.abs(arena[e].span.start);
                            fwd.extend(self.block(Some(b), inner, lstmt, s, &[e]));
                        }
                    }
                    StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                        let inner = Targets {
                            breaks: Some(stmt),
                            continues: Some(stmt),
                            case_index: -1,
                            n_cases: 0,
                        };
                        if let StmtKind::Block { stmts, .. } = &arena[*body].kind {
                            let s = self.abs(arena[*body].span.start);
                            fwd.extend(self.block(Some(b), inner, lstmt, s, stmts));
                        }
                    }
                    StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                        let n_cases = clauses.len();
                        for (i, cc) in clauses.iter().enumerate() {
                            let inner = Targets {
                                breaks: Some(stmt),
                                continues: ctxt.continues,
                                case_index: i as i64,
                                n_cases,
                            };
                            let s = self.abs(cc.span.start);
                            fwd.extend(self.block(Some(b), inner, lstmt, s, &cc.body));
                        }
                    }
                    StmtKind::Select { clauses } => {
                        for cc in clauses {
                            let inner = Targets {
                                breaks: Some(stmt),
                                continues: ctxt.continues,
                                case_index: -1,
                                n_cases: 0,
                            };
                            let s = self.abs(cc.span.start);
                            fwd.extend(self.block(Some(b), inner, lstmt, s, &cc.body));
                        }
                    }
                    _ => {}
                }
                break;
            }
        }
        fwd
    }
}
