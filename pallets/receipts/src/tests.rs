//! Unit tests: every call, every error, pruning, governance, and property tests over random
//! receipt streams.

use crate::{mock::*, pallet::*, types::*, Event as ReceiptsEvent};
use aitbc_primitives::{
	traits::{EscrowLedger, JobStatus, WorkScore},
	JobId,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{Get, Hooks},
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, Permill};

const UNITS: u64 = 50;
const PRICE: Balance = 1_000;

fn submit_as(who: &AccountId, receipt: ReceiptOf<Test>) -> DispatchResult {
	Receipts::submit_receipt(
		RuntimeOrigin::signed(who.clone()),
		Box::new(receipt),
		PrivacyLevel::Public,
	)
}

/// Submit, signed by the receipt's own operator.
fn submit(receipt: ReceiptOf<Test>) -> DispatchResult {
	let operator = receipt.body.operator.clone();
	submit_as(&operator, receipt)
}

/// A job for `CLIENT` served by `operator`: up to 100 units, price cap and escrow `PRICE`.
fn job_for(operator: &AccountId) -> JobId {
	MockServices::add_job(&CLIENT, vec![operator.clone()], 100, PRICE, PRICE)
}

/// The sr25519 operator and a job it serves.
fn operator_with_job() -> (OperatorKey, AccountId, JobId) {
	let key = OperatorKey::sr(1);
	let operator = key.account();
	let job = job_for(&operator);
	(key, operator, job)
}

fn receipts_events() -> Vec<ReceiptsEvent<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Receipts(event) => Some(event),
			_ => None,
		})
		.collect()
}

fn paid_for(price: Balance) -> Balance {
	price - ESCROW_FEE * price
}

mod accepting {
	use super::*;

	fn accepts_receipt_signed_with(key: OperatorKey) {
		let operator = key.account();
		let job = job_for(&operator);
		let issuance = Balances::total_issuance();
		let treasury = free(&TREASURY);
		let pot = free(&ESCROW_POT);

		assert_ok!(submit(
			key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
		));

		let coordinator_mint = u128::from(UNITS) * COORDINATOR_PER_UNIT;
		let treasury_mint = u128::from(UNITS) * TREASURY_PER_UNIT;
		assert_eq!(free(&operator), paid_for(PRICE) + coordinator_mint);
		assert_eq!(free(&TREASURY), treasury + treasury_mint);
		assert_eq!(free(&ESCROW_POT), pot - PRICE);
		assert_eq!(MockEscrow::escrow_of(job).unwrap().held, 0);
		assert_eq!(
			Balances::total_issuance(),
			issuance + u128::from(UNITS) * MINT_PER_UNIT
		);

		assert_eq!(
			receipts_events(),
			vec![
				ReceiptsEvent::ReceiptAccepted {
					receipt_id: receipt_id(1),
					job_id: job,
					client: CLIENT,
					operator: operator.clone(),
					compute_units: UNITS,
					price: PRICE,
					paid: paid_for(PRICE),
				},
				ReceiptsEvent::Minted {
					to: operator.clone(),
					amount: coordinator_mint,
					share: MintShare::Coordinator,
				},
				ReceiptsEvent::Minted {
					to: TREASURY,
					amount: treasury_mint,
					share: MintShare::Treasury,
				},
				ReceiptsEvent::WorkRecorded {
					operator: operator.clone(),
					session: 0,
					compute_units: UNITS,
					session_work: UNITS,
					total_work: UNITS,
				},
			]
		);

		assert_eq!(MockServices::status(job), JobStatus::Settled);
		assert_eq!(SettleCalls::get(job), Some(1));
		assert_eq!(Demand::get(CLASS), Some(UNITS));
		assert_eq!(
			RewardPoints::get((operator.clone(), BLUEPRINT)),
			Some(UNITS)
		);
		assert_eq!(Receipts::session_work(0, &operator), UNITS);
		assert_eq!(Receipts::total_work(&operator), UNITS);
		assert_eq!(
			ClaimedReceipts::<Test>::get(receipt_id(1)),
			Some(ClaimedReceipt {
				job_id: job,
				operator,
				compute_units: UNITS,
				accepted_at: 1,
				prunable_at: 1 + RETENTION,
			})
		);
		assert_eq!(
			SettledJobs::<Test>::get(job),
			Some(JobSettlement {
				receipt_id: receipt_id(1),
				settled_at: 1
			})
		);
		assert_eq!(
			PruneQueue::<Test>::get(1 + RETENTION).into_inner(),
			vec![(receipt_id(1), job)]
		);
	}

	#[test]
	fn sr25519_receipt_pays_operator_mints_and_scores() {
		build_and_execute(|| accepts_receipt_signed_with(OperatorKey::sr(1)));
	}

	#[test]
	fn ed25519_receipt_pays_operator_mints_and_scores() {
		build_and_execute(|| accepts_receipt_signed_with(OperatorKey::ed(2)));
	}

	#[test]
	fn relayer_may_submit_but_operator_is_paid() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let relayer_before = free(&RELAYER);

			assert_ok!(submit_as(
				&RELAYER,
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));

			assert_eq!(free(&RELAYER), relayer_before);
			assert_eq!(
				free(&operator),
				paid_for(PRICE) + u128::from(UNITS) * COORDINATOR_PER_UNIT
			);
		});
	}

	#[test]
	fn unsigned_origin_is_refused() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_noop!(
				Receipts::submit_receipt(
					RuntimeOrigin::none(),
					Box::new(key.sign_receipt(body(1, job, &operator, UNITS, PRICE))),
					PrivacyLevel::Public,
				),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn price_below_escrow_leaves_the_rest_escrowed() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, 600))
			));
			assert_eq!(MockEscrow::escrow_of(job).unwrap().held, PRICE - 600);
			assert_eq!(
				free(&operator),
				paid_for(600) + u128::from(UNITS) * COORDINATOR_PER_UNIT
			);
		});
	}

	#[test]
	fn job_with_several_operators_pays_the_one_that_signed() {
		build_and_execute(|| {
			let first = OperatorKey::sr(1);
			let second = OperatorKey::ed(2);
			let job = MockServices::add_job(
				&CLIENT,
				vec![first.account(), second.account()],
				100,
				PRICE,
				PRICE,
			);
			assert_ok!(submit(second.sign_receipt(body(
				1,
				job,
				&second.account(),
				UNITS,
				PRICE
			))));
			assert_eq!(free(&first.account()), 0);
			assert!(free(&second.account()) > 0);
			assert_noop!(
				submit(first.sign_receipt(body(2, job, &first.account(), UNITS, PRICE))),
				Error::<Test>::JobAlreadySettled
			);
		});
	}

	#[test]
	fn max_units_and_full_price_cap_are_accepted() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, 100, PRICE))
			));
			assert_eq!(Receipts::total_work(&operator), 100);
		});
	}
}

