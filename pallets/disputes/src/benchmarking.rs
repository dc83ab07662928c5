//! Benchmarks, each at its worst case: `MaxArbiters` arbiters in the pool, the largest panel
//! (`InitialPanelSize * 2^MaxAppeals` seats), deadline queues crowded so scheduling scans the
//! most blocks, URIs of `MaxUriLen` bytes, and resolutions that pay every majority seat and
//! report an offence.

use super::*;
use crate::Pallet as Disputes;
use aitbc_primitives::{DisputeId, JobId};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible, Hooks},
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::traits::Saturating;

const SEED: u32 = 0;
const SALT: [u8; 32] = [7; 32];

fn plenty<T: Config>() -> BalanceOf<T> {
	T::MinArbiterStake::get()
		.saturating_add(T::FilingBond::get())
		.saturating_mul(BalanceOf::<T>::from(1_000u32))
		.saturating_add(BalanceOf::<T>::from(1_000_000u32))
}

/// What the benchmark jobs pay into escrow.
fn job_price<T: Config>() -> BalanceOf<T> {
	T::FilingBond::get().saturating_mul(BalanceOf::<T>::from(10u32))
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	<T::Currency as fungible::Mutate<_>>::set_balance(&who, plenty::<T>());
	who
}

fn go_to<T: Config>(block: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(block);
}

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

/// `count` arbiters with the minimum stake.
fn arbiters<T: Config>(count: u32) -> Result<Vec<T::AccountId>, BenchmarkError> {
	(0..count)
		.map(|i| {
			let who = funded::<T>("arbiter", i);
			Disputes::<T>::join_arbiters(
				RawOrigin::Signed(who.clone()).into(),
				T::MinArbiterStake::get(),
			)?;
			Ok(who)
		})
		.collect()
}

/// Fill the deadline queues from `from` on so that scheduling scans all but the last block.
fn crowd_deadlines<T: Config>(from: BlockNumberFor<T>) {
	let filler: Vec<DisputeId> = (0..T::MaxDeadlinesPerBlock::get())
		.map(|i| u64::MAX.saturating_sub(u64::from(i)))
		.collect();
	let mut block = from;
	for _ in 1..SCHEDULE_SCAN {
		Deadlines::<T>::insert(block, BoundedVec::truncate_from(filler.clone()));
		block = block.saturating_add(1u32.into());
	}
}

fn max_uri<T: Config>() -> UriOf<T> {
	let len = usize::try_from(T::MaxUriLen::get()).unwrap_or_default();
	BoundedVec::truncate_from(alloc::vec![b'u'; len])
}

/// A job of a funded client on a funded operator's service, disputed by the client.
fn filed<T: Config>() -> Result<(DisputeId, JobId, T::AccountId, T::AccountId), BenchmarkError> {
	let client = funded::<T>("client", 0);
	let operator = funded::<T>("operator", 0);
	let job_id = T::BenchmarkHelper::create_job(&client, &operator, job_price::<T>());
	<T::Currency as fungible::Mutate<_>>::set_balance(&client, plenty::<T>());
	let dispute_id = NextDisputeId::<T>::get();
	Disputes::<T>::file_dispute(
		RawOrigin::Signed(client.clone()).into(),
		job_id,
		operator.clone(),
	)?;
	Ok((dispute_id, job_id, client, operator))
}

/// Filed and answered, at the round with the largest panel.
fn answered<T: Config>() -> Result<(DisputeId, T::AccountId, T::AccountId), BenchmarkError> {
	let (dispute_id, _, client, operator) = filed::<T>()?;
	Disputes::<T>::submit_evidence(
		RawOrigin::Signed(operator.clone()).into(),
		dispute_id,
		H256::repeat_byte(1),
		max_uri::<T>(),
	)?;
	crate::Disputes::<T>::mutate(dispute_id, |dispute| {
		if let Some(dispute) = dispute {
			dispute.round = T::MaxAppeals::get();
		}
	});
	Ok((dispute_id, client, operator))
}

fn record<T: Config>(dispute_id: DisputeId) -> Result<DisputeOf<T>, BenchmarkError> {
	crate::Disputes::<T>::get(dispute_id).ok_or(BenchmarkError::Stop("no dispute"))
}

