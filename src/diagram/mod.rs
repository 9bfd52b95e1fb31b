//! Placeholder until the diagrams land.
