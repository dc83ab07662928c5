pragma circom 2.1.0;

// Privacy level `enhanced`: what the job computes, the units and the unit price are hidden; the
// total price paid is public (it moves on a public ledger), and proven to be the units times the
// unit price that the client committed to on chain.
//
// Public inputs, in this order (the order snarkjs writes public.json; the chain derives them):
//   0 job_id           the on-chain job id
//   1 job_commitment   Poseidon(job_id, model_hash, input_hash, salt), published by the client
//                      with the job
//   2 output_hash      Poseidon(job_id, model_hash, input_hash, result_digest, salt), the
//                      receipt's output hash
//   3 max_units        the job's cap on compute units (public, from the chain; below 2^64)
//   4 rate_commitment  Poseidon(job_id, unit_price, salt), published by the client with the job
//   5 price            the total price the operator is paid: units * unit_price
// Private: model_hash, input_hash, salt, result_digest, units (below 2^64, at most max_units),
// unit_price (below 2^128). No nullifier: the job settles once.
//
// What a valid proof shows: everything the basic circuit shows (the prover knows the opening of
// the job's commitment; the output hash commits to a result digest under it, bound to the job),
// and that the public price is exactly units * unit_price for some units <= max_units and the
// unit price inside the client's rate commitment (opened with the same salt as the job
// commitment, so the operator cannot substitute another rate). The product is below 2^192, so
// it cannot wrap around the field: price is that integer.
//
// What it does NOT show: that the model was run, or that the result digest is its output (as in
// basic: anyone holding the opening can bind any digest); that the units are what the work took
// (the operator chooses them, up to max_units; they stay hidden, the price paid does not).
// What stays public: the price paid, and with it whatever it says about units * unit_price
// (e.g. its divisors); max_units; the commitments.

include "receipt_common.circom";

template ReceiptEnhanced() {
    signal input job_id;
    signal input job_commitment;
    signal input output_hash;
    signal input max_units;
    signal input rate_commitment;
    signal input price;

    signal input model_hash;
    signal input input_hash;
    signal input salt;
    signal input result_digest;
    signal input units;
    signal input unit_price;

    component commitment = JobCommitment();
    commitment.job_id <== job_id;
    commitment.model_hash <== model_hash;
    commitment.input_hash <== input_hash;
    commitment.salt <== salt;
    commitment.out === job_commitment;

    component output_check = OutputHash();
    output_check.job_id <== job_id;
    output_check.model_hash <== model_hash;
    output_check.input_hash <== input_hash;
    output_check.result_digest <== result_digest;
    output_check.salt <== salt;
    output_check.out === output_hash;

    component rate = RateCommitment();
    rate.job_id <== job_id;
    rate.unit_price <== unit_price;
    rate.salt <== salt;
    rate.out === rate_commitment;

    // units < 2^64 and max_units < 2^64 (both range-checked inside), units <= max_units.
    component units_in_cap = BoundedLessEq(64);
    units_in_cap.a <== units;
    units_in_cap.b <== max_units;

    component unit_price_bits = Num2Bits(128);
    unit_price_bits.in <== unit_price;

    // < 2^64 * 2^128 = 2^192 < r: no wrap-around, price is the integer product.
    price === units * unit_price;
}

component main {public [job_id, job_commitment, output_hash, max_units, rate_commitment, price]} = ReceiptEnhanced();
