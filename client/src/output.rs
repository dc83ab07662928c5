//! What the `aitbc` command line prints: each command's result once, either as text for people or,
//! with `--json`, as one line holding one JSON object for scripts.
//!
//! The JSON keys are camelCase and stable. Ids, block numbers and units are JSON numbers (they
//! fit in a u64); amounts are plancks as decimal strings (1 AIT = 10^12 plancks; a u128 does not
//! fit a JSON number safely); hashes and public keys are `0x` hex; accounts are SS58 addresses.

use crate::{
	aitbc::runtime_types::{
		aitbc_primitives::ids::PaymentAsset,
		pallet_disputes::types::{
			DisputeKind, DisputeStatus, ResolvedBy, ReviewPhase, Ruling, Side,
		},
	},
	chain::{format_ait, Job, Quote},
	disputes::DisputeRecord,
	error::Result,
	validator::{PublicKeys, ValidatorStatus},
};
use serde_json::{json, Map, Value};

/// One command's result: text for people and a JSON object for scripts.
#[derive(Clone, Debug, PartialEq)]
pub struct Output {
	pub text: String,
	pub json: Map<String, Value>,
}

impl Output {
	/// `json` should be an object; anything else is kept under `"result"`.
	pub fn new(text: impl Into<String>, json: Value) -> Self {
		let json = match json {
			Value::Object(map) => map,
			other => {
				let mut map = Map::new();
				map.insert("result".into(), other);
				map
			}
		};
		Self {
			text: text.into(),
			json,
		}
	}

	/// Adds `key` to the JSON object (the text is unchanged).
	pub fn with(mut self, key: &str, value: impl Into<Value>) -> Self {
		self.json.insert(key.into(), value.into());
		self
	}

	/// What to print on standard output: the text, or the JSON object on one line.
	pub fn render(&self, json: bool) -> String {
		if json {
			Value::Object(self.json.clone()).to_string()
		} else {
			self.text.clone()
		}
	}
}

/// What `--json` prints on standard error when a command fails: `{"error": "<message>"}`.
pub fn error_json(message: &str) -> String {
	json!({ "error": message }).to_string()
}

/// An amount in plancks as a JSON string of its decimal digits.
pub fn plancks(amount: u128) -> Value {
	Value::String(amount.to_string())
}

/// 32 bytes as `0x` hex.
pub fn hex32(bytes: &[u8; 32]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// `client quote`: the node's quote as it came, and one line of text.
pub fn quote(q: &Quote) -> Result<Output> {
	let text = format!(
		"class {}: {} units at {} per unit = {} (block {})",
		q.resource_class,
		q.units,
		format_ait(q.price_per_unit.parse().unwrap_or_default()),
		format_ait(q.total_plancks()?),
		q.at
	);
	let json = serde_json::to_value(q).map_err(crate::error::Error::client)?;
	Ok(Output::new(text, json))
}

/// `client job`: a job as stored on chain.
pub fn job(job_id: u64, j: &Job) -> Output {
	let mut text = format!(
		"job {job_id}: service {} job index {} client {}\n",
		j.service_id, j.job_index, j.client
	);
	text += &format!(
		"  status {:?}, max units {}, price {}\n",
		j.status,
		j.max_units,
		format_ait(j.price)
	);
	text += &format!("  input 0x{}", hex::encode(j.input_hash.0));
	if let Some(result) = &j.result {
		text += &format!(
			"\n  result 0x{} by {} in block {}",
			hex::encode(result.output_hash.0),
			result.operator,
			result.submitted_at
		);
	}
	let asset_id = match &j.asset {
		PaymentAsset::Native => Value::Null,
		PaymentAsset::Asset(id) => json!(id),
	};
	let result = j.result.as_ref().map(|r| {
		json!({
			"operator": r.operator.to_string(),
			"outputHash": hex32(&r.output_hash.0),
			"submittedAt": r.submitted_at,
		})
	});
	let json = json!({
		"jobId": job_id,
		"serviceId": j.service_id,
		"blueprintId": j.blueprint_id,
		"jobIndex": j.job_index,
		"client": j.client.to_string(),
		"status": format!("{:?}", j.status),
		"inputHash": hex32(&j.input_hash.0),
		"maxUnits": j.max_units,
		"price": plancks(j.price),
		"assetId": asset_id,
		"resourceClass": j.resource_class.0,
		"calledAt": j.called_at,
		"timeout": j.timeout,
		"result": result,
	});
	Output::new(text, json)
}

/// A ruling as the command line takes it: `client`, `operator` or `split:<operator percent>`.
pub fn ruling(ruling: &Ruling) -> String {
	match ruling {
		Ruling::Client => "client".into(),
		Ruling::Operator => "operator".into(),
		Ruling::Split(share) => {
			let parts = share.0;
			if parts % 10_000_000 == 0 {
				format!("split:{}", parts / 10_000_000)
			} else {
				format!("split:{}", f64::from(parts) / 10_000_000.0)
			}
		}
	}
}

fn side(side: &Side) -> &'static str {
	match side {
		Side::Client => "client",
		Side::Operator => "operator",
	}
}

