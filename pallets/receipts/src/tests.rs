//! Unit tests: every call, every error, the claim / challenge window / settlement lifecycle,
//! minting under caps, pruning, governance, and property tests over random receipt streams.

use crate::{mock::*, pallet::*, types::*, Event as ReceiptsEvent};
use aitbc_primitives::{
	traits::{EscrowLedger, JobRegistry, JobStatus, WorkScore},
	JobId, PaymentAsset,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{Get, Hooks},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, Perbill, Permill};

const UNITS: u64 = 50;
const PRICE: Balance = 1_000_000;

fn submit_as(who: &AccountId, receipt: ReceiptOf<Test>) -> DispatchResult {
	Receipts::submit_receipt(
		RuntimeOrigin::signed(who.clone()),
		Box::new(receipt),
		PrivacyLevel::Public,
		None,
	)
}

/// Submit, signed by the receipt's own operator.
fn submit(receipt: ReceiptOf<Test>) -> DispatchResult {
	let operator = receipt.body.operator.clone();
	submit_as(&operator, receipt)
}

/// A called job for `CLIENT` on a service of `operator`: up to 100 units, price cap and escrow
/// `PRICE`; no result yet.
fn called_job_for(operator: &AccountId) -> JobId {
	MockServices::add_job(&CLIENT, vec![operator.clone()], 100, PRICE, PRICE)
}

/// A job of `operator` (as `called_job_for`) with its result `OUTPUT` submitted.
fn job_for(operator: &AccountId) -> JobId {
	let job = called_job_for(operator);
	assert_ok!(MockServices::submit_result(job, operator, OUTPUT));
	job
}

/// The sr25519 operator and a job it delivered.
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

fn accept(job: JobId) -> DispatchResult {
	Receipts::accept(RuntimeOrigin::signed(CLIENT), job)
}

fn batch(jobs: &[JobId]) -> BoundedVec<JobId, <Test as Config>::MaxBatch> {
	BoundedVec::try_from(jobs.to_vec()).unwrap()
}

/// The block a claim made now settles in by itself.
fn maturity() -> BlockNumber {
	System::block_number() + CHALLENGE_WINDOW
}

/// The coordinator and treasury mint of `units` at the genesis rate.
fn genesis_mint(units: u64) -> (Balance, Balance) {
	(
		u128::from(units) * COORDINATOR_PER_UNIT,
		u128::from(units) * TREASURY_PER_UNIT,
	)
}

mod claiming {
	use super::*;

