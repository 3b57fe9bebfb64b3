//! Reading a Halo Security event list response of 10,000 events into its typed record
//! (`HaloSecurityEventListResponse`, checked field by field, every path kept for errors)
//! against reading the same text into an untyped `serde_json::Value`, in one run.
//!
//! ```text
//! cargo bench -p eventgen-real-catalogs --bench records
//! ```

use std::fmt::Write as _;
use std::hint::black_box;

use divan::{AllocProfiler, Bencher};
use vendor_event_types::HaloSecurityEvent;
use vendor_event_types::halo_security::HaloSecurityEventListResponse;

#[global_allocator]
static ALLOCATIONS: AllocProfiler = AllocProfiler::system();

const EVENTS: usize = 10_000;

fn main() {
    divan::main();
}

/// A list response as the API sends it: every known event type in turn, every fifth an
/// unknown one, one in three with a field of the event's own (kept), the optional
/// fields sometimes left out.
fn list_response() -> String {
    let mut text = String::from("{\"list\":[");
    for index in 0..EVENTS {
        if index > 0 {
            text.push(',');
        }
        let key = if index % 5 == 4 {
            "target-scan-cancel"
        } else {
            HaloSecurityEvent::NAMES[index % HaloSecurityEvent::NAMES.len()]
        };
        write!(
            text,
            "{{\"event\":{{\"event_id\":\"2022010101120043{index:032x}\",\"subject\":\"Scan Started\",\"key\":\"{key}\",\"url\":\"https://www.halosecurity.com/link?q=user-event&id={index}\""
        )
        .unwrap();
        if index % 2 == 0 {
            text.push_str(",\"date_created\":\"2022-01-01 01:12\"");
        }
        if index % 4 != 3 {
            write!(
                text,
                ",\"target\":{{\"target_name\":\"\",\"target_id\":{index},\"target\":\"www.example.com\"}}"
            )
            .unwrap();
        }
        if index % 3 == 0 {
            text.push_str(",\"ip\":\"192.0.2.1\",\"port\":443");
        }
        text.push_str("}}");
    }
    text.push_str("]}");
    text
}

#[divan::bench]
fn typed_record(bencher: Bencher) {
    let text = list_response();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| {
            let response: HaloSecurityEventListResponse =
                eventgen::json::from_str(black_box(&text)).unwrap();
            black_box(response)
        });
}

#[divan::bench]
fn serde_json_value(bencher: Bencher) {
    let text = list_response();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| {
            let value: serde_json::Value = serde_json::from_str(black_box(&text)).unwrap();
            black_box(value)
        });
}