/// Where a dispute is, as `{"state": ..., <that state's fields>}`.
fn dispute_status(status: &DisputeStatus<u32>) -> Value {
	match status {
		DisputeStatus::Filed => json!({ "state": "filed" }),
		DisputeStatus::EvidenceSubmitted => json!({ "state": "evidenceSubmitted" }),
		DisputeStatus::AwaitingPanel { requested_at } => {
			json!({ "state": "awaitingPanel", "requestedAt": requested_at })
		}
		DisputeStatus::UnderReview { phase } => match phase {
			ReviewPhase::Voting {
				commit_end,
				reveal_end,
			} => json!({
				"state": "underReview",
				"phase": "voting",
				"commitEnd": commit_end,
				"revealEnd": reveal_end,
			}),
			ReviewPhase::AppealWindow {
				ruling: r,
				appeal_end,
				appealed_by,
			} => json!({
				"state": "underReview",
				"phase": "appealWindow",
				"ruling": ruling(r),
				"appealEnd": appeal_end,
				"appealedBy": appealed_by.as_ref().map(side),
			}),
		},
		DisputeStatus::Escalated { until } => json!({ "state": "escalated", "until": until }),
		DisputeStatus::Resolved { ruling: r, by } => json!({
			"state": "resolved",
			"ruling": ruling(r),
			"by": match by {
				ResolvedBy::Default => "default",
				ResolvedBy::Panel => "panel",
				ResolvedBy::Council => "council",
				ResolvedBy::Timeout => "timeout",
			},
		}),
	}
}

/// `dispute show`: a dispute as stored on chain.
pub fn dispute(dispute_id: u64, d: &DisputeRecord) -> Output {
	let text = format!(
		"dispute {dispute_id}: job {} of service {}, round {}\n  client {} bond {}\n  operator {} bond {}\n  status {:?}; evidence until block {}, deadline block {}",
		d.job_id,
		d.service_id,
		d.round,
		d.client,
		format_ait(d.client_bond),
		d.operator,
		format_ait(d.operator_bond),
		d.status,
		d.evidence_end,
		d.deadline
	);
	let json = json!({
		"disputeId": dispute_id,
		"jobId": d.job_id,
		"kind": match d.kind {
			DisputeKind::Payment => "payment",
			DisputeKind::Receipt => "receipt",
		},
		"jobValue": plancks(d.job_value),
		"blueprintId": d.blueprint_id,
		"serviceId": d.service_id,
		"client": d.client.to_string(),
		"operator": d.operator.to_string(),
		"filer": side(&d.filer),
		"clientBond": plancks(d.client_bond),
		"operatorBond": plancks(d.operator_bond),
		"round": d.round,
		"evidenceEnd": d.evidence_end,
		"deadline": d.deadline,
		"status": dispute_status(&d.status),
	});
	Output::new(text, json)
}