mod refusing {
	use super::*;

	#[test]
	fn unknown_job_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			assert_noop!(
				submit(key.sign_receipt(body(1, 999, &key.account(), UNITS, PRICE))),
				Error::<Test>::JobNotFound
			);
		});
	}

	#[test]
	fn stranger_that_does_not_serve_the_job_is_refused() {
		build_and_execute(|| {
			let operator = OperatorKey::sr(1);
			let stranger = OperatorKey::sr(3);
			let job = job_for(&operator.account());
			// Correctly signed by the stranger, for a job it does not serve.
			assert_noop!(
				submit(stranger.sign_receipt(body(1, job, &stranger.account(), UNITS, PRICE))),
				Error::<Test>::NotJobOperator
			);
		});
	}

	#[test]
	fn stranger_cannot_sign_for_the_operator() {
		build_and_execute(|| {
			let operator = OperatorKey::sr(1);
			let stranger = OperatorKey::sr(3);
			let job = job_for(&operator.account());
			// Names the real operator (to be paid...), but the stranger signed it.
			let forged = stranger.sign_receipt(body(1, job, &operator.account(), UNITS, PRICE));
			assert_noop!(
				submit_as(&stranger.account(), forged),
				Error::<Test>::BadSignature
			);
		});
	}

	#[test]
	fn receipt_for_another_client_is_refused() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let mut wrong_client = body(1, job, &operator, UNITS, PRICE);
			wrong_client.client = OTHER_CLIENT;
			assert_noop!(
				submit(key.sign_receipt(wrong_client)),
				Error::<Test>::ClientMismatch
			);
		});
	}

	#[test]
	fn settled_job_cannot_be_claimed_again() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(key.sign_receipt(body(
				1,
				job,
				&operator,
				UNITS,
				PRICE / 2
			))));
			// A fresh receipt id, and escrow still holds enough: the job itself is spent.
			assert_noop!(
				submit(key.sign_receipt(body(2, job, &operator, UNITS, PRICE / 2))),
				Error::<Test>::JobAlreadySettled
			);
		});
	}

	#[test]
	fn job_the_registry_reports_settled_is_refused() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			MockServices::set_status(job, JobStatus::Settled);
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, UNITS, PRICE))),
				Error::<Test>::JobAlreadySettled
			);
		});
	}

	#[test]
	fn cancelled_job_is_refused() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			MockServices::set_status(job, JobStatus::Cancelled);
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, UNITS, PRICE))),
				Error::<Test>::JobCancelled
			);
		});
	}

	#[test]
	fn job_with_a_submitted_result_is_payable() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			MockServices::set_status(job, JobStatus::ResultSubmitted);
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
		});
	}

	#[test]
	fn receipt_id_cannot_be_claimed_twice() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let first = job_for(&operator);
			let second = job_for(&operator);
			assert_ok!(submit(
				key.sign_receipt(body(1, first, &operator, UNITS, PRICE))
			));
			assert_noop!(
				submit(key.sign_receipt(body(1, second, &operator, UNITS, PRICE))),
				Error::<Test>::ReceiptAlreadyClaimed
			);
		});
	}

	/// A receipt for `units` at `price` on a job of up to 100 units and `PRICE` is refused.
	fn refuses_amounts(units: u64, price: Balance, error: Error<Test>) {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, units, price))),
				error
			);
		});
	}

	#[test]
	fn zero_units_are_refused() {
		refuses_amounts(0, PRICE, Error::<Test>::ZeroUnits);
	}

	#[test]
	fn more_units_than_the_job_allows_are_refused() {
		refuses_amounts(101, PRICE, Error::<Test>::TooManyUnits);
	}

	#[test]
	fn zero_price_is_refused() {
		refuses_amounts(UNITS, 0, Error::<Test>::ZeroPrice);
	}

	#[test]
	fn price_above_the_job_cap_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = MockServices::add_job(&CLIENT, vec![operator.clone()], 100, PRICE, 2 * PRICE);
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, UNITS, PRICE + 1))),
				Error::<Test>::PriceAboveCap
			);
		});
	}

	#[test]
	fn job_without_escrow_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = MockServices::add_job(&CLIENT, vec![operator.clone()], 100, PRICE, 0);
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, UNITS, PRICE))),
				Error::<Test>::EscrowNotFound
			);
		});
	}

	#[test]
	fn frozen_escrow_is_refused_until_unfrozen() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE));
			assert_ok!(MockEscrow::freeze(job));
			assert_noop!(submit(receipt.clone()), Error::<Test>::EscrowFrozen);
			assert_ok!(MockEscrow::unfreeze(job));
			assert_ok!(submit(receipt));
		});
	}

	#[test]
	fn escrow_holding_less_than_the_price_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = MockServices::add_job(&CLIENT, vec![operator.clone()], 100, PRICE, PRICE - 1);
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, UNITS, PRICE))),
				Error::<Test>::EscrowInsufficient
			);
		});
	}

	#[test]
	fn tampered_receipt_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::ed(2);
			let operator = key.account();
			let job = job_for(&operator);
			let signed = key.sign_receipt(body(1, job, &operator, 10, PRICE));
			let tamperings: [fn(&mut ReceiptOf<Test>); 4] = [
				|r| r.body.compute_units = 11,
				|r| r.body.price -= 1,
				|r| r.body.output_hash = H256::repeat_byte(1),
				|r| r.body.nonce += 1,
			];
			for tamper in tamperings {
				let mut receipt = signed.clone();
				tamper(&mut receipt);
				assert_noop!(submit(receipt), Error::<Test>::BadSignature);
			}
			assert_ok!(submit(signed));
		});
	}

	#[test]
	fn receipt_signed_for_another_chain_is_refused() {
		build_and_execute(|| {
			for key in [OperatorKey::sr(1), OperatorKey::ed(2)] {
				let operator = key.account();
				let job = job_for(&operator);
				let other_chain = H256::repeat_byte(0x42);
				assert_ne!(Receipts::genesis_hash(), other_chain);
				let receipt =
					key.sign_receipt_for(body(1, job, &operator, UNITS, PRICE), &other_chain);
				assert_noop!(submit(receipt), Error::<Test>::BadSignature);
			}
		});
	}

	#[test]
	fn signature_without_the_domain_tag_is_refused() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let body = body(1, job, &operator, UNITS, PRICE);
			// Signing the bare SCALE body (as another protocol might) must not be a receipt.
			let signature = key.sign(&codec::Encode::encode(&body));
			let receipt = crate::ComputeReceipt { body, signature };
			assert_noop!(submit(receipt), Error::<Test>::BadSignature);
		});
	}

	#[test]
	fn genesis_hash_is_the_chains_block_zero_hash() {
		build_and_execute(|| {
			let block_zero = System::block_hash(0);
			assert_ne!(block_zero, H256::zero());
			assert_eq!(Receipts::genesis_hash(), block_zero);
		});
	}

	#[test]
	fn block_mint_cap_is_enforced_and_resets_next_block() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let jobs: Vec<JobId> = (0..3)
				.map(|_| {
					MockServices::add_job(&CLIENT, vec![operator.clone()], 1_000, PRICE, PRICE)
				})
				.collect();
			// 400 units mint 4_000 of the 5_000 a block may mint.
			assert_ok!(submit(
				key.sign_receipt(body(1, jobs[0], &operator, 400, PRICE))
			));
			assert_noop!(
				submit(key.sign_receipt(body(2, jobs[1], &operator, 101, PRICE))),
				Error::<Test>::BlockMintCapExceeded
			);
			assert_ok!(submit(
				key.sign_receipt(body(3, jobs[1], &operator, 100, PRICE))
			));
			run_to_block(2);
			assert_ok!(submit(
				key.sign_receipt(body(4, jobs[2], &operator, 400, PRICE))
			));
		});
	}

	#[test]
	fn session_mint_cap_is_enforced_and_resets_next_session() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let jobs: Vec<JobId> = (0..5)
				.map(|_| {
					MockServices::add_job(&CLIENT, vec![operator.clone()], 1_000, PRICE, PRICE)
				})
				.collect();
			// Three blocks of 4_000 reach the session's 12_000.
			for (block, job) in jobs.iter().take(3).enumerate() {
				run_to_block(1 + block as u64);
				assert_ok!(submit(key.sign_receipt(body(
					block as u8,
					*job,
					&operator,
					400,
					PRICE
				))));
			}
			run_to_block(4);
			assert_noop!(
				submit(key.sign_receipt(body(10, jobs[3], &operator, 1, PRICE))),
				Error::<Test>::SessionMintCapExceeded
			);
			CurrentSessionIndex::set(1);
			assert_ok!(submit(
				key.sign_receipt(body(10, jobs[3], &operator, 1, PRICE))
			));
		});
	}

	#[test]
	fn block_receipt_limit_is_enforced() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			for id in 0..MAX_RECEIPTS_PER_BLOCK {
				let job = job_for(&operator);
				assert_ok!(submit(
					key.sign_receipt(body(id as u8, job, &operator, 1, PRICE))
				));
			}
			let job = job_for(&operator);
			let receipt = key.sign_receipt(body(100, job, &operator, 1, PRICE));
			assert_noop!(
				submit(receipt.clone()),
				Error::<Test>::TooManyReceiptsInBlock
			);
			run_to_block(2);
			assert_ok!(submit(receipt));
		});
	}

	#[test]
	fn mint_overflow_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job =
				MockServices::add_job(&CLIENT, vec![operator.clone()], u64::MAX, PRICE, PRICE);
			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				Balance::MAX / 2,
				Permill::from_percent(50),
			));
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, 3, PRICE))),
				Error::<Test>::Overflow
			);
		});
	}

	#[test]
	fn checks_run_in_the_documented_order() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let stranger = OperatorKey::sr(3);
			let operator = key.account();
			let job = job_for(&operator);
			// Wrong operator, zero units and a bad signature: the operator check comes first.
			let mut receipt = stranger.sign_receipt(body(1, job, &stranger.account(), 0, 0));
			receipt.body.nonce += 1;
			assert_noop!(submit(receipt), Error::<Test>::NotJobOperator);
			// Too many units and a bad signature: units are checked before the signature.
			let mut receipt = key.sign_receipt(body(1, job, &operator, 101, PRICE));
			receipt.body.nonce += 1;
			assert_noop!(submit(receipt), Error::<Test>::TooManyUnits);
			// Frozen escrow and a bad signature: escrow before signature.
			assert_ok!(MockEscrow::freeze(job));
			let mut receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE));
			receipt.body.nonce += 1;
			assert_noop!(submit(receipt), Error::<Test>::EscrowFrozen);
		});
	}
}

