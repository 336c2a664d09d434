package com.aftersales.refund;

/** Published when the ledger settles a remedy (paid, issued or refused), in the transaction that settled it. */
public record RemedySettled(LedgerEntry entry) {
}
