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
}

/// One block.
#[derive(Default, Debug)]
pub(crate) struct Scope {
    pub(crate) names: HashMap<String, ScopeObj>,
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

    /// Declares `name` in the innermost block; returns false if it is already declared
    /// there (a redeclaration).
    pub(crate) fn declare(&mut self, name: &str, obj: ScopeObj) -> bool {
        if name == "_" {
            return true;
        }
        if self.stack.is_empty() {
            self.push();
        }
        match self.stack.last_mut() {
            Some(scope) => {
                if scope.names.contains_key(name) {
                    return false;
                }
                scope.names.insert(name.to_string(), obj);
                true
            }
            None => false,
        }
    }

    /// Whether `name` is declared in the innermost block.
    pub(crate) fn declared_here(&self, name: &str) -> Option<&ScopeObj> {
        self.stack.last().and_then(|s| s.names.get(name))
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<&ScopeObj> {
        self.stack.iter().rev().find_map(|s| s.names.get(name))
    }
}
