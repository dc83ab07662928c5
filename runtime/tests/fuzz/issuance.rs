//! The AIT supply audit of the runtime fuzzer.
//!
//! Total issuance changes only where `pallet-balances` says it does, with an event:
//!
//! - `Minted` (+): `Receipts` mints for verified compute (`fungible::Mutate::mint_into`), always
//!   with a `Receipts::Minted` of the same account and amount.
//! - `BurnedHeld` (-): `Escrow` burns the platform fee of an AIT payment from its hold (at most
//!   the fees of its `Released`, `Settled` and `Split` events); `ZkVerifier` burns the nullifier
//!   part of a key deposit (exactly its `KeyUnregistered::burned`).
//! - `Burned` (-): a user burns its own AIT with `Balances::burn`.
//! - `BurnedDebt`, `Rescinded` (-): a dropped credit: the dust of a reaped account (`DustLost`),
//!   a slash while `Staking`'s slash destination is `Burn` (`SlashApplied`), fees the treasury
//!   account cannot take (`TransactionFeePaid`).
//! - `Issued`, `MintedCredit`, `Restored`, `Suspended`, `TotalIssuanceForced`: never. Only root's
//!   `force_set_balance` and `force_adjust_total_issuance` would, and the fuzzer calls neither.
//!
//! Transaction fees leave the payer (`Withdraw`) and go to the treasury (`Deposit`): they move
//! AIT without changing the issuance. Slashes to the treasury, rewards from it, treasury spends,
//! holds and transfers move AIT too.
//!
//! [`audit`] checks one step (a call, or a block's hooks) against that table: the issuance after
//! the step is the issuance before plus the events' sum, and every event has its cause. Across
//! the run, `Receipts` never mints more than `Escrow` burned in fees (a job mints at most the
//! fee its settlement burned). [`check_accounts`] checks that the accounts hold exactly the
//! issuance.

#![allow(dead_code)]

use aitbc_runtime::{
	configs::monetary::TreasuryAccount, AccountId, Balance, Balances, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, System, EXISTENTIAL_DEPOSIT,
};
use frame_support::traits::fungible::Inspect;

/// The supply seen before a step.
#[derive(Clone, Debug)]
pub struct Mark {
	issuance: Balance,
	/// Events before the step (the events of the block so far).
	events: usize,
	slashes_burn: bool,
	treasury_short: bool,
}

/// Totals over the whole run.
#[derive(Default, Clone, Debug)]
pub struct Books {
	pub issuance_at_start: Balance,
	/// Minted by `Receipts` for verified compute.
	pub minted: Balance,
	/// Platform fees `Escrow` burned.
	pub escrow_fees_burned: Balance,
	/// Burned by `ZkVerifier` from key deposits.
	pub key_deposits_burned: Balance,
	/// Burned by users with `Balances::burn`.
	pub user_burned: Balance,
	/// Dust, slashes and fees dropped (`BurnedDebt`, `Rescinded`).
	pub dropped: Balance,
	/// Transaction fees paid (to the treasury).
	pub fees_paid: Balance,
	/// How often each event of the AITBC pallets was emitted (`Pallet::Event`): how deep the
	/// run went, also where only hooks get (settlements, applied slashes, dispute deadlines).
	pub events: std::collections::BTreeMap<String, u64>,
}

/// The AITBC pallets, whose events `Books::events` counts.
const COUNTED: [&str; 8] = [
	"Services",
	"Receipts",
	"Escrow",
	"Disputes",
	"Staking",
	"Pricing",
	"ZkVerifier",
	"Settlement",
];

/// `Pallet::Variant` of an event, from its `Debug` form `Pallet(Variant { .. })`.
fn event_name(event: &RuntimeEvent) -> Option<String> {
	let debug = format!("{event:?}");
	let (pallet, rest) = debug.split_once('(')?;
	if !COUNTED.contains(&pallet) {
		return None;
	}
	let rest = rest.trim_start_matches("Event::");
	let end = rest.find([' ', '(', ')', '{']).unwrap_or(rest.len());
	Some(format!("{pallet}::{}", &rest[..end]))
}