	fn claims_then_settles_receipt_signed_with(key: OperatorKey) {
		let operator = key.account();
		let job = job_for(&operator);
		let issuance = Balances::total_issuance();
		let treasury = free(&TREASURY);
		let pot = free(&ESCROW_POT);
		let client = free(&CLIENT);

		assert_ok!(submit(
			key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
		));

		// Claimed: nothing moved yet.
		let matures_at = 1 + CHALLENGE_WINDOW;
		assert_eq!(free(&operator), 0);
		assert_eq!(free(&ESCROW_POT), pot);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(MockServices::status(job), JobStatus::Claimed);
		assert_eq!(
			receipts_events(),
			vec![ReceiptsEvent::ReceiptClaimed {
				receipt_id: receipt_id(1),
				job_id: job,
				operator: operator.clone(),
				compute_units: UNITS,
				price: PRICE,
				matures_at,
			}]
		);
		assert_eq!(
			Claims::<Test>::get(job),
			Some(PendingClaim {
				receipt_id: receipt_id(1),
				operator: operator.clone(),
				client: CLIENT,
				compute_units: UNITS,
				price: PRICE,
				claimed_at: 1,
				matures_at,
			})
		);
		assert_eq!(
			ClaimedReceipts::<Test>::get(&operator, receipt_id(1)),
			Some(ClaimedReceipt {
				job_id: job,
				compute_units: UNITS,
				claimed_at: 1,
				prunable_at: 1 + RETENTION,
				state: ReceiptState::Pending { matures_at },
			})
		);
		assert_eq!(
			MaturityQueue::<Test>::get(matures_at).into_inner(),
			vec![job]
		);
		assert_eq!(
			PruneQueue::<Test>::get(1 + RETENTION).into_inner(),
			vec![(operator.clone(), receipt_id(1), job)]
		);
		assert_eq!(Demand::get(CLASS), None);

		// The window closes without a dispute: settled in `on_initialize`.
		System::reset_events();
		run_to_block(matures_at - 1);
		assert_eq!(MockServices::status(job), JobStatus::Claimed);
		run_to_block(matures_at);

		let (coordinator_mint, treasury_mint) = genesis_mint(UNITS);
		assert_eq!(free(&operator), paid_for(PRICE) + coordinator_mint);
		assert_eq!(free(&TREASURY), treasury + treasury_mint);
		assert_eq!(free(&ESCROW_POT), pot - PRICE);
		assert_eq!(free(&CLIENT), client);
		assert!(MockEscrow::escrow_of(job).is_none());
		assert_eq!(
			Balances::total_issuance(),
			issuance + u128::from(UNITS) * MINT_PER_UNIT
		);
		assert_eq!(
			receipts_events(),
			vec![
				ReceiptsEvent::ReceiptSettled {
					receipt_id: receipt_id(1),
					job_id: job,
					operator: operator.clone(),
					compute_units: UNITS,
					paid: paid_for(PRICE),
					refunded: 0,
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
		assert!(Claims::<Test>::get(job).is_none());
		assert_eq!(
			ClaimedReceipts::<Test>::get(&operator, receipt_id(1)).map(|r| r.state),
			Some(ReceiptState::Settled { at: matures_at })
		);
	}

	#[test]
	fn sr25519_receipt_claims_and_settles_when_the_window_closes() {
		build_and_execute(|| claims_then_settles_receipt_signed_with(OperatorKey::sr(1)));
	}

	#[test]
	fn ed25519_receipt_claims_and_settles_when_the_window_closes() {
		build_and_execute(|| claims_then_settles_receipt_signed_with(OperatorKey::ed(2)));
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
			assert_ok!(accept(job));

			assert_eq!(free(&RELAYER), relayer_before);
			assert_eq!(free(&operator), paid_for(PRICE) + genesis_mint(UNITS).0);
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
					None,
				),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn price_below_escrow_refunds_the_rest_to_the_payer_at_settlement() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let client = free(&CLIENT);
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, 60_000))
			));
			// Still all escrowed during the window.
			assert_eq!(MockEscrow::escrow_of(job).unwrap().held, PRICE);
			assert_eq!(free(&CLIENT), client);

			run_to_block(maturity());
			assert!(MockEscrow::escrow_of(job).is_none());
			assert_eq!(free(&CLIENT), client + PRICE - 60_000);
			assert_eq!(free(&operator), paid_for(60_000) + genesis_mint(UNITS).0);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::ReceiptSettled {
				receipt_id: receipt_id(1),
				job_id: job,
				operator,
				compute_units: UNITS,
				paid: paid_for(60_000),
				refunded: PRICE - 60_000,
			}));
		});
	}

	#[test]
	fn job_with_several_operators_pays_the_one_that_delivered() {
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
			assert_ok!(MockServices::submit_result(job, &second.account(), OUTPUT));
			// The co-operator did not deliver: it cannot claim the work.
			assert_noop!(
				submit(first.sign_receipt(body(2, job, &first.account(), UNITS, PRICE))),
				Error::<Test>::NotResultOperator
			);
			assert_ok!(submit(second.sign_receipt(body(
				1,
				job,
				&second.account(),
				UNITS,
				PRICE
			))));
			assert_ok!(accept(job));
			assert_eq!(free(&first.account()), 0);
			assert!(free(&second.account()) > 0);
		});
	}

	#[test]
	fn a_job_whose_service_ended_can_still_be_claimed_by_its_operator() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			MockServices::terminate_service(job);
			assert!(!MockServices::is_job_operator(job, &operator));
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			run_to_block(maturity());
			assert_eq!(MockServices::status(job), JobStatus::Settled);
		});
	}

	#[test]
	fn max_units_and_full_price_cap_are_accepted() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, 100, PRICE))
			));
			assert_ok!(accept(job));
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
	fn receipt_before_the_result_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = called_job_for(&operator);
			assert_noop!(
				submit(key.sign_receipt(body(1, job, &operator, UNITS, PRICE))),
				Error::<Test>::NoResult
			);
		});
	}

	#[test]
	fn stranger_that_did_not_deliver_is_refused() {
		build_and_execute(|| {
			let (_, _, job) = operator_with_job();
			let stranger = OperatorKey::sr(3);
			// Correctly signed by the stranger, for a job it did not deliver.
			assert_noop!(
				submit(stranger.sign_receipt(body(1, job, &stranger.account(), UNITS, PRICE))),
				Error::<Test>::NotResultOperator
			);
		});
	}

	#[test]
	fn stranger_cannot_sign_for_the_operator() {
		build_and_execute(|| {
			let (_, operator, job) = operator_with_job();
			let stranger = OperatorKey::sr(3);
			// Names the real operator (to be paid...), but the stranger signed it.
			let forged = stranger.sign_receipt(body(1, job, &operator, UNITS, PRICE));
			assert_noop!(
				submit_as(&stranger.account(), forged),
				Error::<Test>::BadSignature
			);
		});
	}

	#[test]
	fn receipt_for_another_output_is_refused() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let other_output = crate::ReceiptBody {
				output_hash: H256::repeat_byte(0x01),
				..body(1, job, &operator, UNITS, PRICE)
			};
			assert_noop!(
				submit(key.sign_receipt(other_output)),
				Error::<Test>::OutputMismatch
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
	fn claimed_job_cannot_be_claimed_again() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE / 2));
			assert_ok!(submit(receipt.clone()));
			// The same receipt again, and a fresh receipt id while escrow still holds enough.
			assert_noop!(submit(receipt), Error::<Test>::JobAlreadyClaimed);
			assert_noop!(
				submit(key.sign_receipt(body(2, job, &operator, UNITS, PRICE / 2))),
				Error::<Test>::JobAlreadyClaimed
			);
			// Once settled, the job is spent.
			assert_ok!(accept(job));
			assert_noop!(
				submit(key.sign_receipt(body(3, job, &operator, UNITS, PRICE / 2))),
				Error::<Test>::JobAlreadySettled
			);
			assert_eq!(SettleCalls::get(job), Some(1));
		});
	}

	#[test]
	fn disputed_and_closed_jobs_are_refused() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE));
			assert_ok!(MockServices::dispute(job));
			assert_noop!(submit(receipt.clone()), Error::<Test>::JobDisputed);
			for status in [
				JobStatus::Resolved,
				JobStatus::Cancelled,
				JobStatus::TimedOut,
				JobStatus::Withdrawn,
			] {
				MockServices::set_status(job, status);
				assert_noop!(submit(receipt.clone()), Error::<Test>::JobClosed);
			}
			MockServices::set_status(job, JobStatus::Settled);
			assert_noop!(submit(receipt), Error::<Test>::JobAlreadySettled);
		});
	}

	#[test]
	fn receipt_id_cannot_be_claimed_twice_by_one_operator() {
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

	#[test]
	fn another_operator_may_use_the_same_receipt_id() {
		build_and_execute(|| {
			let first = OperatorKey::sr(1);
			let second = OperatorKey::ed(2);
			let first_job = job_for(&first.account());
			let second_job = job_for(&second.account());
			assert_ok!(submit(first.sign_receipt(body(
				1,
				first_job,
				&first.account(),
				UNITS,
				PRICE
			))));
			assert_ok!(submit(second.sign_receipt(body(
				1,
				second_job,
				&second.account(),
				UNITS,
				PRICE
			))));
			assert!(ClaimedReceipts::<Test>::contains_key(
				first.account(),
				receipt_id(1)
			));
			assert!(ClaimedReceipts::<Test>::contains_key(
				second.account(),
				receipt_id(1)
			));
		});
	}

	#[test]
	fn an_operator_cannot_squat_another_operators_receipt_id() {
		build_and_execute(|| {
			let victim = OperatorKey::sr(1);
			let squatter = OperatorKey::ed(2);
			let victim_job = job_for(&victim.account());
			let squatter_job = job_for(&squatter.account());
			// The squatter sees the victim's receipt id in the pool and claims it first.
			let victims_receipt =
				victim.sign_receipt(body(7, victim_job, &victim.account(), UNITS, PRICE));
			assert_ok!(submit(squatter.sign_receipt(body(
				7,
				squatter_job,
				&squatter.account(),
				UNITS,
				PRICE
			))));
			assert_ok!(submit(victims_receipt));
			assert_eq!(MockServices::status(victim_job), JobStatus::Claimed);
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

	/// A job of `operator` with the given caps and escrow, and its result submitted.
	fn delivered_job(operator: &AccountId, price_cap: Balance, escrowed: Balance) -> JobId {
		let job = MockServices::add_job(&CLIENT, vec![operator.clone()], 100, price_cap, escrowed);
		assert_ok!(MockServices::submit_result(job, operator, OUTPUT));
		job
	}

	#[test]
	fn price_above_the_job_cap_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = delivered_job(&operator, PRICE, 2 * PRICE);
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
			let job = delivered_job(&operator, PRICE, 0);
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
			let job = delivered_job(&operator, PRICE, PRICE - 1);
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
			let tamperings: [fn(&mut ReceiptOf<Test>); 3] = [
				|r| r.body.compute_units = 11,
				|r| r.body.price -= 1,
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
	fn a_rate_above_the_block_cap_is_refused() {
		build_and_execute(|| {
			// The fuzzer's finding: a rate near `Balance::MAX` overflowed the mint ledger.
			for rate in [MAX_MINT_PER_BLOCK + 1, Balance::MAX / 2, Balance::MAX] {
				assert_noop!(
					Receipts::set_mint_parameters(
						RuntimeOrigin::root(),
						rate,
						Permill::from_percent(50),
					),
					Error::<Test>::MintRateAboveBlockCap
				);
			}
			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				MAX_MINT_PER_BLOCK,
				Permill::from_percent(50),
			));
			assert_eq!(MintParams::<Test>::get().mint_per_unit, MAX_MINT_PER_BLOCK);
		});
	}

	#[test]
	fn the_largest_rate_on_the_most_units_fits_the_mint_ledger() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job =
				MockServices::add_job(&CLIENT, vec![operator.clone()], u64::MAX, PRICE, PRICE);
			assert_ok!(MockServices::submit_result(job, &operator, OUTPUT));
			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				MAX_MINT_PER_BLOCK,
				Permill::from_percent(50),
			));
			assert_ok!(submit(key.sign_receipt(body(
				1,
				job,
				&operator,
				u64::MAX,
				PRICE
			))));
		});
	}

	#[test]
	fn checks_run_in_the_documented_order() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let stranger = OperatorKey::sr(3);
			// Wrong operator, wrong output, zero units and a bad signature: the operator first.
			let mut receipt = stranger.sign_receipt(crate::ReceiptBody {
				output_hash: H256::repeat_byte(1),
				..body(1, job, &stranger.account(), 0, 0)
			});
			receipt.body.nonce += 1;
			assert_noop!(submit(receipt), Error::<Test>::NotResultOperator);
			// Wrong output and wrong client: the output first.
			let mut receipt = key.sign_receipt(crate::ReceiptBody {
				output_hash: H256::repeat_byte(1),
				client: OTHER_CLIENT,
				..body(1, job, &operator, UNITS, PRICE)
			});
			receipt.body.nonce += 1;
			assert_noop!(submit(receipt), Error::<Test>::OutputMismatch);
			// Too many units and a bad signature: units are checked before the signature.
			let mut receipt = key.sign_receipt(body(1, job, &operator, 101, PRICE));
			receipt.body.nonce += 1;
			assert_noop!(submit(receipt), Error::<Test>::TooManyUnits);
			// Frozen escrow and a bad signature: escrow before signature.
			assert_ok!(MockEscrow::freeze(job));
			let mut receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE));
			receipt.body.nonce += 1;
			assert_noop!(submit(receipt), Error::<Test>::EscrowFrozen);
			assert_ok!(MockEscrow::unfreeze(job));
			// A bad signature and a bad acceptance: the operator's signature first.
			let mut receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE));
			let bad_acceptance = key.sign(b"not an acceptance");
			receipt.body.nonce += 1;
			assert_noop!(
				Receipts::submit_receipt(
					RuntimeOrigin::signed(RELAYER),
					Box::new(receipt),
					PrivacyLevel::Public,
					Some(bad_acceptance),
				),
				Error::<Test>::BadSignature
			);
		});
	}
}

mod settling {
	use super::*;

	/// A job of the key-derived client (so it can counter-sign), delivered by `operator`.
	fn keyed_client_job(operator: &AccountId) -> JobId {
		let client = client_key().account();
		let job = MockServices::add_job(&client, vec![operator.clone()], 100, PRICE, PRICE);
		assert_ok!(MockServices::submit_result(job, operator, OUTPUT));
		job
	}

	fn keyed_client_receipt(key: &OperatorKey, job: JobId, price: Balance) -> ReceiptOf<Test> {
		let mut body = body(1, job, &key.account(), UNITS, price);
		body.client = client_key().account();
		key.sign_receipt(body)
	}

	fn submit_accepted(
		receipt: ReceiptOf<Test>,
		acceptance: sp_runtime::MultiSignature,
	) -> DispatchResult {
		Receipts::submit_receipt(
			RuntimeOrigin::signed(RELAYER),
			Box::new(receipt),
			PrivacyLevel::Public,
			Some(acceptance),
		)
	}