mod governance {
	use super::*;

	#[test]
	fn root_and_council_set_mint_parameters_and_strangers_cannot() {
		build_and_execute(|| {
			assert_noop!(
				Receipts::set_mint_parameters(
					RuntimeOrigin::signed(RELAYER),
					1,
					Permill::from_percent(10)
				),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Receipts::set_mint_parameters(RuntimeOrigin::none(), 1, Permill::from_percent(10)),
				DispatchError::BadOrigin
			);

			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				20,
				Permill::from_percent(25)
			));
			System::assert_last_event(RuntimeEvent::Receipts(ReceiptsEvent::MintParametersSet {
				mint_per_unit: 20,
				coordinator_share: Permill::from_percent(25),
				treasury_share: Permill::from_percent(75),
			}));

			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::signed(COUNCIL),
				30,
				Permill::from_percent(60)
			));
			assert_eq!(
				MintParams::<Test>::get(),
				MintParameters {
					mint_per_unit: 30,
					coordinator_share: Permill::from_percent(60)
				}
			);
		});
	}

	#[test]
	fn new_rate_applies_to_later_receipts_and_accounting_holds() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let first = job_for(&operator);
			let second = job_for(&operator);
			assert_ok!(submit(
				key.sign_receipt(body(1, first, &operator, 10, PRICE))
			));
			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				100,
				Permill::from_percent(30)
			));
			Receipts::do_try_state().unwrap();
			let treasury = free(&TREASURY);
			let operator_before = free(&operator);
			assert_ok!(submit(
				key.sign_receipt(body(2, second, &operator, 10, PRICE))
			));
			assert_eq!(free(&operator), operator_before + paid_for(PRICE) + 10 * 30);
			assert_eq!(free(&TREASURY), treasury + 10 * 70);

			let ledger = Ledger::<Test>::get();
			assert_eq!(ledger.total_units, 20);
			assert_eq!(ledger.epoch_units, 10);
			assert_eq!(
				ledger.minted,
				PerShare {
					coordinator: 10 * COORDINATOR_PER_UNIT + 10 * 30,
					treasury: 10 * TREASURY_PER_UNIT + 10 * 70
				}
			);
		});
	}

	#[test]
	fn whole_mint_to_one_share_emits_one_mint() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				10,
				Permill::from_percent(100)
			));
			let treasury = free(&TREASURY);
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_eq!(free(&TREASURY), treasury);
			let mints = receipts_events()
				.into_iter()
				.filter(|event| matches!(event, ReceiptsEvent::Minted { .. }))
				.count();
			assert_eq!(mints, 1);
		});
	}

	#[test]
	fn zero_rate_pays_but_mints_nothing() {
		build_and_execute(|| {
			let key = OperatorKey::ed(2);
			let operator = key.account();
			let job = job_for(&operator);
			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				0,
				Permill::zero()
			));
			let issuance = Balances::total_issuance();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(free(&operator), paid_for(PRICE));
			assert_eq!(Receipts::total_work(&operator), UNITS);
		});
	}
}

