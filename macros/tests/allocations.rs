//! Allocation counts: parsing a known value, `name()` and `Display` never allocate;
//! parsing an unknown value allocates once, for the copy the catch-all keeps.
//!
//! A counting global allocator sees every allocation of the process, so this file holds
//! a single test: no other test thread can allocate while it counts.

use std::alloc::System;
use std::fmt::Write as _;

use eventgen::Unknown;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Runs `f` and counts the allocations (and reallocations) it made.
fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let region = Region::new(GLOBAL);
    let result = std::hint::black_box(f());
    let stats = region.change();
    (result, stats.allocations + stats.reallocations)
}

eventgen::catalog!(enum CloudPassage = "../specs/cloudpassage-halo.yaml");
eventgen::catalog!(enum Privx = "../specs/privx.yaml");

#[test]
fn allocation_counts() {
    let mut buffer = String::with_capacity(256);
    for event in CloudPassage::iter() {
        let upper = event.name().to_ascii_uppercase();
        let (parsed, count) = allocations(|| CloudPassage::from(upper.as_str()));
        assert_eq!((&parsed, count), (event, 0), "parsing {upper}");
        let (_, count) = allocations(|| event.name().len());
        assert_eq!(count, 0, "name() of {event:?}");
        buffer.clear();
        let (_, count) = allocations(|| write!(buffer, "{event}"));
        assert_eq!(count, 0, "Display of {event:?}");
    }
    for input in [
        "new_event",
        "a-much-longer-event-name-than-any-known-one-in-the-catalog",
        "",
    ] {
        let (parsed, count) = allocations(|| CloudPassage::from(input));
        assert!(!parsed.is_known());
        assert!(
            count <= 1,
            "parsing the unknown {input:?} allocated {count} times"
        );
        let (_, count) = allocations(|| parsed.name().len());
        assert_eq!(count, 0);
        // An owned string is moved into the catch-all, not copied.
        let owned = input.to_owned();
        let (_, count) = allocations(|| CloudPassage::from(owned));
        assert_eq!(count, 0, "parsing the owned unknown {input:?}");
    }
    let (_, count) = allocations(|| Privx::from_code(100));
    assert_eq!(count, 0);
    let (unknown, count) = allocations(|| Privx::from(999_999_u32));
    assert!(count <= 1, "an unknown code allocated {count} times");
    let _: &Unknown<Privx> = match &unknown {
        Privx::Other(unknown) => unknown,
        other => panic!("{other:?}"),
    };
}