	#[test]
	fn after_the_window_on_initialize_pays_refunds_mints_scores_and_records_demand_once() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let client = free(&CLIENT);
			let issuance = Balances::total_issuance();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, 60_000))
			));
			let matures_at = maturity();
			run_to_block(matures_at);

			let (coordinator_mint, _) = genesis_mint(UNITS);
			assert_eq!(free(&operator), paid_for(60_000) + coordinator_mint);
			assert_eq!(free(&CLIENT), client + PRICE - 60_000);
			assert_eq!(
				Balances::total_issuance(),
				issuance + u128::from(UNITS) * MINT_PER_UNIT
			);
			assert_eq!(Receipts::total_work(&operator), UNITS);
			assert_eq!(Demand::get(CLASS), Some(UNITS));
			// The 1% fee of 600 was burned and 500 minted: rewards may pay at most 100 more.
			assert_eq!(RewardRoom::get((operator.clone(), BLUEPRINT)), 100);
			assert_eq!(MockServices::status(job), JobStatus::Settled);
			// Later blocks neither settle nor record anything again.
			run_to_block(matures_at + 3);
			assert_eq!(Demand::get(CLASS), Some(UNITS));
			assert_eq!(SettleCalls::get(job), Some(1));
			assert_eq!(Receipts::total_work(&operator), UNITS);
		});
	}

	#[test]
	fn the_clients_accept_settles_at_once() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_ok!(accept(job));
			assert_eq!(MockServices::status(job), JobStatus::Settled);
			assert_eq!(free(&operator), paid_for(PRICE) + genesis_mint(UNITS).0);
			assert!(Claims::<Test>::get(job).is_none());
			assert_noop!(accept(job), Error::<Test>::NoClaim);
			// The queue entry is stale now: skipped at maturity, nothing paid twice.
			let operator_paid = free(&operator);
			run_to_block(maturity());
			assert_eq!(free(&operator), operator_paid);
			assert_eq!(SettleCalls::get(job), Some(1));
		});
	}

	#[test]
	fn a_counter_signed_receipt_settles_in_the_same_call() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = keyed_client_job(&operator);
			let receipt = keyed_client_receipt(&key, job, PRICE);
			let acceptance = acceptance(&client_key(), &receipt);

			assert_ok!(submit_accepted(receipt, acceptance));

			assert_eq!(MockServices::status(job), JobStatus::Settled);
			assert_eq!(free(&operator), paid_for(PRICE) + genesis_mint(UNITS).0);
			assert!(Claims::<Test>::get(job).is_none());
			assert!(MaturityQueue::<Test>::get(maturity()).is_empty());
			assert_eq!(
				ClaimedReceipts::<Test>::get(&operator, receipt_id(1)).map(|r| r.state),
				Some(ReceiptState::Settled { at: 1 })
			);
			let events = receipts_events();
			assert!(matches!(
				events.first(),
				Some(ReceiptsEvent::ReceiptClaimed { .. })
			));
			assert!(matches!(
				events.get(1),
				Some(ReceiptsEvent::ReceiptSettled { .. })
			));
		});
	}

	#[test]
	fn a_bad_acceptance_is_refused() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = keyed_client_job(&operator);
			let receipt = keyed_client_receipt(&key, job, PRICE);
			// Signed by someone other than the client.
			let by_operator = acceptance(&key, &receipt);
			assert_noop!(
				submit_accepted(receipt.clone(), by_operator),
				Error::<Test>::BadAcceptance
			);
			// The client's signature over the operator's payload (another domain).
			let wrong_domain =
				client_key().sign(&receipt.body.signing_payload(&Receipts::genesis_hash()));
			assert_noop!(
				submit_accepted(receipt.clone(), wrong_domain),
				Error::<Test>::BadAcceptance
			);
			// The client's acceptance of other amounts.
			let other = keyed_client_receipt(&key, job, PRICE - 1);
			let for_other = acceptance(&client_key(), &other);
			assert_noop!(
				submit_accepted(receipt.clone(), for_other),
				Error::<Test>::BadAcceptance
			);
			// Without an acceptance the receipt still claims.
			assert_ok!(submit(receipt));
			assert_eq!(MockServices::status(job), JobStatus::Claimed);
		});
	}

	#[test]
	fn a_dispute_during_the_window_voids_the_claim_at_maturity() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let client = free(&CLIENT);
			let issuance = Balances::total_issuance();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			let matures_at = maturity();
			run_to_block(3);
			assert_ok!(MockServices::dispute(job));

			run_to_block(matures_at);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::ClaimVoided {
				receipt_id: receipt_id(1),
				job_id: job,
				operator: operator.clone(),
			}));
			assert!(Claims::<Test>::get(job).is_none());
			assert_eq!(
				ClaimedReceipts::<Test>::get(&operator, receipt_id(1)).map(|r| r.state),
				Some(ReceiptState::Voided { at: matures_at })
			);
			// Nothing paid, minted or scored; the escrow waits, frozen, for the ruling.
			assert_eq!(free(&operator), 0);
			assert_eq!(free(&CLIENT), client);
			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(Receipts::total_work(&operator), 0);
			assert_eq!(Demand::get(CLASS), None);
			assert_eq!(MockEscrow::escrow_of(job).unwrap().held, PRICE);
			assert_eq!(MockServices::status(job), JobStatus::Disputed);
			assert_eq!(SettleCalls::get(job), None);

			assert_ok!(MockServices::rule(
				job,
				&operator,
				Perbill::from_percent(50)
			));
			assert_eq!(MockServices::status(job), JobStatus::Resolved);
		});
	}

	#[test]
	fn accepting_a_claim_whose_job_was_disputed_voids_it() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_ok!(MockServices::dispute(job));
			assert_ok!(accept(job));
			assert_eq!(
				receipts_events().last(),
				Some(&ReceiptsEvent::ClaimVoided {
					receipt_id: receipt_id(1),
					job_id: job,
					operator: operator.clone(),
				})
			);
			assert_eq!(free(&operator), 0);
			assert_eq!(MockServices::status(job), JobStatus::Disputed);
		});
	}

	#[test]
	fn settle_claims_needs_a_matured_claim() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_noop!(
				Receipts::settle_claims(RuntimeOrigin::signed(RELAYER), batch(&[job])),
				Error::<Test>::NoClaim
			);
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			let matures_at = maturity();
			run_to_block(matures_at - 1);
			assert_noop!(
				Receipts::settle_claims(RuntimeOrigin::signed(RELAYER), batch(&[job])),
				Error::<Test>::ClaimNotMatured
			);
			assert_noop!(
				Receipts::settle_claims(RuntimeOrigin::none(), batch(&[job])),
				DispatchError::BadOrigin
			);
			// At maturity, before the hook gets to it, anyone may settle it.
			System::set_block_number(matures_at);
			assert_ok!(Receipts::settle_claims(
				RuntimeOrigin::signed(RELAYER),
				batch(&[job])
			));
			assert_eq!(MockServices::status(job), JobStatus::Settled);
			assert_eq!(free(&operator), paid_for(PRICE) + genesis_mint(UNITS).0);
		});
	}

	#[test]
	fn only_the_client_accepts_and_only_a_claim() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_noop!(
				Receipts::accept(RuntimeOrigin::signed(CLIENT), 999),
				Error::<Test>::JobNotFound
			);
			assert_noop!(
				Receipts::accept(RuntimeOrigin::signed(OTHER_CLIENT), job),
				Error::<Test>::NotJobClient
			);
			assert_noop!(accept(job), Error::<Test>::NoClaim);
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_noop!(
				Receipts::accept(RuntimeOrigin::signed(OTHER_CLIENT), job),
				Error::<Test>::NotJobClient
			);
			assert_noop!(
				Receipts::accept(RuntimeOrigin::signed(operator), job),
				Error::<Test>::NotJobClient
			);
			assert_noop!(
				Receipts::accept(RuntimeOrigin::none(), job),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn the_client_accepts_a_batch() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let jobs: Vec<JobId> = (0..MAX_BATCH).map(|_| job_for(&operator)).collect();
			// Claimed over two blocks (a block claims at most 3).
			for (index, job) in jobs.iter().enumerate() {
				if index as u32 == MAX_RECEIPTS_PER_BLOCK {
					run_to_block(2);
				}
				assert_ok!(submit(key.sign_receipt(body(
					index as u8,
					*job,
					&operator,
					10,
					PRICE
				))));
			}
			// All or nothing: a job of another client spoils the batch.
			let foreign =
				MockServices::add_job(&OTHER_CLIENT, vec![operator.clone()], 100, PRICE, PRICE);
			assert_noop!(
				Receipts::accept_many(
					RuntimeOrigin::signed(CLIENT),
					batch(&[jobs[0], jobs[1], jobs[2], foreign])
				),
				Error::<Test>::NotJobClient
			);

			System::reset_events();
			let used = Receipts::accept_many(RuntimeOrigin::signed(CLIENT), batch(&jobs))
				.expect("the batch settles")
				.actual_weight;
			// Charged for a job per operator; one operator's batch is refunded the rest.
			{
				use crate::weights::WeightInfo;
				let call = Call::<Test>::accept_many {
					job_ids: batch(&jobs),
				};
				let charged =
					frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call).call_weight;
				assert_eq!(
					charged,
					<() as WeightInfo>::accept_many(MAX_BATCH)
						.saturating_add(
							<() as WeightInfo>::apply_work(MAX_BATCH)
								.saturating_sub(<() as WeightInfo>::apply_work(1))
						)
						.saturating_add(
							<<Test as frame_system::Config>::DbWeight as Get<
								frame_support::weights::RuntimeDbWeight,
							>>::get()
							.reads_writes(u64::from(MAX_BATCH) - 1, u64::from(MAX_BATCH) - 1)
						)
				);
				assert_eq!(used, Some(<() as WeightInfo>::accept_many(MAX_BATCH)));
				assert!(used.is_some_and(|used| used.ref_time() < charged.ref_time()));
			}
			for job in &jobs {
				assert_eq!(MockServices::status(*job), JobStatus::Settled);
			}
			assert_eq!(Receipts::total_work(&operator), 10 * u64::from(MAX_BATCH));
			// Each job is settled and announced, but the operator is minted and scored once for
			// the whole batch.
			let events = receipts_events();
			let count = |matches: fn(&ReceiptsEvent<Test>) -> bool| {
				events.iter().filter(|event| matches(event)).count()
			};
			assert_eq!(
				count(|event| matches!(event, ReceiptsEvent::ReceiptSettled { .. })),
				MAX_BATCH as usize
			);
			assert_eq!(
				count(|event| matches!(event, ReceiptsEvent::Minted { .. })),
				2
			);
			let (coordinator, treasury) = genesis_mint(10 * u64::from(MAX_BATCH));
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::Minted {
				to: operator.clone(),
				amount: coordinator,
				share: MintShare::Coordinator,
			}));
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::Minted {
				to: TREASURY,
				amount: treasury,
				share: MintShare::Treasury,
			}));
			assert_eq!(
				count(|event| matches!(event, ReceiptsEvent::WorkRecorded { .. })),
				1
			);
			assert_eq!(
				free(&operator),
				u128::from(MAX_BATCH) * (paid_for(PRICE) + genesis_mint(10).0)
			);
			assert_eq!(Claims::<Test>::iter().count(), 0);
		});
	}

	#[test]
	fn a_batch_skips_a_job_settled_since_it_was_signed() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let jobs: Vec<JobId> = (0..2u8)
				.map(|index| {
					let job = job_for(&operator);
					assert_ok!(submit(
						key.sign_receipt(body(index, job, &operator, 10, PRICE))
					));
					job
				})
				.collect();
			// The first settles by itself while the batch is on its way.
			assert_ok!(accept(jobs[0]));
			assert_ok!(Receipts::accept_many(
				RuntimeOrigin::signed(CLIENT),
				batch(&jobs)
			));
			assert_eq!(MockServices::status(jobs[1]), JobStatus::Settled);
			assert_eq!(Receipts::total_work(&operator), 20);
			assert_eq!(free(&operator), 2 * (paid_for(PRICE) + genesis_mint(10).0));
			// A job never claimed still fails the batch.
			let unclaimed = job_for(&operator);
			assert_noop!(
				Receipts::accept_many(RuntimeOrigin::signed(CLIENT), batch(&[unclaimed])),
				Error::<Test>::NoClaim
			);
		});
	}

	#[test]
	fn a_batch_over_two_operators_mints_each_and_pays_for_the_second() {
		build_and_execute(|| {
			use crate::weights::WeightInfo;
			let keys = [OperatorKey::sr(1), OperatorKey::sr(2)];
			let jobs: Vec<JobId> = keys
				.iter()
				.enumerate()
				.map(|(index, key)| {
					let job = job_for(&key.account());
					assert_ok!(submit(key.sign_receipt(body(
						index as u8,
						job,
						&key.account(),
						10,
						PRICE
					))));
					job
				})
				.collect();
			let used = Receipts::accept_many(RuntimeOrigin::signed(CLIENT), batch(&jobs))
				.expect("the batch settles")
				.actual_weight;
			assert_eq!(
				used,
				Some(
					<() as WeightInfo>::accept_many(2).saturating_add(
						<() as WeightInfo>::apply_work(2)
							.saturating_sub(<() as WeightInfo>::apply_work(1))
					)
				)
			);
			for key in &keys {
				assert_eq!(Receipts::total_work(&key.account()), 10);
				assert_eq!(free(&key.account()), paid_for(PRICE) + genesis_mint(10).0);
			}
		});
	}

	#[test]
	fn on_initialize_settles_at_most_its_budget_and_carries_the_rest_over() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let jobs: Vec<JobId> = (0..MAX_RECEIPTS_PER_BLOCK)
				.map(|_| job_for(&operator))
				.collect();
			for (index, job) in jobs.iter().enumerate() {
				assert_ok!(submit(key.sign_receipt(body(
					index as u8,
					*job,
					&operator,
					1,
					PRICE
				))));
			}
			let matures_at = maturity();
			run_to_block(matures_at);
			// Two of three settled; the third waits in its queue, with the cursor on it.
			let settled = jobs
				.iter()
				.filter(|job| MockServices::status(**job) == JobStatus::Settled)
				.count();
			assert_eq!(settled, MAX_SETTLEMENTS_PROCESSED_PER_BLOCK as usize);
			assert_eq!(MaturityQueue::<Test>::get(matures_at).len(), 1);
			assert_eq!(SettlementCursor::<Test>::get(), matures_at);

			run_to_block(matures_at + 1);
			for job in &jobs {
				assert_eq!(MockServices::status(*job), JobStatus::Settled);
			}
			assert_eq!(MaturityQueue::<Test>::iter().count(), 0);
			assert_eq!(SettlementCursor::<Test>::get(), matures_at + 2);
		});
	}

	#[test]
	fn a_settlement_that_fails_in_the_hook_is_reported_and_kept_for_a_retry() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			let matures_at = maturity();
			// Something outside the pallet broke the escrow.
			let escrow = Escrows::take(job).unwrap();
			run_to_block(matures_at);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::SettlementFailed {
				job_id: job,
				error: Error::<Test>::EscrowNotFound.into(),
			}));
			// Nothing half-done: the claim is kept (out of the queue), the job still claimed.
			assert!(Claims::<Test>::contains_key(job));
			assert!(MaturityQueue::<Test>::get(matures_at).is_empty());
			assert_eq!(MockServices::status(job), JobStatus::Claimed);
			assert_eq!(Ledger::<Test>::get().total_units, 0);

			Escrows::insert(job, escrow);
			assert_ok!(Receipts::settle_claims(
				RuntimeOrigin::signed(RELAYER),
				batch(&[job])
			));
			assert_eq!(MockServices::status(job), JobStatus::Settled);
		});
	}

	#[test]
	fn one_failing_settlement_in_the_hook_does_not_hold_back_the_others() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let (broken, fine) = (job_for(&operator), job_for(&operator));
			for (index, job) in [broken, fine].into_iter().enumerate() {
				assert_ok!(submit(key.sign_receipt(body(
					index as u8,
					job,
					&operator,
					UNITS,
					PRICE
				))));
			}
			let matures_at = maturity();
			let escrow = Escrows::take(broken).unwrap();
			run_to_block(matures_at);
			// The batch failed as a whole, then each claim settled alone.
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::SettlementFailed {
				job_id: broken,
				error: Error::<Test>::EscrowNotFound.into(),
			}));
			assert_eq!(MockServices::status(broken), JobStatus::Claimed);
			assert_eq!(MockServices::status(fine), JobStatus::Settled);
			assert_eq!(Receipts::total_work(&operator), UNITS);
			assert_eq!(free(&operator), paid_for(PRICE) + genesis_mint(UNITS).0);
			Escrows::insert(broken, escrow);
		});
	}

	#[test]
	fn a_refund_during_the_window_pays_what_is_left_and_credits_the_paid_units() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let client = free(&CLIENT);
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			// An SLA penalty gives a fifth of the price back.
			assert_ok!(MockEscrow::refund_part(job, PRICE / 5));
			assert_ok!(accept(job));
			let paid_units = UNITS * 4 / 5;
			assert_eq!(
				free(&operator),
				paid_for(PRICE * 4 / 5) + genesis_mint(paid_units).0
			);
			assert_eq!(free(&CLIENT), client + PRICE / 5);
			assert_eq!(Receipts::total_work(&operator), paid_units);
			assert_eq!(Demand::get(CLASS), Some(paid_units));
		});
	}
}

