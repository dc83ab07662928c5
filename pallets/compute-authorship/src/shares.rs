//! Each authority's share of an epoch's slots, and the draw of a slot's author.
//!
//! A share is a mix of the authority's part of the verified compute delivered
//! (`WorkPart` of the weight) and of the operator bond staked (the rest), scaled by the fraction
//! of its slots it filled in the epoch before, then bounded: no share above `MaxShare` (one big
//! operator cannot take every slot), none below `MinShare` (a new one is not starved).
//!
//! A slot's author is drawn from `blake2_256(randomness ++ slot)` over the shares, so each
//! slot's author is a deterministic function of randomness fixed an epoch before and of the
//! slot, and an authority's expected part of the slots is its share.

use crate::types::WeightInputs;
use aitbc_primitives::authorship::Randomness;
use alloc::vec::Vec;
use codec::Encode;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::Saturating, Perbill, Rounding,
};

/// The unit shares are computed in: 10^18 is the whole.
const WHOLE: u128 = 1_000_000_000_000_000_000;
/// Parts of a `Perbill` in one `WHOLE`-unit part.
const TO_PERBILL: u128 = 1_000_000_000;

fn fraction(part: u128, total: u128, n: usize) -> u128 {
	if total == 0 {
		WHOLE.checked_div(n as u128).unwrap_or(0)
	} else {
		multiply_by_rational_with_rounding(part, WHOLE, total, Rounding::Down).unwrap_or(0)
	}
}

/// The weight of each authority before bounds, in `WHOLE` units (not normalised). With no work
/// delivered anywhere stake alone decides, with no stake anywhere work alone, with neither
/// the weights are equal.
fn raw_weights(inputs: &[WeightInputs], work_part: Perbill) -> Vec<u128> {
	let n = inputs.len();
	let total_work = inputs
		.iter()
		.fold(0u128, |t, i| t.saturating_add(i.work.into()));
	let total_stake = inputs.iter().fold(0u128, |t, i| t.saturating_add(i.stake));
	let work_part = match (total_work, total_stake) {
		(0, _) => Perbill::zero(),
		(_, 0) => Perbill::one(),
		_ => work_part,
	};
	let stake_part = Perbill::one().saturating_sub(work_part);
	inputs
		.iter()
		.map(|input| {
			let weight = work_part
				.mul_floor(fraction(input.work.into(), total_work, n))
				.saturating_add(stake_part.mul_floor(fraction(input.stake, total_stake, n)));
			let slots = input.record.produced.saturating_add(input.record.missed);
			if slots == 0 {
				weight
			} else {
				// Missed slots lose weight: an authority that filled half its slots keeps half.
				multiply_by_rational_with_rounding(
					weight,
					input.record.produced.into(),
					slots.into(),
					Rounding::Down,
				)
				.unwrap_or(0)
			}
		})
		.collect()
}

/// Each authority's share of the slots: its weight scaled by the one factor `λ` for which the
/// shares, each clamped to `[min, max]`, add up to the whole. What the cap takes from the
/// largest goes to the others in proportion to their weight, and what the floor gives the
/// smallest comes from them the same way. Bounds no set can meet give way: `min` drops to `1/n`
/// when `n` shares of `min` would exceed the whole, `max` rises to `1/n` when `n` shares of
/// `max` would not reach it.
pub fn shares(
	inputs: &[WeightInputs],
	work_part: Perbill,
	min: Perbill,
	max: Perbill,
) -> Vec<Perbill> {
	let n = inputs.len();
	if n == 0 {
		return Vec::new();
	}
	let even = WHOLE.checked_div(n as u128).unwrap_or(0);
	let min = u128::from(min.deconstruct())
		.saturating_mul(TO_PERBILL)
		.min(even);
	let max = u128::from(max.deconstruct())
		.saturating_mul(TO_PERBILL)
		.max(even);
	// One unit more each, so that an authority of no weight can still rise above the floor
	// when the others are all capped.
	let raw: Vec<u128> = raw_weights(inputs, work_part)
		.into_iter()
		.map(|w| w.saturating_add(1))
		.collect();
	let split = |lambda: u128| -> Vec<u128> {
		raw.iter()
			.map(|w| {
				multiply_by_rational_with_rounding(*w, lambda, WHOLE, Rounding::Down)
					.unwrap_or(u128::MAX)
					.clamp(min, max)
			})
			.collect()
	};
	let total = |lambda: u128| {
		split(lambda)
			.iter()
			.fold(0u128, |t, s| t.saturating_add(*s))
	};
	// The sum grows with `λ` from `n · min ≤ WHOLE` to `n · max ≥ WHOLE`: the largest `λ` whose
	// shares do not exceed the whole, by bisection (128 steps).
	let (mut low, mut high) = (0u128, 1u128 << 127);
	while low < high {
		let mid = low.saturating_add(high.saturating_sub(low).saturating_add(1) / 2);
		if total(mid) <= WHOLE {
			low = mid;
		} else {
			high = mid.saturating_sub(1);
		}
	}
	split(low)
		.into_iter()
		.map(|s| {
			let parts = s.saturating_add(TO_PERBILL / 2) / TO_PERBILL;
			Perbill::from_parts(u32::try_from(parts).unwrap_or(u32::MAX))
		})
		.collect()
}

/// The index of the authority drawn for `slot`: `None` if every share is zero.
pub fn draw(
	randomness: &Randomness,
	slot: u64,
	shares: impl Iterator<Item = Perbill> + Clone,
) -> Option<usize> {
	let total = shares
		.clone()
		.fold(0u64, |t, s| t.saturating_add(s.deconstruct().into()));
	if total == 0 {
		return None;
	}
	let seed = sp_io::hashing::blake2_256(&(randomness, slot).encode());
	let point = u64::from_le_bytes(*seed.first_chunk::<8>()?).checked_rem(total)?;
	let mut reached = 0u64;
	for (index, share) in shares.enumerate() {
		reached = reached.saturating_add(share.deconstruct().into());
		if point < reached {
			return Some(index);
		}
	}
	None
}