impl Books {
	/// Add another episode's books (the issuance at start is the first episode's).
	pub fn add(&mut self, other: &Books) {
		self.minted += other.minted;
		self.escrow_fees_burned += other.escrow_fees_burned;
		self.key_deposits_burned += other.key_deposits_burned;
		self.user_burned += other.user_burned;
		self.dropped += other.dropped;
		self.fees_paid += other.fees_paid;
		for (event, count) in &other.events {
			*self.events.entry(event.clone()).or_default() += count;
		}
	}
}

fn slashes_burn() -> bool {
	pallet_operator_staking::SlashDestinationSetting::<Runtime>::get()
		== pallet_operator_staking::SlashDestination::Burn
}

fn treasury_short() -> bool {
	Balances::balance(&TreasuryAccount::get()) < EXISTENTIAL_DEPOSIT
}

/// Remember the supply before a step that starts after `events` events of the block.
pub fn mark_at(events: usize) -> Mark {
	Mark {
		issuance: Balances::total_issuance(),
		events,
		slashes_burn: slashes_burn(),
		treasury_short: treasury_short(),
	}
}

/// Remember the supply before a step that starts now.
pub fn mark() -> Mark {
	mark_at(System::event_count() as usize)
}

/// Whether `call` (or a call it batches) is a `Balances::burn`: the only way a user burns.
pub fn burns(call: &RuntimeCall) -> bool {
	match call {
		RuntimeCall::Balances(pallet_balances::Call::burn { .. }) => true,
		RuntimeCall::Utility(
			pallet_utility::Call::batch { calls }
			| pallet_utility::Call::batch_all { calls }
			| pallet_utility::Call::force_batch { calls },
		) => calls.iter().any(burns),
		RuntimeCall::Sudo(pallet_sudo::Call::sudo { call }) => burns(call),
		_ => false,
	}
}