mod minting {
	use super::*;

	/// A job mints at most the fee its settlement burned, so a client and operator of one owner
	/// burn at least what their job mints. Here 50 units owe 500 but the job's price of 2_000
	/// leaves a 1% fee of 20: 20 is minted (both shares scaled alike), 480 dropped.
	#[test]
	fn a_job_mints_at_most_the_fee_its_settlement_burned() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let price = 2_000;
			let job = MockServices::add_job(&CLIENT, vec![operator.clone()], 100, price, price);
			assert_ok!(MockServices::submit_result(job, &operator, OUTPUT));
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, price))
			));
			let issuance = Balances::total_issuance();
			assert_ok!(accept(job));

			let fee = ESCROW_FEE * price;
			assert_eq!(fee, 20);
			let ledger = Ledger::<Test>::get();
			assert_eq!(ledger.burned, fee);
			assert_eq!(ledger.minted.total(), Some(fee));
			let (coordinator, treasury) = genesis_mint(UNITS);
			assert_eq!(ledger.dropped.total(), Some(coordinator + treasury - fee));
			assert_eq!(Balances::total_issuance(), issuance + fee);
			assert_eq!(free(&operator), paid_for(price) + coordinator * fee / 500);
			// The whole fee was minted back: nothing is left for session rewards to pay.
			assert_eq!(RewardRoom::get((operator.clone(), BLUEPRINT)), 0);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::MintCapped {
				operator,
				dropped: ledger.dropped,
			}));
		});
	}

	/// Without a platform fee nothing is burned, so nothing is minted; the work still scores.
	#[test]
	fn a_job_without_a_fee_mints_nothing_but_still_scores() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			// 1% of 49 rounds to no fee at all.
			let price = 49;
			let job = MockServices::add_job(&CLIENT, vec![operator.clone()], 100, price, price);
			assert_ok!(MockServices::submit_result(job, &operator, OUTPUT));
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, price))
			));
			let issuance = Balances::total_issuance();
			assert_ok!(accept(job));

			let ledger = Ledger::<Test>::get();
			assert_eq!(ledger.burned, 0);
			assert_eq!(ledger.minted.total(), Some(0));
			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(free(&operator), price);
			assert_eq!(Receipts::total_work(&operator), UNITS);
		});
	}

	/// `count` jobs of 1_000 units each, claimed by the sr25519 operator in this block.
	fn claimed_big_jobs(key: &OperatorKey, first_id: u8, count: usize) -> Vec<JobId> {
		let operator = key.account();
		(0..count)
			.map(|index| {
				let job =
					MockServices::add_job(&CLIENT, vec![operator.clone()], 1_000, PRICE, PRICE);
				assert_ok!(MockServices::submit_result(job, &operator, OUTPUT));
				assert_ok!(submit(key.sign_receipt(body(
					first_id + index as u8,
					job,
					&operator,
					400,
					PRICE
				))));
				job
			})
			.collect()
	}

	#[test]
	fn the_block_cap_clips_the_mint_but_never_the_payment() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let jobs = claimed_big_jobs(&key, 1, 2);
			let issuance = Balances::total_issuance();
			// 400 units mint 4_000 each; the block may mint 5_000.
			assert_ok!(Receipts::accept_many(
				RuntimeOrigin::signed(CLIENT),
				batch(&jobs)
			));
			for job in &jobs {
				assert_eq!(MockServices::status(*job), JobStatus::Settled);
			}
			// The second mint had room for 1_000 of its 4_000: both shares scaled by 1/4.
			assert_eq!(Balances::total_issuance(), issuance + MAX_MINT_PER_BLOCK);
			assert_eq!(
				free(&operator),
				2 * paid_for(PRICE) + 400 * COORDINATOR_PER_UNIT + 100 * COORDINATOR_PER_UNIT
			);
			let dropped = PerShare {
				coordinator: 300 * COORDINATOR_PER_UNIT,
				treasury: 300 * TREASURY_PER_UNIT,
			};
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::MintCapped {
				operator: operator.clone(),
				dropped,
			}));
			let ledger = Ledger::<Test>::get();
			assert_eq!(ledger.dropped, dropped);
			assert_eq!(ledger.total_units, 800);
			assert_eq!(Receipts::total_work(&operator), 800);
			assert_ok!(Receipts::do_try_state());

			// A full block mints nothing more but still pays; the next block has room again.
			let more = claimed_big_jobs(&key, 10, 1);
			assert_ok!(accept(more[0]));
			assert_eq!(Balances::total_issuance(), issuance + MAX_MINT_PER_BLOCK);
			assert_eq!(MockServices::status(more[0]), JobStatus::Settled);
			run_to_block(2);
			let later = claimed_big_jobs(&key, 20, 1);
			assert_ok!(accept(later[0]));
			assert_eq!(
				Balances::total_issuance(),
				issuance + MAX_MINT_PER_BLOCK + 4_000
			);
		});
	}

	#[test]
	fn the_session_cap_clips_the_mint_and_resets_next_session() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let issuance = Balances::total_issuance();
			// Three blocks of 4_000 reach the session's 12_000.
			for block in 0..3u8 {
				run_to_block(1 + u64::from(block));
				let jobs = claimed_big_jobs(&key, 10 * block, 1);
				assert_ok!(accept(jobs[0]));
			}
			assert_eq!(Balances::total_issuance(), issuance + MAX_MINT_PER_SESSION);
			run_to_block(4);
			let jobs = claimed_big_jobs(&key, 50, 1);
			assert_ok!(accept(jobs[0]));
			assert_eq!(MockServices::status(jobs[0]), JobStatus::Settled);
			assert_eq!(Balances::total_issuance(), issuance + MAX_MINT_PER_SESSION);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::MintCapped {
				operator: key.account(),
				dropped: PerShare {
					coordinator: 400 * COORDINATOR_PER_UNIT,
					treasury: 400 * TREASURY_PER_UNIT,
				},
			}));
			CurrentSessionIndex::set(1);
			let jobs = claimed_big_jobs(&key, 60, 1);
			assert_ok!(accept(jobs[0]));
			assert_eq!(
				Balances::total_issuance(),
				issuance + MAX_MINT_PER_SESSION + 4_000
			);
		});
	}

	#[test]
	fn a_job_paid_in_an_asset_pays_but_mints_scores_and_prices_nothing() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			MockServices::set_asset(job, PaymentAsset::Asset(5));
			let issuance = Balances::total_issuance();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_ok!(accept(job));
			assert_eq!(free(&operator), paid_for(PRICE));
			assert_eq!(Balances::total_issuance(), issuance);
			assert!(!receipts_events()
				.iter()
				.any(|event| matches!(event, ReceiptsEvent::Minted { .. })));
			let ledger = Ledger::<Test>::get();
			assert_eq!(ledger.total_units, 0);
			assert_eq!(ledger.unminted_units, u128::from(UNITS));
			// Any account can create an asset and pay itself in it: such work earns no score,
			// no reward points and moves no price.
			assert_eq!(Receipts::total_work(&operator), 0);
			assert_eq!(Demand::get(CLASS), None);
			assert_eq!(RewardPoints::iter().count(), 0);
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
	fn the_rate_in_force_at_settlement_applies_and_accounting_holds() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let first = job_for(&operator);
			let second = job_for(&operator);
			assert_ok!(submit(
				key.sign_receipt(body(1, first, &operator, 10, PRICE))
			));
			assert_ok!(accept(first));
			// Claimed under the old rate, settled under the new one.
			assert_ok!(submit(
				key.sign_receipt(body(2, second, &operator, 10, PRICE))
			));
			assert_ok!(Receipts::set_mint_parameters(
				RuntimeOrigin::root(),
				100,
				Permill::from_percent(30)
			));
			Receipts::do_try_state().unwrap();
			let treasury = free(&TREASURY);
			let operator_before = free(&operator);
			assert_ok!(accept(second));
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
			assert_ok!(accept(job));
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
			assert_ok!(accept(job));
			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(free(&operator), paid_for(PRICE));
			assert_eq!(Receipts::total_work(&operator), UNITS);
		});
	}
}

