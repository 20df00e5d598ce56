package com.pingyi.archfixture.publicservice.application.service;

import com.pingyi.archfixture.publicservice.application.port.in.OpenRoundUseCase;

/** Breach: a public implementation that callers could use around the port. */
public class PublicOpenRoundService implements OpenRoundUseCase {

    @Override
    public void openRound() {
    }
}
