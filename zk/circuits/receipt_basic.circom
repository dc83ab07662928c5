pragma circom 2.1.0;

// Privacy level `basic`: the computation is hidden, the amounts are public.
//
// Public inputs, in this order (the order snarkjs writes public.json):
//   0 job_id          the on-chain job id
//   1 job_commitment  Poseidon(job_id, model_hash, input_hash, salt), published with the job
//   2 output_hash     the receipt's output hash (31 bytes, little-endian)
//   3 units           compute units billed (at most 2^64 - 1)
//   4 nullifier       Poseidon(job_id, salt): the verifying key names input 4 as its nullifier
//
// The proof says: the prover knows the opening of the job commitment, and the output hash was
// made from the committed model and input.

include "receipt_common.circom";

template ReceiptBasic() {
    signal input job_id;
    signal input job_commitment;
    signal input output_hash;
    signal input units;
    signal input nullifier;

    signal input model_hash;
    signal input input_hash;
    signal input salt;
    signal input result_digest;

    component commitment = JobCommitment();
    commitment.job_id <== job_id;
    commitment.model_hash <== model_hash;
    commitment.input_hash <== input_hash;
    commitment.salt <== salt;
    commitment.out === job_commitment;

    component output_check = OutputHash();
    output_check.model_hash <== model_hash;
    output_check.input_hash <== input_hash;
    output_check.result_digest <== result_digest;
    output_check.out === output_hash;

    component units_bits = Num2Bits(64);
    units_bits.in <== units;

    component job_nullifier = JobNullifier();
    job_nullifier.job_id <== job_id;
    job_nullifier.salt <== salt;
    job_nullifier.out === nullifier;
}

component main {public [job_id, job_commitment, output_hash, units, nullifier]} = ReceiptBasic();
