package com.pingyi.archfixture.publicservice.application.port.in;

public interface OpenRoundUseCase {

    void openRound();
}
