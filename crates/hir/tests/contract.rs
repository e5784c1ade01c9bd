//! The fields of `InferenceResult` that escape analysis and codegen read.

use golift_hir::{
    func_by_name, infer, package_init, signature, BasicKind, Builtin, CallKind, ConstValue,
    LocalKind, Package, Res, RootDatabase, SourceFile, Ty, TyKind,
};
use golift_syntax::ast::ExprKind;

const SRC: &str = "package main

import \"fmt\"

type T struct{ a, b int }

var g = h() + 1
var base = 10

func h() int { return base }

func two(x int) (int, error) { return x, nil }

func main() {
	var u8 uint8 = 7
	x := 1 + 2
	p := &T{a: x}
	n, _ := two(p.b)
	fmt.Println(x, u8, n)
	panic(x)
}
";

#[test]
fn inference_result_fields() {
    let db = RootDatabase::default();
    let file = SourceFile::new(&db, "./x.go".to_string(), SRC.to_string());
    let package = Package::new(&db, "main".into(), vec![file]);
    let main = func_by_name(&db, package, "main").expect("main");
    let res = infer(&db, main);
    assert!(res.diagnostics.is_empty(), "{:?}", res.diagnostics);
    let decl = golift_hir::decl_ast(&db, main).clone().expect("decl");

    // Locals: u8, x, p, n, and the blank.
    let names: Vec<&str> = res.locals.iter().map(|(_, l)| l.name.as_str()).collect();
    assert!(names.contains(&"u8") && names.contains(&"x") && names.contains(&"p"));
    for (_, l) in res.locals.iter() {
        assert_eq!(l.kind, LocalKind::Var);
    }
    // Every `:=` name is recorded with the local it declares, resolved to it; every
    // `var` spec's local is recorded by statement, spec and name.
    for (&e, &id) in &res.defined_by {
        assert_eq!(res.resolutions.get(&e), Some(&golift_hir::Res::Local(id)));
        assert_eq!(decl.exprs[e].span.start, res.locals[id].span.start);
    }
    assert!(!res.defined_by.is_empty() || !res.var_locals.is_empty());
    let declared = res.defined_by.len() + res.var_locals.len();
    assert_eq!(declared, res.locals.len(), "every local is declared once");

    let int = Ty::basic(BasicKind::Int);
    for (e, expr) in decl.exprs.iter() {
        match &expr.kind {
            // The literal 7 takes the type uint8 from its context; 1 and 2 become int.
            ExprKind::BasicLit { raw, .. } if raw == "7" => {
                assert_eq!(res.expr_types.get(e), Some(&Ty::basic(BasicKind::Uint8)));
                assert_eq!(res.consts.get(&e), Some(&ConstValue::int(7)));
            }
            ExprKind::BasicLit { raw, .. } if raw == "1" || raw == "2" => {
                assert_eq!(res.expr_types.get(e), Some(&int));
            }
            ExprKind::Binary { .. } => {
                assert_eq!(res.expr_types.get(e), Some(&int));
                assert_eq!(res.consts.get(&e), Some(&ConstValue::int(3)));
            }
            ExprKind::Call { fun, args, .. } => match &decl.exprs[*fun].kind {
                ExprKind::Selector { sel, .. } if sel.text == "Println" => {
                    assert_eq!(
                        res.calls.get(&e),
                        Some(&CallKind::External {
                            package: "fmt".to_string(),
                            name: "Println".to_string()
                        })
                    );
                    for a in args {
                        assert!(matches!(
                            res.conversions.get(a).map(|t| t.kind()),
                            Some(TyKind::Interface(m)) if m.is_empty()
                        ));
                    }
                }
                ExprKind::Name(n) if n == "two" => {
                    assert!(
                        matches!(res.calls.get(&e), Some(CallKind::Func(id)) if id.name(&db) == "two")
                    );
                    assert!(
                        matches!(res.expr_types.get(e).map(|t| t.kind()), Some(TyKind::Tuple(ts)) if ts.len() == 2)
                    );
                }
                ExprKind::Name(n) if n == "panic" => {
                    assert_eq!(res.calls.get(&e), Some(&CallKind::Builtin(Builtin::Panic)));
                    assert!(res.conversions.contains_key(&args[0]));
                }
                _ => {}
            },
            ExprKind::Selector { sel, .. } if sel.text == "b" => {
                let s = res.selections.get(&e).expect("selection");
                assert_eq!(s.path, vec![1]);
                assert!(s.indirect);
                assert_eq!(res.expr_types.get(e), Some(&int));
            }
            ExprKind::Name(n) if n == "fmt" => {
                assert_eq!(
                    res.resolutions.get(&e),
                    Some(&Res::Package("fmt".to_string()))
                );
            }
            _ => {}
        }
    }

    // Unnamed results are named ~r0, ~r1.
    let two = func_by_name(&db, package, "two").expect("two");
    let r = infer(&db, two);
    let results: Vec<&str> = r
        .results
        .iter()
        .map(|&id| r.locals[id].name.as_str())
        .collect();
    assert_eq!(results, ["~r0", "~r1"]);
    assert_eq!(signature(&db, two).results[0].0, "~r0");
    assert_eq!(r.params.len(), 1);
    assert_eq!(r.locals[r.params[0]].kind, LocalKind::Param);

    // Package-level initialisation order: base before g (g depends on it through h).
    let init = package_init(&db, package);
    let order: Vec<&str> = init.inits.iter().map(|g| g.names[0].as_str()).collect();
    assert_eq!(order, ["base", "g"]);
    assert_eq!(init.globals.get("g"), Some(&int));
}
