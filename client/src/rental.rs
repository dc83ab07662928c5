//! Rentals from both sides: a client offers an operator a rental (`aitbc client rent`), the
//! operator accepts or declines it, either side cancels it, both report each period's metrics
//! (the miner daemon does so for the operator), and anyone reads where a rental stands.

use crate::{
	aitbc::{
		self,
		runtime_types::{
			aitbc_primitives::ids::PaymentAsset,
			pallet_services::types::{RentalMetrics, RentalSla, RentalStatus, RentalTerms},
			sp_arithmetic::per_things::Perbill,
		},
	},
	chain::{first_event, read_at, Chain},
	error::{Error, Result},
};
use subxt::utils::AccountId32;
use subxt_signer::sr25519::Keypair;

pub type Rental = aitbc::runtime_types::pallet_services::types::Rental<AccountId32, u32, u128, u32>;

/// What a client asks of an operator's capacity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RentalOffer {
	pub provider: AccountId32,
	pub blueprint_id: u64,
	/// Compute units per block.
	pub capacity: u64,
	/// Blocks per period.
	pub period_length: u32,
	pub periods: u32,
	/// Blocks between a cancellation and the end.
	pub notice: u32,
	pub sla: Sla,
	/// The most to pay per period, in plancks.
	pub max_price_per_period: u128,
	/// Blocks the operator has to accept.
	pub accept_ttl: u32,
}

/// A rental's SLA, as the command line takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sla {
	pub min_availability_ppm: u32,
	pub max_response_ms: Option<u32>,
	pub min_accuracy_ppm: Option<u32>,
	pub min_delivered_units: Option<u64>,
	/// Parts per billion of a period's payment refunded per broken term.
	pub breach_penalty_ppb: u32,
}

/// What a created offer came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreatedRental {
	pub rental_id: u64,
	pub price_per_period: u128,
	pub total: u128,
	pub accept_by: u32,
}

/// One period's metrics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metrics {
	pub availability_ppm: u32,
	pub response_ms: u32,
	pub accuracy_ppm: u32,
	pub delivered_units: u64,
}

impl From<Metrics> for RentalMetrics {
	fn from(m: Metrics) -> Self {
		RentalMetrics {
			availability_ppm: m.availability_ppm,
			response_ms: m.response_ms,
			accuracy_ppm: m.accuracy_ppm,
			delivered_units: m.delivered_units,
		}
	}
}

/// A period that ended and is not settled yet, with what each side reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenPeriod {
	pub period: u32,
	/// The job holding the period's payment (a dispute names it).
	pub job_id: u64,
	pub provider_reported: bool,
	pub consumer_reported: bool,
}

/// The name of a rental state.
pub fn status_name(status: &RentalStatus) -> &'static str {
	match status {
		RentalStatus::Created => "created",
		RentalStatus::Active => "active",
		RentalStatus::Disputed => "disputed",
		RentalStatus::Completed => "completed",
		RentalStatus::Cancelled => "cancelled",
	}
}

impl Chain {
	/// Offers `offer.provider` a rental; the whole price is held until it ends.
	pub async fn create_rental(
		&self,
		signer: &Keypair,
		offer: &RentalOffer,
	) -> Result<CreatedRental> {
		let terms = RentalTerms {
			blueprint_id: offer.blueprint_id,
			capacity: offer.capacity,
			period_length: offer.period_length,
			periods: offer.periods,
			payment_asset: PaymentAsset::Native,
			sla: RentalSla {
				min_availability_ppm: offer.sla.min_availability_ppm,
				max_response_ms: offer.sla.max_response_ms,
				min_accuracy_ppm: offer.sla.min_accuracy_ppm,
				min_delivered_units: offer.sla.min_delivered_units,
				breach_penalty: Perbill(offer.sla.breach_penalty_ppb),
			},
			notice: offer.notice,
		};
		let call = aitbc::tx().services().create_rental(
			offer.provider.clone().into(),
			terms,
			offer.max_price_per_period,
			offer.accept_ttl,
		);
		let events = self.submit(&call, signer).await?;
		let created = first_event::<aitbc::services::events::RentalCreated>(
			&events,
			"Services.RentalCreated",
		)?;
		Ok(CreatedRental {
			rental_id: created.rental_id,
			price_per_period: created.price_per_period,
			total: created.total,
			accept_by: created.accept_by,
		})
	}

	/// Accepts a rental offered to the signer; returns the service that carries it.
	pub async fn accept_rental(&self, signer: &Keypair, rental_id: u64) -> Result<u64> {
		let events = self
			.submit(&aitbc::tx().services().accept_rental(rental_id), signer)
			.await?;
		Ok(first_event::<aitbc::services::events::RentalAccepted>(
			&events,
			"Services.RentalAccepted",
		)?
		.service_id)
	}

	pub async fn decline_rental(&self, signer: &Keypair, rental_id: u64) -> Result<()> {
		self.submit(&aitbc::tx().services().decline_rental(rental_id), signer)
			.await
			.map(drop)
	}

	/// Cancels a rental; returns the block it now ends at (`None`: an offer withdrawn whole).
	pub async fn cancel_rental(&self, signer: &Keypair, rental_id: u64) -> Result<Option<u32>> {
		let events = self
			.submit(&aitbc::tx().services().cancel_rental(rental_id), signer)
			.await?;
		Ok(events
			.find_first::<aitbc::services::events::RentalCancelled>()
			.transpose()
			.map_err(Error::client)?
			.map(|cancelled| cancelled.ends_at))
	}

