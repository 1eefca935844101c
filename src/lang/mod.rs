//! Language profiles.
