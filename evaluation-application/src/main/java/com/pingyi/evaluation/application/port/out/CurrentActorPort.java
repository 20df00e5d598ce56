package com.pingyi.evaluation.application.port.out;

/** Who is acting: the signed-in user's name, or "system" for the application's own start-up work. */
public interface CurrentActorPort {

    String currentActor();
}
