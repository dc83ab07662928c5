//! Property: whatever sequence of escrow and dispute calls runs (valid or not), no AIT or asset
//! unit is created or lost, and `try_state` holds after every step.
//!
//! Operations pick their target among the open escrows and their caller by role, so that most
//! of them are accepted and the sequences reach deep states (partial releases, disputes
//! decided after deadlines, expiries carried over).

use super::*;
use proptest::prelude::*;

const PARTIES: [AccountId; 4] = [ALICE, BOB, CHARLIE, DAVE];
/// Everyone whose balance can change.
const EVERYONE: [AccountId; 8] = [
	ALICE,
	BOB,
	CHARLIE,
	DAVE,
	STRANGER,
	ARBITER,
	ASSET_OWNER,
	TREASURY,
];

/// Who calls, relative to the escrow.
#[derive(Debug, Clone, Copy)]
enum Role {
	Depositor,
	Beneficiary,
	Signatory,
	Stranger,
}

#[derive(Debug, Clone)]
enum Op {
	Create {
		depositor: usize,
		beneficiary_offset: usize,
		in_asset: bool,
		amount: Balance,
		release_after: Option<u64>,
		deadline_after_lock: Option<u64>,
		multisig: bool,
	},
	/// Release `percent` of what is held, or everything.
	Release {
		pick: usize,
		by: Role,
		percent: Option<u32>,
	},
	Refund {
		pick: usize,
		by: Role,
	},
	Approve {
		pick: usize,
	},
	Freeze {
		pick: usize,
	},
	Unfreeze {
		pick: usize,
	},
	Split {
		pick: usize,
		share: u32,
	},
	Emergency {
		pick: usize,
		to: usize,
	},
	Lock {
		job: JobId,
		payer: usize,
		in_asset: bool,
		amount: Balance,
	},
	LedgerRelease {
		job: JobId,
		to: usize,
		percent: u32,
	},
	LedgerSettle {
		job: JobId,
		to: usize,
		percent: u32,
	},
	LedgerRefund(JobId),
	LedgerFreeze(JobId),
	LedgerUnfreeze(JobId),
	LedgerSplit {
		job: JobId,
		to: usize,
		share: u32,
	},
	SetFee(u32),
	Advance(u64),
}

fn role() -> impl Strategy<Value = Role> {
	prop_oneof![
		4 => Just(Role::Depositor),
		4 => Just(Role::Beneficiary),
		1 => Just(Role::Signatory),
		1 => Just(Role::Stranger),
	]
}

fn op() -> impl Strategy<Value = Op> {
	let pick = any::<usize>();
	let job = 0..4u64;
	let party = 0..PARTIES.len();
	prop_oneof![
		4 => (party.clone(), 1..4usize, any::<bool>(), 10..2_000u128, proptest::option::of(1..4u64),
			proptest::option::of(1..6u64), any::<bool>())
			.prop_map(|(depositor, beneficiary_offset, in_asset, amount, release_after,
				deadline_after_lock, multisig)| Op::Create {
				depositor, beneficiary_offset, in_asset, amount, release_after, deadline_after_lock,
				multisig,
			}),
		3 => (pick.clone(), role(), proptest::option::of(1..=100u32))
			.prop_map(|(pick, by, percent)| Op::Release { pick, by, percent }),
		1 => (pick.clone(), role()).prop_map(|(pick, by)| Op::Refund { pick, by }),
		2 => pick.clone().prop_map(|pick| Op::Approve { pick }),
		1 => pick.clone().prop_map(|pick| Op::Freeze { pick }),
		1 => pick.clone().prop_map(|pick| Op::Unfreeze { pick }),
		1 => (pick.clone(), 0..=100u32).prop_map(|(pick, share)| Op::Split { pick, share }),
		1 => (pick, party.clone()).prop_map(|(pick, to)| Op::Emergency { pick, to }),
		2 => (job.clone(), party.clone(), any::<bool>(), 10..2_000u128)
			.prop_map(|(job, payer, in_asset, amount)| Op::Lock { job, payer, in_asset, amount }),
		2 => (job.clone(), party.clone(), 1..=100u32)
			.prop_map(|(job, to, percent)| Op::LedgerRelease { job, to, percent }),
		2 => (job.clone(), party.clone(), 0..=100u32)
			.prop_map(|(job, to, percent)| Op::LedgerSettle { job, to, percent }),
		1 => job.clone().prop_map(Op::LedgerRefund),
		1 => job.clone().prop_map(Op::LedgerFreeze),
		1 => job.clone().prop_map(Op::LedgerUnfreeze),
		1 => (job, party, 0..=100u32).prop_map(|(job, to, share)| Op::LedgerSplit { job, to, share }),
		1 => (0..=10u32).prop_map(Op::SetFee),
		2 => (1..4u64).prop_map(Op::Advance),
	]
}

