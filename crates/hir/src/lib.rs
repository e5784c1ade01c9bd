//! The semantic core of golift: the salsa database, source inputs, package items,
//! name resolution and Go type checking.
//!
//! Everything downstream (escape analysis, codegen, the driver) reads Go programs through
//! this crate's queries; none of them look at text or do IO. Queries, from the bottom:
//!
//! - [`parse`] (per [`SourceFile`]): the syntax tree, via `golift_syntax::parse`.
//! - [`item_tree`] (per [`SourceFile`]): imports and declarations without function
//!   bodies, what every package-level query reads, so that body edits do not re-run them.
//! - [`package_items`] (per [`Package`]): every top-level name and where it is declared.
//! - [`decl_ast`] (per [`Func`]): one function's declaration, a value that stays equal
//!   while the function's text is unchanged, wherever it moves in the file. This is the
//!   firewall that keeps an edit in one function from re-running the others' queries.
//! - [`signature`] (per [`Func`]): parameter and result types, without looking at bodies.
//! - [`infer`] (per [`Func`]): resolution, types, constants and type errors of one body.
//!
//! Diagnostics are returned as data and rendered by the driver.

pub mod body;
mod builtins;
mod builtins_complex;
mod builtins_unsafe;
mod check_expr;
mod check_func;
mod check_stmt;
mod checker;
mod consts;
mod db;
mod diagnose;
mod diagnostics;
mod env;
mod errors;
mod file_items;
pub mod gc_text;
mod ids;
mod iface_decls;
mod implements;
mod infer_result;
mod init_order;
mod input;
mod items;
mod layout;
mod lower;
mod methods;
mod pkg_env;
mod scope;
pub mod stdlib;
pub mod symbols;
mod ty;
pub mod ty_class;
mod type_decls;
mod universe;

pub use check_func::{infer, signature};
pub use db::{Db, RootDatabase};
pub use diagnose::{package_diagnostics, package_diagnostics_all};
pub use diagnostics::{not_supported, Diagnostic};
pub use errors::{expr_string, type_string};
pub use file_items::{decl_offsets, decl_start, item_tree, syntax_errors, DeclRef, ItemTree};
pub use ids::{FuncId, Global, GlobalId, TypeDef, TypeDefId};
pub use iface_decls::{iface_method_decls, IfaceMethodDecl, IfaceParam};
pub use infer_result::{
    Builtin, CallKind, CheckError, ConstFloat, ConstValue, FuncLitInfo, GlobalInit,
    InferenceResult, InitCycleObj, Local, LocalId, LocalKind, MethodSel, PackageInit, Res,
    Selection, Signature, TypeSwitchClauseInfo,
};
pub use init_order::package_init;
pub use input::{GoArch, Package, SourceFile};
pub use items::{
    blank_func_name, decl_ast, decl_offset, func_by_name, func_loc, init_func_name, init_funcs,
    is_blank_func, line_index, package_funcs, package_items, package_var_specs, parse, Func,
    ItemKind, ItemLoc, ItemMap, VarSpecLoc,
};
pub use layout::{layout_of, AlgKind, PtrMask, Repr, Scalar, ScalarKind, TypeLayout, PTR_SIZE};
pub use methods::{
    full_method_set, method_set, methods_of, package_methods, IfaceSetEntry, MethodDecl,
    MethodSetEntry, MethodSetMember, PackageMethods,
};
pub use pkg_env::{package_env, package_scope, DeclDiagnostic, ObjDeps, PackageEnv, PackageScope};
pub use ty::{BasicAlias, BasicKind, NamedRef, StructField, Ty, TyKind};
pub use type_decls::{package_types, underlying};
pub use universe::{empty_interface, error_type};
