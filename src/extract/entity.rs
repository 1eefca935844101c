//! Entity mentions. (In progress.)