mod pruning {
	use super::*;

	#[test]
	fn claims_are_forgotten_after_retention_and_replays_still_fail() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE / 2));
			assert_ok!(submit(receipt.clone()));

			run_to_block(RETENTION);
			assert!(ClaimedReceipts::<Test>::contains_key(receipt_id(1)));
			assert!(matches!(
				Receipts::receipt_status(receipt_id(1)),
				ReceiptStatus::Accepted(_)
			));

			run_to_block(1 + RETENTION);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::ReceiptsPruned {
				count: 1,
			}));
			assert!(!ClaimedReceipts::<Test>::contains_key(receipt_id(1)));
			assert!(!SettledJobs::<Test>::contains_key(job));
			assert!(!PruneQueue::<Test>::contains_key(1 + RETENTION));
			assert_eq!(
				Receipts::receipt_status(receipt_id(1)),
				ReceiptStatus::Unknown
			);

			// The registry still reports the job settled, so neither a replay nor a new receipt
			// for the job can claim it, though escrow still holds half the payment.
			assert_noop!(submit(receipt), Error::<Test>::JobAlreadySettled);
			assert_noop!(
				submit(key.sign_receipt(body(2, job, &operator, UNITS, PRICE / 2))),
				Error::<Test>::JobAlreadySettled
			);
			assert_eq!(SettleCalls::get(job), Some(1));
		});
	}

	#[test]
	fn pruning_is_per_block() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let first = job_for(&operator);
			let second = job_for(&operator);
			assert_ok!(submit(
				key.sign_receipt(body(1, first, &operator, 1, PRICE))
			));
			run_to_block(2);
			assert_ok!(submit(
				key.sign_receipt(body(2, second, &operator, 1, PRICE))
			));
			run_to_block(1 + RETENTION);
			assert!(!ClaimedReceipts::<Test>::contains_key(receipt_id(1)));
			assert!(ClaimedReceipts::<Test>::contains_key(receipt_id(2)));
			run_to_block(2 + RETENTION);
			assert!(!ClaimedReceipts::<Test>::contains_key(receipt_id(2)));
			assert_eq!(ClaimedReceipts::<Test>::iter().count(), 0);
			assert_eq!(PruneQueue::<Test>::iter().count(), 0);
		});
	}

	#[test]
	fn old_session_work_is_pruned_and_total_work_kept() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let other = OperatorKey::ed(2);
			let jobs: Vec<JobId> = (0..3).map(|_| job_for(&operator)).collect();
			let other_job = job_for(&other.account());
			assert_ok!(submit(
				key.sign_receipt(body(1, jobs[0], &operator, 5, PRICE))
			));
			assert_ok!(submit(other.sign_receipt(body(
				2,
				other_job,
				&other.account(),
				6,
				PRICE
			))));
			CurrentSessionIndex::set(1);
			run_to_block(2);
			assert_ok!(submit(
				key.sign_receipt(body(3, jobs[1], &operator, 7, PRICE))
			));
			// Two sessions are kept: 0 and 1.
			assert_eq!(Receipts::session_work(0, &operator), 5);
			assert_eq!(OldestSession::<Test>::get(), 0);

			CurrentSessionIndex::set(2);
			run_to_block(3);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::SessionWorkPruned {
				session: 0,
			}));
			assert_eq!(OldestSession::<Test>::get(), 1);
			assert_eq!(Receipts::session_work(0, &operator), 0);
			assert_eq!(Receipts::session_work(0, &other.account()), 0);
			assert_eq!(Receipts::session_work(1, &operator), 7);
			assert_eq!(Receipts::total_work(&operator), 12);
			assert_eq!(Receipts::total_work(&other.account()), 6);

			assert_ok!(submit(
				key.sign_receipt(body(4, jobs[2], &operator, 1, PRICE))
			));
			assert_eq!(
				Receipts::work_score(&operator),
				WorkScoreInfo {
					session: 2,
					session_work: 1,
					total_work: 13
				}
			);
		});
	}

	#[test]
	fn session_pruning_catches_up_one_session_per_block() {
		build_and_execute(|| {
			CurrentSessionIndex::set(5);
			run_to_block(2);
			assert_eq!(OldestSession::<Test>::get(), 1);
			run_to_block(5);
			// Sessions 4 and 5 are the two kept.
			assert_eq!(OldestSession::<Test>::get(), 4);
			run_to_block(8);
			assert_eq!(OldestSession::<Test>::get(), 4);
		});
	}

	#[test]
	fn session_pruning_is_bounded_per_block() {
		// Entries must be in the backend (committed) for the per-block limit to apply.
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			for seed in 0..5u8 {
				SessionWork::<Test>::insert(0, AccountId::new([100 + seed; 32]), 1);
			}
			CurrentSessionIndex::set(2);
		});
		ext.commit_all().unwrap();
		// The mock removes at most 2 entries a block: 5 -> 3 -> 1 -> 0.
		for left in [3, 1, 0] {
			ext.execute_with(|| {
				assert_eq!(OldestSession::<Test>::get(), 0);
				let next = System::block_number() + 1;
				System::set_block_number(next);
				Receipts::on_initialize(next);
				assert_eq!(SessionWork::<Test>::iter_prefix(0).count(), left);
			});
			ext.commit_all().unwrap();
		}
		ext.execute_with(|| {
			assert_eq!(OldestSession::<Test>::get(), 1);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::SessionWorkPruned {
				session: 0,
			}));
		});
	}

	#[test]
	fn on_initialize_reports_the_weight_of_what_it_pruned() {
		build_and_execute(|| {
			use crate::weights::WeightInfo;
			let key = OperatorKey::sr(1);
			let operator = key.account();
			for id in 0..2u8 {
				let job = job_for(&operator);
				assert_ok!(submit(key.sign_receipt(body(id, job, &operator, 1, PRICE))));
			}
			let prune_at = 1 + RETENTION;
			run_to_block(prune_at - 1);
			System::set_block_number(prune_at);
			let weight = Receipts::on_initialize(prune_at);
			let db: frame_support::weights::RuntimeDbWeight =
				<Test as frame_system::Config>::DbWeight::get();
			assert_eq!(
				weight,
				<() as WeightInfo>::prune_receipts(2)
					.saturating_add(<() as WeightInfo>::prune_session_work(0))
					.saturating_add(db.reads(1))
			);
		});
	}
}