/// Check the step since `mark`, in which `call` ran (`None` for a block's hooks), and add it to
/// `books`. The error says which rule broke.
pub fn audit(mark: &Mark, call: Option<&RuntimeCall>, books: &mut Books) -> Result<(), String> {
	use pallet_balances::Event as B;

	let mut up: Balance = 0;
	let mut down: Balance = 0;
	let mut balance_mints: Vec<(AccountId, Balance)> = Vec::new();
	let mut receipt_mints: Vec<(AccountId, Balance)> = Vec::new();
	let (mut user_burned, mut escrow_burned, mut key_burned, mut dropped) = (0, 0, 0, 0);
	let (mut escrow_fees, mut key_burns, mut dust, mut slashed, mut fees) = (0, 0, 0, 0, 0);
	let mut unexplained: Vec<String> = Vec::new();
	let add = |total: &mut Balance, amount: Balance| *total = total.saturating_add(amount);

	for record in System::read_events_no_consensus().skip(mark.events) {
		if let Some(name) = event_name(&record.event) {
			*books.events.entry(name).or_default() += 1;
		}
		match record.event {
			RuntimeEvent::Balances(event) => match event {
				B::Minted { who, amount } => {
					add(&mut up, amount);
					balance_mints.push((who, amount));
				}
				B::Burned { amount, .. } => {
					add(&mut down, amount);
					add(&mut user_burned, amount);
				}
				B::BurnedHeld { reason, amount, .. } => {
					add(&mut down, amount);
					match reason {
						RuntimeHoldReason::Escrow(_) => add(&mut escrow_burned, amount),
						RuntimeHoldReason::ZkVerifier(_) => add(&mut key_burned, amount),
						other => unexplained.push(format!("{amount} burned from hold {other:?}")),
					}
				}
				B::BurnedDebt { amount } | B::Rescinded { amount } => {
					add(&mut down, amount);
					add(&mut dropped, amount);
				}
				B::Issued { amount } | B::MintedCredit { amount } => {
					add(&mut up, amount);
					unexplained.push(format!("{amount} issued"));
				}
				B::Restored { amount, .. } => {
					add(&mut up, amount);
					unexplained.push(format!("{amount} restored"));
				}
				B::Suspended { amount, .. } => {
					add(&mut down, amount);
					unexplained.push(format!("{amount} suspended"));
				}
				B::TotalIssuanceForced { old, new } => {
					add(&mut up, new.saturating_sub(old));
					add(&mut down, old.saturating_sub(new));
					unexplained.push(format!("issuance forced from {old} to {new}"));
				}
				B::DustLost { amount, .. } => add(&mut dust, amount),
				_ => {}
			},
			RuntimeEvent::Receipts(pallet_receipts::Event::Minted { to, amount, .. }) => {
				receipt_mints.push((to, amount));
			}
			RuntimeEvent::Escrow(
				pallet_escrow::Event::Released { fee, .. }
				| pallet_escrow::Event::Settled { fee, .. }
				| pallet_escrow::Event::Split { fee, .. },
			) => add(&mut escrow_fees, fee),
			RuntimeEvent::ZkVerifier(pallet_zk_verifier::Event::KeyUnregistered {
				burned, ..
			}) => add(&mut key_burns, burned),
			RuntimeEvent::Staking(pallet_operator_staking::Event::SlashApplied {
				operator_slashed,
				delegators_slashed,
				..
			}) => add(
				&mut slashed,
				operator_slashed.saturating_add(delegators_slashed),
			),
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid {
					actual_fee, tip, ..
				},
			) => add(&mut fees, actual_fee.saturating_add(tip)),
			_ => {}
		}
	}

	let after = Balances::total_issuance();
	let expected = mark
		.issuance
		.checked_add(up)
		.and_then(|v| v.checked_sub(down));
	if expected != Some(after) {
		unexplained.push(format!(
			"issuance went from {} to {after}, but its events say +{up} -{down}",
			mark.issuance
		));
	}
	balance_mints.sort();
	receipt_mints.sort();
	if balance_mints != receipt_mints {
		unexplained.push(format!(
			"AIT minted {balance_mints:?}, but Receipts reported minting {receipt_mints:?}"
		));
	}
	if user_burned > 0 && !call.is_some_and(burns) {
		unexplained.push(format!(
			"{user_burned} burned without a Balances::burn call"
		));
	}
	if escrow_burned > escrow_fees {
		unexplained.push(format!(
			"Escrow burned {escrow_burned} from holds, but its platform fees were {escrow_fees}"
		));
	}
	if key_burned != key_burns {
		unexplained.push(format!(
			"ZkVerifier burned {key_burned} from deposits, but reported {key_burns}"
		));
	}
	let slash_burns = if mark.slashes_burn || slashes_burn() {
		slashed
	} else {
		0
	};
	let fee_burns = if mark.treasury_short || treasury_short() {
		fees
	} else {
		0
	};
	let allowed = dust.saturating_add(slash_burns).saturating_add(fee_burns);
	if dropped > allowed {
		unexplained.push(format!(
			"{dropped} dropped, but only {dust} dust, {slash_burns} burned slashes and \
			 {fee_burns} unplaced fees explain drops"
		));
	}

	books.minted = books
		.minted
		.saturating_add(balance_mints.iter().map(|m| m.1).sum());
	books.escrow_fees_burned = books.escrow_fees_burned.saturating_add(escrow_burned);
	books.key_deposits_burned = books.key_deposits_burned.saturating_add(key_burned);
	books.user_burned = books.user_burned.saturating_add(user_burned);
	books.dropped = books.dropped.saturating_add(dropped);
	books.fees_paid = books.fees_paid.saturating_add(fees);
	if books.minted > books.escrow_fees_burned {
		unexplained.push(format!(
			"Receipts minted {} in all, more than the {} Escrow burned in platform fees",
			books.minted, books.escrow_fees_burned
		));
	}

	if unexplained.is_empty() {
		Ok(())
	} else {
		Err(format!("issuance: {}", unexplained.join("; ")))
	}
}

/// Every account's free and reserved (held) AIT add up to the total issuance.
pub fn check_accounts() -> Result<(), String> {
	let mut sum: Balance = 0;
	for account in frame_system::Account::<Runtime>::iter_values() {
		sum = sum
			.checked_add(account.data.free)
			.and_then(|s| s.checked_add(account.data.reserved))
			.ok_or("the accounts hold more than u128::MAX")?;
	}
	let issuance = Balances::total_issuance();
	if sum != issuance {
		return Err(format!(
			"accounts hold {sum}, but the total issuance is {issuance}"
		));
	}
	Ok(())
}
