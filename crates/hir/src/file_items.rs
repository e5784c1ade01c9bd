//! The package-level view of one file (rust-analyzer's item tree): what package-level
//! analysis reads of a file, in a value that an edit inside a function body leaves
//! equal.
//!
//! [`item_tree`] keeps, per top-level declaration and at the same index as
//! `File::decls`: `var`, `const` and `type` declarations whole, and of a function only
//! its head (receiver, name, type parameters, parameters, results, pragmas), not its
//! body. Spans inside a declaration are relative to its start, so the tree is also equal
//! when lines are inserted above a declaration or a body grows; only the imports carry
//! absolute spans, and nothing but the package clause and other imports precede them.
//!
//! Package-level queries (`package_items`, `package_env` and its projections,
//! `package_init`, the error list) read this instead of [`crate::parse`], so salsa does
//! not even re-execute them after a body edit. Absolute positions of declarations live
//! apart, in [`decl_offsets`] and [`decl_start`], which only printers of diagnostics
//! read; syntax errors in [`syntax_errors`]. Function bodies are read through
//! [`crate::decl_ast`], never here.

use golift_syntax::ast;

use crate::checker::stmt_at;
use crate::{parse, Db, SourceFile};

/// One file's imports and top-level declarations, function bodies left out.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ItemTree {
    /// The package clause's name (`main`), if the file has one.
    pub package: Option<String>,
    /// The imports, with absolute spans (they precede every declaration).
    pub imports: Vec<ast::Import>,
    /// One entry per `File::decls` entry: functions without body (`body` is `None`, the
    /// arenas hold only the head's nodes), everything else whole.
    pub decls: Vec<ast::Decl>,
}

/// The package-level view of `file`.
#[salsa::tracked(returns(ref))]
pub fn item_tree(db: &dyn Db, file: SourceFile) -> ItemTree {
    let tree = parse(db, file);
    ItemTree {
        package: tree.package.as_ref().map(|n| n.text.clone()),
        imports: tree.imports.clone(),
        decls: tree.decls.iter().map(decl_head).collect(),
    }
}

/// The absolute start offset of each top-level declaration of `file`: add it to a span
/// relative to the declaration to print a position. Analyses must not read it.
#[salsa::tracked(returns(ref))]
pub fn decl_offsets(db: &dyn Db, file: SourceFile) -> Vec<u32> {
    parse(db, file).decl_offsets.clone()
}

/// One top-level declaration of a file, by its index in `File::decls`.
#[salsa::interned(debug)]
pub struct DeclRef<'db> {
    #[returns(copy)]
    pub file: SourceFile,
    #[returns(copy)]
    pub decl: u32,
}

/// The absolute start of one declaration. Unlike [`decl_offsets`], it stays equal when
/// only other declarations move, so a query that prints positions of a few
/// declarations (`main.init`'s source locations) is not re-executed when a body edit
/// moves the others.
#[salsa::tracked]
pub fn decl_start<'db>(db: &'db dyn Db, decl: DeclRef<'db>) -> Option<u32> {
    let offsets = decl_offsets(db, decl.file(db));
    offsets.get(decl.decl(db) as usize).copied()
}

/// The syntax errors of `file` (absolute offsets), in the parser's order.
#[salsa::tracked(returns(ref))]
pub fn syntax_errors(db: &dyn Db, file: SourceFile) -> Vec<ast::SyntaxError> {
    parse(db, file).errors.clone()
}

/// A declaration as package-level analysis sees it: a function without its body.
fn decl_head(decl: &ast::Decl) -> ast::Decl {
    let ast::DeclKind::Func(f) = &decl.kind else {
        return decl.clone();
    };
    let Some(body_start) = f.body.and_then(|b| stmt_at(decl, b)).map(|b| b.span.start) else {
        return decl.clone();
    };
    // The parser allocates nodes in source order, so the head's nodes are the ones
    // before the body's `{`. The fields' own types bound the count too, should error
    // recovery have allocated a node of the head at the brace.
    let head_fields = f
        .recv
        .iter()
        .chain(&f.type_params)
        .chain(&f.sig.params)
        .chain(&f.sig.results);
    let referenced = head_fields
        .map(|field| field.typ.into_raw().into_u32() as usize + 1)
        .max()
        .unwrap_or(0);
    let before_body = decl
        .exprs
        .values()
        .take_while(|e| e.span.start < body_start)
        .count();
    let nexprs = before_body.max(referenced).min(decl.exprs.len());
    let nstmts = decl
        .stmts
        .values()
        .take_while(|s| s.span.start < body_start)
        .count();
    ast::Decl {
        exprs: decl.exprs.values().take(nexprs).cloned().collect(),
        stmts: decl.stmts.values().take(nstmts).cloned().collect(),
        kind: ast::DeclKind::Func(ast::FuncDecl {
            body: None,
            ..f.clone()
        }),
        span: ast::Span::new(0, body_start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::expr_at;

    fn heads(src: &str) -> Vec<ast::Decl> {
        golift_syntax::parse(src)
            .decls
            .iter()
            .map(decl_head)
            .collect()
    }

    #[test]
    fn a_function_head_is_equal_across_body_edits() {
        let a = heads(
            "package p\n\nfunc f(x []int, y map[string]*T) (int, error) {\n\treturn 1, nil\n}\n",
        );
        let b = heads("package p\n\nfunc f(x []int, y map[string]*T) (int, error) {\n\tx[0] = 2 * 3\n\treturn len(x), nil\n}\n");
        assert_eq!(a, b);
        let c = heads(
            "package p\n\nfunc f(x []int, y map[string]*T) (uint, error) {\n\treturn 1, nil\n}\n",
        );
        assert_ne!(a, c, "a signature edit changes the head");
    }

    #[test]
    fn a_head_keeps_every_node_of_its_signature() {
        let src = "package p\n\nfunc (r *R[K]) m(f func(int) []struct{ a [4]byte }) chan<- int {\n\tprintln(1)\n\treturn nil\n}\n";
        let file = golift_syntax::parse(src);
        let full = &file.decls[0];
        let head = decl_head(full);
        assert!(
            head.exprs.len() < full.exprs.len(),
            "the body's nodes are gone"
        );
        for (id, e) in head.exprs.iter() {
            assert_eq!(Some(e), expr_at(full, id));
        }
        let ast::DeclKind::Func(f) = &head.kind else {
            panic!("not a function");
        };
        assert!(f.body.is_none());
        for field in f.recv.iter().chain(&f.sig.params).chain(&f.sig.results) {
            assert!(expr_at(&head, field.typ).is_some());
        }
    }
}