mod api_and_invariants {
	use super::*;
	#[test]
	fn runtime_api_functions_report_status_and_score() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_eq!(
				Receipts::receipt_status(receipt_id(1)),
				ReceiptStatus::Unknown
			);
			assert_eq!(Receipts::work_score(&operator), WorkScoreInfo::default());
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_eq!(
				Receipts::receipt_status(receipt_id(1)),
				ReceiptStatus::Accepted(ClaimedReceipt {
					job_id: job,
					operator: operator.clone(),
					compute_units: UNITS,
					accepted_at: 1,
					prunable_at: 1 + RETENTION,
				})
			);
			assert_eq!(
				Receipts::work_score(&operator),
				WorkScoreInfo {
					session: 0,
					session_work: UNITS,
					total_work: UNITS
				}
			);
		});
	}

	#[test]
	fn integrity_test_passes() {
		build_and_execute(|| {
			<Receipts as Hooks<BlockNumber>>::integrity_test();
		});
	}

	#[test]
	fn try_state_detects_a_mint_that_units_do_not_explain() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_ok!(Receipts::do_try_state());
			Ledger::<Test>::mutate(|ledger| ledger.minted.treasury += 1);
			assert!(Receipts::do_try_state().is_err());
			Ledger::<Test>::mutate(|ledger| ledger.minted.treasury -= 1);
		});
	}

	#[test]
	fn try_state_detects_a_job_settled_twice() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			let claim = ClaimedReceipts::<Test>::get(receipt_id(1)).unwrap();
			ClaimedReceipts::<Test>::insert(receipt_id(2), claim);
			assert!(Receipts::do_try_state().is_err());
			ClaimedReceipts::<Test>::remove(receipt_id(2));
		});
	}

	#[test]
	fn try_state_detects_work_without_accepted_units() {
		build_and_execute(|| {
			let operator = OperatorKey::sr(1).account();
			TotalWork::<Test>::insert(&operator, 1);
			assert!(Receipts::do_try_state().is_err());
			TotalWork::<Test>::remove(&operator);
		});
	}
}

mod properties {
	//! Random streams of receipts (valid, replayed, forged, for the wrong chain, over the
	//! limits), governance rate changes, blocks and sessions. A simple model predicts which
	//! receipts must be accepted; the chain must agree, never settle a job twice, never mint
	//! without an accepted receipt, and mint exactly units × rate in force.
	use super::*;
	use proptest::prelude::*;
	use std::collections::{BTreeMap, BTreeSet};

	const JOBS: u64 = 6;
	const JOB_MAX_UNITS: u64 = 50;

	#[derive(Clone, Debug)]
	enum Action {
		Submit {
			job: u64,
			signer: usize,
			named_operator: usize,
			receipt: u8,
			units: u64,
			price: Balance,
			wrong_chain: bool,
			relayed: bool,
		},
		NextBlocks(u64),
		NextSession,
		SetRate {
			rate: Balance,
			share: u32,
		},
	}

	fn action() -> impl Strategy<Value = Action> {
		prop_oneof![
			6 => (
				0..JOBS + 1,
				proptest::bool::weighted(0.15),
				proptest::bool::weighted(0.15),
				0u8..8,
				0u64..JOB_MAX_UNITS + 10,
				0 as Balance..PRICE + 200,
				proptest::bool::weighted(0.1),
				any::<bool>(),
			)
				.prop_map(
					|(job, stranger, forged, receipt, units, price, wrong_chain, relayed)| {
						// Mostly the job's own operator signing for itself; sometimes the
						// stranger (serves nothing) or a forgery by another key.
						let named_operator = if stranger { 2 } else { (job % 2) as usize };
						let signer = if forged { (named_operator + 1) % 3 } else { named_operator };
						Action::Submit {
							job,
							signer,
							named_operator,
							receipt,
							units,
							price,
							wrong_chain,
							relayed,
						}
					}
				),
			2 => (1u64..8).prop_map(Action::NextBlocks),
			1 => Just(Action::NextSession),
			1 => (0 as Balance..40, 0u32..=1_000_000)
				.prop_map(|(rate, share)| Action::SetRate { rate, share }),
		]
	}

