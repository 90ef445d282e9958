//! `exhibit-check FILE...`: checks exhibit content files and prints every
//! problem as `FILE:LINE:COLUMN: path: what is wrong and how to fix it`.
//! `exhibit-check --schema` prints the JSON Schema of the format.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use secret_speech::core::check;

    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--schema") {
        print!("{}", secret_speech::core::schema::exhibit_schema());
        return ExitCode::SUCCESS;
    }
    if args.is_empty() || args.iter().any(|a| a.starts_with('-')) {
        eprintln!("usage: exhibit-check FILE...   (e.g. assets/exhibit/en.json)\n       exhibit-check --schema");
        return ExitCode::from(2);
    }
    let mut problems = 0;
    for file in &args {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                println!("{file}:1:1: (document): cannot read the file: {error}");
                problems += 1;
                continue;
            }
        };
        // Image paths in content are relative to `assets/`, the parent of
        // the folder that holds the content file.
        let assets = Path::new(file)
            .parent()
            .and_then(Path::parent)
            .unwrap_or(Path::new("."));
        let image_file = |image: &str| secret_speech::build::images::probe(assets, image);
        match check::load(file, &text, &image_file) {
            Err(found) => {
                for problem in &found {
                    println!("{problem}");
                }
                problems += found.len();
            }
            // Sound content that an LMS could not hold: the app shows it (and
            // keeps what fits at run time), but a package must not ship it.
            Ok(exhibit) => {
                if let Some(why) = secret_speech::core::scorm::suspend_data_overflow(&exhibit) {
                    let (line, column) = position_of(&text, "\"questions\"");
                    println!("{file}:{line}:{column}: quiz.questions: {why}");
                    problems += 1;
                }
            }
        }
    }
    if problems == 0 {
        println!("{} file(s) checked, no problems", args.len());
        ExitCode::SUCCESS
    } else {
        println!("{problems} problem(s) found");
        ExitCode::FAILURE
    }
}

/// Line and column (from 1, in characters) of the first `needle`, or 1:1.
#[cfg(not(target_arch = "wasm32"))]
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let Some(at) = text.find(needle) else { return (1, 1) };
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
