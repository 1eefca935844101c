//! langid