	/// What the model remembers.
	#[derive(Default)]
	struct Model {
		settled_jobs: BTreeSet<JobId>,
		/// Receipt id -> the block at which the chain forgets it.
		remembered: BTreeMap<u8, BlockNumber>,
		minted_in_block: (BlockNumber, Balance),
		minted_in_session: (u32, Balance),
		receipts_in_block: (BlockNumber, u32),
		expected_issuance: Balance,
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

		#[test]
		fn receipt_streams_never_double_claim_and_conserve_issuance(
			actions in proptest::collection::vec(action(), 1..60)
		) {
			new_test_ext().execute_with(|| {
				// Operators 0 (sr25519) and 1 (ed25519) serve jobs; 2 (sr25519) serves none.
				let keys = [OperatorKey::sr(1), OperatorKey::ed(2), OperatorKey::sr(3)];
				let jobs: Vec<JobId> = (0..JOBS)
					.map(|i| {
						let operator = keys[(i % 2) as usize].account();
						MockServices::add_job(&CLIENT, vec![operator], JOB_MAX_UNITS, PRICE, PRICE)
					})
					.collect();
				let genesis_issuance = Balances::total_issuance();
				let mut model =
					Model { expected_issuance: genesis_issuance, ..Default::default() };

				for action in actions {
					match action {
						Action::Submit {
							job, signer, named_operator, receipt, units, price, wrong_chain, relayed,
						} => {
							let now = System::block_number();
							let session = CurrentSessionIndex::get();
							let job_id = jobs.get(job as usize).copied().unwrap_or(999);
							let operator = keys[named_operator].account();
							let receipt_body = crate::ReceiptBody {
								receipt_id: receipt_id(receipt),
								job_id,
								client: CLIENT,
								operator: operator.clone(),
								compute_units: units,
								price,
								output_hash: H256::repeat_byte(receipt),
								nonce: 0,
							};
							let genesis = if wrong_chain {
								H256::repeat_byte(0x42)
							} else {
								Receipts::genesis_hash()
							};
							let signed = keys[signer].sign_receipt_for(receipt_body, &genesis);

							let params = MintParams::<Test>::get();
							let per_unit = params.per_unit();
							let mint = (per_unit.coordinator + per_unit.treasury) * u128::from(units);
							let block_minted = if model.minted_in_block.0 == now { model.minted_in_block.1 } else { 0 };
							let session_minted = if model.minted_in_session.0 == session { model.minted_in_session.1 } else { 0 };
							let in_block = if model.receipts_in_block.0 == now { model.receipts_in_block.1 } else { 0 };
							let serves = job < JOBS && named_operator == (job % 2) as usize;
							let remembered = model.remembered.get(&receipt).is_some_and(|until| *until > now);
							let should_accept = job < JOBS
								&& serves
								&& !model.settled_jobs.contains(&job_id)
								&& !remembered
								&& units > 0 && units <= JOB_MAX_UNITS
								&& price > 0 && price <= PRICE
								&& signer == named_operator
								&& !wrong_chain
								&& block_minted + mint <= MAX_MINT_PER_BLOCK
								&& session_minted + mint <= MAX_MINT_PER_SESSION
								&& in_block < MAX_RECEIPTS_PER_BLOCK;

							let root_before = sp_io::storage::root(sp_runtime::StateVersion::V1);
							let issuance_before = Balances::total_issuance();
							let submitter = if relayed { RELAYER } else { keys[signer].account() };
							let result = submit_as(&submitter, signed);

							assert_eq!(result.is_ok(), should_accept, "{:?}", result);
							if should_accept {
								model.settled_jobs.insert(job_id);
								model.remembered.insert(receipt, now + RETENTION);
								model.minted_in_block = (now, block_minted + mint);
								model.minted_in_session = (session, session_minted + mint);
								model.receipts_in_block = (now, in_block + 1);
								model.expected_issuance += mint;
								assert_eq!(Balances::total_issuance(), issuance_before + mint);
							} else {
								// A refused receipt changes nothing at all, and mints nothing.
								assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root_before);
								assert_eq!(Balances::total_issuance(), issuance_before);
							}
						},
						Action::NextBlocks(blocks) => run_to_block(System::block_number() + blocks),
						Action::NextSession => CurrentSessionIndex::set(CurrentSessionIndex::get() + 1),
						Action::SetRate { rate, share } => {
							assert_ok!(Receipts::set_mint_parameters(
								RuntimeOrigin::root(),
								rate,
								Permill::from_parts(share),
							));
						},
					}

					Receipts::do_try_state().expect("invariants hold after every step");
					assert_eq!(Balances::total_issuance(), model.expected_issuance);
					for job_id in &jobs {
						assert!(SettleCalls::get(job_id).unwrap_or(0) <= 1, "job {job_id} settled twice");
						assert_eq!(
							SettleCalls::get(job_id).unwrap_or(0) == 1,
							model.settled_jobs.contains(job_id)
						);
					}
				}

				// Everything minted is explained by accepted units at the rates in force.
				let ledger = Ledger::<Test>::get();
				let minted = ledger.minted.coordinator + ledger.minted.treasury;
				assert_eq!(Balances::total_issuance(), genesis_issuance + minted);
			});
		}
	}
}

/// Private receipts, with real proofs made by snarkjs from `zk/circuits` (`zk/build.sh` proves
/// them for job 1 of this mock with the caps used below) and verified by the real
/// `pallet-zk-verifier`.
mod private_receipts {
	use super::*;
	use crate::ReceiptBody;
	use aitbc_primitives::VerifyingKeyId;
	use frame_support::BoundedVec;