	pub async fn report_rental_metrics(
		&self,
		signer: &Keypair,
		rental_id: u64,
		period: u32,
		metrics: Metrics,
	) -> Result<()> {
		self.submit(
			&aitbc::tx()
				.services()
				.report_rental_metrics(rental_id, period, metrics.into()),
			signer,
		)
		.await
		.map(drop)
	}

	pub async fn rental(&self, rental_id: u64) -> Result<Option<Rental>> {
		self.read(aitbc::storage().services().rentals(), (rental_id,))
			.await
	}

	/// The rentals `who` offered, holds or provides (open offers included), at the best block.
	pub async fn rentals_of(&self, who: &AccountId32) -> Result<Vec<u64>> {
		let at = self.at_best().await?;
		let mut ids = Vec::new();
		for by_provider in [false, true] {
			let entry = if by_provider {
				at.storage()
					.entry(aitbc::storage().services().rentals_by_provider())
					.map_err(Error::client)?
					.iter((who.clone(),))
					.await
			} else {
				at.storage()
					.entry(aitbc::storage().services().rentals_by_consumer())
					.map_err(Error::client)?
					.iter((who.clone(),))
					.await
			};
			let mut entries = entry.map_err(Error::client)?;
			while let Some(kv) = entries.next().await {
				let kv = kv.map_err(Error::client)?;
				let (_, rental_id) = kv
					.key()
					.map_err(Error::client)?
					.decode()
					.map_err(Error::client)?;
				ids.push(rental_id);
			}
		}
		ids.sort_unstable();
		ids.dedup();
		Ok(ids)
	}

	/// The periods of a rental that ended and are not settled yet.
	pub async fn open_rental_periods(&self, rental_id: u64) -> Result<Vec<OpenPeriod>> {
		let at = self.at_best().await?;
		let mut entries = at
			.storage()
			.entry(aitbc::storage().services().open_rental_periods())
			.map_err(Error::client)?
			.iter((rental_id,))
			.await
			.map_err(Error::client)?;
		let mut open = Vec::new();
		while let Some(kv) = entries.next().await {
			let kv = kv.map_err(Error::client)?;
			let (_, period) = kv
				.key()
				.map_err(Error::client)?
				.decode()
				.map_err(Error::client)?;
			let job_id = kv.value().decode().map_err(Error::client)?;
			let reports = read_at(
				&at,
				aitbc::storage().services().rental_reports(),
				(rental_id, period),
			)
			.await?;
			open.push(OpenPeriod {
				period,
				job_id,
				provider_reported: reports.as_ref().is_some_and(|r| r.provider.is_some()),
				consumer_reported: reports.as_ref().is_some_and(|r| r.consumer.is_some()),
			});
		}
		open.sort_by_key(|p| p.period);
		Ok(open)
	}

	/// The resource class a blueprint prices its work in.
	pub async fn blueprint_resource_class(&self, blueprint_id: u64) -> Result<u32> {
		self.read(aitbc::storage().services().blueprints(), (blueprint_id,))
			.await?
			.map(|blueprint| blueprint.resource_class.0)
			.ok_or_else(|| Error::NotFound(format!("blueprint {blueprint_id}")))
	}

	/// The heartbeat interval of a blueprint, in blocks.
	pub async fn blueprint_heartbeat_interval(&self, blueprint_id: u64) -> Result<u32> {
		self.read(aitbc::storage().services().blueprints(), (blueprint_id,))
			.await?
			.map(|blueprint| blueprint.heartbeat_interval)
			.ok_or_else(|| Error::NotFound(format!("blueprint {blueprint_id}")))
	}

	/// Heartbeat intervals with a beat in `period`, as the chain counts them.
	pub async fn rental_beats(&self, rental_id: u64, period: u32) -> Result<u32> {
		Ok(self
			.read(
				aitbc::storage().services().rental_beats(),
				(rental_id, period),
			)
			.await?
			.map_or(0, |beats| beats.beaten))
	}
}

/// Heartbeat intervals in `period` of a rental: the denominator of its availability.
pub fn intervals_in_period(rental: &Rental, period: u32, heartbeat_interval: u32) -> u32 {
	let (Some(start), Some(end)) = (rental.starts_at, rental.ends_at) else {
		return 0;
	};
	let length = rental.terms.period_length;
	let from = start.saturating_add(length.saturating_mul(period));
	let to = from.saturating_add(length).min(end);
	to.saturating_sub(from)
		.div_ceil(heartbeat_interval.max(1))
		.max(1)
}

/// Parses a share given as a percentage (`99.5`) into parts per million.
pub fn percent_to_ppm(percent: &str) -> Result<u32> {
	let value: f64 = percent
		.trim_end_matches('%')
		.parse()
		.map_err(|e| Error::Client(format!("bad percentage {percent}: {e}")))?;
	if !(0.0..=100.0).contains(&value) {
		return Err(Error::Client(format!("{percent} is not between 0 and 100")));
	}
	Ok((value * 10_000.0).round() as u32)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn percentages_become_parts_per_million() {
		assert_eq!(percent_to_ppm("99.5").unwrap(), 995_000);
		assert_eq!(percent_to_ppm("100%").unwrap(), 1_000_000);
		assert_eq!(percent_to_ppm("0").unwrap(), 0);
		assert!(percent_to_ppm("101").is_err());
		assert!(percent_to_ppm("x").is_err());
	}
}
