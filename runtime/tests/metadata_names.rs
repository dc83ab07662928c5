//! Names in the metadata that every client can generate code from.
//!
//! Client stacks turn metadata names into identifiers: polkadot-api makes each runtime API
//! parameter a TypeScript function parameter, subxt makes calls, fields and parameters Rust
//! identifiers, Python codegen makes them attributes and keyword arguments. A reserved word there
//! fails the client's code generation (polkadot-api 2.2.2 stopped with `Unexpected "class"` on
//! `PricingApi`'s parameter `class`), so:
//! - no name AITBC puts in the metadata (its pallets' calls, call arguments, events, event
//!   fields, errors, storage items, constants, the fields and variants of its types, and its
//!   runtime APIs' methods and parameters) is a reserved word of JavaScript/TypeScript, Rust or
//!   Python;
//! - no runtime API parameter of the whole runtime, the SDK's included, is one either: those are
//!   the names that polkadot-api cannot quote.

mod common;

use common::{AITBC_PALLETS, AITBC_RUNTIME_APIS};
use frame_metadata::v15::{RuntimeApiMetadata, RuntimeMetadataV15};
use scale_info::{form::PortableForm, Field, TypeDef};

/// ECMAScript reserved words, strict-mode and future reserved words included, and TypeScript's
/// reserved words in declarations.
const JAVASCRIPT: &[&str] = &[
	"arguments",
	"await",
	"break",
	"case",
	"catch",
	"class",
	"const",
	"continue",
	"debugger",
	"default",
	"delete",
	"do",
	"else",
	"enum",
	"eval",
	"export",
	"extends",
	"false",
	"finally",
	"for",
	"function",
	"if",
	"implements",
	"import",
	"in",
	"instanceof",
	"interface",
	"let",
	"new",
	"null",
	"package",
	"private",
	"protected",
	"public",
	"return",
	"static",
	"super",
	"switch",
	"this",
	"throw",
	"true",
	"try",
	"typeof",
	"var",
	"void",
	"while",
	"with",
	"yield",
];

/// Rust's strict and reserved keywords (edition 2024).
const RUST: &[&str] = &[
	"Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
	"crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
	"impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
	"ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
	"unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Python's keywords (soft keywords such as `match` and `type` are valid names there).
const PYTHON: &[&str] = &[
	"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
	"def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
	"in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
	"with", "yield",
];

/// The languages in which `name` is reserved.
fn reserved_in(name: &str) -> Vec<&'static str> {
	[
		("JavaScript/TypeScript", JAVASCRIPT),
		("Rust", RUST),
		("Python", PYTHON),
	]
	.into_iter()
	.filter(|(_, words)| words.contains(&name))
	.map(|(language, _)| language)
	.collect()
}

/// Every name `what` carries that is reserved somewhere, as `what: name (languages)`.
fn check(what: impl std::fmt::Display, name: &str, found: &mut Vec<String>) {
	let languages = reserved_in(name);
	if !languages.is_empty() {
		found.push(format!("{what}: `{name}` ({})", languages.join(", ")));
	}
}

/// Whether a type is AITBC's: its path starts in one of our crates.
fn is_aitbc_type(path: &[String]) -> bool {
	path.first().is_some_and(|krate| {
		krate.starts_with("aitbc_")
			|| [
				"pallet_pricing",
				"pallet_escrow",
				"pallet_services",
				"pallet_receipts",
				"pallet_operator_staking",
				"pallet_disputes",
				"pallet_zk_verifier",
			]
			.contains(&krate.as_str())
	})
}

fn check_fields(owner: &str, fields: &[Field<PortableForm>], found: &mut Vec<String>) {
	for field in fields {
		if let Some(name) = &field.name {
			check(format_args!("field of {owner}"), name, found);
		}
	}
}

