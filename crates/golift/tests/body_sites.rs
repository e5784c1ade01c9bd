//! Every allocation site of every typed body gets exactly the escape decision gc makes:
//! for every program of testdata/run and testdata/escape, each site of each function
//! (and of `main.init`) has a placement, and the body holds nothing it could not
//! express (`Body::unsupported` is empty: these programs compile).

mod common;

use golift::session::Session;
use golift_hir::body;

use common::*;

#[test]
fn every_site_has_a_decision() {
    let mut failures = Vec::new();
    let mut sites = 0;
    for dir in ["run", "escape"] {
        for go in go_files(&testdata(dir)) {
            let session = match Session::load(std::slice::from_ref(&go), false) {
                Ok(s) => s,
                Err(e) => {
                    failures.push(format!("{}: {}", go.display(), e.message));
                    continue;
                }
            };
            let db = &session.db;
            if !golift_hir::package_diagnostics(db, session.package).is_empty() {
                continue;
            }
            for &f in golift_hir::package_funcs(db, session.package) {
                let b = body::body(db, f);
                let placements = golift_escape::site_placements(db, f);
                for (id, site) in b.sites.iter() {
                    sites += 1;
                    if !placements.contains_key(&id) {
                        failures.push(format!(
                            "{}: {}: no decision for {:?} site at offset {}",
                            go.display(),
                            f.name(db),
                            site.kind,
                            site.pos
                        ));
                    }
                }
                for (pos, what) in &b.unsupported {
                    failures.push(format!(
                        "{}: {}: at {pos}: {what}",
                        go.display(),
                        f.name(db)
                    ));
                }
            }
            let init = &body::init_body_with_source_map(db, session.package).body;
            let placements = golift_escape::init_site_placements(db, session.package);
            for (id, site) in init.sites.iter() {
                sites += 1;
                if !placements.contains_key(&id) {
                    failures.push(format!(
                        "{}: init: no decision for {:?} site",
                        go.display(),
                        site.kind
                    ));
                }
            }
        }
    }
    assert!(sites > 100, "only {sites} sites seen");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
