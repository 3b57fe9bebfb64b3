//! Parsing and printing the four real catalogs: eventgen's generated code against
//! strum 0.28's derives on the same enums, in one run.
//!
//! ```text
//! cargo bench -p eventgen-real-catalogs --bench parse
//! ```
//!
//! Each benchmark handles a whole input set (every wire value of the catalog, or a set of
//! unknown values) per iteration; divan reports the time per input item and, through its
//! allocation profiler, the allocations per iteration.

use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;

use divan::{AllocProfiler, Bencher};
use eventgen::EventType;
use eventgen_real_catalogs::{hand_written, strum_twins, whole};

#[global_allocator]
static ALLOCATIONS: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

/// Values no catalog has, shaped like real ones: a newer vendor version's events, other
/// vendors' events, near misses.
const UNKNOWN: &[&str] = &[
    "session.start.v2",
    "access_list.member.create",
    "User-logged-in-with-passkey",
    "api_client_deleted_by_admin",
    "target-scan-cancel",
    "login_success_mfa",
    "session.star",
    "SESSION.START",
    "kube.request.v2",
    "Connection-terminated-by-policy",
    "",
    "unknown",
];

fn bench_parse<E: FromStr>(bencher: Bencher, inputs: &[String]) {
    bencher
        .counter(divan::counter::ItemsCount::new(inputs.len()))
        .bench_local(|| {
            for input in inputs {
                let _ = black_box(E::from_str(black_box(input)));
            }
        });
}

fn bench_display<E: std::fmt::Display>(bencher: Bencher, events: &[E]) {
    let mut buffer = String::with_capacity(256);
    bencher
        .counter(divan::counter::ItemsCount::new(events.len()))
        .bench_local(|| {
            for event in events {
                buffer.clear();
                let _ = write!(buffer, "{}", black_box(event));
            }
            black_box(buffer.len())
        });
}

fn bench_as_ref<E: AsRef<str>>(bencher: Bencher, events: &[E]) {
    bencher
        .counter(divan::counter::ItemsCount::new(events.len()))
        .bench_local(|| {
            for event in events {
                black_box(black_box(event).as_ref());
            }
        });
}

fn names<E: EventType>() -> Vec<String> {
    E::NAMES.iter().map(|name| (*name).to_owned()).collect()
}

fn unknown() -> Vec<String> {
    UNKNOWN.iter().map(|value| (*value).to_owned()).collect()
}

/// `events` parsed with `E`, for the printing benchmarks.
fn parsed<E: FromStr>(inputs: &[String]) -> Vec<E>
where
    E::Err: std::fmt::Debug,
{
    inputs.iter().map(|input| input.parse().unwrap()).collect()
}

macro_rules! catalog_benches {
    ($module:ident, $type:ident) => {
        mod $module {
            use super::*;

            type Eventgen = whole::$type;
            type Strum = strum_twins::$type;

            #[divan::bench]
            fn parse_known_eventgen(bencher: Bencher) {
                bench_parse::<Eventgen>(bencher, &names::<Eventgen>());
            }

            #[divan::bench]
            fn parse_known_strum(bencher: Bencher) {
                bench_parse::<Strum>(bencher, &names::<Eventgen>());
            }

            #[divan::bench]
            fn parse_unknown_eventgen(bencher: Bencher) {
                bench_parse::<Eventgen>(bencher, &unknown());
            }

            #[divan::bench]
            fn parse_unknown_strum(bencher: Bencher) {
                bench_parse::<Strum>(bencher, &unknown());
            }

            #[divan::bench]
            fn display_eventgen(bencher: Bencher) {
                bench_display(bencher, &parsed::<Eventgen>(&names::<Eventgen>()));
            }

            #[divan::bench]
            fn display_strum(bencher: Bencher) {
                bench_display(bencher, &parsed::<Strum>(&names::<Eventgen>()));
            }

            #[divan::bench]
            fn name_eventgen(bencher: Bencher) {
                bench_as_ref(bencher, &parsed::<Eventgen>(&names::<Eventgen>()));
            }

            #[divan::bench]
            fn name_strum(bencher: Bencher) {
                bench_as_ref(bencher, &parsed::<Strum>(&names::<Eventgen>()));
            }
        }
    };
}

catalog_benches!(cloudpassage_halo, CloudPassageHaloEvent);
catalog_benches!(halo_security, HaloSecurityEvent);
catalog_benches!(privx, PrivxEvent);
catalog_benches!(teleport, TeleportEvent);

/// CloudPassage matches ignoring ASCII case. Its inputs in upper case go through the
/// case-insensitive paths; its exact-matching twin (`hand_written`, no
/// `case_insensitive`) parsing the canonical names is the baseline they are compared with.
mod cloudpassage_halo_case {
    use super::{Bencher, bench_parse, hand_written, names, strum_twins, whole};

    type CaseInsensitive = whole::CloudPassageHaloEvent;
    type Exact = hand_written::CloudPassageHaloEvent;
    type Strum = strum_twins::CloudPassageHaloEvent;

    fn upper_case() -> Vec<String> {
        CaseInsensitive::NAMES
            .iter()
            .map(|name| name.to_ascii_uppercase())
            .collect()
    }

    #[divan::bench]
    fn parse_exact_baseline_eventgen(bencher: Bencher) {
        bench_parse::<Exact>(bencher, &names::<Exact>());
    }

    #[divan::bench]
    fn parse_upper_case_eventgen(bencher: Bencher) {
        bench_parse::<CaseInsensitive>(bencher, &upper_case());
    }

    #[divan::bench]
    fn parse_upper_case_strum(bencher: Bencher) {
        bench_parse::<Strum>(bencher, &upper_case());
    }
}
