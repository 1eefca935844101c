//! Streaming corpus runs.
