//! The typed body's gc facts (`Body::gc`, `Body::stmt_gc_pos`) and its lazily made gc
//! text: what escape analysis reports at and prints, without reading syntax.

use golift_hir::body::{self, BodyOwner, ExprKind, FuncId, StmtKind};
use golift_hir::{func_by_name, Package, RootDatabase, SourceFile};

const SRC: &str = "package main

type T struct{ f *int }

func g(p *T, a [4]int) int {
	x := p.f
	y := (*p).f
	s := a[1:]
	var i any = s
	j := any(p)
	_, _, _, _, _ = x, y, i, j, s
	return len(s) + 1
}

func main() { g(nil, [4]int{}) }
";

fn offset(needle: &str) -> u32 {
    let body_start = SRC.find("func g").expect("func g");
    (SRC.find(needle).expect(needle) - body_start) as u32
}

#[test]
fn facts_and_text() {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, "./x.go".to_string(), SRC.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    let g = func_by_name(&db, package, "g").expect("g");
    let bsm = body::body_with_source_map(&db, g);
    let b = &bsm.body;
    let owner = BodyOwner::Func(FuncId::new(g));
    let text = |e| body::expr_text(&db, owner, bsm, e, false).unwrap_or_default();

    // p.f: an implicit dereference; (*p).f: an explicit one. Both fields are reported at
    // the selector's `.`.
    let mut derefs: Vec<(bool, String)> = Vec::new();
    for (id, e) in b.exprs.iter() {
        match e.kind {
            ExprKind::Deref(_) => derefs.push((b.gc[&id].implicit, text(id))),
            ExprKind::Field { .. } => {
                let dot = if text(id) == "p.f" {
                    offset("p.f") + 1
                } else {
                    offset("(*p).f") + 4
                };
                assert_eq!(b.gc[&id].pos, dot, "{}", text(id));
            }
            ExprKind::Addr(_) => {
                // Slicing an array takes its address implicitly.
                assert!(b.gc[&id].implicit);
                assert_eq!(text(id), "a");
            }
            ExprKind::ConvIface { .. } => {
                // `var i any = s` converts implicitly; `any(p)` explicitly, at its `(`.
                let explicit = text(id) == "any(p)";
                assert_eq!(b.gc[&id].implicit, !explicit, "{}", text(id));
                if explicit {
                    assert_eq!(b.gc[&id].pos, offset("any(p)") + 3);
                }
            }
            ExprKind::Local(_) if text(id) == "s" => assert!(b.gc[&id].bare_name),
            ExprKind::Const(_) => assert_eq!(b.gc[&id].noder_pos, None),
            _ => {}
        }
    }
    derefs.sort();
    assert_eq!(derefs, vec![(false, "*p".into()), (true, "p.f".into())]);

    // `x := p.f` is reported at its `:=`.
    let decl_x = b
        .stmts
        .iter()
        .find(|(_, s)| matches!(s.kind, StmtKind::Decl { init: Some(_), .. }))
        .map(|(id, _)| id)
        .expect("x := p.f");
    assert_eq!(b.stmt_gc_pos.get(&decl_x), Some(&(offset(":= p.f"))));

    // The binary `len(s) + 1` is at its operator, and prints spaced.
    let (sum, _) = b
        .exprs
        .iter()
        .find(|(_, e)| matches!(e.kind, ExprKind::Binary { .. }))
        .expect("len(s) + 1");
    assert_eq!(b.gc[&sum].pos, offset("+ 1"));
    assert_eq!(text(sum), "len(s) + 1");
}
