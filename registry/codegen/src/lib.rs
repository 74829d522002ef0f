//! Nothing to link: the generator is `tests/codegen.rs`, kept apart from the
//! registry crate so it runs even when `generated.rs` is missing or broken.