/// Answered with a full pool whose stake warmed up, at the evidence deadline, with the largest
/// panel requested.
fn requested<T: Config>() -> Result<(DisputeId, T::AccountId, T::AccountId), BenchmarkError> {
	arbiters::<T>(T::MaxArbiters::get())?;
	let warm = now::<T>().saturating_add(T::ArbiterWarmup::get());
	let (dispute_id, client, operator) = answered::<T>()?;
	go_to::<T>(record::<T>(dispute_id)?.deadline.max(warm));
	Disputes::<T>::advance(RawOrigin::Signed(client.clone()).into(), dispute_id)?;
	ensure!(
		PendingDraws::<T>::get().contains(&dispute_id),
		BenchmarkError::Stop("the panel was not requested")
	);
	Ok((dispute_id, client, operator))
}

/// Answered, with the largest panel seated and voting.
fn seated<T: Config>() -> Result<(DisputeId, T::AccountId, T::AccountId), BenchmarkError> {
	let (dispute_id, client, operator) = requested::<T>()?;
	let next = now::<T>().saturating_add(1u32.into());
	go_to::<T>(next);
	Disputes::<T>::on_initialize(next);
	let largest = 1u32
		.checked_shl(T::MaxAppeals::get())
		.map_or(u32::MAX, |factor| {
			T::InitialPanelSize::get().saturating_mul(factor)
		})
		.min(T::MaxPanelSize::get());
	ensure!(
		u32::try_from(Panels::<T>::get(dispute_id).len()).ok() == Some(largest),
		BenchmarkError::Stop("the largest panel was not seated")
	);
	Ok((dispute_id, client, operator))
}

fn voting_ends<T: Config>(
	dispute_id: DisputeId,
) -> Result<(BlockNumberFor<T>, BlockNumberFor<T>), BenchmarkError> {
	match record::<T>(dispute_id)?.status {
		DisputeStatus::UnderReview {
			phase: ReviewPhase::Voting {
				commit_end,
				reveal_end,
			},
		} => Ok((commit_end, reveal_end)),
		_ => Err(BenchmarkError::Stop("not voting")),
	}
}

/// Every seat but the last votes for the client and the last for the operator, so the tally
/// slashes and pays.
fn seat_ruling(index: usize, seats: usize) -> Ruling {
	if index.saturating_add(1) < seats {
		Ruling::Client
	} else {
		Ruling::Operator
	}
}

/// All seats but `except_last` commit; returns the panel.
fn commit_all<T: Config>(
	dispute_id: DisputeId,
	except_last: bool,
) -> Result<Vec<T::AccountId>, BenchmarkError> {
	let panel: Vec<T::AccountId> = Panels::<T>::get(dispute_id)
		.into_iter()
		.map(|seat| seat.arbiter)
		.collect();
	let voters = if except_last {
		panel.len().saturating_sub(1)
	} else {
		panel.len()
	};
	for (index, arbiter) in panel.iter().take(voters).enumerate() {
		Disputes::<T>::commit_vote(
			RawOrigin::Signed(arbiter.clone()).into(),
			dispute_id,
			commitment_of(dispute_id, arbiter, &seat_ruling(index, panel.len()), &SALT),
		)?;
	}
	Ok(panel)
}

fn reveal_all<T: Config>(
	dispute_id: DisputeId,
	panel: &[T::AccountId],
	except_last: bool,
) -> Result<(), BenchmarkError> {
	let voters = if except_last {
		panel.len().saturating_sub(1)
	} else {
		panel.len()
	};
	for (index, arbiter) in panel.iter().take(voters).enumerate() {
		Disputes::<T>::reveal_vote(
			RawOrigin::Signed(arbiter.clone()).into(),
			dispute_id,
			seat_ruling(index, panel.len()),
			SALT,
		)?;
	}
	Ok(())
}

