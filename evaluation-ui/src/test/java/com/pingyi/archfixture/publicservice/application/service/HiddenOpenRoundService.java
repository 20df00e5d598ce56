package com.pingyi.archfixture.publicservice.application.service;

import com.pingyi.archfixture.publicservice.application.port.in.OpenRoundUseCase;

class HiddenOpenRoundService implements OpenRoundUseCase {

    @Override
    public void openRound() {
    }
}