	const BASIC_VK: &[u8] = include_bytes!("fixtures/receipt_basic.vk.bin");
	const ENHANCED_VK: &[u8] = include_bytes!("fixtures/receipt_enhanced.vk.bin");
	const BASIC_PROOF: &[u8] = include_bytes!("fixtures/receipts_basic_job1.proof.bin");
	const BASIC_PUBLIC: &[u8] = include_bytes!("fixtures/receipts_basic_job1.public.bin");
	const ENHANCED_PROOF: &[u8] = include_bytes!("fixtures/receipts_enhanced_job1.proof.bin");
	const ENHANCED_PUBLIC: &[u8] = include_bytes!("fixtures/receipts_enhanced_job1.public.bin");
	/// What the statements were proven for.
	const BASIC_UNITS: u64 = 40;
	const ENHANCED_MAX_UNITS: u64 = 100;
	const ENHANCED_PRICE_CAP: Balance = 500;

	fn inputs(public: &[u8]) -> Vec<[u8; 32]> {
		public
			.chunks_exact(32)
			.map(|chunk| chunk.try_into().unwrap())
			.collect()
	}

	/// Registers the circuit's key in the verifier (nullifier input as the circuit names it)
	/// and approves it for `kind`.
	fn approve(kind: PrivacyKind, vk: &[u8]) -> VerifyingKeyId {
		let nullifier_input = kind.public_inputs() - 1;
		assert_ok!(ZkVerifier::register_key_for_everyone(
			RuntimeOrigin::root(),
			vk.to_vec().try_into().unwrap(),
			Some(nullifier_input)
		));
		let key = sp_io::hashing::blake2_256(vk);
		assert_ok!(Receipts::set_privacy_key(
			RuntimeOrigin::signed(COUNCIL),
			kind,
			Some(key)
		));
		key
	}

	fn private_proof(key: VerifyingKeyId, proof: &[u8], nullifier: [u8; 32]) -> PrivateProof {
		PrivateProof {
			key,
			proof: BoundedVec::try_from(proof.to_vec()).unwrap(),
			nullifier,
		}
	}

	/// Job 1, committed by its client; returns the operator's key, the operator and the job.
	fn committed_job(
		max_units: u64,
		price_cap: Balance,
		commitment: [u8; 32],
	) -> (OperatorKey, AccountId, JobId) {
		let key = OperatorKey::sr(1);
		let operator = key.account();
		let job = MockServices::add_job(
			&CLIENT,
			vec![operator.clone()],
			max_units,
			price_cap,
			price_cap,
		);
		assert_eq!(job, 1, "the fixtures are proven for job 1");
		assert_ok!(Receipts::commit_job(
			RuntimeOrigin::signed(CLIENT),
			job,
			commitment
		));
		(key, operator, job)
	}

	fn submit_private(receipt: ReceiptOf<Test>, privacy: PrivacyLevel) -> DispatchResult {
		Receipts::submit_receipt(RuntimeOrigin::signed(RELAYER), Box::new(receipt), privacy)
	}

	fn basic_setup() -> (OperatorKey, AccountId, JobId, PrivacyLevel) {
		let key_id = approve(PrivacyKind::Basic, BASIC_VK);
		let public = inputs(BASIC_PUBLIC);
		let (key, operator, job) = committed_job(100, PRICE, public[1]);
		let privacy = PrivacyLevel::Basic(private_proof(key_id, BASIC_PROOF, public[4]));
		(key, operator, job, privacy)
	}

	fn basic_body(job: JobId, operator: &AccountId, units: u64) -> ReceiptBody<AccountId, Balance> {
		ReceiptBody {
			output_hash: H256(inputs(BASIC_PUBLIC)[2]),
			..body(1, job, operator, units, PRICE)
		}
	}

	#[test]
	fn a_basic_private_receipt_settles_with_a_real_proof() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = basic_setup();
			let issuance = Balances::total_issuance();
			assert_ok!(submit_private(
				key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
				privacy
			));

