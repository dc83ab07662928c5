//! The metadata Polkadot.js Apps and the `aitbc` client read: every call, storage item, event,
//! event field, error and constant of AITBC's pallets, and every runtime API method AITBC
//! declares, has a doc. Apps shows these docs beside each item and the client prints them as the
//! explanation of an error, so an empty one leaves a user with a bare name.
//!
//! The metadata checked is the one the node serves (`state_getMetadata`, version 15 with the
//! runtime APIs), decoded from the runtime's own `Metadata_metadata_at_version`.

mod common;

use frame_metadata::v15::{PalletMetadata, RuntimeMetadataV15};
use scale_info::{form::PortableForm, PortableRegistry, TypeDef};

use common::{AITBC_PALLETS, AITBC_RUNTIME_APIS};

fn metadata() -> RuntimeMetadataV15 {
	common::served_metadata()
}

fn undocumented(docs: &[String]) -> bool {
	docs.iter().all(|line| line.trim().is_empty())
}

/// Names of the variants of an enum type (calls, events, errors) whose doc is empty, and, for
/// events, of their fields whose doc is empty.
fn check_enum(
	types: &PortableRegistry,
	type_id: u32,
	what: &str,
	pallet: &str,
	check_fields: bool,
	missing: &mut Vec<String>,
) {
	let ty = types.resolve(type_id).expect("metadata type ids resolve");
	let TypeDef::Variant(variants) = &ty.type_def else {
		missing.push(format!("{pallet}: the {what} type is not an enum"));
		return;
	};
	for variant in &variants.variants {
		if undocumented(&variant.docs) {
			missing.push(format!("{pallet}::{what}::{}", variant.name));
		}
		if check_fields {
			for field in &variant.fields {
				if undocumented(&field.docs) {
					let field_name = field.name.clone().unwrap_or_else(|| "<unnamed>".into());
					missing.push(format!("{pallet}::{what}::{}.{field_name}", variant.name));
				}
			}
		}
	}
}

fn check_pallet(
	pallet: &PalletMetadata<PortableForm>,
	types: &PortableRegistry,
	missing: &mut Vec<String>,
) {
	let name = pallet.name.as_str();
	if undocumented(&pallet.docs) {
		missing.push(format!("{name}: the pallet itself"));
	}
	if let Some(storage) = &pallet.storage {
		for entry in &storage.entries {
			if undocumented(&entry.docs) {
				missing.push(format!("{name}::storage::{}", entry.name));
			}
		}
	}
	if let Some(calls) = &pallet.calls {
		check_enum(types, calls.ty.id, "call", name, false, missing);
	}
	if let Some(events) = &pallet.event {
		check_enum(types, events.ty.id, "event", name, true, missing);
	}
	if let Some(errors) = &pallet.error {
		check_enum(types, errors.ty.id, "error", name, false, missing);
	}
	for constant in &pallet.constants {
		if undocumented(&constant.docs) {
			missing.push(format!("{name}::constant::{}", constant.name));
		}
	}
}

#[test]
fn every_aitbc_item_in_the_metadata_has_a_doc() {
	let metadata = metadata();
	let mut missing = Vec::new();
	let mut checked = 0usize;
	for pallet in &metadata.pallets {
		if AITBC_PALLETS.contains(&pallet.name.as_str()) {
			check_pallet(pallet, &metadata.types, &mut missing);
			checked += 1;
		}
	}
	assert_eq!(
		checked,
		AITBC_PALLETS.len(),
		"every AITBC pallet is in the runtime's metadata"
	);

	let mut apis = 0usize;
	for api in metadata
		.apis
		.iter()
		.filter(|api| AITBC_RUNTIME_APIS.contains(&api.name.as_str()))
	{
		apis += 1;
		if undocumented(&api.docs) {
			missing.push(format!("runtime API {}", api.name));
		}
		for method in &api.methods {
			if undocumented(&method.docs) {
				missing.push(format!("runtime API {}::{}", api.name, method.name));
			}
		}
	}
	assert_eq!(
		apis,
		AITBC_RUNTIME_APIS.len(),
		"every AITBC runtime API is in the metadata"
	);

	assert!(
		missing.is_empty(),
		"{} items a user reads in Polkadot.js Apps have no doc:\n  {}",
		missing.len(),
		missing.join("\n  ")
	);
}

/// The check above can fail: a storage item, an event field and a runtime API method with their
/// docs blanked are each reported.
#[test]
fn the_check_reports_a_blank_doc() {
	let mut metadata = metadata();
	let escrow = metadata
		.pallets
		.iter_mut()
		.find(|pallet| pallet.name == "Escrow")
		.expect("Escrow is in the runtime");
	let storage = escrow.storage.as_mut().expect("Escrow has storage");
	let blanked = storage
		.entries
		.first_mut()
		.expect("Escrow has a storage item");
	blanked.docs = vec![" ".into()];
	let blanked_name = blanked.name.clone();
	let mut missing = Vec::new();
	check_pallet(escrow, &metadata.types, &mut missing);
	assert!(
		missing
			.iter()
			.any(|item| *item == format!("Escrow::storage::{blanked_name}")),
		"the blanked storage doc is reported: {missing:?}"
	);

	let event_type = escrow.event.as_ref().expect("Escrow has events").ty.id;
	let ty = metadata
		.types
		.types
		.iter_mut()
		.find(|ty| ty.id == event_type)
		.expect("the event type is in the registry");
	let TypeDef::Variant(variants) = &mut ty.ty.type_def else {
		panic!("events are an enum")
	};
	let variant = variants
		.variants
		.iter_mut()
		.find(|variant| !variant.fields.is_empty())
		.expect("an Escrow event has fields");
	let field = variant.fields.first_mut().expect("the variant has a field");
	field.docs.clear();
	let expected = format!(
		"Escrow::event::{}.{}",
		variant.name,
		field.name.clone().unwrap_or_else(|| "<unnamed>".into())
	);
	let mut missing = Vec::new();
	let escrow = metadata
		.pallets
		.iter()
		.find(|pallet| pallet.name == "Escrow")
		.expect("Escrow");
	check_pallet(escrow, &metadata.types, &mut missing);
	assert!(
		missing.contains(&expected),
		"the blanked field doc is reported: {missing:?}"
	);
}
