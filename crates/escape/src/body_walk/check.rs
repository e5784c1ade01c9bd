//! Temporary, while the port is under way: runs the Body walker on every batch of a
//! package and lists where its decisions differ from the syntax walker's (placements by
//! allocation site, moved-to-heap locals, parameter tags). Deleted with the syntax
//! walker.

use golift_hir::body::body_with_source_map;
use golift_hir::{decl_ast, infer, Db, Func, Package};

use crate::build::Batch;

/// Where the Body walker's decisions differ from the syntax walker's, one line each.
#[doc(hidden)]
pub fn body_walker_differences(db: &dyn Db, package: Package) -> Vec<String> {
    let mut out = Vec::new();
    for batch in crate::scc::batches(db, package) {
        let mut b = Batch::new(db);
        let mut tops = Vec::new();
        for name in batch {
            let func = Func::new(db, package, name.clone());
            let Some(decl) = decl_ast(db, func).as_ref() else {
                continue;
            };
            let unit = b.add_unit(Some(func), format!("F{name}"), decl, infer(db, func));
            b.units[unit].body = Some(body_with_source_map(db, func));
            let top = b.init_body_func(unit);
            b.batch_funcs.insert(name.clone(), top);
            tops.push((name.clone(), func, unit, top));
        }
        for t in &tops {
            b.walk_body(t.3);
        }
        crate::run::solve_and_finish(&mut b);
        let key = crate::run::BatchKey::new(db, package, batch.clone());
        let old = &crate::run::analyze_batch(db, key).ordered;
        let new: Vec<(String, crate::EscDiag)> = b
            .out
            .iter()
            .map(|(u, d)| (b.units[*u].key.clone(), d.clone()))
            .collect();
        if *old != new {
            let i = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
            out.push(format!(
                "{batch:?}: diagnostics differ at {i} ({} vs {}):\n  syntax {:?}\n  body   {:?}",
                old.len(),
                new.len(),
                old.get(i),
                new.get(i)
            ));
        }
        for (name, func, unit, top) in tops {
            let old = crate::site_placements(db, func);
            let new = &b.units[unit].result.sites;
            if old != new {
                let mut o: Vec<_> = old.iter().collect();
                let mut n: Vec<_> = new.iter().collect();
                o.sort_by_key(|x| u32::from(x.0.into_raw()));
                n.sort_by_key(|x| u32::from(x.0.into_raw()));
                out.push(format!("{name}: sites: syntax {o:?}, body {n:?}"));
            }
            let old = &crate::escape(db, func).heap_locals;
            let new = &b.units[unit].result.heap_locals;
            if old != new {
                out.push(format!("{name}: heap locals: syntax {old:?}, body {new:?}"));
            }
            let old = crate::param_tags(db, func);
            let new = crate::run::tags_of(&b, top);
            if *old != new {
                out.push(format!("{name}: tags: syntax {old:?}, body {new:?}"));
            }
        }
    }
    out
}
