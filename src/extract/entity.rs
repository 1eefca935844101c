//! entity