fn keys_json(keys: &PublicKeys) -> Value {
	json!({ "aura": hex32(&keys.aura), "grandpa": hex32(&keys.grandpa) })
}

fn status_json(status: &ValidatorStatus) -> Value {
	let a = &status.authorship;
	json!({
		"account": status.account.to_string(),
		"session": status.session,
		"member": status.member,
		"active": status.active,
		"queued": status.queued,
		"keys": status.keys.as_ref().map(keys_json),
		"bond": status.bond.map(plancks),
		"offender": status.offender,
		"authorship": {
			"mode": if a.weighted { "weighted" } else { "aura" },
			"shareParts": a.share,
			"nextShareParts": a.next_share,
			"produced": a.produced,
			"missed": a.missed,
			"handoverSession": a.handover,
		},
	})
}

/// Its share of the slots, in words.
fn authorship_text(a: &crate::validator::Authorship) -> String {
	let percent = |parts: u32| format!("{:.2}%", f64::from(parts) / 1e7);
	let mode = if a.weighted {
		"drawn by weight"
	} else {
		"Aura, in turn"
	};
	let mut text = match a.share {
		Some(share) => format!(
			"\n  slots: {} of this epoch's ({mode}); {} sealed, {} missed",
			percent(share),
			a.produced,
			a.missed
		),
		None => format!("\n  slots: none this epoch ({mode})"),
	};
	if let Some(next) = a.next_share {
		text += &format!("; {} of the next epoch's", percent(next));
	}
	if let Some(session) = a.handover {
		text +=
			&format!("\n  the handover from Aura to weighted slots is set for session {session}");
	}
	text
}

/// What the set does with the account next, in words.
fn standing(status: &ValidatorStatus) -> String {
	let session = status.session;
	let bonded = status.bond.is_some();
	let next = session.saturating_add(1);
	let after = session.saturating_add(2);
	match (status.member, status.active, status.queued) {
		(_, _, _) if status.offender => format!(
			"reported for an offence in session {session}: out of the set from a coming session, with a slash pending"
		),
		(true, true, true) => format!("validating session {session} and queued for session {next}"),
		(true, true, false) => format!("validating session {session}; not queued for session {next}"),
		(true, false, true) => format!("queued to validate from session {next}"),
		(true, false, false) if status.keys.is_none() => {
			"in the set, but without session keys: `aitbc validator set-keys`".into()
		}
		(true, false, false) if !bonded => "in the set, but without an operator bond: `aitbc operator bond`".into(),
		(true, false, false) => format!("in the set; validates from session {after} at the latest"),
		(false, true, _) => format!("validating session {session}, removed from the set: leaves when its queue runs out"),
		(false, false, true) => format!("queued for session {next}, removed from the set"),
		(false, false, false) => {
			let mut missing = Vec::new();
			if status.keys.is_none() {
				missing.push("session keys (`aitbc validator set-keys`)");
			}
			if !bonded {
				missing.push("an operator bond (`aitbc operator bond`)");
			}
			if missing.is_empty() {
				"not in the set; ready to be added (`aitbc governance propose-validator`)".into()
			} else {
				format!("not in the set; needs {}", missing.join(" and "))
			}
		}
	}
}

/// `validator set-keys`: the keys registered and what happens next.
pub fn validator_keys_set(status: &ValidatorStatus, keys: &PublicKeys, encoded: &[u8]) -> Output {
	let text = format!(
		"registered session keys for {}\n  aura:    {}\n  grandpa: {}\n  encoded: 0x{}\n{}; keys set now take effect at session {}",
		status.account,
		hex32(&keys.aura),
		hex32(&keys.grandpa),
		hex::encode(encoded),
		standing(status),
		status.session.saturating_add(2),
	);
	Output::new(
		text,
		json!({
			"account": status.account.to_string(),
			"keys": keys_json(keys),
			"encodedKeys": format!("0x{}", hex::encode(encoded)),
			"effectiveSession": status.session.saturating_add(2),
			"status": status_json(status),
		}),
	)
}