mod pruning {
	use super::*;

	#[test]
	fn receipts_are_forgotten_after_retention_and_replays_still_fail() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			let receipt = key.sign_receipt(body(1, job, &operator, UNITS, PRICE / 2));
			assert_ok!(submit(receipt.clone()));

			run_to_block(RETENTION);
			assert_eq!(MockServices::status(job), JobStatus::Settled);
			assert!(matches!(
				Receipts::receipt_status(&operator, receipt_id(1)),
				ReceiptStatus::Claimed(ClaimedReceipt {
					state: ReceiptState::Settled { .. },
					..
				})
			));

			run_to_block(1 + RETENTION);
			System::assert_has_event(RuntimeEvent::Receipts(ReceiptsEvent::ReceiptsPruned {
				count: 1,
			}));
			assert!(!ClaimedReceipts::<Test>::contains_key(
				&operator,
				receipt_id(1)
			));
			assert!(!PruneQueue::<Test>::contains_key(1 + RETENTION));
			assert_eq!(
				Receipts::receipt_status(&operator, receipt_id(1)),
				ReceiptStatus::Unknown
			);

			// The registry still reports the job settled, so neither a replay nor a new receipt
			// for the job can claim it.
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
			assert!(!ClaimedReceipts::<Test>::contains_key(
				&operator,
				receipt_id(1)
			));
			assert!(ClaimedReceipts::<Test>::contains_key(
				&operator,
				receipt_id(2)
			));
			run_to_block(2 + RETENTION);
			assert!(!ClaimedReceipts::<Test>::contains_key(
				&operator,
				receipt_id(2)
			));
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
			assert_ok!(Receipts::accept_many(
				RuntimeOrigin::signed(CLIENT),
				batch(&[jobs[0], other_job])
			));
			CurrentSessionIndex::set(1);
			run_to_block(2);
			assert_ok!(submit(
				key.sign_receipt(body(3, jobs[1], &operator, 7, PRICE))
			));
			assert_ok!(accept(jobs[1]));
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
			assert_ok!(accept(jobs[2]));
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
	fn on_initialize_reports_the_weight_of_what_it_did() {
		build_and_execute(|| {
			use crate::weights::WeightInfo;
			let db: frame_support::weights::RuntimeDbWeight =
				<Test as frame_system::Config>::DbWeight::get();
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let jobs: Vec<JobId> = (0..3).map(|_| job_for(&operator)).collect();
			for (id, job) in jobs.iter().enumerate() {
				assert_ok!(submit(
					key.sign_receipt(body(id as u8, *job, &operator, 1, PRICE))
				));
			}
			// One claim accepted early: a stale entry to skip.
			assert_ok!(accept(jobs[0]));
			let matures_at = maturity();
			run_to_block(matures_at - 1);
			System::set_block_number(matures_at);
			let weight = Receipts::on_initialize(matures_at);
			assert_eq!(
				weight,
				<() as WeightInfo>::settle_matured(2)
					// The stale entry: one read.
					.saturating_add(db.reads(1))
					.saturating_add(<() as WeightInfo>::prune_receipts(0))
					.saturating_add(<() as WeightInfo>::prune_session_work(0))
					.saturating_add(db.reads(1))
			);

			let prune_at = 1 + RETENTION;
			run_to_block(prune_at - 1);
			System::set_block_number(prune_at);
			let weight = Receipts::on_initialize(prune_at);
			assert_eq!(
				weight,
				<() as WeightInfo>::settle_matured(0)
					.saturating_add(<() as WeightInfo>::prune_receipts(3))
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
				Receipts::receipt_status(&operator, receipt_id(1)),
				ReceiptStatus::Unknown
			);
			assert_eq!(Receipts::work_score(&operator), WorkScoreInfo::default());
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			let claimed = ClaimedReceipt {
				job_id: job,
				compute_units: UNITS,
				claimed_at: 1,
				prunable_at: 1 + RETENTION,
				state: ReceiptState::Pending {
					matures_at: 1 + CHALLENGE_WINDOW,
				},
			};
			assert_eq!(
				Receipts::receipt_status(&operator, receipt_id(1)),
				ReceiptStatus::Claimed(claimed.clone())
			);
			// Another operator's id space is separate.
			assert_eq!(
				Receipts::receipt_status(&OperatorKey::ed(2).account(), receipt_id(1)),
				ReceiptStatus::Unknown
			);
			run_to_block(2);
			assert_ok!(accept(job));
			assert_eq!(
				Receipts::receipt_status(&operator, receipt_id(1)),
				ReceiptStatus::Claimed(ClaimedReceipt {
					state: ReceiptState::Settled { at: 2 },
					..claimed
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
	fn an_accepted_receipt_weighs_a_claim_and_a_settlement() {
		use crate::weights::WeightInfo;
		assert_eq!(
			Receipts::submit_weight(false),
			<() as WeightInfo>::submit_receipt()
		);
		assert_eq!(
			Receipts::submit_weight(true),
			<() as WeightInfo>::submit_receipt_accepted()
		);
		// Claiming and settling in one call weighs more than either part alone (the measured
		// figures of the parts do not add up exactly: they share reads and fixed costs).
		assert!(<() as WeightInfo>::submit_receipt_accepted()
			.all_gte(<() as WeightInfo>::submit_receipt()));
		assert!(<() as WeightInfo>::submit_receipt_accepted().all_gte(<() as WeightInfo>::accept()));
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
			assert_ok!(accept(job));
			assert_ok!(Receipts::do_try_state());
			Ledger::<Test>::mutate(|ledger| ledger.minted.treasury += 1);
			assert!(Receipts::do_try_state().is_err());
			Ledger::<Test>::mutate(|ledger| {
				ledger.minted.treasury -= 1;
				ledger.dropped.coordinator += 1;
			});
			assert!(Receipts::do_try_state().is_err());
			Ledger::<Test>::mutate(|ledger| ledger.dropped.coordinator -= 1);
		});
	}

	#[test]
	fn try_state_detects_a_job_claimed_twice() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			let receipt = ClaimedReceipts::<Test>::get(&operator, receipt_id(1)).unwrap();
			ClaimedReceipts::<Test>::insert(&operator, receipt_id(2), receipt);
			assert!(Receipts::do_try_state().is_err());
			ClaimedReceipts::<Test>::remove(&operator, receipt_id(2));
		});
	}

	#[test]
	fn try_state_detects_a_claim_that_would_never_settle() {
		build_and_execute(|| {
			let (key, operator, job) = operator_with_job();
			assert_ok!(submit(
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			let matures_at = maturity();
			let queue = MaturityQueue::<Test>::take(matures_at);
			assert!(Receipts::do_try_state().is_err());
			MaturityQueue::<Test>::insert(matures_at, queue);
			assert_ok!(Receipts::do_try_state());
		});
	}

	#[test]
	fn try_state_detects_work_without_settled_units() {
		build_and_execute(|| {
			let operator = OperatorKey::sr(1).account();
			TotalWork::<Test>::insert(&operator, 1);
			assert!(Receipts::do_try_state().is_err());
			TotalWork::<Test>::remove(&operator);
		});
	}
}

mod properties {
	//! Random streams of receipts (valid, replayed, forged, by the co-operator, for another
	//! output or chain, over the limits), client acceptances, disputes, governance rate changes,
	//! blocks and sessions. A simple model predicts which receipts must claim; the chain must
	//! agree, change nothing on a refusal, never settle a job twice, never pay a disputed claim,
	//! mint only what the ledger explains, and in the end settle every undisputed claim.
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
			wrong_output: bool,
			relayed: bool,
		},
		Accept(u64),
		Dispute(u64),
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
				proptest::bool::weighted(0.1),
				any::<bool>(),
			)
				.prop_map(
					|(job, other, forged, receipt, units, price, wrong_chain, wrong_output, relayed)| {
						// Mostly the operator that delivered the job, signing for itself;
						// sometimes its co-operator or the stranger (2), or a forgery by another
						// key.
						let delivered = (job % 2) as usize;
						let named_operator =
							if other { (delivered + 1 + (receipt as usize % 2)) % 3 } else { delivered };
						let signer = if forged { (named_operator + 1) % 3 } else { named_operator };
						Action::Submit {
							job,
							signer,
							named_operator,
							receipt,
							units,
							price,
							wrong_chain,
							wrong_output,
							relayed,
						}
					}
				),
			2 => (0..JOBS).prop_map(Action::Accept),
			1 => (0..JOBS).prop_map(Action::Dispute),
			2 => (1u64..8).prop_map(Action::NextBlocks),
			1 => Just(Action::NextSession),
			1 => (0 as Balance..40, 0u32..=1_000_000)
				.prop_map(|(rate, share)| Action::SetRate { rate, share }),
		]
	}

	/// What the model remembers.
	#[derive(Default)]
	struct Model {
		claimed_jobs: BTreeSet<JobId>,
		disputed_jobs: BTreeSet<JobId>,
		/// (operator, receipt id) -> the block at which the chain forgets it.
		remembered: BTreeMap<(usize, u8), BlockNumber>,
		receipts_in_block: (BlockNumber, u32),
	}

	fn minted_total() -> Balance {
		let ledger = Ledger::<Test>::get();
		ledger.minted.coordinator + ledger.minted.treasury
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

		#[test]
		fn receipt_streams_never_double_settle_and_conserve_issuance(
			actions in proptest::collection::vec(action(), 1..60)
		) {
			new_test_ext().execute_with(|| {
				// Operators 0 (sr25519) and 1 (ed25519) serve every job, and job i is delivered
				// by operator i % 2; 2 (sr25519) serves none.
				let keys = [OperatorKey::sr(1), OperatorKey::ed(2), OperatorKey::sr(3)];
				let jobs: Vec<JobId> = (0..JOBS)
					.map(|i| {
						let job = MockServices::add_job(
							&CLIENT,
							vec![keys[0].account(), keys[1].account()],
							JOB_MAX_UNITS,
							PRICE,
							PRICE,
						);
						MockServices::submit_result(job, &keys[(i % 2) as usize].account(), OUTPUT)
							.unwrap();
						job
					})
					.collect();
				let genesis_issuance = Balances::total_issuance();
				let mut model = Model::default();

				for action in actions {
					match action {
						Action::Submit {
							job, signer, named_operator, receipt, units, price, wrong_chain,
							wrong_output, relayed,
						} => {
							let now = System::block_number();
							let job_id = jobs.get(job as usize).copied().unwrap_or(999);
							let operator = keys[named_operator].account();
							let receipt_body = crate::ReceiptBody {
								receipt_id: receipt_id(receipt),
								job_id,
								client: CLIENT,
								operator: operator.clone(),
								compute_units: units,
								price,
								output_hash: if wrong_output { H256::repeat_byte(1) } else { OUTPUT },
								nonce: 0,
							};
							let genesis = if wrong_chain {
								H256::repeat_byte(0x42)
							} else {
								Receipts::genesis_hash()
							};
							let signed = keys[signer].sign_receipt_for(receipt_body, &genesis);

							let in_block = if model.receipts_in_block.0 == now { model.receipts_in_block.1 } else { 0 };
							let delivered = job < JOBS && named_operator == (job % 2) as usize;
							let remembered = model
								.remembered
								.get(&(named_operator, receipt))
								.is_some_and(|until| *until > now);
							let should_claim = delivered
								&& !model.claimed_jobs.contains(&job_id)
								&& !model.disputed_jobs.contains(&job_id)
								&& !wrong_output
								&& !remembered
								&& units > 0 && units <= JOB_MAX_UNITS
								&& price > 0 && price <= PRICE
								&& signer == named_operator
								&& !wrong_chain
								&& in_block < MAX_RECEIPTS_PER_BLOCK;

							let root_before = sp_io::storage::root(sp_runtime::StateVersion::V1);
							let submitter = if relayed { RELAYER } else { keys[signer].account() };
							let result = submit_as(&submitter, signed);

							assert_eq!(result.is_ok(), should_claim, "{:?}", result);
							if should_claim {
								model.claimed_jobs.insert(job_id);
								model.remembered.insert((named_operator, receipt), now + RETENTION);
								model.receipts_in_block = (now, in_block + 1);
								assert_eq!(MockServices::status(job_id), JobStatus::Claimed);
							} else {
								// A refused receipt changes nothing at all.
								assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), root_before);
							}
						},
						Action::Accept(job) => {
							let job_id = jobs[job as usize];
							let had_claim = Claims::<Test>::contains_key(job_id);
							let issuance = Balances::total_issuance();
							let minted = minted_total();
							assert_eq!(accept(job_id).is_ok(), had_claim);
							assert!(!Claims::<Test>::contains_key(job_id));
							assert_eq!(Balances::total_issuance() - issuance, minted_total() - minted);
						},
						Action::Dispute(job) => {
							let job_id = jobs[job as usize];
							if MockServices::dispute(job_id).is_ok() {
								model.disputed_jobs.insert(job_id);
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
					assert_eq!(Balances::total_issuance(), genesis_issuance + minted_total());
					for job_id in &jobs {
						let settled = SettleCalls::get(job_id).unwrap_or(0);
						assert!(settled <= 1, "job {job_id} settled twice");
						assert_eq!(settled == 1, MockServices::status(*job_id) == JobStatus::Settled);
						if settled == 1 {
							assert!(model.claimed_jobs.contains(job_id));
						}
					}
				}

				// Every claim settles once its window closed, unless its job was disputed first.
				run_to_block(System::block_number() + CHALLENGE_WINDOW + JOBS);
				assert_eq!(Claims::<Test>::iter().count(), 0);
				for job_id in &jobs {
					let status = MockServices::status(*job_id);
					if status == JobStatus::Settled {
						assert!(model.claimed_jobs.contains(job_id));
					} else {
						assert!(
							!model.claimed_jobs.contains(job_id) || model.disputed_jobs.contains(job_id),
							"job {job_id} was claimed, never disputed, and never settled"
						);
						assert_ne!(status, JobStatus::Claimed);
					}
					if model.disputed_jobs.contains(job_id) {
						// A disputed job's escrow is untouched, waiting for the ruling.
						assert_eq!(MockEscrow::escrow_of(*job_id).map(|escrow| escrow.held), Some(PRICE));
					}
				}
				assert_eq!(Balances::total_issuance(), genesis_issuance + minted_total());
			});
		}
	}
}

