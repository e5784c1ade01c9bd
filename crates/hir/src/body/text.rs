//! gc's text for a body's expressions, made lazily through the source map: a body keeps
//! no text (a 50,000-term expression formatted once per sub-expression would be
//! quadratic); a caller asks for the text of the few nodes it reports, and
//! [`crate::gc_text`] prints the syntax the node was lowered from, exactly as gc's `-m`
//! does. An implicit node prints as the expression it is implicit in.

use super::{BodyOwner, BodySourceMap, ExprId};
use crate::gc_text::GcSyntax;
use crate::Db;

/// gc's view of declaration `decl` of a body's owner (0 for a function; the index into
/// [`crate::PackageInit::inits`] for the package initialiser). `None` for a function
/// without a declaration.
pub fn body_gc_syntax(db: &dyn Db, owner: BodyOwner, decl: u32) -> Option<GcSyntax<'_>> {
    match owner {
        BodyOwner::Func(f) => {
            let func = f.func(db);
            let d = crate::decl_ast(db, func).as_ref()?;
            Some(GcSyntax::new(db, d, crate::infer(db, func)))
        }
        BodyOwner::PackageInit(package) => {
            let gi = crate::package_init(db, package).inits.get(decl as usize)?;
            let d = crate::item_tree(db, gi.file).decls.get(gi.decl as usize)?;
            Some(GcSyntax::new(db, d, &gi.inference))
        }
    }
}

/// Expression `e` of a body as gc's `-m` prints it; `None` for a node without source.
pub fn expr_text(db: &dyn Db, owner: BodyOwner, map: &BodySourceMap, e: ExprId) -> Option<String> {
    let s = map.expr_syntax.get(&e)?;
    let gc = body_gc_syntax(db, owner, s.decl)?;
    Some(gc.fmt_expr(s.expr, 0))
}
