package com.pingyi.evaluation.persistence.support;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The adapters that write several statements for one port call (a whole round, a results snapshot)
 * run inside the caller's transaction, which the use case declares. Called without one, each
 * statement would commit on its own and a failure would leave half a round: refuse instead.
 */
public final class Transactions {

    private Transactions() {
    }

    public static void requireActive(String operation) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(operation + " writes several statements and must run inside the caller's "
                    + "transaction (declare @Transactional on the use case)");
        }
    }
}