/// Private receipts, with real proofs made by snarkjs from `zk/circuits` (`zk/build.sh` proves
/// them for job 1 of this mock with the caps used below) and verified by the real
/// `pallet-zk-verifier`.
mod private_receipts {
	use super::*;
	use crate::{JobCommitment, ReceiptBody};
	use aitbc_primitives::{traits::KeyConsumer, VerifyingKeyId};
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

	/// The public price the enhanced statement proves (input 5): its units at the committed
	/// rate, below the cap so that a refund shows.
	fn enhanced_price() -> Balance {
		let price = inputs(ENHANCED_PUBLIC)[5];
		assert!(price[16..].iter().all(|byte| *byte == 0));
		Balance::from_le_bytes(price[..16].try_into().unwrap())
	}

	/// Registers the circuit's key in the verifier for this pallet and approves it for `kind`.
	fn approve(kind: PrivacyKind, vk: &[u8]) -> VerifyingKeyId {
		let key = crate::mock::register_receipts_key(vk, None);
		assert_ok!(Receipts::set_privacy_key(
			RuntimeOrigin::signed(COUNCIL),
			kind,
			Some(key)
		));
		key
	}

	fn private_proof(key: VerifyingKeyId, proof: &[u8]) -> PrivateProof {
		PrivateProof {
			key,
			proof: BoundedVec::try_from(proof.to_vec()).unwrap(),
		}
	}

