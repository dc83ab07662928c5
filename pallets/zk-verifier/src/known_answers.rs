//! The known-answer vectors' format (`fixtures/known_answers.json`), shared by the native check
//! (`kat.rs`) and the wasm check (`kat-wasm/tests/known_answers.rs`), and the native answer to a
//! case.
//!
//! A case is `{"name", "op": "prepare_key" | "verify", "rules": "lenient" | "strict",
//! "max_inputs" (prepare_key only), "key", "proof", "inputs", "answer"}`, bytes in `0x` hex. For
//! `verify`, `key` is the *prepared* key. `answer` is `{"ok": blake2_256(prepared key)}` for a
//! key, `{"ok": "0x00"}` for a proof, or `{"err": "<Groth16Error variant>"}`.

use crate::verifier::{self, Groth16Error, Rules};
use std::{format, string::String, string::ToString, vec, vec::Vec};

/// What a case asks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
	PrepareKey,
	Verify,
}

/// One vector's question.
#[derive(Clone, Debug)]
pub struct Case {
	pub name: String,
	pub op: Op,
	pub rules: Rules,
	/// For [`Op::PrepareKey`]; 0 for [`Op::Verify`].
	pub max_inputs: u32,
	/// The key for [`Op::PrepareKey`]; the *prepared* key for [`Op::Verify`].
	pub key: Vec<u8>,
	pub proof: Vec<u8>,
	/// Concatenated 32-byte public inputs.
	pub inputs: Vec<u8>,
}

/// `Ok` holds the blake2_256 of a prepared key, or `[0]` for a verified proof; `Err` holds the
/// name of the [`Groth16Error`] variant.
pub type Answer = Result<Vec<u8>, String>;

/// The name an answer gives an error: its variant.
pub fn name_of(error: Groth16Error) -> String {
	format!("{error:?}")
}

/// The answer of this build's verifier, natively.
pub fn answer_of(case: &Case) -> Answer {
	match case.op {
		Op::PrepareKey => verifier::prepare_key_under(&case.key, case.max_inputs, case.rules)
			.map(|prepared| sp_io::hashing::blake2_256(&prepared).to_vec()),
		Op::Verify => verifier::verify_under(&case.key, &case.proof, &case.inputs, case.rules)
			.map(|()| vec![0]),
	}
	.map_err(name_of)
}

pub use crate::snarkjs::to_hex as hex;

/// Bytes of `0x` hex; panics on anything else (the file is ours).
pub fn unhex(text: &str) -> Vec<u8> {
	let digits = text.strip_prefix("0x").expect("0x-prefixed hex");
	assert!(digits.len() % 2 == 0, "odd hex length: {text}");
	(0..digits.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&digits[i..i + 2], 16).expect("hex digit"))
		.collect()
}

/// How the file names the rules.
pub fn rules_name(rules: Rules) -> &'static str {
	match rules {
		Rules::Lenient => "lenient",
		Rules::Strict => "strict",
	}
}

/// A vector file, one case a line.
pub fn to_json(cases: &[(Case, Answer)]) -> String {
	let mut out = String::from("[\n");
	for (i, (case, answer)) in cases.iter().enumerate() {
		let answer = match answer {
			Ok(bytes) => format!("{{\"ok\": \"{}\"}}", hex(bytes)),
			Err(name) => format!("{{\"err\": \"{name}\"}}"),
		};
		let op = match case.op {
			Op::PrepareKey => format!(
				"\"op\": \"prepare_key\", \"max_inputs\": {}",
				case.max_inputs
			),
			Op::Verify => "\"op\": \"verify\"".to_string(),
		};
		out.push_str(&format!(
			"  {{\"name\": \"{}\", {op}, \"rules\": \"{}\", \"key\": \"{}\", \"proof\": \"{}\", \
			 \"inputs\": \"{}\", \"answer\": {answer}}}{}\n",
			case.name,
			rules_name(case.rules),
			hex(&case.key),
			hex(&case.proof),
			hex(&case.inputs),
			if i + 1 == cases.len() { "" } else { "," },
		));
	}
	out.push_str("]\n");
	out
}

/// The cases of a vector file, with their committed answers.
pub fn from_json(text: &str) -> Vec<(Case, Answer)> {
	let value: serde_json::Value = serde_json::from_str(text).expect("known_answers.json parses");
	let string = |case: &serde_json::Value, field: &str| -> String {
		case.get(field)
			.and_then(|v| v.as_str())
			.unwrap_or_else(|| panic!("field {field} of {case}"))
			.to_string()
	};
	value
		.as_array()
		.expect("a list of cases")
		.iter()
		.map(|case| {
			let op = match string(case, "op").as_str() {
				"prepare_key" => Op::PrepareKey,
				"verify" => Op::Verify,
				other => panic!("unknown op {other}"),
			};
			let rules = match string(case, "rules").as_str() {
				"lenient" => Rules::Lenient,
				"strict" => Rules::Strict,
				other => panic!("unknown rules {other}"),
			};
			let max_inputs = match op {
				Op::PrepareKey => case
					.get("max_inputs")
					.and_then(|v| v.as_u64())
					.and_then(|v| u32::try_from(v).ok())
					.expect("max_inputs of a prepare_key case"),
				Op::Verify => 0,
			};
			let answer = case.get("answer").expect("answer");
			let answer = match (answer.get("ok"), answer.get("err")) {
				(Some(ok), None) => Ok(unhex(ok.as_str().expect("hex"))),
				(None, Some(err)) => Err(err.as_str().expect("a variant name").to_string()),
				_ => panic!("answer must be ok or err: {answer}"),
			};
			(
				Case {
					name: string(case, "name"),
					op,
					rules,
					max_inputs,
					key: unhex(&string(case, "key")),
					proof: unhex(&string(case, "proof")),
					inputs: unhex(&string(case, "inputs")),
				},
				answer,
			)
		})
		.collect()
}
