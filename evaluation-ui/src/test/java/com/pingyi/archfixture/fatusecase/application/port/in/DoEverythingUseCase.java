package com.pingyi.archfixture.fatusecase.application.port.in;

/** Breach: two operations behind one use case. */
public interface DoEverythingUseCase {

    void openRound();

    void publishRound();
}