/// Reserved names among AITBC's own: its types (which include its pallets' `Call`, `Event` and
/// `Error` enums, so call arguments, event fields and error names), its pallets' storage items
/// and constants, and its runtime APIs.
fn aitbc_reserved_names(metadata: &RuntimeMetadataV15) -> Vec<String> {
	let mut found = Vec::new();
	for ty in &metadata.types.types {
		let ty = &ty.ty;
		if !is_aitbc_type(&ty.path.segments) {
			continue;
		}
		let type_name = ty.path.segments.join("::");
		match &ty.type_def {
			TypeDef::Composite(composite) => {
				check_fields(&type_name, &composite.fields, &mut found)
			}
			TypeDef::Variant(variants) => {
				for variant in &variants.variants {
					let variant_name = format!("{type_name}::{}", variant.name);
					check(
						format_args!("variant of {type_name}"),
						&variant.name,
						&mut found,
					);
					check_fields(&variant_name, &variant.fields, &mut found);
				}
			}
			_ => {}
		}
	}
	for pallet in metadata
		.pallets
		.iter()
		.filter(|pallet| AITBC_PALLETS.contains(&pallet.name.as_str()))
	{
		for entry in pallet.storage.iter().flat_map(|storage| &storage.entries) {
			check(
				format_args!("{} storage item", pallet.name),
				&entry.name,
				&mut found,
			);
		}
		for constant in &pallet.constants {
			check(
				format_args!("{} constant", pallet.name),
				&constant.name,
				&mut found,
			);
		}
	}
	for api in metadata
		.apis
		.iter()
		.filter(|api| AITBC_RUNTIME_APIS.contains(&api.name.as_str()))
	{
		for method in &api.methods {
			check(
				format_args!("method of {}", api.name),
				&method.name,
				&mut found,
			);
		}
		check_api_parameters(api, &mut found);
	}
	found
}

fn check_api_parameters(api: &RuntimeApiMetadata<PortableForm>, found: &mut Vec<String>) {
	for method in &api.methods {
		for input in &method.inputs {
			check(
				format_args!("parameter of {}::{}", api.name, method.name),
				&input.name,
				found,
			);
		}
	}
}

/// Reserved runtime API parameter names anywhere in the runtime.
fn runtime_api_reserved_parameters(metadata: &RuntimeMetadataV15) -> Vec<String> {
	let mut found = Vec::new();
	for api in &metadata.apis {
		check_api_parameters(api, &mut found);
	}
	found
}

#[test]
fn no_aitbc_name_is_a_reserved_word_of_a_client_language() {
	let metadata = common::served_metadata();
	let aitbc_types = metadata
		.types
		.types
		.iter()
		.filter(|ty| is_aitbc_type(&ty.ty.path.segments))
		.count();
	// The scan reaches our types: each pallet's call, event and error enum at least.
	assert!(
		aitbc_types >= 3 * AITBC_PALLETS.len(),
		"only {aitbc_types} AITBC types in the metadata"
	);
	let found = aitbc_reserved_names(&metadata);
	assert!(
		found.is_empty(),
		"{} AITBC names break a client's code generation:\n  {}",
		found.len(),
		found.join("\n  ")
	);
}

#[test]
fn no_runtime_api_parameter_is_a_reserved_word_of_a_client_language() {
	let metadata = common::served_metadata();
	let parameters: usize = metadata
		.apis
		.iter()
		.flat_map(|api| &api.methods)
		.map(|method| method.inputs.len())
		.sum();
	assert!(parameters > 20, "only {parameters} runtime API parameters");
	let found = runtime_api_reserved_parameters(&metadata);
	assert!(
		found.is_empty(),
		"{} runtime API parameters break polkadot-api's code generation:\n  {}",
		found.len(),
		found.join("\n  ")
	);
}

/// The checks above can fail: the parameter name polkadot-api 2.2.2 choked on, and a field named
/// as a Rust keyword, are each reported.
#[test]
fn the_checks_report_a_reserved_name() {
	let mut metadata = common::served_metadata();
	let pricing = metadata
		.apis
		.iter_mut()
		.find(|api| api.name == "PricingApi")
		.expect("PricingApi is in the metadata");
	let quote = pricing
		.methods
		.iter_mut()
		.find(|method| method.name == "quote")
		.expect("PricingApi has quote");
	quote
		.inputs
		.first_mut()
		.expect("quote takes a resource class")
		.name = "class".into();
	let expected = "parameter of PricingApi::quote: `class` (JavaScript/TypeScript, Python)";
	assert!(runtime_api_reserved_parameters(&metadata).contains(&expected.to_string()));
	assert!(aitbc_reserved_names(&metadata).contains(&expected.to_string()));

	let field = metadata
		.types
		.types
		.iter_mut()
		.filter(|ty| is_aitbc_type(&ty.ty.path.segments))
		.find_map(|ty| match &mut ty.ty.type_def {
			TypeDef::Composite(composite) => composite.fields.first_mut(),
			_ => None,
		})
		.expect("AITBC has a struct with a field");
	field.name = Some("type".into());
	assert!(aitbc_reserved_names(&metadata)
		.iter()
		.any(|found| found.ends_with("`type` (Rust)")));
}