	/// Job 1, called with `commitment` as its input hash and committed by its client while
	/// called, then delivered with `output`; returns the operator's key, the operator and the
	/// job.
	fn committed_job(
		max_units: u64,
		price_cap: Balance,
		commitment: [u8; 32],
		rate: Option<[u8; 32]>,
		output: H256,
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
		MockServices::publish_input(job, H256(commitment));
		assert_ok!(Receipts::commit_job(
			RuntimeOrigin::signed(CLIENT),
			job,
			commitment,
			rate
		));
		assert_ok!(MockServices::submit_result(job, &operator, output));
		(key, operator, job)
	}

	fn submit_private(receipt: ReceiptOf<Test>, privacy: PrivacyLevel) -> DispatchResult {
		Receipts::submit_receipt(
			RuntimeOrigin::signed(RELAYER),
			Box::new(receipt),
			privacy,
			None,
		)
	}

	fn basic_output() -> H256 {
		H256(inputs(BASIC_PUBLIC)[2])
	}

	fn basic_setup_with_output(output: H256) -> (OperatorKey, AccountId, JobId, PrivacyLevel) {
		let key_id = approve(PrivacyKind::Basic, BASIC_VK);
		let public = inputs(BASIC_PUBLIC);
		let (key, operator, job) = committed_job(100, PRICE, public[1], None, output);
		let privacy = PrivacyLevel::Basic(private_proof(key_id, BASIC_PROOF));
		(key, operator, job, privacy)
	}

	fn basic_setup() -> (OperatorKey, AccountId, JobId, PrivacyLevel) {
		basic_setup_with_output(basic_output())
	}

	fn basic_body_with_output(
		job: JobId,
		operator: &AccountId,
		units: u64,
		output: H256,
	) -> ReceiptBody<AccountId, Balance> {
		ReceiptBody {
			output_hash: output,
			..body(1, job, operator, units, PRICE)
		}
	}

	fn basic_body(job: JobId, operator: &AccountId, units: u64) -> ReceiptBody<AccountId, Balance> {
		basic_body_with_output(job, operator, units, basic_output())
	}

	#[test]
	fn a_basic_private_receipt_claims_and_settles_with_a_real_proof() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = basic_setup();
			let issuance = Balances::total_issuance();
			assert_ok!(submit_private(
				key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
				privacy
			));
			assert_eq!(MockServices::status(job), JobStatus::Claimed);
			// The claim is the uniqueness: the verifier records nothing, so no nullifier
			// ceiling of the key ever stops private receipts.
			let key_id = PrivacyKeys::<Test>::get(PrivacyKind::Basic).unwrap();
			assert_eq!(pallet_zk_verifier::NullifierCount::<Test>::get(key_id), 0);

