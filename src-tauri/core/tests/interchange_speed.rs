//! How long reading 10,000 ordinary vCards takes. Run by hand, in a release build:
//! `cargo test -p dphub-core --release --test integration interchange_speed -- --ignored --nocapture`.
//! It prints the time and asserts only the count: timings on a shared machine are not a test.

use std::time::Instant;

use dphub_core::app::contacts::interchange::read_vcards;

/// One card like a phone's export: name, two numbers, email, address, note, a group.
fn card(i: usize) -> String {
    format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.4//EN\r\n\
         N:Łukasiewicz{i};Zoë;;;\r\nFN:Zoë Łukasiewicz{i}\r\nORG:Hampshire Care Co-op;\r\n\
         item1.TEL;type=CELL;type=VOICE;type=pref:+44 7700 9{i:05}\r\n\
         item1.X-ABLabel:_$!<Mobile>!$_\r\nTEL;type=HOME;type=VOICE:01962 0{i:05}\r\n\
         item2.EMAIL;type=INTERNET;type=pref:zoe{i}@example.org\r\n\
         item3.ADR;type=HOME;type=pref:;;{i} Jewry Street;Winchester;Hampshire;SO23 8RZ;United Kingdom\r\n\
         NOTE:Met at the carers' café\\, Tuesday.\\nPrefers mornings.\r\n\
         CATEGORIES:Relief PAs\r\nBDAY;value=date:1988-07-14\r\nEND:VCARD\r\n"
    )
}

#[test]
#[ignore = "a measurement, run by hand in release"]
fn read_ten_thousand_vcards() {
    let file: String = (0..10_000).map(card).collect();
    // The best of a few runs: the machine may be busy with other work.
    let mut best = None;
    for _ in 0..5 {
        let start = Instant::now();
        let records = read_vcards(file.as_bytes()).unwrap();
        let elapsed = start.elapsed();
        assert_eq!(records.iter().filter(|r| r.is_ok()).count(), 10_000);
        best = Some(best.map_or(elapsed, |b: std::time::Duration| b.min(elapsed)));
    }
    println!(
        "read 10,000 vCards ({:.1} MB) in {:?} (best of 5)",
        file.len() as f64 / 1e6,
        best.unwrap_or_default()
    );
}
