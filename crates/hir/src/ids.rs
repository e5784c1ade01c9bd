//! Interned identities of a package's functions, variables and declared types, free of
//! the database lifetime so that bodies, types, side tables and results can hold them:
//! [`FuncId`] for a function (methods and closures later), [`GlobalId`] for a
//! package-level variable, [`TypeDefId`] for a type declaration (package-level, or local
//! to a function once those are supported).
//! Each is a salsa interned value (`Copy`, compared by identity); `.func(db)` /
//! `.name(db)` give the parts back. Names of symbols are made in [`crate::symbols`].

use crate::{Db, Func, Package};

/// A function's identity: the interned [`Func`] without its lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(salsa::Id);

impl FuncId {
    pub fn new(func: Func<'_>) -> FuncId {
        FuncId(salsa::plumbing::AsId::as_id(&func))
    }
    /// The function `name` of `package`.
    pub fn of(db: &dyn Db, package: Package, name: &str) -> FuncId {
        FuncId::new(Func::new(db, package, name.to_string()))
    }
    pub fn func<'db>(self, _db: &'db dyn Db) -> Func<'db> {
        salsa::plumbing::FromId::from_id(self.0)
    }
    pub fn name(self, db: &dyn Db) -> &str {
        self.func(db).name(db)
    }
    pub fn package(self, db: &dyn Db) -> Package {
        self.func(db).package(db)
    }
    /// The function of a function literal: `path` numbers it from the outermost
    /// literal of `owner`'s body inwards (each from 1, in source order, as gc numbers
    /// `f.func1`, `f.func1.2`). Its item name is the owner's with `#N` per level
    /// ([`CLOSURE_SEP`]), which no declared function's name can be.
    pub fn closure(db: &dyn Db, owner: FuncId, path: &[u32]) -> FuncId {
        let mut name = owner.name(db).to_string();
        for n in path {
            name.push(CLOSURE_SEP);
            name.push_str(&n.to_string());
        }
        FuncId::of(db, owner.package(db), &name)
    }
    /// For the function of a function literal: the function whose body it is written
    /// in and its path (see [`FuncId::closure`]).
    pub fn closure_path(self, db: &dyn Db) -> Option<(FuncId, Vec<u32>)> {
        let name = self.name(db);
        let (owner, rest) = name.split_once(CLOSURE_SEP)?;
        let path = rest
            .split(CLOSURE_SEP)
            .map(|n| n.parse().ok())
            .collect::<Option<Vec<u32>>>()?;
        Some((FuncId::of(db, self.package(db), owner), path))
    }
    /// The declared function a function literal's function is written in (itself for a
    /// declared function): whose body, declaration and escape analysis it shares.
    pub fn outermost(self, db: &dyn Db) -> FuncId {
        self.closure_path(db).map_or(self, |(owner, _)| owner)
    }
}

/// Separates the levels of a function literal's item name (see [`FuncId::closure`]).
pub const CLOSURE_SEP: char = '#';

/// A package-level variable, interned by package and name.
#[salsa::interned(debug)]
pub struct Global<'db> {
    #[returns(copy)]
    pub package: Package,
    #[returns(ref)]
    pub name: String,
}

/// A package-level variable's identity without the database lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GlobalId(salsa::Id);

impl GlobalId {
    /// The variable `name` of `package`.
    pub fn of(db: &dyn Db, package: Package, name: &str) -> GlobalId {
        GlobalId(salsa::plumbing::AsId::as_id(&Global::new(
            db,
            package,
            name.to_string(),
        )))
    }
    fn global<'db>(self, _db: &'db dyn Db) -> Global<'db> {
        salsa::plumbing::FromId::from_id(self.0)
    }
    pub fn name(self, db: &dyn Db) -> &str {
        self.global(db).name(db)
    }
    pub fn package(self, db: &dyn Db) -> Package {
        self.global(db).package(db)
    }
}

/// A type declaration: its package, name, the function declaring it (`None` at package
/// level) and its index among that function's type declarations of the same name (0 at
/// package level), so that two local `type T` in different blocks are different types.
#[salsa::interned(debug)]
pub struct TypeDef<'db> {
    #[returns(copy)]
    pub package: Package,
    #[returns(ref)]
    pub name: String,
    #[returns(copy)]
    pub owner: Option<FuncId>,
    #[returns(copy)]
    pub index: u32,
}

/// A type declaration's identity without the database lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeDefId(salsa::Id);

impl TypeDefId {
    /// The package-level type `name` of `package`.
    pub fn package_level(db: &dyn Db, package: Package, name: &str) -> TypeDefId {
        let def = TypeDef::new(db, package, name.to_string(), None, 0);
        TypeDefId(salsa::plumbing::AsId::as_id(&def))
    }
    /// The `index`th type `name` declared in the body of `owner`.
    pub fn local(
        db: &dyn Db,
        package: Package,
        name: &str,
        owner: FuncId,
        index: u32,
    ) -> TypeDefId {
        let def = TypeDef::new(db, package, name.to_string(), Some(owner), index);
        TypeDefId(salsa::plumbing::AsId::as_id(&def))
    }
    fn def<'db>(self, _db: &'db dyn Db) -> TypeDef<'db> {
        salsa::plumbing::FromId::from_id(self.0)
    }
    pub fn name(self, db: &dyn Db) -> &str {
        self.def(db).name(db)
    }
    pub fn package(self, db: &dyn Db) -> Package {
        self.def(db).package(db)
    }
    /// The function declaring this type, for a local type.
    pub fn owner(self, db: &dyn Db) -> Option<FuncId> {
        self.def(db).owner(db)
    }
    /// Its index among its function's type declarations of the same name (0 at
    /// package level).
    pub fn index(self, db: &dyn Db) -> u32 {
        self.def(db).index(db)
    }
}