			run_to_block(maturity());
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
		});
	}

	/// The attack of issue 16: a watcher copies a pending private receipt's public inputs and
	/// proof into the verifier's open `verify_proof` to spend the job's nullifier first, so the
	/// job could not settle privately. The receipts key is not open, and nothing the open calls
	/// do reaches the receipt.
	#[test]
	fn a_watcher_cannot_front_run_a_private_receipt_through_the_open_calls() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = basic_setup();
			let key_id = PrivacyKeys::<Test>::get(PrivacyKind::Basic).unwrap();
			let public = inputs(BASIC_PUBLIC);
			assert_noop!(
				ZkVerifier::verify_proof(
					RuntimeOrigin::signed(OTHER_CLIENT),
					key_id,
					BASIC_PROOF.to_vec().try_into().unwrap(),
					public.clone().try_into().unwrap()
				),
				pallet_zk_verifier::Error::<Test>::KeyServesAnotherConsumer
			);
			// The same key bytes registered for the open calls are another key, whose
			// nullifiers are its own.
			assert_ok!(ZkVerifier::register_key(
				RuntimeOrigin::signed(OTHER_CLIENT),
				BASIC_VK.to_vec().try_into().unwrap(),
				Some(0),
				KeyConsumer::Open
			));
			let open =
				ZkVerifier::id_of_key(BASIC_VK, Some(0), KeyConsumer::Open).expect("a valid key");
			assert_ok!(ZkVerifier::verify_proof(
				RuntimeOrigin::signed(OTHER_CLIENT),
				open,
				BASIC_PROOF.to_vec().try_into().unwrap(),
				public.try_into().unwrap()
			));
			assert_ok!(submit_private(
				key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
				privacy.clone()
			));
			// And the job's state refuses the same proof a second time.
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
					privacy
				),
				Error::<Test>::JobAlreadyClaimed
			);
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
			// A commitment the client did not make.
			JobCommitments::<Test>::insert(
				job,
				JobCommitment {
					job: [3u8; 32],
					rate: None,
				},
			);
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body(job, &operator, BASIC_UNITS)),
					privacy
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
		});
		// Another output hash than proven (delivered as the job's result).
		build_and_execute(|| {
			let other = H256([1; 32]);
			let (key, operator, job, privacy) = basic_setup_with_output(other);
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body_with_output(job, &operator, BASIC_UNITS, other)),
					privacy
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
		});
		// An output hash that is not a field element is refused, not reduced.
		build_and_execute(|| {
			let not_canonical = H256([0xFF; 32]);
			let (key, operator, job, privacy) = basic_setup_with_output(not_canonical);
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body_with_output(
						job,
						&operator,
						BASIC_UNITS,
						not_canonical
					)),
					privacy
				),
				pallet_zk_verifier::Error::<Test>::InputNotCanonical
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
			assert_noop!(
				submit_private(
					key.sign_receipt(basic_body(job, &operator, 0)),
					PrivacyLevel::Enhanced(proof)
				),
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

	fn enhanced_setup_for(
		max_units: u64,
		price_cap: Balance,
		rate: Option<[u8; 32]>,
	) -> (OperatorKey, AccountId, JobId, PrivacyLevel) {
		let key_id = approve(PrivacyKind::Enhanced, ENHANCED_VK);
		let public = inputs(ENHANCED_PUBLIC);
		let (key, operator, job) =
			committed_job(max_units, price_cap, public[1], rate, H256(public[2]));
		let privacy = PrivacyLevel::Enhanced(private_proof(key_id, ENHANCED_PROOF));
		(key, operator, job, privacy)
	}

	fn enhanced_setup() -> (OperatorKey, AccountId, JobId, PrivacyLevel) {
		let rate = inputs(ENHANCED_PUBLIC)[4];
		enhanced_setup_for(ENHANCED_MAX_UNITS, ENHANCED_PRICE_CAP, Some(rate))
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
	fn an_enhanced_receipt_pays_the_proven_price_refunds_the_rest_and_mints_nothing() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = enhanced_setup();
			let price = enhanced_price();
			assert!(price < ENHANCED_PRICE_CAP);
			let issuance = Balances::total_issuance();
			let client_before = free(&CLIENT);
			assert_ok!(submit_private(
				key.sign_receipt(enhanced_body(job, &operator, 0, price)),
				privacy
			));
			assert_eq!(
				Claims::<Test>::get(job).map(|claim| (claim.compute_units, claim.price)),
				Some((0, price))
			);
			assert_ok!(accept(job));
			assert_eq!(free(&operator), paid_for(price));
			assert_eq!(free(&CLIENT), client_before + ENHANCED_PRICE_CAP - price);
			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(TotalWork::<Test>::get(&operator), 0);
			assert!(MockEscrow::escrow_of(job).is_none());
			assert_eq!(MockServices::status(job), JobStatus::Settled);
		});
	}

	#[test]
	fn an_enhanced_receipt_hides_its_units_and_binds_its_price_to_the_clients_rate() {
		build_and_execute(|| {
			let (key, operator, job, privacy) = enhanced_setup();
			let price = enhanced_price();
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 40, price)),
					privacy.clone()
				),
				Error::<Test>::UnitsNotHidden
			);
			// The operator cannot step around the client's rate with a receipt of another
			// level that names the whole cap as its price.
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 40, ENHANCED_PRICE_CAP)),
					PrivacyLevel::Public
				),
				Error::<Test>::RateCommitted
			);
			// More than the proven units at the committed rate.
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, price + 1)),
					privacy.clone()
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, ENHANCED_PRICE_CAP + 1)),
					privacy.clone()
				),
				Error::<Test>::PriceAboveCap
			);
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, 0)),
					privacy.clone()
				),
				Error::<Test>::ZeroPrice
			);
			// A rate the client did not commit to.
			JobCommitments::<Test>::mutate(job, |commitment| {
				commitment.as_mut().unwrap().rate = Some([5; 32])
			});
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, price)),
					privacy.clone()
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
		});
		build_and_execute(|| {
			// No rate committed: the operator could name any price.
			let (key, operator, job, privacy) =
				enhanced_setup_for(ENHANCED_MAX_UNITS, ENHANCED_PRICE_CAP, None);
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, enhanced_price())),
					privacy
				),
				Error::<Test>::NoRateCommitment
			);
		});
		build_and_execute(|| {
			// The same proof for a job with a lower unit cap than proven.
			let rate = inputs(ENHANCED_PUBLIC)[4];
			let (key, operator, job, privacy) =
				enhanced_setup_for(ENHANCED_MAX_UNITS - 1, ENHANCED_PRICE_CAP, Some(rate));
			assert_noop!(
				submit_private(
					key.sign_receipt(enhanced_body(job, &operator, 0, enhanced_price())),
					privacy
				),
				pallet_zk_verifier::Error::<Test>::ProofRejected
			);
		});
	}

	#[test]
	fn commit_job_is_for_the_client_of_a_called_job_once() {
		build_and_execute(|| {
			let operator = OperatorKey::sr(1).account();
			let job = called_job_for(&operator);
			MockServices::publish_input(job, H256([1; 32]));
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(OTHER_CLIENT), job, [1; 32], None),
				Error::<Test>::NotJobClient
			);
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(CLIENT), 99, [1; 32], None),
				Error::<Test>::JobNotFound
			);
			// The call published something else than the commitment as its input.
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(CLIENT), job, [2; 32], None),
				Error::<Test>::CommitmentNotPublished
			);
			assert_ok!(Receipts::commit_job(
				RuntimeOrigin::signed(CLIENT),
				job,
				[1; 32],
				Some([4; 32])
			));
			assert_eq!(
				receipts_events().last(),
				Some(&ReceiptsEvent::JobCommitted {
					job_id: job,
					commitment: [1; 32],
					rate_commitment: Some([4; 32]),
				})
			);
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(CLIENT), job, [1; 32], None),
				Error::<Test>::CommitmentAlreadySet
			);
			// Once the result is in, it is too late to commit.
			let delivered = job_for(&operator);
			MockServices::publish_input(delivered, H256([1; 32]));
			assert_noop!(
				Receipts::commit_job(RuntimeOrigin::signed(CLIENT), delivered, [1; 32], None),
				Error::<Test>::JobNotCalled
			);
		});
	}

	#[test]
	fn a_commitment_is_removed_only_once_its_job_is_final() {
		build_and_execute(|| {
			let key = OperatorKey::sr(1);
			let operator = key.account();
			let job = called_job_for(&operator);
			assert_noop!(
				Receipts::remove_job_commitment(RuntimeOrigin::signed(RELAYER), job),
				Error::<Test>::NoJobCommitment
			);
			MockServices::publish_input(job, H256([1; 32]));
			assert_ok!(Receipts::commit_job(
				RuntimeOrigin::signed(CLIENT),
				job,
				[1; 32],
				None
			));
			assert_noop!(
				Receipts::remove_job_commitment(RuntimeOrigin::signed(RELAYER), job),
				Error::<Test>::JobStillOpen
			);
			// Delivered, claimed, disputed: still open.
			assert_ok!(MockServices::submit_result(job, &operator, OUTPUT));
			assert_ok!(submit_as(
				&RELAYER,
				key.sign_receipt(body(1, job, &operator, UNITS, PRICE))
			));
			assert_ok!(MockServices::dispute(job));
			assert_noop!(
				Receipts::remove_job_commitment(RuntimeOrigin::signed(RELAYER), job),
				Error::<Test>::JobStillOpen
			);
			// Ruled: final.
			assert_ok!(MockServices::rule(job, &operator, Perbill::zero()));
			assert_ok!(Receipts::remove_job_commitment(
				RuntimeOrigin::signed(RELAYER),
				job
			));
			assert!(JobCommitments::<Test>::get(job).is_none());
			assert_eq!(
				receipts_events().last(),
				Some(&ReceiptsEvent::JobCommitmentRemoved { job_id: job })
			);
			// A job the registry forgot.
			JobCommitments::<Test>::insert(
				999,
				JobCommitment {
					job: [2; 32],
					rate: None,
				},
			);
			assert_ok!(Receipts::remove_job_commitment(
				RuntimeOrigin::signed(RELAYER),
				999
			));
		});
	}

	#[test]
	fn only_governance_sets_privacy_keys_registered_for_receipts_and_pins_them() {
		build_and_execute(|| {
			let basic = crate::mock::register_receipts_key(BASIC_VK, None);
			assert_noop!(
				Receipts::set_privacy_key(
					RuntimeOrigin::signed(CLIENT),
					PrivacyKind::Basic,
					Some(basic)
				),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Receipts::set_privacy_key(RuntimeOrigin::root(), PrivacyKind::Basic, Some([1; 32])),
				pallet_zk_verifier::Error::<Test>::UnknownKey
			);
			// A key with the other level's number of inputs.
			assert_noop!(
				Receipts::set_privacy_key(
					RuntimeOrigin::root(),
					PrivacyKind::Enhanced,
					Some(basic)
				),
				pallet_zk_verifier::Error::<Test>::WrongInputCount
			);
			// A key the open calls use is not the pallet's.
			assert_ok!(ZkVerifier::register_key_for_everyone(
				RuntimeOrigin::root(),
				BASIC_VK.to_vec().try_into().unwrap(),
				None,
				KeyConsumer::Open
			));
			let open =
				ZkVerifier::id_of_key(BASIC_VK, None, KeyConsumer::Open).expect("a valid key");
			assert_noop!(
				Receipts::set_privacy_key(RuntimeOrigin::root(), PrivacyKind::Basic, Some(open)),
				pallet_zk_verifier::Error::<Test>::KeyServesAnotherConsumer
			);
			assert_ok!(Receipts::set_privacy_key(
				RuntimeOrigin::root(),
				PrivacyKind::Basic,
				Some(basic)
			));
			assert_eq!(PrivacyKeys::<Test>::get(PrivacyKind::Basic), Some(basic));
			assert_eq!(pallet_zk_verifier::KeyPins::<Test>::get(basic), 1);
			assert_ok!(Receipts::set_privacy_key(
				RuntimeOrigin::signed(COUNCIL),
				PrivacyKind::Basic,
				None
			));
			assert_eq!(PrivacyKeys::<Test>::get(PrivacyKind::Basic), None);
			assert_eq!(pallet_zk_verifier::KeyPins::<Test>::get(basic), 0);
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
		let proof = private_proof([0; 32], &[]);
		let basic = Receipts::proof_weight(&PrivacyLevel::Basic(proof.clone()));
		let enhanced = Receipts::proof_weight(&PrivacyLevel::Enhanced(proof));
		assert_eq!(
			Receipts::proof_weight(&PrivacyLevel::Public),
			frame_support::weights::Weight::zero()
		);
		assert!(basic.ref_time() > 0);
		assert!(enhanced.ref_time() > basic.ref_time());
	}
}