			assert_eq!(
				free(&operator),
				paid_for(PRICE) + u128::from(BASIC_UNITS) * COORDINATOR_PER_UNIT
			);
			assert_eq!(
				Balances::total_issuance(),
				issuance + u128::from(BASIC_UNITS) * MINT_PER_UNIT
			);
			assert_eq!(MockServices::status(job), JobStatus::Settled);
			assert!(JobCommitments::<Test>::get(job).is_none());
			let nullifier = inputs(BASIC_PUBLIC)[4];
			let key_id = sp_io::hashing::blake2_256(BASIC_VK);
			assert!(pallet_zk_verifier::Nullifiers::<Test>::contains_key(
				key_id, nullifier
			));
		});
	}

	#[test]
	fn the_proof_binds_to_the_receipt_and_the_clients_commitment() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = basic_setup();
			// Other units than proven.
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body(job, &operator, BASIC_UNITS + 1)),
					privacy.clone()
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
			// Another output hash.
			let other_output = ReceiptBody {
				output_hash: H256([1; 32]),
				..basic_body(job, &operator, BASIC_UNITS)
			};
			assert_noop!(
				submit_private(key.sign_receipt(other_output), privacy.clone()),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
			// An output hash that is not a field element is refused, not reduced.
			let not_canonical = ReceiptBody {
				output_hash: H256([0xFF; 32]),
				..basic_body(job, &operator, BASIC_UNITS)
			};
			assert_noop!(
				submit_private(key.sign_receipt(not_canonical), privacy.clone()),
				pallet_zk_verifier::Error::<Test>::InputNotCanonical
			);
			// A commitment the client did not make.
			JobCommitments::<Test>::insert(job, [3u8; 32]);
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
					privacy
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
		});
	}

	#[test]
	fn a_private_receipt_needs_an_approved_key_and_a_commitment() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = basic_setup();
			let PrivacyLevel::Basic(proof) = privacy.clone() else {
				unreachable!()
			};
			let other_key = PrivacyLevel::Basic(PrivateProof {
				key: [9; 32],
				..proof.clone()
			});
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
					other_key
				),
				Error::<Test>::UnapprovedKey
			);
			// The basic key is not approved for the enhanced level.
			let wrong_level = PrivacyLevel::Enhanced {
				proof,
				amount_commitment: [0; 32],
			};
			assert_noop!(
				submit_private(key.sign_receipt(basic_body(job, &operator, 0)), wrong_level),
				Error::<Test>::UnapprovedKey
			);
			JobCommitments::<Test>::remove(job);
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
					privacy
				),
				Error::<Test>::NoJobCommitment
			);
		});
	}

	fn enhanced_setup(price_cap: Balance) -> (OperatorKey, AccountId, JobId, PrivacyLevel) {
		let key_id = approve(PrivacyKind::Enhanced, ENHANCED_VK);
		let public = inputs(ENHANCED_PUBLIC);
		let (key, operator, job) = committed_job(ENHANCED_MAX_UNITS, price_cap, public[1]);
		let privacy = PrivacyLevel::Enhanced {
			proof: private_proof(key_id, ENHANCED_PROOF, public[6]),
			amount_commitment: public[5],
		};
		(key, operator, job, privacy)
	}

	fn enhanced_body(
		job: JobId,
		operator: &AccountId,
		units: u64,
		price: Balance,
	) -> ReceiptBody<AccountId, Balance> {
		ReceiptBody {
			output_hash: H256(inputs(ENHANCED_PUBLIC)[2]),
			..body(1, job, operator, units, price)
		}
	}

	#[test]
	fn an_enhanced_receipt_pays_the_escrow_and_mints_nothing() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = enhanced_setup(ENHANCED_PRICE_CAP);
			let issuance = Balances::total_issuance();
			assert_ok!(submit_private(
				key.sign_receipt(enhanced_body(job, &operator, 0, 0)),
				privacy
			));
			assert_eq!(free(&operator), paid_for(ENHANCED_PRICE_CAP));
			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(TotalWork::<Test>::get(&operator), 0);
			assert_eq!(MockEscrow::escrow_of(job).unwrap().held, 0);
			assert_eq!(MockServices::status(job), JobStatus::Settled);
		});
	}

	#[test]
	fn an_enhanced_receipt_hides_its_amounts_and_binds_to_the_job_caps() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = enhanced_setup(ENHANCED_PRICE_CAP);
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 40, 300)),
					privacy.clone()
				),
				Error::<Test>::AmountsNotHidden
			);
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, 300)),
					privacy
				),
				Error::<Test>::AmountsNotHidden
			);
		});
		build_and_execute(|| {
			// The same proof for a job with a higher price cap than proven.
			let (key, operator, job, privacy) = enhanced_setup(ENHANCED_PRICE_CAP + 1);
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, 0)),
					privacy
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
		});
	}

	#[test]
	fn commit_job_is_for_the_client_of_a_pending_job_once() {
		build_and_execute(|| {
			let operator = OperatorKey::sr(1).account();
			let job = job_for(&operator);
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(OTHER_CLIENT), job, [1; 32]),
				Error::<Test>::NotJobClient
			);
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(CLIENT), 99, [1; 32]),
				Error::<Test>::JobNotFound
			);
			assert_ok!(Receipts::commit_job(
				RuntimeOrigin::signed(CLIENT),
				job,
				[1; 32]
			));
			assert_eq!(
				receipts_events().last(),
				Some(&ReceiptsEvent::JobCommitted {
					job_id: job,
					commitment: [1; 32]
				})
			);
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(CLIENT), job, [2; 32]),
				Error::<Test>::CommitmentAlreadySet
			);
			let other = job_for(&operator);
			MockServices::set_status(other, JobStatus::ResultSubmitted);
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(CLIENT), other, [1; 32]),
				Error::<Test>::JobNotPending
			);
		});
	}

	#[test]
	fn a_commitment_is_removed_only_once_its_job_is_closed() {
		build_and_execute(|| {
			let operator = OperatorKey::sr(1).account();
			let job = job_for(&operator);
			assert_noop!(
				Receipts::remove_job_commitment(RuntimeOrigin::signed(RELAYER), job),
				Error::<Test>::NoJobCommitment
			);
			assert_ok!(Receipts::commit_job(
				RuntimeOrigin::signed(CLIENT),
				job,
				[1; 32]
			));
			assert_noop!(
				Receipts::remove_job_commitment(RuntimeOrigin::signed(RELAYER), job),
				Error::<Test>::JobStillPending
			);
			MockServices::set_status(job, JobStatus::Cancelled);
			assert_ok!(Receipts::remove_job_commitment(
				RuntimeOrigin::signed(RELAYER),
				job
			));
			assert!(JobCommitments::<Test>::get(job).is_none());
			assert_eq!(
				receipts_events().last(),
				Some(&ReceiptsEvent::JobCommitmentRemoved { job_id: job })
			);
		});
	}

	#[test]
	fn only_governance_sets_privacy_keys() {
		build_and_execute(|| {
			assert_noop!(
				Receipts::set_privacy_key(
					RuntimeOrigin::signed(CLIENT),
					PrivacyKind::Basic,
					Some([1; 32])
				),
				DispatchError::BadOrigin
			);
			assert_ok!(Receipts::set_privacy_key(
				RuntimeOrigin::root(),
				PrivacyKind::Basic,
				Some([1; 32])
			));
			assert_eq!(PrivacyKeys::<Test>::get(PrivacyKind::Basic), Some([1; 32]));
			assert_ok!(Receipts::set_privacy_key(
				RuntimeOrigin::signed(COUNCIL),
				PrivacyKind::Basic,
				None
			));
			assert_eq!(PrivacyKeys::<Test>::get(PrivacyKind::Basic), None);
			assert_eq!(
				receipts_events().last(),
				Some(&ReceiptsEvent::PrivacyKeySet {
					kind: PrivacyKind::Basic,
					key: None
				})
			);
		});
	}

	#[test]
	fn private_levels_weigh_their_proof() {
		let proof = private_proof([0; 32], &[], [0; 32]);
		let basic = Receipts::proof_weight(&PrivacyLevel::Basic(proof.clone()));
		let enhanced = Receipts::proof_weight(&PrivacyLevel::Enhanced {
			proof,
			amount_commitment: [0; 32],
		});
		assert_eq!(
			Receipts::proof_weight(&PrivacyLevel::Public),
			frame_support::weights::Weight::zero()
		);
		assert!(basic.ref_time() > 0);
		assert!(enhanced.ref_time() > basic.ref_time());
	}
}
