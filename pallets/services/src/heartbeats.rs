//! Heartbeats, evaluated lazily.
//!
//! No hook scans every operator each block: that work would grow with the number of services.
//! Instead the intervals an operator missed are counted when its next heartbeat arrives, or when
//! anyone calls `report_missed_heartbeats` for it (so an operator that stops beating altogether
//! is still caught). Misses add up over a window of `HeartbeatWindow` blocks, which restarts at
//! the first accounting after it ended; above `MissedHeartbeatThreshold` misses an offence is
//! reported with `SlashPerMissedHeartbeat` per miss, at most `MaxHeartbeatSlash`.
//!
//! A beat kept on time is reported to `T::OnOutcome` once per service, as
//! [`JobOutcome::HeartbeatKept`] with the service's blueprint. The reward points it earns are
//! capped by the receiver (staking) per operator, blueprint and session, and count only next to
//! paid work in that session: services are free to request (an operator's own sybil clients
//! can open 64 of them), so a per-service rule here would let the number of services multiply
//! the points.

use crate::*;
use aitbc_primitives::traits::{JobOutcome, Offence, OffenceKind};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::{
	traits::{CheckedDiv, One, Saturating},
	Perbill, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Whole intervals missed after `since` up to `now`: a beat exactly one interval later is on
	/// time. Also returns the block up to which they are counted.
	fn missed_since(
		since: BlockNumberOf<T>,
		now: BlockNumberOf<T>,
		interval: BlockNumberOf<T>,
	) -> (u32, BlockNumberOf<T>) {
		let gap = now.saturating_sub(since).saturating_sub(One::one());
		let missed = gap.checked_div(&interval).unwrap_or_default();
		let counted_until = since.saturating_add(missed.saturating_mul(interval));
		(missed.saturated_into::<u32>(), counted_until)
	}

	fn record_of(
		service_id: ServiceId,
		operator: &T::AccountId,
	) -> Result<
		(
			BlueprintId,
			BlueprintOf<T>,
			HeartbeatRecord<BlockNumberOf<T>>,
		),
		DispatchError,
	> {
		let service = Services::<T>::get(service_id).ok_or(Error::<T>::ServiceNotFound)?;
		let record =
			Heartbeats::<T>::get(service_id, operator).ok_or(Error::<T>::NotServiceOperator)?;
		let blueprint =
			Blueprints::<T>::get(service.blueprint_id).ok_or(Error::<T>::BlueprintNotFound)?;
		Ok((service.blueprint_id, blueprint, record))
	}

	/// Add `missed` to the window and report an offence if it went over the threshold.
	fn account_misses(
		service_id: ServiceId,
		blueprint_id: BlueprintId,
		operator: &T::AccountId,
		mut record: HeartbeatRecord<BlockNumberOf<T>>,
		missed: u32,
		now: BlockNumberOf<T>,
	) -> Result<HeartbeatRecord<BlockNumberOf<T>>, DispatchError> {
		record.missed_in_window = record.missed_in_window.saturating_add(missed);
		if record.missed_in_window > T::MissedHeartbeatThreshold::get() {
			let per_miss = T::SlashPerMissedHeartbeat::get().deconstruct();
			let fraction = Perbill::from_parts(per_miss.saturating_mul(record.missed_in_window))
				.min(T::MaxHeartbeatSlash::get());
			T::Offences::report(Offence {
				offender: operator.clone(),
				blueprint_id,
				service_id: Some(service_id),
				fraction,
				kind: OffenceKind::MissedHeartbeats,
			})?;
			Self::deposit_event(Event::HeartbeatOffenceReported {
				service_id,
				operator: operator.clone(),
				missed: record.missed_in_window,
				fraction,
			});
			record.missed_in_window = 0;
		}
		if now.saturating_sub(record.window_start) >= T::HeartbeatWindow::get() {
			record.window_start = now;
			record.missed_in_window = 0;
		}
		Ok(record)
	}

	pub(crate) fn do_heartbeat(who: T::AccountId, service_id: ServiceId) -> DispatchResult {
		let (blueprint_id, blueprint, record) = Self::record_of(service_id, &who)?;
		let now = frame_system::Pallet::<T>::block_number();
		let (missed, _) =
			Self::missed_since(record.accounted_until, now, blueprint.heartbeat_interval);
		// Points reward keeping the interval, not beating: a beat sooner than half an interval
		// after the last one is accounted but earns nothing, so beating every block farms
		// nothing (at most two rewarded beats per interval).
		let rewarded = missed == 0
			&& now.saturating_sub(record.accounted_until)
				>= (blueprint.heartbeat_interval / 2u32.into()).max(One::one());
		let mut record = Self::account_misses(service_id, blueprint_id, &who, record, missed, now)?;
		record.accounted_until = now;
		Heartbeats::<T>::insert(service_id, &who, record);
		Self::note_rental_beat(service_id, blueprint.heartbeat_interval);
		if rewarded {
			T::OnOutcome::on_job_outcome(&who, blueprint_id, JobOutcome::HeartbeatKept);
		}
		Self::deposit_event(Event::HeartbeatReceived {
			service_id,
			operator: who,
			missed,
		});
		Ok(())
	}

	pub(crate) fn do_report_missed_heartbeats(
		service_id: ServiceId,
		operator: T::AccountId,
	) -> DispatchResult {
		let (blueprint_id, blueprint, record) = Self::record_of(service_id, &operator)?;
		let now = frame_system::Pallet::<T>::block_number();
		let (missed, counted_until) =
			Self::missed_since(record.accounted_until, now, blueprint.heartbeat_interval);
		ensure!(missed > 0, Error::<T>::NoMissedHeartbeats);
		let mut record =
			Self::account_misses(service_id, blueprint_id, &operator, record, missed, now)?;
		record.accounted_until = counted_until;
		Heartbeats::<T>::insert(service_id, &operator, record);
		Self::deposit_event(Event::HeartbeatsMissed {
			service_id,
			operator,
			missed,
		});
		Ok(())
	}
}
