package com.pingyi.archfixture.fatusecase.application.port.in;

public interface OpenRoundUseCase {

    void openRound();
}