fn party(index: usize) -> AccountId {
	PARTIES[index % PARTIES.len()]
}

fn asset(in_asset: bool) -> PaymentAsset<AssetId> {
	if in_asset {
		PaymentAsset::Asset(USD)
	} else {
		PaymentAsset::Native
	}
}

/// One of the open escrows (or an id nobody has, if none is open).
fn open_escrow(pick: usize) -> (EscrowId, Option<EscrowInfo<Test>>) {
	let mut open: Vec<_> = Escrows::<Test>::iter().collect();
	open.sort_by_key(|(id, _)| *id);
	if open.is_empty() {
		return (u64::MAX, None);
	}
	let (id, info) = open.swap_remove(pick % open.len());
	(id, Some(info))
}

fn caller(info: &Option<EscrowInfo<Test>>, by: Role) -> AccountId {
	let general = info.as_ref().and_then(|info| info.general().cloned());
	match (by, info, general) {
		(Role::Depositor, Some(info), _) => info.depositor,
		(Role::Beneficiary, _, Some(terms)) => terms.beneficiary,
		(Role::Signatory, ..) => CHARLIE,
		_ => STRANGER,
	}
}

fn percent_of(held: Balance, percent: u32) -> Balance {
	held * Balance::from(percent) / 100
}

/// Run one operation and say whether it was accepted. Refusals are fine; only effects count.
fn apply(op: Op) -> bool {
	let now = System::block_number();
	let outcome = match op {
		Op::Create {
			depositor,
			beneficiary_offset,
			in_asset,
			amount,
			release_after,
			deadline_after_lock,
			multisig,
		} => {
			let condition = if multisig {
				ReleaseCondition::MultiSig {
					threshold: 1,
					signatories: signatories(&[CHARLIE, DAVE]),
				}
			} else {
				ReleaseCondition::Unconditional
			};
			let release_after = release_after.map(|r| now + r);
			let deadline = deadline_after_lock.map(|d| release_after.unwrap_or(now) + d);
			Escrow::create(
				RuntimeOrigin::signed(party(depositor)),
				party(depositor + beneficiary_offset),
				asset(in_asset),
				amount,
				release_after,
				deadline,
				condition,
			)
		}
		Op::Release { pick, by, percent } => {
			let (id, info) = open_escrow(pick);
			let amount = percent
				.zip(info.as_ref())
				.map(|(p, info)| percent_of(info.held, p));
			Escrow::release(RuntimeOrigin::signed(caller(&info, by)), id, amount)
		}
		Op::Refund { pick, by } => {
			let (id, info) = open_escrow(pick);
			Escrow::refund(RuntimeOrigin::signed(caller(&info, by)), id)
		}
		Op::Approve { pick } => {
			let (id, _) = open_escrow(pick);
			let signatory = if pick % 2 == 0 { CHARLIE } else { DAVE };
			Escrow::approve(RuntimeOrigin::signed(signatory), id)
		}
		Op::Freeze { pick } => Escrow::freeze(arbiter(), open_escrow(pick).0),
		Op::Unfreeze { pick } => Escrow::unfreeze(arbiter(), open_escrow(pick).0),
		Op::Split { pick, share } => {
			Escrow::split(arbiter(), open_escrow(pick).0, Perbill::from_percent(share))
		}
		Op::Emergency { pick, to } => {
			Escrow::emergency_withdraw(RuntimeOrigin::root(), open_escrow(pick).0, party(to))
		}
		Op::Lock {
			job,
			payer,
			in_asset,
			amount,
		} => {
			// The registry knows a called job for every fresh escrow, so governance can close it.
			if job_status(job).is_none_or(|status| status.is_final()) {
				set_job(job, JobStatus::Called);
			}
			<Escrow as EscrowLedger<_, _, _>>::lock(job, &party(payer), asset(in_asset), amount)
		}
		Op::LedgerRelease { job, to, percent } => {
			let held = <Escrow as EscrowLedger<_, _, _>>::escrow_of(job).map_or(0, |e| e.held);
			<Escrow as EscrowLedger<_, _, _>>::release(job, &party(to), percent_of(held, percent))
				.map(|_| ())
		}
		Op::LedgerSettle { job, to, percent } => {
			let held = <Escrow as EscrowLedger<_, _, _>>::escrow_of(job).map_or(0, |e| e.held);
			<Escrow as EscrowLedger<_, _, _>>::settle(job, &party(to), percent_of(held, percent))
				.map(|_| ())
		}
		Op::LedgerRefund(job) => <Escrow as EscrowLedger<_, _, _>>::refund(job).map(|_| ()),
		Op::LedgerFreeze(job) => <Escrow as EscrowLedger<_, _, _>>::freeze(job),
		Op::LedgerUnfreeze(job) => <Escrow as EscrowLedger<_, _, _>>::unfreeze(job),
		Op::LedgerSplit { job, to, share } => {
			<Escrow as EscrowLedger<_, _, _>>::split(job, &party(to), Perbill::from_percent(share))
				.map(|_| ())
		}
		Op::SetFee(percent) => {
			Escrow::set_platform_fee(RuntimeOrigin::root(), Perbill::from_percent(percent))
		}
		Op::Advance(blocks) => {
			run_to_block(now + blocks);
			Ok(())
		}
	};
	outcome.is_ok()
}