/// `validator status`; `on_node`: whether the node holds the registered keys (`None`: unknown).
pub fn validator_status(status: &ValidatorStatus, on_node: Option<bool>) -> Output {
	let mut text = format!(
		"{} in session {}: {}",
		status.account,
		status.session,
		standing(status)
	);
	match &status.keys {
		Some(keys) => {
			text += &format!(
				"\n  keys: aura {}, grandpa {}",
				hex32(&keys.aura),
				hex32(&keys.grandpa)
			);
			match on_node {
				Some(true) => text += " (this node holds them)",
				Some(false) => {
					text += " (this node does NOT hold them: it cannot author or vote with them)"
				}
				None => {}
			}
		}
		None => text += "\n  keys: none registered",
	}
	text += &match status.bond {
		Some(bond) => format!("\n  bond: {}", format_ait(bond)),
		None => "\n  bond: none".into(),
	};
	text += &authorship_text(&status.authorship);
	let mut json = status_json(status);
	if let Value::Object(map) = &mut json {
		map.insert(
			"keysOnNode".into(),
			on_node.map_or(Value::Null, Value::Bool),
		);
	}
	Output::new(text, json)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::aitbc::runtime_types::{
		aitbc_primitives::{
			ids::ResourceClass,
			traits::{JobResult, JobStatus},
		},
		sp_arithmetic::per_things::Perbill,
	};
	use subxt::utils::{AccountId32, H256};

	fn one_line_object(output: &Output) -> Value {
		let line = output.render(true);
		assert!(!line.contains('\n'), "one line: {line}");
		let value: Value = serde_json::from_str(&line).unwrap();
		assert!(value.is_object(), "{line}");
		value
	}

	#[test]
	fn a_quote_keeps_the_rpc_keys_and_its_amounts_as_strings() {
		let q = Quote {
			resource_class: 2,
			units: 50,
			price_per_unit: "1500000000000".into(),
			total: "75000000000000".into(),
			at: "0xabcd".into(),
		};
		let output = quote(&q).unwrap();
		assert_eq!(
			one_line_object(&output),
			json!({
				"resourceClass": 2,
				"units": 50,
				"pricePerUnit": "1500000000000",
				"total": "75000000000000",
				"at": "0xabcd",
			})
		);
		assert_eq!(
			output.render(false),
			"class 2: 50 units at 1.5 AIT per unit = 75 AIT (block 0xabcd)"
		);
		let bad = Quote {
			total: "lots".into(),
			..q
		};
		assert!(quote(&bad).is_err());
	}

	#[test]
	fn a_job_has_numbers_plancks_as_strings_and_its_result() {
		let price = u128::from(u64::MAX) * 1000; // more than a JSON number holds exactly
		let mut j = Job {
			service_id: 4,
			blueprint_id: 1,
			job_index: 0,
			client: AccountId32([1; 32]),
			input_hash: H256([0xab; 32]),
			max_units: 50,
			price,
			asset: PaymentAsset::Native,
			resource_class: ResourceClass(1),
			called_at: 17,
			timeout: 600,
			status: JobStatus::Called,
			result: None,
		};
		let value = one_line_object(&job(9, &j));
		assert_eq!(
			value,
			json!({
				"jobId": 9,
				"serviceId": 4,
				"blueprintId": 1,
				"jobIndex": 0,
				"client": AccountId32([1; 32]).to_string(),
				"status": "Called",
				"inputHash": format!("0x{}", "ab".repeat(32)),
				"maxUnits": 50,
				"price": price.to_string(),
				"assetId": null,
				"resourceClass": 1,
				"calledAt": 17,
				"timeout": 600,
				"result": null,
			})
		);
		assert_eq!(
			value["price"].as_str().unwrap().parse::<u128>().unwrap(),
			price
		);

		j.status = JobStatus::Claimed;
		j.asset = PaymentAsset::Asset(7);
		j.result = Some(JobResult {
			operator: AccountId32([2; 32]),
			output_hash: H256([0xcd; 32]),
			submitted_at: 20,
		});
		let output = job(9, &j);
		let value = one_line_object(&output);
		assert_eq!(value["status"], "Claimed");
		assert_eq!(value["assetId"], 7);
		assert_eq!(
			value["result"],
			json!({
				"operator": AccountId32([2; 32]).to_string(),
				"outputHash": format!("0x{}", "cd".repeat(32)),
				"submittedAt": 20,
			})
		);
		// The text is what people read; it stays as it was.
		let text = output.render(false);
		assert!(
			text.starts_with("job 9: service 4 job index 0 client "),
			"{text}"
		);
		assert!(
			text.contains("\n  status Claimed, max units 50, price "),
			"{text}"
		);
		assert!(text.ends_with(" in block 20"), "{text}");
	}

	#[test]
	fn rulings_read_as_the_command_line_writes_them() {
		assert_eq!(ruling(&Ruling::Client), "client");
		assert_eq!(ruling(&Ruling::Operator), "operator");
		assert_eq!(ruling(&Ruling::Split(Perbill(300_000_000))), "split:30");
		assert_eq!(ruling(&Ruling::Split(Perbill(305_000_000))), "split:30.5");
	}

	#[test]
	fn outputs_are_objects_with_extra_keys_and_errors_are_json() {
		let output = Output::new("sent", json!({ "amount": plancks(5) })).with("signer", "5Grw");
		assert_eq!(
			one_line_object(&output),
			json!({ "amount": "5", "signer": "5Grw" })
		);
		assert_eq!(output.render(false), "sent");
		assert_eq!(
			one_line_object(&Output::new("", json!(3))),
			json!({ "result": 3 })
		);
		let error: Value = serde_json::from_str(&error_json("no \"job\" 3")).unwrap();
		assert_eq!(error, json!({ "error": "no \"job\" 3" }));
	}

	fn status(member: bool, active: bool, queued: bool) -> ValidatorStatus {
		ValidatorStatus {
			account: AccountId32([1; 32]),
			session: 7,
			member,
			active,
			queued,
			keys: Some(PublicKeys {
				aura: [2; 32],
				grandpa: [3; 32],
			}),
			bond: Some(1_000 * crate::AIT),
			offender: false,
			authorship: crate::validator::Authorship {
				weighted: true,
				share: Some(250_000_000),
				next_share: Some(330_000_000),
				produced: 12,
				missed: 1,
				handover: None,
			},
		}
	}

	#[test]
	fn validator_status_says_what_happens_next() {
		let output = validator_status(&status(true, true, true), Some(true));
		let value = one_line_object(&output);
		assert_eq!(value["session"], 7);
		assert_eq!(value["member"], true);
		assert_eq!(value["keys"]["aura"], format!("0x{}", "02".repeat(32)));
		assert_eq!(value["bond"], "1000000000000000");
		assert_eq!(value["keysOnNode"], true);
		assert_eq!(value["authorship"]["mode"], "weighted");
		assert_eq!(value["authorship"]["shareParts"], 250_000_000);
		assert_eq!(value["authorship"]["nextShareParts"], 330_000_000);
		assert!(output.text.contains("25.00% of this epoch's (drawn by weight); 12 sealed, 1 missed; 33.00% of the next epoch's"), "{}", output.text);
		assert!(
			output
				.text
				.contains("validating session 7 and queued for session 8"),
			"{}",
			output.text
		);
		assert!(
			output.text.contains("(this node holds them)"),
			"{}",
			output.text
		);

		let joining = status(true, false, false);
		assert!(standing(&joining).contains("validates from session 9 at the latest"));
		let without_keys = ValidatorStatus {
			keys: None,
			..joining.clone()
		};
		assert!(standing(&without_keys).contains("without session keys"));
		let outsider = ValidatorStatus {
			member: false,
			keys: None,
			bond: None,
			..joining.clone()
		};
		assert_eq!(
			standing(&outsider),
			"not in the set; needs session keys (`aitbc validator set-keys`) and an operator bond (`aitbc operator bond`)"
		);
		let ready = ValidatorStatus {
			member: false,
			..joining.clone()
		};
		assert!(standing(&ready).contains("ready to be added"));
		let leaving = status(false, true, false);
		assert!(standing(&leaving).contains("removed from the set"));
		let offender = ValidatorStatus {
			offender: true,
			..status(true, true, true)
		};
		assert!(standing(&offender).contains("slash pending"));

		let unknown = one_line_object(&validator_status(&outsider, None));
		assert_eq!(unknown["keys"], Value::Null);
		assert_eq!(unknown["bond"], Value::Null);
		assert_eq!(unknown["keysOnNode"], Value::Null);
	}

	#[test]
	fn set_keys_reports_the_keys_and_their_session() {
		let keys = PublicKeys {
			aura: [2; 32],
			grandpa: [3; 32],
		};
		let encoded = [[2u8; 32], [3u8; 32]].concat();
		let output = validator_keys_set(&status(false, false, false), &keys, &encoded);
		let value = one_line_object(&output);
		assert_eq!(value["effectiveSession"], 9);
		assert_eq!(
			value["encodedKeys"],
			format!("0x{}{}", "02".repeat(32), "03".repeat(32))
		);
		assert_eq!(value["status"]["member"], false);
		assert!(
			output.text.contains("take effect at session 9"),
			"{}",
			output.text
		);
	}
}