/// The largest panel voted and ruled for the client; the appeal window is open.
fn ruled<T: Config>() -> Result<(DisputeId, T::AccountId, T::AccountId), BenchmarkError> {
	let (dispute_id, client, operator) = seated::<T>()?;
	let (commit_end, reveal_end) = voting_ends::<T>(dispute_id)?;
	let panel = commit_all::<T>(dispute_id, false)?;
	go_to::<T>(commit_end);
	reveal_all::<T>(dispute_id, &panel, false)?;
	go_to::<T>(reveal_end);
	Disputes::<T>::advance(RawOrigin::Signed(client.clone()).into(), dispute_id)?;
	Ok((dispute_id, client, operator))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn file_dispute() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let client = funded::<T>("client", 0);
		let operator = funded::<T>("operator", 0);
		let job_id = T::BenchmarkHelper::create_job(&client, &operator, job_price::<T>());
		<T::Currency as fungible::Mutate<_>>::set_balance(&client, plenty::<T>());
		crowd_deadlines::<T>(now::<T>().saturating_add(T::EvidencePeriod::get()));

		#[extrinsic_call]
		_(RawOrigin::Signed(client), job_id, operator);

		ensure!(DisputeOfJob::<T>::contains_key(job_id), "not filed");
		Ok(())
	}

	#[benchmark]
	fn submit_evidence() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, _, _, operator) = filed::<T>()?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			dispute_id,
			H256::repeat_byte(1),
			max_uri::<T>(),
		);

		ensure!(
			record::<T>(dispute_id)?.status == DisputeStatus::EvidenceSubmitted,
			"not answered"
		);
		Ok(())
	}

	#[benchmark]
	fn commit_vote() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, _, _) = seated::<T>()?;
		let panel = commit_all::<T>(dispute_id, true)?;
		let last = panel
			.last()
			.cloned()
			.ok_or(BenchmarkError::Stop("empty panel"))?;
		let commitment = commitment_of(dispute_id, &last, &Ruling::Operator, &SALT);

		#[extrinsic_call]
		_(RawOrigin::Signed(last), dispute_id, commitment);

		ensure!(
			Panels::<T>::get(dispute_id)
				.iter()
				.all(|seat| seat.commitment.is_some()),
			"not committed"
		);
		Ok(())
	}

	#[benchmark]
	fn reveal_vote() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, _, _) = seated::<T>()?;
		let (commit_end, _) = voting_ends::<T>(dispute_id)?;
		let panel = commit_all::<T>(dispute_id, false)?;
		go_to::<T>(commit_end);
		reveal_all::<T>(dispute_id, &panel, true)?;
		let last = panel
			.last()
			.cloned()
			.ok_or(BenchmarkError::Stop("empty panel"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(last), dispute_id, Ruling::Operator, SALT);

		ensure!(
			Panels::<T>::get(dispute_id)
				.iter()
				.all(|seat| seat.revealed.is_some()),
			"not revealed"
		);
		Ok(())
	}

	#[benchmark]
	fn appeal() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, _, operator) = ruled::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), dispute_id);

		ensure!(
			matches!(
				record::<T>(dispute_id)?.status,
				DisputeStatus::UnderReview {
					phase: ReviewPhase::AppealWindow {
						appealed_by: Some(Side::Operator),
						..
					}
				}
			),
			"not appealed"
		);
		Ok(())
	}

	/// The worst escalation: the largest panel ruled, but its ruling could not be enforced, so
	/// the dispute went to the council with the panel still seated; the council's ruling
	/// unseats it all.
	#[benchmark]
	fn resolve_escalated() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, _, _) = ruled::<T>()?;
		let appeal_end = record::<T>(dispute_id)?.deadline;
		go_to::<T>(appeal_end);
		// The state a failed enforcement leaves (the runtime's escrow cannot be made to refuse).
		let until = appeal_end.saturating_add(T::EscalationTimeout::get());
		crate::Disputes::<T>::mutate(dispute_id, |dispute| {
			if let Some(dispute) = dispute {
				dispute.status = DisputeStatus::Escalated { until };
				dispute.deadline = until;
			}
		});
		ensure!(
			!Panels::<T>::get(dispute_id).is_empty(),
			"the panel is not seated"
		);
		let deadline = record::<T>(dispute_id)?.deadline;
		crowd_deadlines::<T>(now::<T>().saturating_add(T::ResolvedRetention::get()));
		let origin =
			T::EscalationOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		ensure!(deadline > now::<T>(), "not escalated");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, dispute_id, Ruling::Client);

		ensure!(
			matches!(
				record::<T>(dispute_id)?.status,
				DisputeStatus::Resolved { .. }
			),
			"not resolved"
		);
		Ok(())
	}

	/// `advance` at the evidence deadline only requests the panel; the worst case finds the next
	/// block's draws all taken and reschedules through crowded deadline queues.
	#[benchmark]
	fn advance_draw_panel() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		arbiters::<T>(T::MaxArbiters::get())?;
		let (dispute_id, client, _) = answered::<T>()?;
		go_to::<T>(record::<T>(dispute_id)?.deadline);
		let taken: Vec<DisputeId> = (0..T::MaxDeadlinesPerBlock::get())
			.map(|i| u64::MAX.saturating_sub(u64::from(i)))
			.collect();
		PendingDraws::<T>::put(BoundedVec::truncate_from(taken));
		crowd_deadlines::<T>(now::<T>().saturating_add(1u32.into()));

		#[extrinsic_call]
		advance(RawOrigin::Signed(client), dispute_id);

		ensure!(
			matches!(
				record::<T>(dispute_id)?.status,
				DisputeStatus::AwaitingPanel { .. }
			),
			"not requested"
		);
		Ok(())
	}

	/// One panel drawn by `on_initialize`: a full pool to weigh (each member checked for a
	/// stake in the dispute), the largest panel seated, crowded deadline queues.
	#[benchmark]
	fn draw_panel() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, _, _) = requested::<T>()?;
		let next = now::<T>().saturating_add(1u32.into());
		go_to::<T>(next);
		crowd_deadlines::<T>(
			next.saturating_add(T::CommitPeriod::get())
				.saturating_add(T::RevealPeriod::get()),
		);

		#[block]
		{
			Disputes::<T>::draw_requested(dispute_id, next);
		}

		ensure!(!Panels::<T>::get(dispute_id).is_empty(), "no panel");
		Ok(())
	}

	#[benchmark]
	fn advance_tally() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, client, _) = seated::<T>()?;
		let (commit_end, reveal_end) = voting_ends::<T>(dispute_id)?;
		let panel = commit_all::<T>(dispute_id, false)?;
		go_to::<T>(commit_end);
		reveal_all::<T>(dispute_id, &panel, false)?;
		go_to::<T>(reveal_end);
		crowd_deadlines::<T>(reveal_end.saturating_add(T::AppealPeriod::get()));

		#[extrinsic_call]
		advance(RawOrigin::Signed(client), dispute_id);

		ensure!(
			matches!(
				record::<T>(dispute_id)?.status,
				DisputeStatus::UnderReview {
					phase: ReviewPhase::AppealWindow { .. }
				}
			),
			"not ruled"
		);
		Ok(())
	}

	#[benchmark]
	fn advance_resolve() -> Result<(), BenchmarkError> {
		go_to::<T>(1u32.into());
		let (dispute_id, client, _) = ruled::<T>()?;
		go_to::<T>(record::<T>(dispute_id)?.deadline);
		crowd_deadlines::<T>(now::<T>().saturating_add(T::ResolvedRetention::get()));

		#[extrinsic_call]
		advance(RawOrigin::Signed(client), dispute_id);

		ensure!(
			record::<T>(dispute_id)?.status
				== DisputeStatus::Resolved {
					ruling: Ruling::Client,
					by: ResolvedBy::Panel
				},
			"not resolved"
		);
		Ok(())
	}

	/// A full pool: the joiner scans it for the lowest stake and evicts it.
	#[benchmark]
	fn join_arbiters() -> Result<(), BenchmarkError> {
		let pool = arbiters::<T>(T::MaxArbiters::get())?;
		let who = funded::<T>("joiner", 0);
		let stake = T::MinArbiterStake::get().saturating_add(1u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), stake);

		ensure!(Arbiters::<T>::contains_key(&who), "not joined");
		ensure!(
			pool.iter()
				.any(|member| !Arbiters::<T>::contains_key(member)),
			"nobody evicted"
		);
		Ok(())
	}

	#[benchmark]
	fn add_arbiter_stake() -> Result<(), BenchmarkError> {
		let who = arbiters::<T>(1)?
			.pop()
			.ok_or(BenchmarkError::Stop("no arbiter"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::MinArbiterStake::get());

		ensure!(
			Arbiters::<T>::get(&who).map(|info| info.stake)
				== Some(T::MinArbiterStake::get().saturating_mul(2u32.into())),
			"stake not added"
		);
		Ok(())
	}

	#[benchmark]
	fn leave_arbiters() -> Result<(), BenchmarkError> {
		// The last of a full pool: removing it walks the whole pool.
		let who = arbiters::<T>(T::MaxArbiters::get())?
			.pop()
			.ok_or(BenchmarkError::Stop("no arbiter"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		ensure!(!Arbiters::<T>::contains_key(&who), "not left");
		Ok(())
	}

	impl_benchmark_test_suite!(Disputes, crate::mock::new_test_ext(), crate::mock::Test);
}
