//! Block scopes of a function body: what each local name denotes, innermost first.

use std::collections::HashMap;

use crate::{ConstValue, LocalId, Ty};

/// What a name declared inside a function denotes.
#[derive(Clone, Debug)]
pub(crate) enum ScopeObj {
    Local(LocalId),
    Const(Ty, ConstValue),
    /// Declared by an erroneous or unsupported declaration (already reported).
    Invalid,
    /// A local type declaration (`type T struct{...}` in a body), or a local alias.
    Type(Ty),
}

/// One block: each name's object and where it is declared (its offset relative to the
/// declaration, for gc's `other declaration of x`).
#[derive(Default, Debug)]
pub(crate) struct Scope {
    pub(crate) names: HashMap<String, (ScopeObj, u32)>,
}

/// The stack of open blocks.
#[derive(Default, Debug)]
pub(crate) struct Scopes {
    stack: Vec<Scope>,
}

impl Scopes {
    pub(crate) fn push(&mut self) {
        self.stack.push(Scope::default());
    }

    pub(crate) fn pop(&mut self) {
        self.stack.pop();
    }

    /// Declares `name`, declared at offset `pos`, in the innermost block; if it is
    /// already declared there (a redeclaration), returns the other declaration's offset.
    pub(crate) fn declare(&mut self, name: &str, obj: ScopeObj, pos: u32) -> Result<(), u32> {
        if name == "_" {
            return Ok(());
        }
        if self.stack.is_empty() {
            self.push();
        }
        let Some(scope) = self.stack.last_mut() else {
            return Ok(());
        };
        if let Some((_, other)) = scope.names.get(name) {
            return Err(*other);
        }
        scope.names.insert(name.to_string(), (obj, pos));
        Ok(())
    }

    /// Whether `name` is declared in the innermost block.
    pub(crate) fn declared_here(&self, name: &str) -> Option<&ScopeObj> {
        self.stack
            .last()
            .and_then(|s| s.names.get(name))
            .map(|(o, _)| o)
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<&ScopeObj> {
        self.stack
            .iter()
            .rev()
            .find_map(|s| s.names.get(name))
            .map(|(o, _)| o)
    }
}