/// A rental, with its periods awaiting settlement.
pub fn rental(
	rental_id: u64,
	r: &crate::rental::Rental,
	open: &[crate::rental::OpenPeriod],
) -> Output {
	let status = crate::rental::status_name(&r.status);
	let mut text = format!(
		"rental {rental_id}: {status}{}\n  client {} rents {} units/block from {} (blueprint {})\n",
		if r.cancelled { " (cancelled)" } else { "" },
		r.consumer,
		r.terms.capacity,
		r.provider,
		r.terms.blueprint_id
	);
	text += &format!(
		"  {} periods of {} blocks at {} each, notice {} blocks\n",
		r.terms.periods,
		r.terms.period_length,
		format_ait(r.price_per_period),
		r.terms.notice
	);
	match (r.starts_at, r.ends_at) {
		(Some(start), Some(end)) => {
			text += &format!(
				"  runs blocks {start}..{end} as service {:?}\n",
				r.service_id
			)
		}
		_ => text += &format!("  offer open until block {}\n", r.accept_by),
	}
	text += &format!(
		"  periods paid into jobs {} of {}, open {} (disputed {}), returned {}",
		r.carved,
		r.billable,
		r.open_periods,
		r.disputed_periods,
		format_ait(r.returned)
	);
	for period in open {
		text += &format!(
			"\n  period {}: job {} (reported by operator: {}, client: {})",
			period.period, period.job_id, period.provider_reported, period.consumer_reported
		);
	}
	let open_json: Vec<Value> = open
		.iter()
		.map(|p| {
			json!({
				"period": p.period,
				"jobId": p.job_id,
				"providerReported": p.provider_reported,
				"consumerReported": p.consumer_reported,
			})
		})
		.collect();
	let json = json!({
		"rentalId": rental_id,
		"status": status,
		"cancelled": r.cancelled,
		"consumer": r.consumer.to_string(),
		"provider": r.provider.to_string(),
		"blueprintId": r.terms.blueprint_id,
		"capacity": r.terms.capacity,
		"periodLength": r.terms.period_length,
		"periods": r.terms.periods,
		"notice": r.terms.notice,
		"pricePerPeriod": plancks(r.price_per_period),
		"serviceId": r.service_id,
		"acceptBy": r.accept_by,
		"startsAt": r.starts_at,
		"endsAt": r.ends_at,
		"carved": r.carved,
		"billable": r.billable,
		"openPeriods": open_json,
		"disputedPeriods": r.disputed_periods,
		"carvedAmount": plancks(r.carved_amount),
		"returned": plancks(r.returned),
		"escrowKey": r.escrow_key,
	});
	Output::new(text, json)
}