/// Free plus held AIT of everyone, and USD of everyone plus the pallet account.
fn totals() -> (Balance, Balance) {
	let native = EVERYONE
		.iter()
		.map(|who| Balances::total_balance(who))
		.sum();
	let usd_total = EVERYONE.iter().map(|who| usd(*who)).sum::<Balance>() + pot_usd();
	(native, usd_total)
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(256))]

	#[test]
	fn funds_are_conserved_across_any_sequence(ops in proptest::collection::vec(op(), 1..60)) {
		new_test_ext().execute_with(|| {
			let issuance = Balances::total_issuance();
			let usd_issuance = Assets::total_issuance(USD);
			let before = totals();
			let treasury = Balances::total_balance(&TREASURY);
			for op in ops {
				apply(op);
				check_invariants();
				// AIT fees are burned: what left everyone's accounts is exactly what left the
				// total issuance, and none of it reached the treasury.
				let burned = issuance - Balances::total_issuance();
				let (native, usd_total) = totals();
				prop_assert_eq!((native + burned, usd_total), before);
				prop_assert_eq!(Balances::total_balance(&TREASURY), treasury);
				prop_assert_eq!(Assets::total_issuance(USD), usd_issuance);
			}
			// Whatever is still open can always be wound down to zero.
			run_to_block(System::block_number() + 10);
			for (escrow_id, _) in Escrows::<Test>::iter().collect::<Vec<_>>() {
				prop_assert!(
					Escrow::emergency_withdraw(RuntimeOrigin::root(), escrow_id, ALICE).is_ok()
				);
			}
			check_invariants();
			let burned = issuance - Balances::total_issuance();
			let (native, usd_total) = totals();
			prop_assert_eq!((native + burned, usd_total), before);
			prop_assert_eq!(Escrows::<Test>::iter().count(), 0);
			for who in PARTIES {
				prop_assert_eq!(on_hold(who), 0);
			}
			prop_assert_eq!(pot_usd(), 0);
			Ok(())
		})?;
	}
}
